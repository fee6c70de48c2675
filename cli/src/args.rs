//! The command line's shape: the global options and the list of commands. Each command's
//! own options live beside the code that runs it, in `commands/`.

use clap::{Parser, Subcommand};
use jiff::Timestamp;
use std::path::PathBuf;

use crate::commands::{
    appointment, demo, diary, directory, dose, export, guidance, medicine, passcode, reminders, settings, share,
    support, team, wipe,
};
use crate::when;

/// Alongside keeps your appointments, medicines and doses private, on this computer only.
///
/// Everything is kept in an encrypted vault, opened with your passcode. Set
/// ALONGSIDE_PASSCODE to avoid the prompt (for scripts). Try `alongside demo` to see it
/// with made-up data.
#[derive(Debug, Parser)]
#[command(name = "alongside", version, propagate_version = true)]
pub struct Cli {
    /// The folder your vault is kept in. Default: $ALONGSIDE_VAULT, or "alongside/vault"
    /// in your data folder.
    #[arg(long, global = true, value_name = "DIR", help_heading = "Global options")]
    pub vault: Option<PathBuf>,

    /// Print JSON for scripts instead of text. Errors are JSON too, on stderr.
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    /// Act as if it were this moment (RFC 3339, like 2026-11-23T09:00:00Z), for repeatable
    /// runs and tests. Default: the computer's clock.
    #[arg(long, global = true, value_name = "RFC3339", value_parser = when::parse_now, help_heading = "Global options")]
    pub now: Option<Timestamp>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a new vault and choose its passcode (you'll be asked twice; or set
    /// ALONGSIDE_PASSCODE, or pipe it in on a line).
    Init,
    /// Add, see and change your appointments.
    #[command(subcommand)]
    Appointment(appointment::Command),
    /// Add your medicines and record dose changes.
    #[command(subcommand)]
    Medicine(medicine::Command),
    /// Record doses you've taken or missed, and see your dose log.
    #[command(subcommand)]
    Dose(dose::Command),
    /// What's on today: appointments, doses, anything that needs you, and your week.
    Today,
    /// Your diary a week (or a month) at a time, day by day, with what needs you.
    Diary(diary::Args),
    /// The reminders a phone would show in a window of time.
    Reminders(reminders::Args),
    /// Save a copy of everything (JSON), or your appointments for a calendar app (--ics).
    Export(export::Args),
    /// Change your passcode.
    #[command(subcommand)]
    Passcode(passcode::Command),
    /// See or change your settings (time zone, discreet reminders).
    #[command(subcommand)]
    Settings(settings::Command),
    /// Destroy the vault and everything in it. Works without the passcode.
    Wipe(wipe::Args),
    /// Show Alongside with a made-up fortnight, in a throwaway vault unless you give --vault.
    Demo(demo::Args),
    /// Local services and where they meet: build, check and use a signed service directory.
    #[command(subcommand)]
    Directory(directory::Command),
    /// Guidance you can trust: breastfeeding on your medicine, withdrawal in babies, safe
    /// sleep, and more, with where each point comes from. Support and crisis contacts too.
    #[command(subcommand)]
    Guidance(guidance::Command),
    /// Share with your care team, only what you agree to: pair, agree, stop, sync, and
    /// see everything that was shared.
    #[command(subcommand)]
    Share(share::Command),
    /// For care-team members: make an invite code, pull and read what women share with
    /// you, export it as FHIR, and reply.
    #[command(subcommand)]
    Team(team::Command),
    /// Support for you if your baby is not with you, and crisis numbers if you are not
    /// safe right now (`alongside support crisis` needs no passcode).
    #[command(subcommand)]
    Support(support::Command),
}
