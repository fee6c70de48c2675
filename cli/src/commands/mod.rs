//! One module per command; this one sends each parsed command to its module.

pub mod appointment;
pub mod demo;
pub mod diary;
pub mod directory;
pub mod dose;
pub mod export;
pub mod forget;
pub mod guidance;
pub mod guidance_breastfeeding;
pub mod init;
pub mod medicine;
pub mod passcode;
pub mod reminders;
pub mod settings;
pub mod share;
pub mod support;
pub mod support_dates;
pub mod support_mode;
pub mod support_request;
pub mod team;
pub mod team_relays;
pub mod team_requests;
pub mod team_store;
pub mod today;
pub mod wipe;

use crate::args::Command;
use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;

/// Runs one command.
pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    match command {
        Command::Init => init::run(ctx),
        Command::Appointment(c) => appointment::run(ctx, c),
        Command::Medicine(c) => medicine::run(ctx, c),
        Command::Dose(c) => dose::run(ctx, c),
        Command::Today => today::run(ctx),
        Command::Diary(a) => diary::run(ctx, a),
        Command::Reminders(a) => reminders::run(ctx, a),
        Command::Export(a) => export::run(ctx, a),
        Command::Forget(a) => forget::run(ctx, a),
        Command::Passcode(c) => passcode::run(ctx, c),
        Command::Settings(c) => settings::run(ctx, c),
        Command::Wipe(a) => wipe::run(ctx, a),
        Command::Demo(a) => demo::run(ctx, a),
        Command::Directory(c) => directory::run(ctx, c),
        Command::Guidance(c) => guidance::run(ctx, c),
        Command::Share(c) => share::run(ctx, c),
        Command::Team(c) => team::run(ctx, c),
        Command::Support(c) => support::run(ctx, c),
    }
}
