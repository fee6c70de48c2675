//! `alongside settings show|set`: her home time zone and whether reminders are discreet.

use alongside_core::Settings;
use clap::Subcommand;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;
use crate::words::ui;

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-settings-show"))]
    Show,
    #[command(about = crate::words::ui("cli-help-settings-set"))]
    Set {
        #[arg(help = crate::words::ui("cli-help-settings-set--time-zone"))]
        #[arg(long, value_name = "ZONE")]
        time_zone: Option<String>,
        #[arg(help = crate::words::ui("cli-help-settings-set--discreet"))]
        #[arg(long, value_name = "true|false")]
        discreet: Option<bool>,
    },
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match command {
        Command::Show => Ok(render(&vault.settings()?, None)),
        Command::Set { time_zone, discreet } => {
            let current = vault.settings()?;
            let new = Settings {
                time_zone: time_zone.unwrap_or(current.time_zone),
                discreet_notifications: discreet.unwrap_or(current.discreet_notifications),
            };
            vault.update_settings(new)?;
            Ok(render(&vault.settings()?, Some(&ui("cli-saved"))))
        }
    }
}

fn render(s: &Settings, heading: Option<&str>) -> Outcome {
    let mut t = heading.map(|h| format!("{h}\n")).unwrap_or_default();
    t.push_str(&format!("{:<20} {}\n", ui("cli-settings-time-zone"), s.time_zone));
    let discreet = if s.discreet_notifications {
        ui("cli-settings-discreet-on")
    } else {
        ui("cli-settings-discreet-off")
    };
    t.push_str(&format!("{:<20} {discreet}", ui("cli-settings-discreet")));
    Outcome::new(t, json!(s))
}
