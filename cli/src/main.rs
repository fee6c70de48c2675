//! `alongside`: a terminal shell over the Alongside core, the same public API the phones
//! use. It parses the command line, calls the core, and prints what the core returns. It
//! holds no rules of its own: bad input is refused by the core, with the core's words.

mod args;
mod boot_clock;
mod commands;
mod context;
mod demo;
mod error;
mod format;
mod numbers;
mod output;
mod passcode;
mod usage;
mod when;
mod words;

use clap::Parser;
use std::process::ExitCode;
use std::time::SystemTime;

use args::Cli;
use context::Context;
use error::{CliError, EXIT_USAGE};

fn main() -> ExitCode {
    // A second layer under the explicit modes the core and each command set: anything this
    // process writes is its owner's alone, even a file some library makes on its own.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let ctx = Context {
        vault_flag: cli.vault.clone(),
        json: cli.json,
        now: cli.now.map(SystemTime::from).unwrap_or_else(SystemTime::now),
    };
    match commands::run(&ctx, cli.command) {
        Ok(outcome) => {
            output::print(&outcome, ctx.json);
            ExitCode::SUCCESS
        }
        Err(err) => {
            output::print_error(&err, ctx.json);
            ExitCode::from(err.exit_code)
        }
    }
}

/// Clap's own errors (exit 2), as JSON when `--json` was on the line. `--help` and
/// `--version` are clap "errors" too and print normally.
fn usage_error(e: clap::Error) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let wants_json = std::env::args_os().any(|a| a == "--json");
    let err = CliError::usage(usage::message(&e));
    output::print_error(&err, wants_json);
    ExitCode::from(EXIT_USAGE)
}
