//! `alongside dose ...`: record what happened to a dose (taken, missed, partly taken,
//! vomited), log an as-needed dose, and list the dose log.

mod list;
pub mod view;

use alongside_core::{DoseAnswer, DoseEntry, DoseSlot, DoseState, DoseStatus, Vault};
use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Outcome;
use crate::when;
use crate::words;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record a dose as taken.
    Take(LogArgs),
    /// Record a dose as missed. It happens; a missed dose is worth knowing about.
    Miss(LogArgs),
    /// Record a dose as partly taken.
    Partly(LogArgs),
    /// Record that you were sick (vomited) after a dose.
    Vomited(LogArgs),
    /// Record a dose of a medicine you take when needed.
    AsNeeded {
        /// The medicine's id (from `medicine list`).
        #[arg(value_name = "MEDICINE_ID")]
        medicine: String,
        /// How much you took, in the medicine's unit.
        #[arg(long, alias = "dose", value_name = "AMOUNT", allow_negative_numbers = true)]
        amount: f64,
        /// When you took it: "YYYY-MM-DD HH:MM" (your time zone) or RFC 3339. Default: now.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// On the night the clocks go back, which of the two equal times --at means.
        #[arg(long, value_enum, value_name = "WHICH")]
        clock_change: Option<when::ClockChangeArg>,
        /// A note, for you.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Your dose log between two dates (default: the last 7 days).
    List(list::Args),
    /// Answer Today's question about days with nothing logged: did you have it?
    Answer {
        /// The medicine's id (as Today shows it).
        #[arg(value_name = "MEDICINE_ID")]
        medicine: String,
        /// Your answer, for every day given.
        #[arg(value_enum)]
        answer: AnswerArg,
        /// A day, "YYYY-MM-DD". Repeat for more than one.
        #[arg(long = "day", value_name = "DATE", required = true)]
        days: Vec<String>,
    },
    /// Set Today's question about days with nothing logged aside. It won't ask about
    /// those days again.
    NotNow {
        /// The medicine's id (as Today shows it).
        #[arg(value_name = "MEDICINE_ID")]
        medicine: String,
        /// A day, "YYYY-MM-DD". Repeat for more than one.
        #[arg(long = "day", value_name = "DATE", required = true)]
        days: Vec<String>,
    },
}

/// An answer about a day with nothing logged.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AnswerArg {
    /// I had it.
    Yes,
    /// I didn't have it.
    No,
    /// I'm not sure.
    NotSure,
}

impl From<AnswerArg> for DoseAnswer {
    fn from(a: AnswerArg) -> Self {
        match a {
            AnswerArg::Yes => DoseAnswer::Yes,
            AnswerArg::No => DoseAnswer::No,
            AnswerArg::NotSure => DoseAnswer::NotSure,
        }
    }
}

/// Which dose of the day.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SlotArg {
    /// The one dose of a daily, weekly or monthly medicine.
    Only,
    /// The morning part of a split dose.
    Morning,
    /// The evening part of a split dose.
    Evening,
}

impl From<SlotArg> for DoseSlot {
    fn from(s: SlotArg) -> Self {
        match s {
            SlotArg::Only => DoseSlot::Only,
            SlotArg::Morning => DoseSlot::Morning,
            SlotArg::Evening => DoseSlot::Evening,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct LogArgs {
    /// The medicine's id (from `medicine list`).
    #[arg(value_name = "MEDICINE_ID")]
    pub medicine: String,
    /// The day the dose belongs to, "YYYY-MM-DD". Default: today.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Which dose, for a split dose. Default: the day's only dose.
    #[arg(long, value_enum)]
    pub slot: Option<SlotArg>,
    /// When you took it: "YYYY-MM-DD HH:MM" (your time zone) or RFC 3339. Default: now.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// On the night the clocks go back, which of the two equal times --at means.
    #[arg(long, value_enum, value_name = "WHICH")]
    pub clock_change: Option<when::ClockChangeArg>,
    /// A note, for you.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Yes, change it: the dose is already logged as something else (without this the
    /// app asks first and changes nothing).
    #[arg(long)]
    pub change: bool,
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match command {
        Command::Take(a) => log(ctx, &vault, a, DoseStatus::Taken),
        Command::Miss(a) => log(ctx, &vault, a, DoseStatus::Missed),
        Command::Partly(a) => log(ctx, &vault, a, DoseStatus::PartlyTaken),
        Command::Vomited(a) => log(ctx, &vault, a, DoseStatus::Vomited),
        Command::AsNeeded {
            medicine,
            amount,
            at,
            clock_change,
            note,
        } => {
            let zone = vault.settings()?.time_zone;
            let taken_at = match at {
                Some(text) => when::instant("taken at", &text, &zone, clock_change.map(Into::into))?,
                None => ctx.now,
            };
            let id = vault.log_as_needed_dose(medicine, taken_at, amount, note, ctx.now)?;
            Ok(Outcome::new("Logged.", json!({ "ok": true, "id": id })))
        }
        Command::List(a) => list::run(ctx, &vault, a),
        Command::Answer { medicine, answer, days } => {
            vault.answer_dose_question(medicine.clone(), days.clone(), answer.into(), ctx.now)?;
            Ok(Outcome::new(
                words::ui("dose-question-answered"),
                json!({ "ok": true, "medicine_id": medicine, "days": days }),
            ))
        }
        Command::NotNow { medicine, days } => {
            vault.dismiss_dose_question(medicine.clone(), days.clone(), ctx.now)?;
            Ok(Outcome::new(
                words::ui("dose-question-answered"),
                json!({ "ok": true, "medicine_id": medicine, "days": days }),
            ))
        }
    }
}

fn log(ctx: &Context, vault: &Vault, a: LogArgs, status: DoseStatus) -> CliResult<Outcome> {
    let date = match a.date {
        Some(d) => d,
        None => ctx.today(vault)?,
    };
    let slot = match a.slot {
        Some(s) => s.into(),
        None => only_slot(vault, &a.medicine, &date)?,
    };
    let taken_at = match &a.at {
        Some(text) => Some(when::instant(
            "taken at",
            text,
            &vault.settings()?.time_zone,
            a.clock_change.map(Into::into),
        )?),
        None => None,
    };
    let logged = vault.log_dose(
        DoseEntry {
            medicine_id: a.medicine.clone(),
            date: date.clone(),
            slot,
            status,
            taken_at,
            note: a.note,
            confirm_change: a.change,
        },
        ctx.now,
    );
    logged?;
    Ok(Outcome::new(
        format!("Logged: {}.", words::label("dose-state", &DoseState::from(status))),
        json!({ "ok": true, "medicine_id": a.medicine, "date": date, "slot": slot, "status": status }),
    ))
}

/// The slot to log when she didn't say: the day's one scheduled dose, as the core lists
/// it. With two doses that day she is asked to choose; with none, the core explains.
fn only_slot(vault: &Vault, medicine: &str, date: &str) -> CliResult<DoseSlot> {
    let due: Vec<DoseSlot> = vault
        .doses_between(date.to_string(), date.to_string())?
        .into_iter()
        .filter(|d| d.medicine_id == medicine && d.slot != DoseSlot::AsNeeded)
        .map(|d| d.slot)
        .collect();
    match due.as_slice() {
        [one] => Ok(*one),
        [] => Ok(DoseSlot::Only),
        _ => Err(CliError::usage(
            "This medicine has a morning and an evening dose that day. Please choose one with --slot morning or --slot evening.",
        )),
    }
}
