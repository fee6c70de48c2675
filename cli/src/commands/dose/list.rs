//! `alongside dose list`: the dose log from the core, grouped by day.

use alongside_core::Vault;
use serde_json::json;

use super::view;
use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::when;

const DEFAULT_DAYS_BACK: i64 = 6;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-dose-list--from"))]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(help = crate::words::ui("cli-help-dose-list--to"))]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

pub fn run(ctx: &Context, vault: &Vault, a: Args) -> CliResult<Outcome> {
    let to = match a.to {
        Some(t) => t,
        None => ctx.today(vault)?,
    };
    // If the last day isn't a date, pass it on unchanged: the core explains what's wrong.
    let from = a
        .from
        .unwrap_or_else(|| when::add_days(&to, -DEFAULT_DAYS_BACK).unwrap_or_else(|| to.clone()));
    let doses = vault.doses_between(from.clone(), to.clone())?;
    let zone = vault.settings()?.time_zone;

    let mut t = String::new();
    if doses.is_empty() {
        line(
            &mut t,
            crate::words::text(
                "cli-doses-none",
                &[("from", format::day(&from).into()), ("to", format::day(&to).into())],
            ),
        );
    }
    let mut last_day = "";
    for d in &doses {
        if d.date != last_day {
            if !last_day.is_empty() {
                line(&mut t, "");
            }
            line(&mut t, format::long_day(&d.date));
            last_day = &d.date;
        }
        line(&mut t, view::line(d, &zone));
    }
    Ok(Outcome::new(t, json!({ "from": from, "to": to, "doses": doses })))
}
