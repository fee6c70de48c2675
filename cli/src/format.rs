//! Human-readable words for the core's records: dates, kinds, statuses, doses.
//!
//! Labels the core renders (kinds, statuses, dose states) come from the core; this file
//! only lays out dates and numbers, and names the few values the core has no words for
//! yet (medicine kinds, schedules, collection). No rule is applied here.

use alongside_core::{AppointmentStatus, Collection, DoseSchedule, DoseUnit, MedicineKind, Occurrence, Weekday};
use jiff::civil::{Date, DateTime};
use jiff::Timestamp;
use std::str::FromStr;
use std::time::SystemTime;

use crate::when::OccurrenceRef;

/// "Mon 23 Nov" from "2026-11-23"; the text itself if it isn't a date.
pub fn day(date: &str) -> String {
    Date::from_str(date)
        .map(|d| d.strftime("%a %-d %b").to_string())
        .unwrap_or_else(|_| date.to_string())
}

/// "Monday 23 November 2026" from "2026-11-23".
pub fn long_day(date: &str) -> String {
    Date::from_str(date)
        .map(|d| d.strftime("%A %-d %B %Y").to_string())
        .unwrap_or_else(|_| date.to_string())
}

/// "Mon 23 Nov, 10:00" from the core's local "2026-11-23T10:00".
pub fn local(text: &str) -> String {
    DateTime::from_str(text)
        .map(|d| d.strftime("%a %-d %b, %H:%M").to_string())
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
        .map(|z| z.strftime("%a %-d %b, %H:%M").to_string())
        .unwrap_or_else(|| "an unknown time".to_string())
}

/// An instant as local "YYYY-MM-DDTHH:MM" in her home zone, for JSON.
pub fn instant_local(at: SystemTime, zone: &str) -> Option<String> {
    let tz = jiff::tz::TimeZone::get(zone).ok()?;
    Timestamp::try_from(at)
        .ok()
        .map(|t| t.to_zoned(tz).strftime("%Y-%m-%dT%H:%M").to_string())
}

/// An instant as RFC 3339 (UTC), for JSON.
pub fn rfc3339(at: SystemTime) -> Option<String> {
    Timestamp::try_from(at).ok().map(|t| t.to_string())
}

/// One occurrence as two or three lines, with the address to act on it.
pub fn occurrence(o: &Occurrence, with_day: bool) -> String {
    let when = if with_day {
        format!("{}–{}", local(&o.start_local), clock(&o.end_local))
    } else {
        format!("{}–{}", clock(&o.start_local), clock(&o.end_local))
    };
    let mut out = format!("  {when}  {} ({})", o.title, o.kind_label);
    if o.status != AppointmentStatus::Planned {
        out.push_str(&format!(" · {}", o.status_label));
    }
    if let Some(from) = &o.moved_from_local {
        out.push_str(&format!(" from {}", local(from)));
    }
    let mut details = Vec::new();
    if let Some(place) = &o.location {
        details.push(format!("at {place}"));
    }
    if let Some(who) = &o.with_whom {
        details.push(format!("with {who}"));
    }
    if o.repeats {
        details.push("repeats".to_string());
    }
    if !details.is_empty() {
        out.push_str(&format!("\n      {}", details.join(" · ")));
    }
    out.push_str(&format!(
        "\n      id {}",
        OccurrenceRef::format(&o.appointment_id, o.occurrence, o.repeats)
    ));
    out
}

pub fn medicine_kind(k: MedicineKind) -> &'static str {
    match k {
        MedicineKind::MethadoneOralSolution => "methadone oral solution",
        MedicineKind::BuprenorphineSublingual => "buprenorphine (under the tongue)",
        MedicineKind::BuprenorphineWithNaloxone => "buprenorphine with naloxone",
        MedicineKind::BuprenorphineInjectionWeekly => "buprenorphine injection, weekly",
        MedicineKind::BuprenorphineInjectionMonthly => "buprenorphine injection, monthly",
        MedicineKind::Other => "other medicine",
    }
}

/// "60", "2.5": no trailing zeros.
pub fn amount(a: f64) -> String {
    let s = format!("{a:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn unit(u: DoseUnit) -> &'static str {
    u.label()
}

pub fn weekday(w: Weekday) -> String {
    let n = w.name();
    let mut c = n.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

pub fn schedule(s: &DoseSchedule) -> String {
    match s {
        DoseSchedule::Daily { time } => format!("daily at {time}"),
        DoseSchedule::SplitDaily {
            morning_time,
            evening_time,
        } => format!("split dose, {morning_time} and {evening_time}"),
        DoseSchedule::Weekly { weekday: w, time } => format!("weekly, {} at {time}", weekday(*w)),
        DoseSchedule::Monthly { day_of_month, time } => format!("monthly, day {day_of_month} at {time}"),
        DoseSchedule::AsNeeded => "as needed".to_string(),
    }
}

/// "40 mg morning + 30 mg evening" or "60 mg".
pub fn dose(amount_: f64, evening: Option<f64>, u: DoseUnit) -> String {
    match evening {
        Some(e) => format!(
            "{} {} morning + {} {} evening",
            amount(amount_),
            unit(u),
            amount(e),
            unit(u)
        ),
        None => format!("{} {}", amount(amount_), unit(u)),
    }
}

pub fn collection(c: Collection, take_home_days: &[Weekday]) -> String {
    match c {
        Collection::TakeHome => "take-home".to_string(),
        Collection::SupervisedAtPharmacy if take_home_days.is_empty() => "supervised at the pharmacy".to_string(),
        Collection::SupervisedAtPharmacy => {
            let days: Vec<String> = take_home_days.iter().map(|d| weekday(*d)).collect();
            format!("supervised at the pharmacy, take-home on {}", days.join(", "))
        }
    }
}
