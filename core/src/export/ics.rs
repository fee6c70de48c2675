//! The iCalendar export (RFC 5545), built with the `icalendar` crate.
//!
//! One VEVENT per series with an RRULE (always COUNT, so no UNTIL/TZID pitfalls), an
//! override VEVENT with RECURRENCE-ID for each moved or cancelled occurrence, a VALARM per
//! reminder, and a VTIMEZONE for every zone used.

use chrono::{NaiveDate, NaiveDateTime};
use icalendar::{
    Alarm, Calendar, CalendarComponent, CalendarDateTime, Component, Event, EventLike, EventStatus, Property,
};
use jiff::civil::DateTime;
use jiff::Timestamp;
use rusqlite::Connection;
use std::collections::BTreeMap;

use super::vtimezone::vtimezone;
use crate::diary::appointment::AppointmentStatus;
use crate::diary::appointment_store;
use crate::diary::recurrence::Series;
use crate::error::{AlongsideError, Result};

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

fn utc(t: Timestamp) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(t.as_second(), 0).unwrap_or_default()
}

fn base_event(s: &Series, start: DateTime, stamp: Timestamp) -> Result<Event> {
    let mut e = Event::new();
    e.uid(&format!("{}@alongside.app", s.id))
        .timestamp(utc(stamp))
        .summary(&s.v.title)
        .starts(at(start, &s.v.zone_name)?)
        .add_property("DURATION", format!("PT{}M", s.v.duration_minutes))
        .add_property(
            "CATEGORIES",
            crate::diary::appointment_store::kind_code(s.v.kind)
                .replace('_', " ")
                .to_uppercase(),
        );
    if let Some(l) = &s.v.location {
        e.location(l);
    }
    let mut description = Vec::new();
    if let Some(w) = &s.v.with_whom {
        description.push(format!("With: {w}"));
    }
    if let Some(n) = &s.v.notes {
        description.push(n.clone());
    }
    if !description.is_empty() {
        e.description(&description.join("\n"));
    }
    for minutes in &s.v.reminders {
        let before = if minutes % 1440 == 0 {
            chrono::Duration::days(-i64::from(minutes / 1440))
        } else {
            chrono::Duration::minutes(-i64::from(*minutes))
        };
        e.alarm(Alarm::display("Reminder", before));
    }
    Ok(e)
}

fn status_of(st: AppointmentStatus) -> EventStatus {
    match st {
        AppointmentStatus::Cancelled => EventStatus::Cancelled,
        _ => EventStatus::Confirmed,
    }
}

pub(super) fn export(conn: &Connection, now: Timestamp) -> Result<String> {
    let mut cal = Calendar::new();
    cal.append_property(Property::new("PRODID", PRODID));
    cal.name("Alongside");
    let mut zones: BTreeMap<String, (jiff::tz::TimeZone, Timestamp, Timestamp)> = BTreeMap::new();
    for s in appointment_store::load_all(conn)? {
        let (lo, hi) = s.bounds()?;
        let entry = zones.entry(s.v.zone_name.clone()).or_insert((s.v.zone.clone(), lo, hi));
        entry.1 = entry.1.min(lo);
        entry.2 = entry.2.max(hi);

        let single_state = s.states.get(&0).filter(|_| s.v.repeat.is_none());
        let first_start = single_state.and_then(|st| st.moved_to).unwrap_or(s.v.start);
        let mut main = base_event(&s, first_start, now)?;
        main.status(
            single_state
                .map(|st| status_of(st.status))
                .unwrap_or(EventStatus::Confirmed),
        );
        if let Some((every, _)) = &s.v.repeat {
            main.add_property("RRULE", format!("FREQ=WEEKLY;INTERVAL={every};COUNT={}", s.count()));
        }
        cal.push(main.done());
        if s.v.repeat.is_none() {
            continue;
        }
        let mut changed: Vec<_> = s
            .states
            .iter()
            .filter(|(_, st)| st.moved_to.is_some() || st.status == AppointmentStatus::Cancelled)
            .collect();
        changed.sort_by_key(|(i, _)| **i);
        for (i, st) in changed {
            let Some(scheduled) = s.scheduled(*i) else { continue };
            let mut e = base_event(&s, st.moved_to.unwrap_or(scheduled), now)?;
            e.recurrence_id(at(scheduled, &s.v.zone_name)?);
            e.status(status_of(st.status));
            cal.push(e.done());
        }
    }
    for (name, (tz, lo, hi)) in &zones {
        let text = vtimezone(name, tz, *lo, *hi);
        let component: CalendarComponent = text.parse().map_err(|_| AlongsideError::Storage {
            detail: "time zone rules could not be written".to_string(),
        })?;
        cal.push(component);
    }
    Ok(cal.done().to_string())
}
