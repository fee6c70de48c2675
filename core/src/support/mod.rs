//! Support after a baby is taken into care. She can tell the app, privately, that her
//! baby is no longer with her; the app then changes gently around her own care. Nothing is
//! sent anywhere because of it: the status lives only in her encrypted vault and no
//! sharing category covers it.
//!
//! - [`status`]: her baby's situation, as she tells it, and the words the app uses for it.
//! - [`crisis`]: "I'm not safe right now": crisis contacts at once, offline.
//! - [`request`], [`recipients`], `request_api`, `request_store`: requests for support
//!   she chooses to send, to someone she paired with or a service whose inbox is in the
//!   signed directory, previewed word for word, sent under a one-off yes.

pub mod crisis;
pub mod recipients;
pub mod request;
pub(crate) mod request_api;
pub(crate) mod request_store;
pub mod status;

pub use crisis::{crisis_help, CrisisHelp};
pub use recipients::SupportRecipientOption;
pub use request::{
    support_request_choices, ContactMethod, SafeTime, SupportNeed, SupportRecipient, SupportRequestChoices,
    SupportRequestDraft, SupportRequestPreview, SupportRequestState, SupportRequestView, SupportUrgency,
};
pub use status::{BabyStatus, BabyStatusView};
