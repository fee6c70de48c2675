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
    #[command(about = crate::words::ui("cli-help-directory-keygen"))]
    Keygen(keygen::Args),
    // The bundle's own --version replaces the program's --version flag here.
    #[command(about = crate::words::ui("cli-help-directory-build"))]
    #[command(disable_version_flag = true, after_long_help = crate::words::ui("cli-help-directory-build-columns"))]
    Build(build::Args),
    #[command(about = crate::words::ui("cli-help-directory-verify"))]
    Verify(verify::Args),
    #[command(about = crate::words::ui("cli-help-directory-import"))]
    Import(installed::ImportArgs),
    #[command(about = crate::words::ui("cli-help-directory-status"))]
    Status,
    #[command(about = crate::words::ui("cli-help-directory-sample-data"))]
    SampleData(installed::SampleArgs),
    #[command(about = crate::words::ui("cli-help-directory-updates"))]
    Updates(updates::UpdatesArgs),
    #[command(about = crate::words::ui("cli-help-directory-update"))]
    Update,
    #[command(about = crate::words::ui("cli-help-directory-search"))]
    Search(questions::SearchArgs),
    #[command(about = crate::words::ui("cli-help-directory-hubs"))]
    Hubs(questions::HubArgs),
    #[command(about = crate::words::ui("cli-help-directory-plan"))]
    Plan(questions::PlanArgs),
    #[command(about = crate::words::ui("cli-help-directory-near"))]
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
