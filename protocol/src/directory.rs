//! The service directory payload (schema version 1): services, the venues where they meet,
//! and their sessions, for one area. Publishers build it from spreadsheets; apps verify the
//! signature (see [`crate::signed`]) and then [`Directory::validate`] before importing.
//!
//! Validation is shared by the publisher's build step and the phone's import, so a bundle
//! that builds is a bundle that imports. Errors name the table, the 0-based record and the
//! field, so a spreadsheet tool can point at file, row and column.
//!
//! Text must keep [`crate::free_text`]'s rules: names, addresses and the like on one line,
//! descriptions and notes with plain line breaks at most, and never a control character or
//! a bidirectional override. The publisher's tool refuses such text with its place, so a
//! signed bundle that holds some was not made by it, and the phone refuses it as breaking
//! the directory rules rather than showing something other than what was signed.

use jiff::civil::{Date, Time};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use crate::free_text::{self, Layout};

/// The schema version this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;
/// The largest bundle an app accepts, in bytes.
pub const MAX_BUNDLE_BYTES: usize = 32 * 1024 * 1024;
const MAX_SERVICES: usize = 20_000;
const MAX_VENUES: usize = 10_000;
const MAX_SESSIONS: usize = 100_000;

/// A directory for one area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub schema_version: u32,
    /// Who publishes it (shown to her).
    pub publisher: String,
    pub area: String,
    /// Only ever increases; an app refuses an older version than it holds.
    pub version: u64,
    /// "YYYY-MM-DD".
    pub issued: String,
    /// After this date the directory still works but is shown as out of date.
    pub expires: String,
    /// True for made-up demonstration data, which apps label as such.
    #[serde(default)]
    pub sample: bool,
    pub services: Vec<Service>,
    pub venues: Vec<Venue>,
    pub sessions: Vec<Session>,
}

/// What a service offers, for filtering. Covers the perinatal pathway and social prescribing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    MaternityAndSpecialistMidwife,
    DrugAndAlcoholTreatment,
    PharmacySupervisedConsumption,
    Gp,
    HealthVisiting,
    PerinatalMentalHealth,
    ChildrensSocialCare,
    FamilyHub,
    ResidentialAndMotherAndBabyTreatment,
    Housing,
    Food,
    MoneyAndBenefits,
    LegalAdviceAndAdvocacy,
    DomesticAbuse,
    SexualHealthAndContraception,
    InfantFeedingSupport,
    PeerSupportAndCommunityGroups,
    CrisisSupport,
    /// For mothers whose children have been taken into care: family rights advice, peer
    /// groups and programmes for this time. Last, so older category masks keep their bits.
    SupportAfterRemoval,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 19] = [
        Category::MaternityAndSpecialistMidwife,
        Category::DrugAndAlcoholTreatment,
        Category::PharmacySupervisedConsumption,
        Category::Gp,
        Category::HealthVisiting,
        Category::PerinatalMentalHealth,
        Category::ChildrensSocialCare,
        Category::FamilyHub,
        Category::ResidentialAndMotherAndBabyTreatment,
        Category::Housing,
        Category::Food,
        Category::MoneyAndBenefits,
        Category::LegalAdviceAndAdvocacy,
        Category::DomesticAbuse,
        Category::SexualHealthAndContraception,
        Category::InfantFeedingSupport,
        Category::PeerSupportAndCommunityGroups,
        Category::CrisisSupport,
        Category::SupportAfterRemoval,
    ];

    /// The snake_case code used in files ("drug_and_alcohol_treatment").
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Parses a code; spaces and hyphens are accepted for underscores, any case.
    pub fn parse(text: &str) -> Option<Self> {
        let code = text.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        serde_json::from_value(serde_json::Value::String(code)).ok()
    }
}

/// How someone gets into a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referral {
    /// She can contact them herself.
    SelfReferral,
    /// Through a professional (GP, midwife, key worker).
    ThroughProfessional,
    /// Either way.
    Either,
}

/// A service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub category: Category,
    pub description: String,
    pub phone: Option<String>,
    pub web: Option<String>,
    pub referral: Referral,
    pub eligibility: Option<String>,
    /// Languages offered besides English (names as written, e.g. "Polish").
    #[serde(default)]
    pub languages: Vec<String>,
    /// Set only by services that accept requests for support from the app: their invite
    /// code (`ALONGSIDE1…`, see [`crate::invite`]), naming the relay inbox and the keys a
    /// request is sealed to. Carried inside the signed bundle, so she can send a request
    /// without pairing first and without trusting keys from anywhere else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<String>,
    /// True for a service that is about a baby being there: baby groups, buggy walks, baby
    /// weigh clinics, stay and play, feeding support. Apps never offer these to a mother
    /// whose baby is not with her. Left out when false, so a directory that sets it for no
    /// service is byte for byte what it was before the field existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub baby_centred: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A place where services meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub id: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
    pub step_free: bool,
    pub accessibility: Option<String>,
    pub transport: Option<String>,
}

/// A day of the week, as written in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Day {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Day {
    /// Parses "monday", "Mon", "tue" and so on.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().to_ascii_lowercase();
        let all = [
            Day::Monday,
            Day::Tuesday,
            Day::Wednesday,
            Day::Thursday,
            Day::Friday,
            Day::Saturday,
            Day::Sunday,
        ];
        all.into_iter().find(|d| {
            let name = serde_json::to_value(d)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            t == name || (t.len() >= 3 && name.starts_with(&t))
        })
    }
}

/// Whether a session takes drop-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    DropIn,
    ByAppointment,
}

/// When a service meets at a venue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub service_id: String,
    pub venue_id: String,
    pub days: Vec<Day>,
    /// Local "HH:MM".
    pub start: String,
    pub end: String,
    /// Which weeks of the month (1 to 5: the first to fifth such weekday); empty means every week.
    #[serde(default)]
    pub weeks_of_month: Vec<u8>,
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    pub access: Access,
    pub notes: Option<String>,
}

/// Which list a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    Directory,
    Services,
    Venues,
    Sessions,
}

/// One problem: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub table: Table,
    /// 0-based position in the list (0 for the directory itself).
    pub index: usize,
    pub field: &'static str,
    pub message: String,
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn add(&mut self, table: Table, index: usize, field: &'static str, message: &str) {
        // Enough to fix a spreadsheet; a file with thousands of errors is not worth listing.
        if self.problems.len() < 500 {
            self.problems.push(Problem {
                table,
                index,
                field,
                message: message.to_string(),
            });
        }
    }

    fn text(&mut self, t: Table, i: usize, field: &'static str, value: &str, max: usize, layout: Layout) {
        if value.trim().is_empty() {
            self.add(t, i, field, "is empty");
        } else if value.chars().count() > max {
            self.add(t, i, field, &format!("is longer than {max} characters"));
        } else {
            self.shown(t, i, field, value, layout);
        }
    }

    fn optional(
        &mut self,
        t: Table,
        i: usize,
        field: &'static str,
        value: &Option<String>,
        max: usize,
        layout: Layout,
    ) {
        if let Some(v) = value {
            if v.chars().count() > max {
                self.add(t, i, field, &format!("is longer than {max} characters"));
            } else {
                self.shown(t, i, field, v, layout);
            }
        }
    }

    /// Text must show as what it says: see [`crate::free_text`].
    fn shown(&mut self, t: Table, i: usize, field: &'static str, value: &str, layout: Layout) {
        if let Err(found) = free_text::check(value, layout) {
            let message = if free_text::is_line_break(found.character) && layout == Layout::OneLine {
                format!(
                    "has a line break at character {}; please keep it to one line",
                    found.position
                )
            } else {
                format!(
                    "has a hidden control or direction-changing character ({}) at character {}; please delete it",
                    found.code_point(),
                    found.position
                )
            };
            self.add(t, i, field, &message);
        }
    }

    fn id(&mut self, t: Table, i: usize, field: &'static str, value: &str, seen: &mut HashSet<String>) {
        let ok = !value.is_empty()
            && value.len() <= 64
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !ok {
            self.add(t, i, field, "must be 1 to 64 of a-z, 0-9, - and _");
        } else if !seen.insert(value.to_string()) {
            self.add(t, i, field, "is used twice");
        }
    }

    fn date(&mut self, t: Table, i: usize, field: &'static str, value: &str) -> Option<Date> {
        let d = value.trim().parse::<Date>().ok();
        if d.is_none() {
            self.add(t, i, field, "is not a real date (use YYYY-MM-DD)");
        }
        d
    }

    fn time(&mut self, t: Table, i: usize, field: &'static str, value: &str) -> Option<Time> {
        let v = value.trim();
        let parsed = if v.len() == 5 && v.as_bytes()[2] == b':' {
            v.parse::<Time>().ok()
        } else {
            None
        };
        if parsed.is_none() {
            self.add(t, i, field, "is not a time (use HH:MM, 24-hour)");
        }
        parsed
    }
}

impl Directory {
    /// Every problem that would stop this directory being imported; empty when it is sound.
    pub fn validate(&self) -> Vec<Problem> {
        let mut c = Checker { problems: Vec::new() };
        let d = Table::Directory;
        if self.schema_version != SCHEMA_VERSION {
            c.add(d, 0, "schema_version", "is not a schema version this app reads");
        }
        c.text(d, 0, "publisher", &self.publisher, 200, Layout::OneLine);
        c.text(d, 0, "area", &self.area, 200, Layout::OneLine);
        if self.version == 0 {
            c.add(d, 0, "version", "must be 1 or more");
        }
        let issued = c.date(d, 0, "issued", &self.issued);
        let expires = c.date(d, 0, "expires", &self.expires);
        if let (Some(i), Some(e)) = (issued, expires) {
            if e <= i {
                c.add(d, 0, "expires", "must be after the issue date");
            }
        }
        if self.services.len() > MAX_SERVICES || self.venues.len() > MAX_VENUES || self.sessions.len() > MAX_SESSIONS {
            c.add(d, 0, "size", "has more records than an app can hold");
            return c.problems;
        }
        let mut service_ids = HashSet::new();
        for (i, s) in self.services.iter().enumerate() {
            let t = Table::Services;
            c.id(t, i, "id", &s.id, &mut service_ids);
            c.text(t, i, "name", &s.name, 200, Layout::OneLine);
            c.text(t, i, "organisation", &s.organisation, 200, Layout::OneLine);
            c.text(t, i, "description", &s.description, 2000, Layout::Lines);
            c.optional(t, i, "eligibility", &s.eligibility, 2000, Layout::Lines);
            if let Some(p) = &s.phone {
                let digits = p.chars().filter(char::is_ascii_digit).count();
                if !(3..=15).contains(&digits) || !p.chars().all(|ch| ch.is_ascii_digit() || " +()-".contains(ch)) {
                    c.add(t, i, "phone", "is not a phone number");
                }
            }
            if let Some(w) = &s.web {
                let hidden = free_text::check(w, Layout::OneLine).is_err();
                if !w.starts_with("https://") || w.len() > 500 || w.chars().any(char::is_whitespace) || hidden {
                    c.add(t, i, "web", "must be an https:// address");
                }
            }
            if s.languages
                .iter()
                .any(|l| l.trim().is_empty() || l.chars().count() > 50)
            {
                c.add(t, i, "languages", "has an empty or overlong language");
            }
            for l in &s.languages {
                c.shown(t, i, "languages", l, Layout::OneLine);
            }
            if let Some(code) = &s.requests {
                if crate::invite::Invite::decode(code).is_err() {
                    c.add(t, i, "requests", "is not a valid, signed invite code");
                }
            }
            // A service made for mothers apart from their children can't be about a baby
            // being there: one of the two is a mistake, and the app would hide it from
            // the very women it is for.
            if s.baby_centred && s.category == Category::SupportAfterRemoval {
                c.add(
                    t,
                    i,
                    "baby_centred",
                    "can't be yes for a service for support after children are taken into care",
                );
            }
        }
        let mut venue_ids = HashSet::new();
        for (i, v) in self.venues.iter().enumerate() {
            let t = Table::Venues;
            c.id(t, i, "id", &v.id, &mut venue_ids);
            c.text(t, i, "name", &v.name, 200, Layout::OneLine);
            // Addresses are often kept over several lines in a spreadsheet cell.
            c.text(t, i, "address", &v.address, 500, Layout::Lines);
            c.text(t, i, "postcode", &v.postcode, 10, Layout::OneLine);
            if !(v.latitude.is_finite() && (-90.0..=90.0).contains(&v.latitude)) {
                c.add(t, i, "latitude", "must be between -90 and 90");
            }
            if !(v.longitude.is_finite() && (-180.0..=180.0).contains(&v.longitude)) {
                c.add(t, i, "longitude", "must be between -180 and 180");
            }
            c.optional(t, i, "accessibility", &v.accessibility, 1000, Layout::Lines);
            c.optional(t, i, "transport", &v.transport, 1000, Layout::Lines);
        }
        for (i, s) in self.sessions.iter().enumerate() {
            let t = Table::Sessions;
            if !service_ids.contains(&s.service_id) {
                c.add(t, i, "service_id", "names no service in this directory");
            }
            if !venue_ids.contains(&s.venue_id) {
                c.add(t, i, "venue_id", "names no venue in this directory");
            }
            if s.days.is_empty() {
                c.add(t, i, "days", "needs at least one day");
            }
            let start = c.time(t, i, "start", &s.start);
            let end = c.time(t, i, "end", &s.end);
            if let (Some(a), Some(b)) = (start, end) {
                if b <= a {
                    c.add(t, i, "end", "must be after the start");
                }
            }
            let mut weeks = s.weeks_of_month.clone();
            weeks.sort_unstable();
            weeks.dedup();
            if weeks.len() != s.weeks_of_month.len() || weeks.iter().any(|w| !(1..=5).contains(w)) {
                c.add(t, i, "weeks_of_month", "must be different numbers from 1 to 5");
            }
            let from = s.valid_from.as_deref().and_then(|v| c.date(t, i, "valid_from", v));
            let until = s.valid_until.as_deref().and_then(|v| c.date(t, i, "valid_until", v));
            if let (Some(a), Some(b)) = (from, until) {
                if b < a {
                    c.add(t, i, "valid_until", "must be on or after valid_from");
                }
            }
            c.optional(t, i, "notes", &s.notes, 1000, Layout::Lines);
        }
        c.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn tiny() -> Directory {
        Directory {
            schema_version: 1,
            publisher: "Sample Council".into(),
            area: "Sampleton".into(),
            version: 3,
            issued: "2026-11-01".into(),
            expires: "2027-05-01".into(),
            sample: true,
            services: vec![Service {
                id: "midwives".into(),
                name: "Specialist midwives".into(),
                organisation: "Sampleton Hospital".into(),
                category: Category::MaternityAndSpecialistMidwife,
                description: "Care in pregnancy for women who use drugs.".into(),
                phone: Some("01632 960000".into()),
                web: Some("https://example.org/midwives".into()),
                referral: Referral::Either,
                eligibility: None,
                languages: vec!["Polish".into()],
                requests: None,
                baby_centred: false,
            }],
            venues: vec![Venue {
                id: "hub".into(),
                name: "Family hub".into(),
                address: "1 Mill Lane, Sampleton".into(),
                postcode: "SA1 1AA".into(),
                latitude: 53.0,
                longitude: -1.5,
                step_free: true,
                accessibility: None,
                transport: Some("Bus 7".into()),
            }],
            sessions: vec![Session {
                service_id: "midwives".into(),
                venue_id: "hub".into(),
                days: vec![Day::Tuesday],
                start: "09:30".into(),
                end: "12:00".into(),
                weeks_of_month: vec![],
                valid_from: None,
                valid_until: None,
                access: Access::DropIn,
                notes: None,
            }],
        }
    }

    #[test]
    fn a_sound_directory_has_no_problems() {
        assert_eq!(tiny().validate(), vec![]);
    }

    #[test]
    fn each_problem_names_its_table_record_and_field() {
        let mut d = tiny();
        d.services.push(d.services[0].clone());
        d.venues[0].latitude = 123.0;
        d.sessions[0].end = "09:00".into();
        d.sessions[0].venue_id = "nowhere".into();
        d.sessions[0].weeks_of_month = vec![1, 1];
        let found: Vec<(Table, usize, &str)> = d.validate().iter().map(|p| (p.table, p.index, p.field)).collect();
        assert_eq!(
            found,
            [
                (Table::Services, 1, "id"),
                (Table::Venues, 0, "latitude"),
                (Table::Sessions, 0, "venue_id"),
                (Table::Sessions, 0, "end"),
                (Table::Sessions, 0, "weeks_of_month"),
            ]
        );
    }

    #[test]
    fn baby_centred_is_left_out_when_false_and_read_when_set() {
        let json = serde_json::to_string(&tiny()).unwrap();
        assert!(!json.contains("baby_centred"), "older bundles stay byte-identical");
        let mut v = serde_json::to_value(tiny()).unwrap();
        v["services"][0]["baby_centred"] = true.into();
        let d: Directory = serde_json::from_value(v).unwrap();
        assert!(d.services[0].baby_centred);
        assert_eq!(d.validate(), vec![]);
    }

    #[test]
    fn a_service_for_support_after_removal_cannot_be_baby_centred() {
        let mut d = tiny();
        d.services[0].category = Category::SupportAfterRemoval;
        d.services[0].baby_centred = true;
        let found: Vec<(Table, usize, &str)> = d.validate().iter().map(|p| (p.table, p.index, p.field)).collect();
        assert_eq!(found, [(Table::Services, 0, "baby_centred")]);
    }

    #[test]
    fn text_that_would_not_show_as_it_says_breaks_the_rules() {
        let mut d = tiny();
        d.services[0].name = "Specialist\r\nmidwives".into();
        d.services[0].description = "Care in pregnancy.\nAsk at reception.".into();
        d.venues[0].address = "1 Mill Lane\nSampleton\u{202E}".into();
        d.sessions[0].notes = Some("Bring your red book\u{1B}[2J".into());
        d.publisher = "Sample\u{2066}Council".into();
        let found: Vec<(Table, usize, &str, String)> = d
            .validate()
            .into_iter()
            .map(|p| (p.table, p.index, p.field, p.message))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Table::Directory,
                    0,
                    "publisher",
                    "has a hidden control or direction-changing character (U+2066) at character 7; please delete it"
                        .to_string()
                ),
                (
                    Table::Services,
                    0,
                    "name",
                    "has a line break at character 11; please keep it to one line".to_string()
                ),
                (
                    Table::Venues,
                    0,
                    "address",
                    "has a hidden control or direction-changing character (U+202E) at character 22; please delete it"
                        .to_string()
                ),
                (
                    Table::Sessions,
                    0,
                    "notes",
                    "has a hidden control or direction-changing character (U+001B) at character 20; please delete it"
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn unknown_fields_and_categories_are_refused_when_parsing() {
        let mut v = serde_json::to_value(tiny()).unwrap();
        v["services"][0]["category"] = "astrology".into();
        assert!(serde_json::from_value::<Directory>(v).is_err());
        let mut v = serde_json::to_value(tiny()).unwrap();
        v["surprise"] = 1.into();
        assert!(serde_json::from_value::<Directory>(v).is_err());
    }

    #[test]
    fn categories_and_days_parse_from_spreadsheet_spellings() {
        assert_eq!(
            Category::parse("Drug and alcohol treatment"),
            Some(Category::DrugAndAlcoholTreatment)
        );
        assert_eq!(Category::parse("family-hub"), Some(Category::FamilyHub));
        assert_eq!(Category::parse("astrology"), None);
        assert_eq!(Day::parse("Tue"), Some(Day::Tuesday));
        assert_eq!(Day::parse("t"), None);
        assert_eq!(Category::ALL.len(), 19);
    }
}
