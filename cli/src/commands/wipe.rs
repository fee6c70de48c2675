//! `alongside wipe`: destroy the vault. It needs no passcode, because she may have
//! forgotten it or may need the data gone now; it asks her to type "wipe" instead.

use serde_json::json;
use std::io::{BufRead, Read, Write};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Outcome;

const CONFIRM_WORD: &str = "wipe";
/// The longest answer read: a line without end (`< /dev/zero`) is not a "wipe".
const MAX_ANSWER_BYTES: u64 = 1024;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-wipe--yes"))]
    #[arg(long)]
    pub yes: bool,
}

pub fn run(ctx: &Context, a: Args) -> CliResult<Outcome> {
    let dir = ctx.vault_string()?;
    if !a.yes && !confirmed() {
        return Err(CliError::cancelled(crate::words::ui("cli-error-wipe-cancelled")));
    }
    alongside_core::wipe_vault(dir)?;
    Ok(Outcome::new(
        crate::words::ui("cli-wiped"),
        json!({ "ok": true, "wiped": true }),
    ))
}

/// Asks on stderr (stdout may be a pipe or JSON) and reads one line from stdin.
fn confirmed() -> bool {
    let mut err = std::io::stderr();
    let ask = crate::words::text("cli-wipe-confirm", &[("word", CONFIRM_WORD.into())]);
    let _ = write!(err, "{ask} ");
    let _ = err.flush();
    let mut answer = String::new();
    match std::io::stdin().lock().take(MAX_ANSWER_BYTES).read_line(&mut answer) {
        Ok(_) => answer.trim() == CONFIRM_WORD,
        Err(_) => false,
    }
}
