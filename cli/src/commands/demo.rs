//! `alongside demo`: show the app with a made-up fortnight. With `--vault` it makes a new
//! vault there (never touching an existing one); otherwise it uses a throwaway vault in a
//! temporary folder with a random passcode, and wipes it before finishing.

use alongside_core::Vault;
use serde_json::json;
use zeroize::Zeroizing;

use super::today;
use crate::context::{path_string, Context};
use crate::demo;
use crate::error::{CliError, CliResult};
use crate::output::Outcome;
use crate::passcode;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _a: Args) -> CliResult<Outcome> {
    // Only an explicit --vault is filled, not $ALONGSIDE_VAULT, so a demo can never land in
    // the vault she uses every day.
    match &ctx.vault_flag {
        Some(dir) => {
            let dir = path_string(dir.clone())?;
            let secret = passcode::chosen()?;
            let vault = Vault::create(dir.clone(), passcode::reveal(&secret))?;
            let outcome = fill_and_show(
                ctx,
                &vault,
                &crate::words::text("cli-demo-in-folder", &[("folder", dir.as_str().into())]),
            );
            vault.lock();
            outcome
        }
        None => {
            let tmp = tempfile::Builder::new()
                .prefix("alongside-demo-")
                .tempdir()
                .map_err(|_| CliError::file(crate::words::ui("cli-error-demo-folder")))?;
            let dir = path_string(tmp.path().join("vault"))?;
            let vault = Vault::create(dir, random_passcode()?)?;
            let outcome = fill_and_show(ctx, &vault, &crate::words::ui("cli-demo-throwaway"));
            // Wipe first (the core shreds the key file), then remove the folder.
            let wiped = vault.wipe();
            drop(vault);
            let removed = tmp.close();
            let outcome = outcome?;
            wiped?;
            removed.map_err(|_| CliError::file(crate::words::ui("cli-error-demo-folder-remove")))?;
            Ok(outcome)
        }
    }
}

fn fill_and_show(ctx: &Context, vault: &Vault, heading: &str) -> CliResult<Outcome> {
    demo::fill(vault, ctx.now)?;
    let today = today::render(&vault.today(ctx.now)?);
    Ok(Outcome::new(
        format!("{heading}\n\n{}", today.text),
        json!({ "demo": true, "today": today.json }),
    ))
}

/// 32 hex characters from the operating system's random source.
fn random_passcode() -> CliResult<String> {
    let mut bytes = Zeroizing::new([0u8; 16]);
    getrandom::fill(bytes.as_mut()).map_err(|_| CliError::passcode(crate::words::ui("cli-error-demo-passcode")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
