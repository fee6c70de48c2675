//! Shared fixtures for the sharing tests: care-team members with fixed keys and the
//! invite codes they hand out.
#![allow(dead_code)]

use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::InboxId;
use alongside_protocol::invite::Invite;

/// A member's device key from a one-byte seed, so codes are the same on every run.
pub fn member_key(seed: u8) -> DeviceKey {
    DeviceKey::from_secrets(&[seed; 32], &[seed.wrapping_add(1); 32])
}

/// The invite code member `seed` gives out, for inbox `inbox` on a loopback address where
/// nothing listens (port 1), so a sync with it is reliably offline.
pub fn invite_from(key: &DeviceKey, name: &str, role: &str, inbox: u8) -> String {
    Invite {
        relay_url: "http://127.0.0.1:1".into(),
        inbox: InboxId([inbox; 16]),
        member: key.identity(),
        display_name: name.into(),
        role: role.into(),
        created_at: jiff::Timestamp::from_second(1_795_424_400).expect("a valid time"), // 2026-11-23 09:00 UTC
    }
    .encode(key)
    .expect("the invite encodes")
}

/// Maya Okafor, specialist midwife: the contact most tests pair with.
pub fn maya_invite() -> String {
    invite_from(&member_key(0x11), "Maya Okafor", "specialist midwife", 1)
}

/// Pairs with Maya and agrees to share every category with her from 1 November 2026, open
/// ended: the widest consent she can give, for proving what is never shared even then.
pub fn share_everything_with_maya(v: &alongside_core::Vault, now: std::time::SystemTime) {
    use alongside_core::sharing::{GrantDraft, ShareCategory, SharePurpose};
    let maya = v.add_care_contact(maya_invite(), now).expect("Maya pairs");
    v.grant_consent(
        GrantDraft {
            contact_id: maya.id,
            categories: ShareCategory::STANDING.to_vec(),
            start_date: "2026-11-01".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        now,
    )
    .expect("the grant is made");
}

pub mod no_batch_proxy;
pub mod relay;

use alongside_protocol::envelope::{self, Envelope, EnvelopeId, Item, Kind, Opened};
use alongside_protocol::keys::PublicKey;
use alongside_relay::client::RelayClient;

/// A care-team member's phone: a key from a seed and an inbox on a relay.
pub struct Member {
    pub seed: u8,
    pub inbox: InboxId,
    pub url: String,
}

impl Member {
    pub fn new(seed: u8, url: &str) -> Member {
        let m = Member {
            seed,
            inbox: InboxId([seed; 16]),
            url: url.to_string(),
        };
        m.client()
            .register_inbox(&m.inbox.to_hex())
            .expect("the member's inbox registers");
        m
    }

    pub fn key(&self) -> DeviceKey {
        member_key(self.seed)
    }

    pub fn client(&self) -> RelayClient<DeviceKey> {
        RelayClient::new(&self.url, self.key()).expect("a relay client")
    }

    pub fn invite(&self, name: &str, role: &str) -> String {
        Invite {
            relay_url: self.url.clone(),
            inbox: self.inbox,
            member: self.key().identity(),
            display_name: name.into(),
            role: role.into(),
            created_at: jiff::Timestamp::from_second(1_795_424_400).expect("a valid time"),
        }
        .encode(&self.key())
        .expect("the invite encodes")
    }

    /// Pulls everything waiting, opens what `paired` signed, acknowledges it all at the
    /// relay, and returns what opened.
    pub fn pull(&self, paired: &[PublicKey]) -> Vec<Opened> {
        let mut client = self.client();
        let inbox = self.inbox.to_hex();
        let mut out = Vec::new();
        let mut after = None;
        loop {
            let page = client.pull(&inbox, after.as_deref(), None).expect("the member pulls");
            let ids: Vec<String> = page.envelopes.iter().map(|e| e.id.clone()).collect();
            for e in &page.envelopes {
                let env = Envelope::from_json(&e.body_bytes().expect("base64")).expect("an envelope");
                if let Ok(o) = envelope::open(&env, &self.key(), paired) {
                    out.push(o);
                }
            }
            if !ids.is_empty() {
                client.ack(&inbox, &ids).expect("the member acknowledges");
            }
            after = page.next_cursor.clone();
            if !page.more {
                break;
            }
        }
        out
    }

    /// Sends `item` to her, sealed to `her` at her inbox `her_inbox` (hex).
    pub fn send(&self, her: &alongside_protocol::device::DeviceIdentity, her_inbox: &str, item: &Item) {
        let inbox = InboxId::from_hex(her_inbox).expect("her inbox");
        let id = EnvelopeId::random().expect("an id");
        let env = envelope::seal(&self.key(), her, inbox, id, item).expect("sealed");
        self.client()
            .put(her_inbox, &id.to_hex(), &env.to_json())
            .expect("the member puts");
    }
}

/// An item of `kind` with JSON `payload`.
pub fn item(id: &str, kind: &str, payload: &serde_json::Value) -> Item {
    Item {
        id: id.into(),
        version: 1,
        kind: Kind::new(kind).expect("a kind"),
        payload: serde_json::to_vec(payload).expect("json"),
    }
}
