//! One dose from the core (`DoseView`) as a line of text and as JSON. Shared by the dose
//! log and Today so a dose reads the same everywhere.

use alongside_core::{DoseSlot, DoseStatus, DoseView};
use serde_json::{json, Value};

use crate::format;

/// "08:30  Methadone 40 mg · Morning dose · Taken at Mon 23 Nov, 08:41 · at the pharmacy".
pub fn line(d: &DoseView, zone: &str) -> String {
    let time = d.scheduled_time.as_deref().unwrap_or("     ");
    let mut out = format!(
        "  {time}  {} {} {}",
        d.medicine_name,
        format::amount(d.amount),
        format::unit(d.unit)
    );
    // A day's only dose needs no slot name.
    if d.slot != DoseSlot::Only {
        out.push_str(&format!(" · {}", d.slot_label));
    }
    out.push_str(&format!(" · {}", d.state_label));
    if let Some(at) = d.taken_at {
        out.push_str(&format!(" at {}", format::instant(at, zone)));
    }
    if d.slot != DoseSlot::AsNeeded {
        out.push_str(if d.take_home {
            " · take-home"
        } else {
            " · at the pharmacy"
        });
    }
    if let Some(n) = &d.note {
        out.push_str(&format!("\n         note: {n}"));
    }
    out
}

/// The core's record, plus `taken_at` as RFC 3339 (the record keeps it as a platform time).
pub fn json(d: &DoseView) -> Value {
    let mut v = json!(d);
    if let Some(obj) = v.as_object_mut() {
        obj.insert("taken_at".into(), json!(d.taken_at.and_then(format::rfc3339)));
    }
    v
}

/// The state she just logged, in the core's words.
pub fn status_word(s: DoseStatus) -> String {
    crate::words::label("dose-state", &s)
}
