//! Sharing methods on [`Vault`]: pairing, consent, the ledger.

use std::time::SystemTime;

use super::contacts::{self, StoredContact};
use super::fhir::consent::{consent, ConsentTerms};
use super::grants::{self, StoredGrant};
use super::items;
use super::model::{CareContact, ConsentGrant, ConsentPreview, GrantDraft, LedgerEntry, RevokeOutcome, ShareCategory};
use super::outbox;
use crate::content::text;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

#[uniffi::export]
impl Vault {
    /// Pairs with a care-team member from their invite code (typed or scanned). Their
    /// keys are pinned; compare the safety number with them in person before relying on
    /// it. An invite for someone she already has, with different keys, freezes sharing
    /// with them until she checks the new safety number.
    pub fn add_care_contact(&self, invite_code: String, now: SystemTime) -> Result<CareContact> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let id = super::pairing::pair(tx, &invite_code, now)?;
            // Her keys exist from the first pairing, so the safety number is ready to show.
            super::device::key(tx)?;
            Ok(contacts::load(tx, &id)?.record())
        })
    }

    /// The safety number to compare with a contact in person: twelve groups of five
    /// digits, the same on both phones.
    pub fn care_contact_safety_number(&self, contact_id: String) -> Result<Vec<String>> {
        self.write(|tx| super::pairing::safety_groups(tx, &contact_id))
    }

    /// Her care-team contacts, oldest first.
    pub fn care_contacts(&self) -> Result<Vec<CareContact>> {
        self.read(|conn| Ok(contacts::paired(conn)?.iter().map(StoredContact::record).collect()))
    }

    /// She compared the safety number in person: unfreezes a contact whose keys changed.
    pub fn mark_care_contact_verified(&self, contact_id: String, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            contacts::load(tx, &contact_id)?;
            contacts::set_verified(tx, &contact_id, true, now)
        })
    }

    /// What an agreement would share with a contact, and what it would not (kinds of
    /// appointment left out, what she didn't tick, her private notes), in words. Checks the
    /// draft as `grant_consent` does; changes nothing.
    pub fn preview_consent(&self, draft: GrantDraft) -> Result<ConsentPreview> {
        let checked = grants::validate(&draft)?;
        self.read(|conn| {
            let contact = contacts::load(conn, &draft.contact_id)?;
            if contact.directory_service.is_some() {
                return Err(AlongsideError::not_found("care team contact"));
            }
            Ok(super::preview::preview(&checked, &contact.display()))
        })
    }

    /// Agrees to share `draft.categories` with a contact for a period. Queues her consent
    /// (FHIR `Consent`) and everything already in her diary that the grant covers, all in
    /// one transaction; nothing is sent until the next sync.
    pub fn grant_consent(&self, draft: GrantDraft, now: SystemTime) -> Result<ConsentGrant> {
        let now_ts = time::timestamp(now)?;
        let checked = grants::validate(&draft)?;
        self.write(|tx| {
            let contact = contacts::load(tx, &draft.contact_id)?;
            if contact.directory_service.is_some() {
                return Err(AlongsideError::not_found("care team contact"));
            }
            if contact.frozen {
                return Err(AlongsideError::refused("contact", "error-contact-keys-changed-share"));
            }
            let g = StoredGrant {
                id: uuid::Uuid::new_v4().to_string(),
                contact_id: contact.id.clone(),
                categories: checked.categories,
                appointment_kinds: checked.appointment_kinds,
                start: checked.start,
                end: checked.end,
                purpose: draft.purpose,
                created_at: now_ts.as_second(),
                revoked_at: None,
                one_off: false,
            };
            grants::insert(tx, &g)?;
            let subject = super::subject(tx)?;
            queue_hello(tx, &g, &contact, now_ts.as_second())?;
            queue_patient(tx, &g, &contact, now_ts.as_second())?;
            queue_consent(tx, &g, &contact, true, now)?;
            let found = items::in_period(tx, &g.categories, g.start, g.end, now_ts, &subject)?;
            outbox::queue_for(tx, &g, &found, now_ts.as_second())?;
            Ok(grants::record(&g, &contact.display()))
        })
    }

    /// Stops a grant: what has not gone yet is dropped, nothing more is sent under it,
    /// the relay is told to drop what it still holds (at the next sync), and the team is
    /// sent her consent marked inactive.
    pub fn revoke_consent(&self, grant_id: String, now: SystemTime) -> Result<RevokeOutcome> {
        let now_ts = time::timestamp(now)?;
        self.write(|tx| {
            let g = grants::load(tx, &grant_id)?;
            if g.one_off {
                // A request for support is taken back with `cancel_support_request`.
                return Err(AlongsideError::not_found("sharing agreement"));
            }
            if g.revoked_at.is_some() {
                return Err(AlongsideError::refused(
                    "sharing agreement",
                    "error-sharing-already-stopped",
                ));
            }
            let contact = contacts::load(tx, &g.contact_id)?;
            let withdrawn = outbox::withdraw(tx, &g.id, now_ts.as_second())?;
            grants::set_revoked(tx, &g.id, now_ts.as_second())?;
            let revoked = StoredGrant {
                revoked_at: Some(now_ts.as_second()),
                ..g
            };
            queue_consent(tx, &revoked, &contact, false, now)?;
            Ok(RevokeOutcome {
                withdrawn,
                message: text("share-revoked", &[("name", contact.name.as_str().into())]),
            })
        })
    }

    /// Every grant, current and stopped, oldest first.
    pub fn consent_grants(&self) -> Result<Vec<ConsentGrant>> {
        self.read(|conn| {
            let contacts = contacts::all(conn)?;
            grants::standing(conn)?
                .iter()
                .map(|g| {
                    let name = contacts
                        .iter()
                        .find(|c| c.id == g.contact_id)
                        .map(StoredContact::display)
                        .unwrap_or_default();
                    Ok(grants::record(g, &name))
                })
                .collect()
        })
    }

    /// Her ledger: everything queued to share, newest first, with whom and whether it went.
    pub fn share_ledger(&self) -> Result<Vec<LedgerEntry>> {
        self.read(super::ledger::entries)
    }

    /// How many items are waiting to be sent.
    pub fn sharing_pending(&self) -> Result<u32> {
        self.read(|conn| outbox::pending(conn, None))
    }
}

/// The first time she shares with a contact, tells them how to reply: her device's
/// public keys and her inbox at their relay. Sent only once she has agreed to share; sent
/// again only if an earlier one was withdrawn before it went.
pub(crate) fn queue_hello(
    conn: &rusqlite::Connection,
    g: &StoredGrant,
    contact: &StoredContact,
    now: i64,
) -> Result<()> {
    let sent_before: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM share_ledger WHERE contact_id = ?1 AND item_kind = 'hello' AND withdrawn_at IS NULL)",
        [&contact.id],
        |r| r.get(0),
    )?;
    if sent_before {
        return Ok(());
    }
    let me = super::device::key(conn)?.identity();
    let hello = serde_json::json!({
        "format": "alongside-hello",
        "version": 1,
        "relay_url": contact.relay_url,
        "inbox": super::sync_store::inbox_at(conn, &contact.relay_url)?,
        "signing_key": me.signing.to_base64(),
        "sealing_key": me.sealing.to_base64(),
    });
    let summary = text("share-item-hello", &[("name", contact.name.as_str().into())]);
    outbox::insert(
        conn,
        g,
        alongside_protocol::envelope::HELLO,
        alongside_protocol::envelope::HELLO,
        1,
        &serde_json::to_vec(&hello)?,
        false,
        &summary,
        now,
    )?;
    Ok(())
}

/// The first time she shares with a contact, sends her `Patient`, so that every resource's
/// subject resolves in what they export. It holds only her random subject id. Sent again
/// only if an earlier one was withdrawn before it went.
pub(crate) fn queue_patient(
    conn: &rusqlite::Connection,
    g: &StoredGrant,
    contact: &StoredContact,
    now: i64,
) -> Result<()> {
    let sent_before: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM share_ledger WHERE contact_id = ?1 AND item_kind = ?2 AND withdrawn_at IS NULL)",
        rusqlite::params![&contact.id, PATIENT],
        |r| r.get(0),
    )?;
    if sent_before {
        return Ok(());
    }
    let subject = super::subject(conn)?;
    let resource = super::fhir::versioned(&super::fhir::patient::patient(&subject), 1);
    let summary = text("share-item-patient", &[("name", contact.name.as_str().into())]);
    outbox::insert(
        conn,
        g,
        PATIENT,
        &subject.id,
        1,
        &serde_json::to_vec(&resource)?,
        false,
        &summary,
        now,
    )?;
    Ok(())
}

/// The envelope kind her `Patient` travels as.
pub(crate) const PATIENT: &str = "patient";

/// Queues the grant itself as a FHIR `Consent` for the contact, active or stopped. It
/// goes under its own grant even when stopping it: it is the one thing a stopped grant
/// still sends.
fn queue_consent(
    conn: &rusqlite::Connection,
    g: &StoredGrant,
    contact: &StoredContact,
    active: bool,
    at: SystemTime,
) -> Result<()> {
    let subject = super::subject(conn)?;
    let mut types: Vec<&'static str> = g
        .categories
        .iter()
        .flat_map(|c| c.resource_types().iter().copied())
        .collect();
    types.sort_unstable();
    types.dedup();
    let resource = consent(
        &ConsentTerms {
            grant_id: &g.id,
            recipient: &contact.display(),
            resource_types: types,
            excluded_appointment_types: if g.categories.contains(&ShareCategory::Appointments) {
                super::kinds::left_out(&g.appointment_kinds)
                    .iter()
                    .map(|k| crate::content::label("kind", k))
                    .collect()
            } else {
                Vec::new()
            },
            start: g.start.to_string(),
            end: g.end.map(|e| e.to_string()),
            purpose: g.purpose.fhir_code(),
            active,
            at,
        },
        &subject,
    )?;
    let version = if active { 1 } else { 2 };
    let summary = text(
        if active {
            "share-item-consent"
        } else {
            "share-item-consent-stopped"
        },
        &[("name", contact.name.as_str().into())],
    );
    outbox::insert(
        conn,
        g,
        "consent",
        &g.id,
        version,
        &serde_json::to_vec(&super::fhir::versioned(&resource, version))?,
        false,
        &summary,
        time::unix(at)?,
    )?;
    Ok(())
}

impl Vault {
    /// Her device's public sharing identity (made on first use). The care team learns it
    /// from her first envelope; Rust callers (the CLI, tests) can read it here.
    pub fn sharing_identity(&self) -> Result<alongside_protocol::device::DeviceIdentity> {
        self.write(|tx| Ok(super::device::key(tx)?.identity()))
    }
}
