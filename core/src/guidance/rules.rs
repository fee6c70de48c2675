//! The decision aid's table (`guidance/breastfeeding/rules.toml`): conditions on her
//! answers mapped to a level and a sourced reason. The rules are data so that the clinical
//! logic can be reviewed, and changed, as one table rather than as code spread around.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::contacts::{self, SupportContact};
use super::error::{ContentError, ContentResult};
use super::questions::Question;
use crate::content::SourceRef;

/// The overall message. Ordered from least to most caution: the strongest fired rule wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum AdviceLevel {
    /// Breastfeeding is encouraged.
    Encouraged,
    /// Encouraged, but talk with your team about something first.
    EncouragedTalk,
    /// Talk with your team before you start.
    TalkFirst,
}

impl AdviceLevel {
    pub const ALL: [AdviceLevel; 3] = [
        AdviceLevel::Encouraged,
        AdviceLevel::EncouragedTalk,
        AdviceLevel::TalkFirst,
    ];
}

/// One rule: when every condition matches her answers, its reason is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub id: String,
    /// Per question, the answers that match; a question matches when any listed answer is
    /// among hers.
    pub when: Vec<(Question, Vec<String>)>,
    pub level: AdviceLevel,
    /// The reason, contacts filled in.
    pub reason: String,
    pub sources: Vec<SourceRef>,
    /// True where sources are uncertain or disagree.
    pub uncertain: bool,
    /// Who to ask.
    pub ask: Option<String>,
    /// Contact ids the rule's words mention.
    pub contacts: Vec<String>,
}

/// A level's headline and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelText {
    pub headline: String,
    pub body: String,
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleTable {
    pub levels: BTreeMap<AdviceLevel, LevelText>,
    pub rules: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    levels: BTreeMap<String, RawLevel>,
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    headline: String,
    body: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    when: BTreeMap<String, OneOrMany>,
    level: String,
    reason: String,
    sources: Vec<String>,
    #[serde(default)]
    uncertain: bool,
    ask: Option<String>,
}

/// Whether `s` is kebab-case: lower-case letters and digits in words joined by '-'.
pub fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

fn level(code: &str) -> Option<AdviceLevel> {
    crate::codes::parse(code)
}

/// Parses and checks the table.
pub fn parse(
    file: &str,
    source: &str,
    sources: &[SourceRef],
    all_contacts: &[SupportContact],
) -> ContentResult<RuleTable> {
    let raw: File = toml::from_str(source).map_err(|e| contacts::toml_error(file, source, &e))?;
    let mut levels = BTreeMap::new();
    let mut unused_contacts = Vec::new();
    for (name, text) in raw.levels {
        let l = level(&name).ok_or_else(|| ContentError::new(file, format!("'{name}' is not a level")))?;
        levels.insert(
            l,
            LevelText {
                headline: contacts::substitute(file, &text.headline, all_contacts, &mut unused_contacts)?,
                body: contacts::substitute(file, &text.body, all_contacts, &mut unused_contacts)?,
            },
        );
    }
    for l in AdviceLevel::ALL {
        if !levels.contains_key(&l) {
            return Err(ContentError::new(
                file,
                format!("the level '{}' has no headline", crate::codes::code(&l)),
            ));
        }
    }
    let mut rules: Vec<Rule> = Vec::new();
    for r in raw.rule {
        let problem = |p: String| ContentError::new(file, format!("rule '{}': {p}", r.id));
        if !is_kebab(&r.id) {
            return Err(problem("the id must be kebab-case".into()));
        }
        if rules.iter().any(|x| x.id == r.id) {
            return Err(problem("the id is used twice".into()));
        }
        if r.when.is_empty() {
            return Err(problem("'when' names no question".into()));
        }
        let mut when = Vec::new();
        for (q, values) in r.when {
            let question = Question::from_code(&q).ok_or_else(|| problem(format!("'{q}' is not a question")))?;
            let values = match values {
                OneOrMany::One(v) => vec![v],
                OneOrMany::Many(v) => v,
            };
            if values.is_empty() {
                return Err(problem(format!("'{q}' lists no answers")));
            }
            let known = question.answers();
            if let Some(v) = values.iter().find(|v| !known.contains(v)) {
                return Err(problem(format!("'{v}' is not an answer to '{q}'")));
            }
            when.push((question, values));
        }
        when.sort_by_key(|(q, _)| *q);
        let level = level(&r.level).ok_or_else(|| problem(format!("'{}' is not a level", r.level)))?;
        if r.sources.is_empty() {
            return Err(problem("every reason needs at least one source".into()));
        }
        let sources = super::article::resolve_sources(file, &r.sources, sources).map_err(|e| problem(e.problem))?;
        let ask = r.ask.filter(|a| !a.trim().is_empty());
        // Where the advice is uncertain or cautious she must be told who can help.
        if (r.uncertain || level != AdviceLevel::Encouraged) && ask.is_none() {
            return Err(problem(
                "needs 'ask' (who to ask) when uncertain or not plainly encouraged".into(),
            ));
        }
        if r.reason.trim().is_empty() {
            return Err(problem("the reason is empty".into()));
        }
        let mut used = Vec::new();
        let reason = contacts::substitute(file, r.reason.trim(), all_contacts, &mut used)?;
        let ask = ask
            .map(|a| contacts::substitute(file, a.trim(), all_contacts, &mut used))
            .transpose()?;
        rules.push(Rule {
            id: r.id,
            when,
            level,
            reason,
            sources,
            uncertain: r.uncertain,
            ask,
            contacts: used,
        });
    }
    if rules.is_empty() {
        return Err(ContentError::new(file, "there are no rules"));
    }
    Ok(RuleTable { levels, rules })
}

impl Rule {
    /// Whether every condition matches her answers (codes per question).
    pub fn matches(&self, answers: &[(Question, std::collections::BTreeSet<String>)]) -> bool {
        self.when.iter().all(|(q, values)| {
            answers
                .iter()
                .find(|(aq, _)| aq == q)
                .is_some_and(|(_, hers)| values.iter().any(|v| hers.contains(v)))
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const LEVELS: &str =
        "[levels.encouraged]\nheadline = \"Breastfeeding is encouraged\"\nbody = \"Yes.\"\n\
        [levels.encouraged_talk]\nheadline = \"Encouraged, talk first\"\nbody = \"Talk.\"\n\
        [levels.talk_first]\nheadline = \"Talk with your team before you start breastfeeding\"\nbody = \"Wait.\"\n";

    fn sources() -> Vec<SourceRef> {
        vec![SourceRef {
            id: "lactmed-methadone".into(),
            organisation: "NLM".into(),
            title: "Methadone".into(),
            year: Some(2024),
            section: None,
            url: None,
            citation: String::new(),
        }]
    }

    fn table(rules: &str) -> ContentResult<RuleTable> {
        parse("rules.toml", &format!("{LEVELS}{rules}"), &sources(), &[])
    }

    const METHADONE: &str =
        "[[rule]]\nid = \"methadone\"\nwhen = { medicine = [\"methadone\"] }\nlevel = \"encouraged\"\n\
        reason = \"A small amount.\"\nsources = [\"lactmed-methadone\"]\n";

    #[test]
    fn a_rule_table_parses_and_a_rule_matches_any_listed_answer() {
        let t = table(METHADONE).unwrap();
        assert_eq!(t.rules.len(), 1);
        let hers = vec![(Question::Medicine, ["methadone".to_string()].into())];
        assert!(t.rules[0].matches(&hers));
        let other = vec![(Question::Medicine, ["buprenorphine".to_string()].into())];
        assert!(!t.rules[0].matches(&other));
    }

    #[test]
    fn unknown_questions_answers_levels_sources_and_a_missing_ask_are_refused() {
        for (from, to) in [
            ("medicine = [", "star_sign = ["),
            ("[\"methadone\"]", "[\"heroin\"]"),
            ("level = \"encouraged\"", "level = \"maybe\""),
            ("[\"lactmed-methadone\"]", "[\"unknown\"]"),
            ("[\"lactmed-methadone\"]", "[]"),
            ("level = \"encouraged\"", "level = \"talk_first\""),
            ("level = \"encouraged\"", "level = \"encouraged\"\nuncertain = true"),
            ("id = \"methadone\"", "id = \"Methadone\""),
            ("reason =", "reasn ="),
        ] {
            assert!(table(&METHADONE.replace(from, to)).is_err(), "{to}");
        }
        let with_ask = METHADONE.replace(
            "level = \"encouraged\"",
            "level = \"talk_first\"\nask = \"your midwife\"",
        );
        assert!(table(&with_ask).is_ok());
        assert!(table(&format!("{METHADONE}{METHADONE}")).is_err(), "duplicate id");
        assert!(parse("rules.toml", METHADONE, &sources(), &[]).is_err(), "no levels");
    }
}
