//! The part of Today that changes gently while her baby is not with her: baby-feeding
//! prompts stop, her own care is offered, and her next family time is easy to find. Built
//! with the rest of Today in one read, so the screen stays one call.

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use super::offers::{self, SupportOffer};
use crate::content::text;
use crate::diary::appointment::{AppointmentKind, AppointmentStatus, Occurrence};
use crate::error::Result;

/// How far ahead Today looks for her next family time: visits are often weekly or
/// fortnightly, sometimes set weeks ahead by the court or the social worker.
const FAMILY_TIME_DAYS: i64 = 62;

/// What Today shows for support mode.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportToday {
    /// True while her baby is not with her (see `baby_status`).
    pub support_mode: bool,
    /// False in support mode: shells show no baby-feeding prompts (the breastfeeding
    /// decision aid, making or showing a breastfeeding plan). She can still open that
    /// guidance herself.
    pub feeding_prompts: bool,
    /// "Care for you", in support mode.
    pub heading: Option<String>,
    pub intro: Option<String>,
    /// Her own care, in the order to show. Empty when not in support mode.
    pub offers: Vec<SupportOffer>,
    /// Her next family time (a visit not cancelled, not yet over), in any mode.
    pub next_family_time: Option<Occurrence>,
    /// "Next family time: Thursday 26 November 2026, 10:00 to 11:00".
    pub next_family_time_label: Option<String>,
}

pub(crate) fn build(conn: &rusqlite::Connection, now: Timestamp, today: Date) -> Result<SupportToday> {
    let support_mode = super::status::support_mode(conn)?;
    let next = next_family_time(conn, now)?;
    Ok(SupportToday {
        support_mode,
        feeding_prompts: !support_mode,
        heading: support_mode.then(|| text("support-today-heading", &[])),
        intro: support_mode.then(|| text("support-today-intro", &[])),
        offers: if support_mode {
            offers::offers(conn, today)?
        } else {
            Vec::new()
        },
        next_family_time_label: next.as_ref().map(|o| {
            text(
                "support-family-time-next",
                &[
                    ("date", o.date_label.as_str().into()),
                    ("time", o.time_label.as_str().into()),
                ],
            )
        }),
        next_family_time: next,
    })
}

fn next_family_time(conn: &rusqlite::Connection, now: Timestamp) -> Result<Option<Occurrence>> {
    let until = now.checked_add((FAMILY_TIME_DAYS * 24).hours()).unwrap_or(now);
    let next = crate::diary::occurrences_in(conn, now, until)?.into_iter().find(|o| {
        o.kind == AppointmentKind::FamilyTime
            && matches!(o.status, AppointmentStatus::Planned | AppointmentStatus::Rescheduled)
    });
    let mut found: Vec<Occurrence> = next.into_iter().collect();
    crate::services::places::attach(conn, &mut found)?;
    Ok(found.pop())
}
