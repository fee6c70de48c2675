//! What Today offers her while her baby is not with her: her own care, gently. She is
//! still a mother and still a postnatal patient, so the offers are her 6 to 8 week check,
//! her body and milk, how she is feeling, her medicine and staying safe, and contraception
//! without pressure. Each links to the guidance article that says more, with its sources
//! and review dates. The check is due 6 to 8 weeks after the birth: when she has told the
//! app her baby's date of birth, the offer shows those dates and comes with a ready
//! appointment in them; when she has not, it is offered without a date (the app does not
//! guess one) and says how she can get the dates.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use crate::content::{long_date, text, SourceRef};
use crate::diary::appointment::{AppointmentDraft, AppointmentKind, AppointmentStatus};
use crate::diary::appointment_store;
use crate::error::{AlongsideError, Result};
use crate::guidance::set;

/// What an offer is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportOfferKind {
    /// Her own 6 to 8 week check, as an appointment to confirm.
    PostnatalCheck,
    /// Comfort, and stopping or expressing milk safely.
    BodyAndMilk,
    MentalHealth,
    /// Her medicine, tolerance, overdose risk and naloxone.
    MedicationAndSafety,
    /// Offered last, and worded without pressure.
    Contraception,
}

/// One thing Today offers her in support mode. She can open it, act on it, or leave it.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportOffer {
    pub kind: SupportOfferKind,
    pub title: String,
    pub body: String,
    /// The guidance article that says more (`guidance_article(id)`).
    pub article_id: String,
    /// "Read more".
    pub read_label: String,
    /// Where the article's advice comes from.
    pub sources: Vec<SourceRef>,
    /// "Checked Sunday 22 November 2026. Next check by …", from the article.
    pub checked_label: Option<String>,
    /// For the 6 to 8 week check: a ready appointment. She can change any field, then
    /// save it with `add_appointment`.
    pub appointment: Option<AppointmentDraft>,
    /// "Add it to your diary", when there is an appointment to add.
    pub action_label: Option<String>,
    /// For the 6 to 8 week check: when it is due ("It is best between … and …, 6 to 8
    /// weeks after your baby's birth."), or, without her baby's date of birth, how she can
    /// get those dates.
    pub when_label: Option<String>,
    /// For the 6 to 8 week check with her baby's date of birth: the window, "YYYY-MM-DD",
    /// 6 and 8 weeks after the birth.
    pub due_from: Option<String>,
    pub due_until: Option<String>,
}

/// The check's window after the birth, in days: 6 to 8 weeks (NICE NG194).
const DUE_FROM_DAYS: i64 = 6 * 7;
const DUE_UNTIL_DAYS: i64 = 8 * 7;
const SUGGESTED_TIME: &str = "10:00";
const CHECK_MINUTES: u32 = 30;
/// A reminder the day before.
const CHECK_REMINDERS: [u32; 1] = [1440];

/// Words that mark an appointment she already has as her postnatal check. There is no
/// appointment kind for it (it is usually with her GP), so its title is what says so; the
/// list holds the ways women and staff name it, plus the title the offer itself suggests.
const CHECK_TITLE_MARKS: [&str; 6] = [
    "postnatal",
    "post-natal",
    "post natal",
    "6 to 8 week",
    "6-8 week",
    "six week",
];

/// The offers, in the order Today shows them.
pub(crate) fn offers(conn: &rusqlite::Connection, today: Date) -> Result<Vec<SupportOffer>> {
    let mut out = Vec::new();
    if !has_postnatal_check(conn, &text("support-offer-postnatal-check-title", &[]))? {
        let mut check = offer(SupportOfferKind::PostnatalCheck, "postnatal-check-", "postnatal-check")?;
        match super::dates::baby_born(conn)? {
            Some(born) => {
                let from = born.checked_add(DUE_FROM_DAYS.days()).map_err(|_| too_far())?;
                let until = born.checked_add(DUE_UNTIL_DAYS.days()).map_err(|_| too_far())?;
                let range = [("from", long_date(from).into()), ("until", long_date(until).into())];
                let id = if today > until {
                    "support-offer-postnatal-check-window-past"
                } else {
                    "support-offer-postnatal-check-window"
                };
                check.when_label = Some(text(id, &range));
                check.due_from = Some(from.to_string());
                check.due_until = Some(until.to_string());
                check.appointment = Some(postnatal_check_draft(suggested_day(today, from)?)?);
                check.action_label = Some(text("support-offer-postnatal-check-action", &[]));
            }
            None => check.when_label = Some(text("support-offer-postnatal-check-no-date", &[])),
        }
        out.push(check);
    }
    out.push(offer(
        SupportOfferKind::BodyAndMilk,
        "body-and-milk-",
        "your-body-and-milk",
    )?);
    out.push(offer(
        SupportOfferKind::MentalHealth,
        "mental-health-",
        "crisis-and-support",
    )?);
    out.push(offer(
        SupportOfferKind::MedicationAndSafety,
        "medication-",
        "overdose-and-naloxone",
    )?);
    // The check article's "Contraception" section is the one this links to.
    out.push(offer(
        SupportOfferKind::Contraception,
        "contraception-",
        "postnatal-check",
    )?);
    Ok(out)
}

/// An offer's words (`support-offer-{prefix}title` and `…body`) and its article's sources.
fn offer(kind: SupportOfferKind, prefix: &str, article_id: &str) -> Result<SupportOffer> {
    let content = set::current()?;
    let article = content
        .article(article_id)
        .ok_or_else(|| AlongsideError::not_found("guidance article"))?;
    let mut sources: Vec<SourceRef> = Vec::new();
    for s in article.sections.iter().flat_map(|s| &s.sources) {
        if !sources.iter().any(|k| k.id == s.id) {
            sources.push(s.clone());
        }
    }
    Ok(SupportOffer {
        kind,
        title: text(&format!("support-offer-{prefix}title"), &[]),
        body: text(&format!("support-offer-{prefix}body"), &[]),
        article_id: article.id.clone(),
        read_label: text("support-offer-read", &[]),
        sources,
        checked_label: Some(article.checked_label.clone()),
        appointment: None,
        action_label: None,
        when_label: None,
        due_from: None,
        due_until: None,
    })
}

fn too_far() -> AlongsideError {
    AlongsideError::refused("date", "error-date-out-of-range")
}

/// The day to suggest: the first weekday from the start of the window, or from tomorrow
/// when that has passed (a late check is still worth having). She changes it when she
/// books.
fn suggested_day(today: Date, due_from: Date) -> Result<Date> {
    let mut day = due_from.max(today.checked_add(1.day()).map_err(|_| too_far())?);
    while matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
        day = day.checked_add(1.day()).map_err(|_| too_far())?;
    }
    Ok(day)
}

/// The check as a ready appointment on `day`, in the morning, with her GP, reminded the day
/// before.
fn postnatal_check_draft(day: Date) -> Result<AppointmentDraft> {
    Ok(AppointmentDraft {
        title: text("support-offer-postnatal-check-title", &[]),
        kind: AppointmentKind::Gp,
        start: format!("{day}T{SUGGESTED_TIME}"),
        time_zone: None,
        duration_minutes: CHECK_MINUTES,
        location: None,
        with_whom: Some(text("support-offer-postnatal-check-with", &[])),
        notes: None,
        reminder_minutes_before: CHECK_REMINDERS.to_vec(),
        repeat: None,
        venue_id: None,
        clock_change: None,
    })
}

/// Whether her diary already holds a postnatal check that is not cancelled (past or
/// future: one she has had needs no offer either).
fn has_postnatal_check(conn: &rusqlite::Connection, suggested_title: &str) -> Result<bool> {
    let suggested = suggested_title.to_lowercase();
    for s in appointment_store::load_all(conn)? {
        let title = s.v.title.to_lowercase();
        let named = title == suggested || CHECK_TITLE_MARKS.iter().any(|m| title.contains(m));
        let cancelled = |i: u32| {
            s.states
                .get(&i)
                .is_some_and(|st| st.status == AppointmentStatus::Cancelled)
        };
        if named && (0..s.count()).any(|i| !cancelled(i)) {
            return Ok(true);
        }
    }
    Ok(false)
}
