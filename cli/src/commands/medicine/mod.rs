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
    #[command(about = crate::words::ui("cli-help-medicine-add"))]
    Add(AddArgs),
    #[command(about = crate::words::ui("cli-help-medicine-change"))]
    Change(ChangeArgs),
    #[command(about = crate::words::ui("cli-help-medicine-stop"))]
    Stop {
        #[arg(help = crate::words::ui("cli-help-medicine-stop--id"))]
        #[arg(value_name = "ID")]
        id: String,
        #[arg(help = crate::words::ui("cli-help-medicine-stop--end"))]
        #[arg(long = "on", value_name = "DATE")]
        end: Option<String>,
    },
    #[command(about = crate::words::ui("cli-help-medicine-list"))]
    List,
}

/// Which medicine.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    #[value(help = crate::words::ui("cli-help-medicine-kind-methadone"))]
    Methadone,
    #[value(help = crate::words::ui("cli-help-medicine-kind-buprenorphine"))]
    Buprenorphine,
    #[value(help = crate::words::ui("cli-help-medicine-kind-buprenorphine-naloxone"))]
    BuprenorphineNaloxone,
    #[value(help = crate::words::ui("cli-help-medicine-kind-buprenorphine-injection-weekly"))]
    BuprenorphineInjectionWeekly,
    #[value(help = crate::words::ui("cli-help-medicine-kind-buprenorphine-injection-monthly"))]
    BuprenorphineInjectionMonthly,
    #[value(help = crate::words::ui("cli-help-medicine-kind-other"))]
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
    #[value(help = crate::words::ui("cli-help-medicine-unit-mg"))]
    Mg,
    #[value(help = crate::words::ui("cli-help-medicine-unit-ml"))]
    Ml,
    #[value(help = crate::words::ui("cli-help-medicine-unit-microgram"))]
    Microgram,
    #[value(help = crate::words::ui("cli-help-medicine-unit-tablet"))]
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
    #[arg(help = crate::words::ui("cli-help-medicine-add--kind"))]
    #[arg(long, value_enum)]
    pub kind: KindArg,
    #[arg(help = crate::words::ui("cli-help-medicine-add--name"))]
    #[arg(long)]
    pub name: Option<String>,
    #[arg(help = crate::words::ui("cli-help-medicine-add--dose"))]
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub dose: f64,
    #[arg(help = crate::words::ui("cli-help-medicine-add--evening-dose"))]
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub evening_dose: Option<f64>,
    #[arg(help = crate::words::ui("cli-help-medicine-add--unit"))]
    #[arg(long, value_enum, default_value = "mg")]
    pub unit: UnitArg,
    #[command(flatten)]
    pub schedule: ScheduleArgs,
    #[arg(help = crate::words::ui("cli-help-medicine-add--supervised"))]
    #[arg(long, conflicts_with = "take_home")]
    pub supervised: bool,
    #[arg(help = crate::words::ui("cli-help-medicine-add--take-home"))]
    #[arg(long)]
    pub take_home: bool,
    #[arg(help = crate::words::ui("cli-help-medicine-add--take-home-days"))]
    #[arg(long, value_name = "DAYS", value_delimiter = ',', requires = "supervised", value_parser = schedule::weekday)]
    pub take_home_days: Vec<Weekday>,
    #[arg(help = crate::words::ui("cli-help-medicine-add--pharmacy"))]
    #[arg(long, value_name = "NAME")]
    pub pharmacy: Option<String>,
    #[arg(help = crate::words::ui("cli-help-medicine-add--start"))]
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    #[arg(help = crate::words::ui("cli-help-medicine-add--end"))]
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ChangeArgs {
    #[arg(help = crate::words::ui("cli-help-medicine-change--id"))]
    #[arg(value_name = "ID")]
    pub id: String,
    #[arg(help = crate::words::ui("cli-help-medicine-change--from"))]
    #[arg(long, value_name = "DATE")]
    pub from: String,
    #[arg(help = crate::words::ui("cli-help-medicine-change--dose"))]
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub dose: f64,
    #[arg(help = crate::words::ui("cli-help-medicine-change--evening-dose"))]
    #[arg(long, value_name = "AMOUNT", value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub evening_dose: Option<f64>,
    /// A new schedule, if it changes too.
    #[command(flatten)]
    pub schedule: ScheduleArgs,
    #[arg(help = crate::words::ui("cli-help-medicine-change--note"))]
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
