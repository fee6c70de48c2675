//! `sync_now`: sends what is waiting, tells relays to drop what a stopped grant left
//! undelivered, and collects what her team sent back. Safe to call from a background
//! thread: the vault is locked only for short reads and writes between network calls, so
//! the app stays usable while a sync runs. Every envelope goes with a fixed id, so a
//! retry after a dropped connection is a no-op at the relay: each item arrives once.
//!
//! Backoff after a failure is for automatic retries only (`sync_in_background`): when she
//! asks ("Send now"), everything waiting goes at once, so an urgent request never waits
//! an hour for a timer after signal comes back.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::SystemTime;

use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::{self, Envelope, EnvelopeId, InboxId, Item, Kind};
use alongside_protocol::keys::PublicKey;
use alongside_relay::client::RelayClient;

use super::contacts::{self, StoredContact};
use super::push::{not_ok, push, Sealed};
use super::sync_store::Waiting;
use super::{pairing, sync_store};
use crate::content::text;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// Envelopes read from the outbox at a time.
const BATCH: u32 = 50;
/// Pages pulled from one inbox in one sync at most.
const MAX_PAGES: u32 = 20;

/// How a sync is going, for a progress bar.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SyncProgress {
    pub sent: u32,
    pub to_send: u32,
    pub received: u32,
}

/// Told how a sync is going. Implemented by the shells; called on the syncing thread.
#[uniffi::export(with_foreign)]
pub trait SyncListener: Send + Sync {
    fn progress(&self, progress: SyncProgress);
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SyncReport {
    pub sent: u32,
    /// Still waiting (offline, or the relay refused for now); retried later.
    pub waiting: u32,
    /// Messages from her team collected.
    pub received: u32,
    /// Undelivered envelopes the relay dropped because she stopped sharing.
    pub withdrawn_at_relay: u32,
    /// True when a relay could not be reached.
    pub offline: bool,
    /// One line for her: "Sent 3 updates. 1 is waiting until you are online."
    pub summary: String,
}

fn hex_id(uuid_text: &str) -> Result<EnvelopeId> {
    let u = uuid::Uuid::parse_str(uuid_text).map_err(|_| AlongsideError::VaultUnreadable {
        reason: "an outbox record is damaged".to_string(),
    })?;
    Ok(EnvelopeId(*u.as_bytes()))
}

fn key_of(text: &str) -> Result<DeviceKey> {
    DeviceKey::from_key_file(text).map_err(|_| AlongsideError::VaultUnreadable {
        reason: "the sharing keys are damaged".to_string(),
    })
}

#[uniffi::export]
impl Vault {
    /// "Send now": she asked, so everything waiting goes now, whatever the backoff after an
    /// earlier failure says. Sends to every paired, unfrozen contact whose relay answers,
    /// drops at the relay what stopped grants left undelivered, and collects replies.
    /// Offline, it changes nothing but the retry times and says so.
    pub fn sync_now(&self, now: SystemTime, listener: Arc<dyn SyncListener>) -> Result<SyncReport> {
        self.sync(now, listener, Waiting::All)
    }

    /// An automatic retry, for a background job: as `sync_now`, but an envelope that failed
    /// waits out its backoff (30 seconds, doubling to an hour), so a phone offline for a day
    /// does not hammer the relay when it comes back.
    pub fn sync_in_background(&self, now: SystemTime, listener: Arc<dyn SyncListener>) -> Result<SyncReport> {
        self.sync(now, listener, Waiting::RetryTimeCome)
    }
}

impl Vault {
    fn sync(&self, now: SystemTime, listener: Arc<dyn SyncListener>, which: Waiting) -> Result<SyncReport> {
        let now_s = time::unix(now)?;
        let (key_text, all, sharing_with) = self.write(|tx| {
            let k = super::device::key(tx)?;
            // Everyone she shares with (or stopped sharing with: the relay may owe a purge),
            // and whoever has a request of hers not yet answered.
            let with: Vec<String> = super::grants::standing(tx)?
                .into_iter()
                .map(|g| g.contact_id)
                .chain(crate::support::request_store::awaiting_answer(tx)?)
                .collect();
            Ok((k.to_key_file().to_string(), contacts::all(tx)?, with))
        })?;
        // A relay hears from her phone only once she has agreed to share with someone there,
        // or while a request of hers waits for an answer: pairing alone sends nothing, not
        // even a request for replies, and an answered request stops the asking.
        let mut by_relay: BTreeMap<String, Vec<StoredContact>> = BTreeMap::new();
        for c in all.into_iter().filter(|c| sharing_with.contains(&c.id)) {
            by_relay.entry(c.relay_url.clone()).or_default().push(c);
        }
        let to_send = self.read(|conn| super::outbox::pending(conn, None))?;
        let mut p = SyncProgress {
            sent: 0,
            to_send,
            received: 0,
        };
        let mut offline = false;
        let mut withdrawn_at_relay = 0;
        // Of those received, how many came from directory services (not her team).
        let mut from_services = 0;
        for (relay, members) in &by_relay {
            let Ok(mut client) = RelayClient::new(relay, key_of(&key_text)?) else {
                offline = true;
                continue;
            };
            let reached = self.send_to(&mut client, members, now_s, which, &mut p, &listener)?
                && self.purge_at(&mut client, members, now_s, &mut withdrawn_at_relay)?
                && self.pull_from(
                    &mut client,
                    relay,
                    members,
                    &key_text,
                    now_s,
                    (&mut p, &mut from_services),
                    &listener,
                )?;
            offline |= !reached;
        }
        let waiting = self.read(|conn| super::outbox::pending(conn, None))?;
        let mut summary = text("sync-sent", &[("count", p.sent.into())]);
        if waiting > 0 {
            summary.push(' ');
            summary.push_str(&text("sync-waiting", &[("count", waiting.into())]));
        }
        // Words that fit who sent it: a directory service she asked for support is not her team.
        for (id, count) in [
            ("sync-received", p.received - from_services),
            ("sync-received-services", from_services),
        ] {
            if count > 0 {
                summary.push(' ');
                summary.push_str(&text(id, &[("count", count.into())]));
            }
        }
        Ok(SyncReport {
            sent: p.sent,
            waiting,
            received: p.received,
            withdrawn_at_relay,
            offline,
            summary,
        })
    }

    /// Sends each contact's due envelopes. Returns false when the relay could not be reached.
    fn send_to(
        &self,
        client: &mut RelayClient<DeviceKey>,
        members: &[StoredContact],
        now: i64,
        which: Waiting,
        p: &mut SyncProgress,
        listener: &Arc<dyn SyncListener>,
    ) -> Result<bool> {
        for c in members.iter().filter(|c| !c.frozen) {
            let identity = pairing::identity(c)?;
            let inbox = InboxId::from_hex(&c.inbox_id).map_err(|_| AlongsideError::VaultUnreadable {
                reason: "a care team contact's inbox is damaged".to_string(),
            })?;
            let mut after = None;
            loop {
                let batch = self.read(|conn| sync_store::due(conn, &c.id, now, which, after, BATCH))?;
                let Some(last) = batch.last() else {
                    break;
                };
                after = Some(last.place);
                // Marked sent a batch at a time, in one transaction: a crash in between
                // only means those envelopes are put again, which the relay ignores.
                let mut sealed = Vec::with_capacity(batch.len());
                for d in &batch {
                    let item = if d.tombstone {
                        Item::tombstone(&d.item_id, d.version as u64)
                    } else {
                        Item {
                            id: d.item_id.clone(),
                            version: d.version as u64,
                            kind: Kind::new(&d.item_kind).map_err(|_| AlongsideError::VaultUnreadable {
                                reason: "an outbox record is damaged".to_string(),
                            })?,
                            payload: d.payload.clone(),
                        }
                    };
                    let id = hex_id(&d.envelope_id)?;
                    let env = envelope::seal(client.signer(), &identity, inbox, id, &item)
                        .map_err(|_| AlongsideError::refused("keys", "error-contact-keys-unusable"))?;
                    sealed.push(Sealed {
                        id: id.to_hex(),
                        body: env.to_json(),
                    });
                }
                let (held, unreachable) = push(client, &c.inbox_id, &sealed);
                let sent = held.iter().filter(|h| **h).count();
                p.sent += sent as u32;
                self.write(|tx| {
                    for (d, held) in batch.iter().zip(&held) {
                        if *held {
                            sync_store::mark_sent(tx, &d.envelope_id, now)?;
                        } else {
                            // Refused for this envelope only: it waits its turn to retry.
                            sync_store::mark_failed(tx, &d.envelope_id, now)?;
                        }
                    }
                    if unreachable {
                        sync_store::back_off_contact(tx, &c.id, now)?;
                    }
                    Ok(())
                })?;
                // One update per batch, not per envelope: the shells redraw less.
                if sent > 0 {
                    listener.progress(p.clone());
                }
                if unreachable {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// Asks the relay to drop what stopped grants left undelivered to these contacts.
    fn purge_at(
        &self,
        client: &mut RelayClient<DeviceKey>,
        members: &[StoredContact],
        now: i64,
        withdrawn: &mut u32,
    ) -> Result<bool> {
        let owed = self.read(sync_store::purges_owed)?;
        for (grant, contact, ids) in owed {
            if !members.iter().any(|c| c.id == contact) {
                continue;
            }
            let hex: Vec<String> = ids
                .iter()
                .map(|i| hex_id(i).map(|e| e.to_hex()))
                .collect::<Result<_>>()?;
            for chunk in hex.chunks(500) {
                match client.purge(chunk) {
                    Ok(r) => {
                        *withdrawn += r.purged.len() as u32;
                        // Her ledger says these never reached them.
                        self.write(|tx| sync_store::mark_never_delivered(tx, &r.purged, now))?;
                    }
                    Err(e) if not_ok(&e) => return Ok(false),
                    Err(_) => {}
                }
            }
            self.write(|tx| sync_store::set_purged(tx, &grant, now))?;
        }
        Ok(true)
    }

    /// Collects what her team (and services she asked for support) sent: opened with her
    /// key, accepted only from a paired member's key, stored once, then acknowledged so the
    /// relay deletes it. Counts what was stored, and apart, what came from services.
    #[allow(clippy::too_many_arguments)]
    fn pull_from(
        &self,
        client: &mut RelayClient<DeviceKey>,
        relay: &str,
        members: &[StoredContact],
        key_text: &str,
        now: i64,
        (p, from_services): (&mut SyncProgress, &mut u32),
        listener: &Arc<dyn SyncListener>,
    ) -> Result<bool> {
        let inbox = self.write(|tx| sync_store::inbox_at(tx, relay))?;
        match client.register_inbox(&inbox) {
            Ok(_) => {}
            Err(e) if not_ok(&e) => return Ok(false),
            Err(_) => return Ok(true),
        }
        let me = key_of(key_text)?;
        let paired: Vec<(PublicKey, &StoredContact)> = members
            .iter()
            .filter(|c| !c.frozen)
            .filter_map(|c| pairing::identity(c).ok().map(|i| (i.signing, c)))
            .collect();
        let keys: Vec<PublicKey> = paired.iter().map(|(k, _)| *k).collect();
        let mut after: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let page = match client.pull(&inbox, after.as_deref(), None) {
                Ok(page) => page,
                Err(e) if not_ok(&e) => return Ok(false),
                Err(_) => return Ok(true),
            };
            let mut done = Vec::new();
            for pulled in &page.envelopes {
                done.push(pulled.id.clone());
                let Some(bytes) = pulled.body_bytes() else { continue };
                let Ok(env) = Envelope::from_json(&bytes) else { continue };
                // Anything that fails to open or comes from an unpaired key is dropped.
                let Ok(opened) = envelope::open(&env, &me, &keys) else {
                    continue;
                };
                let Some((_, contact)) = paired.iter().find(|(k, _)| *k == opened.sender) else {
                    continue;
                };
                let stored = self.write(|tx| super::inbox::store(tx, &contact.id, &opened, now))?;
                if stored {
                    p.received += 1;
                    if contact.directory_service.is_some() {
                        *from_services += 1;
                    }
                    listener.progress(p.clone());
                }
            }
            if !done.is_empty() {
                match client.ack(&inbox, &done) {
                    Ok(_) => {}
                    Err(e) if not_ok(&e) => return Ok(false),
                    Err(_) => {}
                }
            }
            after = page.next_cursor.clone();
            if !page.more {
                break;
            }
        }
        Ok(true)
    }
}
