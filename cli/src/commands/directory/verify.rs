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
use crate::words::{text, ui};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-directory-verify--file"))]
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(help = crate::words::ui("cli-help-directory-verify--trust"))]
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
    let directory: Directory =
        serde_json::from_slice(&verified.payload).map_err(|_| refused(ui("cli-verify-unreadable-inside")))?;
    let problems: Vec<Located> = directory
        .validate()
        .into_iter()
        .map(|p| {
            let what = format!("{:?}", p.table).to_lowercase();
            let place = if what == "directory" {
                what
            } else {
                text(
                    "cli-verify-record",
                    &[("table", what.into()), ("number", (p.index + 1).into())],
                )
            };
            Located::new(&place, None, Some(p.field), p.message)
        })
        .collect();
    if !problems.is_empty() {
        return Err(refusal(&ui("cli-verify-refused"), &problems));
    }

    let today = jiff::Timestamp::try_from(ctx.now)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default();
    let out_of_date = !today.is_empty() && directory.expires < today;
    let key = verified.publisher;
    let mut out = String::new();
    line(&mut out, ui("cli-verify-sound"));
    field(&mut out, "cli-verify-publisher", &directory.publisher);
    field(&mut out, "cli-verify-area", &directory.area);
    field(&mut out, "cli-verify-version", directory.version.to_string());
    field(&mut out, "cli-verify-issued", &directory.issued);
    let expires = if out_of_date {
        text("cli-verify-expired", &[("date", directory.expires.as_str().into())])
    } else {
        directory.expires.clone()
    };
    field(&mut out, "cli-verify-expires", expires);
    let contents = crate::words::directory_contents(
        "directory-build-contents",
        directory.services.len(),
        directory.venues.len(),
        directory.sessions.len(),
    );
    field(&mut out, "cli-verify-contents", contents);
    if directory.sample {
        line(&mut out, ui("cli-verify-sample"));
    }
    let signed = text(
        "cli-verify-signed",
        &[
            ("key", key.to_base64().into()),
            ("fingerprint", key.fingerprint().into()),
        ],
    );
    line(&mut out, signed);
    if !pinned {
        line(&mut out, ui("cli-verify-not-pinned"));
    }
    Ok(Outcome::new(
        out,
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
    let mut err = refusal(&ui("cli-verify-refused"), &[]);
    err.kind = "bundle_refused";
    err.message = text("cli-verify-refused-because", &[("reason", reason.as_str().into())]);
    err.details.insert("reason".into(), json!(reason));
    err
}

/// "Area:      Sampleton": the copy's label, padded so the values line up.
fn field(out: &mut String, label_id: &str, value: impl AsRef<str>) {
    line(out, format!("{:<10} {}", ui(label_id), value.as_ref()));
}
