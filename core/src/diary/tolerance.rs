//! Counting consecutive days of an opioid substitution medicine that were missed, or that
//! nobody can say were taken.
//!
//! UK community pharmacy practice tells the prescriber after three consecutive missed
//! days, because tolerance may have dropped and a full dose could then be too strong
//! (NHS Lothian community pharmacy guidance; DHSC 2017 UK clinical guidelines).
//!
//! A day with nothing logged is unknown, not missed: the app never guesses. But an unknown
//! day is not a taken day either, so it does not break the run. The warning then says the
//! app cannot tell, and gives the same safety steps, once three or more days in a row are
//! missed or unknown. Days before she added the medicine to the app are not unknown (she
//! had no way to log them) and end the run, and the warning needs something she told the
//! app about this medicine (a logged dose, or "I'm not sure" for a day), so someone who
//! never uses the dose log is asked about her days on Today rather than warned. Today does
//! not count or break the run while its doses are still open.

use jiff::civil::Date;
use jiff::ToSpan;
use std::collections::{HashMap, HashSet};

use super::dose::DoseStatus;
use super::dose_store::Logged;
use super::medicine_store::Stored;

/// Missed or unknown days in a row that trigger the warning.
pub const WARN_AFTER_DAYS: u32 = 3;
/// How far back the run is counted.
pub const LOOKBACK_DAYS: i64 = 60;

/// What is known about one day of a daily medicine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Day {
    /// At least one dose taken (fully or partly), or vomited after taking.
    Took,
    /// Every dose of the day logged as missed.
    Missed,
    /// Not every dose logged and none taken: the app cannot tell.
    Unknown,
}

/// The day's state for a daily regimen, or `None` when nothing is due as a daily dose.
pub(crate) fn classify(m: &Stored, date: Date, log: &HashMap<(Date, i64), DoseStatus>) -> Option<Day> {
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
        Some(Day::Unknown)
    }
}

/// Each scheduled dose of medicine `m` she logged, by day and slot.
pub(crate) fn by_slot(m: &Stored, log: &[Logged]) -> HashMap<(Date, i64), DoseStatus> {
    log.iter()
        .filter(|l| l.medicine_id == m.id)
        .filter_map(|l| l.slot.map(|s| ((l.date, s), l.status)))
        .collect()
}

/// A run of days, newest first, each missed or unknown.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    /// Days in the run.
    pub days: u32,
    /// Of which nothing (or not everything) was logged.
    pub unknown: u32,
}

impl Run {
    /// Whether Today should warn: three or more days, with something she told the app
    /// about this medicine to go on.
    pub fn warns(&self, told_something: bool) -> bool {
        self.days >= WARN_AFTER_DAYS && (self.unknown == 0 || told_something)
    }
}

/// Consecutive missed-or-unknown days ending today (or yesterday, while today is open).
/// `first_day` is the first day she could have logged (the day she added the medicine);
/// an unknown day before it ends the run.
pub(crate) fn run(m: &Stored, today: Date, log: &[Logged], first_day: Date) -> Run {
    let mut out = Run::default();
    if !m.kind.is_opioid_treatment() {
        return out;
    }
    let logged = by_slot(m, log);
    let mut day = today;
    for step in 0..LOOKBACK_DAYS {
        match classify(m, day, &logged) {
            Some(Day::Missed) => out.days += 1,
            Some(Day::Unknown) if step == 0 => {}
            Some(Day::Unknown) if day >= first_day => {
                out.days += 1;
                out.unknown += 1;
            }
            _ => break,
        }
        match day.checked_sub(1.day()) {
            Ok(d) => day = d,
            Err(_) => break,
        }
    }
    out
}

/// Whether she has told the app anything about medicine `m` in the window: a logged dose,
/// or a day she said she was not sure about.
pub(crate) fn told_something(m: &Stored, log: &[Logged], not_sure: &HashSet<(String, Date)>) -> bool {
    log.iter().any(|l| l.medicine_id == m.id) || not_sure.iter().any(|(id, _)| *id == m.id)
}
