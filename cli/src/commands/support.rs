//! `alongside support status [--set STATUS --since DATE] | dates [--due DATE] [--born DATE]
//! | crisis | offers | services | recipients | request | requests | cancel`: telling the
//! app, privately, where her baby is living and her dates; the crisis numbers at once, offline, without a passcode; while her baby is not
//! with her, the offers for her own care and services nearby (in `support_mode`); and
//! requests for support (in `support_request`).

use alongside_core::guidance::render;
use alongside_core::support::{crisis_help, BabyStatus};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-support-status"))]
    Status(StatusArgs),
    #[command(about = crate::words::ui("cli-help-support-dates"))]
    Dates(super::support_dates::DatesArgs),
    #[command(about = crate::words::ui("cli-help-support-crisis"))]
    Crisis,
    #[command(about = crate::words::ui("cli-help-support-offers"))]
    Offers,
    #[command(about = crate::words::ui("cli-help-support-services"))]
    Services(super::support_mode::ServicesArgs),
    #[command(about = crate::words::ui("cli-help-support-recipients"))]
    Recipients,
    #[command(about = crate::words::ui("cli-help-support-request"))]
    Request(super::support_request::RequestArgs),
    #[command(about = crate::words::ui("cli-help-support-requests"))]
    Requests,
    #[command(about = crate::words::ui("cli-help-support-cancel"))]
    Cancel(super::support_request::CancelArgs),
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Where {
    WithMe,
    TakenIntoCare,
    LivingWithFamily,
    Other,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[arg(help = crate::words::ui("cli-help-support-status--set"))]
    #[arg(long, value_enum)]
    pub set: Option<Where>,
    #[arg(help = crate::words::ui("cli-help-support-status--since"))]
    #[arg(long, value_name = "DATE", requires = "set")]
    pub since: Option<String>,
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    match command {
        Command::Offers => super::support_mode::offers(ctx),
        Command::Dates(a) => super::support_dates::dates(ctx, a),
        Command::Services(a) => super::support_mode::services(ctx, a),
        Command::Recipients => super::support_request::recipients(ctx),
        Command::Request(a) => super::support_request::request(ctx, a),
        Command::Requests => super::support_request::list(ctx),
        Command::Cancel(a) => super::support_request::cancel(ctx, a),
        Command::Crisis => {
            let help = crisis_help()?;
            let mut t = String::new();
            line(&mut t, &help.heading);
            line(&mut t, &help.intro);
            line(&mut t, "");
            t.push_str(&render::contacts(&help.contacts));
            Ok(Outcome::new(t, json!(help)))
        }
        Command::Status(a) => {
            let vault = ctx.unlocked()?;
            let view = match a.set {
                None => vault.baby_status()?,
                Some(w) => {
                    let status = match w {
                        Where::WithMe => BabyStatus::WithHer,
                        Where::TakenIntoCare => BabyStatus::TakenIntoCare,
                        Where::LivingWithFamily => BabyStatus::LivingWithFamily,
                        Where::Other => BabyStatus::Other,
                    };
                    vault.set_baby_status(status, a.since, ctx.now)?
                }
            };
            let mut t = String::new();
            line(&mut t, &view.status_label);
            if let Some(since) = &view.since_label {
                line(&mut t, since);
            }
            line(&mut t, &view.message);
            Ok(Outcome::new(t, json!(view)))
        }
    }
}
