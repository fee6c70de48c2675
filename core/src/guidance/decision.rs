//! The breastfeeding decision aid: every rule whose conditions match her answers fires; the
//! overall message is the most careful level among them; the reasons are the fired rules'
//! reasons in table order, each with its sources. The shared parts (what to watch for,
//! getting help, safe sleep, stopping, why advice differs) come from the `breastfeeding`
//! article, so the advice and the article can never say different things.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::article::{checked_label, GuidanceSection};
use super::contacts::SupportContact;
use super::questions::BreastfeedingAnswers;
use super::rules::AdviceLevel;
use super::set::{self, ContentSet};
use crate::content::SourceRef;
use crate::error::{AlongsideError, Result};

/// Why the app says what it says: one fired rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct AdviceReason {
    pub rule_id: String,
    pub text: String,
    pub level: AdviceLevel,
    pub sources: Vec<SourceRef>,
    /// True where the sources are uncertain or disagree.
    pub uncertain: bool,
    /// Who she can ask about this.
    pub ask: Option<String>,
    /// "You can ask your midwife." — `ask` as a sentence, ready to show.
    pub ask_label: Option<String>,
}

/// What the decision aid says for her answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct BreastfeedingAdvice {
    pub level: AdviceLevel,
    pub headline: String,
    pub body: String,
    pub reasons: Vec<AdviceReason>,
    pub watch_for: GuidanceSection,
    pub get_help_now: GuidanceSection,
    pub safe_sleep: GuidanceSection,
    pub stopping: GuidanceSection,
    pub why_advice_differs: GuidanceSection,
    /// What to do now if something is wrong.
    pub safety_net: Option<String>,
    /// The contacts mentioned anywhere above, for call buttons.
    pub contacts: Vec<SupportContact>,
    pub last_reviewed: String,
    pub review_by: String,
    pub checked_label: String,
    /// True when `now` is past the review-by date: the words may be out of date.
    pub review_overdue: bool,
    /// The version of the content this advice came from.
    pub content_version: u64,
}

/// The advice for `answers`, with review dates judged against `today`.
pub fn advise(set: &ContentSet, answers: &BreastfeedingAnswers, today: Date) -> Result<BreastfeedingAdvice> {
    let codes = answers.codes()?;
    let fired: Vec<_> = set.rules.rules.iter().filter(|r| r.matches(&codes)).collect();
    let level = fired.iter().map(|r| r.level).max().unwrap_or(AdviceLevel::Encouraged);
    let text = set
        .rules
        .levels
        .get(&level)
        .ok_or_else(|| AlongsideError::not_found("guidance level"))?;
    let article = set
        .article(set::BREASTFEEDING_ARTICLE)
        .ok_or_else(|| AlongsideError::not_found("guidance article"))?;
    let section = |h: &str| {
        article
            .section(h)
            .cloned()
            .ok_or_else(|| AlongsideError::not_found("guidance section"))
    };
    let mut contact_ids: Vec<String> = Vec::new();
    for r in &fired {
        for c in &r.contacts {
            if !contact_ids.contains(c) {
                contact_ids.push(c.clone());
            }
        }
    }
    for c in &article.contacts {
        if !contact_ids.contains(&c.id) {
            contact_ids.push(c.id.clone());
        }
    }
    let reasons = fired
        .iter()
        .map(|r| AdviceReason {
            rule_id: r.id.clone(),
            text: r.reason.clone(),
            level: r.level,
            sources: r.sources.clone(),
            uncertain: r.uncertain,
            ask_label: r
                .ask
                .as_deref()
                .map(|who| crate::content::text("guidance-ask", &[("who", who.into())])),
            ask: r.ask.clone(),
        })
        .collect();
    let reviewed: Date = article
        .last_reviewed
        .parse()
        .map_err(|_| AlongsideError::not_found("guidance review date"))?;
    let review_by: Date = article
        .review_by
        .parse()
        .map_err(|_| AlongsideError::not_found("guidance review date"))?;
    Ok(BreastfeedingAdvice {
        level,
        headline: text.headline.clone(),
        body: text.body.clone(),
        reasons,
        watch_for: section(set::WATCH_FOR)?,
        get_help_now: section(set::GET_HELP_NOW)?,
        safe_sleep: section(set::SAFE_SLEEP)?,
        stopping: section(set::STOPPING)?,
        why_advice_differs: section(set::WHY_ADVICE_DIFFERS)?,
        safety_net: article.safety_net.clone(),
        contacts: contact_ids.iter().filter_map(|id| set.contact(id).cloned()).collect(),
        last_reviewed: article.last_reviewed.clone(),
        review_by: article.review_by.clone(),
        checked_label: checked_label(reviewed, review_by),
        review_overdue: today > review_by,
        content_version: set.version,
    })
}
