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

/// Shown under `--help`: the columns each file needs and the words they take.
pub const COLUMNS_HELP: &str = "\
Each file needs a header row naming its columns, in any order:
  services: id, name, organisation, category, description, phone, web, referral,
            eligibility, languages (separated by ;), and optionally requests (the
            invite code from `alongside team init`, only for a service that accepts
            requests for support through the app)
  venues:   id, name, address, postcode, latitude, longitude, step_free (yes or no),
            accessibility, transport
  sessions: service_id, venue_id, days (like mon;wed), start, end (HH:MM),
            weeks_of_month (like 1;3, or empty for every week), valid_from, valid_until
            (YYYY-MM-DD or empty), access (drop_in or by_appointment), notes

referral: self_referral, through_professional or either.

category (spaces or hyphens are fine, any case):
  maternity_and_specialist_midwife, drug_and_alcohol_treatment,
  pharmacy_supervised_consumption, gp, health_visiting, perinatal_mental_health,
  childrens_social_care, family_hub, residential_and_mother_and_baby_treatment, housing,
  food, money_and_benefits, legal_advice_and_advocacy, domestic_abuse,
  sexual_health_and_contraception, infant_feeding_support,
  peer_support_and_community_groups, crisis_support, support_after_removal";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The services spreadsheet (CSV).
    #[arg(long, value_name = "CSV")]
    pub services: PathBuf,
    /// The venues spreadsheet (CSV).
    #[arg(long, value_name = "CSV")]
    pub venues: PathBuf,
    /// The sessions spreadsheet (CSV): which service meets where, and when.
    #[arg(long, value_name = "CSV")]
    pub sessions: PathBuf,
    /// Who publishes the directory, as people will see it.
    #[arg(long, value_name = "NAME")]
    pub publisher: String,
    /// The area it covers.
    #[arg(long, value_name = "NAME")]
    pub area: String,
    /// The bundle's version. Each new bundle needs a higher number: apps refuse an older one.
    #[arg(long, value_name = "N", value_parser = crate::numbers::whole_u64, allow_negative_numbers = true)]
    pub version: u64,
    /// The day it is issued, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub issued: String,
    /// The day after which apps show it as out of date, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub expires: String,
    /// Mark it as made-up sample data; apps label it so.
    #[arg(long)]
    pub sample: bool,
    /// The publisher key file (from `alongside directory keygen`).
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
    /// Where to write the signed bundle.
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
