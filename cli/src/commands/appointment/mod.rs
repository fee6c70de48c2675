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
    /// Add an appointment, or a series that repeats every week or every few weeks.
    Add(draft::AddArgs),
    /// List appointments between two dates (default: today and the next 30 days).
    List(list::Args),
    /// Show one appointment's details.
    Show {
        /// The appointment's id (from `appointment list`).
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
    },
    /// Change an appointment's details. Anything you leave out stays as it is.
    Edit(draft::EditArgs),
    /// Mark an appointment attended or missed (or cancelled, or planned again).
    Status {
        /// The appointment, ID or ID#N for one date in a series.
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
        #[arg(value_enum)]
        status: StatusArg,
    },
    /// Move one date to a new time, or this date and all later ones (--following).
    Reschedule {
        /// The appointment, ID or ID#N for one date in a series.
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
        /// The new time, "YYYY-MM-DD HH:MM".
        #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
        to: String,
        /// Move this date and every later one in the series.
        #[arg(long)]
        following: bool,
        /// On the night the clocks go back, which of the two equal times --to means.
        #[arg(long, value_enum, value_name = "WHICH")]
        clock_change: Option<when::ClockChangeArg>,
    },
    /// Cancel one date, or this date and all later ones (--following).
    Cancel {
        /// The appointment, ID or ID#N for one date in a series.
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
        /// Cancel this date and every later one in the series.
        #[arg(long)]
        following: bool,
    },
    /// Delete an appointment and its whole series.
    Delete {
        /// The appointment's id.
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
    },
    /// Book a new time after a missed appointment. Details are copied unless you change them.
    Rebook(draft::RebookArgs),
    /// Set aside the offer to rebook a missed appointment ("Not now").
    Dismiss {
        /// The missed appointment, ID or ID#N.
        #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
        target: OccurrenceRef,
    },
}

/// Where an appointment stands.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    /// Still to happen.
    Planned,
    /// You went.
    Attended,
    /// It didn't happen. That's OK: Today will offer to book a new time.
    Missed,
    /// Called off.
    Cancelled,
    /// Moved (use `appointment reschedule` to choose the new time).
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
            Ok(Outcome::new(words::ui("cli-saved-changes"), json!({ "ok": true, "id": id })))
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
            Ok(Outcome::new(words::ui("cli-deleted"), json!({ "ok": true, "id": target.id })))
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
