//! `alongside directory import | status | sample-data`: installing a directory into her
//! vault, seeing which one she has, and choosing whether made-up sample directories may be
//! installed. The core checks every bundle; a refused one leaves her directory unchanged.

use alongside_core::{AlongsideError, BundleRefusal, DirectoryOptions, DirectoryStatus};
use serde_json::json;
use std::path::PathBuf;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{line, Outcome};
use crate::words;

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    #[arg(help = crate::words::ui("cli-help-directory-installed-import--file"))]
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, clap::Args)]
pub struct SampleArgs {
    #[arg(help = crate::words::ui("cli-help-directory-installed-sample--choice"))]
    #[arg(value_enum)]
    pub choice: Option<OnOff>,
}

pub fn import(ctx: &Context, a: ImportArgs) -> CliResult<Outcome> {
    let file = std::fs::File::open(&a.file).map_err(|_| CliError::file(crate::words::ui("cli-error-file-read")))?;
    // Bounded while reading: a pipe or `/dev/zero` is refused at the directory's size limit.
    let bytes = alongside_core::services::import::read_bundle(file)?;
    let vault = ctx.unlocked()?;
    let status = vault.import_directory(bytes, ctx.now).map_err(|e| {
        let unknown = matches!(
            e,
            AlongsideError::BundleRefused {
                reason: BundleRefusal::UnknownPublisher,
                ..
            }
        );
        let mut err = CliError::from(e);
        if unknown {
            err.message.push('\n');
            err.message.push_str(&words::ui("cli-directory-allow-sample-hint"));
        }
        err
    })?;
    let mut text = String::new();
    line(&mut text, words::ui("cli-directory-installed"));
    describe(&mut text, &status);
    Ok(Outcome::new(text, json!({ "ok": true, "directory": status })))
}

pub fn status(ctx: &Context) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match vault.directory_status(ctx.now)? {
        Some(status) => {
            let mut text = String::new();
            describe(&mut text, &status);
            Ok(Outcome::new(text, json!({ "directory": status })))
        }
        None => Ok(Outcome::new(
            words::ui("cli-directory-none"),
            json!({ "directory": null }),
        )),
    }
}

pub fn sample_data(ctx: &Context, a: SampleArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    if let Some(choice) = a.choice {
        vault.set_directory_options(DirectoryOptions {
            allow_sample_data: matches!(choice, OnOff::On),
            ..vault.directory_options()?
        })?;
    }
    let on = vault.directory_options()?.allow_sample_data;
    let text = if on {
        words::ui("cli-directory-sample-on")
    } else {
        words::ui("cli-directory-sample-off")
    };
    Ok(Outcome::new(text, json!({ "ok": true, "allow_sample_data": on })))
}

fn describe(text: &mut String, s: &DirectoryStatus) {
    line(text, &s.summary);
    line(
        text,
        words::text(
            "cli-directory-publisher",
            &[
                ("publisher", s.publisher.as_str().into()),
                ("fingerprint", s.publisher_fingerprint.as_str().into()),
            ],
        ),
    );
    line(
        text,
        words::text(
            "cli-directory-version",
            &[
                ("version", s.version.into()),
                ("issued", s.issued_label.as_str().into()),
                ("expires", s.expires_label.as_str().into()),
            ],
        ),
    );
    line(
        text,
        format!(
            "{}.",
            words::directory_contents(
                "directory-contents",
                s.services as usize,
                s.venues as usize,
                s.sessions as usize
            )
        ),
    );
}
