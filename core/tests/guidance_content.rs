//! The checks CONTENT.md asks of every word of guidance, run over the real content files:
//! sources on every clinical section, nothing past its review date, reading ease held at
//! Flesch 60 or above, phone numbers only from the contacts table, and a decision-aid
//! table that covers every answer and says who to ask wherever it is careful or unsure.
//!
//! (Forbidden terms: `content::tests` already scans every file under `core/content/`,
//! whatever its extension, so the `.md` and `.toml` files here are covered; the rendered
//! words are checked again below, after contacts are filled in.)

use alongside_core::guidance::questions::Question;
use alongside_core::guidance::readability::{article_words, flesch, sentence};
use alongside_core::guidance::rules::AdviceLevel;
use alongside_core::guidance::set::{self, ContentSet};
use alongside_core::guidance::{render, GuidanceBlock};
use std::path::Path;

fn content() -> std::sync::Arc<ContentSet> {
    set::current().unwrap_or_else(|e| panic!("the compiled-in guidance does not load: {e}"))
}

#[test]
fn every_clinical_section_names_at_least_one_known_source() {
    let set = content();
    let mut clinical = 0;
    for a in &set.articles {
        for s in &a.sections {
            if s.clinical {
                clinical += 1;
                assert!(!s.sources.is_empty(), "{} / {}", a.id, s.heading);
                for src in &s.sources {
                    assert!(set.sources.iter().any(|k| k.id == src.id), "{} cites {}", a.id, src.id);
                }
            }
        }
        if a.sections.iter().any(|s| s.clinical) {
            assert!(
                a.safety_net.is_some(),
                "{} has clinical sections but no safety net",
                a.id
            );
        }
    }
    assert!(clinical >= 8, "only {clinical} clinical sections");
}

/// A fixed date, so the suite gives the same answer on any day it is run against a given
/// commit: the content was last written and reviewed on 3 December 2026.
#[test]
fn no_review_date_had_passed_on_the_day_the_content_was_written() {
    let fixed = jiff::civil::date(2026, 12, 3);
    for a in &content().articles {
        let review_by: jiff::civil::Date = a.review_by.parse().unwrap();
        let reviewed: jiff::civil::Date = a.last_reviewed.parse().unwrap();
        assert!(reviewed <= fixed, "{} was reviewed in the future", a.id);
        assert!(review_by >= fixed, "{} was due for review on {}", a.id, a.review_by);
    }
}

/// The real clock on purpose: clinical words past their review date must stop the build,
/// the same rule `content::tests` applies to the Today warning. A fixed date alone would
/// let stale guidance ship for ever.
#[test]
fn no_review_date_has_passed_today() {
    let today = jiff::Zoned::now().date();
    for a in &content().articles {
        let review_by: jiff::civil::Date = a.review_by.parse().unwrap();
        assert!(review_by >= today, "{} was due for review on {}", a.id, a.review_by);
    }
    for c in &content().contacts {
        let checked: jiff::civil::Date = c.checked.parse().unwrap();
        assert!(checked <= today, "{} was checked in the future", c.id);
    }
}

#[test]
fn every_article_reads_at_flesch_60_or_above() {
    let set = content();
    let mut low = Vec::new();
    println!("Flesch reading ease (60 or above is plain English):");
    for a in &set.articles {
        let score = flesch(&article_words(a));
        println!("  {:<28} {score:6.1}", a.id);
        if score < 60.0 {
            low.push(format!("{} ({score:.1})", a.id));
        }
    }
    let mut rules_text: Vec<String> = set.rules.rules.iter().map(|r| sentence(&r.reason)).collect();
    rules_text.extend(
        set.rules
            .levels
            .values()
            .flat_map(|l| [sentence(&l.headline), sentence(&l.body)]),
    );
    let rules_score = flesch(&rules_text.join(" "));
    println!("  {:<28} {rules_score:6.1}", "decision aid (rules.toml)");
    if rules_score < 60.0 {
        low.push(format!("decision aid ({rules_score:.1})"));
    }
    assert!(low.is_empty(), "below Flesch 60: {}", low.join(", "));
}

/// Digit runs that could be dialled: three or more digits, possibly in space-separated
/// groups ("999", "116 123", "0808 2000 247"). Years (four digits starting 19 or 20) and
/// dates are not phone numbers.
fn phone_like(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '-')) {
            let start = i;
            let mut end = i;
            while end < chars.len()
                && (chars[end].is_ascii_digit()
                    || (chars[end] == ' ' && end + 1 < chars.len() && chars[end + 1].is_ascii_digit()))
            {
                end += 1;
            }
            let run: String = chars[start..end].iter().collect();
            let digits: String = run.chars().filter(char::is_ascii_digit).collect();
            let followed_by_date = chars.get(end).is_some_and(|c| *c == '-' || *c == '/');
            let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
            // A standard's number ("RFC 3339", in the command line's help) is not one she dials.
            let before: String = chars[..start].iter().collect();
            let standard = before.ends_with("RFC ");
            // A dose ("100 mg") is a number she reads, not one she dials.
            let rest: String = chars[end..].iter().collect();
            let unit = rest.strip_prefix(' ').unwrap_or(&rest);
            let dose = unit
                .strip_prefix("mg")
                .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
            if digits.len() >= 3 && !year && !followed_by_date && !dose && !standard {
                found.push(run);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

fn strip_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{contact:") {
        out.push_str(&rest[..start]);
        match rest[start..].find('}') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn the_phone_number_check_finds_numbers_but_not_dates_or_counts() {
    assert_eq!(phone_like("Call 116 123 or 999."), vec!["116 123", "999"]);
    assert_eq!(phone_like("Ring 0808 2000 247 now"), vec!["0808 2000 247"]);
    assert!(phone_like("In 2023, at 6 to 8 weeks, wait 2 hours per drink (checked 2026-11-21).").is_empty());
    assert!(phone_like("More than 100 mg of methadone a day.").is_empty());
    assert_eq!(phone_like("Call 100 mgs"), vec!["100"]);
    assert_eq!(strip_placeholders("Call {contact:nhs-111} now."), "Call  now.");
}

#[test]
fn every_phone_number_in_the_guidance_comes_from_the_contacts_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = vec![root.join("ui/en-GB.ftl")];
    let mut stack = vec![root.join("guidance")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Front-matter dates and version numbers are not read by her.
            if line.starts_with("last_reviewed") || line.starts_with("review_by") || line.starts_with("version") {
                continue;
            }
            for run in phone_like(&strip_placeholders(line)) {
                found.push(format!("{}:{}: {run}", f.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "numbers written outside contacts.toml:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_crisis_article_lists_every_contact_and_every_contact_is_used() {
    let set = content();
    let crisis = set.article("crisis-and-support").unwrap();
    for c in &set.contacts {
        assert!(
            crisis.contacts.iter().any(|x| x.id == c.id),
            "crisis-and-support does not list {}",
            c.id
        );
    }
    assert_eq!(set.contacts.len(), 6);
    for id in [
        "samaritans",
        "domestic-abuse-helpline",
        "family-rights-group",
        "breathing-space",
        "emergency",
        "nhs-111",
    ] {
        assert!(set.contact(id).is_some(), "{id}");
    }
}

#[test]
fn every_answer_to_every_question_is_covered_by_a_rule() {
    let set = content();
    for q in Question::ALL {
        for a in q.answers() {
            let covered = set
                .rules
                .rules
                .iter()
                .any(|r| r.when.iter().any(|(rq, values)| *rq == q && values.contains(&a)));
            assert!(covered, "no rule covers {} = {a}", q.code());
        }
    }
}

#[test]
fn every_careful_or_uncertain_rule_says_who_to_ask() {
    let set = content();
    assert!(
        set.rules.rules.iter().any(|r| r.uncertain),
        "no rule admits uncertainty"
    );
    for r in &set.rules.rules {
        assert!(!r.sources.is_empty(), "{}", r.id);
        if r.uncertain || r.level != AdviceLevel::Encouraged {
            assert!(
                r.ask.as_deref().is_some_and(|a| !a.trim().is_empty()),
                "{} names no one to ask",
                r.id
            );
        }
    }
}

#[test]
fn the_closing_note_lists_each_rule_with_its_source() {
    // `cargo test -- --nocapture` prints the table the closing note asks for.
    for r in &content().rules.rules {
        let cites: Vec<&str> = r.sources.iter().map(|s| s.id.as_str()).collect();
        println!("{:<45} {:<16} {}", r.id, format!("{:?}", r.level), cites.join(", "));
    }
}

#[test]
fn nothing_rendered_uses_a_forbidden_word() {
    let set = content();
    let mut all: Vec<String> = set.articles.iter().map(render::article).collect();
    all.push(render::contacts(&set.contacts));
    all.extend(set.rules.rules.iter().map(|r| r.reason.clone()));
    for text in all {
        let found = alongside_core::content::forbidden_terms_in(&text);
        assert!(found.is_empty(), "{found:?} in:\n{text}");
    }
}

#[test]
fn articles_hold_only_paragraphs_and_bullets_with_no_leftover_markup() {
    for a in &content().articles {
        for s in &a.sections {
            for b in &s.blocks {
                let texts: Vec<&str> = match b {
                    GuidanceBlock::Paragraph { text } => vec![&text.text],
                    GuidanceBlock::Bullets { items } => items.iter().map(|i| i.text.as_str()).collect(),
                };
                for t in texts {
                    for mark in ["**", "{", "}", "<!--", "](", "#"] {
                        assert!(!t.contains(mark), "{} / {}: '{mark}' in {t}", a.id, s.heading);
                    }
                }
            }
        }
    }
}
