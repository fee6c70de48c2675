//! A request for support, as she fills it in: what she needs, how and when it is safe to
//! contact her, how soon, and who should receive it. Checked here, and turned into the
//! lines of words she reads before sending; those same lines are what the recipient reads.

use std::time::SystemTime;

use crate::content::{label, text};
use crate::error::{AlongsideError, Result};
use crate::free_text::{self, Layout};

/// What she would like help with.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SupportNeed {
    SomeoneToTalkTo,
    MentalHealthSupport,
    PostnatalCheck,
    ChildrensServicesNextSteps,
    LegalAdvice,
    PeerSupport,
    HousingOrMoney,
    ContactArrangements,
    StayingSafeFromSomeone,
}

impl SupportNeed {
    pub const ALL: [SupportNeed; 9] = [
        SupportNeed::SomeoneToTalkTo,
        SupportNeed::MentalHealthSupport,
        SupportNeed::PostnatalCheck,
        SupportNeed::ChildrensServicesNextSteps,
        SupportNeed::LegalAdvice,
        SupportNeed::PeerSupport,
        SupportNeed::HousingOrMoney,
        SupportNeed::ContactArrangements,
        SupportNeed::StayingSafeFromSomeone,
    ];
}

/// How they may get in touch.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    Call,
    Text,
    InPerson,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 3] = [ContactMethod::Call, ContactMethod::Text, ContactMethod::InPerson];

    /// The HL7 v3 ParticipationMode code (CommunicationRequest.medium).
    pub fn participation_mode(self) -> &'static str {
        match self {
            ContactMethod::Call => "PHONE",
            ContactMethod::Text => "SMSWRIT",
            ContactMethod::InPerson => "FACE",
        }
    }
}

/// When it is safe to contact her. None chosen means any time.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SafeTime {
    Mornings,
    Afternoons,
    Evenings,
    Weekends,
}

impl SafeTime {
    pub const ALL: [SafeTime; 4] = [
        SafeTime::Mornings,
        SafeTime::Afternoons,
        SafeTime::Evenings,
        SafeTime::Weekends,
    ];
}

/// How soon she would like to hear back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportUrgency {
    Today,
    ThisWeek,
}

/// Who receives a request: someone she paired with, or a service that publishes its inbox
/// in the signed directory.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportRecipient {
    CareContact { contact_id: String },
    DirectoryService { service_id: String },
}

/// What she fills in.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize, serde::Deserialize)]
pub struct SupportRequestDraft {
    pub needs: Vec<SupportNeed>,
    pub methods: Vec<ContactMethod>,
    /// Needed when they may call or text.
    pub phone: Option<String>,
    /// What they should call her; nothing is sent if she leaves it empty.
    pub name_to_use: Option<String>,
    pub safe_times: Vec<SafeTime>,
    pub may_leave_message: bool,
    pub urgency: SupportUrgency,
    pub recipient: SupportRecipient,
    /// Anything else, in her words (up to 500 characters).
    pub note: Option<String>,
}

/// The choices the form offers, in words.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportRequestChoices {
    pub needs: Vec<NeedChoice>,
    pub methods: Vec<MethodChoice>,
    pub safe_times: Vec<SafeTimeChoice>,
    pub urgencies: Vec<UrgencyChoice>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct NeedChoice {
    pub need: SupportNeed,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct MethodChoice {
    pub method: ContactMethod,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SafeTimeChoice {
    pub time: SafeTime,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct UrgencyChoice {
    pub urgency: SupportUrgency,
    pub label: String,
}

/// The request form's choices: needs no vault, so the form can be drawn at once.
#[uniffi::export]
pub fn support_request_choices() -> SupportRequestChoices {
    SupportRequestChoices {
        needs: SupportNeed::ALL
            .iter()
            .map(|n| NeedChoice {
                need: *n,
                label: label("support-need", n),
            })
            .collect(),
        methods: ContactMethod::ALL
            .iter()
            .map(|m| MethodChoice {
                method: *m,
                label: label("support-method", m),
            })
            .collect(),
        safe_times: SafeTime::ALL
            .iter()
            .map(|t| SafeTimeChoice {
                time: *t,
                label: label("support-safe-time", t),
            })
            .collect(),
        urgencies: [SupportUrgency::Today, SupportUrgency::ThisWeek]
            .iter()
            .map(|u| UrgencyChoice {
                urgency: *u,
                label: label("support-urgency", u),
            })
            .collect(),
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportRequestState {
    /// On this phone; it goes at the next sync with signal.
    WaitingToSend,
    /// The relay has it.
    Sent,
    /// Their app opened it.
    Received,
    /// Someone there replied.
    Answered,
    /// She took it back before it went.
    Cancelled,
}

/// What she sees before sending: exactly what the recipient will read.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportRequestPreview {
    /// "Maya Okafor (specialist midwife)" or a service's name.
    pub recipient_name: String,
    /// "This is exactly what Maya Okafor (specialist midwife) will see:".
    pub heading: String,
    /// The request, line by line, as they will read it.
    pub lines: Vec<String>,
    /// What is not sent (her diary, where her baby is, her name unless she gave one).
    pub not_sent: String,
    /// Sending is her one-off yes: this request, to this recipient, nothing else.
    pub consent: String,
    /// The FHIR R4 CommunicationRequest as it will be sealed (for "show the details").
    pub resource_json: String,
}

/// A request she sent, and how far it has got.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportRequestView {
    pub id: String,
    pub recipient_name: String,
    pub lines: Vec<String>,
    pub urgency: SupportUrgency,
    pub state: SupportRequestState,
    /// "Waiting to send. It will go when you're online.", "Sent", "Received by …",
    /// "Answered by …".
    pub state_label: String,
    /// Their reply, if they wrote one.
    pub answer: Option<String>,
    #[serde(with = "crate::time::rfc3339")]
    pub created_at: SystemTime,
}

const MAX_NOTE: usize = 500;
const MAX_NAME: usize = 60;

/// Tidies a field as the recipient will read it (see `crate::free_text`): `layout` says
/// whether it keeps line breaks. Empty means not given.
fn clean(field: &str, value: &Option<String>, max: usize, layout: Layout) -> Result<Option<String>> {
    let tidy = match layout {
        Layout::OneLine => free_text::typed_line,
        Layout::Lines => free_text::typed_lines,
    };
    let Some(v) = value.as_deref().map(tidy).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > max {
        return Err(AlongsideError::invalid(
            field,
            &crate::content::text("error-text-limit", &[("max", max.into())]),
        ));
    }
    Ok(Some(v))
}

/// Checks a draft and returns it tidied: choices sorted and deduplicated, text trimmed.
pub(crate) fn validate(d: &SupportRequestDraft) -> Result<SupportRequestDraft> {
    let mut out = d.clone();
    out.needs.sort();
    out.needs.dedup();
    out.methods.sort();
    out.methods.dedup();
    out.safe_times.sort();
    out.safe_times.dedup();
    if out.needs.is_empty() {
        return Err(AlongsideError::refused("needs", "error-request-choose-need"));
    }
    if out.methods.is_empty() {
        return Err(AlongsideError::refused("contact", "error-request-choose-contact-way"));
    }
    out.note = clean("note", &d.note, MAX_NOTE, Layout::Lines)?;
    out.name_to_use = clean("name", &d.name_to_use, MAX_NAME, Layout::OneLine)?;
    out.phone = clean("phone", &d.phone, 30, Layout::OneLine)?;
    let by_phone = out
        .methods
        .iter()
        .any(|m| matches!(m, ContactMethod::Call | ContactMethod::Text));
    match &out.phone {
        None if by_phone => return Err(AlongsideError::refused("phone", "error-request-needs-number")),
        Some(p) => {
            let digits = p.chars().filter(char::is_ascii_digit).count();
            if !(7..=15).contains(&digits) || !p.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c)) {
                return Err(AlongsideError::refused("phone", "error-not-a-phone-number"));
            }
        }
        None => {}
    }
    Ok(out)
}

fn joined<T: serde::Serialize>(prefix: &str, items: &[T]) -> String {
    items.iter().map(|i| label(prefix, i)).collect::<Vec<_>>().join(", ")
}

/// The request in words, line by line: what she previews and what they read.
pub(crate) fn lines(d: &SupportRequestDraft) -> Vec<String> {
    let mut out = vec![text(
        "support-line-needs",
        &[("needs", joined("support-need", &d.needs).into())],
    )];
    if let Some(name) = &d.name_to_use {
        out.push(text("support-line-name", &[("name", name.as_str().into())]));
    }
    out.push(text(
        "support-line-methods",
        &[("methods", joined("support-method", &d.methods).into())],
    ));
    if let Some(phone) = &d.phone {
        out.push(text("support-line-phone", &[("phone", phone.as_str().into())]));
    }
    let times = if d.safe_times.is_empty() {
        text("support-safe-time-any", &[])
    } else {
        joined("support-safe-time", &d.safe_times)
    };
    out.push(text("support-line-times", &[("times", times.into())]));
    out.push(text(
        if d.may_leave_message {
            "support-line-message-ok"
        } else {
            "support-line-message-no"
        },
        &[],
    ));
    out.push(text(
        "support-line-urgency",
        &[("urgency", label("support-urgency", &d.urgency).into())],
    ));
    if let Some(note) = &d.note {
        out.push(text("support-line-note", &[("note", note.as_str().into())]));
    }
    out
}
