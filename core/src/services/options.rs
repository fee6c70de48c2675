//! Her directory choices, kept in the vault's settings table: whether made-up sample data
//! may be installed, and whether (and from where) the app may fetch directory updates.
//! Updates are the only network traffic the directory causes, so they are off until she
//! turns them on, and the address is checked here: HTTPS, or plain HTTP to this device's
//! own loopback address (for tests only).

use rusqlite::{Connection, OptionalExtension};
use std::net::IpAddr;
use std::time::SystemTime;

use crate::error::{AlongsideError, Result};

const ALLOW_SAMPLE_KEY: &str = "directory_allow_sample";
const UPDATES_ENABLED_KEY: &str = "directory_updates_enabled";
const UPDATES_URL_KEY: &str = "directory_updates_url";
/// The ETag of the last bundle fetched from the update address (or found up to date).
pub(crate) const ETAG_KEY: &str = "directory_update_etag";
/// Unix seconds of the last successful check.
pub(crate) const CHECKED_KEY: &str = "directory_update_checked";

/// The input name used in errors about the update address.
const URL_FIELD: &str = "update address";

/// Her directory choices.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DirectoryOptions {
    /// Whether made-up sample directories (for trying the app out) may be installed.
    /// Off by default. Turning it off removes an installed sample directory.
    pub allow_sample_data: bool,
    /// Whether the app may fetch a newer directory from `updates_url`. Off by default:
    /// nothing is sent over the network until she turns this on.
    #[uniffi(default = false)]
    pub updates_enabled: bool,
    /// Where updates come from: an `https://` address (plain `http://` only to this
    /// device's loopback address, for testing). Required when updates are on.
    #[uniffi(default = None)]
    pub updates_url: Option<String>,
    /// When the app last checked successfully (read only: setting options ignores it, and
    /// changing the address clears it).
    #[uniffi(default = None)]
    pub updates_last_checked: Option<SystemTime>,
}

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub(crate) fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}

fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

pub(crate) fn load(conn: &Connection) -> Result<DirectoryOptions> {
    let checked = get(conn, CHECKED_KEY)?
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(crate::time::system_time);
    Ok(DirectoryOptions {
        allow_sample_data: get(conn, ALLOW_SAMPLE_KEY)?.as_deref() == Some("true"),
        updates_enabled: get(conn, UPDATES_ENABLED_KEY)?.as_deref() == Some("true"),
        updates_url: get(conn, UPDATES_URL_KEY)?,
        updates_last_checked: checked,
    })
}

/// The stored ETag for the update address, if any.
pub(crate) fn etag(conn: &Connection) -> Result<Option<String>> {
    get(conn, ETAG_KEY)
}

/// Stores her choices after checking the update address. A new address forgets the old
/// address's ETag and last-checked time, so the first check there fetches in full.
pub(crate) fn store(conn: &Connection, o: &DirectoryOptions) -> Result<()> {
    let url = match o.updates_url.as_deref().map(str::trim) {
        Some("") | None => None,
        Some(u) => Some(check_url(u)?.to_string()),
    };
    if o.updates_enabled && url.is_none() {
        return Err(AlongsideError::invalid(
            URL_FIELD,
            &crate::content::text("directory-update-url-required", &[]),
        ));
    }
    set(conn, ALLOW_SAMPLE_KEY, flag(o.allow_sample_data))?;
    set(conn, UPDATES_ENABLED_KEY, flag(o.updates_enabled))?;
    if get(conn, UPDATES_URL_KEY)? != url {
        remove(conn, ETAG_KEY)?;
        remove(conn, CHECKED_KEY)?;
    }
    match &url {
        Some(u) => set(conn, UPDATES_URL_KEY, u)?,
        None => remove(conn, UPDATES_URL_KEY)?,
    }
    Ok(())
}

/// Parses an update address and refuses any the app must not fetch from: not https (plain
/// http is allowed only to 127.0.0.0/8 and ::1, so tests can use a local server), or
/// carrying a user name or password.
pub(crate) fn check_url(raw: &str) -> Result<reqwest::Url> {
    let invalid = || AlongsideError::invalid(URL_FIELD, &crate::content::text("directory-update-url-invalid", &[]));
    let url = reqwest::Url::parse(raw.trim()).map_err(|_| invalid())?;
    if !url.username().is_empty() || url.password().is_some() || url.host_str().is_none() {
        return Err(invalid());
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        _ => Err(invalid()),
    }
}

/// True when the address's host is a loopback IP address (not a name: a name could
/// resolve anywhere).
pub(crate) fn is_loopback(url: &reqwest::Url) -> bool {
    url.host_str()
        .map(|h| h.trim_start_matches('[').trim_end_matches(']'))
        .and_then(|h| h.parse::<IpAddr>().ok())
        .is_some_and(|ip| ip.is_loopback())
}
