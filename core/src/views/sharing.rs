//! The sharing screen: whom she paired with and whether she has checked their safety
//! number, what she shares with each, the form's choices, what has gone (the ledger), how
//! much is waiting, and her team's suggestions. One call, so the shells neither filter
//! (stopped agreements, checked safety numbers) nor make several calls per screen.

use std::time::SystemTime;

use crate::content::text;
use crate::error::Result;
use crate::sharing::contacts::{self, StoredContact};
use crate::sharing::grants::{self, StoredGrant};
use crate::sharing::inbox::CareTeamMessage;
use crate::sharing::{ledger, outbox, pairing, share_choices};
use crate::sharing::{CareContact, ConsentGrant, LedgerEntry, ShareChoices};
use crate::time;
use crate::vault::Vault;

/// Someone she paired with, as the sharing screen shows them.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SharingContact {
    pub contact: CareContact,
    /// "Maya Okafor (specialist midwife)".
    pub label: String,
    /// The safety number to compare in person (twelve groups of five digits) until she has
    /// checked it (`mark_care_contact_verified`); empty once she has.
    pub safety_number: Vec<String>,
    /// Whether a new agreement can be made with them now: not while their keys changed
    /// and she has not checked the new safety number.
    pub can_share: bool,
    /// Her agreements with them that are still running, oldest first (`revoke_consent`).
    pub agreements: Vec<ConsentGrant>,
}

/// Everything the sharing screen shows.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SharingView {
    /// Her date at `now` ("YYYY-MM-DD"): the first day a new agreement covers.
    pub today: String,
    /// What an agreement can cover, why she might share, and which kinds of appointment
    /// start ticked.
    pub choices: ShareChoices,
    /// Whom she paired with, oldest first.
    pub contacts: Vec<SharingContact>,
    /// What has gone and what waits, newest first.
    pub ledger: Vec<LedgerEntry>,
    /// How many items wait to be sent.
    pub pending: u32,
    /// "2 items are ready to send".
    pub pending_label: String,
    /// Appointments her team suggested that she has not taken up or set aside.
    pub messages: Vec<CareTeamMessage>,
}

#[uniffi::export]
impl Vault {
    /// The sharing screen at `now`, in one call.
    pub fn sharing_screen(&self, now: SystemTime) -> Result<SharingView> {
        let now = time::timestamp(now)?;
        let messages = self.care_team_messages()?;
        // A write: a safety number needs her device key, made on first use.
        let (today, contacts, ledger, pending) = self.write(|tx| {
            let tz = time::zone(&crate::vault::settings_zone(tx)?)?;
            let running: Vec<StoredGrant> = grants::standing(tx)?
                .into_iter()
                .filter(|g| g.revoked_at.is_none())
                .collect();
            let contacts = contacts::paired(tx)?
                .iter()
                .map(|c| contact(tx, c, &running))
                .collect::<Result<Vec<_>>>()?;
            Ok((
                now.to_zoned(tz).date().to_string(),
                contacts,
                ledger::entries(tx)?,
                outbox::pending(tx, None)?,
            ))
        })?;
        Ok(SharingView {
            today,
            choices: share_choices(),
            contacts,
            ledger,
            pending_label: text("share-ready-to-send", &[("count", pending.into())]),
            pending,
            messages,
        })
    }
}

fn contact(conn: &rusqlite::Connection, c: &StoredContact, running: &[StoredGrant]) -> Result<SharingContact> {
    let label = c.display();
    Ok(SharingContact {
        safety_number: if c.verified {
            Vec::new()
        } else {
            pairing::safety_groups(conn, &c.id)?
        },
        can_share: !c.frozen,
        agreements: running
            .iter()
            .filter(|g| g.contact_id == c.id)
            .map(|g| grants::record(g, &label))
            .collect(),
        label,
        contact: c.record(),
    })
}
