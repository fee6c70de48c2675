//! The things she can share, found from her diary and built as FHIR R4 resources, each
//! with the dates it belongs to (so a grant's period can be checked) and a line in words
//! for her ledger.

use jiff::civil::{Date, Time};
use jiff::ToSpan;
use rusqlite::Connection;
use serde_json::Value;

use super::fhir::{appointment, medication, Subject};
use super::model::ShareCategory;
use crate::content::{short_date, text};
use crate::diary::appointment::AppointmentKind;
use crate::diary::dose::DoseView;
use crate::diary::{appointment_store, dose_api, dose_store, medicine_store};
use crate::error::Result;
use crate::time;

/// How far ahead an open-ended grant shares appointments: far enough for a series, and
/// bounded so a grant never expands without limit.
const AHEAD_DAYS: i64 = 400;

/// One item ready to queue.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub category: ShareCategory,
    /// For an appointment, its kind: a grant shares only the kinds it covers.
    pub appointment_kind: Option<AppointmentKind>,
    /// "appointment", "medicine", "dose": with `id`, what a version replaces.
    pub kind: &'static str,
    pub id: String,
    /// The dates the item covers, inclusive: one day for an appointment or a dose.
    pub first: Date,
    pub last: Option<Date>,
    pub payload: Value,
    pub summary: String,
}

impl Item {
    /// Whether any of the item's dates falls in `[start, end]`.
    pub fn within(&self, start: Date, end: Option<Date>) -> bool {
        end.is_none_or(|e| self.first <= e) && self.last.is_none_or(|l| l >= start)
    }
}

/// What changed in her diary, for the sharing hook.
#[derive(Debug, Clone)]
pub(crate) enum Change {
    Appointment(String),
    Medicine(String),
    Dose { medicine_id: String, date: Date },
    BreastfeedingPlan,
}

/// Today's date in her home zone, and the zone.
pub(crate) fn today(conn: &Connection, now: jiff::Timestamp) -> Result<(Date, jiff::tz::TimeZone)> {
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    Ok((now.to_zoned(tz.clone()).date(), tz))
}

/// Every item in `categories` with a date in `[start, end]`, for a new grant.
pub(crate) fn in_period(
    conn: &Connection,
    categories: &[ShareCategory],
    start: Date,
    end: Option<Date>,
    now: jiff::Timestamp,
    subject: &Subject,
) -> Result<Vec<Item>> {
    let (today, tz) = today(conn, now)?;
    let mut out = Vec::new();
    if categories.contains(&ShareCategory::Appointments) {
        let last = end.unwrap_or(today.checked_add(AHEAD_DAYS.days()).unwrap_or(today));
        let from = time::resolve(start.to_datetime(Time::midnight()), &tz)?.timestamp();
        let to_day = last.checked_add(1.day()).unwrap_or(last);
        let to = time::resolve(to_day.to_datetime(Time::midnight()), &tz)?.timestamp();
        for o in crate::diary::occurrences_in(conn, from, to)? {
            out.push(occurrence_item(&o, subject)?);
        }
    }
    if categories.contains(&ShareCategory::MedicinesAndDoses) {
        for m in medicine_store::load(conn, None)? {
            out.push(medicine_item(&m, today, subject)?);
        }
        let last = end.unwrap_or(today).min(today);
        if start <= last {
            out.extend(doses(conn, start, last, None, subject)?);
        }
    }
    if categories.contains(&ShareCategory::BreastfeedingPlan) {
        out.extend(plan_item(conn, now, subject)?);
    }
    out.retain(|i| i.within(start, end));
    Ok(out)
}

/// The items a change touches, in every category (grants filter them).
pub(crate) fn for_change(
    conn: &Connection,
    change: &Change,
    now: jiff::Timestamp,
    subject: &Subject,
) -> Result<Vec<Item>> {
    let (today, _) = today(conn, now)?;
    match change {
        Change::Appointment(id) => {
            let series = appointment_store::load(conn, id)?;
            let mut out = Vec::new();
            for i in 0..series.count() {
                if let Some(e) = series.expand(i)? {
                    out.push(occurrence_item(&series.occurrence(&e)?, subject)?);
                }
            }
            Ok(out)
        }
        Change::Medicine(id) => {
            let m = medicine_store::load_one(conn, id)?;
            Ok(vec![medicine_item(&m, today, subject)?])
        }
        Change::Dose { medicine_id, date } => doses(conn, *date, *date, Some(medicine_id), subject),
        Change::BreastfeedingPlan => Ok(plan_item(conn, now, subject)?.into_iter().collect()),
    }
}

/// Her breastfeeding plan, as the card she would show staff, sent as a FHIR
/// `CommunicationRequest` to her team (dated the day she made it).
fn plan_item(conn: &Connection, now: jiff::Timestamp, subject: &Subject) -> Result<Option<Item>> {
    let Some(plan) = crate::guidance::plan::load(conn, time::system_time(now))? else {
        return Ok(None);
    };
    let made_on: Date = time::parse_date("plan date", &plan.made_on)?;
    Ok(Some(Item {
        category: ShareCategory::BreastfeedingPlan,
        appointment_kind: None,
        kind: "breastfeeding-plan",
        id: "breastfeeding-plan".into(),
        first: made_on,
        last: Some(made_on),
        payload: super::fhir::communication::request(
            "breastfeeding-plan",
            subject,
            &plan.title,
            &plan.plain_text,
            super::fhir::communication::Priority::Routine,
            plan.made_at,
        )?,
        summary: text("share-item-plan", &[("date", short_date(made_on).into())]),
    }))
}

fn occurrence_item(o: &crate::diary::appointment::Occurrence, subject: &Subject) -> Result<Item> {
    let date: Date = time::parse_local("start", &o.start_local)?.date();
    Ok(Item {
        category: ShareCategory::Appointments,
        appointment_kind: Some(o.kind),
        kind: "appointment",
        id: appointment::resource_id(o),
        first: date,
        last: Some(date),
        payload: appointment::appointment(o, subject)?,
        summary: text(
            "share-item-appointment",
            &[
                ("title", o.title.as_str().into()),
                ("date", short_date(date).into()),
                ("status", o.status_label.as_str().into()),
            ],
        ),
    })
}

fn medicine_item(m: &medicine_store::Stored, today: Date, subject: &Subject) -> Result<Item> {
    let record = m.to_record(today);
    Ok(Item {
        category: ShareCategory::MedicinesAndDoses,
        appointment_kind: None,
        kind: "medicine",
        id: super::fhir::id(&m.id),
        first: m.start,
        last: m.end,
        payload: medication::statement(&record, subject, today)?,
        summary: text(
            "share-item-medicine",
            &[
                ("name", record.name.as_str().into()),
                ("dose", record.current.amount_label.as_str().into()),
            ],
        ),
    })
}

fn doses(conn: &Connection, from: Date, to: Date, medicine: Option<&str>, subject: &Subject) -> Result<Vec<Item>> {
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    let meds = medicine_store::load(conn, medicine)?;
    let log = dose_store::between(conn, from, to, medicine)?;
    let mut out = Vec::new();
    let mut day = from;
    while day <= to {
        for d in dose_api::doses_on(&meds, day, &log, &tz) {
            if let Some(item) = dose_item(&d, day, subject)? {
                out.push(item);
            }
        }
        match day.checked_add(1.day()) {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    Ok(out)
}

fn dose_item(d: &DoseView, date: Date, subject: &Subject) -> Result<Option<Item>> {
    let Some(payload) = medication::administration(d, subject)? else {
        return Ok(None);
    };
    Ok(Some(Item {
        category: ShareCategory::MedicinesAndDoses,
        appointment_kind: None,
        kind: "dose",
        id: payload["id"].as_str().unwrap_or_default().to_string(),
        first: date,
        last: Some(date),
        summary: text(
            "share-item-dose",
            &[
                ("name", d.medicine_name.as_str().into()),
                ("amount", d.amount_label.as_str().into()),
                ("date", short_date(date).into()),
                ("state", d.state_label.as_str().into()),
            ],
        ),
        payload,
    }))
}
