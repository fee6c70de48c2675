//! `alongside directory build`: the publisher's spreadsheets (services, venues, sessions)
//! checked, turned into one directory, signed with the publisher's key and written as a
//! bundle. Every problem is reported with its file, line and column, and then nothing is
//! written. The same inputs always give the same bytes.

use alongside_protocol::bounded;
use alongside_protocol::directory::{Directory, MAX_BUNDLE_BYTES, SCHEMA_VERSION};
use alongside_protocol::keys::{PublisherKey, MAX_KEY_FILE_BYTES};
use alongside_protocol::signed::{seal, BundleKind};
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::problems::{refusal, Located};
use super::sheets::Sheets;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};
use crate::words::{text, ui};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-directory-build--services"))]
    #[arg(long, value_name = "CSV")]
    pub services: PathBuf,
    #[arg(help = crate::words::ui("cli-help-directory-build--venues"))]
    #[arg(long, value_name = "CSV")]
    pub venues: PathBuf,
    #[arg(help = crate::words::ui("cli-help-directory-build--sessions"))]
    #[arg(long, value_name = "CSV")]
    pub sessions: PathBuf,
    #[arg(help = crate::words::ui("cli-help-directory-build--publisher"))]
    #[arg(long, value_name = "NAME")]
    pub publisher: String,
    #[arg(help = crate::words::ui("cli-help-directory-build--area"))]
    #[arg(long, value_name = "NAME")]
    pub area: String,
    #[arg(help = crate::words::ui("cli-help-directory-build--version"))]
    #[arg(long, value_name = "N", value_parser = crate::numbers::whole_u64, allow_negative_numbers = true)]
    pub version: u64,
    #[arg(help = crate::words::ui("cli-help-directory-build--issued"))]
    #[arg(long, value_name = "DATE")]
    pub issued: String,
    #[arg(help = crate::words::ui("cli-help-directory-build--expires"))]
    #[arg(long, value_name = "DATE")]
    pub expires: String,
    #[arg(help = crate::words::ui("cli-help-directory-build--sample"))]
    #[arg(long)]
    pub sample: bool,
    #[arg(help = crate::words::ui("cli-help-directory-build--key"))]
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
    #[arg(help = crate::words::ui("cli-help-directory-build--out"))]
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

pub fn run(_ctx: &Context, a: Args) -> CliResult<Outcome> {
    let key = read_key(&a.key)?;
    let sheets = Sheets::read(&a.services, &a.venues, &a.sessions);
    let directory = Directory {
        schema_version: SCHEMA_VERSION,
        publisher: a.publisher.trim().to_string(),
        area: a.area.trim().to_string(),
        version: a.version,
        issued: a.issued.trim().to_string(),
        expires: a.expires.trim().to_string(),
        sample: a.sample,
        services: sheets.services.clone(),
        venues: sheets.venues.clone(),
        sessions: sheets.sessions.clone(),
    };
    let mut problems = sheets.problems.clone();
    for p in directory.validate() {
        let found = sheets.locate(&p);
        // A cell already reported as unreadable is not reported again for its stand-in value.
        if !problems.iter().any(|q| q.same_place(&found)) {
            problems.push(found);
        }
    }
    if !problems.is_empty() {
        // In the order a publisher would fix them: options, then each file from the top.
        problems.sort_by_key(|p| (sheets.rank(&p.file), p.line));
        return Err(refusal(&ui("cli-build-refused"), &problems));
    }

    // Field order is fixed by the structs, and Ed25519 signatures are deterministic, so the
    // same spreadsheets and key always give the same bundle.
    let payload =
        serde_json::to_vec(&directory).map_err(|_| CliError::file(crate::words::ui("cli-error-bundle-encode")))?;
    let bundle = seal(BundleKind::Directory, &payload, &key);
    if bundle.len() > MAX_BUNDLE_BYTES {
        let p = Located::new(
            &ui("cli-build-command-line"),
            None,
            None,
            text("cli-build-too-large", &[("bytes", MAX_BUNDLE_BYTES.into())]),
        );
        return Err(refusal(&ui("cli-build-refused"), &[p]));
    }
    write_atomically(&a.out, &bundle)?;

    let public = key.public();
    let mut out = String::new();
    line(
        &mut out,
        text(
            if a.sample {
                "cli-build-built-sample"
            } else {
                "cli-build-built"
            },
            &[
                ("area", directory.area.as_str().into()),
                ("version", directory.version.into()),
            ],
        ),
    );
    line(
        &mut out,
        text(
            "cli-build-dates",
            &[
                (
                    "contents",
                    crate::words::directory_contents(
                        "directory-build-contents",
                        directory.services.len(),
                        directory.venues.len(),
                        directory.sessions.len(),
                    )
                    .into(),
                ),
                ("issued", directory.issued.as_str().into()),
                ("expires", directory.expires.as_str().into()),
            ],
        ),
    );
    line(
        &mut out,
        text(
            "cli-build-signed",
            &[
                ("publisher", directory.publisher.as_str().into()),
                ("fingerprint", public.fingerprint().into()),
            ],
        ),
    );
    line(
        &mut out,
        text(
            "cli-build-written",
            &[
                ("file", a.out.display().to_string().into()),
                ("bytes", bundle.len().into()),
            ],
        ),
    );
    Ok(Outcome::new(
        out,
        json!({
            "ok": true,
            "file": a.out.to_string_lossy(),
            "bytes": bundle.len(),
            "publisher": directory.publisher,
            "area": directory.area,
            "version": directory.version,
            "issued": directory.issued,
            "expires": directory.expires,
            "sample": directory.sample,
            "services": directory.services.len(),
            "venues": directory.venues.len(),
            "sessions": directory.sessions.len(),
            "public_key": public.to_base64(),
            "fingerprint": public.fingerprint(),
        }),
    ))
}

pub fn read_key(path: &Path) -> CliResult<PublisherKey> {
    let not_a_key = || CliError::file(crate::words::ui("cli-error-not-a-publisher-key-file"));
    let text = match bounded::read_secret_file(path, MAX_KEY_FILE_BYTES) {
        Ok(text) => text,
        // Far larger than any key file: whatever it is, it is not one.
        Err(e) if e.is_too_large() => return Err(not_a_key()),
        Err(_) => return Err(CliError::file(crate::words::ui("cli-error-key-file-read"))),
    };
    PublisherKey::from_key_file(&text).map_err(|_| not_a_key())
}

/// Writes beside the target and renames over it, so a reader never sees half a bundle.
fn write_atomically(path: &Path, bytes: &[u8]) -> CliResult<()> {
    let failed = |_| CliError::file(crate::words::ui("cli-error-bundle-write"));
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(folder).map_err(failed)?;
    tmp.write_all(bytes).map_err(failed)?;
    #[cfg(unix)]
    {
        // A bundle is meant to be shared; only the key file is private.
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(failed)?;
    }
    tmp.as_file().sync_all().map_err(failed)?;
    tmp.persist(path)
        .map_err(|_| CliError::file(crate::words::ui("cli-error-bundle-write")))?;
    Ok(())
}
