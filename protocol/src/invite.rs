//! Invite codes, version 1: what a care-team member hands a woman (as a QR code or as text
//! to paste) so that her phone can pair with them. It says where to send (relay URL and
//! inbox), to whom (their device identity, name and role) and when it was made, and it is
//! signed by the member's own Ed25519 key, so a code changed after it was made is refused.
//!
//! Text form: `ALONGSIDE1:` then RFC 4648 base32 (no padding) of the signed bytes followed
//! by a 4-byte checksum (the start of their SHA-256). Upper-case base32 and the prefix use
//! only characters of a QR code's alphanumeric mode, which packs them densely (a typical
//! invite is about 350 characters: a version 10 QR code at low error correction, 11 at
//! medium). The checksum tells a typo
//! apart from tampering; the signature is what protects against tampering. Reading ignores
//! spaces, line breaks and hyphens, and accepts lower case. The byte layout is in
//! docs/protocol.md.
//!
//! A valid signature proves only that the code is as its key-holder made it; whether that
//! key-holder is who the code says is what the safety number, compared in person, is for.

use data_encoding::BASE32_NOPAD;
use sha2::{Digest, Sha256};

use crate::device::{verify_signature, BoxPublicKey, DeviceIdentity, DeviceKey};
use crate::envelope::{InboxId, Reader};
use crate::keys::PublicKey;

/// The version this code reads and writes, in the prefix and in the signed bytes.
pub const INVITE_VERSION: u8 = 1;
/// What every invite code starts with, before its version number and a colon.
pub const PREFIX: &str = "ALONGSIDE";
/// The longest relay URL, in bytes.
pub const MAX_URL_BYTES: usize = 200;
/// The longest display name or role, in bytes.
pub const MAX_NAME_BYTES: usize = 64;
/// Longer text than this is refused before it is decoded.
pub const MAX_TEXT_CHARS: usize = 2048;

const DOMAIN: &[u8] = b"alongside-invite/1";
const CHECKSUM_BYTES: usize = 4;
const SIGNATURE_BYTES: usize = 64;
/// Where the Ed25519 key starts in the body: after version (1), created-at (8), inbox (16).
const SIGNING_KEY_AT: usize = 25;

/// Why an invite could not be made or read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InviteError {
    #[error("this is not an Alongside invite code")]
    NotAnInvite,
    #[error("this invite code is a newer format than this app understands")]
    UnsupportedVersion,
    #[error("this invite code is too long")]
    TooLong,
    #[error("this invite code has characters that cannot be in one; check it was copied whole")]
    BadCharacters,
    #[error("this invite code has a typo or is incomplete; check it was copied whole")]
    BadChecksum,
    #[error("this invite code is damaged")]
    Malformed,
    #[error("this invite code holds a key that is not valid")]
    BadPublicKey,
    #[error("this invite code was changed after it was made")]
    BadSignature,
    #[error("the relay address must be https (or http on this device only) and at most 200 characters")]
    BadRelayUrl,
    #[error("the name must be 1 to 64 bytes of text on one line, with no control or direction-changing characters")]
    BadDisplayName,
    #[error("the role must be 1 to 64 bytes of text on one line, with no control or direction-changing characters")]
    BadRole,
    #[error("the key given to sign this invite is not the invite's own")]
    KeyMismatch,
}

/// A care-team member's invitation to pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The relay the member pulls from, such as `https://relay.example.org`.
    pub relay_url: String,
    /// The member's inbox at that relay.
    pub inbox: InboxId,
    /// The member's device identity; the invite is signed by its signing key.
    pub member: DeviceIdentity,
    /// Shown to her: "Sam Jones".
    pub display_name: String,
    /// Shown to her: "Specialist midwife".
    pub role: String,
    /// When it was made, to the second.
    pub created_at: jiff::Timestamp,
}

impl Invite {
    /// The text code (also the QR payload), signed by `key`, which must be the member's.
    pub fn encode(&self, key: &DeviceKey) -> Result<String, InviteError> {
        if key.identity() != self.member {
            return Err(InviteError::KeyMismatch);
        }
        self.check_fields()?;
        let mut bytes = self.unsigned_bytes();
        let signature = key.sign(&signed_message(&bytes));
        bytes.extend_from_slice(&signature);
        let checksum = checksum(&bytes);
        bytes.extend_from_slice(&checksum);
        Ok(format!("{PREFIX}{INVITE_VERSION}:{}", BASE32_NOPAD.encode(&bytes)))
    }

    /// Reads and checks a code: prefix and version, characters, checksum, the signing key
    /// and signature, then the layout and each field.
    pub fn decode(text: &str) -> Result<Self, InviteError> {
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(InviteError::TooLong);
        }
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let rest = cleaned.strip_prefix(PREFIX).ok_or(InviteError::NotAnInvite)?;
        let (version, data) = rest.split_once(':').ok_or(InviteError::NotAnInvite)?;
        if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InviteError::NotAnInvite);
        }
        if version != INVITE_VERSION.to_string() {
            return Err(InviteError::UnsupportedVersion);
        }
        let bytes = BASE32_NOPAD
            .decode(data.as_bytes())
            .map_err(|_| InviteError::BadCharacters)?;
        if bytes.len() < CHECKSUM_BYTES {
            return Err(InviteError::BadChecksum);
        }
        let (signed, sum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
        if checksum(signed) != sum {
            return Err(InviteError::BadChecksum);
        }
        if signed.len() < SIGNATURE_BYTES {
            return Err(InviteError::Malformed);
        }
        let (body, signature) = signed.split_at(signed.len() - SIGNATURE_BYTES);
        // The signature is checked before anything else in the body is read, so a change
        // anywhere in it is reported as what it is.
        let signing: [u8; 32] = body
            .get(SIGNING_KEY_AT..SIGNING_KEY_AT + 32)
            .and_then(|k| k.try_into().ok())
            .ok_or(InviteError::Malformed)?;
        match ed25519_dalek::VerifyingKey::from_bytes(&signing) {
            Ok(k) if !k.is_weak() => {}
            _ => return Err(InviteError::BadPublicKey),
        }
        let signature: [u8; 64] = signature.try_into().map_err(|_| InviteError::Malformed)?;
        if !verify_signature(&PublicKey(signing), &signed_message(body), &signature) {
            return Err(InviteError::BadSignature);
        }
        let invite = parse_body(body)?;
        invite.check_fields()?;
        Ok(invite)
    }

    fn unsigned_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(128 + self.relay_url.len() + self.display_name.len() + self.role.len());
        out.push(INVITE_VERSION);
        out.extend_from_slice(&self.created_at.as_second().to_be_bytes());
        out.extend_from_slice(&self.inbox.0);
        out.extend_from_slice(&self.member.signing.0);
        out.extend_from_slice(&self.member.sealing.0);
        // Lengths fit in a byte: check_fields bounds all three before this runs.
        for text in [&self.relay_url, &self.display_name, &self.role] {
            out.push(text.len() as u8);
            out.extend_from_slice(text.as_bytes());
        }
        out
    }

    fn check_fields(&self) -> Result<(), InviteError> {
        if !relay_url_ok(&self.relay_url) {
            return Err(InviteError::BadRelayUrl);
        }
        if !name_ok(&self.display_name) {
            return Err(InviteError::BadDisplayName);
        }
        if !name_ok(&self.role) {
            return Err(InviteError::BadRole);
        }
        let signing_ok = ed25519_dalek::VerifyingKey::from_bytes(&self.member.signing.0).is_ok_and(|k| !k.is_weak());
        if !signing_ok || !self.member.sealing.is_acceptable() {
            return Err(InviteError::BadPublicKey);
        }
        Ok(())
    }
}

fn parse_body(body: &[u8]) -> Result<Invite, InviteError> {
    let bad = |_| InviteError::Malformed;
    let mut r = Reader::new(body);
    let [version] = r.array::<1>().map_err(bad)?;
    if version != INVITE_VERSION {
        // Signed, yet disagreeing with the prefix: not something an encoder makes.
        return Err(InviteError::Malformed);
    }
    let created = i64::from_be_bytes(r.array().map_err(bad)?);
    let created_at = jiff::Timestamp::from_second(created).map_err(|_| InviteError::Malformed)?;
    let inbox = InboxId(r.array().map_err(bad)?);
    let signing = PublicKey(r.array().map_err(bad)?);
    let sealing = BoxPublicKey(r.array().map_err(bad)?);
    let mut text = || -> Result<String, InviteError> {
        let [len] = r.array::<1>().map_err(bad)?;
        r.utf8(len as usize).map_err(bad)
    };
    let (relay_url, display_name, role) = (text()?, text()?, text()?);
    r.finish().map_err(bad)?;
    Ok(Invite {
        relay_url,
        inbox,
        member: DeviceIdentity { signing, sealing },
        display_name,
        role,
        created_at,
    })
}

fn signed_message(body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(DOMAIN.len() + 1 + body.len());
    m.extend_from_slice(DOMAIN);
    m.push(0);
    m.extend_from_slice(body);
    m
}

fn checksum(bytes: &[u8]) -> [u8; CHECKSUM_BYTES] {
    let h = Sha256::digest(bytes);
    [h[0], h[1], h[2], h[3]]
}

/// Shown to her as the person she pairs with, so it must show as what it says: one line,
/// no control characters, nothing that reorders the words around it.
fn name_ok(text: &str) -> bool {
    !text.trim().is_empty()
        && text.len() <= MAX_NAME_BYTES
        && crate::free_text::check(text, crate::free_text::Layout::OneLine).is_ok()
}

/// https anywhere; plain http only to this device (tests, a relay run locally), since
/// plain http would show who talks to the relay to anyone on the path.
fn relay_url_ok(url: &str) -> bool {
    if url.len() > MAX_URL_BYTES || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    if url.contains(['@', '?', '#', '\\']) {
        return false;
    }
    let (secure, rest) = if let Some(rest) = url.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (false, rest)
    } else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    let host = if let Some(v6) = authority.strip_prefix('[') {
        match v6.split_once(']') {
            Some((h, _)) => h,
            None => return false,
        }
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    if host.is_empty() {
        return false;
    }
    secure || matches!(host, "127.0.0.1" | "localhost" | "::1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member() -> DeviceKey {
        DeviceKey::from_secrets(&[5; 32], &[6; 32])
    }

    fn invite(url: &str) -> Invite {
        Invite {
            relay_url: url.into(),
            inbox: InboxId([8; 16]),
            member: member().identity(),
            display_name: "Sam Jones".into(),
            role: "Specialist midwife".into(),
            created_at: jiff::Timestamp::from_second(1_795_000_000).unwrap(),
        }
    }

    #[test]
    fn an_invite_round_trips_through_its_text_code() {
        let inv = invite("https://relay.example.org/alongside");
        let code = inv.encode(&member()).unwrap();
        assert!(code.starts_with("ALONGSIDE1:"));
        assert!(code.len() < 400, "{} characters", code.len());
        assert_eq!(Invite::decode(&code), Ok(inv));
    }

    #[test]
    fn relay_urls_must_be_https_except_on_this_device() {
        for ok in [
            "https://relay.example.org",
            "https://relay.example.org:8443/x",
            "http://127.0.0.1:8787",
            "http://localhost:8787",
            "http://[::1]:8787",
        ] {
            assert!(relay_url_ok(ok), "{ok}");
        }
        for bad in [
            "http://relay.example.org",
            "ftp://relay.example.org",
            "https://",
            "https://user@relay.example.org",
            "https://relay.example.org/?q",
            "https://relay example.org",
            "relay.example.org",
        ] {
            assert!(!relay_url_ok(bad), "{bad}");
        }
        let long = format!("https://{}.org", "a".repeat(200));
        assert_eq!(invite(&long).encode(&member()), Err(InviteError::BadRelayUrl));
    }

    #[test]
    fn an_invite_cannot_be_signed_with_someone_elses_key() {
        let other = DeviceKey::from_secrets(&[7; 32], &[6; 32]);
        assert_eq!(
            invite("https://r.example").encode(&other),
            Err(InviteError::KeyMismatch)
        );
    }
}
