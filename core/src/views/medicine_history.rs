//! A medicine's history: every change of dose, and each day of a stretch of dates with
//! what she logged for each dose. Changing a dose never rewrites the past, so this is
//! where she (or, if she shares it, her team) sees how the dose went.

use jiff::civil::Date;
use std::time::SystemTime;

use super::diary::MAX_DIARY_DAYS;
use super::today::add_days;
use crate::content::{long_date, short_date, text};
use crate::diary::appointment::check_year;
use crate::diary::dose::DoseView;
use crate::diary::{dose_api, dose_store, medicine_store};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// How many days the history shows when she doesn't say: the last four weeks.
const DEFAULT_DAYS: i64 = 28;

/// One change of dose, oldest first.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DoseChangeRow {
    /// The first day of this dose, "YYYY-MM-DD".
    pub effective_date: String,
    /// "60 mg", or "40 mg and 30 mg" for a split dose.
    pub amount_label: String,
    /// "Every day at 09:00".
    pub schedule_label: String,
    /// "From Monday 2 November 2026: 60 mg".
    pub label: String,
    /// The note she gave with the change, if any.
    pub note: Option<String>,
}

/// One day of the dose calendar.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HistoryDay {
    /// "YYYY-MM-DD".
    pub date: String,
    /// "Tuesday 24 November".
    pub label: String,
    pub is_today: bool,
    /// Each dose of that day with its state and words (`state_label`), scheduled ones by
    /// time, then doses taken as needed.
    pub doses: Vec<DoseView>,
    /// "No dose this day." when it had none (before the start, off-days, after the end).
    pub empty_label: Option<String>,
}

/// Another stretch of dates of the history, ready to ask for.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HistoryPage {
    /// "Earlier" or "Later".
    pub label: String,
    /// Pass these to `medicine_history` ("YYYY-MM-DD").
    pub from: String,
    pub to: String,
}

/// A medicine's dose history over a stretch of dates.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MedicineHistory {
    pub medicine_id: String,
    /// "Methadone: dose history".
    pub title: String,
    /// "Dose changes".
    pub changes_heading: String,
    /// Every dose she has had, oldest first (not only those in the dates shown).
    pub changes: Vec<DoseChangeRow>,
    /// "Your doses".
    pub days_heading: String,
    /// The dates shown, "YYYY-MM-DD", both included.
    pub from: String,
    pub to: String,
    /// "Monday 26 October 2026 to Sunday 22 November 2026".
    pub range_label: String,
    /// Every date shown, oldest first.
    pub days: Vec<HistoryDay>,
    /// The same number of days before these.
    pub earlier: HistoryPage,
    /// The same number of days after these; `None` when they reach today.
    pub later: Option<HistoryPage>,
}

#[uniffi::export]
impl Vault {
    /// The history of `medicine_id` from `from` to `to` ("YYYY-MM-DD", both included; the
    /// four weeks to today when not given). More than 62 days, or an end before the
    /// start, is refused in her words.
    pub fn medicine_history(
        &self,
        medicine_id: String,
        from: Option<String>,
        to: Option<String>,
        now: SystemTime,
    ) -> Result<MedicineHistory> {
        let now = time::timestamp(now)?;
        self.read(|conn| {
            let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
            let today = now.to_zoned(tz.clone()).date();
            let (from, to) = dates(from.as_deref(), to.as_deref(), today)?;
            let m = medicine_store::load_one(conn, &medicine_id)?;
            let log = dose_store::between(conn, from, to, Some(&medicine_id))?;
            let record = m.to_record(today);
            let meds = [m];
            let mut days = Vec::new();
            let mut day = from;
            loop {
                let doses = dose_api::doses_on(&meds, day, &log, &tz);
                days.push(HistoryDay {
                    date: day.to_string(),
                    label: short_date(day),
                    is_today: day == today,
                    empty_label: doses.is_empty().then(|| text("medicine-history-no-dose", &[])),
                    doses,
                });
                if day >= to {
                    break;
                }
                day = add_days(day, 1)?;
            }
            let span = i64::from((to - from).get_days()) + 1;
            let page = |label: &str, by: i64| -> Result<HistoryPage> {
                Ok(HistoryPage {
                    label: text(label, &[]),
                    from: add_days(from, by)?.to_string(),
                    to: add_days(to, by)?.to_string(),
                })
            };
            Ok(MedicineHistory {
                title: text("medicine-history-title", &[("medicine", record.name.as_str().into())]),
                changes_heading: text("medicine-history-changes", &[]),
                changes: record
                    .history
                    .iter()
                    .map(|r| DoseChangeRow {
                        label: text(
                            "medicine-history-change",
                            &[
                                (
                                    "date",
                                    r.effective_date.parse().map(long_date).unwrap_or_default().into(),
                                ),
                                ("amount", r.amount_label.as_str().into()),
                            ],
                        ),
                        effective_date: r.effective_date.clone(),
                        amount_label: r.amount_label.clone(),
                        schedule_label: r.schedule_label.clone(),
                        note: r.note.clone(),
                    })
                    .collect(),
                days_heading: text("medicine-history-days", &[]),
                from: from.to_string(),
                to: to.to_string(),
                range_label: text(
                    "medicine-history-range",
                    &[("from", long_date(from).into()), ("to", long_date(to).into())],
                ),
                days,
                earlier: page("medicine-history-earlier", -span)?,
                later: if to < today {
                    Some(page("medicine-history-later", span)?)
                } else {
                    None
                },
                medicine_id: record.id,
            })
        })
    }
}

/// The dates asked for, or the four weeks to today; refused if unreadable, far out,
/// back to front or too many.
fn dates(from: Option<&str>, to: Option<&str>, today: Date) -> Result<(Date, Date)> {
    let given = |field: &str, d: Option<&str>| -> Result<Option<Date>> {
        match d.map(str::trim).filter(|d| !d.is_empty()) {
            None => Ok(None),
            Some(d) => {
                let d = time::parse_date(field, d)?;
                check_year(field, d)?;
                Ok(Some(d))
            }
        }
    };
    let (from, to) = match (given("from", from)?, given("to", to)?) {
        (Some(f), Some(t)) => (f, t),
        (Some(f), None) => (f, add_days(f, DEFAULT_DAYS - 1)?.min(today).max(f)),
        (None, Some(t)) => (add_days(t, 1 - DEFAULT_DAYS)?, t),
        (None, None) => (add_days(today, 1 - DEFAULT_DAYS)?, today),
    };
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
    Ok((from, to))
}
