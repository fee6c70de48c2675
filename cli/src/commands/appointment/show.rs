//! `alongside appointment show`: one appointment (series) as the core stores it.

use alongside_core::content::text;
use alongside_core::Vault;
use serde_json::json;

use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::words::ui;

pub fn run(vault: &Vault, id: &str) -> CliResult<Outcome> {
    let a = vault.appointment(id.to_string())?;
    let mut t = String::new();
    line(&mut t, format!("{} ({})", a.title, a.kind_label));
    let starts = text(
        "cli-show-starts-value",
        &[
            ("start", format::local(&a.start).into()),
            ("zone", a.time_zone.as_str().into()),
            (
                "duration",
                text("appointment-duration", &[("minutes", a.duration_minutes.into())]).into(),
            ),
        ],
    );
    field(&mut t, "cli-show-starts", starts);
    if let Some(r) = &a.repeat_label {
        let repeats = text(
            "cli-show-repeats-value",
            &[("repeat", r.as_str().into()), ("count", a.occurrence_count.into())],
        );
        field(&mut t, "cli-show-repeats", repeats);
    }
    if let Some(p) = &a.location {
        field(&mut t, "cli-show-where", p);
    }
    if let Some(v) = &a.venue_id {
        field(
            &mut t,
            "cli-show-venue",
            text("cli-show-venue-value", &[("venue", v.as_str().into())]),
        );
    }
    if let Some(w) = &a.with_whom {
        field(&mut t, "cli-show-with", w);
    }
    if !a.reminder_labels.is_empty() {
        field(&mut t, "cli-show-reminders", a.reminder_labels.join(", "));
    }
    if let Some(n) = &a.notes {
        field(&mut t, "cli-show-notes", n);
    }
    field(&mut t, "cli-show-id", &a.id);
    Ok(Outcome::new(t, json!(a)))
}

/// "  Starts    Mon 23 Nov, 10:30 ...": the copy's label, padded so the values line up.
fn field(t: &mut String, label_id: &str, value: impl AsRef<str>) {
    line(t, format!("  {:<9} {}", ui(label_id), value.as_ref()));
}
