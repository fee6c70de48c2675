//! Opening a signed bundle (the service directory, content updates) the same way for
//! every kind: signature and pinned key, size, container format, then the payload's
//! schema version before any strict parse, each failure as a typed refusal in words
//! chosen by the caller.

use alongside_protocol::keys::PublicKey;
use alongside_protocol::signed::{self, BundleError, BundleKind};
use sha2::{Digest, Sha256};

use crate::error::{AlongsideError, Result};
use crate::services::BundleRefusal;

/// An opened bundle: who signed it, and its payload as JSON not yet parsed strictly.
pub(crate) struct Opened {
    pub publisher: PublicKey,
    pub payload: serde_json::Value,
    /// SHA-256 of the signed payload bytes, hex: tells two bundles of the same version
    /// apart.
    pub digest: String,
}

/// Verifies `bundle` as `kind` against `trusted` keys and reads its payload's JSON,
/// refusing a payload whose `schema_version` is newer than `schema_version` (a newer
/// format may add fields the strict parse would call damaged; "update the app" helps
/// her more). `refused` words each refusal for the caller's screen.
pub(crate) fn open(
    bundle: &[u8],
    kind: BundleKind,
    trusted: &[PublicKey],
    max_bytes: usize,
    schema_version: u32,
    refused: fn(BundleRefusal) -> AlongsideError,
) -> Result<Opened> {
    let verified = signed::open(bundle, kind, trusted, max_bytes).map_err(|e| {
        refused(match e {
            BundleError::TooLarge { .. } => BundleRefusal::TooLarge,
            BundleError::Malformed | BundleError::WrongKind => BundleRefusal::Malformed,
            BundleError::UnsupportedVersion => BundleRefusal::NewerFormat,
            BundleError::UnknownPublisher => BundleRefusal::UnknownPublisher,
            BundleError::BadSignature => BundleRefusal::BadSignature,
        })
    })?;
    let payload: serde_json::Value =
        serde_json::from_slice(&verified.payload).map_err(|_| refused(BundleRefusal::Malformed))?;
    if payload
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .is_some_and(|v| v > u64::from(schema_version))
    {
        return Err(refused(BundleRefusal::NewerFormat));
    }
    Ok(Opened {
        publisher: verified.publisher,
        digest: hex::encode(Sha256::digest(&verified.payload)),
        payload,
    })
}
