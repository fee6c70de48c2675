//! `alongside export`: the core's JSON export of everything, or its iCalendar file of
//! appointments, to stdout or a file she chooses.
//!
//! The file is not encrypted, so it is created readable by her account only.

use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-export--ics"))]
    #[arg(long)]
    pub ics: bool,
    #[arg(help = crate::words::ui("cli-help-export--out"))]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &Context, a: Args) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let (format, content) = if a.ics {
        ("ics", vault.export_ics(ctx.now)?)
    } else {
        ("json", vault.export_json(ctx.now)?)
    };
    if let Some(path) = &a.out {
        write_private(path, &content)?;
        return Ok(Outcome::new(
            crate::words::ui("cli-export-saved"),
            json!({ "ok": true, "format": format, "file": path.to_string_lossy(), "bytes": content.len() }),
        ));
    }
    // The JSON export is already JSON; the calendar is carried as a string.
    let json = if a.ics {
        json!({ "format": "ics", "content": content })
    } else {
        serde_json::from_str::<Value>(&content).unwrap_or_else(|_| json!({ "format": "json", "content": content }))
    };
    Ok(Outcome::document(content, json))
}

fn write_private(path: &Path, content: &str) -> CliResult<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let failed = |_| CliError::file(crate::words::ui("cli-error-export-write"));
    let mut file = options.open(path).map_err(failed)?;
    // `mode` applies only to a new file: one written over keeps its old mode otherwise.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(failed)?;
    }
    file.write_all(content.as_bytes()).map_err(failed)?;
    file.sync_all().map_err(failed)
}
