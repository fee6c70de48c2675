//! Sharing with her care team, only with her consent.
//!
//! - [`model`]: the records and enums the shells see.
//! - [`fhir`]: the FHIR R4 resources shared items travel as.
//! - `device`, `pairing`, `contacts`: her keys, and the care-team members she has paired
//!   with from their invite codes.
//! - `grants`: what she agreed; [`kinds`]: which kinds of appointment an agreement covers.
//! - `items`: what can be shared, found in her diary and built as resources.
//! - `outbox`: the enforcement point. Nothing enters the outbox unless an active grant
//!   covers it, and it is written in the same transaction as the change it carries.
//! - `push`: putting sealed envelopes at a relay, in batches.
//! - [`sync`]: sending, purging and collecting replies over the relay; [`inbox`]: the
//!   replies (acknowledgements, appointment proposals).
//! - `api`: the methods on [`crate::Vault`].

pub(crate) mod api;
pub(crate) mod contacts;
pub(crate) mod device;
pub mod fhir;
pub(crate) mod grants;
pub mod inbox;
pub(crate) mod items;
pub mod kinds;
pub(crate) mod ledger;
pub mod model;
pub(crate) mod outbox;
pub(crate) mod pairing;
pub(crate) mod preview;
pub(crate) mod push;
pub mod sync;
pub(crate) mod sync_store;

pub use model::{
    share_choices, AppointmentKindChoice, CareContact, ConsentGrant, ConsentPreview, GrantDraft, LedgerEntry,
    LedgerState, RevokeOutcome, ShareCategory, ShareChoices, SharePurpose,
};

use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::error::Result;

/// Hex SHA-256, for noticing unchanged items and for short stable ids.
pub(crate) fn hash_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

const SUBJECT_KEY: &str = "sharing_subject_id";

/// The random id that names her in shared resources, made on first use.
pub(crate) fn subject(conn: &Connection) -> Result<fhir::Subject> {
    if let Some(id) = crate::services::options::get(conn, SUBJECT_KEY)? {
        return Ok(fhir::Subject { id });
    }
    let id = uuid::Uuid::new_v4().to_string();
    crate::services::options::set(conn, SUBJECT_KEY, &id)?;
    Ok(fhir::Subject { id })
}

/// The sharing hook: called by every diary write, inside its transaction. Quick when she
/// shares nothing: one indexed read.
pub(crate) fn changed(conn: &Connection, change: items::Change, now: i64) -> Result<()> {
    if grants::active(conn)?.is_empty() {
        return Ok(());
    }
    let now = jiff::Timestamp::from_second(now).unwrap_or_default();
    let subject = subject(conn)?;
    let found = items::for_change(conn, &change, now, &subject)?;
    outbox::queue(conn, &found, now.as_second())?;
    Ok(())
}

/// The hook for a deleted breastfeeding plan: a tombstone for each team that has it.
pub(crate) fn plan_deleted(conn: &Connection, now: i64) -> Result<()> {
    let summary = crate::content::text("share-item-plan-deleted", &[]);
    outbox::tombstones(conn, "breastfeeding-plan", "breastfeeding-plan", &summary, now)?;
    Ok(())
}

/// The hook for a deleted appointment: tombstones for what was shared of it.
pub(crate) fn appointment_deleted(conn: &Connection, id: &str, now: i64) -> Result<()> {
    let summary = crate::content::text("share-item-deleted", &[]);
    outbox::tombstones(conn, "appointment", &format!("{}-", fhir::id(id)), &summary, now)?;
    Ok(())
}
