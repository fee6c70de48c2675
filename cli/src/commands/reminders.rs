//! `alongside reminders`: the notifications the core says a phone should schedule in a
//! window, with their stable ids. Useful to check discreet wording and clock changes.
//! Its JSON holds the core's `Reminder` records as they serialise.

use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::when;

const DEFAULT_DAYS: u32 = 14;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-reminders--from"))]
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    #[arg(help = crate::words::ui("cli-help-reminders--to"))]
    #[arg(long, value_name = "TIME", conflicts_with = "days")]
    pub to: Option<String>,
    #[arg(help = crate::words::ui("cli-help-reminders--days"))]
    #[arg(long, value_name = "N", value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub days: Option<u32>,
}

pub fn run(ctx: &Context, a: Args) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let zone = vault.settings()?.time_zone;
    let from = match &a.from {
        Some(text) => when::instant("from", text, &zone, None)?,
        None => ctx.now,
    };
    let to = match &a.to {
        Some(text) => when::instant("to", text, &zone, None)?,
        None => when::after_days(from, a.days.unwrap_or(DEFAULT_DAYS)),
    };
    let list = vault.reminders(from, to)?;

    let mut t = String::new();
    line(
        &mut t,
        crate::words::text(
            "cli-reminders-heading",
            &[
                ("from", format::instant(from, &zone).into()),
                ("to", format::instant(to, &zone).into()),
            ],
        ),
    );
    if list.is_empty() {
        line(&mut t, format!("  {}", crate::words::ui("cli-reminders-none")));
    }
    for r in &list {
        line(
            &mut t,
            format!("  {}  {}: {}", format::instant(r.fire_at, &zone), r.title, r.body),
        );
    }
    Ok(Outcome::new(
        t,
        json!({
            "from": format::rfc3339(from),
            "to": format::rfc3339(to),
            "time_zone": zone,
            "reminders": list,
        }),
    ))
}
