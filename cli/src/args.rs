//! The command line's shape: the global options and the list of commands. Each command's
//! own options live beside the code that runs it, in `commands/`.

use clap::{Parser, Subcommand};
use jiff::Timestamp;
use std::path::PathBuf;

use crate::commands::{
    appointment, demo, diary, directory, dose, export, forget, guidance, medicine, passcode, reminders, settings,
    share, support, team, wipe,
};
use crate::when;

/// The whole command line: the global options and the command. Its help, like every
/// word the CLI prints, is the copy's (`cli-help-*` in core/content/ui/en-GB.ftl).
#[derive(Debug, Parser)]
#[command(
    name = "alongside",
    version,
    propagate_version = true,
    about = crate::words::ui("cli-help-about"),
    long_about = crate::words::ui("cli-help-about-long")
)]
pub struct Cli {
    #[arg(help = crate::words::text("cli-help--vault", &[("variable", format!("${}", crate::context::ENV_VAULT).into())]))]
    #[arg(long, global = true, value_name = "DIR", help_heading = crate::words::heading("cli-help-global-options"))]
    pub vault: Option<PathBuf>,

    #[arg(help = crate::words::ui("cli-help--json"))]
    #[arg(long, global = true, help_heading = crate::words::heading("cli-help-global-options"))]
    pub json: bool,

    #[arg(help = crate::words::ui("cli-help--now"))]
    #[arg(long, global = true, value_name = "RFC3339", value_parser = when::parse_now, help_heading = crate::words::heading("cli-help-global-options"))]
    pub now: Option<Timestamp>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-init"))]
    Init,
    #[command(about = crate::words::ui("cli-help-appointment"))]
    #[command(subcommand)]
    Appointment(appointment::Command),
    #[command(about = crate::words::ui("cli-help-medicine"))]
    #[command(subcommand)]
    Medicine(medicine::Command),
    #[command(about = crate::words::ui("cli-help-dose"))]
    #[command(subcommand)]
    Dose(dose::Command),
    #[command(about = crate::words::ui("cli-help-today"))]
    Today,
    #[command(about = crate::words::ui("cli-help-diary"))]
    Diary(diary::Args),
    #[command(about = crate::words::ui("cli-help-reminders"))]
    Reminders(reminders::Args),
    #[command(about = crate::words::ui("cli-help-export"))]
    Export(export::Args),
    #[command(about = crate::words::ui("cli-help-forget"))]
    Forget(forget::Args),
    #[command(about = crate::words::ui("cli-help-passcode"))]
    #[command(subcommand)]
    Passcode(passcode::Command),
    #[command(about = crate::words::ui("cli-help-settings"))]
    #[command(subcommand)]
    Settings(settings::Command),
    #[command(about = crate::words::ui("cli-help-wipe"))]
    Wipe(wipe::Args),
    #[command(about = crate::words::ui("cli-help-demo"))]
    Demo(demo::Args),
    #[command(about = crate::words::ui("cli-help-directory"))]
    #[command(subcommand)]
    Directory(directory::Command),
    #[command(about = crate::words::ui("cli-help-guidance"))]
    #[command(subcommand)]
    Guidance(guidance::Command),
    #[command(about = crate::words::ui("cli-help-share"))]
    #[command(subcommand)]
    Share(share::Command),
    #[command(about = crate::words::ui("cli-help-team"))]
    #[command(subcommand)]
    Team(team::Command),
    #[command(about = crate::words::ui("cli-help-support"))]
    #[command(subcommand)]
    Support(support::Command),
}
