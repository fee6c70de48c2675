//! Parsing and converting times: local wall-clock values with an IANA zone in, instants out.
//!
//! Appointments and doses are wall-clock times ("10:00 on Tuesday, London time"), never
//! instants, so that they stay at 10:00 when the clocks change.
//!
//! Twice a year a wall-clock time is not one instant. In the spring-forward gap it does not
//! exist; in the autumn overlap it happens twice. A time she types ([`exact_local`]) is
//! refused in a gap, with words saying the clocks change then and which times work, and in
//! an overlap needs her choice of the first or the second. A time the app works out (a
//! later date in a repeating series, a daily dose time) follows RFC 5545 instead, as
//! phones' calendars do: a gap time moves forward by the length of the gap, and a repeated
//! time is the first of the two ([`resolve`]). Whatever was resolved, what she is shown is
//! the true local time, marked when it is one of two ([`clock_words`]).

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
    TimeZone::get(name).map_err(|_| AlongsideError::refused("time zone", "error-unknown-time-zone"))
}

/// Parses a local date, "YYYY-MM-DD". Impossible dates (30 February) are refused.
pub fn parse_date(field: &str, text: &str) -> Result<Date> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| AlongsideError::refused(field, "error-not-a-date"))
}

/// Parses an inclusive range of local dates for a list, refusing one that runs backwards
/// or spans more than `max_days`.
pub fn date_range(from: &str, to: &str, max_days: i32) -> Result<(Date, Date)> {
    let from = parse_date("from", from)?;
    let to = parse_date("to", to)?;
    if to < from {
        return Err(AlongsideError::refused("to", "error-end-before-start"));
    }
    if (to - from).get_days() > max_days {
        return Err(AlongsideError::invalid(
            "to",
            &crate::content::text("error-range-limit", &[("max", max_days.into())]),
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
        .ok_or_else(|| AlongsideError::refused(field, "error-not-a-time"))
}

/// Parses a local date and time, "YYYY-MM-DDTHH:MM" (a space may stand for the T).
pub fn parse_local(field: &str, text: &str) -> Result<DateTime> {
    let t = text.trim().replacen(' ', "T", 1);
    let (d, tm) = t
        .split_once('T')
        .ok_or_else(|| AlongsideError::refused(field, "error-not-a-date-time"))?;
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
        .map_err(|_| AlongsideError::refused("date", "error-date-out-of-range"))
}

/// Which of the two equal clock times she means on the night the clocks go back: the
/// first (before they go back) or the second (an hour later, after they have gone back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockChangeChoice {
    First,
    Second,
}

/// As [`resolve`], but a repeated time is the second of the two when `second` is set.
pub fn resolve_choice(dt: DateTime, tz: &TimeZone, second: bool) -> Result<Zoned> {
    let ambiguous = tz.to_ambiguous_zoned(dt);
    let zoned = if second && ambiguous.is_ambiguous() {
        ambiguous.later()
    } else {
        ambiguous.compatible()
    };
    zoned.map_err(|_| AlongsideError::invalid("date", &crate::content::text("error-date-too-far", &[])))
}

/// Whether a local time happens twice in `tz` (the clocks go back over it).
pub fn happens_twice(dt: DateTime, tz: &TimeZone) -> bool {
    matches!(
        tz.to_ambiguous_zoned(dt).offset(),
        jiff::tz::AmbiguousOffset::Fold { .. }
    )
}

/// The field a refused missing choice between two equal times is reported on.
pub const CLOCK_CHANGE_FIELD: &str = "clock change";

/// A local time she typed, as one instant. A time in the spring-forward gap is refused on
/// `field`, saying when the clocks go forward and which times work. A time that happens
/// twice needs `choice`; without one it is refused on [`CLOCK_CHANGE_FIELD`], explaining
/// the two. Returns the instant and whether it is the second of two.
pub fn exact_local(
    field: &str,
    dt: DateTime,
    tz: &TimeZone,
    choice: Option<ClockChangeChoice>,
) -> Result<(Zoned, bool)> {
    use jiff::tz::AmbiguousOffset;
    let ambiguous = tz.to_ambiguous_zoned(dt);
    match ambiguous.offset() {
        AmbiguousOffset::Unambiguous { .. } => Ok((resolve(dt, tz)?, false)),
        AmbiguousOffset::Gap { before, after } => {
            let change = change_instant(dt, tz, before.min(after));
            let from = change.to_zoned(TimeZone::fixed(before)).datetime();
            let until = change.to_zoned(TimeZone::fixed(after)).datetime();
            Err(AlongsideError::invalid(
                field,
                &crate::content::text(
                    "clock-change-gap",
                    &[
                        ("date", crate::content::long_date(dt.date()).into()),
                        ("time", format_time(dt.time()).into()),
                        ("from", format_time(from.time()).into()),
                        ("until", format_time(until.time()).into()),
                    ],
                ),
            ))
        }
        AmbiguousOffset::Fold { before, after } => match choice {
            Some(c) => Ok((
                resolve_choice(dt, tz, c == ClockChangeChoice::Second)?,
                c == ClockChangeChoice::Second,
            )),
            None => {
                let change = change_instant(dt, tz, before.min(after));
                let at = change.to_zoned(TimeZone::fixed(before)).datetime();
                Err(AlongsideError::invalid(
                    CLOCK_CHANGE_FIELD,
                    &crate::content::text(
                        "clock-change-twice",
                        &[
                            ("date", crate::content::long_date(dt.date()).into()),
                            ("time", format_time(dt.time()).into()),
                            ("at", format_time(at.time()).into()),
                        ],
                    ),
                ))
            }
        },
    }
}

/// The instant of the clock change that makes `dt` missing or repeated: the last change
/// at or before `dt` read with the smaller of the two offsets.
fn change_instant(dt: DateTime, tz: &TimeZone, smaller: jiff::tz::Offset) -> Timestamp {
    let latest = dt
        .to_zoned(TimeZone::fixed(smaller))
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let probe = latest.checked_add(jiff::SignedDuration::from_secs(1)).unwrap_or(latest);
    tz.preceding(probe).next().map(|t| t.timestamp()).unwrap_or(latest)
}

/// An instant's clock time in its zone, "HH:MM", marked when that clock time happens twice
/// that night ("01:30, the first time" or "01:30, the second time"), so the two are never
/// shown as the same.
pub fn clock_words(z: &Zoned) -> String {
    let plain = format_time(z.time());
    match z.time_zone().to_ambiguous_zoned(z.datetime()).offset() {
        jiff::tz::AmbiguousOffset::Fold { before, .. } => {
            let id = if z.offset() == before {
                "clock-first"
            } else {
                "clock-second"
            };
            crate::content::text(id, &[("time", plain.into())])
        }
        _ => plain,
    }
}

/// What she should know about the clocks changing for something that starts at `start`
/// and ends at `end` (equal for a dose), set for `nominal` (the time it was set for):
/// its time did not exist that day and it moved forward, the clocks change during it, or
/// it starts at one of two equal clock times (and which).
pub fn clock_change_words(nominal: DateTime, start: &Zoned, end: &Zoned) -> Option<String> {
    let tz = start.time_zone();
    if start.datetime() != nominal {
        return Some(crate::content::text(
            "clock-change-moved-forward",
            &[
                ("time", format_time(nominal.time()).into()),
                ("new", format_time(start.time()).into()),
            ],
        ));
    }
    let during = tz
        .following(start.timestamp())
        .next()
        .filter(|change| change.timestamp() < end.timestamp());
    let Some(change) = during else {
        let jiff::tz::AmbiguousOffset::Fold { before, .. } = tz.to_ambiguous_zoned(nominal).offset() else {
            return None;
        };
        let id = if start.offset() == before {
            "clock-change-first-of-two"
        } else {
            "clock-change-second-of-two"
        };
        return Some(crate::content::text(
            id,
            &[("time", format_time(nominal.time()).into())],
        ));
    };
    let before = start.offset();
    let minutes = (change.offset().seconds() - before.seconds()) / 60;
    let at = change.timestamp().to_zoned(TimeZone::fixed(before)).datetime();
    let id = if minutes > 0 {
        "clock-change-during-forward"
    } else {
        "clock-change-during-back"
    };
    Some(crate::content::text(
        id,
        &[("minutes", minutes.abs().into()), ("at", format_time(at.time()).into())],
    ))
}

/// Converts the platform's time to an instant.
pub fn timestamp(t: SystemTime) -> Result<Timestamp> {
    Timestamp::try_from(t).map_err(|_| AlongsideError::refused("time", "error-clock-unusable"))
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
