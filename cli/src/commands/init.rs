//! `alongside init`: make a new vault. The core refuses a folder that already holds one,
//! so her existing data can never be overwritten from here.

use alongside_core::Vault;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;
use crate::passcode;

pub fn run(ctx: &Context) -> CliResult<Outcome> {
    let dir = ctx.vault_string()?;
    let secret = passcode::chosen()?;
    let vault = Vault::create(dir.clone(), passcode::reveal(&secret))?;
    vault.lock();
    Ok(Outcome::new(
        crate::words::text("cli-init-ready", &[("folder", dir.as_str().into())]),
        json!({ "created": true, "vault": dir }),
    ))
}
