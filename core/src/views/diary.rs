//! The Diary screen: her appointments and doses day by day, a week or a month at a time
//! (or any dates up to two months), with what needs her attention, and the pages either
//! side ready to ask for, so the phone never works out a date.

use jiff::civil::Date;
use std::collections::{BTreeMap, HashSet};
use std::time::SystemTime;

use super::today::{add_days, attention, midnight, Alert};
use crate::content::{long_date, short_date, text};
use crate::diary::appointment::{check_year, AppointmentStatus, Occurrence};
use crate::diary::dose::DoseView;
use crate::diary::dose_question::DoseQuestion;
use crate::diary::{dose_api, dose_store, medicine_store, occurrences_in, tolerance};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// The most days one diary page shows: two months.
pub const MAX_DIARY_DAYS: i32 = 62;

/// Which dates of her diary to show. Every page a `DiaryView` offers carries its range,
/// ready to pass back to `diary`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DiaryRange {
    /// Monday to Sunday of the week holding `date` ("YYYY-MM-DD"); this week when `None`.
    Week { date: Option<String> },
    /// The calendar month holding `date` ("YYYY-MM-DD"); this month when `None`.
    Month { date: Option<String> },
    /// From `from` to `to`, both included ("YYYY-MM-DD"), at most 62 days.
    Dates { from: String, to: String },
}

/// Another page of the diary she can move to, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DiaryPage {
    /// The button's words ("Next week").
    pub label: String,
    /// What that page shows ("Week of Monday 30 November 2026"), for screen readers.
    pub title: String,
    /// Pass this to `diary` to show the page.
    pub range: DiaryRange,
}

/// One date of an appointment, as the diary shows it, with what she can do to it now.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DiaryAppointment {
    /// The date in full: its kind and status in words (`kind_label`, `status_label`), the
    /// true local times (`time_label`, with words when the clocks change,
    /// `clock_change_label`), where (`location`, `place`) and with whom.
    pub occurrence: Occurrence,
    /// Whether it can be marked went or missed now (`set_appointment_status`): it has
    /// started and is not cancelled. Buttons: `appointment-went`, `appointment-missed`.
    pub can_mark: bool,
    /// It is over and not yet marked went or missed: the diary asks `mark_question`.
    pub needs_marking: bool,
    /// "Did you go to Midwife check?" when `needs_marking`.
    pub mark_question: Option<String>,
    /// Whether it can be moved (`move_appointment`) or cancelled (`cancel_appointment`):
    /// planned or moved, not yet marked or cancelled.
    pub can_change: bool,
    /// A cancelled date that can be put back (`set_appointment_status` with `Planned`).
    /// Button: `diary-restore`.
    pub can_restore: bool,
}

/// One day of the diary.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DiaryDay {
    /// "YYYY-MM-DD".
    pub date: String,
    /// The day in words ("Tuesday 24 November"; "Today, Monday 23 November").
    pub label: String,
    pub is_today: bool,
    /// A day before today.
    pub is_past: bool,
    /// Its appointments in time order, cancelled ones included (marked so).
    pub appointments: Vec<DiaryAppointment>,
    /// Its doses with their states, scheduled ones by time, then doses taken as needed.
    pub doses: Vec<DoseView>,
    /// Whether its doses can be logged (`log_dose`): today or a day before.
    pub can_log_doses: bool,
    /// Something that day needs her: an appointment to mark, or a day a dose question
    /// asks about.
    pub needs_attention: bool,
    /// "Nothing in your diary this day." when it has no appointment and no dose.
    pub empty_label: Option<String>,
}

/// What needs her attention, shown above the days.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DiaryAttention {
    /// "Needs your attention".
    pub heading: String,
    /// Appointments on these dates that are over and not marked went or missed, oldest
    /// first.
    pub unmarked: Vec<DiaryAppointment>,
    /// Today's questions about treatment days with nothing logged (as on Today).
    pub dose_questions: Vec<DoseQuestion>,
    /// Today's alerts: the tolerance warning, offers to rebook a missed appointment.
    pub alerts: Vec<Alert>,
}

/// The Diary screen: a week, a month or a stretch of dates.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DiaryView {
    /// What is shown, with its dates filled in: pass it back to `diary` to show the same
    /// page again after an action.
    pub range: DiaryRange,
    /// "Week of Monday 23 November 2026", "November 2026".
    pub title: String,
    /// The first and last date shown, "YYYY-MM-DD".
    pub from: String,
    pub to: String,
    /// Today in her home time zone, "YYYY-MM-DD".
    pub today: String,
    pub includes_today: bool,
    pub time_zone: String,
    /// Every date shown, in order.
    pub days: Vec<DiaryDay>,
    pub attention: DiaryAttention,
    /// The week, month or dates before these.
    pub previous: DiaryPage,
    /// The week, month or dates after these.
    pub next: DiaryPage,
    /// Back to this week or this month ("This week").
    pub this_period: DiaryPage,
    /// The week of these dates (the one holding today when shown), to switch to weeks.
    pub week: DiaryPage,
    /// The month of these dates, to switch to months.
    pub month: DiaryPage,
    /// Appointments shown, cancelled ones left out.
    pub appointment_count: u32,
    /// "3 appointments".
    pub summary: String,
    /// "Nothing in your diary on these dates." when there is nothing at all.
    pub empty_label: Option<String>,
}

#[uniffi::export]
impl Vault {
    /// The Diary screen for `range` at `now`, in her home time zone. A range of more than
    /// 62 days, or one that ends before it starts, is refused in her words.
    pub fn diary(&self, range: DiaryRange, now: SystemTime) -> Result<DiaryView> {
        let now = time::timestamp(now)?;
        self.read(|conn| build(conn, &range, now))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    Week,
    Month,
    Dates,
}

/// A range with its dates worked out.
#[derive(Debug, Clone, Copy)]
struct Dates {
    span: Span,
    from: Date,
    to: Date,
}

fn week_of(d: Date) -> Result<Dates> {
    let monday = add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    Ok(Dates {
        span: Span::Week,
        from: monday,
        to: add_days(monday, 6)?,
    })
}

fn month_of(d: Date) -> Dates {
    Dates {
        span: Span::Month,
        from: d.first_of_month(),
        to: d.last_of_month(),
    }
}

/// A date she asked for, or today; refused if it can't be read or is far out.
fn date_or_today(field: &str, given: &Option<String>, today: Date) -> Result<Date> {
    match given.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(today),
        Some(d) => date(field, d),
    }
}

/// A date she asked for; refused if it can't be read or is far out, so the pages either
/// side can always be worked out.
fn date(field: &str, given: &str) -> Result<Date> {
    let d = time::parse_date(field, given)?;
    check_year(field, d)?;
    Ok(d)
}

fn resolve(range: &DiaryRange, today: Date) -> Result<Dates> {
    match range {
        DiaryRange::Week { date } => week_of(date_or_today("date", date, today)?),
        DiaryRange::Month { date } => Ok(month_of(date_or_today("date", date, today)?)),
        DiaryRange::Dates { from, to } => {
            let from = date("from", from)?;
            let to = date("to", to)?;
            if to < from {
                return Err(AlongsideError::refused("to", "error-end-before-start"));
            }
            if (to - from).get_days() + 1 > MAX_DIARY_DAYS {
                return Err(AlongsideError::refused_with(
                    "to",
                    "error-range-limit",
                    &[("max", MAX_DIARY_DAYS.into())],
                ));
            }
            Ok(Dates {
                span: Span::Dates,
                from,
                to,
            })
        }
    }
}

fn range_of(d: Dates) -> DiaryRange {
    match d.span {
        Span::Week => DiaryRange::Week {
            date: Some(d.from.to_string()),
        },
        Span::Month => DiaryRange::Month {
            date: Some(d.from.to_string()),
        },
        Span::Dates => DiaryRange::Dates {
            from: d.from.to_string(),
            to: d.to.to_string(),
        },
    }
}

fn title(d: Dates) -> String {
    match d.span {
        Span::Week => text("diary-week-title", &[("date", long_date(d.from).into())]),
        Span::Month => text(
            "diary-month-title",
            &[
                ("month", text(&format!("month-{}", d.from.month()), &[]).into()),
                ("year", d.from.year().into()),
            ],
        ),
        Span::Dates => text(
            "diary-dates-title",
            &[("from", long_date(d.from).into()), ("to", long_date(d.to).into())],
        ),
    }
}

fn page(label: &str, d: Dates) -> DiaryPage {
    DiaryPage {
        label: text(label, &[]),
        title: title(d),
        range: range_of(d),
    }
}

/// The pages around `d`: previous, next, this week or month, and the switches between
/// weeks and months.
fn pages(d: Dates, today: Date) -> Result<[DiaryPage; 5]> {
    let (previous, next, this) = match d.span {
        Span::Week => (
            page("diary-previous-week", week_of(add_days(d.from, -7)?)?),
            page("diary-next-week", week_of(add_days(d.from, 7)?)?),
            page("diary-this-week", week_of(today)?),
        ),
        Span::Month => (
            page("diary-previous-month", month_of(add_days(d.from, -1)?)),
            page("diary-next-month", month_of(add_days(d.to, 1)?)),
            page("diary-this-month", month_of(today)),
        ),
        Span::Dates => {
            let days = i64::from((d.to - d.from).get_days()) + 1;
            let shifted = |by: i64| -> Result<Dates> {
                Ok(Dates {
                    span: Span::Dates,
                    from: add_days(d.from, by)?,
                    to: add_days(d.to, by)?,
                })
            };
            (
                page("diary-earlier-dates", shifted(-days)?),
                page("diary-later-dates", shifted(days)?),
                page("diary-this-week", week_of(today)?),
            )
        }
    };
    // Switching keeps today in view when it is shown, else the first date shown.
    let anchor = if d.from <= today && today <= d.to {
        today
    } else {
        d.from
    };
    Ok([
        previous,
        next,
        this,
        page("diary-show-week", week_of(anchor)?),
        page("diary-show-month", month_of(anchor)),
    ])
}

/// An appointment's date with what she can do to it at `now`.
fn entry(o: Occurrence, now: jiff::Timestamp) -> Result<DiaryAppointment> {
    let started = time::timestamp(o.starts_at)? <= now;
    let over = time::timestamp(o.ends_at)? <= now;
    let open = matches!(o.status, AppointmentStatus::Planned | AppointmentStatus::Rescheduled);
    let needs_marking = over && open;
    Ok(DiaryAppointment {
        can_mark: started && o.status != AppointmentStatus::Cancelled,
        needs_marking,
        mark_question: needs_marking.then(|| text("diary-mark-question", &[("title", o.title.as_str().into())])),
        can_change: open,
        can_restore: o.status == AppointmentStatus::Cancelled,
        occurrence: o,
    })
}

fn build(conn: &rusqlite::Connection, range: &DiaryRange, now: jiff::Timestamp) -> Result<DiaryView> {
    let zone_name = crate::vault::settings_zone(conn)?;
    let tz = time::zone(&zone_name)?;
    let today = now.to_zoned(tz.clone()).date();
    let dates = resolve(range, today)?;
    let [previous, next, this_period, week, month] = pages(dates, today)?;

    let start = midnight(dates.from, &tz)?;
    let end = midnight(add_days(dates.to, 1)?, &tz)?;
    // Each appointment is shown on the day it starts; one still going on from the day
    // before belongs to that day.
    let mut occurrences: Vec<Occurrence> = Vec::new();
    for o in occurrences_in(conn, start, end)? {
        if time::timestamp(o.starts_at)? >= start {
            occurrences.push(o);
        }
    }
    crate::services::places::attach(conn, &mut occurrences)?;
    let mut by_day: BTreeMap<Date, Vec<DiaryAppointment>> = BTreeMap::new();
    for o in occurrences {
        let day = time::timestamp(o.starts_at)?.to_zoned(tz.clone()).date();
        by_day.entry(day).or_default().push(entry(o, now)?);
    }

    let meds = medicine_store::load(conn, None)?;
    let log = dose_store::between(conn, dates.from, dates.to, None)?;
    let recent = dose_store::between(conn, add_days(today, -tolerance::LOOKBACK_DAYS)?, today, None)?;
    let (alerts, dose_questions) = attention(conn, now, today, &meds, &recent)?;
    let asked: HashSet<&str> = dose_questions
        .iter()
        .flat_map(|q| q.days.iter().map(|d| d.date.as_str()))
        .collect();

    let mut days = Vec::new();
    let mut unmarked = Vec::new();
    let mut appointment_count = 0u32;
    let mut day = dates.from;
    loop {
        let appointments = by_day.remove(&day).unwrap_or_default();
        let doses = dose_api::doses_on(&meds, day, &log, &tz);
        let date = day.to_string();
        appointment_count += appointments
            .iter()
            .filter(|a| a.occurrence.status != AppointmentStatus::Cancelled)
            .count() as u32;
        unmarked.extend(appointments.iter().filter(|a| a.needs_marking).cloned());
        let is_today = day == today;
        days.push(DiaryDay {
            label: if is_today {
                text("diary-day-today", &[("date", short_date(day).into())])
            } else {
                short_date(day)
            },
            is_today,
            is_past: day < today,
            needs_attention: appointments.iter().any(|a| a.needs_marking) || asked.contains(date.as_str()),
            empty_label: (appointments.is_empty() && doses.is_empty()).then(|| text("diary-day-empty", &[])),
            can_log_doses: day <= today,
            appointments,
            doses,
            date,
        });
        if day >= dates.to {
            break;
        }
        day = add_days(day, 1)?;
    }
    let nothing = days.iter().all(|d| d.empty_label.is_some());
    Ok(DiaryView {
        range: range_of(dates),
        title: title(dates),
        from: dates.from.to_string(),
        to: dates.to.to_string(),
        today: today.to_string(),
        includes_today: dates.from <= today && today <= dates.to,
        time_zone: zone_name,
        days,
        attention: DiaryAttention {
            heading: text("diary-attention", &[]),
            unmarked,
            dose_questions,
            alerts,
        },
        previous,
        next,
        this_period,
        week,
        month,
        appointment_count,
        summary: text("diary-summary", &[("count", appointment_count.into())]),
        empty_label: nothing.then(|| text("diary-empty", &[])),
    })
}
