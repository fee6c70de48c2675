//! Asking, once, about opioid treatment doses nobody logged.
//!
//! The tolerance warning can only be as honest as the log. When days of the last week have
//! nothing logged, Today asks kindly ("Did you have your methadone on Tuesday, Wednesday
//! and Thursday?"), and she can answer each day or all at once: yes, no, or "I'm not sure".
//! Yes and no fill in only the doses not yet logged (nothing she logged is changed); "I'm
//! not sure" and "Not now" are remembered, so the same days are never asked about again.
//! Days before she added the medicine are not asked about: she had no way to log them.

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::{params, Connection};
use std::collections::{HashMap, HashSet};
use std::time::SystemTime;

use super::dose::DoseStatus;
use super::dose_store::{self, Logged};
use super::medicine_store::{self, Stored};
use super::tolerance::{self, Day};
use crate::content::{label, short_date, text};
use crate::error::{AlongsideError, Result};
use crate::sharing::items::Change;
use crate::time::{self, Weekday};
use crate::vault::Vault;

/// How many days back Today asks about (yesterday and the five days before it): short
/// enough that each can be named by its weekday alone.
pub const ASK_DAYS: i64 = 6;
/// The most days one answer can cover.
const MAX_ANSWER_DAYS: usize = 60;

/// Her answer about a day's doses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DoseAnswer {
    /// She had it: the day's unlogged doses are logged as taken (time not known).
    Yes,
    /// She didn't: the day's unlogged doses are logged as missed.
    No,
    /// She isn't sure: nothing is logged, and the day is not asked about again.
    NotSure,
}

/// One answer she can give, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DoseAnswerChoice {
    pub answer: DoseAnswer,
    pub label: String,
}

/// A day the question is about.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DoseQuestionDay {
    /// "YYYY-MM-DD", to pass back to `answer_dose_question`.
    pub date: String,
    /// "Tuesday 24 November".
    pub label: String,
}

/// Today's question about days of one medicine with nothing logged.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DoseQuestion {
    pub medicine_id: String,
    /// "Did you have your methadone on Tuesday, Wednesday and Thursday?"
    pub question: String,
    /// Why it asks, and that not being sure is fine.
    pub intro: String,
    /// The days, oldest first.
    pub days: Vec<DoseQuestionDay>,
    /// Answers for one day: `answer_dose_question(medicine_id, [day], answer)`.
    pub answers: Vec<DoseAnswerChoice>,
    /// Answers for every day at once (empty when it asks about one day):
    /// `answer_dose_question(medicine_id, all the days, answer)`.
    pub all_answers: Vec<DoseAnswerChoice>,
    /// "Not now": `dismiss_dose_question(medicine_id, all the days)`. It won't ask about
    /// these days again.
    pub dismiss_label: String,
}

#[uniffi::export]
impl Vault {
    /// Answers Today's question about days with nothing logged (`DoseQuestion`), for one
    /// day or several ("YYYY-MM-DD"). Yes and no log only the doses not yet logged those
    /// days; nothing already logged is changed. "I'm not sure" logs nothing. Either way the
    /// days are not asked about again.
    pub fn answer_dose_question(
        &self,
        medicine_id: String,
        dates: Vec<String>,
        answer: DoseAnswer,
        now: SystemTime,
    ) -> Result<()> {
        let now_ts = time::timestamp(now)?;
        let dates = parse_dates(&dates)?;
        self.write(|tx| {
            let tz = time::zone(&crate::vault::settings_zone(tx)?)?;
            let today = now_ts.to_zoned(tz).date();
            let m = medicine_store::load_one(tx, &medicine_id)?;
            for date in &dates {
                let due = due_slots(&m, *date, today)?;
                match answer {
                    DoseAnswer::NotSure => remember(tx, &m.id, *date, "not_sure", now_ts.as_second())?,
                    DoseAnswer::Yes | DoseAnswer::No => {
                        let status = if answer == DoseAnswer::Yes {
                            DoseStatus::Taken
                        } else {
                            DoseStatus::Missed
                        };
                        let logged = dose_store::between(tx, *date, *date, Some(&m.id))?;
                        for slot in due {
                            if logged.iter().any(|l| l.slot == Some(slot)) {
                                continue;
                            }
                            let entry = Logged {
                                id: uuid::Uuid::new_v4().to_string(),
                                medicine_id: m.id.clone(),
                                date: *date,
                                slot: Some(slot),
                                status,
                                taken_at: None,
                                amount: None,
                                note: None,
                            };
                            dose_store::insert_scheduled(tx, &entry, now_ts.as_second())?;
                        }
                        let change = Change::Dose {
                            medicine_id: m.id.clone(),
                            date: *date,
                        };
                        crate::sharing::changed(tx, change, now_ts.as_second())?;
                    }
                }
            }
            Ok(())
        })
    }

    /// Sets Today's question about days with nothing logged aside ("Not now"): it won't
    /// ask about these days ("YYYY-MM-DD") again. Nothing is logged.
    pub fn dismiss_dose_question(&self, medicine_id: String, dates: Vec<String>, now: SystemTime) -> Result<()> {
        let now_ts = time::timestamp(now)?;
        let dates = parse_dates(&dates)?;
        self.write(|tx| {
            let tz = time::zone(&crate::vault::settings_zone(tx)?)?;
            let today = now_ts.to_zoned(tz).date();
            let m = medicine_store::load_one(tx, &medicine_id)?;
            for date in &dates {
                due_slots(&m, *date, today)?;
                remember(tx, &m.id, *date, "dismissed", now_ts.as_second())?;
            }
            Ok(())
        })
    }
}

fn parse_dates(dates: &[String]) -> Result<Vec<Date>> {
    if dates.is_empty() || dates.len() > MAX_ANSWER_DAYS {
        return Err(AlongsideError::invalid("dates", &text("dose-question-no-days", &[])));
    }
    dates.iter().map(|d| time::parse_date("date", d)).collect()
}

/// The slots of a daily dose due on a past `date`, or a refusal in her words.
fn due_slots(m: &Stored, date: Date, today: Date) -> Result<Vec<i64>> {
    if date >= today {
        return Err(AlongsideError::invalid(
            "date",
            &text("dose-question-past-days-only", &[]),
        ));
    }
    let slots: Vec<i64> = m
        .regimen_on(date)
        .filter(|r| r.is_daily())
        .map(|r| r.due_on(date))
        .unwrap_or_default()
        .iter()
        .filter_map(|d| d.slot.code())
        .collect();
    if slots.is_empty() {
        return Err(AlongsideError::invalid(
            "date",
            &text("dose-question-no-dose-then", &[]),
        ));
    }
    Ok(slots)
}

fn remember(conn: &Connection, medicine_id: &str, date: Date, answer: &str, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO dose_day_answers (medicine_id, date, answer, recorded_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (medicine_id, date) DO UPDATE SET answer = excluded.answer, recorded_at = excluded.recorded_at",
        params![medicine_id, date.to_string(), answer, now],
    )?;
    Ok(())
}

/// Days she answered "I'm not sure" or set aside, from `since` on, with the answer.
pub(crate) fn answered(conn: &Connection, since: Date) -> Result<HashMap<(String, Date), String>> {
    let mut stmt = conn.prepare_cached("SELECT medicine_id, date, answer FROM dose_day_answers WHERE date >= ?1")?;
    let rows = stmt.query_map([since.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    let mut out = HashMap::new();
    for row in rows {
        let (id, date, answer) = row?;
        if let Ok(d) = date.parse::<Date>() {
            out.insert((id, d), answer);
        }
    }
    Ok(out)
}

/// Days she said she was not sure about, from an `answered` map.
pub(crate) fn not_sure(answered: &HashMap<(String, Date), String>) -> HashSet<(String, Date)> {
    answered
        .iter()
        .filter(|(_, a)| a.as_str() == "not_sure")
        .map(|(k, _)| k.clone())
        .collect()
}

/// The day she added each medicine to the app, in her zone: the first day she could have
/// logged it.
pub(crate) fn added_on(conn: &Connection, tz: &jiff::tz::TimeZone) -> Result<HashMap<String, Date>> {
    let mut stmt = conn.prepare_cached("SELECT id, created_at FROM medicines")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    let mut out = HashMap::new();
    for row in rows {
        let (id, at) = row?;
        if let Ok(t) = jiff::Timestamp::from_second(at) {
            out.insert(id, t.to_zoned(tz.clone()).date());
        }
    }
    Ok(out)
}

/// Today's question for medicine `m`, if days of the last week have nothing logged and she
/// has not answered or set them aside.
pub(crate) fn question(
    m: &Stored,
    today: Date,
    log: &[Logged],
    first_day: Date,
    answered: &HashMap<(String, Date), String>,
) -> Option<DoseQuestion> {
    if !m.kind.is_opioid_treatment() {
        return None;
    }
    let logged = tolerance::by_slot(m, log);
    let mut days = Vec::new();
    for back in (1..=ASK_DAYS).rev() {
        let Ok(day) = today.checked_sub(back.days()) else {
            continue;
        };
        if day < first_day || answered.contains_key(&(m.id.clone(), day)) {
            continue;
        }
        if tolerance::classify(m, day, &logged) == Some(Day::Unknown) {
            days.push(day);
        }
    }
    if days.is_empty() {
        return None;
    }
    let weekdays: Vec<String> = days
        .iter()
        .map(|d| label("weekday", &Weekday::from(d.weekday())))
        .collect();
    let listed = match weekdays.split_last() {
        Some((last, rest)) if !rest.is_empty() => text(
            "dose-question-and",
            &[("first", rest.join(", ").into()), ("last", last.as_str().into())],
        ),
        _ => weekdays.concat(),
    };
    let count = days.len();
    let choice = |answer, id: &str| DoseAnswerChoice {
        answer,
        label: text(id, &[]),
    };
    Some(DoseQuestion {
        medicine_id: m.id.clone(),
        question: text(
            "dose-question",
            &[("medicine", m.name.to_lowercase().into()), ("days", listed.into())],
        ),
        intro: text("dose-question-intro", &[("count", count.into())]),
        days: days
            .iter()
            .map(|d| DoseQuestionDay {
                date: d.to_string(),
                label: short_date(*d),
            })
            .collect(),
        answers: vec![
            choice(DoseAnswer::Yes, "dose-answer-yes"),
            choice(DoseAnswer::No, "dose-answer-no"),
            choice(DoseAnswer::NotSure, "dose-answer-not-sure"),
        ],
        all_answers: if count > 1 {
            vec![
                choice(DoseAnswer::Yes, "dose-answer-all-yes"),
                choice(DoseAnswer::No, "dose-answer-all-no"),
                choice(DoseAnswer::NotSure, "dose-answer-all-not-sure"),
            ]
        } else {
            vec![]
        },
        dismiss_label: text("dose-question-dismiss", &[]),
    })
}
