//! The guidance functions the shells call. They are free functions, not [`Vault`] methods:
//! guidance is public, identical for everyone and holds nothing of hers, and crisis
//! contacts in particular must be reachable without the passcode (she may have forgotten
//! it, or be in crisis). Only her saved plan, which is personal, lives in the vault.
//!
//! [`Vault`]: crate::Vault

use std::collections::HashMap;
use std::time::SystemTime;

use super::article::{Article, ArticleSummary};
use super::contacts::SupportContact;
use super::decision::{advise, BreastfeedingAdvice};
use super::questions::{self, BreastfeedingAnswers, BreastfeedingQuestion};
use super::set;
use crate::error::{AlongsideError, Result};
use crate::time;

/// Every guidance article, for the list screen: the essential ones first.
#[uniffi::export]
pub fn guidance_articles() -> Result<Vec<ArticleSummary>> {
    Ok(set::current()?.articles.iter().map(Article::summary).collect())
}

/// One article, ready to show. `NotFound` for an unknown id.
#[uniffi::export]
pub fn guidance_article(id: String) -> Result<Article> {
    set::current()?
        .article(&id)
        .cloned()
        .ok_or_else(|| AlongsideError::not_found("guidance article"))
}

/// Every crisis and support line, from the single contacts table. Works while the vault
/// is locked.
#[uniffi::export]
pub fn support_contacts() -> Result<Vec<SupportContact>> {
    Ok(set::current()?.contacts.clone())
}

/// The breastfeeding questions, each with its answers and every word to show, so the
/// form needs no words of its own.
#[uniffi::export]
pub fn breastfeeding_questions() -> Vec<BreastfeedingQuestion> {
    questions::questions()
}

/// Builds her answers from the codes a form collects, question id to answer codes (see
/// [`breastfeeding_questions`]). A question left out counts as "prefer not to say".
/// Unknown codes, two answers to a one-answer question, or "none" with another answer are
/// refused with `InvalidInput`.
#[uniffi::export]
pub fn breastfeeding_answers_from_codes(codes: HashMap<String, Vec<String>>) -> Result<BreastfeedingAnswers> {
    BreastfeedingAnswers::from_codes(&codes)
}

/// What the decision aid says for her answers: the overall message, every reason with
/// its sources, and what to watch for, when to get help, safe sleep, stopping, and why
/// advice can differ. `now` decides whether the guidance is past its review date.
/// Contradictory answers are refused with `InvalidInput`.
#[uniffi::export]
pub fn breastfeeding_advice(answers: BreastfeedingAnswers, now: SystemTime) -> Result<BreastfeedingAdvice> {
    // Guidance is not tied to a vault, so "today" is in the app's default zone; a day's
    // difference only matters on the review date itself.
    let today = time::timestamp(now)?.to_zoned(time::zone(time::DEFAULT_ZONE)?).date();
    advise(&*set::current()?, &answers, today)
}
