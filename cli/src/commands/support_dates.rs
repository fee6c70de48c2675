//! `alongside support dates [--due DATE] [--born DATE] [--clear-due] [--clear-born]`: her
//! due date and her baby's date of birth, kept only in her vault. A date not named is
//! left as it is; the core checks the dates and words any refusal.

use alongside_core::HerDates;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};

#[derive(Debug, clap::Args)]
pub struct DatesArgs {
    #[arg(help = crate::words::ui("cli-help-support-dates-dates--due"))]
    #[arg(long, value_name = "DATE", conflicts_with = "clear_due")]
    pub due: Option<String>,
    #[arg(help = crate::words::ui("cli-help-support-dates-dates--born"))]
    #[arg(long, value_name = "DATE", conflicts_with = "clear_born")]
    pub born: Option<String>,
    #[arg(help = crate::words::ui("cli-help-support-dates-dates--clear-due"))]
    #[arg(long)]
    pub clear_due: bool,
    #[arg(help = crate::words::ui("cli-help-support-dates-dates--clear-born"))]
    #[arg(long)]
    pub clear_born: bool,
}

pub fn dates(ctx: &Context, a: DatesArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let changing = a.due.is_some() || a.born.is_some() || a.clear_due || a.clear_born;
    let view = if changing {
        let current = vault.her_dates()?.dates;
        let pick = |new: Option<String>, clear: bool, old: Option<String>| if clear { None } else { new.or(old) };
        vault.set_her_dates(
            HerDates {
                due_date: pick(a.due, a.clear_due, current.due_date),
                baby_born: pick(a.born, a.clear_born, current.baby_born),
            },
            ctx.now,
        )?
    } else {
        vault.her_dates()?
    };
    let mut t = String::new();
    for label in [&view.due_date_label, &view.baby_born_label].into_iter().flatten() {
        line(&mut t, label);
    }
    line(&mut t, &view.message);
    Ok(Outcome::new(t, json!(view)))
}
