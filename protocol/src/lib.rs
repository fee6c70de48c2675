//! Alongside's wire formats and their crypto, shared by the core (on the phone), the CLI
//! (publisher and care-team tools) and, later, the relay. Versioned byte formats live here
//! so that every side reads and writes exactly the same bytes.
//!
//! - [`signed`]: the signed bundle container (Ed25519 over a domain-separated payload), used
//!   for the service directory and, later, content updates.
//! - [`keys`]: publisher key pairs and their key files.
//! - [`directory`]: the service directory's payload and its validation.
//! - [`device`]: device identity keys for sharing (Ed25519 to sign, X25519 to be sealed to).
//! - [`envelope`]: envelope v1, one shared item signed by its sender and sealed to its
//!   recipient (libsodium's `crypto_box_seal`), and tombstones for deletions.
//! - [`invite`]: invite codes a care-team member hands out: signed, checksummed, versioned
//!   text short enough for a QR code.
//! - [`bounded`]: reading outside input with a limit that holds while reading.
//! - [`fingerprint`]: safety numbers two people compare in person when pairing.
//! - [`free_text`]: what free text (titles, names, notes, messages, directory text) may hold.

pub mod bounded;
pub mod device;
pub mod directory;
pub mod envelope;
pub mod fingerprint;
pub mod free_text;
pub mod invite;
pub mod keys;
pub mod relay_api;
pub mod signed;
