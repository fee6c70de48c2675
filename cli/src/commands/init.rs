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
        format!(
            "Your vault is ready in {dir}.\nOnly your passcode opens it. Please keep it somewhere safe: \
             it can't be recovered."
        ),
        json!({ "created": true, "vault": dir }),
    ))
}
