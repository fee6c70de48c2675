//! One dose from the core (`DoseView`) as a line of text. Shared by the dose log and Today
//! so a dose reads the same everywhere. Its JSON is the core's record as it serialises.

use alongside_core::{DoseSlot, DoseView};

use crate::format;
use crate::words::text;

/// "08:30  Methadone 40 mg · Morning dose · Taken at Mon 23 Nov, 08:41 · At the pharmacy".
pub fn line(d: &DoseView, zone: &str) -> String {
    let time = d.scheduled_time.as_deref().unwrap_or("     ");
    let mut out = format!("  {time}  {} {}", d.medicine_name, d.amount_label);
    // A day's only dose needs no slot name.
    if d.slot != DoseSlot::Only {
        out.push_str(&format!(" · {}", d.slot_label));
    }
    out.push_str(&format!(" · {}", d.state_label));
    if let Some(taken) = &d.amount_taken_label {
        out.push_str(&format!(" ({taken})"));
    }
    if let Some(at) = d.taken_at {
        let at = format::instant(at, zone);
        out.push_str(&format!(" {}", text("cli-at-time", &[("time", at.into())])));
    }
    // Where matters for scheduled doses; an as-needed dose has no place.
    if d.slot != DoseSlot::AsNeeded {
        out.push_str(&format!(" · {}", d.place_label));
    }
    if let Some(clocks) = &d.clock_change_label {
        out.push_str(&format!("\n         {clocks}"));
    }
    if let Some(n) = &d.note {
        out.push_str(&format!(
            "\n         {}",
            text("cli-note", &[("note", n.as_str().into())])
        ));
    }
    out
}
