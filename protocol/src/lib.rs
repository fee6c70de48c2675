//! Alongside's wire formats and their crypto, shared by the core (on the phone), the CLI
//! (publisher and care-team tools) and, later, the relay. Versioned byte formats live here
//! so that every side reads and writes exactly the same bytes.
//!
//! - [`signed`]: the signed bundle container (Ed25519 over a domain-separated payload), used
//!   for the service directory and, later, content updates.
//! - [`keys`]: publisher key pairs and their key files.
//! - [`directory`]: the service directory's payload and its validation.

pub mod directory;
pub mod keys;
pub mod signed;
