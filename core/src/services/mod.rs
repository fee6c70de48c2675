//! The "one place" service directory: a signed bundle of local services, the venues where
//! they meet and their sessions, kept inside the encrypted vault so that which area she
//! looks at stays private.
//!
//! Women told researchers that services meeting in one place made the difference, so the
//! queries here answer "what is on where, and when can I see several at once": text
//! search, venue hubs, a one-place plan and venues near a point (all computed on the phone).
//!
//! - [`model`]: the records and enums the shells see.
//! - [`trust`]: the pinned publisher keys.
//! - [`options`]: her choices: sample data, and opt-in updates and their address.
//! - [`import`]: checking a bundle and replacing the directory in one transaction.
//! - [`update`]: fetching a newer bundle, when she has turned updates on.
//! - [`schedule`]: when a session happens.
//! - [`store`]: reading the installed directory back.
//! - [`search`], [`hubs`], [`plan`], [`near`]: the questions she can ask.
//! - `places`: an appointment's venue and what else meets there that day.
//! - `sample`: the made-up Sampleton directory, compiled in, for trying the app.
//! - `api`: the exported methods on [`crate::Vault`].

mod api;
pub mod hubs;
pub mod import;
pub mod model;
pub mod near;
pub mod options;
pub(crate) mod places;
pub mod plan;
pub(crate) mod sample;
pub mod schedule;
pub mod search;
pub(crate) mod store;
pub mod trust;
pub mod update;

pub use api::service_categories;
pub use model::{
    AppointmentPlace, BundleRefusal, Category, CategoryChoice, DirectoryOptions, DirectoryStatus, HubDay, HubSession,
    PlanOption, Referral, ServiceQuery, ServiceResult, SessionAccess, SessionView, VenueDetail, VenueDistance,
    VenueHub, VenueSummary,
};
pub use update::UpdateOutcome;
