//! Which publishers' directories the app accepts. The keys are pinned in
//! `content/directory/trusted-publishers.json`, compiled in, so a directory can only come
//! from a publisher this build of the app names. Sample publishers (who sign made-up
//! demonstration data) count only once she has turned sample data on.

use alongside_protocol::keys::PublicKey;
use rusqlite::{Connection, OptionalExtension};
use serde::Deserialize;

use super::model::DirectoryOptions;
use crate::error::Result;

const TRUSTED: &str = include_str!("../../content/directory/trusted-publishers.json");
const ALLOW_SAMPLE_KEY: &str = "directory_allow_sample";

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
pub(crate) fn trusted_keys(options: DirectoryOptions) -> Vec<(PublicKey, bool)> {
    pinned()
        .into_iter()
        .filter(|p| options.allow_sample_data || !p.sample)
        .filter_map(|p| PublicKey::from_base64(&p.key).ok().map(|k| (k, p.sample)))
        .collect()
}

pub(crate) fn load_options(conn: &Connection) -> Result<DirectoryOptions> {
    let v: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [ALLOW_SAMPLE_KEY], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(DirectoryOptions {
        allow_sample_data: v.as_deref() == Some("true"),
    })
}

pub(crate) fn store_options(conn: &Connection, o: DirectoryOptions) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [ALLOW_SAMPLE_KEY, if o.allow_sample_data { "true" } else { "false" }],
    )?;
    Ok(())
}
