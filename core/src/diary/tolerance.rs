//! Counting consecutive missed days of an opioid substitution medicine.
//!
//! UK community pharmacy practice tells the prescriber after three consecutive missed
//! days, because tolerance may have dropped and a full dose could then be too strong
//! (NHS Lothian community pharmacy guidance; DHSC 2017 UK clinical guidelines). Only what
//! she logged counts: a day with nothing logged is unknown, not missed, so the run stops
//! there. Today does not break the run while its doses are still open.

use jiff::civil::Date;
use jiff::ToSpan;
use std::collections::HashMap;

use super::dose::DoseStatus;
use super::dose_store::Logged;
use super::medicine_store::Stored;

/// Missed days in a row that trigger the warning.
pub const WARN_AFTER_DAYS: u32 = 3;
/// How far back the run is counted.
pub const LOOKBACK_DAYS: i64 = 60;

#[derive(Debug, PartialEq, Eq)]
enum Day {
    Missed,
    Took,
    Open,
}

fn classify(m: &Stored, date: Date, log: &HashMap<(Date, i64), DoseStatus>) -> Option<Day> {
    let regimen = m.regimen_on(date)?;
    if !regimen.is_daily() {
        return None;
    }
    let due = regimen.due_on(date);
    let states: Vec<Option<DoseStatus>> = due
        .iter()
        .map(|d| d.slot.code().and_then(|c| log.get(&(date, c)).copied()))
        .collect();
    if states.iter().any(|s| {
        matches!(
            s,
            Some(DoseStatus::Taken | DoseStatus::PartlyTaken | DoseStatus::Vomited)
        )
    }) {
        Some(Day::Took)
    } else if !states.is_empty() && states.iter().all(|s| *s == Some(DoseStatus::Missed)) {
        Some(Day::Missed)
    } else {
        Some(Day::Open)
    }
}

/// Consecutive fully missed days ending today (or yesterday, while today is open).
pub(crate) fn missed_run(m: &Stored, today: Date, log: &[Logged]) -> u32 {
    if !m.kind.is_opioid_treatment() {
        return 0;
    }
    let by_slot: HashMap<(Date, i64), DoseStatus> = log
        .iter()
        .filter(|l| l.medicine_id == m.id)
        .filter_map(|l| l.slot.map(|s| ((l.date, s), l.status)))
        .collect();
    let mut run = 0;
    let mut day = today;
    for step in 0..LOOKBACK_DAYS {
        match classify(m, day, &by_slot) {
            Some(Day::Missed) => run += 1,
            Some(Day::Open) if step == 0 => {}
            _ => break,
        }
        match day.checked_sub(1.day()) {
            Ok(d) => day = d,
            Err(_) => break,
        }
    }
    run
}
