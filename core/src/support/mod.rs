//! Support after a baby is taken into care. She can tell the app, privately, that her
//! baby is no longer with her; the app then changes gently around her own care. Nothing is
//! sent anywhere because of it: the status lives only in her encrypted vault and no
//! sharing category covers it.
//!
//! - [`status`]: her baby's situation, as she tells it, and the words the app uses for it.
//! - [`dates`]: her due date and her baby's date of birth, optional and private.
//! - [`crisis`]: "I'm not safe right now": crisis contacts at once, offline.
//! - [`request`], [`recipients`], `request_api`, `request_store`: requests for support
//!   she chooses to send, to someone she paired with or a service whose inbox is in the
//!   signed directory, previewed word for word, sent under a one-off yes.
//! - [`today`], [`offers`]: Today in support mode: no feeding prompts, her own care
//!   offered, her next family time.
//! - [`guidance`]: the guidance list with her own care first.
//! - [`services`]: directory services for this situation, nearest first.

pub mod crisis;
pub mod dates;
pub mod guidance;
pub mod offers;
pub mod recipients;
pub mod request;
pub(crate) mod request_api;
pub(crate) mod request_store;
pub mod services;
pub mod status;
pub mod today;

pub use crisis::{crisis_help, CrisisHelp};
pub use dates::{HerDates, HerDatesView};
pub use offers::{SupportOffer, SupportOfferKind};
pub use recipients::SupportRecipientOption;
pub use request::{
    support_request_choices, ContactMethod, SafeTime, SupportNeed, SupportRecipient, SupportRequestChoices,
    SupportRequestDraft, SupportRequestPreview, SupportRequestState, SupportRequestView, SupportUrgency,
};
pub use services::{GeoPoint, SupportService};
pub use status::{BabyStatus, BabyStatusView};
pub use today::SupportToday;
