//! The app's words: Fluent UI copy and the sources behind clinical statements, compiled
//! into the core so both phones and the CLI say exactly the same reviewed words.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;
use std::sync::OnceLock;

/// UI copy, British English.
pub const UI_EN_GB: &str = include_str!("../content/ui/en-GB.ftl");
const SOURCES: &str = include_str!("../content/sources.json");
const CLINICAL: &str = include_str!("../content/clinical.json");
/// Terms CONTENT.md forbids, one a line.
// Kept outside content/ so the list itself is never mistaken for content.
pub const FORBIDDEN_TERMS: &str = include_str!("../content-rules/forbidden-terms.txt");

/// The terms CONTENT.md forbids that `text` uses, each matched as a whole word or phrase
/// in any case ("clean" is caught, "cleaning" is not). Tests run every word the app shows
/// through this.
pub fn forbidden_terms_in(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    FORBIDDEN_TERMS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .filter(|term| {
            lower.match_indices(term.as_str()).any(|(i, _)| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + term.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .collect()
}

/// Where a clinical statement comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize, uniffi::Record)]
pub struct SourceRef {
    pub id: String,
    pub organisation: String,
    pub title: String,
    pub year: Option<u16>,
    pub section: Option<String>,
    /// Where to read it, when the source has a public page.
    #[serde(default)]
    pub url: Option<String>,
    /// The whole reference as shown: "Organisation, Title (2017), section".
    #[serde(default)]
    pub citation: String,
}

impl SourceRef {
    pub(crate) fn with_citation(mut self) -> Self {
        let mut c = format!("{}, {}", self.organisation, self.title);
        if let Some(y) = self.year {
            c.push_str(&format!(" ({y})"));
        }
        if let Some(s) = &self.section {
            c.push_str(&format!(", {s}"));
        }
        self.citation = c;
        self
    }
}

/// A clinical statement's provenance: its sources and review dates.
#[derive(Debug, Clone, Deserialize)]
pub struct Clinical {
    pub id: String,
    pub messages: Vec<String>,
    pub sources: Vec<String>,
    pub safety_net: Option<String>,
    pub last_reviewed: String,
    pub review_by: String,
}

fn bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let lang: unic_langid::LanguageIdentifier = "en-GB".parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![lang]);
        // No Unicode isolation marks: the strings go to notifications and terminals too.
        b.set_use_isolating(false);
        // The file is compiled in and parsed by a test, so errors here cannot reach users;
        // should one slip through, the affected message falls back to its id.
        let res = FluentResource::try_new(UI_EN_GB.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
        b
    })
}

/// Arguments for a message.
pub type Args<'a> = &'a [(&'a str, FluentValue<'a>)];

/// Renders message `id` with `args`. A missing message renders as its id, which tests
/// catch; it never panics.
pub fn text(id: &str, args: Args) -> String {
    let b = bundle();
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, Some(&fa), &mut errors);
    out.trim().to_string()
}

/// Every message that takes no arguments, by id: the static copy a shell shows (screen
/// titles, buttons). Messages with arguments are rendered by the core into view records.
pub fn static_strings() -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    if let Ok(res) = FluentResource::try_new(UI_EN_GB.to_string()) {
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id = m.id.name;
                let takes_args = m.value.as_ref().is_some_and(|p| {
                    p.elements
                        .iter()
                        .any(|e| matches!(e, fluent_syntax::ast::PatternElement::Placeable { .. }))
                });
                if !takes_args {
                    out.insert(id.to_string(), text(id, &[]));
                }
            }
        }
    }
    out
}

/// The label for an enum value: its serde name, kebab-cased, after a prefix.
pub fn label<T: serde::Serialize>(prefix: &str, value: &T) -> String {
    text(
        &format!("{prefix}-{}", crate::codes::code(value).replace('_', "-")),
        &[],
    )
}

/// A date in words: "Tuesday 24 November 2026".
pub fn long_date(d: jiff::civil::Date) -> String {
    date_words("date-long", d)
}

/// A date in words without the year: "Tuesday 24 November".
pub fn short_date(d: jiff::civil::Date) -> String {
    date_words("date-short", d)
}

fn date_words(id: &str, d: jiff::civil::Date) -> String {
    let weekday = label("weekday", &crate::time::Weekday::from(d.weekday()));
    let month = text(&format!("month-{}", d.month()), &[]);
    text(
        id,
        &[
            ("weekday", weekday.into()),
            ("day", d.day().into()),
            ("month", month.into()),
            ("year", d.year().into()),
        ],
    )
}

/// A dose amount in words: "62.5 mg", "1 tablet", "2 tablets".
pub fn amount_words(amount: f64, unit: crate::diary::medicine::DoseUnit) -> String {
    let code = crate::codes::code(&unit);
    // Whole numbers go in as integers so plural rules see "1", not "1.0".
    let value: FluentValue = if amount.fract() == 0.0 && amount.abs() < 1e15 {
        (amount as i64).into()
    } else {
        crate::diary::reminders::format_amount(amount).into()
    };
    text("dose-amount", &[("amount", value), ("unit", code.into())])
}

/// A reminder offset in words: "1 day before", "2 hours before", "90 minutes before".
pub fn reminder_before(minutes: u32) -> String {
    let (id, count) = if minutes > 0 && minutes % 1440 == 0 {
        ("reminder-days-before", minutes / 1440)
    } else if minutes > 0 && minutes % 60 == 0 {
        ("reminder-hours-before", minutes / 60)
    } else {
        ("reminder-minutes-before", minutes)
    };
    text(id, &[("count", count.into())])
}

/// How long until the next passcode try, in words: "... in 1 second", "... in 45 seconds",
/// and from a minute on, whole minutes rounded up ("... in 2 minutes").
pub fn too_many_attempts(seconds: &u64) -> String {
    if *seconds < 60 {
        text("error-too-many-attempts-seconds", &[("seconds", (*seconds).into())])
    } else {
        text(
            "error-too-many-attempts-minutes",
            &[("minutes", seconds.div_ceil(60).into())],
        )
    }
}

/// "That appointment could not be found...", for `NotFound`'s `what` (a code such as
/// "care team contact"), in the copy's words.
pub fn not_found(what: &str) -> String {
    text("error-not-found-thing", &[("what", what.replace(' ', "-").into())])
}

/// A weekly repeat in words: "Every fortnight, 6 times", "Every week, until Tuesday 22 December 2026".
pub fn repeat_words(every_weeks: u32, end: &crate::diary::appointment::RepeatEnd) -> String {
    use crate::diary::appointment::RepeatEnd;
    let every = text("repeat-every", &[("weeks", every_weeks.into())]);
    match end {
        RepeatEnd::Count { occurrences } => text(
            "repeat-count",
            &[("every", every.into()), ("count", (*occurrences).into())],
        ),
        RepeatEnd::Until { date } => {
            let when = date
                .parse::<jiff::civil::Date>()
                .map(long_date)
                .unwrap_or_else(|_| date.clone());
            text("repeat-until", &[("every", every.into()), ("date", when.into())])
        }
    }
}

/// Every source, by id.
pub fn sources() -> &'static [SourceRef] {
    static S: OnceLock<Vec<SourceRef>> = OnceLock::new();
    S.get_or_init(|| {
        serde_json::from_str::<Vec<SourceRef>>(SOURCES)
            .unwrap_or_default()
            .into_iter()
            .map(SourceRef::with_citation)
            .collect()
    })
}

/// Every clinical statement's provenance.
pub fn clinical() -> &'static [Clinical] {
    static C: OnceLock<Vec<Clinical>> = OnceLock::new();
    C.get_or_init(|| serde_json::from_str(CLINICAL).unwrap_or_default())
}

/// The provenance of one clinical statement, with its sources resolved.
pub fn provenance(id: &str) -> Option<(&'static Clinical, Vec<SourceRef>)> {
    let c = clinical().iter().find(|c| c.id == id)?;
    let s = c
        .sources
        .iter()
        .filter_map(|sid| sources().iter().find(|s| &s.id == sid).cloned())
        .collect();
    Some((c, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_content_files() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    out.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
                }
            }
        }
        out
    }

    #[test]
    fn no_content_file_uses_a_word_the_content_rules_forbid() {
        assert!(FORBIDDEN_TERMS.lines().filter(|l| !l.starts_with('#')).count() >= 10);
        for (path, text) in all_content_files() {
            let found = forbidden_terms_in(&text);
            assert!(found.is_empty(), "{path} contains the forbidden terms {found:?}");
        }
    }

    #[test]
    fn the_forbidden_word_check_catches_a_forbidden_word() {
        assert_eq!(forbidden_terms_in("Tests came back Clean."), ["clean"]);
        assert!(forbidden_terms_in("cleaning the bottles").is_empty());
        assert_eq!(forbidden_terms_in("she failed to attend"), ["failed to attend"]);
    }

    #[test]
    fn the_ui_copy_parses_without_errors() {
        assert!(FluentResource::try_new(UI_EN_GB.to_string()).is_ok());
        assert_eq!(text("reminder-discreet-body", &[]), "You have a reminder");
    }

    #[test]
    fn every_enum_value_has_a_label() {
        use crate::diary::appointment::{AppointmentKind as K, AppointmentStatus as S};
        use crate::diary::dose::DoseState as D;
        use crate::diary::medicine::DoseSlot as L;
        let kinds = [
            K::SpecialistMidwife,
            K::AntenatalClinicOrScan,
            K::DrugAndAlcoholKeyWorker,
            K::PrescriberReview,
            K::Gp,
            K::HealthVisitor,
            K::SocialWorker,
            K::PerinatalMentalHealth,
            K::FamilyTime,
            K::CourtOrLegal,
            K::Housing,
            K::PeerSupport,
            K::Other,
        ];
        for k in kinds {
            assert!(!label("kind", &k).starts_with("kind-"), "{k:?}");
        }
        for s in [S::Planned, S::Attended, S::Missed, S::Cancelled, S::Rescheduled] {
            assert!(!label("status", &s).starts_with("status-"), "{s:?}");
        }
        for d in [D::NotYetLogged, D::Taken, D::Missed, D::PartlyTaken, D::Vomited] {
            assert!(!label("dose-state", &d).starts_with("dose-state-"), "{d:?}");
        }
        for l in [L::Only, L::Morning, L::Evening, L::AsNeeded] {
            assert!(!label("slot", &l).starts_with("slot-"), "{l:?}");
        }
        assert_eq!(
            label("kind", &K::DrugAndAlcoholKeyWorker),
            "Drug and alcohol key worker"
        );
    }

    #[test]
    fn static_strings_hold_screen_copy_but_not_messages_that_need_arguments() {
        let s = static_strings();
        assert_eq!(s.get("today-title").map(String::as_str), Some("Today"));
        for id in [
            "error-not-a-vault",
            "error-locked",
            "setup-passcode-again",
            "wipe-button",
            "notification-channel-name",
        ] {
            assert!(s.contains_key(id), "{id} missing");
        }
        assert!(s.contains_key("setup-explainer"));
        assert!(!s.contains_key("alert-tolerance-body"));
        // The phones show these as they come (their ScreenWordsTest checks the same), so none
        // may be blank or look like a placeholder left unfilled.
        for (id, text) in &s {
            assert!(!text.trim().is_empty(), "{id} is empty");
            assert!(
                !text.contains(['{', '$']),
                "{id} looks like it has a placeholder: {text}"
            );
        }
    }

    #[test]
    fn dates_reminders_and_repeats_read_as_words() {
        use crate::diary::appointment::RepeatEnd;
        assert_eq!(long_date(jiff::civil::date(2026, 11, 24)), "Tuesday 24 November 2026");
        assert_eq!(short_date(jiff::civil::date(2027, 2, 1)), "Monday 1 February");
        use crate::diary::medicine::DoseUnit;
        assert_eq!(amount_words(62.5, DoseUnit::Mg), "62.5 mg");
        assert_eq!(amount_words(1.0, DoseUnit::Tablet), "1 tablet");
        assert_eq!(amount_words(2.0, DoseUnit::Tablet), "2 tablets");
        assert_eq!(amount_words(400.0, DoseUnit::Microgram), "400 micrograms");
        assert_eq!(reminder_before(1440), "1 day before");
        assert_eq!(reminder_before(2880), "2 days before");
        assert_eq!(reminder_before(120), "2 hours before");
        assert_eq!(reminder_before(90), "90 minutes before");
        assert_eq!(reminder_before(1), "1 minute before");
        assert_eq!(
            repeat_words(2, &RepeatEnd::Count { occurrences: 6 }),
            "Every fortnight, 6 times"
        );
        assert_eq!(
            repeat_words(
                1,
                &RepeatEnd::Until {
                    date: "2026-12-22".into()
                }
            ),
            "Every week, until Tuesday 22 December 2026"
        );
        assert_eq!(
            repeat_words(3, &RepeatEnd::Count { occurrences: 1 }),
            "Every 3 weeks, once"
        );
    }

    #[test]
    fn counts_read_as_one_thing_or_many_never_1_things() {
        assert_eq!(too_many_attempts(&1), "Too many tries. You can try again in 1 second.");
        assert_eq!(
            too_many_attempts(&30),
            "Too many tries. You can try again in 30 seconds."
        );
        assert_eq!(
            too_many_attempts(&61),
            "Too many tries. You can try again in 2 minutes."
        );
        assert_eq!(too_many_attempts(&60), "Too many tries. You can try again in 1 minute.");
        let busy = |n: u32| text("week-busy-day", &[("date", "Monday".into()), ("count", n.into())]);
        assert_eq!(busy(1), "Monday: 1 appointment");
        assert_eq!(busy(3), "Monday: 3 appointments");
        let contents = |n: u32| {
            text(
                "directory-contents",
                &[("services", n.into()), ("venues", n.into()), ("sessions", n.into())],
            )
        };
        assert_eq!(contents(1), "1 service, 1 place, 1 session");
        assert_eq!(contents(45), "45 services, 45 places, 45 sessions");
        assert_eq!(text("appointment-duration", &[("minutes", 1.into())]), "1 minute");
        assert_eq!(
            text("share-ready-to-send", &[("count", 1.into())]),
            "1 item is ready to send"
        );
        assert_eq!(
            text("team-acknowledged", &[("count", 1.into())]),
            "Acknowledged 1 item."
        );
        assert_eq!(
            text("directory-plan-diary", &[("count", 1.into())]),
            "You already have 1 appointment that day."
        );
    }

    #[test]
    fn plural_week_summaries_read_naturally() {
        assert_eq!(
            text("week-summary", &[("count", 1.into())]),
            "You have 1 appointment this week."
        );
        assert_eq!(
            text("week-summary", &[("count", 4.into())]),
            "You have 4 appointments this week."
        );
        assert_eq!(
            text("week-busy-days", &[("days", 2.into())]),
            "2 days have more than one appointment."
        );
    }

    #[test]
    fn every_clinical_statement_names_a_source_a_safety_net_and_is_not_overdue() {
        let today = jiff::Zoned::now().date();
        assert!(!clinical().is_empty());
        for c in clinical() {
            let (_, sources) = provenance(&c.id).unwrap();
            assert!(!sources.is_empty(), "{} has no source", c.id);
            assert_eq!(sources.len(), c.sources.len(), "{} cites an unknown source", c.id);
            let review_by: jiff::civil::Date = c.review_by.parse().unwrap();
            let reviewed: jiff::civil::Date = c.last_reviewed.parse().unwrap();
            assert!(reviewed < review_by);
            // The real date on purpose: stale clinical content must stop the build.
            assert!(review_by >= today, "{} was due for review on {}", c.id, c.review_by);
            assert!(c.safety_net.is_some(), "{} has no safety net", c.id);
            for m in &c.messages {
                assert_ne!(
                    text(m, &[("days", 3.into()), ("medicine", "x".into())]),
                    *m,
                    "missing message {m}"
                );
            }
        }
    }
}
