//! `alongside directory ...`: the publisher's tools for a signed service directory. Make a
//! signing key (`keygen`), build a bundle from the spreadsheets an area already keeps
//! (`build`), and check a bundle before sending it out (`verify`).
//!
//! The publisher's commands work on files only. `import`, `status`, `sample-data`,
//! `updates`, `update` and the questions (`search`, `hubs`, `plan`, `near`) use the directory installed in her vault.

mod build;
mod installed;
mod keygen;
mod problems;
mod questions;
mod sheets;
mod updates;
mod verify;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Make a new publisher key file, readable by you only. Keep it offline.
    Keygen(keygen::Args),
    /// Check the services, venues and sessions spreadsheets (CSV) and sign them as a bundle.
    // The bundle's own --version replaces the program's --version flag here.
    #[command(disable_version_flag = true, after_long_help = build::COLUMNS_HELP)]
    Build(build::Args),
    /// Check a bundle: its size, shape and signature, and every record in it.
    Verify(verify::Args),
    /// Install a directory bundle in your vault, replacing the one you have.
    Import(installed::ImportArgs),
    /// Which directory you have, and whether it is up to date.
    Status,
    /// Allow the made-up sample directory (on), or remove it (off).
    SampleData(installed::SampleArgs),
    /// Fetch newer directories from an address (on URL), or never (off). Off by default.
    Updates(updates::UpdatesArgs),
    /// Check for a newer directory now, when updates are on.
    Update,
    /// Find services by words, type, day, drop-in or self-referral.
    Search(questions::SearchArgs),
    /// Places where several services meet on the same day.
    Hubs(questions::HubArgs),
    /// Plan the fewest trips that cover the services you need.
    Plan(questions::PlanArgs),
    /// Places nearest a point (the point stays on this computer).
    Near(questions::NearArgs),
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    match command {
        Command::Keygen(a) => keygen::run(a),
        Command::Build(a) => build::run(ctx, a),
        Command::Verify(a) => verify::run(ctx, a),
        Command::Import(a) => installed::import(ctx, a),
        Command::Status => installed::status(ctx),
        Command::SampleData(a) => installed::sample_data(ctx, a),
        Command::Updates(a) => updates::updates(ctx, a),
        Command::Update => updates::update(ctx),
        Command::Search(a) => questions::search(ctx, a),
        Command::Hubs(a) => questions::hubs(ctx, a),
        Command::Plan(a) => questions::plan(ctx, a),
        Command::Near(a) => questions::near(ctx, a),
    }
}
