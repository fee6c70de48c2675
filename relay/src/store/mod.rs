//! Where the relay keeps inboxes, envelopes, nonces and per-device usage: one [`Store`]
//! trait with two backends, [`sqlite::SqliteStore`] (the default, a file in the current
//! directory) and [`postgres::PgStore`]. The same integration tests run against both.
//!
//! What is stored, and nothing more:
//!
//! - `inboxes`: inbox id, SHA-256 of the owning device key, the day it was registered.
//! - `envelopes`: a sequence number (the pull cursor), envelope id, inbox id, SHA-256 of the
//!   sending device key (so only the sender can purge), size, the day received, the day it
//!   expires, and the sealed bytes. An ack deletes the bytes; the row stays, without them,
//!   until its expiry day so that a repeated put stays a no-op and a purge can say
//!   "already delivered".
//! - `challenges`: unused nonces, for whom, until when (PostgreSQL; the SQLite store keeps
//!   them in memory, see `nonces.rs`).
//! - `usage`: per sending device, how many undelivered envelopes and bytes are waiting.
//!
//! No IP addresses, no clock times finer than a day for envelopes, no plaintext.

mod nonces;
pub mod postgres;
pub mod sqlite;

use std::future::Future;

/// A device, as the store knows it: SHA-256 of its Ed25519 public key.
pub type DeviceHash = [u8; 32];

/// Why the store could not answer. Deliberately carries no text from the database, whose
/// messages can quote stored values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("the database cannot be reached")]
    Unavailable,
    #[error("the database refused an operation")]
    Failed,
    #[error("the database holds something this relay did not write")]
    Corrupt,
}

/// The result of registering an inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    Created,
    AlreadyYours,
    /// Another device registered it first.
    Taken,
    QuotaExceeded,
}

/// The result of putting an envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Stored,
    /// The same sender had already put this id into this inbox: nothing changed.
    AlreadyStored,
    /// The id is taken by another sender or inbox.
    Conflict,
    NoSuchInbox,
    QuotaExceeded,
}

/// Who may read an inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Owner,
    NotOwner,
    NoSuchInbox,
}

/// An envelope to store.
#[derive(Debug, Clone)]
pub struct NewEnvelope {
    pub id: String,
    pub inbox: String,
    pub sender: DeviceHash,
    pub body: Vec<u8>,
    pub received_day: i64,
    pub expires_day: i64,
}

/// How much one sending device may have waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub envelopes: u64,
    pub bytes: u64,
}

/// An envelope as pulled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub seq: i64,
    pub id: String,
    pub body: Vec<u8>,
    pub received_day: i64,
}

/// One page of a pull.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub envelopes: Vec<Stored>,
    pub more: bool,
}

/// What a purge did with each id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Purged {
    pub purged: Vec<String>,
    pub delivered: Vec<String>,
    pub refused: Vec<String>,
}

/// The most bytes of envelopes one pull returns (at least one envelope is always returned).
pub const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

/// The relay's storage. Every method is one transaction.
pub trait Store: Clone + Send + Sync + 'static {
    /// The backend's name for logs: "sqlite" or "postgres".
    fn backend(&self) -> &'static str;

    /// Records fresh nonces for `device`, unless it would then hold more than `max_outstanding`
    /// unexpired ones (returns false, nothing stored).
    fn add_nonces(
        &self,
        device: DeviceHash,
        nonces: Vec<[u8; 32]>,
        now: i64,
        expires_at: i64,
        max_outstanding: u64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Spends a nonce: true exactly once, if it was issued to `device` and has not expired.
    fn spend_nonce(
        &self,
        nonce: [u8; 32],
        device: DeviceHash,
        now: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Binds `inbox` to `owner` if nobody has it yet.
    fn register_inbox(
        &self,
        inbox: String,
        owner: DeviceHash,
        today: i64,
        quota_inboxes: u64,
    ) -> impl Future<Output = Result<Registered, StoreError>> + Send;

    /// Whether `device` owns `inbox`.
    fn access(&self, inbox: String, device: DeviceHash) -> impl Future<Output = Result<Access, StoreError>> + Send;

    /// Stores an envelope once, within the sender's quota.
    fn put(&self, envelope: NewEnvelope, quota: Quota) -> impl Future<Output = Result<Put, StoreError>> + Send;

    /// Stores each envelope as [`Store::put`] would, in order and in one transaction: one
    /// result per envelope, in the same order. An envelope refused (conflict, no such inbox,
    /// over quota) does not stop the ones after it; a failed transaction stores none.
    fn put_batch(
        &self,
        envelopes: Vec<NewEnvelope>,
        quota: Quota,
    ) -> impl Future<Output = Result<Vec<Put>, StoreError>> + Send;

    /// Undelivered, unexpired envelopes of `inbox` after cursor `after`, oldest first.
    fn pull(
        &self,
        inbox: String,
        after: i64,
        limit: u32,
        today: i64,
    ) -> impl Future<Output = Result<Page, StoreError>> + Send;

    /// Deletes the bytes of the named envelopes of `inbox`; returns how many were deleted.
    fn ack(&self, inbox: String, ids: Vec<String>) -> impl Future<Output = Result<u32, StoreError>> + Send;

    /// Deletes the named undelivered envelopes that `sender` put.
    fn purge(&self, sender: DeviceHash, ids: Vec<String>) -> impl Future<Output = Result<Purged, StoreError>> + Send;

    /// Drops expired envelopes (delivered or not) and expired nonces; returns how many
    /// envelopes went.
    fn expire(&self, today: i64, now: i64) -> impl Future<Output = Result<u64, StoreError>> + Send;

    /// Answers if the database does.
    fn health(&self) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// Keeps the first occurrence of each id, in order: a request naming an id twice means it once.
pub(crate) fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    ids.into_iter().filter(|id| seen.insert(id.clone())).collect()
}
