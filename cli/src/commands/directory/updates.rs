//! `alongside directory updates [on URL | off]` and `alongside directory update`: her
//! opt-in choice to fetch newer directories from an address, and checking now. The core
//! does the fetching and every check; this only passes her choice on and shows the answer.

use alongside_core::services::UpdateOutcome;
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Outcome;

#[derive(Debug, clap::Subcommand)]
pub enum Choice {
    #[command(about = crate::words::ui("cli-help-directory-updates-choice-on"))]
    On {
        #[arg(help = crate::words::ui("cli-help-directory-updates-choice-on--url"))]
        #[arg(value_name = "URL")]
        url: String,
    },
    #[command(about = crate::words::ui("cli-help-directory-updates-choice-off"))]
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
        (true, Some(url)) => crate::words::text("cli-directory-updates-on", &[("url", url.as_str().into())]),
        _ => crate::words::ui("cli-directory-updates-off"),
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

/// Checks now. An update installed, or nothing newer, is success; a check that could not
/// be made, a refused directory or updates turned off exit 1, as a refusal does, so a
/// script never takes a failed update for a good one.
pub fn update(ctx: &Context) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let outcome = vault.check_for_directory_update(ctx.now)?;
    let (kind, text) = match &outcome {
        UpdateOutcome::Updated { message, .. } | UpdateOutcome::UpToDate { message } => {
            return Ok(Outcome::new(message.as_str(), json!({ "ok": true, "update": outcome })));
        }
        UpdateOutcome::Offline { message } => ("offline", message.clone()),
        UpdateOutcome::NotEnabled { message } => ("updates_off", message.clone()),
        UpdateOutcome::Refused {
            message, explanation, ..
        } => ("bundle_refused", format!("{message}\n{explanation}")),
    };
    let mut err = CliError::not_done(kind, text);
    if let UpdateOutcome::Refused { reason, .. } = &outcome {
        err.details.insert("reason".into(), json!(reason));
    }
    err.details.insert("update".into(), json!(outcome));
    Err(err)
}
