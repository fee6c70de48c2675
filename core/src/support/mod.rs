//! Support after a baby is taken into care. She can tell the app, privately, that her
//! baby is no longer with her; the app then changes gently around her own care. Nothing is
//! sent anywhere because of it: the status lives only in her encrypted vault and no
//! sharing category covers it.
//!
//! - [`status`]: her baby's situation, as she tells it, and the words the app uses for it.
//! - [`crisis`]: "I'm not safe right now": crisis contacts at once, offline.
//! - [`today`], [`offers`]: Today in support mode: no feeding prompts, her own care
//!   offered, her next family time.
//! - [`guidance`]: the guidance list with her own care first.
//! - [`services`]: directory services for this situation, nearest first.

pub mod crisis;
pub mod guidance;
pub mod offers;
pub mod services;
pub mod status;
pub mod today;

pub use crisis::{crisis_help, CrisisHelp};
pub use offers::{SupportOffer, SupportOfferKind};
pub use services::{GeoPoint, SupportService};
pub use status::{BabyStatus, BabyStatusView};
pub use today::SupportToday;
