//! `alongside today`: the core's Today view, section by section. Headings, empty states,
//! labels, the alerts' words, their safety nets and sources all come from the core; this
//! file only lays them out. Its JSON is the core's record as it serialises.

use alongside_core::{Alert, AlertKind, AppointmentStatus, DoseAnswer, DoseQuestion, Occurrence, TodayView};
use serde_json::json;

use super::dose::view as dose_view;
use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::when::OccurrenceRef;
use crate::words::{text, ui};

pub fn run(ctx: &Context) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    Ok(render(&vault.today(ctx.now)?))
}

/// Today as text and JSON.
pub fn render(v: &TodayView) -> Outcome {
    let mut t = String::new();
    line(
        &mut t,
        format!("{}, {} ({})", ui("today-title"), format::long_day(&v.date), v.time_zone),
    );

    let today_empty = v.happening_now.is_empty() && v.later_today.is_empty() && v.earlier_today.is_empty();
    if today_empty {
        line(&mut t, "");
        line(&mut t, format!("  {}", ui("today-nothing")));
    }
    occurrences(&mut t, &ui("today-now"), &v.happening_now);
    occurrences(&mut t, &ui("today-later"), &v.later_today);
    occurrences(&mut t, &ui("today-earlier"), &v.earlier_today);
    // Only what is still unmarked needs the hint; marked ones show their status.
    if v.earlier_today.iter().any(|o| o.status == AppointmentStatus::Planned) {
        line(&mut t, format!("  {}", ui("cli-today-mark-hint")));
    }
    section(&mut t, &ui("today-next-days"));
    if v.next_days.is_empty() {
        line(&mut t, format!("  {}", ui("today-nothing-next")));
    }
    for o in &v.next_days {
        line(&mut t, format::occurrence(o, true));
    }

    section(&mut t, &ui("today-doses"));
    if v.doses.is_empty() {
        line(&mut t, format!("  {}", ui("today-no-doses")));
    }
    for d in &v.doses {
        line(&mut t, dose_view::line(d, &v.time_zone));
    }

    for q in &v.dose_questions {
        dose_question(&mut t, q);
    }

    if !v.alerts.is_empty() {
        section(&mut t, &ui("today-alerts"));
        for a in &v.alerts {
            alert(&mut t, a);
        }
    }
    super::support_mode::today_section(&mut t, &v.support);

    let w = &v.week;
    section(
        &mut t,
        &format!(
            "{} ({} – {})",
            ui("today-week"),
            format::day(&w.week_start),
            format::day(&w.week_end)
        ),
    );
    line(&mut t, format!("  {}", w.summary));
    for b in &w.busy_days {
        line(&mut t, format!("  - {} ({})", format::day(&b.date), b.count));
    }

    Outcome::new(t, json!(v))
}

fn section(t: &mut String, title: &str) {
    line(t, "");
    line(t, title);
}

fn occurrences(t: &mut String, title: &str, list: &[Occurrence]) {
    if list.is_empty() {
        return;
    }
    section(t, title);
    for o in list {
        line(t, format::occurrence(o, false));
    }
}

/// The core's question about days with nothing logged, with the commands that answer it.
pub(crate) fn dose_question(t: &mut String, q: &DoseQuestion) {
    section(t, &q.question);
    line(t, format!("  {}", q.intro));
    let all_days: String = q.days.iter().map(|d| format!(" --day {}", d.date)).collect();
    for d in &q.days {
        line(t, format!("  - {}", d.label));
        for a in &q.answers {
            line(
                t,
                format!(
                    "      {}: alongside dose answer {} {}{}",
                    a.label,
                    q.medicine_id,
                    answer_word(a.answer),
                    format_args!(" --day {}", d.date)
                ),
            );
        }
    }
    for a in &q.all_answers {
        line(
            t,
            format!(
                "  {}: alongside dose answer {} {}{all_days}",
                a.label,
                q.medicine_id,
                answer_word(a.answer)
            ),
        );
    }
    line(
        t,
        format!(
            "  {}: alongside dose not-now {}{all_days}",
            q.dismiss_label, q.medicine_id
        ),
    );
}

fn answer_word(a: DoseAnswer) -> &'static str {
    match a {
        DoseAnswer::Yes => "yes",
        DoseAnswer::No => "no",
        DoseAnswer::NotSure => "not-sure",
    }
}

pub(crate) fn alert(t: &mut String, a: &Alert) {
    line(t, format!("  * {}", a.title));
    for l in a.body.lines() {
        line(t, format!("    {l}"));
    }
    if let Some(s) = &a.safety_net {
        line(t, format!("    {}:", ui("alert-safety-heading")));
        for l in s.lines() {
            line(t, format!("    {l}"));
        }
    }
    if !a.sources.is_empty() {
        line(t, format!("    {}:", ui("alert-sources-heading")));
        for s in &a.sources {
            let mut src = format!("    - {}, \"{}\"", s.organisation, s.title);
            if let Some(y) = s.year {
                src.push_str(&format!(" ({y})"));
            }
            if let Some(sec) = &s.section {
                src.push_str(&format!(", {sec}"));
            }
            line(t, src);
        }
    }
    match (&a.last_reviewed, &a.review_by) {
        (Some(r), Some(b)) => line(
            t,
            format!(
                "    {}",
                text(
                    "cli-alert-checked-due",
                    &[
                        ("reviewed", format::long_day(r).into()),
                        ("review_by", format::long_day(b).into())
                    ]
                )
            ),
        ),
        (Some(r), None) => line(
            t,
            format!(
                "    {}",
                text("cli-alert-checked", &[("reviewed", format::long_day(r).into())])
            ),
        ),
        _ => {}
    }
    if a.kind == AlertKind::MissedAppointmentFollowUp {
        if let (Some(id), Some(n)) = (&a.appointment_id, a.occurrence) {
            let r = OccurrenceRef::format(id, n, n > 0);
            if let Some(label) = &a.action_label {
                line(
                    t,
                    format!("    {label}: alongside appointment rebook {r} --start \"YYYY-MM-DD HH:MM\""),
                );
            }
            if let Some(label) = &a.dismiss_label {
                line(t, format!("    {label}: alongside appointment dismiss {r}"));
            }
        }
    }
}
