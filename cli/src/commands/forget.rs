//! `alongside forget`: forget diary entries for good, older than a period, one day, or one
//! appointment, or set how old entries must be before the app forgets them. Without
//! `--yes` it only shows what would go and that what she shared stays with her team.

use alongside_core::ForgetPreview;
use clap::ArgGroup;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::Outcome;
use crate::words::ui;

#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("what").required(true).args(["older_than", "day", "appointment", "after"])))]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-forget--older-than"))]
    #[arg(long, value_name = "MONTHS")]
    pub older_than: Option<u32>,
    #[arg(help = crate::words::ui("cli-help-forget--day"))]
    #[arg(long, value_name = "DATE")]
    pub day: Option<String>,
    #[arg(help = crate::words::ui("cli-help-forget--appointment"))]
    #[arg(long, value_name = "ID")]
    pub appointment: Option<String>,
    #[arg(help = crate::words::ui("cli-help-forget--occurrence"))]
    #[arg(long, value_name = "N", requires = "appointment")]
    pub occurrence: Option<u32>,
    #[arg(help = crate::words::ui("cli-help-forget--after"))]
    #[arg(long, value_name = "MONTHS")]
    pub after: Option<u32>,
    #[arg(help = crate::words::ui("cli-help-forget--yes"))]
    #[arg(long)]
    pub yes: bool,
}

pub fn run(ctx: &Context, a: Args) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let now = ctx.now;
    if let Some(id) = a.appointment {
        if !a.yes {
            let text = format!("{}\n{}", ui("forget-team-note"), ui("cli-forget-add-yes"));
            return Ok(Outcome::new(
                text,
                json!({ "forgotten": false, "team_note": ui("forget-team-note") }),
            ));
        }
        vault.forget_appointment(id, a.occurrence, now)?;
        let text = format!("{}\n{}", ui("forget-done"), ui("forget-team-note"));
        return Ok(Outcome::new(text, json!({ "forgotten": true })));
    }
    let preview = match (a.older_than, a.day, a.after) {
        (Some(m), _, _) if a.yes => vault.forget_older_than(m, now)?,
        (Some(m), _, _) => vault.forget_preview(m, now)?,
        (_, Some(d), _) if a.yes => vault.forget_day(d, now)?,
        (_, Some(d), _) => vault.forget_day_preview(d)?,
        (_, _, Some(m)) if a.yes => vault.set_forget_after(m, now)?,
        (_, _, Some(0)) => vault.set_forget_after(0, now)?,
        (_, _, Some(m)) => vault.forget_preview(m, now)?,
        // The group above requires one of them.
        _ => vault.forget_preview(0, now)?,
    };
    let done = a.yes || a.after == Some(0);
    Ok(render(&preview, done))
}

fn render(p: &ForgetPreview, done: bool) -> Outcome {
    let mut t = String::new();
    if done && !p.nothing {
        t.push_str(&ui("forget-done"));
        t.push('\n');
    }
    t.push_str(&p.summary);
    t.push('\n');
    t.push_str(&p.team_note);
    if !done && !p.nothing {
        t.push('\n');
        t.push_str(&ui("cli-forget-add-yes"));
    }
    Outcome::new(
        t,
        json!({
            "forgotten": done,
            "appointments": p.appointments,
            "doses": p.doses,
            "support_requests": p.support_requests,
            "summary": p.summary,
            "team_note": p.team_note,
        }),
    )
}
