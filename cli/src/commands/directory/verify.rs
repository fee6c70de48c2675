//! `alongside directory verify`: checks a bundle the way an app will, before it is sent
//! out: its size, its shape, its signature (against the keys given with `--trust`), and
//! then every record in it.

use alongside_protocol::bounded;
use alongside_protocol::directory::{Directory, MAX_BUNDLE_BYTES};
use alongside_protocol::keys::PublicKey;
use alongside_protocol::signed::{open, BundleError, BundleKind};
use serde_json::json;
use std::path::PathBuf;

use super::problems::{refusal, Located};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The bundle file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// A publisher public key (base64) to accept; give it again for more than one. Without
    /// it, the signature is checked against the key in the file, and that key is shown for
    /// you to compare with the publisher's.
    #[arg(long, value_name = "BASE64KEY")]
    pub trust: Vec<String>,
}

pub fn run(ctx: &Context, a: Args) -> CliResult<Outcome> {
    let mut trusted = Vec::new();
    for text in &a.trust {
        let key =
            PublicKey::from_base64(text).map_err(|_| CliError::usage(crate::words::ui("cli-error-trust-not-a-key")))?;
        trusted.push(key);
    }
    let pinned = !trusted.is_empty();
    // Bounded while reading, whatever size the file claims: a pipe or a device claims none.
    let bytes = match bounded::read_file(&a.file, MAX_BUNDLE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.is_too_large() => {
            return Err(refused(
                BundleError::TooLarge {
                    max_bytes: MAX_BUNDLE_BYTES,
                }
                .to_string(),
            ))
        }
        Err(_) => return Err(CliError::file(crate::words::ui("cli-error-bundle-read"))),
    };
    if !pinned {
        // Only to say who signed it: the signature is still checked below.
        trusted.extend(signer_in_file(&bytes));
    }
    let verified =
        open(&bytes, BundleKind::Directory, &trusted, MAX_BUNDLE_BYTES).map_err(|e| refused(e.to_string()))?;
    let directory: Directory = serde_json::from_slice(&verified.payload)
        .map_err(|_| refused("the signature is good, but the directory inside isn't one this app can read".into()))?;
    let problems: Vec<Located> = directory
        .validate()
        .into_iter()
        .map(|p| {
            let what = format!("{:?}", p.table).to_lowercase();
            let place = if what == "directory" {
                what
            } else {
                format!("{what} record {}", p.index + 1)
            };
            Located::new(&place, None, Some(p.field), p.message)
        })
        .collect();
    if !problems.is_empty() {
        return Err(refusal("This bundle would be refused", &problems));
    }

    let today = jiff::Timestamp::try_from(ctx.now)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default();
    let out_of_date = !today.is_empty() && directory.expires < today;
    let key = verified.publisher;
    let mut text = String::new();
    line(
        &mut text,
        "The bundle is sound: its signature matches and every record checks out.",
    );
    line(&mut text, format!("Publisher: {}", directory.publisher));
    line(&mut text, format!("Area:      {}", directory.area));
    line(&mut text, format!("Version:   {}", directory.version));
    line(&mut text, format!("Issued:    {}", directory.issued));
    let flag = if out_of_date {
        " (out of date now; apps still use it, marked as out of date)"
    } else {
        ""
    };
    line(&mut text, format!("Expires:   {}{flag}", directory.expires));
    line(
        &mut text,
        format!(
            "Contents:  {}",
            crate::words::directory_contents(
                "directory-build-contents",
                directory.services.len(),
                directory.venues.len(),
                directory.sessions.len()
            )
        ),
    );
    if directory.sample {
        line(&mut text, "This is sample data, made up for demonstrations.");
    }
    line(
        &mut text,
        format!("Signed by: {} (fingerprint {})", key.to_base64(), key.fingerprint()),
    );
    if !pinned {
        line(
            &mut text,
            "This key was not checked against a list of trusted publishers. Compare the fingerprint with the publisher's, or use --trust.",
        );
    }
    Ok(Outcome::new(
        text,
        json!({
            "ok": true,
            "publisher": directory.publisher,
            "area": directory.area,
            "version": directory.version,
            "issued": directory.issued,
            "expires": directory.expires,
            "out_of_date": out_of_date,
            "sample": directory.sample,
            "services": directory.services.len(),
            "venues": directory.venues.len(),
            "sessions": directory.sessions.len(),
            "public_key": key.to_base64(),
            "fingerprint": key.fingerprint(),
            "key_pinned": pinned,
        }),
    ))
}

/// The key a bundle names as its signer, if it names a valid one.
fn signer_in_file(bytes: &[u8]) -> Option<PublicKey> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return None;
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    PublicKey::from_base64(value.get("key")?.as_str()?).ok()
}

fn refused(reason: String) -> CliError {
    let mut err = refusal("This bundle would be refused", &[]);
    err.kind = "bundle_refused";
    err.message = format!("This bundle would be refused: {reason}.");
    err.details.insert("reason".into(), json!(reason));
    err
}
