//! `alongside appointment show`: one appointment (series) as the core stores it.

use alongside_core::content::text;
use alongside_core::Vault;
use serde_json::json;

use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};

pub fn run(vault: &Vault, id: &str) -> CliResult<Outcome> {
    let a = vault.appointment(id.to_string())?;
    let mut t = String::new();
    line(&mut t, format!("{} ({})", a.title, a.kind_label));
    line(
        &mut t,
        format!(
            "  Starts    {} ({}), for {}",
            format::local(&a.start),
            a.time_zone,
            text("appointment-duration", &[("minutes", a.duration_minutes.into())])
        ),
    );
    if let Some(r) = &a.repeat_label {
        line(&mut t, format!("  Repeats   {r} ({} in all)", a.occurrence_count));
    }
    if let Some(p) = &a.location {
        line(&mut t, format!("  Where     {p}"));
    }
    if let Some(v) = &a.venue_id {
        line(&mut t, format!("  Venue     {v} (from the service directory)"));
    }
    if let Some(w) = &a.with_whom {
        line(&mut t, format!("  With      {w}"));
    }
    if !a.reminder_labels.is_empty() {
        line(&mut t, format!("  Reminders {}", a.reminder_labels.join(", ")));
    }
    if let Some(n) = &a.notes {
        line(&mut t, format!("  Notes     {n}"));
    }
    line(&mut t, format!("  id        {}", a.id));
    Ok(Outcome::new(t, json!(a)))
}
