//! `alongside directory keygen`: a new publisher key pair, written to a key file that only
//! its owner can read. An existing file is never replaced.

use alongside_protocol::keys::PublisherKey;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;

use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};
use crate::words::ui;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-directory-keygen--out"))]
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

pub fn run(a: Args) -> CliResult<Outcome> {
    let key = PublisherKey::generate().map_err(|_| CliError::file(crate::words::ui("cli-error-keygen-randomness")))?;
    let mut options = std::fs::OpenOptions::new();
    // `create_new` refuses a file that is already there, even one made a moment ago.
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&a.out).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CliError::file(crate::words::ui("cli-error-file-exists"))
        } else {
            CliError::file(crate::words::ui("cli-error-key-file-write"))
        }
    })?;
    let failed = |_| CliError::file(crate::words::ui("cli-error-key-file-finish"));
    file.write_all(key.to_key_file().as_bytes()).map_err(failed)?;
    file.sync_all().map_err(failed)?;

    let public = key.public();
    let mut text = String::new();
    line(&mut text, ui("cli-keygen-made"));
    line(
        &mut text,
        format!("{:<12} {}", ui("cli-keygen-public-key"), public.to_base64()),
    );
    line(
        &mut text,
        format!("{:<12} {}", ui("cli-keygen-fingerprint"), public.fingerprint()),
    );
    line(&mut text, ui("cli-keygen-keep-secret"));
    Ok(Outcome::new(
        text,
        json!({
            "ok": true,
            "file": a.out.to_string_lossy(),
            "public_key": public.to_base64(),
            "fingerprint": public.fingerprint(),
        }),
    ))
}
