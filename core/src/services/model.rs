//! The directory's records and enums as the shells see them. Every record carries its
//! words (labels rendered from Fluent), so both phones say the same thing.

use std::time::SystemTime;

use alongside_protocol::directory as proto;

use crate::time::Weekday;

/// Declares the core's `Category` (exported through UniFFI, which the protocol crate must
/// not depend on), its `ALL` list and the conversions to and from the protocol's, from one
/// list of variants, so the three can never drift apart.
macro_rules! categories {
    ($($v:ident),* $(,)?) => {
        /// What a service offers. Mirrors the protocol's categories one for one.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize,
            serde::Deserialize,
        )]
        #[serde(rename_all = "snake_case")]
        pub enum Category {
            $($v,)*
        }

        impl Category {
            /// Every category, in display order.
            pub const ALL: [Category; [$(Category::$v),*].len()] = [$(Category::$v),*];
        }

        impl From<proto::Category> for Category {
            fn from(c: proto::Category) -> Self {
                match c { $(proto::Category::$v => Category::$v,)* }
            }
        }

        impl From<Category> for proto::Category {
            fn from(c: Category) -> Self {
                match c { $(Category::$v => proto::Category::$v,)* }
            }
        }
    };
}

categories!(
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
    SupportAfterRemoval,
);

impl Category {
    /// The code stored in the vault and used in files ("drug_and_alcohol_treatment").
    pub fn code(self) -> String {
        proto::Category::from(self).code()
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        proto::Category::parse(code).map(Self::from)
    }

    /// The category in words ("Drug and alcohol treatment"). Rendered once per run: the
    /// words are compiled in, and a large directory asks for them thousands of times.
    pub fn label(self) -> String {
        static LABELS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let labels = LABELS.get_or_init(|| {
            Category::ALL
                .iter()
                .map(|c| crate::content::label("category", c))
                .collect()
        });
        let i = Category::ALL.iter().position(|c| *c == self).unwrap_or(0);
        labels.get(i).cloned().unwrap_or_default()
    }
}

/// A kind of help with its words ("Housing"), for a filter by kind of help.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct CategoryChoice {
    pub category: Category,
    pub label: String,
}

/// How someone gets into a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referral {
    /// She can contact them herself.
    SelfReferral,
    /// Through a professional (GP, midwife, key worker).
    ThroughProfessional,
    /// Either way.
    Either,
}

/// Whether a session takes drop-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionAccess {
    DropIn,
    ByAppointment,
}

/// Why a directory file was not installed. Whatever the reason, the directory she had
/// before is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleRefusal {
    /// The file is larger than a directory may be.
    TooLarge,
    /// Not a directory file, or damaged or cut short.
    Malformed,
    /// Signed by a publisher this app does not trust (or sample data is turned off).
    UnknownPublisher,
    /// The signature does not match the contents: it has been changed since signing.
    BadSignature,
    /// Signed, but its contents break the directory rules.
    Invalid,
    /// Older than the directory already installed from the same publisher.
    Rollback,
    /// The same version is already installed; nothing needed doing.
    AlreadyInstalled,
    /// The same version number as the directory installed from the same publisher, but
    /// different content: the publisher's mistake. She keeps the one she has.
    VersionReused,
    /// Made for a newer version of the app.
    NewerFormat,
}

pub use super::options::DirectoryOptions;

/// The installed directory: who published it, for where, and whether it is out of date.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DirectoryStatus {
    pub publisher: String,
    /// The signing key's short fingerprint, to compare with the publisher's.
    pub publisher_fingerprint: String,
    pub area: String,
    pub version: u64,
    /// "YYYY-MM-DD".
    pub issued: String,
    pub expires: String,
    /// "Issued Sunday 1 November 2026" and so on, in words.
    pub issued_label: String,
    pub expires_label: String,
    /// True once her today is after the expiry date: it still works, but may be stale.
    pub out_of_date: bool,
    /// True for made-up demonstration data.
    pub sample: bool,
    pub services: u32,
    pub venues: u32,
    pub sessions: u32,
    #[serde(with = "crate::time::rfc3339")]
    pub imported_at: SystemTime,
    /// One line for the settings screen, saying sample or out of date when so.
    pub summary: String,
}

/// What she is looking for. Every filter is optional; they combine with AND.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ServiceQuery {
    /// Words she typed. Matched as words (a word's start is enough), never as query syntax;
    /// text with no letters or digits in it filters nothing.
    pub text: Option<String>,
    /// Any of these categories; empty means all.
    pub categories: Vec<Category>,
    /// Only services with a session running at that moment, in her home time zone.
    pub open_at: Option<SystemTime>,
    /// Only services with a session on that local date ("YYYY-MM-DD").
    pub on_date: Option<String>,
    /// Only sessions she can drop in to.
    pub drop_in_only: bool,
    /// Only services she can contact herself.
    pub self_referral_only: bool,
}

/// A venue in brief.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct VenueSummary {
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

/// A service's regular session at a venue.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SessionView {
    pub service_id: String,
    pub service_name: String,
    pub category: Category,
    pub category_label: String,
    pub venue_id: String,
    pub venue_name: String,
    pub days: Vec<Weekday>,
    /// "Every Tuesday and Thursday", "The first and third Monday of the month".
    pub days_label: String,
    /// Local "HH:MM".
    pub start: String,
    pub end: String,
    /// "09:30 to 12:00".
    pub time_label: String,
    /// Weeks of the month (1 to 5); empty means every week.
    pub weeks_of_month: Vec<u32>,
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    pub access: SessionAccess,
    pub access_label: String,
    pub notes: Option<String>,
}

/// One service found by a search.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct ServiceResult {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub category: Category,
    pub category_label: String,
    pub description: String,
    pub phone: Option<String>,
    /// What the phone app dials for `phone`: its digits, keeping a leading plus; none when
    /// there is nothing to dial.
    pub phone_dial: Option<String>,
    pub web: Option<String>,
    pub referral: Referral,
    pub referral_label: String,
    pub eligibility: Option<String>,
    pub languages: Vec<String>,
    /// True when she can send this service a request for support from the app (it
    /// published its inbox in the signed directory).
    pub accepts_requests: bool,
    /// True when the service is about a baby being there (baby groups, buggy walks, weigh
    /// clinics). Never offered in support mode.
    pub baby_centred: bool,
    /// Its sessions; when the query asked about a time or date, the ones that match.
    pub sessions: Vec<SessionView>,
    /// True when the directory is made-up sample data.
    pub sample: bool,
}

/// One service's session on a particular day.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct HubSession {
    pub service_id: String,
    pub service_name: String,
    pub category: Category,
    pub category_label: String,
    pub start: String,
    pub end: String,
    pub time_label: String,
    pub access: SessionAccess,
    pub access_label: String,
}

/// What meets at a venue on one date.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct HubDay {
    /// "YYYY-MM-DD".
    pub date: String,
    /// "Tuesday 24 November".
    pub date_label: String,
    /// In start-time order.
    pub sessions: Vec<HubSession>,
    /// True when two or more different services meet here that day (one trip, several
    /// services).
    pub hub_day: bool,
    /// The categories she asked about that meet here that day.
    pub needs_covered: Vec<Category>,
}

/// A venue and what meets there over the dates asked about.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct VenueHub {
    pub venue: VenueSummary,
    /// The categories she asked about that meet here on any of the dates.
    pub needs_covered: Vec<Category>,
    pub needs_covered_labels: Vec<String>,
    /// Each date with at least one session, in date order.
    pub days: Vec<HubDay>,
    /// The dates on which two or more services meet here.
    pub hub_dates: Vec<String>,
    pub sample: bool,
}

/// One trip in a one-place plan: a venue on a date and the needs it covers.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct PlanOption {
    pub venue: VenueSummary,
    pub date: String,
    pub date_label: String,
    /// The needs this trip covers that earlier trips in the plan did not.
    pub covers: Vec<Category>,
    pub covers_labels: Vec<String>,
    /// The needs still not covered after this trip (after the last trip: the ones no
    /// venue covers in these dates).
    pub remaining: Vec<Category>,
    pub remaining_labels: Vec<String>,
    /// The sessions to go to on this trip.
    pub sessions: Vec<HubSession>,
    /// How many appointments her diary already holds that day.
    pub diary_appointments: u32,
    pub sample: bool,
}

/// A venue and how far it is, as the crow flies.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct VenueDistance {
    pub venue: VenueSummary,
    pub distance_km: f64,
    /// "0.8 km".
    pub distance_label: String,
    pub sample: bool,
}

/// One venue with every session held there.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct VenueDetail {
    pub venue: VenueSummary,
    /// By day, then start time.
    pub sessions: Vec<SessionView>,
    /// The categories that meet here, in display order, with their words.
    pub categories: Vec<Category>,
    pub category_labels: Vec<String>,
    pub sample: bool,
}

/// Where an appointment is, from the directory, and what else meets there that day, so
/// one trip can cover more than one need.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AppointmentPlace {
    pub venue: VenueSummary,
    /// "At Riverside Family Hub, 12 Mill Lane".
    pub where_label: String,
    /// Other services' sessions at the venue on the appointment's date, in start order.
    pub also_there: Vec<HubSession>,
    /// "Also here that day: Baby feeding drop-in (10:00 to 12:00)." Each service is named
    /// once, with all its times that day. `None` when nothing else meets there that day.
    pub also_there_label: Option<String>,
    /// True when the directory is made-up sample data.
    pub sample: bool,
}

/// A directory phone number as a phone dials it ("0161 496 0000" to "01614960000",
/// "+44 161 496-0000" to "+441614960000"); none when it holds no digits.
pub(crate) fn dial_number(phone: &str) -> Option<String> {
    let trimmed = phone.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    Some(if trimmed.starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    })
}

#[cfg(test)]
mod dial_tests {
    use super::dial_number;

    #[test]
    fn a_directory_phone_number_is_dialled_as_its_digits_keeping_a_leading_plus() {
        assert_eq!(dial_number(" 0161 496 0000 ").as_deref(), Some("01614960000"));
        assert_eq!(dial_number("+44 161 496-0000").as_deref(), Some("+441614960000"));
        assert_eq!(dial_number("  "), None, "nothing to dial");
    }
}
