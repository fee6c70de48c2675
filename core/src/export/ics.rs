//! The iCalendar export (RFC 5545), built with the `icalendar` crate.
//!
//! One VEVENT per series with an RRULE (always COUNT, so no UNTIL/TZID pitfalls), an
//! override VEVENT with RECURRENCE-ID for each moved or cancelled occurrence, a VALARM per
//! reminder, and a VTIMEZONE for every zone used. Private notes are left out.
//!
//! Every event ends with an explicit DTEND, never a DURATION: calendar libraries disagree
//! about a DURATION across a clock change (RFC 5545 makes it exact time; some read it as
//! wall-clock time), while an end time means one thing. A time is written in its zone
//! (TZID) unless that local time happens twice and the event means the second one; RFC
//! 5545 reads such a time as the first, so it is then written in UTC.

use chrono::{NaiveDate, NaiveDateTime};
use icalendar::{Alarm, Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus, Property};
use jiff::civil::DateTime;
use jiff::{Timestamp, ToSpan};
use rusqlite::Connection;
use std::collections::BTreeMap;

use super::vtimezone::vtimezone;
use crate::diary::appointment::AppointmentStatus;
use crate::diary::appointment_store;
use crate::diary::recurrence::Series;
use crate::error::{AlongsideError, Result};
use crate::free_text::one_line;

const PRODID: &str = "-//Alongside//Alongside diary//EN";

fn naive(dt: DateTime) -> Result<NaiveDateTime> {
    NaiveDate::from_ymd_opt(i32::from(dt.year()), dt.month() as u32, dt.day() as u32)
        .and_then(|d| d.and_hms_opt(dt.hour() as u32, dt.minute() as u32, 0))
        .ok_or_else(|| AlongsideError::VaultUnreadable {
            reason: "an appointment date is damaged".to_string(),
        })
}

fn at(dt: DateTime, zone: &str) -> Result<CalendarDateTime> {
    Ok(CalendarDateTime::WithTimezone {
        date_time: naive(dt)?,
        tzid: zone.to_string(),
    })
}

/// The instant `t` as the event should carry it: its local time in the series' zone, or
/// UTC when that local time would be read as another instant (the second of two 01:30s).
fn exact(t: Timestamp, s: &Series) -> Result<CalendarDateTime> {
    let local = t.to_zoned(s.v.zone.clone()).datetime();
    if crate::time::resolve(local, &s.v.zone)?.timestamp() == t {
        at(local, &s.v.zone_name)
    } else {
        Ok(CalendarDateTime::Utc(utc(t)))
    }
}

/// The exact end of an event that starts at `start`: its length of real time later.
fn end_of(s: &Series, start: Timestamp) -> Result<Timestamp> {
    start
        .checked_add(i64::from(s.v.duration_minutes).minutes())
        .map_err(|_| AlongsideError::VaultUnreadable {
            reason: "an appointment date is damaged".to_string(),
        })
}

fn utc(t: Timestamp) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(t.as_second(), 0).unwrap_or_default()
}

/// An event starting at the true instant `start_at`. Its DTSTART is the local time in the
/// zone, except that an event which is not the base of a repeat and starts at the second
/// of two equal clock times is written in UTC (see the module docs). The base of a repeat
/// keeps its wall-clock `nominal` start, which its RRULE repeats; the caller adds an
/// override when the first date is the second of two.
fn base_event(
    s: &Series,
    nominal: Option<DateTime>,
    start_at: Timestamp,
    stamp: Timestamp,
    alarm_key: &str,
) -> Result<Event> {
    let uid = format!("{}@alongside.app", s.id);
    let start = match nominal {
        Some(local) => at(local, &s.v.zone_name)?,
        None => exact(start_at, s)?,
    };
    let mut e = Event::new();
    // The crate escapes `\n`, `,`, `;` and `\` (RFC 5545 3.3.11) but lets any other control
    // character through, which TEXT may not hold; the store tidies text as it reads it, and
    // the calendar does not rely on that alone.
    e.uid(&uid)
        .timestamp(utc(stamp))
        .summary(&one_line(&s.v.title))
        .starts(start)
        .ends(exact(end_of(s, start_at)?, s)?)
        .add_property(
            "CATEGORIES",
            crate::codes::code(&s.v.kind).replace('_', " ").to_uppercase(),
        );
    if let Some(l) = &s.v.location {
        e.location(&one_line(l));
    }
    // Her notes are private: calendar files often end up in cloud calendars, so notes
    // stay in the JSON export only.
    if let Some(w) = &s.v.with_whom {
        e.description(&format!("With: {}", one_line(w)));
    }
    for minutes in &s.v.reminders {
        e.alarm(alarm(&format!("{uid}{alarm_key}"), *minutes, stamp));
    }
    Ok(e)
}

/// A display alarm. Whole days are written as nominal days (-P1D), which calendar apps
/// keep at the same wall-clock time across a clock change, as the app's own reminders do.
/// The crate writes a DTSTAMP (from the system clock) and a random UID into any component
/// that lacks them, so both are set here: the export's own time and a UID derived from the
/// event, keeping the same data exporting to the same file.
fn alarm(event_uid: &str, minutes: u32, stamp: Timestamp) -> Alarm {
    let trigger = if minutes % 1440 == 0 {
        format!("-P{}D", minutes / 1440)
    } else {
        format!("-PT{minutes}M")
    };
    let mut a = Alarm::display("Reminder", chrono::Duration::minutes(-i64::from(minutes)));
    a.timestamp(utc(stamp))
        .uid(&format!("{event_uid}-alarm-{minutes}"))
        .append_property(Property::new("TRIGGER", trigger));
    a.done()
}

fn status_of(st: AppointmentStatus) -> EventStatus {
    match st {
        AppointmentStatus::Cancelled => EventStatus::Cancelled,
        _ => EventStatus::Confirmed,
    }
}

pub(super) fn export(conn: &Connection, now: Timestamp) -> Result<String> {
    // `Calendar::new` brings its own PRODID; RFC 5545 allows exactly one.
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", PRODID));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.name("Alongside");
    let mut zones: BTreeMap<String, (jiff::tz::TimeZone, Timestamp, Timestamp)> = BTreeMap::new();
    for s in appointment_store::load_all(conn)? {
        let (lo, hi) = s.bounds()?;
        let entry = zones.entry(s.v.zone_name.clone()).or_insert((s.v.zone.clone(), lo, hi));
        entry.1 = entry.1.min(lo);
        entry.2 = entry.2.max(hi);

        let single_state = s.states.get(&0).filter(|_| s.v.repeat.is_none());
        let first = s.expand_any(0)?.ok_or_else(|| AlongsideError::VaultUnreadable {
            reason: "an appointment date is damaged".to_string(),
        })?;
        let nominal = s.v.repeat.is_some().then_some(s.v.start);
        let mut main = base_event(&s, nominal, first.start_at, now, "")?;
        main.status(
            single_state
                .map(|st| status_of(st.status))
                .unwrap_or(EventStatus::Confirmed),
        );
        if let Some((every, _)) = &s.v.repeat {
            main.add_property("RRULE", format!("FREQ=WEEKLY;INTERVAL={every};COUNT={}", s.count()));
            // Dates she forgot are left out of the copy too.
            for i in (0..s.count()).filter(|i| s.is_forgotten(*i)) {
                if let Some(scheduled) = s.scheduled(i) {
                    main.append_multi_property(
                        Property::new("EXDATE", scheduled.strftime("%Y%m%dT%H%M%S").to_string())
                            .add_parameter("TZID", &s.v.zone_name)
                            .done(),
                    );
                }
            }
        }
        cal.push(main.done());
        if s.v.repeat.is_none() {
            continue;
        }
        // Moved and cancelled dates, and a first date at the second of two equal clock
        // times (the RRULE's wall-clock start would be read as the first).
        let mut changed: Vec<u32> = s
            .states
            .iter()
            .filter(|(_, st)| st.moved_to.is_some() || st.status == AppointmentStatus::Cancelled)
            .map(|(i, _)| *i)
            .collect();
        if s.v.start_second && !changed.contains(&0) {
            changed.push(0);
        }
        changed.sort_unstable();
        for i in changed {
            let (Some(scheduled), Some(e)) = (s.scheduled(i), s.expand(i)?) else {
                continue;
            };
            let mut event = base_event(&s, None, e.start_at, now, &format!("-{i}"))?;
            event.recurrence_id(at(scheduled, &s.v.zone_name)?);
            event.status(status_of(e.status));
            cal.push(event.done());
        }
    }
    // VTIMEZONE may carry neither DTSTAMP nor UID, which the crate would add, so the zone
    // rules are written as text and placed before the closing line.
    let zones_text: String = zones
        .iter()
        .map(|(name, (tz, lo, hi))| vtimezone(name, tz, *lo, *hi))
        .collect();
    let text = cal.done().to_string();
    let body = text
        .strip_suffix("END:VCALENDAR\r\n")
        .ok_or_else(|| AlongsideError::Storage {
            detail: "the calendar could not be written".to_string(),
        })?;
    Ok(format!("{body}{zones_text}END:VCALENDAR\r\n"))
}
