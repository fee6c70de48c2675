//! `alongside appointment ...`: add, list, show, edit, mark, move, cancel, delete and
//! rebook appointments, each one call to the core.

pub(crate) mod draft;
mod list;
mod show;

use alongside_core::{AppointmentStatus, Scope};
use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;
use crate::when::{self, OccurrenceRef};
use crate::words;

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-appointment-add"))]
    Add(draft::AddArgs),
    #[command(about = crate::words::ui("cli-help-appointment-list"))]
    List(list::Args),
    #[command(about = crate::words::ui("cli-help-appointment-show"))]
    Show {
        #[arg(help = crate::words::ui("cli-help-appointment-show--target"))]
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
    },
    #[command(about = crate::words::ui("cli-help-appointment-edit"))]
    Edit(draft::EditArgs),
    #[command(about = crate::words::ui("cli-help-appointment-status"))]
    Status {
        #[arg(help = crate::words::ui("cli-help-appointment-status--target"))]
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
        #[arg(value_enum)]
        status: StatusArg,
    },
    #[command(about = crate::words::ui("cli-help-appointment-reschedule"))]
    Reschedule {
        #[arg(help = crate::words::ui("cli-help-appointment-reschedule--target"))]
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
        #[arg(help = crate::words::ui("cli-help-appointment-reschedule--to"))]
        #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
        to: String,
        #[arg(help = crate::words::ui("cli-help-appointment-reschedule--following"))]
        #[arg(long)]
        following: bool,
        #[arg(help = crate::words::ui("cli-help-appointment-reschedule--clock-change"))]
        #[arg(long, value_enum, value_name = "WHICH")]
        clock_change: Option<when::ClockChangeArg>,
    },
    #[command(about = crate::words::ui("cli-help-appointment-cancel"))]
    Cancel {
        #[arg(help = crate::words::ui("cli-help-appointment-cancel--target"))]
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
        #[arg(help = crate::words::ui("cli-help-appointment-cancel--following"))]
        #[arg(long)]
        following: bool,
    },
    #[command(about = crate::words::ui("cli-help-appointment-delete"))]
    Delete {
        #[arg(help = crate::words::ui("cli-help-appointment-delete--target"))]
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
    },
    #[command(about = crate::words::ui("cli-help-appointment-rebook"))]
    Rebook(draft::RebookArgs),
    #[command(about = crate::words::ui("cli-help-appointment-dismiss"))]
    Dismiss {
        #[arg(help = crate::words::ui("cli-help-appointment-dismiss--target"))]
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
    },
}

/// Where an appointment stands.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    #[value(help = crate::words::ui("cli-help-appointment-status-planned"))]
    Planned,
    #[value(help = crate::words::ui("cli-help-appointment-status-attended"))]
    Attended,
    #[value(help = crate::words::ui("cli-help-appointment-status-missed"))]
    Missed,
    #[value(help = crate::words::ui("cli-help-appointment-status-cancelled"))]
    Cancelled,
    #[value(help = crate::words::ui("cli-help-appointment-status-rescheduled"))]
    Rescheduled,
}

impl From<StatusArg> for AppointmentStatus {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Planned => AppointmentStatus::Planned,
            StatusArg::Attended => AppointmentStatus::Attended,
            StatusArg::Missed => AppointmentStatus::Missed,
            StatusArg::Cancelled => AppointmentStatus::Cancelled,
            StatusArg::Rescheduled => AppointmentStatus::Rescheduled,
        }
    }
}

fn scope(following: bool) -> Scope {
    if following {
        Scope::ThisAndFollowing
    } else {
        Scope::ThisOccurrence
    }
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match command {
        Command::Add(a) => {
            let id = vault.add_appointment(draft::new_draft(a)?, ctx.now)?;
            Ok(Outcome::new(
                words::text("cli-added", &[("id", id.as_str().into())]),
                json!({ "ok": true, "id": id }),
            ))
        }
        Command::List(a) => list::run(ctx, &vault, a),
        Command::Show { target } => show::run(&vault, &target.id),
        Command::Edit(a) => {
            let id = a.target.id.clone();
            let current = vault.appointment(id.clone())?;
            vault.edit_appointment(id.clone(), draft::edited_draft(current, a)?, ctx.now)?;
            Ok(Outcome::new(
                words::ui("cli-saved-changes"),
                json!({ "ok": true, "id": id }),
            ))
        }
        Command::Status { target, status } => {
            let status: AppointmentStatus = status.into();
            vault.set_appointment_status(target.id.clone(), target.occurrence, status, ctx.now)?;
            let label = words::label("status", &status);
            let text = if status == AppointmentStatus::Missed {
                words::text("cli-status-saved-missed", &[("status", label.into())])
            } else {
                words::text("cli-status-saved", &[("status", label.into())])
            };
            Ok(Outcome::new(
                text,
                json!({ "ok": true, "id": target.id, "occurrence": target.occurrence, "status": status }),
            ))
        }
        Command::Reschedule {
            target,
            to,
            following,
            clock_change,
        } => {
            let id = vault.reschedule_appointment(
                target.id.clone(),
                target.occurrence,
                to,
                scope(following),
                ctx.now,
                clock_change.map(Into::into),
            )?;
            let text = if id != target.id {
                words::text("cli-moved-series", &[("id", id.as_str().into())])
            } else {
                words::ui("cli-moved")
            };
            Ok(Outcome::new(text, json!({ "ok": true, "id": id })))
        }
        Command::Cancel { target, following } => {
            vault.cancel_appointment(target.id.clone(), target.occurrence, scope(following), ctx.now)?;
            Ok(Outcome::new(
                words::ui("cli-cancelled"),
                json!({ "ok": true, "id": target.id, "occurrence": target.occurrence }),
            ))
        }
        Command::Delete { target } => {
            vault.delete_appointment(target.id.clone(), ctx.now)?;
            Ok(Outcome::new(
                words::ui("cli-deleted"),
                json!({ "ok": true, "id": target.id }),
            ))
        }
        Command::Rebook(a) => {
            let missed = vault.appointment(a.target.id.clone())?;
            let (old_id, occurrence) = (a.target.id.clone(), a.target.occurrence);
            let id = vault.rebook_missed_appointment(old_id, occurrence, draft::rebook_draft(missed, a), ctx.now)?;
            Ok(Outcome::new(
                words::text("cli-rebooked", &[("id", id.as_str().into())]),
                json!({ "ok": true, "id": id }),
            ))
        }
        Command::Dismiss { target } => {
            vault.dismiss_missed_follow_up(target.id.clone(), target.occurrence, ctx.now)?;
            Ok(Outcome::new(
                words::ui("cli-rebook-not-now"),
                json!({ "ok": true, "id": target.id, "occurrence": target.occurrence }),
            ))
        }
    }
}
