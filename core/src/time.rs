//! Parsing and converting times: local wall-clock values with an IANA zone in, instants out.
//!
//! Appointments and doses are wall-clock times ("10:00 on Tuesday, London time"), never
//! instants, so that they stay at 10:00 when the clocks change. A wall-clock time that does
//! not exist (the spring-forward gap) is moved forward, as RFC 5545 and phones' calendars do.

use jiff::civil::{Date, DateTime, Time, Weekday as JiffWeekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use std::time::SystemTime;

use crate::error::{AlongsideError, Result};

/// The zone used when none is given.
pub const DEFAULT_ZONE: &str = "Europe/London";

/// A day of the week.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl From<JiffWeekday> for Weekday {
    fn from(w: JiffWeekday) -> Self {
        match w {
            JiffWeekday::Monday => Weekday::Monday,
            JiffWeekday::Tuesday => Weekday::Tuesday,
            JiffWeekday::Wednesday => Weekday::Wednesday,
            JiffWeekday::Thursday => Weekday::Thursday,
            JiffWeekday::Friday => Weekday::Friday,
            JiffWeekday::Saturday => Weekday::Saturday,
            JiffWeekday::Sunday => Weekday::Sunday,
        }
    }
}

impl Weekday {
    /// Parses "monday", "mon", "Mon" and so on.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().to_ascii_lowercase();
        let all = [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ];
        all.into_iter().find(|w| {
            let name = w.name();
            t == name || (t.len() >= 3 && name.starts_with(&t))
        })
    }

    /// Lower-case English name, as stored.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }
}

/// Looks up an IANA zone from the tz database compiled into the app.
pub fn zone(name: &str) -> Result<TimeZone> {
    TimeZone::get(name).map_err(|_| {
        AlongsideError::invalid(
            "time zone",
            "This isn't a time zone we know. Try a name like Europe/London.",
        )
    })
}

/// Parses a local date, "YYYY-MM-DD". Impossible dates (30 February) are refused.
pub fn parse_date(field: &str, text: &str) -> Result<Date> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| AlongsideError::invalid(field, "This isn't a real date. Use the form 2026-03-31."))
}

/// Parses an inclusive range of local dates for a list, refusing one that runs backwards
/// or spans more than `max_days`.
pub fn date_range(from: &str, to: &str, max_days: i32) -> Result<(Date, Date)> {
    let from = parse_date("from", from)?;
    let to = parse_date("to", to)?;
    if to < from {
        return Err(AlongsideError::invalid(
            "to",
            "The end date must be on or after the start date.",
        ));
    }
    if (to - from).get_days() > max_days {
        return Err(AlongsideError::invalid(
            "to",
            &format!("Please ask for {max_days} days or fewer at a time."),
        ));
    }
    Ok((from, to))
}

/// Parses a time of day, "HH:MM".
pub fn parse_time(field: &str, text: &str) -> Result<Time> {
    let t = text.trim();
    let ok_shape = t.len() == 5 && t.as_bytes()[2] == b':';
    let time = if ok_shape { t.parse::<Time>().ok() } else { None };
    time.map(|t| t.with().second(0).subsec_nanosecond(0).build().unwrap_or(t))
        .ok_or_else(|| AlongsideError::invalid(field, "This isn't a real time. Use the 24-hour form, like 09:30."))
}

/// Parses a local date and time, "YYYY-MM-DDTHH:MM" (a space may stand for the T).
pub fn parse_local(field: &str, text: &str) -> Result<DateTime> {
    let t = text.trim().replacen(' ', "T", 1);
    let (d, tm) = t
        .split_once('T')
        .ok_or_else(|| AlongsideError::invalid(field, "Give a date and a time, like 2026-03-31 09:30."))?;
    let date = parse_date(field, d)?;
    let time = parse_time(field, tm)?;
    Ok(date.to_datetime(time))
}

/// Formats a wall-clock value the way it is stored and shown: "YYYY-MM-DDTHH:MM".
pub fn format_local(dt: DateTime) -> String {
    dt.strftime("%Y-%m-%dT%H:%M").to_string()
}

/// Formats a time of day, "HH:MM".
pub fn format_time(t: Time) -> String {
    t.strftime("%H:%M").to_string()
}

/// The instant a wall-clock time happens in a zone; gaps move forward, overlaps take the
/// earlier instant (both as RFC 5545 specifies).
pub fn resolve(dt: DateTime, tz: &TimeZone) -> Result<Zoned> {
    dt.to_zoned(tz.clone())
        .map_err(|_| AlongsideError::invalid("date", "This date is outside the range the app can handle."))
}

/// Converts the platform's time to an instant.
pub fn timestamp(t: SystemTime) -> Result<Timestamp> {
    Timestamp::try_from(t)
        .map_err(|_| AlongsideError::invalid("time", "The phone's clock gave a time the app can't use."))
}

/// Converts an instant back to the platform's time.
pub fn system_time(t: Timestamp) -> SystemTime {
    SystemTime::from(t)
}

/// Serialises a time as RFC 3339 in UTC ("2026-11-23T09:00:00Z") for JSON output.
pub mod rfc3339 {
    use std::time::SystemTime;

    pub fn serialize<S: serde::Serializer>(t: &SystemTime, s: S) -> Result<S::Ok, S::Error> {
        match jiff::Timestamp::try_from(*t) {
            Ok(ts) => s.serialize_str(&ts.to_string()),
            Err(_) => s.serialize_none(),
        }
    }
}

/// As [`rfc3339`], for optional times.
pub mod rfc3339_opt {
    use std::time::SystemTime;

    pub fn serialize<S: serde::Serializer>(t: &Option<SystemTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::rfc3339::serialize(t, s),
            None => s.serialize_none(),
        }
    }
}

/// Seconds since the Unix epoch.
pub fn unix(t: SystemTime) -> Result<i64> {
    Ok(timestamp(t)?.as_second())
}
