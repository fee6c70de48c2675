//! Signed content updates, delivered like the service directory: the same signed container
//! (Ed25519 over a domain-separated message, kind "content", so a directory signature can
//! never pass as content), pinned publisher keys, a size cap, and rollback refused. A
//! bundle is checked and parsed whole into a [`ContentSet`] before it can replace anything,
//! so a refused bundle changes nothing.
//!
//! No content bundle ships yet, and no content publisher is pinned: the compiled-in
//! content (stamped [`BUILT_IN_VERSION`](super::set::BUILT_IN_VERSION)) is what the app
//! shows. The loader is here so the first update needs no new checking code.

use alongside_protocol::keys::{PublicKey, PublisherKey};
use alongside_protocol::signed::{self, BundleKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::set::ContentSet;
use crate::error::{AlongsideError, Result};
use crate::services::BundleRefusal;

/// Whole content sets are text and small; anything near this is not one.
pub const MAX_CONTENT_BUNDLE_BYTES: usize = 4 * 1024 * 1024;
/// The payload format this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// What a content bundle carries: a complete content set and its version.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    pub schema_version: u32,
    /// Must be higher than the version in use.
    pub version: u64,
    /// Path (as under `content/guidance/`, plus `contacts.toml` and `sources.json`) to text.
    pub files: BTreeMap<String, String>,
}

/// The content publishers this build trusts. None yet: no content bundle ships.
pub fn pinned_publishers() -> Vec<PublicKey> {
    Vec::new()
}

/// Signs a content set as a bundle (for the publisher's tools and tests).
pub fn seal(payload: &Payload, key: &PublisherKey) -> Vec<u8> {
    let bytes = serde_json::to_vec(payload).unwrap_or_default();
    signed::seal(BundleKind::Content, &bytes, key)
}

fn refused(reason: BundleRefusal) -> AlongsideError {
    AlongsideError::BundleRefused {
        reason,
        explanation: crate::content::label("content-refused", &reason),
    }
}

/// Verifies a content bundle against `trusted` keys and parses it, refusing one that is
/// not newer than `installed_version`.
pub fn check(bundle: &[u8], trusted: &[PublicKey], installed_version: u64) -> Result<ContentSet> {
    let opened = crate::bundles::open(
        bundle,
        BundleKind::Content,
        trusted,
        MAX_CONTENT_BUNDLE_BYTES,
        SCHEMA_VERSION,
        refused,
    )?;
    let payload: Payload = serde_json::from_value(opened.payload).map_err(|_| refused(BundleRefusal::Malformed))?;
    if payload.version < installed_version {
        return Err(refused(BundleRefusal::Rollback));
    }
    if payload.version == installed_version {
        return Err(refused(BundleRefusal::AlreadyInstalled));
    }
    ContentSet::parse(payload.version, &payload.files).map_err(|_| refused(BundleRefusal::Invalid))
}
