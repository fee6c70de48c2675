//! Turning command-line text into the values the core's API takes: instants, reminder
//! offsets, and `ID#N` occurrence addresses.
//!
//! Only syntax lives here. Whether a date is real or a time makes sense is the core's call:
//! local dates and times go through `alongside_core::time`, so the CLI refuses exactly what
//! the phones refuse, with the same words.

use alongside_core::time;
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use std::str::FromStr;
use std::time::SystemTime;

use crate::error::CliResult;
use crate::words::ui;

/// Parses `--now`: an RFC 3339 instant such as `2026-11-23T09:00:00Z`.
pub fn parse_now(text: &str) -> Result<Timestamp, String> {
    Timestamp::from_str(text.trim()).map_err(|_| ui("cli-option-now"))
}

/// Parses a reminder offset: `90m`, `2h`, `1d`, or a plain number of minutes.
pub fn reminder_minutes(text: &str) -> Result<u32, String> {
    let t = text.trim().to_ascii_lowercase();
    let (number, per_unit) = match t.char_indices().last() {
        Some((i, 'm')) => (&t[..i], 1),
        Some((i, 'h')) => (&t[..i], 60),
        Some((i, 'd')) => (&t[..i], 24 * 60),
        _ => (t.as_str(), 1),
    };
    number
        .trim()
        .parse::<u32>()
        .ok()
        .and_then(|n| n.checked_mul(per_unit))
        .ok_or_else(|| ui("cli-option-remind"))
}

/// An appointment occurrence as typed: `ID` (the first, or a one-off) or `ID#N`.
#[derive(Debug, Clone)]
pub struct OccurrenceRef {
    pub id: String,
    pub occurrence: u32,
}

impl OccurrenceRef {
    /// How lists print an occurrence, so it can be pasted back.
    pub fn format(id: &str, occurrence: u32, repeats: bool) -> String {
        if repeats || occurrence > 0 {
            format!("{id}#{occurrence}")
        } else {
            id.to_string()
        }
    }
}

/// Parses `ID` or `ID#N`.
pub fn occurrence_ref(text: &str) -> Result<OccurrenceRef, String> {
    let bad = || ui("cli-option-occurrence");
    let t = text.trim();
    let (id, occurrence) = match t.split_once('#') {
        Some((id, n)) => (id, n.trim().parse::<u32>().map_err(|_| bad())?),
        None => (t, 0),
    };
    if id.is_empty() {
        return Err(bad());
    }
    Ok(OccurrenceRef {
        id: id.to_string(),
        occurrence,
    })
}

/// An instant from `--at`, `--from` or `--to`: RFC 3339, or local "YYYY-MM-DD HH:MM", or a
/// local date (its midnight), read in the vault's home zone `zone`. A local time is checked
/// by the core as any time she types: one in the spring-forward gap is refused, and one
/// that happens twice needs `choice` (`--clock-change first|second`).
pub fn instant(field: &str, text: &str, zone: &str, choice: Option<time::ClockChangeChoice>) -> CliResult<SystemTime> {
    if let Ok(ts) = Timestamp::from_str(text.trim()) {
        return Ok(SystemTime::from(ts));
    }
    let tz = time::zone(zone)?;
    let local = if text.trim().len() <= 10 {
        time::parse_date(field, text)?.to_datetime(jiff::civil::Time::midnight())
    } else {
        time::parse_local(field, text)?
    };
    let (at, _) = time::exact_local(field, local, &tz, choice)?;
    Ok(SystemTime::from(at.timestamp()))
}

/// Which of two equal clock times she means, on the night the clocks go back.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ClockChangeArg {
    #[value(help = crate::words::ui("cli-help-when-clock-change-first"))]
    First,
    #[value(help = crate::words::ui("cli-help-when-clock-change-second"))]
    Second,
}

impl From<ClockChangeArg> for time::ClockChangeChoice {
    fn from(c: ClockChangeArg) -> Self {
        match c {
            ClockChangeArg::First => time::ClockChangeChoice::First,
            ClockChangeArg::Second => time::ClockChangeChoice::Second,
        }
    }
}

/// `date` moved by `days`, for default list windows. `None` when `date` is not a date the
/// CLI can read; the caller then passes the text on for the core to refuse.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    let d = Date::from_str(date.trim()).ok()?;
    d.checked_add(days.days()).ok().map(|d| d.to_string())
}

/// `now` moved by whole days of 24 hours, for reminder windows.
pub fn after_days(now: SystemTime, days: u32) -> SystemTime {
    now + std::time::Duration::from_secs(u64::from(days) * 86_400)
}
