//! Opt-in directory updates: when she has turned them on, ask her update address for a
//! newer bundle and install it through the one import path a file takes, so nothing
//! unverified is ever stored.
//!
//! The request is a plain conditional GET: a fixed User-Agent, the last ETag in
//! `If-None-Match`, no cookies, no proxy, no referrer and nothing about her. Redirects are
//! followed only to addresses the settings would accept (never from https to http). The
//! body is read up to [`MAX_BUNDLE_BYTES`] and no further, whatever `Content-Length` says.
//! Any network problem leaves her installed directory as it was and says so.
//!
//! DESIGN rule 4 asks long work to report progress through a listener; a bundle fetch is
//! one bounded request (10 s to connect, 60 s in all, at most [`MAX_BUNDLE_BYTES`]), so
//! this is a single blocking call the shells make off the main thread.

use alongside_protocol::directory::MAX_BUNDLE_BYTES;
use reqwest::blocking::Client;
use reqwest::header::{ETAG, IF_NONE_MATCH};
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use std::io::Read;
use std::time::{Duration, SystemTime};

use super::api::{import_in, today};
use super::model::{BundleRefusal, DirectoryStatus};
use super::options::{self, CHECKED_KEY, ETAG_KEY};
use crate::content::text;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

const USER_AGENT: &str = "Alongside";
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const TOTAL_TIMEOUT: Duration = Duration::from_secs(60);
const MAX_REDIRECTS: usize = 5;

/// What a check for a directory update found. Every outcome carries `message`, plain
/// words to show her.
// Made once per check and handed straight to the shell, so its size does not matter (and
// UniFFI enum fields cannot be boxed).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum UpdateOutcome {
    /// A newer directory was fetched, checked and installed.
    Updated { status: DirectoryStatus, message: String },
    /// She already has the newest directory.
    UpToDate { message: String },
    /// The update address could not be reached (no connection, a timeout, or a server
    /// problem). Her installed directory keeps working.
    Offline { message: String },
    /// A directory was fetched but failed the checks (signature, publisher, rollback,
    /// size, content); nothing was changed. `explanation` says which check, in words.
    Refused {
        reason: BundleRefusal,
        explanation: String,
        message: String,
    },
    /// She has not turned directory updates on; nothing was sent.
    NotEnabled { message: String },
}

/// What the server said.
enum Fetched {
    NotModified,
    Bundle { bytes: Vec<u8>, etag: Option<String> },
    TooLarge,
    Failed,
}

pub(super) fn check(vault: &Vault, now: SystemTime) -> Result<UpdateOutcome> {
    let checked_at = time::unix(now)?;
    let today = today(vault, now)?;
    let (opts, etag) = vault.read(|conn| Ok((options::load(conn)?, options::etag(conn)?)))?;
    let url = match (opts.updates_enabled, opts.updates_url.as_deref()) {
        (true, Some(url)) => options::check_url(url)?,
        _ => {
            return Ok(UpdateOutcome::NotEnabled {
                message: text("directory-update-not-enabled", &[]),
            })
        }
    };
    let up_to_date = || UpdateOutcome::UpToDate {
        message: text("directory-update-up-to-date", &[]),
    };
    match fetch(url, etag.as_deref()) {
        Fetched::Failed => Ok(UpdateOutcome::Offline {
            message: text("directory-update-offline", &[]),
        }),
        Fetched::TooLarge => Ok(refused(
            BundleRefusal::TooLarge,
            text("directory-refused-too-large", &[]),
        )),
        Fetched::NotModified => {
            vault.write(|tx| options::set(tx, CHECKED_KEY, &checked_at.to_string()))?;
            Ok(up_to_date())
        }
        Fetched::Bundle { bytes, etag } => {
            let result = vault.write(|tx| {
                let outcome = match import_in(tx, &bytes, &[], checked_at, today) {
                    Ok(status) => updated(status),
                    // The server ignored our ETag and sent what she has: nothing is new.
                    Err(AlongsideError::BundleRefused {
                        reason: BundleRefusal::AlreadyInstalled,
                        ..
                    }) => up_to_date(),
                    Err(e) => return Err(e),
                };
                match &etag {
                    Some(etag) => options::set(tx, ETAG_KEY, etag)?,
                    None => options::remove(tx, ETAG_KEY)?,
                }
                options::set(tx, CHECKED_KEY, &checked_at.to_string())?;
                Ok(outcome)
            });
            match result {
                Err(AlongsideError::BundleRefused { reason, explanation }) => Ok(refused(reason, explanation)),
                other => other,
            }
        }
    }
}

fn updated(status: DirectoryStatus) -> UpdateOutcome {
    UpdateOutcome::Updated {
        message: text("directory-update-updated", &[("version", status.version.into())]),
        status,
    }
}

fn refused(reason: BundleRefusal, explanation: String) -> UpdateOutcome {
    UpdateOutcome::Refused {
        reason,
        explanation,
        message: text("directory-update-refused", &[]),
    }
}

/// TLS for updates: rustls with the ring provider and Mozilla's root certificates built in,
/// so both phones trust the same roots and need no platform set-up. The bundle is signed
/// anyway; TLS keeps which area she fetches private on the wire.
fn tls_config() -> Option<rustls::ClientConfig> {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .ok()
        .map(|b| b.with_root_certificates(roots).with_no_client_auth())
}

fn client() -> Option<Client> {
    Client::builder()
        .tls_backend_preconfigured(tls_config()?)
        .user_agent(USER_AGENT)
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(TOTAL_TIMEOUT)
        .no_proxy()
        .referer(false)
        .redirect(Policy::custom(|attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS || options::check_url(attempt.url().as_str()).is_err() {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }))
        .build()
        .ok()
}

fn fetch(url: reqwest::Url, etag: Option<&str>) -> Fetched {
    let Some(client) = client() else { return Fetched::Failed };
    let mut request = client.get(url);
    if let Some(etag) = etag {
        request = request.header(IF_NONE_MATCH, etag);
    }
    let Ok(response) = request.send() else {
        return Fetched::Failed;
    };
    match response.status() {
        StatusCode::NOT_MODIFIED => return Fetched::NotModified,
        StatusCode::OK => {}
        // A redirect we would not follow, or a server problem: nothing usable came back.
        _ => return Fetched::Failed,
    }
    let cap = MAX_BUNDLE_BYTES as u64;
    if response.content_length().is_some_and(|n| n > cap) {
        return Fetched::TooLarge;
    }
    let etag = response
        .headers()
        .get(ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    // Read one byte past the cap, so a body that is too large is known without reading it all.
    let mut bytes = Vec::new();
    if response.take(cap + 1).read_to_end(&mut bytes).is_err() {
        return Fetched::Failed;
    }
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Fetched::TooLarge;
    }
    Fetched::Bundle { bytes, etag }
}

#[cfg(test)]
mod tls_tests {
    #[test]
    fn the_update_client_builds_with_ring_and_the_bundled_roots() {
        let config = super::tls_config().expect("a TLS configuration");
        assert!(config.alpn_protocols.is_empty());
        assert!(super::client().is_some());
        assert!(
            webpki_roots::TLS_SERVER_ROOTS.len() > 100,
            "Mozilla's roots are bundled"
        );
    }
}
