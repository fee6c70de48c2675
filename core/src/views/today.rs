//! The Today screen: what is happening now and next, today's doses, anything that needs
//! her attention, and how full this week is.

use jiff::civil::{Date, Time};
use jiff::{Timestamp, ToSpan};
use std::collections::BTreeMap;
use std::time::SystemTime;

use crate::content::{provenance, text, SourceRef};
use crate::diary::appointment::{AppointmentStatus, Occurrence};
use crate::diary::dose::DoseView;
use crate::diary::{appointment_store, dose_api, dose_question, dose_store, medicine_store, tolerance};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// How long a missed appointment keeps offering to rebook.
const FOLLOW_UP_DAYS: i64 = 14;
const UPCOMING_DAYS: i64 = 7;

/// What an alert is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
pub enum AlertKind {
    /// Three or more missed (or missed-or-unknown) days in a row of an OST medicine:
    /// tolerance may be lower.
    ToleranceWarning,
    /// A missed appointment: offers to book a new time.
    MissedAppointmentFollowUp,
}

/// What an alert's main button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertAction {
    /// Offer a new time: `rebook_missed_appointment_at(appointment_id, occurrence, ...)`.
    RebookAppointment,
    /// Show the medicine with its pharmacy details: `medicine_id`.
    ShowMedicine,
}

/// Something on Today that needs her attention, with its wording and, for clinical
/// statements, where the advice comes from.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Alert {
    pub kind: AlertKind,
    pub title: String,
    pub body: String,
    /// What to do straight away if something is wrong.
    pub safety_net: Option<String>,
    pub action: AlertAction,
    pub action_label: Option<String>,
    pub dismiss_label: Option<String>,
    pub sources: Vec<SourceRef>,
    pub last_reviewed: Option<String>,
    pub review_by: Option<String>,
    /// "Checked Saturday 21 November 2026. Next check by …" for clinical statements.
    pub checked_label: Option<String>,
    /// The guidance article that explains more (`guidance_article(id)`), if any.
    pub article_id: Option<String>,
    pub medicine_id: Option<String>,
    /// Days in a row missed or not logged (a tolerance warning).
    pub missed_days: Option<u32>,
    /// Of those, the days with nothing logged, which the app can't tell about. Zero when
    /// every day was logged as missed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unknown_days: Option<u32>,
    pub appointment_id: Option<String>,
    pub occurrence: Option<u32>,
}

/// A day of this week with more than one appointment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BusyDay {
    pub date: String,
    pub count: u32,
    /// "Friday 27 November: 3 appointments".
    pub label: String,
}

/// This week's load (Monday to Sunday): a signal of the burden of care.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct WeekSummary {
    pub week_start: String,
    pub week_end: String,
    pub appointment_count: u32,
    pub busy_days: Vec<BusyDay>,
    pub summary: String,
}

/// Everything the Today screen shows.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct TodayView {
    pub date: String,
    pub time_zone: String,
    /// Appointments under way now.
    pub happening_now: Vec<Occurrence>,
    /// Today's appointments still to come.
    pub later_today: Vec<Occurrence>,
    /// Today's appointments already over (so she can mark them attended or missed).
    pub earlier_today: Vec<Occurrence>,
    /// The next seven days after today.
    pub next_days: Vec<Occurrence>,
    pub doses: Vec<DoseView>,
    /// Kind questions about opioid treatment days of the last week with nothing logged,
    /// one per medicine, asked once.
    pub dose_questions: Vec<crate::diary::dose_question::DoseQuestion>,
    pub alerts: Vec<Alert>,
    pub week: WeekSummary,
    /// Support mode (her baby is not with her): feeding prompts, offers for her own care,
    /// and her next family time.
    pub support: crate::support::SupportToday,
}

#[uniffi::export]
impl Vault {
    /// Today's date at `now` in her home time zone ("YYYY-MM-DD"), for forms that default
    /// to today without building the whole Today view.
    pub fn today_date(&self, now: SystemTime) -> Result<String> {
        let now = time::timestamp(now)?;
        self.read(|conn| {
            Ok(now
                .to_zoned(time::zone(&crate::vault::settings_zone(conn)?)?)
                .date()
                .to_string())
        })
    }

    /// The Today screen at `now`, in her home time zone.
    pub fn today(&self, now: SystemTime) -> Result<TodayView> {
        let now = time::timestamp(now)?;
        // Her "forget entries older than" setting; Today shows what is left whatever happens.
        let _ = self.forget_by_setting(now);
        self.read(|conn| build(conn, now))
    }
}

pub(crate) fn midnight(d: Date, tz: &jiff::tz::TimeZone) -> Result<Timestamp> {
    Ok(time::resolve(d.to_datetime(Time::midnight()), tz)?.timestamp())
}

pub(crate) fn add_days(d: Date, n: i64) -> Result<Date> {
    d.checked_add(n.days())
        .map_err(|_| AlongsideError::refused("date", "error-date-out-of-range"))
}

fn build(conn: &rusqlite::Connection, now: Timestamp) -> Result<TodayView> {
    let zone_name = crate::vault::settings_zone(conn)?;
    let tz = time::zone(&zone_name)?;
    let today = now.to_zoned(tz.clone()).date();
    let monday = add_days(today, -i64::from(today.weekday().to_monday_zero_offset()))?;
    let window_start = midnight(monday.min(today), &tz)?;
    let tomorrow = midnight(add_days(today, 1)?, &tz)?;
    let upcoming_end = midnight(add_days(today, 1 + UPCOMING_DAYS)?, &tz)?;
    let week_end = midnight(add_days(monday, 7)?, &tz)?;
    let today_start = midnight(today, &tz)?;
    let week_start = midnight(monday, &tz)?;
    let all = crate::diary::occurrences_in(conn, window_start, upcoming_end.max(week_end))?;

    let (mut happening_now, mut later_today, mut earlier_today, mut next_days) = (vec![], vec![], vec![], vec![]);
    let mut per_day: BTreeMap<Date, u32> = BTreeMap::new();
    for o in &all {
        if o.status == AppointmentStatus::Cancelled {
            continue;
        }
        let start = time::timestamp(o.starts_at)?;
        let end = time::timestamp(o.ends_at)?;
        if start >= week_start && start < week_end {
            *per_day.entry(start.to_zoned(tz.clone()).date()).or_default() += 1;
        }
        if start < tomorrow && end > today_start {
            if start <= now && end > now {
                happening_now.push(o.clone());
            } else if start > now {
                later_today.push(o.clone());
            } else {
                earlier_today.push(o.clone());
            }
        } else if start >= tomorrow && start < upcoming_end {
            next_days.push(o.clone());
        }
    }

    for list in [&mut happening_now, &mut later_today, &mut earlier_today, &mut next_days] {
        crate::services::places::attach(conn, list)?;
    }

    let meds = medicine_store::load(conn, None)?;
    let since = add_days(today, -tolerance::LOOKBACK_DAYS)?;
    let log = dose_store::between(conn, since, today, None)?;
    let doses = dose_api::doses_on(&meds, today, &log, &tz);

    let (alerts, dose_questions) = attention(conn, now, today, &meds, &log)?;

    let count: u32 = per_day.values().sum();
    let busy_days: Vec<BusyDay> = per_day
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(d, n)| BusyDay {
            date: d.to_string(),
            count: *n,
            label: text(
                "week-busy-day",
                &[("date", crate::content::short_date(*d).into()), ("count", (*n).into())],
            ),
        })
        .collect();
    let mut summary = text("week-summary", &[("count", count.into())]);
    if !busy_days.is_empty() {
        summary.push(' ');
        summary.push_str(&text("week-busy-days", &[("days", busy_days.len().into())]));
    }
    Ok(TodayView {
        date: today.to_string(),
        time_zone: zone_name,
        happening_now,
        later_today,
        earlier_today,
        next_days,
        doses,
        dose_questions,
        alerts,
        week: WeekSummary {
            week_start: monday.to_string(),
            week_end: add_days(monday, 6)?.to_string(),
            appointment_count: count,
            busy_days,
            summary,
        },
        support: crate::support::today::build(conn, now, today)?,
    })
}

/// What needs her attention at `now`: tolerance warnings and offers to rebook missed
/// appointments (alerts), and the questions about opioid treatment days with nothing
/// logged. `log` is the dose log of the last [`tolerance::LOOKBACK_DAYS`] days to `today`.
/// Today and the diary show the same.
pub(crate) fn attention(
    conn: &rusqlite::Connection,
    now: Timestamp,
    today: Date,
    meds: &[medicine_store::Stored],
    log: &[dose_store::Logged],
) -> Result<(Vec<Alert>, Vec<crate::diary::dose_question::DoseQuestion>)> {
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    let since = add_days(today, -tolerance::LOOKBACK_DAYS)?;
    let answered = dose_question::answered(conn, since)?;
    let not_sure = dose_question::not_sure(&answered);
    let added = dose_question::added_on(conn, &tz)?;
    let mut alerts = Vec::new();
    let mut dose_questions = Vec::new();
    for m in meds {
        let first_day = added.get(&m.id).copied().unwrap_or(today).max(m.start);
        let run = tolerance::run(m, today, log, first_day);
        if run.warns(tolerance::told_something(m, log, &not_sure)) {
            alerts.push(tolerance_alert(&m.id, &m.name, &run));
        }
        dose_questions.extend(dose_question::question(m, today, log, first_day, &answered));
    }
    let follow_from = now.checked_sub((FOLLOW_UP_DAYS * 24).hours()).unwrap_or(now);
    for f in appointment_store::open_follow_ups(conn, follow_from, now)? {
        alerts.push(Alert {
            kind: AlertKind::MissedAppointmentFollowUp,
            title: text("alert-missed-title", &[("title", f.title.as_str().into())]),
            body: text("alert-missed-body", &[]),
            safety_net: None,
            action: AlertAction::RebookAppointment,
            action_label: Some(text("alert-missed-action", &[])),
            dismiss_label: Some(text("alert-missed-dismiss", &[])),
            sources: vec![],
            last_reviewed: None,
            review_by: None,
            checked_label: None,
            article_id: None,
            medicine_id: None,
            missed_days: None,
            unknown_days: None,
            appointment_id: Some(f.appointment_id),
            occurrence: Some(f.occurrence),
        });
    }
    Ok((alerts, dose_questions))
}

fn checked_words(c: &crate::content::Clinical) -> Option<String> {
    let reviewed: Date = c.last_reviewed.parse().ok()?;
    let review_by: Date = c.review_by.parse().ok()?;
    Some(text(
        "alert-checked",
        &[
            ("reviewed", crate::content::long_date(reviewed).into()),
            ("review_by", crate::content::long_date(review_by).into()),
        ],
    ))
}

/// The emergency number as shown, from the single contacts table, so no phone number is
/// written anywhere else. The compiled-in contacts are proved to load by tests; should they
/// ever fail, the sentence goes without a number rather than show one nobody checked.
pub(crate) fn emergency_number() -> String {
    crate::guidance::set::current()
        .ok()
        .and_then(|set| set.contact("emergency").map(|c| c.number.clone()))
        .unwrap_or_default()
}

/// The tolerance warning. When some days of the run have nothing logged it says the app
/// can't tell about them, with the same safety steps.
fn tolerance_alert(medicine_id: &str, name: &str, run: &tolerance::Run) -> Alert {
    let (clinical, sources) = match provenance("tolerance-warning") {
        Some((c, s)) => (Some(c), s),
        None => (None, vec![]),
    };
    let days = run.days;
    let medicine = name.to_lowercase();
    let (title, body) = if run.unknown == 0 {
        (
            text("alert-tolerance-title", &[]),
            text(
                "alert-tolerance-body",
                &[("days", days.into()), ("medicine", medicine.into())],
            ),
        )
    } else {
        (
            text("alert-tolerance-unknown-title", &[]),
            text(
                "alert-tolerance-unknown-body",
                &[
                    ("all", if run.unknown == days { "yes" } else { "no" }.into()),
                    ("days", days.into()),
                    ("unknown", run.unknown.into()),
                    ("medicine", medicine.into()),
                ],
            ),
        )
    };
    Alert {
        kind: AlertKind::ToleranceWarning,
        title,
        body,
        safety_net: Some(text(
            "alert-tolerance-safety",
            &[("emergency", emergency_number().into())],
        )),
        action: AlertAction::ShowMedicine,
        action_label: Some(text("alert-tolerance-action", &[])),
        dismiss_label: None,
        sources,
        last_reviewed: clinical.map(|c| c.last_reviewed.clone()),
        review_by: clinical.map(|c| c.review_by.clone()),
        checked_label: clinical.and_then(checked_words),
        // The article says more about tolerance, naloxone and who to tell.
        article_id: Some("missed-doses-and-tolerance".to_string()),
        medicine_id: Some(medicine_id.to_string()),
        missed_days: Some(days),
        unknown_days: Some(run.unknown),
        appointment_id: None,
        occurrence: None,
    }
}
