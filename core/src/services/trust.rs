//! Which publishers' directories the app accepts. The keys are pinned in
//! `content/directory/trusted-publishers.json`, compiled in, so a directory can only come
//! from a publisher this build of the app names. Sample publishers (who sign made-up
//! demonstration data) count only once she has turned sample data on.

use alongside_protocol::keys::PublicKey;
use serde::Deserialize;

use super::model::DirectoryOptions;

const TRUSTED: &str = include_str!("../../content/directory/trusted-publishers.json");

/// A pinned publisher.
#[derive(Debug, Clone, Deserialize)]
pub struct Publisher {
    pub name: String,
    /// Base64 Ed25519 public key.
    pub key: String,
    /// True for a publisher of made-up sample data.
    pub sample: bool,
}

/// Every pinned publisher, as compiled in. A test proves the file parses and every key is
/// a valid public key.
pub fn pinned() -> Vec<Publisher> {
    serde_json::from_str(TRUSTED).unwrap_or_default()
}

/// The keys a bundle may be signed with, given her options, with whether each is a sample
/// publisher.
pub(crate) fn trusted_keys(options: &DirectoryOptions) -> Vec<(PublicKey, bool)> {
    pinned()
        .into_iter()
        .filter(|p| options.allow_sample_data || !p.sample)
        .filter_map(|p| PublicKey::from_base64(&p.key).ok().map(|k| (k, p.sample)))
        .collect()
}
