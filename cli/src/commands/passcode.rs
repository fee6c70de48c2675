//! `alongside passcode change`: the core rewraps the vault's key under the new passcode;
//! the data itself is not touched.

use alongside_core::Vault;
use clap::Subcommand;
use serde_json::json;

use crate::boot_clock;
use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;
use crate::passcode;

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-passcode-change"))]
    Change,
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    match command {
        Command::Change => {
            let vault = Vault::open(ctx.vault_string()?)?;
            let current = passcode::current(&crate::words::prompt("cli-prompt-current-passcode"))?;
            let new = passcode::new_passcode()?;
            vault.change_passcode(
                passcode::reveal(&current),
                passcode::reveal(&new),
                ctx.now,
                boot_clock::since_boot(),
            )?;
            Ok(Outcome::new(
                crate::words::ui("cli-passcode-changed"),
                json!({ "ok": true, "changed": true }),
            ))
        }
    }
}
