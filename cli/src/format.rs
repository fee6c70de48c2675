//! Lays out the core's records for the terminal: dates, times, occurrences.
//!
//! Every label (kinds, statuses, units, schedules, dose states) is the core's own, from
//! the record or from `ui_strings()`, and the joining words ("at", "with", "repeats",
//! "from") are the copy's `cli-*` messages; this file only arranges them. No rule is
//! applied here.

use alongside_core::{AppointmentStatus, Occurrence};
use jiff::civil::{Date, DateTime};
use jiff::Timestamp;
use std::str::FromStr;
use std::time::SystemTime;

use crate::when::OccurrenceRef;
use crate::words::{text, ui};

/// "Mon 23 Nov" from "2026-11-23"; the text itself if it isn't a date.
pub fn day(date: &str) -> String {
    Date::from_str(date).map(short_day).unwrap_or_else(|_| date.to_string())
}

/// "Mon 23 Nov": the terminal's compact date, in the copy's words.
fn short_day(d: Date) -> String {
    let weekday = ui(&format!("cli-weekday-short-{}", d.weekday().to_monday_one_offset()));
    let month = ui(&format!("cli-month-short-{}", d.month()));
    text(
        "cli-date-short",
        &[
            ("weekday", weekday.into()),
            ("day", d.day().into()),
            ("month", month.into()),
        ],
    )
}

/// "Mon 23 Nov, 10:00".
fn short_day_time(dt: DateTime) -> String {
    format!("{}, {}", short_day(dt.date()), dt.strftime("%H:%M"))
}

/// "Monday 23 November 2026" from "2026-11-23".
pub fn long_day(date: &str) -> String {
    Date::from_str(date)
        .map(alongside_core::content::long_date)
        .unwrap_or_else(|_| date.to_string())
}

/// "Mon 23 Nov, 10:00" from the core's local "2026-11-23T10:00".
pub fn local(text: &str) -> String {
    DateTime::from_str(text)
        .map(short_day_time)
        .unwrap_or_else(|_| text.replace('T', " "))
}

/// "10:00" from "2026-11-23T10:00".
pub fn clock(text: &str) -> String {
    text.get(11..16).unwrap_or(text).to_string()
}

/// An instant shown in her home zone: "Mon 23 Nov, 08:41".
pub fn instant(at: SystemTime, zone: &str) -> String {
    Timestamp::try_from(at)
        .ok()
        .and_then(|t| jiff::tz::TimeZone::get(zone).ok().map(|tz| t.to_zoned(tz)))
        .map(|z| short_day_time(z.datetime()))
        .unwrap_or_else(|| ui("cli-unknown-time"))
}

/// An instant as RFC 3339 (UTC), for JSON.
pub fn rfc3339(at: SystemTime) -> Option<String> {
    Timestamp::try_from(at).ok().map(|t| t.to_string())
}

/// One occurrence as two or three lines, with the address to act on it.
pub fn occurrence(o: &Occurrence, with_day: bool) -> String {
    // When the clocks change over it, the core's words say which 01:30 is which.
    let times = if o.clock_change_label.is_some() {
        o.time_label.clone()
    } else {
        format!("{}–{}", clock(&o.start_local), clock(&o.end_local))
    };
    let when = if with_day {
        format!("{}, {times}", day(&o.start_local[..o.start_local.len().min(10)]))
    } else {
        times
    };
    let mut out = format!("  {when}  {} ({})", o.title, o.kind_label);
    if o.status != AppointmentStatus::Planned {
        out.push_str(&format!(" · {}", o.status_label));
    }
    if let Some(from) = &o.moved_from_local {
        out.push_str(&format!(" {}", text("cli-from", &[("when", local(from).into())])));
    }
    let mut details = Vec::new();
    if let Some(place) = &o.location {
        details.push(text("cli-at-place", &[("place", place.as_str().into())]));
    }
    if let Some(who) = &o.with_whom {
        details.push(text("cli-with-whom", &[("who", who.as_str().into())]));
    }
    if o.repeats {
        details.push(ui("cli-repeats"));
    }
    if !details.is_empty() {
        out.push_str(&format!("\n      {}", details.join(" · ")));
    }
    if let Some(clocks) = &o.clock_change_label {
        out.push_str(&format!("\n      {clocks}"));
    }
    if let Some(also) = o.place.as_ref().and_then(|p| p.also_there_label.as_ref()) {
        out.push_str(&format!("\n      {also}"));
    }
    let id = OccurrenceRef::format(&o.appointment_id, o.occurrence, o.repeats);
    out.push_str(&format!("\n      {}", text("cli-id", &[("id", id.into())])));
    out
}
