//! `alongside dose ...`: record what happened to a dose (taken, missed, partly taken,
//! vomited), log an as-needed dose, and list the dose log.

mod list;
pub mod view;

use alongside_core::content;
use alongside_core::{DoseAnswer, DoseEntry, DoseSlot, DoseState, DoseStatus, DoseView, Vault};
use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};
use crate::when;
use crate::words;

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::words::ui("cli-help-dose-take"))]
    Take(LogArgs),
    #[command(about = crate::words::ui("cli-help-dose-miss"))]
    Miss(LogArgs),
    #[command(about = crate::words::ui("cli-help-dose-partly"))]
    Partly(PartlyArgs),
    #[command(about = crate::words::ui("cli-help-dose-vomited"))]
    Vomited(LogArgs),
    #[command(about = crate::words::ui("cli-help-dose-as-needed"))]
    AsNeeded {
        #[arg(help = crate::words::ui("cli-help-dose-as-needed--medicine"))]
        #[arg(value_name = "MEDICINE_ID")]
        medicine: String,
        #[arg(help = crate::words::ui("cli-help-dose-as-needed--amount"))]
        #[arg(long, alias = "dose", value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
        amount: f64,
        #[arg(help = crate::words::ui("cli-help-dose-as-needed--at"))]
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        #[arg(help = crate::words::ui("cli-help-dose-as-needed--clock-change"))]
        #[arg(long, value_enum, value_name = "WHICH")]
        clock_change: Option<when::ClockChangeArg>,
        #[arg(help = crate::words::ui("cli-help-dose-as-needed--note"))]
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    #[command(about = crate::words::ui("cli-help-dose-list"))]
    List(list::Args),
    #[command(about = crate::words::ui("cli-help-dose-answer"))]
    Answer {
        #[arg(help = crate::words::ui("cli-help-dose-answer--medicine"))]
        #[arg(value_name = "MEDICINE_ID")]
        medicine: String,
        #[arg(help = crate::words::ui("cli-help-dose-answer--answer"))]
        #[arg(value_enum)]
        answer: AnswerArg,
        #[arg(help = crate::words::ui("cli-help-dose-answer--days"))]
        #[arg(long = "day", value_name = "DATE", required = true)]
        days: Vec<String>,
    },
    #[command(about = crate::words::ui("cli-help-dose-not-now"))]
    NotNow {
        #[arg(help = crate::words::ui("cli-help-dose-not-now--medicine"))]
        #[arg(value_name = "MEDICINE_ID")]
        medicine: String,
        #[arg(help = crate::words::ui("cli-help-dose-not-now--days"))]
        #[arg(long = "day", value_name = "DATE", required = true)]
        days: Vec<String>,
    },
}

/// An answer about a day with nothing logged.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AnswerArg {
    #[value(help = crate::words::ui("cli-help-dose-answer-yes"))]
    Yes,
    #[value(help = crate::words::ui("cli-help-dose-answer-no"))]
    No,
    #[value(help = crate::words::ui("cli-help-dose-answer-not-sure"))]
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
    #[value(help = crate::words::ui("cli-help-dose-slot-only"))]
    Only,
    #[value(help = crate::words::ui("cli-help-dose-slot-morning"))]
    Morning,
    #[value(help = crate::words::ui("cli-help-dose-slot-evening"))]
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
    #[arg(help = crate::words::ui("cli-help-dose-log--medicine"))]
    #[arg(value_name = "MEDICINE_ID")]
    pub medicine: String,
    #[arg(help = crate::words::ui("cli-help-dose-log--date"))]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[arg(help = crate::words::ui("cli-help-dose-log--slot"))]
    #[arg(long, value_enum)]
    pub slot: Option<SlotArg>,
    #[arg(help = crate::words::ui("cli-help-dose-log--at"))]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    #[arg(help = crate::words::ui("cli-help-dose-log--clock-change"))]
    #[arg(long, value_enum, value_name = "WHICH")]
    pub clock_change: Option<when::ClockChangeArg>,
    #[arg(help = crate::words::ui("cli-help-dose-log--note"))]
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(help = crate::words::ui("cli-help-dose-log--change"))]
    #[arg(long)]
    pub change: bool,
}

#[derive(Debug, clap::Args)]
pub struct PartlyArgs {
    #[command(flatten)]
    pub log: LogArgs,
    #[arg(help = crate::words::ui("cli-help-dose-partly--amount"))]
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<f64>,
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match command {
        Command::Take(a) => log(ctx, &vault, a, DoseStatus::Taken, None),
        Command::Miss(a) => log(ctx, &vault, a, DoseStatus::Missed, None),
        Command::Partly(a) => log(ctx, &vault, a.log, DoseStatus::PartlyTaken, a.amount),
        Command::Vomited(a) => log(ctx, &vault, a, DoseStatus::Vomited, None),
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
            Ok(Outcome::new(words::ui("cli-logged"), json!({ "ok": true, "id": id })))
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

fn log(ctx: &Context, vault: &Vault, a: LogArgs, status: DoseStatus, amount_taken: Option<f64>) -> CliResult<Outcome> {
    let date = match a.date {
        Some(d) => d,
        None => ctx.today(vault)?,
    };
    let chosen = a.slot.is_none();
    let slot = match a.slot {
        Some(s) => s.into(),
        None => vault.dose_to_log(&a.medicine, &date, ctx.now)?,
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
    vault.log_dose(
        DoseEntry {
            medicine_id: a.medicine.clone(),
            date: date.clone(),
            slot,
            status,
            taken_at,
            note: a.note,
            amount_taken,
            confirm_change: a.change,
        },
        ctx.now,
    )?;
    // Say which dose was logged, as it now reads back, so a wrong guess is seen at once.
    let day: Vec<DoseView> = vault
        .doses_between(date.clone(), date.clone())?
        .into_iter()
        .filter(|d| d.medicine_id == a.medicine && d.loggable)
        .collect();
    let mut t = String::new();
    match day.iter().find(|d| d.slot == slot) {
        Some(d) => line(
            &mut t,
            content::text(
                "dose-logged",
                &[
                    ("slot", d.slot_label.as_str().into()),
                    ("medicine", d.medicine_name.as_str().into()),
                    ("date", long_date(&date).into()),
                    ("state", d.state_label.as_str().into()),
                ],
            ),
        ),
        None => line(&mut t, words::label("dose-state", &DoseState::from(status))),
    }
    if chosen && day.len() > 1 {
        line(&mut t, content::text("dose-logged-other-slot", &[]));
    }
    Ok(Outcome::new(
        t,
        json!({
            "ok": true, "medicine_id": a.medicine, "date": date, "slot": slot, "slot_chosen": chosen,
            "status": status, "amount_taken": amount_taken,
        }),
    ))
}

/// "Monday 23 November 2026", in the core's words; the text itself if it isn't a date.
fn long_date(date: &str) -> String {
    date.parse::<jiff::civil::Date>()
        .map(content::long_date)
        .unwrap_or_else(|_| date.to_string())
}
