//! The dose actions the shells call: log a scheduled dose, log an as-needed dose, list.

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use std::collections::HashMap;
use std::time::SystemTime;

use super::dose::{DoseEntry, DosePart, DoseState, DoseStatus, DoseView};
use super::dose_store::{self as store, Logged};
use super::medicine::{DoseSlot, DoseUnit};
use super::medicine_store::{self, Stored};
use crate::content::{label, text};
use crate::error::{AlongsideError, Result};
use crate::sharing::items::Change;
use crate::time;
use crate::vault::Vault;

/// The longest list one call returns, so a typo in a year cannot ask for centuries.
const MAX_LIST_DAYS: i32 = 400;
/// A phone clock a few minutes fast should not refuse a dose logged "now".
const CLOCK_SLACK_SECONDS: i64 = 5 * 60;

#[uniffi::export]
impl Vault {
    /// Records what happened to a scheduled dose on `date` ("YYYY-MM-DD"). For taken and
    /// partly taken doses `taken_at` defaults to now. For a partly taken dose she may say
    /// how much she took (`amount_taken`, less than the dose due). Refused for future days
    /// and for days with no such dose scheduled.
    ///
    /// A dose already logged is never changed silently. Logging another status over it
    /// (missed over taken, say) is refused with `NeedsConfirmation`, whose question the
    /// shell asks; her yes is the same call with `confirm_change`. Logging the same status
    /// again keeps the time and note already recorded unless new ones are given. Asking
    /// first, rather than keeping every version, keeps her record as she meant it: a
    /// stray tap cannot turn a taken dose into a missed one (which her team may see and
    /// which counts towards the tolerance warning), and no trail of corrections is left
    /// for someone else to read into.
    pub fn log_dose(&self, entry: DoseEntry, now: SystemTime) -> Result<()> {
        let DoseEntry {
            medicine_id,
            date,
            slot,
            status,
            taken_at,
            note,
            amount_taken,
            confirm_change,
        } = entry;
        let now_ts = time::timestamp(now)?;
        let date = time::parse_date("date", &date)?;
        let note = super::appointment::clean_notes("note", &note)?;
        if slot == DoseSlot::AsNeeded {
            return Err(AlongsideError::refused("dose", "error-dose-as-needed-separately"));
        }
        let explicit_time = taken_at.is_some();
        let mut taken_at = taken_time(status, taken_at, now_ts)?;
        let mut note = note;
        self.write(|tx| {
            let tz = time::zone(&crate::vault::settings_zone(tx)?)?;
            if date > now_ts.to_zoned(tz).date() {
                return Err(AlongsideError::refused("date", "error-dose-in-future"));
            }
            let m = medicine_store::load_one(tx, &medicine_id)?;
            let due = m.regimen_on(date).map(|r| r.due_on(date)).unwrap_or_default();
            let Some(due) = due.iter().find(|d| d.slot == slot) else {
                return Err(AlongsideError::refused("dose", "error-dose-not-scheduled"));
            };
            check_amount_taken(status, amount_taken, due.amount, m.unit)?;
            let before = store::between(tx, date, date, Some(&medicine_id))?
                .into_iter()
                .find(|l| l.slot == slot.code());
            if let Some(before) = before {
                if before.status != status && !confirm_change {
                    return Err(change_question(before.status, status));
                }
                if before.status == status {
                    if !explicit_time {
                        taken_at = before.taken_at;
                    }
                    note = note.or(before.note);
                }
            }
            let entry = Logged {
                id: uuid::Uuid::new_v4().to_string(),
                medicine_id: medicine_id.clone(),
                date,
                slot: slot.code(),
                status,
                taken_at,
                // A scheduled dose's amount is the one due; only a part taken is stored.
                amount: amount_taken,
                note,
            };
            store::upsert_scheduled(tx, &entry, now_ts.as_second())?;
            let change = Change::Dose {
                medicine_id: entry.medicine_id.clone(),
                date: entry.date,
            };
            crate::sharing::changed(tx, change, now_ts.as_second())
        })
    }

    /// Records a dose taken as needed (any medicine) and returns the entry's id.
    pub fn log_as_needed_dose(
        &self,
        medicine_id: String,
        taken_at: SystemTime,
        amount: f64,
        note: Option<String>,
        now: SystemTime,
    ) -> Result<String> {
        let now_ts = time::timestamp(now)?;
        let at = time::timestamp(taken_at)?;
        if at.as_second() > now_ts.as_second() + CLOCK_SLACK_SECONDS {
            return Err(AlongsideError::refused("taken at", "error-dose-taken-in-future"));
        }
        if !amount.is_finite() || amount <= 0.0 {
            return Err(AlongsideError::refused("dose", "error-dose-above-zero"));
        }
        let note = super::appointment::clean_notes("note", &note)?;
        self.write(|tx| {
            let tz = time::zone(&crate::vault::settings_zone(tx)?)?;
            let m = medicine_store::load_one(tx, &medicine_id)?;
            let date = at.to_zoned(tz).date();
            if date < m.start {
                return Err(AlongsideError::refused("taken at", "error-before-medicine-started"));
            }
            let entry = Logged {
                id: uuid::Uuid::new_v4().to_string(),
                medicine_id: m.id.clone(),
                date,
                slot: None,
                status: DoseStatus::Taken,
                taken_at: Some(at.as_second()),
                amount: Some(amount),
                note,
            };
            store::insert_as_needed(tx, &entry, now_ts.as_second())?;
            let change = Change::Dose {
                medicine_id: entry.medicine_id.clone(),
                date: entry.date,
            };
            crate::sharing::changed(tx, change, now_ts.as_second())?;
            Ok(entry.id)
        })
    }

    /// Every scheduled dose from `from_date` to `to_date` inclusive, with what she logged,
    /// plus any as-needed doses, in date and time order.
    pub fn doses_between(&self, from_date: String, to_date: String) -> Result<Vec<DoseView>> {
        let (from, to) = time::date_range(&from_date, &to_date, MAX_LIST_DAYS)?;
        self.read(|conn| {
            let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
            let meds = medicine_store::load(conn, None)?;
            let log = store::between(conn, from, to, None)?;
            let mut out = Vec::new();
            let mut day = from;
            while day <= to {
                out.extend(doses_on(&meds, day, &log, &tz));
                day = day
                    .checked_add(1.day())
                    .map_err(|_| AlongsideError::refused("to", "error-date-far-away"))?;
            }
            Ok(out)
        })
    }
}

/// An amount taken goes only with a partly taken dose, and is more than none and less
/// than the dose due (all of it is "taken").
fn check_amount_taken(status: DoseStatus, amount: Option<f64>, due: f64, unit: DoseUnit) -> Result<()> {
    let Some(amount) = amount else { return Ok(()) };
    if status != DoseStatus::PartlyTaken {
        return Err(AlongsideError::invalid(
            "amount taken",
            &text("dose-amount-taken-not-partly", &[]),
        ));
    }
    if !amount.is_finite() || amount <= 0.0 || amount >= due {
        let due = crate::content::amount_words(due, unit);
        return Err(AlongsideError::invalid(
            "amount taken",
            &text("dose-amount-taken-range", &[("due", due.into())]),
        ));
    }
    Ok(())
}

/// About a quarter, half and three quarters of `due`, to two decimal places: each more
/// than none and less than the dose, as `check_amount_taken` asks.
fn part_choices(due: f64, unit: DoseUnit) -> Vec<DosePart> {
    [
        (0.25, "dose-part-quarter"),
        (0.5, "dose-part-half"),
        (0.75, "dose-part-three-quarters"),
    ]
    .into_iter()
    .map(|(share, id)| ((due * share * 100.0).round() / 100.0, id))
    .filter(|(amount, _)| *amount > 0.0 && *amount < due)
    .map(|(amount, id)| DosePart {
        amount,
        label: text(id, &[("amount", crate::content::amount_words(amount, unit).into())]),
    })
    .collect()
}

/// The question asked before a logged dose changes status, in her words.
fn change_question(from: DoseStatus, to: DoseStatus) -> AlongsideError {
    let words = |s: DoseStatus| label("dose-state", &DoseState::from(s)).to_lowercase();
    AlongsideError::NeedsConfirmation {
        question: text(
            "dose-change-question",
            &[("from", words(from).into()), ("to", words(to).into())],
        ),
        confirm_label: text("dose-change-confirm", &[]),
        cancel_label: text("dose-change-keep", &[]),
    }
}

fn taken_time(status: DoseStatus, taken_at: Option<SystemTime>, now: Timestamp) -> Result<Option<i64>> {
    let at = match (status, taken_at) {
        (DoseStatus::Missed, _) => return Ok(None),
        (_, Some(t)) => time::timestamp(t)?,
        (_, None) => now,
    };
    if at.as_second() > now.as_second() + CLOCK_SLACK_SECONDS {
        return Err(AlongsideError::refused("taken at", "error-dose-taken-in-future"));
    }
    Ok(Some(at.as_second()))
}

fn place_label(take_home: bool) -> String {
    text(
        if take_home {
            "dose-place-home"
        } else {
            "dose-place-pharmacy"
        },
        &[],
    )
}

/// A dose time on `date` as she should see it: the true local time, and words when the
/// clocks change over it. A dose time in the spring-forward gap is due when the clock
/// reaches it after the change (01:30 becomes 02:30, as a calendar does); a dose time that
/// happens twice is due the first time. Reminders fire at the same instants.
fn dose_time(date: Date, at: jiff::civil::Time, tz: &jiff::tz::TimeZone) -> (String, Option<String>) {
    let nominal = date.to_datetime(at);
    let Ok(z) = time::resolve(nominal, tz) else {
        return (time::format_time(at), None);
    };
    let words = time::clock_change_words(nominal, &z, &z);
    (time::format_time(z.time()), words)
}

/// The doses of `date` for every active medicine, with their logged state.
pub(crate) fn doses_on(meds: &[Stored], date: Date, log: &[Logged], tz: &jiff::tz::TimeZone) -> Vec<DoseView> {
    let logged: HashMap<(&str, i64), &Logged> = log
        .iter()
        .filter(|l| l.date == date)
        .filter_map(|l| l.slot.map(|s| ((l.medicine_id.as_str(), s), l)))
        .collect();
    let mut out = Vec::new();
    for m in meds {
        let Some(regimen) = m.regimen_on(date) else { continue };
        for due in regimen.due_on(date) {
            let entry = due.slot.code().and_then(|c| logged.get(&(m.id.as_str(), c)));
            let state = entry.map(|e| e.status.into()).unwrap_or(DoseState::NotYetLogged);
            let take_home = m.is_take_home(date, due.slot);
            let (scheduled_time, clock_change_label) = dose_time(date, due.time, tz);
            out.push(DoseView {
                medicine_id: m.id.clone(),
                medicine_name: m.name.clone(),
                date: date.to_string(),
                slot: due.slot,
                slot_label: label("slot", &due.slot),
                scheduled_time: Some(scheduled_time),
                clock_change_label,
                amount: due.amount,
                unit: m.unit,
                unit_label: label("unit", &m.unit),
                amount_label: crate::content::amount_words(due.amount, m.unit),
                loggable: true,
                take_home,
                place_label: place_label(take_home),
                state,
                state_label: label("dose-state", &state),
                taken_at: entry
                    .and_then(|e| e.taken_at)
                    .and_then(|s| Timestamp::from_second(s).ok())
                    .map(time::system_time),
                note: entry.and_then(|e| e.note.clone()),
                amount_taken: entry
                    .filter(|e| e.status == DoseStatus::PartlyTaken)
                    .and_then(|e| e.amount),
                amount_taken_label: entry
                    .filter(|e| e.status == DoseStatus::PartlyTaken)
                    .and_then(|e| e.amount)
                    .map(|a| crate::content::amount_words(a, m.unit)),
                part_choices: if state == DoseState::PartlyTaken {
                    part_choices(due.amount, m.unit)
                } else {
                    vec![]
                },
            });
        }
    }
    for l in log.iter().filter(|l| l.date == date && l.slot.is_none()) {
        let Some(m) = meds.iter().find(|m| m.id == l.medicine_id) else {
            continue;
        };
        out.push(DoseView {
            medicine_id: m.id.clone(),
            medicine_name: m.name.clone(),
            date: date.to_string(),
            slot: DoseSlot::AsNeeded,
            slot_label: label("slot", &DoseSlot::AsNeeded),
            scheduled_time: None,
            clock_change_label: None,
            amount: l.amount.unwrap_or(0.0),
            unit: m.unit,
            unit_label: label("unit", &m.unit),
            amount_label: crate::content::amount_words(l.amount.unwrap_or(0.0), m.unit),
            loggable: false,
            take_home: true,
            place_label: place_label(true),
            state: l.status.into(),
            state_label: label("dose-state", &DoseState::from(l.status)),
            taken_at: l
                .taken_at
                .and_then(|s| Timestamp::from_second(s).ok())
                .map(time::system_time),
            note: l.note.clone(),
            // An as-needed dose's amount is the whole dose she took.
            amount_taken: None,
            amount_taken_label: None,
            part_choices: vec![],
        });
    }
    out.sort_by(|a, b| {
        a.scheduled_time
            .is_none()
            .cmp(&b.scheduled_time.is_none())
            .then(a.scheduled_time.cmp(&b.scheduled_time))
            .then(a.medicine_name.cmp(&b.medicine_name))
    });
    out
}
