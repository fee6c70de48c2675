//! `alongside diary`: the core's Diary view, a week or a month day by day, with what
//! needs her attention and the pages either side. The words and dates all come from the
//! core; this file only lays them out. Its JSON is the core's record as it serialises.

use alongside_core::{DiaryPage, DiaryRange, DiaryView};
use serde_json::json;

use super::dose::view as dose_view;
use super::today::{alert, dose_question};
use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(help = crate::words::ui("cli-help-diary--month"))]
    #[arg(long)]
    pub month: bool,
    #[arg(help = crate::words::ui("cli-help-diary--date"))]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

pub fn run(ctx: &Context, a: Args) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let range = if a.month {
        DiaryRange::Month { date: a.date }
    } else {
        DiaryRange::Week { date: a.date }
    };
    Ok(render(&vault.diary(range, ctx.now)?))
}

/// The diary as text and JSON.
pub fn render(v: &DiaryView) -> Outcome {
    let mut t = String::new();
    line(&mut t, format!("{} ({})", v.title, v.time_zone));
    line(&mut t, format!("  {}", v.summary));

    let a = &v.attention;
    if !a.unmarked.is_empty() || !a.alerts.is_empty() || !a.dose_questions.is_empty() {
        line(&mut t, "");
        line(&mut t, &a.heading);
        for u in &a.unmarked {
            if let Some(q) = &u.mark_question {
                line(&mut t, format!("  - {q} ({})", u.occurrence.date_label));
            }
        }
        for q in &a.dose_questions {
            dose_question(&mut t, q);
        }
        for al in &a.alerts {
            alert(&mut t, al);
        }
    }

    for day in &v.days {
        line(&mut t, "");
        line(&mut t, &day.label);
        if let Some(empty) = &day.empty_label {
            line(&mut t, format!("  {empty}"));
        }
        for o in &day.appointments {
            line(&mut t, format::occurrence(&o.occurrence, false));
        }
        for d in &day.doses {
            line(&mut t, dose_view::line(d, &v.time_zone));
        }
    }

    line(&mut t, "");
    for p in [&v.previous, &v.next, &v.this_period] {
        line(&mut t, format!("{}: {}", p.label, command(p)));
    }
    Outcome::new(t, json!(v))
}

/// The command that shows `page`.
fn command(page: &DiaryPage) -> String {
    match &page.range {
        DiaryRange::Week { date } => format!("alongside diary --date {}", date.as_deref().unwrap_or_default()),
        DiaryRange::Month { date } => format!("alongside diary --month --date {}", date.as_deref().unwrap_or_default()),
        DiaryRange::Dates { from, .. } => format!("alongside diary --date {from}"),
    }
}
