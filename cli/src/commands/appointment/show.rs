//! `alongside appointment show`: one appointment (series) as the core stores it.

use alongside_core::{RepeatEnd, Vault};
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
            "  Starts    {} ({}), for {} minutes",
            format::local(&a.start),
            a.time_zone,
            a.duration_minutes
        ),
    );
    if let Some(r) = &a.repeat {
        let every = match r.every_weeks {
            1 => "every week".to_string(),
            2 => "every fortnight".to_string(),
            n => format!("every {n} weeks"),
        };
        let end = match &r.end {
            RepeatEnd::Until { date } => format!("until {}", format::day(date)),
            RepeatEnd::Count { occurrences } => format!("{occurrences} times"),
        };
        line(
            &mut t,
            format!("  Repeats   {every}, {end} ({} in all)", a.occurrence_count),
        );
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
    if !a.reminder_minutes_before.is_empty() {
        let r: Vec<String> = a.reminder_minutes_before.iter().map(|m| before(*m)).collect();
        line(&mut t, format!("  Reminders {}", r.join(", ")));
    }
    if let Some(n) = &a.notes {
        line(&mut t, format!("  Notes     {n}"));
    }
    line(&mut t, format!("  id        {}", a.id));
    Ok(Outcome::new(t, json!(a)))
}

/// "1 day before", "2 hours before", "90 minutes before".
fn before(minutes: u32) -> String {
    let (n, unit) = if minutes > 0 && minutes % 1440 == 0 {
        (minutes / 1440, "day")
    } else if minutes > 0 && minutes % 60 == 0 {
        (minutes / 60, "hour")
    } else {
        (minutes, "minute")
    };
    let s = if n == 1 { "" } else { "s" };
    format!("{n} {unit}{s} before")
}
