//! `alongside appointment list`: the core's occurrences between two dates, grouped by day.

use alongside_core::Vault;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::when;

const DEFAULT_DAYS: i64 = 30;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-appointment-list--from"))]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-list--to"))]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

pub fn run(ctx: &Context, vault: &Vault, a: Args) -> CliResult<Outcome> {
    let from = match a.from {
        Some(f) => f,
        None => ctx.today(vault)?,
    };
    // If the first day isn't a date, pass it on unchanged: the core explains what's wrong.
    let to =
        a.to.unwrap_or_else(|| when::add_days(&from, DEFAULT_DAYS).unwrap_or_else(|| from.clone()));
    let list = vault.appointments_between(from.clone(), to.clone())?;

    let mut text = String::new();
    if list.is_empty() {
        line(
            &mut text,
            crate::words::text(
                "cli-appointments-none",
                &[("from", format::day(&from).into()), ("to", format::day(&to).into())],
            ),
        );
    }
    let mut last_day = "";
    for o in &list {
        let day = o.start_local.get(..10).unwrap_or("");
        if day != last_day {
            if !last_day.is_empty() {
                line(&mut text, "");
            }
            line(&mut text, format::long_day(day));
            last_day = day;
        }
        line(&mut text, format::occurrence(o, false));
    }
    Ok(Outcome::new(
        text,
        json!({ "from": from, "to": to, "appointments": list }),
    ))
}
