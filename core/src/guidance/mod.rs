//! Guidance: the breastfeeding decision aid and the articles (withdrawal in babies, missed
//! doses and tolerance, overdose and naloxone, the postnatal check, safe sleep, medicines on
//! the ward, crisis and support contacts).
//!
//! Women were told "yes, you can" by one professional and "no, you can't" by another; the
//! app gives one clear, sourced answer she can also show to staff. All of it is content
//! (`content/guidance/`, `content/contacts.toml`, `content/sources.json`), compiled in and
//! parsed here into records both phones render the same way.
//!
//! - [`article`], [`markdown`]: articles (front matter and a strict Markdown subset).
//! - [`contacts`]: the one table of phone numbers and `{contact:id}` placeholders.
//! - [`rules`], [`questions`], [`decision`]: the decision aid's table, form and logic.
//! - [`set`]: a whole checked content set, and the one in use.
//! - [`bundle`]: signed content updates (verified and parsed before they replace anything).
//! - [`plan`]: "My breastfeeding plan", kept in her vault.
//! - [`readability`]: Flesch reading ease, held at 60 or above by tests.
//! - [`render`]: plain text for the CLI and the plan card.
//! - `api`: the exported functions.

mod api;
pub mod article;
pub mod bundle;
pub mod contacts;
pub mod decision;
pub mod error;
pub mod markdown;
pub mod plan;
pub mod questions;
pub mod readability;
pub mod render;
pub mod rules;
pub mod set;

pub use api::{
    breastfeeding_advice, breastfeeding_answers_from_codes, breastfeeding_questions, guidance_article,
    guidance_articles, support_contacts,
};
pub use article::{Article, ArticleSummary, GuidanceBlock, GuidanceSection, RichText, TextRun};
pub use contacts::SupportContact;
pub use decision::{AdviceReason, BreastfeedingAdvice};
pub use plan::{AnswerLine, BreastfeedingPlan};
pub use questions::{
    AnswerOption, BabySituation, BreastfeedingAnswers, BreastfeedingQuestion, HivStatus, OstMedicine, OtherSubstance,
    YesNoAnswer,
};
pub use rules::AdviceLevel;
