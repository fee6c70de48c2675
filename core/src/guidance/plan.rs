//! "My breastfeeding plan": her answers and what the app said, kept in her encrypted vault
//! as a card she can show staff. The advice is stored as it was given, with the date, so
//! the card says exactly what the app told her; if the guidance has changed since, the card
//! says so and she can make it again.

use rusqlite::OptionalExtension;
use serde::Serialize;
use std::time::SystemTime;

use super::decision::{advise, BreastfeedingAdvice};
use super::questions::BreastfeedingAnswers;
use super::{render, set};
use crate::content::{long_date, text};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// A question and her answer, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct AnswerLine {
    pub question: String,
    pub answer: String,
}

/// The card she can show staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct BreastfeedingPlan {
    /// "My breastfeeding plan".
    pub title: String,
    #[serde(with = "crate::time::rfc3339")]
    pub made_at: SystemTime,
    /// The date it was made, in her home time zone ("YYYY-MM-DD").
    pub made_on: String,
    /// "Made on Monday 23 November 2026".
    pub made_on_label: String,
    pub answers: BreastfeedingAnswers,
    pub answers_in_words: Vec<AnswerLine>,
    /// What the app said when the plan was made.
    pub advice: BreastfeedingAdvice,
    /// True when the same answers would now get a different message or reasons.
    pub advice_changed: bool,
    pub advice_changed_label: Option<String>,
    /// "You can show this to your midwife, health visitor or doctor."
    pub show_staff_label: String,
    /// The whole card as plain text, to print or send.
    pub plain_text: String,
}

#[uniffi::export]
impl Vault {
    /// Saves her answers and the advice they get now as her breastfeeding plan, replacing
    /// any earlier plan, in one transaction. Contradictory answers are refused with
    /// `InvalidInput` and nothing is saved.
    pub fn save_breastfeeding_plan(&self, answers: BreastfeedingAnswers, now: SystemTime) -> Result<BreastfeedingPlan> {
        answers.codes()?;
        let made_at = time::unix(now)?;
        let content = set::current()?;
        self.write(|tx| {
            let today = today_in(tx, now)?;
            let advice = advise(&content, &answers, today)?;
            tx.execute(
                "INSERT OR REPLACE INTO breastfeeding_plan (id, answers, advice, content_version, made_at) \
                 VALUES (1, ?1, ?2, ?3, ?4)",
                rusqlite::params![
                    serde_json::to_string(&answers)?,
                    serde_json::to_string(&advice)?,
                    i64::try_from(content.version).unwrap_or(i64::MAX),
                    made_at
                ],
            )?;
            // With her consent, her team gets the plan she would show them.
            crate::sharing::changed(tx, crate::sharing::items::Change::BreastfeedingPlan, made_at)?;
            build(tx, answers, advice, made_at, now)
        })
    }

    /// Her breastfeeding plan, or None if she has not made one.
    pub fn breastfeeding_plan(&self, now: SystemTime) -> Result<Option<BreastfeedingPlan>> {
        self.read(|conn| load(conn, now))
    }

    /// Deletes her breastfeeding plan. Returns whether there was one. A team she shared it
    /// with is told it was removed, so they don't go on reading an old plan.
    pub fn delete_breastfeeding_plan(&self, now: SystemTime) -> Result<bool> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let deleted = tx.execute("DELETE FROM breastfeeding_plan", [])? > 0;
            if deleted {
                crate::sharing::plan_deleted(tx, now)?;
            }
            Ok(deleted)
        })
    }
}

/// Her saved plan as the card, read inside a read or write (sharing builds it too).
pub(crate) fn load(conn: &rusqlite::Connection, now: SystemTime) -> Result<Option<BreastfeedingPlan>> {
    let row: Option<(String, String, i64)> = conn
        .query_row(
            "SELECT answers, advice, made_at FROM breastfeeding_plan WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((answers, advice, made_at)) = row else {
        return Ok(None);
    };
    let answers: BreastfeedingAnswers = serde_json::from_str(&answers)?;
    let advice: BreastfeedingAdvice = serde_json::from_str(&advice)?;
    build(conn, answers, advice, made_at, now).map(Some)
}

fn today_in(conn: &rusqlite::Connection, now: SystemTime) -> Result<jiff::civil::Date> {
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    Ok(time::timestamp(now)?.to_zoned(tz).date())
}

fn build(
    conn: &rusqlite::Connection,
    answers: BreastfeedingAnswers,
    advice: BreastfeedingAdvice,
    made_at: i64,
    now: SystemTime,
) -> Result<BreastfeedingPlan> {
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    let made = jiff::Timestamp::from_second(made_at).map_err(|_| AlongsideError::VaultUnreadable {
        reason: "the plan's date could not be read".to_string(),
    })?;
    let made_on = made.to_zoned(tz).date();
    let today = today_in(conn, now)?;
    let current = advise(&*set::current()?, &answers, today)?;
    let ids = |a: &BreastfeedingAdvice| a.reasons.iter().map(|r| r.rule_id.clone()).collect::<Vec<_>>();
    let advice_changed = current.level != advice.level || ids(&current) != ids(&advice);
    let answers_in_words: Vec<AnswerLine> = answers
        .in_words()?
        .into_iter()
        .map(|(question, answer)| AnswerLine { question, answer })
        .collect();
    let mut plan = BreastfeedingPlan {
        title: text("guidance-plan-title", &[]),
        made_at: time::system_time(made),
        made_on: made_on.to_string(),
        made_on_label: text("guidance-plan-made", &[("date", long_date(made_on).into())]),
        answers,
        answers_in_words,
        advice: BreastfeedingAdvice {
            // Overdue is judged today, not on the day the plan was made.
            review_overdue: current.review_overdue,
            ..advice
        },
        advice_changed,
        advice_changed_label: advice_changed.then(|| text("guidance-plan-changed", &[])),
        show_staff_label: text("guidance-plan-show-staff", &[]),
        plain_text: String::new(),
    };
    plan.plain_text = plain_text(&plan);
    Ok(plan)
}

/// The card as plain text.
pub fn plain_text(p: &BreastfeedingPlan) -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    push(&p.title);
    push(&"=".repeat(p.title.chars().count()));
    push(&p.made_on_label);
    push(&p.show_staff_label);
    if let Some(changed) = &p.advice_changed_label {
        push(changed);
    }
    push("");
    let heading = text("guidance-plan-answers-heading", &[]);
    push(&heading);
    push(&"-".repeat(heading.chars().count()));
    for l in &p.answers_in_words {
        push(&format!("- {} {}", l.question, l.answer));
    }
    push("");
    let heading = text("guidance-plan-said-heading", &[]);
    push(&heading);
    push(&"-".repeat(heading.chars().count()));
    out.push_str(&render::advice(&p.advice));
    out
}
