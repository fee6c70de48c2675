//! `alongside medicine ...`: add a prescription, record a dose change (kept as history),
//! stop one, and list them. Amounts and dates go to the core as typed; it decides what is
//! plausible.

mod list;
mod schedule;

use alongside_core::{Collection, DoseChange, DoseUnit, MedicineDraft, MedicineKind, Weekday};
use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Outcome;
use schedule::ScheduleArgs;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a medicine or prescription.
    Add(AddArgs),
    /// Record a new dose (and, if you like, a new schedule) from a date. Earlier doses are
    /// kept as history.
    Change(ChangeArgs),
    /// Record the last day of a medicine. Its history and dose log are kept.
    Stop {
        /// The medicine's id (from `medicine list`).
        #[arg(value_name = "ID")]
        id: String,
        /// The last day, "YYYY-MM-DD". Default: today.
        #[arg(long = "on", value_name = "DATE")]
        end: Option<String>,
    },
    /// List your medicines with the dose for today and the history of changes.
    List,
}

/// Which medicine.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// Methadone oral solution.
    Methadone,
    /// Buprenorphine, taken under the tongue.
    Buprenorphine,
    /// Buprenorphine with naloxone.
    BuprenorphineNaloxone,
    /// Long-acting buprenorphine injection, weekly.
    BuprenorphineInjectionWeekly,
    /// Long-acting buprenorphine injection, monthly.
    BuprenorphineInjectionMonthly,
    /// Any other medicine (give its --name).
    Other,
}

impl From<KindArg> for MedicineKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Methadone => MedicineKind::MethadoneOralSolution,
            KindArg::Buprenorphine => MedicineKind::BuprenorphineSublingual,
            KindArg::BuprenorphineNaloxone => MedicineKind::BuprenorphineWithNaloxone,
            KindArg::BuprenorphineInjectionWeekly => MedicineKind::BuprenorphineInjectionWeekly,
            KindArg::BuprenorphineInjectionMonthly => MedicineKind::BuprenorphineInjectionMonthly,
            KindArg::Other => MedicineKind::Other,
        }
    }
}

/// The unit a dose is measured in.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum UnitArg {
    /// Milligrams.
    Mg,
    /// Millilitres.
    Ml,
    /// Micrograms.
    Microgram,
    /// Tablets.
    Tablet,
}

impl From<UnitArg> for DoseUnit {
    fn from(u: UnitArg) -> Self {
        match u {
            UnitArg::Mg => DoseUnit::Mg,
            UnitArg::Ml => DoseUnit::Ml,
            UnitArg::Microgram => DoseUnit::Microgram,
            UnitArg::Tablet => DoseUnit::Tablet,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Which medicine.
    #[arg(long, value_enum)]
    pub kind: KindArg,
    /// Its name (needed for "other"; optional for methadone and buprenorphine).
    #[arg(long)]
    pub name: Option<String>,
    /// The dose (the morning part of a split dose).
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub dose: f64,
    /// The evening part of a split dose.
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub evening_dose: Option<f64>,
    /// The unit the dose is measured in.
    #[arg(long, value_enum, default_value = "mg")]
    pub unit: UnitArg,
    #[command(flatten)]
    pub schedule: ScheduleArgs,
    /// Taken at the pharmacy with the pharmacist, except on take-home days.
    #[arg(long, conflicts_with = "take_home")]
    pub supervised: bool,
    /// Taken at home (the default).
    #[arg(long)]
    pub take_home: bool,
    /// With --supervised: the days you take your dose home, like sun or mon,sat.
    #[arg(long, value_name = "DAYS", value_delimiter = ',', requires = "supervised", value_parser = schedule::weekday)]
    pub take_home_days: Vec<Weekday>,
    /// The pharmacy you collect from.
    #[arg(long, value_name = "NAME")]
    pub pharmacy: Option<String>,
    /// The first day, "YYYY-MM-DD". Default: today.
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// The last day, if you know it, "YYYY-MM-DD".
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ChangeArgs {
    /// The medicine's id (from `medicine list`).
    #[arg(value_name = "ID")]
    pub id: String,
    /// The first day of the new dose, "YYYY-MM-DD".
    #[arg(long, value_name = "DATE")]
    pub from: String,
    /// The new dose (the morning part of a split dose).
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub dose: f64,
    /// The evening part of a split dose.
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub evening_dose: Option<f64>,
    /// A new schedule, if it changes too.
    #[command(flatten)]
    pub schedule: ScheduleArgs,
    /// A note about the change, for you.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &Context, command: Command) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    match command {
        Command::Add(a) => {
            let schedule = a
                .schedule
                .schedule()
                .ok_or_else(|| CliError::usage(crate::words::ui("cli-error-medicine-needs-schedule")))?;
            let start_date = match a.start {
                Some(s) => s,
                None => ctx.today(&vault)?,
            };
            let draft = MedicineDraft {
                kind: a.kind.into(),
                name: a.name,
                amount: a.dose,
                evening_amount: a.evening_dose,
                unit: a.unit.into(),
                schedule,
                collection: if a.supervised {
                    Collection::SupervisedAtPharmacy
                } else {
                    Collection::TakeHome
                },
                take_home_days: a.take_home_days,
                pharmacy: a.pharmacy,
                start_date,
                end_date: a.end,
            };
            let id = vault.add_medicine(draft, ctx.now)?;
            Ok(Outcome::new(
                crate::words::text("cli-added", &[("id", id.as_str().into())]),
                json!({ "ok": true, "id": id }),
            ))
        }
        Command::Change(a) => {
            let change = DoseChange {
                effective_date: a.from,
                amount: a.dose,
                evening_amount: a.evening_dose,
                schedule: a.schedule.schedule(),
                note: a.note,
            };
            vault.change_dose(a.id.clone(), change, ctx.now)?;
            Ok(Outcome::new(
                crate::words::ui("cli-dose-changed"),
                json!({ "ok": true, "id": a.id }),
            ))
        }
        Command::Stop { id, end } => {
            let end = match end {
                Some(e) => e,
                None => ctx.today(&vault)?,
            };
            vault.stop_medicine(id.clone(), end.clone(), ctx.now)?;
            Ok(Outcome::new(
                crate::words::text("cli-medicine-stopped", &[("date", crate::format::day(&end).into())]),
                json!({ "ok": true, "id": id, "end_date": end }),
            ))
        }
        Command::List => list::run(ctx, &vault),
    }
}
