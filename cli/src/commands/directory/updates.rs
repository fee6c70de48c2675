//! `alongside directory updates [on URL | off]` and `alongside directory update`: her
//! opt-in choice to fetch newer directories from an address, and checking now. The core
//! does the fetching and every check; this only passes her choice on and shows the answer.

use alongside_core::services::UpdateOutcome;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};

#[derive(Debug, clap::Subcommand)]
pub enum Choice {
    /// Check for newer directories at URL (https://).
    On {
        /// The address of the directory bundle.
        #[arg(value_name = "URL")]
        url: String,
    },
    /// Stop checking; nothing is sent over the network.
    Off,
}

#[derive(Debug, clap::Args)]
pub struct UpdatesArgs {
    /// Turn updates on (with an address) or off. Without it, shows the current choice.
    #[command(subcommand)]
    pub choice: Option<Choice>,
}

pub fn updates(ctx: &Context, a: UpdatesArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    if let Some(choice) = a.choice {
        let mut options = vault.directory_options()?;
        match choice {
            Choice::On { url } => {
                options.updates_enabled = true;
                options.updates_url = Some(url);
            }
            Choice::Off => options.updates_enabled = false,
        }
        vault.set_directory_options(options)?;
    }
    let options = vault.directory_options()?;
    let text = match (&options.updates_enabled, &options.updates_url) {
        (true, Some(url)) => format!("Directory updates are on, from {url}"),
        _ => "Directory updates are off: nothing is sent over the network.".to_string(),
    };
    Ok(Outcome::new(
        text,
        json!({
            "ok": true,
            "updates_enabled": options.updates_enabled,
            "updates_url": options.updates_url,
        }),
    ))
}

pub fn update(ctx: &Context) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let outcome = vault.check_for_directory_update(ctx.now)?;
    let mut text = String::new();
    match &outcome {
        UpdateOutcome::Updated { message, .. }
        | UpdateOutcome::UpToDate { message }
        | UpdateOutcome::Offline { message }
        | UpdateOutcome::NotEnabled { message } => line(&mut text, message),
        UpdateOutcome::Refused {
            message, explanation, ..
        } => {
            line(&mut text, message);
            line(&mut text, explanation);
        }
    }
    Ok(Outcome::new(text, json!({ "ok": true, "update": outcome })))
}
