//! Pairing with a care-team member from their invite code. The invite's signature is
//! checked, its keys are pinned, and the safety number lets her check them in person.
//! An invite for a contact she already has, carrying different keys, freezes sharing
//! with them until she checks again: keys the relay or a stranger supplies are never
//! trusted silently.

use alongside_protocol::device::{BoxPublicKey, DeviceIdentity};
use alongside_protocol::fingerprint::safety_number;
use alongside_protocol::invite::{Invite, InviteError};
use alongside_protocol::keys::PublicKey;
use rusqlite::{params, Connection};

use super::contacts::{self, StoredContact};
use crate::error::{AlongsideError, Result};

/// Why an invite code was refused, in her words.
fn refused(e: InviteError) -> AlongsideError {
    let id = match e {
        InviteError::NotAnInvite | InviteError::BadCharacters => "error-invite-not-an-invite",
        InviteError::BadChecksum | InviteError::TooLong | InviteError::Malformed => "error-invite-incomplete",
        InviteError::UnsupportedVersion => "error-invite-too-new",
        _ => "error-invite-untrusted",
    };
    AlongsideError::refused("invite code", id)
}

/// The identity pinned for a contact.
pub(crate) fn identity(c: &StoredContact) -> Result<DeviceIdentity> {
    let damaged = || AlongsideError::VaultUnreadable {
        reason: "a care team contact's keys are damaged".to_string(),
    };
    Ok(DeviceIdentity {
        signing: PublicKey::from_base64(&c.signing_key).map_err(|_| damaged())?,
        sealing: BoxPublicKey::from_base64(&c.box_key).map_err(|_| damaged())?,
    })
}

/// How long an invite code can be used after it was made: it is handed over in person, so
/// a code found later (an old screenshot, a forwarded message) is refused.
const INVITE_VALID_DAYS: i64 = 30;
/// How far ahead of her clock an invite's time may be: phones' clocks differ a little.
const CLOCK_SKEW_SECONDS: i64 = 24 * 60 * 60;

/// Checks an invite's age against her clock.
fn check_age(invite: &Invite, now: i64) -> Result<()> {
    let made = invite.created_at.as_second();
    if made > now + CLOCK_SKEW_SECONDS {
        return Err(AlongsideError::refused("invite code", "error-invite-from-future"));
    }
    if now - made > INVITE_VALID_DAYS * 24 * 60 * 60 {
        return Err(AlongsideError::refused("invite code", "error-invite-too-old"));
    }
    Ok(())
}

/// Adds (or refreshes) the contact an invite describes; returns its id.
pub(crate) fn pair(conn: &Connection, code: &str, now: i64) -> Result<String> {
    let invite = Invite::decode(code).map_err(refused)?;
    check_age(&invite, now)?;
    let signing_key = invite.member.signing.to_base64();
    let box_key = invite.member.sealing.to_base64();
    let inbox_id = invite.inbox.to_hex();
    let existing = contacts::paired(conn)?
        .into_iter()
        .find(|c| c.relay_url == invite.relay_url && c.inbox_id == inbox_id);
    if let Some(c) = existing {
        if c.signing_key != signing_key || c.box_key != box_key {
            conn.execute(
                "UPDATE care_contacts SET signing_key = ?2, box_key = ?3, name = ?4, role = ?5, verified = 0,
                     frozen = 1, updated_at = ?6 WHERE id = ?1",
                params![c.id, signing_key, box_key, invite.display_name, invite.role, now],
            )?;
        }
        return Ok(c.id);
    }
    let c = StoredContact {
        id: uuid::Uuid::new_v4().to_string(),
        name: invite.display_name,
        role: invite.role,
        relay_url: invite.relay_url,
        inbox_id,
        signing_key,
        box_key,
        verified: false,
        frozen: false,
        added_at: now,
        directory_service: None,
    };
    contacts::insert(conn, &c)?;
    Ok(c.id)
}

/// The safety number she and the contact compare, as groups of five digits.
pub(crate) fn safety_groups(conn: &Connection, contact_id: &str) -> Result<Vec<String>> {
    let c = contacts::load(conn, contact_id)?;
    let mine = super::device::key(conn)?.identity();
    Ok(safety_number(&mine, &identity(&c)?).groups())
}
