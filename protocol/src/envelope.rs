//! Envelope version 1: how one shared item travels from a sender device to a recipient
//! device through the relay, signed by the sender and sealed to the recipient.
//!
//! Sign, then seal. The sender signs (Ed25519) a body that names the envelope, both
//! parties' keys and the item; body and signature are then sealed to the recipient's X25519
//! key with libsodium's `crypto_box_seal`. The relay sees only the outer JSON:
//!
//! ```text
//! {"format":"alongside-envelope","version":1,"id":"<32 hex>","inbox":"<32 hex>",
//!  "ciphertext":"<base64 crypto_box_seal output>"}
//! ```
//!
//! The body names the recipient's sealing key so that a recipient cannot re-seal a signed
//! message to someone else and pass it off as sent to them (surreptitious forwarding), and
//! the envelope id so that the relay cannot replay a sealed item under a fresh id. Opening
//! refuses, each with its own error: a size over the cap, a damaged outer container, a
//! newer version, a ciphertext this device cannot open (tampered, or sealed to someone
//! else), a damaged body, a sender the caller has not paired with, a bad signature, a body
//! addressed to another device, and an id that differs from the outer one.
//!
//! Deletions are tombstones: signed envelopes of kind `tombstone` with an empty payload,
//! carrying the deleted item's id and a version newer than the last one sent. The byte
//! layout is in docs/protocol.md.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use crypto_box::aead::rand_core::{CryptoRng, RngCore};
use data_encoding::HEXLOWER;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::device::{verify_signature, DeviceIdentity, DeviceKey};
use crate::keys::PublicKey;

/// The outer container's version.
pub const ENVELOPE_VERSION: u32 = 1;
/// The largest payload [`seal`] accepts; its sealed, base64-encoded envelope stays under
/// [`MAX_ENVELOPE_BYTES`].
pub const MAX_PAYLOAD_BYTES: usize = 160 * 1024;
/// The largest outer envelope accepted, matching the relay's cap.
pub const MAX_ENVELOPE_BYTES: usize = 256 * 1024;
/// The most bytes an item id may have.
pub const MAX_ITEM_ID_BYTES: usize = 128;
/// The most bytes a kind may have.
pub const MAX_KIND_BYTES: usize = 32;

const FORMAT: &str = "alongside-envelope";
const DOMAIN: &[u8] = b"alongside-envelope/1";
const SIGNATURE_BYTES: usize = 64;

/// Why an envelope could not be made or was refused. Nothing inside is trusted when any
/// of these occur.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EnvelopeError {
    #[error("the system random number generator is unavailable")]
    NoRandomness,
    #[error("the envelope is larger than the {max_bytes} bytes allowed")]
    TooLarge { max_bytes: usize },
    #[error("this is not an Alongside envelope, or it is damaged or cut short")]
    Malformed,
    #[error("this envelope is a newer format than this app understands")]
    UnsupportedVersion,
    #[error("this envelope was not sealed to this device, or it was changed on the way")]
    Undecryptable,
    #[error("the envelope's sealed contents are damaged or cut short")]
    MalformedContents,
    #[error("this envelope is signed by a key that is not paired with this device")]
    UnpairedSender,
    #[error("this envelope's signature does not match its contents")]
    BadSignature,
    #[error("this envelope was signed for a different recipient")]
    WrongRecipient,
    #[error("this envelope's id does not match the id it was signed with")]
    IdMismatch,
    #[error("an item id must be 1 to 128 visible ASCII characters")]
    BadItemId,
    #[error("a kind must be 1 to 32 lowercase letters, digits or hyphens")]
    BadKind,
    #[error("a tombstone carries no payload")]
    TombstoneWithPayload,
    #[error("the recipient's key is not one a device could have; nothing was sealed to it")]
    BadRecipientKey,
}

/// Sixteen random bytes naming one envelope. Re-sending the same id is a no-op at the
/// relay, so an outbox keeps the id (and the sealed envelope) across retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnvelopeId(pub [u8; 16]);

/// Sixteen random bytes naming a recipient's inbox at a relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InboxId(pub [u8; 16]);

macro_rules! random_id {
    ($t:ident) => {
        impl $t {
            /// A new id from the operating system's CSPRNG.
            pub fn random() -> Result<Self, EnvelopeError> {
                let mut b = [0u8; 16];
                getrandom::fill(&mut b).map_err(|_| EnvelopeError::NoRandomness)?;
                Ok($t(b))
            }

            /// 32 lowercase hex digits, as used in relay paths and JSON.
            pub fn to_hex(&self) -> String {
                HEXLOWER.encode(&self.0)
            }

            /// Parses exactly 32 lowercase hex digits.
            pub fn from_hex(text: &str) -> Result<Self, EnvelopeError> {
                let bytes = HEXLOWER
                    .decode(text.as_bytes())
                    .map_err(|_| EnvelopeError::Malformed)?;
                Ok($t(bytes.try_into().map_err(|_| EnvelopeError::Malformed)?))
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.to_hex())
            }
        }
    };
}
random_id!(EnvelopeId);
random_id!(InboxId);

/// What an item is, such as `appointment` or `tombstone`: 1 to 32 of `a-z`, `0-9`, `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Kind(String);

impl Kind {
    /// The kind of a deletion.
    pub const TOMBSTONE: &'static str = "tombstone";

    /// Checks and wraps a kind.
    pub fn new(kind: &str) -> Result<Self, EnvelopeError> {
        let ok = !kind.is_empty()
            && kind.len() <= MAX_KIND_BYTES
            && kind
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Kind(kind.to_string()))
        } else {
            Err(EnvelopeError::BadKind)
        }
    }

    /// The tombstone kind.
    pub fn tombstone() -> Self {
        Kind(Self::TOMBSTONE.to_string())
    }

    /// The kind as written in the envelope body.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for the kind of a deletion.
    pub fn is_tombstone(&self) -> bool {
        self.0 == Self::TOMBSTONE
    }
}

/// One shared item, or the deletion of one. A later version of the same id replaces an
/// earlier one at the recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Stable across versions: 1 to 128 visible ASCII characters (a UUID, say).
    pub id: String,
    /// Higher replaces lower at the recipient, for the same id.
    pub version: u64,
    /// What the payload is, or [`Kind::TOMBSTONE`].
    pub kind: Kind,
    /// FHIR R4 JSON for records; empty for a tombstone.
    pub payload: Vec<u8>,
}

impl Item {
    /// The deletion of item `id`, as its version `version`.
    pub fn tombstone(id: &str, version: u64) -> Self {
        Item {
            id: id.to_string(),
            version,
            kind: Kind::tombstone(),
            payload: Vec::new(),
        }
    }

    /// True if this item is a deletion.
    pub fn is_tombstone(&self) -> bool {
        self.kind.is_tombstone()
    }

    fn check(&self) -> Result<(), EnvelopeError> {
        let id_ok =
            !self.id.is_empty() && self.id.len() <= MAX_ITEM_ID_BYTES && self.id.bytes().all(|b| b.is_ascii_graphic());
        if !id_ok {
            return Err(EnvelopeError::BadItemId);
        }
        Kind::new(self.kind.as_str())?;
        if self.is_tombstone() && !self.payload.is_empty() {
            return Err(EnvelopeError::TombstoneWithPayload);
        }
        if self.payload.len() > MAX_PAYLOAD_BYTES {
            return Err(EnvelopeError::TooLarge {
                max_bytes: MAX_PAYLOAD_BYTES,
            });
        }
        Ok(())
    }
}

/// A sealed envelope as the relay stores it: only the ids are readable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// In the clear: the relay stores and acknowledges envelopes by it.
    pub id: EnvelopeId,
    /// In the clear: the recipient's inbox the relay files it under.
    pub inbox: InboxId,
    /// `crypto_box_seal(body || signature, recipient's sealing key)`.
    pub ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OuterJson {
    format: String,
    version: u32,
    id: String,
    inbox: String,
    ciphertext: String,
}

impl Envelope {
    /// The outer JSON (UTF-8), as PUT to the relay.
    pub fn to_json(&self) -> Vec<u8> {
        let outer = OuterJson {
            format: FORMAT.to_string(),
            version: ENVELOPE_VERSION,
            id: self.id.to_hex(),
            inbox: self.inbox.to_hex(),
            ciphertext: B64.encode(&self.ciphertext),
        };
        serde_json::to_vec(&outer).unwrap_or_default()
    }

    /// Reads the outer JSON, checking size, shape and version. It does not open anything.
    pub fn from_json(bytes: &[u8]) -> Result<Self, EnvelopeError> {
        if bytes.len() > MAX_ENVELOPE_BYTES {
            return Err(EnvelopeError::TooLarge {
                max_bytes: MAX_ENVELOPE_BYTES,
            });
        }
        let outer: OuterJson = serde_json::from_slice(bytes).map_err(|_| EnvelopeError::Malformed)?;
        if outer.format != FORMAT {
            return Err(EnvelopeError::Malformed);
        }
        if outer.version != ENVELOPE_VERSION {
            return Err(EnvelopeError::UnsupportedVersion);
        }
        Ok(Envelope {
            id: EnvelopeId::from_hex(&outer.id)?,
            inbox: InboxId::from_hex(&outer.inbox)?,
            ciphertext: B64
                .decode(outer.ciphertext.as_bytes())
                .map_err(|_| EnvelopeError::Malformed)?,
        })
    }
}

/// An envelope that opened, came from a paired sender and was signed for this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// The id it was signed with (equal to the outer one).
    pub id: EnvelopeId,
    /// The paired signing key that signed it.
    pub sender: PublicKey,
    /// The item, checked: a valid id and kind, and no payload on a tombstone.
    pub item: Item,
}

/// Signs `item` as `sender` and seals it to `recipient`, addressed to `inbox`. The caller
/// chooses `id` (see [`EnvelopeId`]); the sealing key pair is fresh for every call.
pub fn seal(
    sender: &DeviceKey,
    recipient: &DeviceIdentity,
    inbox: InboxId,
    id: EnvelopeId,
    item: &Item,
) -> Result<Envelope, EnvelopeError> {
    item.check()?;
    if !recipient.sealing.is_acceptable() {
        return Err(EnvelopeError::BadRecipientKey);
    }
    // Plaintext copies are wiped when dropped: they hold her health records.
    let mut plaintext = encode_body(id, &sender.identity().signing, &recipient.sealing.0, item);
    let signature = sender.sign(&signed_message(&plaintext));
    plaintext.extend_from_slice(&signature);
    let mut rng = SystemRandom { failed: false };
    let ciphertext = recipient
        .sealing
        .to_crypto_box()
        .seal(&mut rng, &plaintext)
        .map_err(|_| EnvelopeError::NoRandomness)?;
    if rng.failed {
        return Err(EnvelopeError::NoRandomness);
    }
    Ok(Envelope { id, inbox, ciphertext })
}

/// Opens an envelope sealed to `recipient`, accepting it only if it is signed by one of
/// the `paired` signing keys (never a key the relay or the envelope supplies).
pub fn open(envelope: &Envelope, recipient: &DeviceKey, paired: &[PublicKey]) -> Result<Opened, EnvelopeError> {
    open_checked(envelope, recipient, |sender, _| paired.contains(sender))
}

/// Opens a first contact from a sender not yet paired: a care-team member's phone learns
/// a woman's keys this way, from her `hello`. Only an envelope of kind `hello` is accepted,
/// and only if it is validly signed by the key it names; whether that key is hers is what
/// the safety number, compared in person, is for.
pub fn open_first_contact(envelope: &Envelope, recipient: &DeviceKey) -> Result<Opened, EnvelopeError> {
    open_checked(envelope, recipient, |_, kind| kind == HELLO)
}

/// The kind of a first-contact envelope (see [`open_first_contact`]).
pub const HELLO: &str = "hello";

fn open_checked(
    envelope: &Envelope,
    recipient: &DeviceKey,
    accept: impl Fn(&PublicKey, &str) -> bool,
) -> Result<Opened, EnvelopeError> {
    if envelope.ciphertext.len() > MAX_ENVELOPE_BYTES {
        return Err(EnvelopeError::TooLarge {
            max_bytes: MAX_ENVELOPE_BYTES,
        });
    }
    let plaintext = recipient
        .unseal(&envelope.ciphertext)
        .ok_or(EnvelopeError::Undecryptable)?;
    if plaintext.len() < SIGNATURE_BYTES {
        return Err(EnvelopeError::MalformedContents);
    }
    let (body_bytes, sig) = plaintext.split_at(plaintext.len() - SIGNATURE_BYTES);
    let body = Body::decode(body_bytes)?;
    if !accept(&body.sender, body.item.kind.as_str()) {
        return Err(EnvelopeError::UnpairedSender);
    }
    let signature: [u8; 64] = sig.try_into().map_err(|_| EnvelopeError::MalformedContents)?;
    if !verify_signature(&body.sender, &signed_message(body_bytes), &signature) {
        return Err(EnvelopeError::BadSignature);
    }
    match body.item.check() {
        Ok(()) => {}
        Err(EnvelopeError::TombstoneWithPayload) => return Err(EnvelopeError::TombstoneWithPayload),
        Err(_) => return Err(EnvelopeError::MalformedContents),
    }
    if body.recipient != recipient.identity().sealing.0 {
        return Err(EnvelopeError::WrongRecipient);
    }
    if body.id != envelope.id {
        return Err(EnvelopeError::IdMismatch);
    }
    Ok(Opened {
        id: body.id,
        sender: body.sender,
        item: body.item,
    })
}

/// The operating system's CSPRNG for the sealing key pair. rand_core's `OsRng` panics if
/// the system has no randomness to give; this records the failure instead, and [`seal`]
/// then discards what it made and returns [`EnvelopeError::NoRandomness`].
struct SystemRandom {
    failed: bool,
}

impl RngCore for SystemRandom {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.fill_bytes(&mut b);
        u32::from_le_bytes(b)
    }

    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        if getrandom::fill(dest).is_err() {
            self.failed = true;
        }
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), crypto_box::aead::rand_core::Error> {
        // A failure is recorded in `failed`, which `seal` checks before using the output.
        self.fill_bytes(dest);
        Ok(())
    }
}

impl CryptoRng for SystemRandom {}

fn signed_message(body: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut m = Zeroizing::new(Vec::with_capacity(DOMAIN.len() + 1 + body.len()));
    m.extend_from_slice(DOMAIN);
    m.push(0);
    m.extend_from_slice(body);
    m
}

/// The signed body: `id(16) sender(32) recipient(32) u16 item-id u64 version u8 kind
/// u32 payload`, lengths and numbers big-endian.
struct Body {
    id: EnvelopeId,
    sender: PublicKey,
    recipient: [u8; 32],
    item: Item,
}

/// The body layout (see [`Body`]); `item` must have passed [`Item::check`].
fn encode_body(id: EnvelopeId, sender: &PublicKey, recipient: &[u8; 32], i: &Item) -> Zeroizing<Vec<u8>> {
    // Room for the signature too, so appending it does not leave an unwiped copy behind.
    let mut out = Vec::with_capacity(16 + 64 + 2 + i.id.len() + 8 + 1 + i.kind.0.len() + 4 + i.payload.len() + 64);
    out.extend_from_slice(&id.0);
    out.extend_from_slice(&sender.0);
    out.extend_from_slice(recipient);
    // Lengths fit: Item::check bounds the id, kind and payload before encoding.
    out.extend_from_slice(&(i.id.len() as u16).to_be_bytes());
    out.extend_from_slice(i.id.as_bytes());
    out.extend_from_slice(&i.version.to_be_bytes());
    out.push(i.kind.0.len() as u8);
    out.extend_from_slice(i.kind.0.as_bytes());
    out.extend_from_slice(&(i.payload.len() as u32).to_be_bytes());
    out.extend_from_slice(&i.payload);
    Zeroizing::new(out)
}

impl Body {
    fn decode(bytes: &[u8]) -> Result<Self, EnvelopeError> {
        let bad = |_| EnvelopeError::MalformedContents;
        let mut r = Reader::new(bytes);
        let id = EnvelopeId(r.array().map_err(bad)?);
        let sender = PublicKey(r.array().map_err(bad)?);
        let recipient = r.array().map_err(bad)?;
        let id_len = u16::from_be_bytes(r.array().map_err(bad)?) as usize;
        let item_id = r.utf8(id_len).map_err(bad)?;
        let version = u64::from_be_bytes(r.array().map_err(bad)?);
        let kind_len = r.array::<1>().map_err(bad)?[0] as usize;
        let kind = Kind::new(&r.utf8(kind_len).map_err(bad)?).map_err(|_| EnvelopeError::MalformedContents)?;
        let payload_len = u32::from_be_bytes(r.array().map_err(bad)?) as usize;
        let payload = r.take(payload_len).map_err(bad)?.to_vec();
        r.finish().map_err(bad)?;
        Ok(Body {
            id,
            sender,
            recipient,
            item: Item {
                id: item_id,
                version,
                kind,
                payload,
            },
        })
    }
}

/// A cursor over bytes for the binary formats here; every read is bounds-checked.
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

/// The bytes ran out, or were left over, or were not UTF-8.
#[derive(Debug)]
pub(crate) struct Short;

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], Short> {
        if n > self.rest.len() {
            return Err(Short);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N], Short> {
        self.take(N)?.try_into().map_err(|_| Short)
    }

    pub(crate) fn utf8(&mut self, n: usize) -> Result<String, Short> {
        std::str::from_utf8(self.take(n)?)
            .map(str::to_string)
            .map_err(|_| Short)
    }

    pub(crate) fn finish(self) -> Result<(), Short> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(Short)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> (DeviceKey, DeviceKey) {
        (
            DeviceKey::from_secrets(&[1; 32], &[2; 32]),
            DeviceKey::from_secrets(&[3; 32], &[4; 32]),
        )
    }

    #[test]
    fn a_sealed_item_opens_for_its_recipient_from_a_paired_sender() {
        let (her, team) = pair();
        let item = Item {
            id: "appt-1".into(),
            version: 3,
            kind: Kind::new("appointment").unwrap(),
            payload: br#"{"resourceType":"Appointment"}"#.to_vec(),
        };
        let id = EnvelopeId([9; 16]);
        let env = seal(&her, &team.identity(), InboxId([7; 16]), id, &item).unwrap();
        let back = Envelope::from_json(&env.to_json()).unwrap();
        assert_eq!(back, env);
        let opened = open(&back, &team, &[her.identity().signing]).unwrap();
        assert_eq!(opened.item, item);
        assert_eq!(opened.id, id);
        assert_eq!(opened.sender, her.identity().signing);
    }

    #[test]
    fn the_body_is_sealed_with_a_fresh_key_each_time() {
        let (her, team) = pair();
        let item = Item::tombstone("x", 1);
        let a = seal(&her, &team.identity(), InboxId([0; 16]), EnvelopeId([0; 16]), &item).unwrap();
        let b = seal(&her, &team.identity(), InboxId([0; 16]), EnvelopeId([0; 16]), &item).unwrap();
        assert_ne!(a.ciphertext, b.ciphertext);
    }

    #[test]
    fn ids_print_as_lowercase_hex_and_parse_back() {
        let id = EnvelopeId::random().unwrap();
        assert_eq!(id.to_hex().len(), 32);
        assert_eq!(EnvelopeId::from_hex(&id.to_hex()), Ok(id));
        assert!(InboxId::from_hex(&id.to_hex().to_uppercase()).is_err());
        assert!(InboxId::from_hex("abcd").is_err());
    }

    #[test]
    fn kinds_and_item_ids_outside_their_alphabets_are_refused() {
        assert_eq!(Kind::new("Appointment"), Err(EnvelopeError::BadKind));
        assert_eq!(Kind::new(""), Err(EnvelopeError::BadKind));
        assert_eq!(Kind::new(&"a".repeat(33)), Err(EnvelopeError::BadKind));
        let (her, team) = pair();
        let mut item = Item::tombstone("has space", 1);
        let seal_it = |item: &Item| seal(&her, &team.identity(), InboxId([0; 16]), EnvelopeId([0; 16]), item);
        assert_eq!(seal_it(&item), Err(EnvelopeError::BadItemId));
        item.id = "x".repeat(129);
        assert_eq!(seal_it(&item), Err(EnvelopeError::BadItemId));
        item.id = "ok".into();
        item.payload = b"not empty".to_vec();
        assert_eq!(seal_it(&item), Err(EnvelopeError::TombstoneWithPayload));
    }
}
