//! The signed bundle container, version 1.
//!
//! A bundle is one UTF-8 JSON object:
//!
//! ```text
//! {"format":"alongside-signed-bundle","version":1,"kind":"directory",
//!  "key":"<base64 Ed25519 public key>","signature":"<base64 64 bytes>",
//!  "payload":"<base64 payload bytes>"}
//! ```
//!
//! The signature is Ed25519 (RFC 8032, as libsodium's `crypto_sign_detached`) over
//! `"alongside-signed-bundle/1" 0x00 kind 0x00 payload`, so a signature made for one kind of
//! bundle can never be replayed as another. The reader checks, in this order and before it
//! trusts anything in the payload: the size cap, the container's shape, that the key is one
//! the caller pins, and the signature.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::keys::{PublicKey, PublisherKey};

const FORMAT: &str = "alongside-signed-bundle";
const VERSION: u32 = 1;
const DOMAIN: &[u8] = b"alongside-signed-bundle/1";

/// What a bundle carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleKind {
    /// A service directory for one area ([`crate::directory::Directory`]).
    Directory,
    /// Guidance and wording updates (reserved for the content system).
    Content,
}

impl BundleKind {
    fn code(self) -> &'static str {
        match self {
            BundleKind::Directory => "directory",
            BundleKind::Content => "content",
        }
    }
}

/// Why a bundle was refused. Nothing from the payload is trusted when any of these occur.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    #[error("the file is larger than the {max_bytes} bytes allowed")]
    TooLarge { max_bytes: usize },
    #[error("this is not an Alongside bundle, or it is damaged or cut short")]
    Malformed,
    #[error("this bundle is a newer format than this app understands")]
    UnsupportedVersion,
    #[error("this bundle holds a different kind of data")]
    WrongKind,
    #[error("this bundle is signed by a publisher this app does not trust")]
    UnknownPublisher,
    #[error("this bundle's signature does not match its contents")]
    BadSignature,
}

#[derive(Serialize, Deserialize)]
struct Container {
    format: String,
    version: u32,
    kind: BundleKind,
    key: String,
    signature: String,
    payload: String,
}

fn signed_message(kind: BundleKind, payload: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(DOMAIN.len() + payload.len() + 16);
    m.extend_from_slice(DOMAIN);
    m.push(0);
    m.extend_from_slice(kind.code().as_bytes());
    m.push(0);
    m.extend_from_slice(payload);
    m
}

/// Signs `payload` as a bundle of `kind` and returns the container bytes.
pub fn seal(kind: BundleKind, payload: &[u8], key: &PublisherKey) -> Vec<u8> {
    let signature = key.signing_key().sign(&signed_message(kind, payload));
    let c = Container {
        format: FORMAT.to_string(),
        version: VERSION,
        kind,
        key: key.public().to_base64(),
        signature: B64.encode(signature.to_bytes()),
        payload: B64.encode(payload),
    };
    serde_json::to_vec(&c).unwrap_or_default()
}

/// A bundle whose signature checked out against a pinned key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub kind: BundleKind,
    pub publisher: PublicKey,
    pub payload: Vec<u8>,
}

/// Checks a bundle: at most `max_bytes`, of `kind`, signed by one of `trusted`.
pub fn open(bytes: &[u8], kind: BundleKind, trusted: &[PublicKey], max_bytes: usize) -> Result<Verified, BundleError> {
    if bytes.len() > max_bytes {
        return Err(BundleError::TooLarge { max_bytes });
    }
    let c: Container = serde_json::from_slice(bytes).map_err(|_| BundleError::Malformed)?;
    if c.format != FORMAT {
        return Err(BundleError::Malformed);
    }
    if c.version != VERSION {
        return Err(BundleError::UnsupportedVersion);
    }
    if c.kind != kind {
        return Err(BundleError::WrongKind);
    }
    let publisher = PublicKey::from_base64(&c.key).map_err(|_| BundleError::Malformed)?;
    if !trusted.contains(&publisher) {
        return Err(BundleError::UnknownPublisher);
    }
    let sig_bytes: [u8; 64] = B64
        .decode(c.signature.as_bytes())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(BundleError::Malformed)?;
    let payload = B64.decode(c.payload.as_bytes()).map_err(|_| BundleError::Malformed)?;
    let verifying = VerifyingKey::from_bytes(&publisher.0).map_err(|_| BundleError::Malformed)?;
    verifying
        .verify(&signed_message(kind, &payload), &Signature::from_bytes(&sig_bytes))
        .map_err(|_| BundleError::BadSignature)?;
    Ok(Verified {
        kind,
        publisher,
        payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = 1 << 20;

    fn key(seed: u8) -> PublisherKey {
        PublisherKey::from_seed(&[seed; 32])
    }

    #[test]
    fn a_sealed_bundle_opens_with_its_pinned_key() {
        let k = key(7);
        let bytes = seal(BundleKind::Directory, b"hello", &k);
        let v = open(&bytes, BundleKind::Directory, &[k.public()], MAX).unwrap();
        assert_eq!(v.payload, b"hello");
        assert_eq!(v.publisher, k.public());
    }

    #[test]
    fn an_unknown_key_a_wrong_kind_and_an_oversized_file_are_refused() {
        let k = key(7);
        let bytes = seal(BundleKind::Directory, b"hello", &k);
        assert_eq!(
            open(&bytes, BundleKind::Directory, &[key(8).public()], MAX),
            Err(BundleError::UnknownPublisher)
        );
        assert_eq!(
            open(&bytes, BundleKind::Content, &[k.public()], MAX),
            Err(BundleError::WrongKind)
        );
        assert_eq!(
            open(&bytes, BundleKind::Directory, &[k.public()], 10),
            Err(BundleError::TooLarge { max_bytes: 10 })
        );
    }

    #[test]
    fn a_changed_payload_or_truncated_file_is_refused() {
        let k = key(7);
        let bytes = seal(BundleKind::Directory, b"hello world", &k);
        let text = String::from_utf8(bytes.clone()).unwrap();
        let forged = text.replace(&B64.encode(b"hello world"), &B64.encode(b"hello World"));
        assert_eq!(
            open(forged.as_bytes(), BundleKind::Directory, &[k.public()], MAX),
            Err(BundleError::BadSignature)
        );
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(
                open(&bytes[..cut], BundleKind::Directory, &[k.public()], MAX),
                Err(BundleError::Malformed)
            );
        }
    }

    #[test]
    fn a_signature_for_one_kind_cannot_be_replayed_as_another() {
        let k = key(7);
        let bytes = seal(BundleKind::Content, b"payload", &k);
        let relabelled = String::from_utf8(bytes)
            .unwrap()
            .replace("\"content\"", "\"directory\"");
        assert_eq!(
            open(relabelled.as_bytes(), BundleKind::Directory, &[k.public()], MAX),
            Err(BundleError::BadSignature)
        );
    }
}
