//! Sharing with her care team, only with her consent.
//!
//! - [`fhir`]: the FHIR R4 resources shared items travel as, so a care team's systems can
//!   read them without an Alongside-specific format.
//!
//! Consent grants, the outbox, the audit ledger and the sync client build on these.

pub mod fhir;
