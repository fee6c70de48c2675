//! The "one place" service directory: a signed bundle of local services, the venues where
//! they meet and their sessions, kept inside the encrypted vault so that which area she
//! looks at stays private.
//!
//! Women told researchers that services meeting in one place made the difference, so the
//! queries here answer "what is on where, and when can I see several at once": text
//! search, venue hubs, a one-place plan and venues near a point (all computed on the phone).
//!
//! - [`model`]: the records and enums the shells see.
//! - [`trust`]: the pinned publisher keys and her sample-data setting.
//! - [`import`]: checking a bundle and replacing the directory in one transaction.
//! - [`schedule`]: when a session happens.
//! - [`store`]: reading the installed directory back.
//! - [`search`], [`hubs`], [`plan`], [`near`]: the questions she can ask.
//! - `api`: the exported methods on [`crate::Vault`].

mod api;
pub mod hubs;
pub mod import;
pub mod model;
pub mod near;
pub mod plan;
pub mod schedule;
pub mod search;
pub(crate) mod store;
pub mod trust;

pub use model::{
    BundleRefusal, Category, DirectoryOptions, DirectoryStatus, HubDay, HubSession, PlanOption, Referral, ServiceQuery,
    ServiceResult, SessionAccess, SessionView, VenueDetail, VenueDistance, VenueHub, VenueSummary,
};
