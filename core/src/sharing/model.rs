//! The records and enums of sharing as the shells see them.

use std::time::SystemTime;

use crate::diary::appointment::AppointmentKind;

/// A kind of record she can choose to share.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ShareCategory {
    Appointments,
    MedicinesAndDoses,
    BreastfeedingPlan,
    SupportRequests,
}

impl ShareCategory {
    /// What a standing agreement can cover. Requests for support are not among them: each
    /// goes under its own one-off yes, when she sends it.
    pub const STANDING: [ShareCategory; 3] = [
        ShareCategory::Appointments,
        ShareCategory::MedicinesAndDoses,
        ShareCategory::BreastfeedingPlan,
    ];

    pub const ALL: [ShareCategory; 4] = [
        ShareCategory::Appointments,
        ShareCategory::MedicinesAndDoses,
        ShareCategory::BreastfeedingPlan,
        ShareCategory::SupportRequests,
    ];

    /// The FHIR resource types items of this category travel as.
    pub fn resource_types(self) -> &'static [&'static str] {
        match self {
            ShareCategory::Appointments => &["Appointment"],
            ShareCategory::MedicinesAndDoses => &["MedicationStatement", "MedicationAdministration"],
            ShareCategory::BreastfeedingPlan => &["CommunicationRequest"],
            ShareCategory::SupportRequests => &["CommunicationRequest"],
        }
    }
}

/// What a sharing agreement can cover, and why she might share, in words, for the form.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct ShareChoices {
    pub categories: Vec<ShareCategoryChoice>,
    pub purposes: Vec<SharePurposeChoice>,
    /// The kinds of appointment an agreement to share appointments can cover, in order,
    /// each ticked or not to start with.
    pub appointment_kinds: Vec<AppointmentKindChoice>,
}

/// One kind of appointment on the sharing form.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AppointmentKindChoice {
    pub kind: AppointmentKind,
    pub label: String,
    /// Ticked to start with. Family time, court or legal dates and social worker meetings
    /// are not: they are shared only if she ticks them.
    pub shared_by_default: bool,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct ShareCategoryChoice {
    pub category: ShareCategory,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SharePurposeChoice {
    pub purpose: SharePurpose,
    pub label: String,
}

/// The sharing form's choices: needs no vault.
#[uniffi::export]
pub fn share_choices() -> ShareChoices {
    ShareChoices {
        categories: ShareCategory::STANDING
            .iter()
            .map(|c| ShareCategoryChoice {
                category: *c,
                label: crate::content::label("share-category", c),
            })
            .collect(),
        purposes: [SharePurpose::Treatment, SharePurpose::CareCoordination]
            .iter()
            .map(|p| SharePurposeChoice {
                purpose: *p,
                label: crate::content::label("share-purpose", p),
            })
            .collect(),
        appointment_kinds: AppointmentKind::ALL
            .iter()
            .map(|k| AppointmentKindChoice {
                kind: *k,
                label: crate::content::label("kind", k),
                shared_by_default: super::kinds::shared_by_default(*k),
            })
            .collect(),
    }
}

/// Why she shares, as FHIR purpose-of-use codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SharePurpose {
    /// So they can treat and care for her and her baby (v3-ActReason TREAT).
    Treatment,
    /// So her team can coordinate her care between services (v3-ActReason CAREMGT).
    CareCoordination,
}

impl SharePurpose {
    pub fn fhir_code(self) -> &'static str {
        match self {
            SharePurpose::Treatment => "TREAT",
            SharePurpose::CareCoordination => "CAREMGT",
        }
    }
}

/// A care-team member she has paired with.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct CareContact {
    pub id: String,
    pub name: String,
    pub role: String,
    pub relay_url: String,
    /// She compared the safety number with them in person.
    pub verified: bool,
    /// Their keys changed since she checked: nothing is sent until she checks again.
    pub frozen: bool,
    #[serde(with = "crate::time::rfc3339")]
    pub added_at: SystemTime,
}

/// What she agrees to share, with whom, for how long and why.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GrantDraft {
    pub contact_id: String,
    pub categories: Vec<ShareCategory>,
    /// First date covered, "YYYY-MM-DD".
    pub start_date: String,
    /// Last date covered; `None` until she stops it.
    pub end_date: Option<String>,
    pub purpose: SharePurpose,
    /// With appointments: the kinds she ticked. `None` means the form's defaults (every
    /// kind but family time, court or legal, and social worker).
    #[uniffi(default)]
    pub appointment_kinds: Option<Vec<AppointmentKind>>,
}

/// What an agreement would share, and what it would not, in words, before she agrees.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct ConsentPreview {
    /// "Maya Okafor (specialist midwife) will see, from Monday 23 November until you stop it:"
    pub heading: String,
    /// One line per thing shared: "Appointments: Specialist midwife, GP, …".
    pub shared: Vec<String>,
    pub not_shared_heading: String,
    /// One line per thing not shared: kinds of appointment left out, what she didn't tick,
    /// and what is never shared.
    pub not_shared: Vec<String>,
}

/// A consent grant, current or stopped.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct ConsentGrant {
    pub id: String,
    pub contact_id: String,
    pub contact_name: String,
    pub categories: Vec<ShareCategory>,
    /// "Appointments (not Social worker, Family time, Court or legal)", …
    pub category_labels: Vec<String>,
    /// With appointments: the kinds it covers, in the form's order; empty without.
    pub appointment_kinds: Vec<AppointmentKind>,
    pub start_date: String,
    pub end_date: Option<String>,
    pub purpose: SharePurpose,
    pub purpose_label: String,
    pub active: bool,
    /// "Maya (specialist midwife) can see: Appointments. From …" in words.
    pub summary: String,
    #[serde(with = "crate::time::rfc3339")]
    pub created_at: SystemTime,
    #[serde(with = "crate::time::rfc3339_opt")]
    pub revoked_at: Option<SystemTime>,
}

/// What stopping a grant did.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct RevokeOutcome {
    /// Items that had not gone yet and never will.
    pub withdrawn: u32,
    /// Plain words for her: what stops now, and that what was already received stays
    /// with the team.
    pub message: String,
}

/// What happened to one item in her ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LedgerState {
    /// On the phone, waiting to send.
    Waiting,
    /// The relay has it; their app has not said it arrived.
    Sent,
    /// Their app said it arrived (a receipt or an acknowledgement).
    Received,
    /// She stopped sharing before it left the phone: it was never sent.
    NotSent,
    /// It reached the relay, but she stopped sharing before they collected it, and the
    /// relay deleted it: it never reached them.
    NeverDelivered,
    /// A request for support she took back before it was sent.
    TakenBack,
}

/// One line of her ledger: something shared, with whom, when and under which grant.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct LedgerEntry {
    pub contact_name: String,
    pub grant_id: String,
    /// What it was, in words ("Appointment: Key worker check-in, Tuesday 24 November").
    pub summary: String,
    pub version: u64,
    #[serde(with = "crate::time::rfc3339")]
    pub queued_at: SystemTime,
    /// When the relay accepted it; `None` while it is waiting.
    #[serde(with = "crate::time::rfc3339_opt")]
    pub sent_at: Option<SystemTime>,
    /// True when it never left the phone: she stopped sharing, or took it back, first.
    pub withdrawn: bool,
    /// What happened to it.
    pub state: LedgerState,
    /// When their app said it arrived.
    #[serde(with = "crate::time::rfc3339_opt")]
    pub received_at: Option<SystemTime>,
    /// When it was dropped: withdrawn or taken back before it went, or deleted at the relay
    /// before they collected it.
    #[serde(with = "crate::time::rfc3339_opt")]
    pub dropped_at: Option<SystemTime>,
    /// What happened and when, in words: "Sent Tuesday 24 November, 10:02", "Never
    /// delivered: you stopped sharing before Maya Okafor (specialist midwife) collected it
    /// (Wednesday 25 November, 09:00)".
    pub status_label: String,
    /// Under which agreement, in words: "Under your agreement of Monday 23 November:
    /// Appointments", or her one-off yes to a request.
    pub agreement_label: String,
}
