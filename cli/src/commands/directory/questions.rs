//! `alongside directory search | hubs | plan | near`: the questions the directory answers,
//! each one call to the core, printed with the core's own words (labels).

use alongside_core::{Category, HubSession, ServiceQuery, SessionView, Vault};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};
use crate::words;

/// A category as typed ("drug and alcohol treatment", "family-hub", "gp").
pub fn category(text: &str) -> Result<Category, String> {
    Category::from_code(text).ok_or_else(|| words::ui("cli-option-category"))
}

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    #[arg(help = crate::words::ui("cli-help-directory-questions-search--text"))]
    #[arg(value_name = "TEXT")]
    pub text: Option<String>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-search--category"))]
    #[arg(long, value_name = "CATEGORY", value_parser = category)]
    pub category: Vec<Category>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-search--open-now"))]
    #[arg(long)]
    pub open_now: bool,
    #[arg(help = crate::words::ui("cli-help-directory-questions-search--on"))]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-search--drop-in"))]
    #[arg(long)]
    pub drop_in: bool,
    #[arg(help = crate::words::ui("cli-help-directory-questions-search--self-referral"))]
    #[arg(long)]
    pub self_referral: bool,
}

#[derive(Debug, clap::Args)]
pub struct HubArgs {
    #[arg(help = crate::words::ui("cli-help-directory-questions-hub--need"))]
    #[arg(long, value_name = "CATEGORY", value_parser = category)]
    pub need: Vec<Category>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-hub--from"))]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-hub--days"))]
    #[arg(long, value_name = "N", default_value_t = 7, value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub days: u32,
}

#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    #[arg(help = crate::words::ui("cli-help-directory-questions-plan--need"))]
    #[arg(long, value_name = "CATEGORY", value_parser = category, required = true)]
    pub need: Vec<Category>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-plan--from"))]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(help = crate::words::ui("cli-help-directory-questions-plan--days"))]
    #[arg(long, value_name = "N", default_value_t = 14, value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub days: u32,
}

#[derive(Debug, clap::Args)]
pub struct NearArgs {
    #[arg(help = crate::words::ui("cli-help-directory-questions-near--lat"))]
    #[arg(long, value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub lat: f64,
    #[arg(help = crate::words::ui("cli-help-directory-questions-near--lon"))]
    #[arg(long, value_parser = crate::numbers::number, allow_negative_numbers = true)]
    pub lon: f64,
    #[arg(help = crate::words::ui("cli-help-directory-questions-near--limit"))]
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub limit: u32,
}

fn from_date(ctx: &Context, vault: &Vault, from: Option<String>) -> CliResult<String> {
    match from {
        Some(d) => Ok(d),
        None => ctx.today(vault),
    }
}

pub fn search(ctx: &Context, a: SearchArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let results = vault.search_services(ServiceQuery {
        text: a.text,
        categories: a.category,
        open_at: a.open_now.then_some(ctx.now),
        on_date: a.on,
        drop_in_only: a.drop_in,
        self_referral_only: a.self_referral,
    })?;
    let mut text = String::new();
    if results.iter().any(|r| r.sample) {
        line(&mut text, words::ui("cli-sample-services"));
    }
    if results.is_empty() {
        line(&mut text, words::ui("cli-directory-no-match"));
    }
    for r in &results {
        line(&mut text, format!("\n{} ({})", r.name, r.category_label));
        line(&mut text, format!("  {}. {}.", r.organisation, r.referral_label));
        line(&mut text, format!("  {}", r.description));
        let contact: Vec<&str> = [r.phone.as_deref(), r.web.as_deref()].into_iter().flatten().collect();
        if !contact.is_empty() {
            line(&mut text, format!("  {}", contact.join("  ")));
        }
        for s in &r.sessions {
            line(&mut text, format!("  - {}", session(s)));
        }
    }
    Ok(Outcome::new(text, json!({ "services": results })))
}

fn session(s: &SessionView) -> String {
    format!(
        "{}: {}, {} ({})",
        s.venue_name, s.days_label, s.time_label, s.access_label
    )
}

fn hub_session(s: &HubSession) -> String {
    format!(
        "{} {} ({}, {})",
        s.time_label, s.service_name, s.category_label, s.access_label
    )
}

pub fn hubs(ctx: &Context, a: HubArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let from = from_date(ctx, &vault, a.from)?;
    let hubs = vault.venue_hubs(a.need, from, a.days)?;
    let mut text = String::new();
    if hubs.iter().any(|h| h.sample) {
        line(&mut text, words::ui("cli-sample-services"));
    }
    let with_hub_days: Vec<_> = hubs.iter().filter(|h| !h.hub_dates.is_empty()).collect();
    if with_hub_days.is_empty() {
        line(&mut text, words::ui("cli-directory-no-hubs"));
    }
    for h in with_hub_days {
        line(&mut text, format!("\n{}, {}", h.venue.name, h.venue.address));
        line(&mut text, format!("  {}", covers(&h.needs_covered_labels)));
        for d in h.days.iter().filter(|d| d.hub_day) {
            line(&mut text, format!("  {}:", d.date_label));
            for s in &d.sessions {
                line(&mut text, format!("    {}", hub_session(s)));
            }
        }
    }
    Ok(Outcome::new(text, json!({ "venues": hubs })))
}

pub fn plan(ctx: &Context, a: PlanArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let from = from_date(ctx, &vault, a.from)?;
    let trips = vault.plan_one_place(a.need, from, a.days, ctx.now)?;
    let mut text = String::new();
    if trips.iter().any(|t| t.sample) {
        line(&mut text, words::ui("cli-sample-services"));
    }
    if trips.is_empty() {
        line(&mut text, words::ui("cli-directory-no-trips"));
    }
    for (i, t) in trips.iter().enumerate() {
        line(
            &mut text,
            format!(
                "\n{}",
                words::text(
                    "cli-directory-trip",
                    &[
                        ("number", (i + 1).into()),
                        ("date", t.date_label.as_str().into()),
                        ("place", t.venue.name.as_str().into()),
                    ],
                )
            ),
        );
        line(&mut text, format!("  {}", covers(&t.covers_labels)));
        for s in &t.sessions {
            line(&mut text, format!("    {}", hub_session(s)));
        }
        if t.diary_appointments > 0 {
            line(
                &mut text,
                format!(
                    "  {}",
                    words::count("directory-plan-diary", t.diary_appointments as usize)
                ),
            );
        }
        if !t.remaining_labels.is_empty() {
            let still = words::text(
                "cli-directory-still-to-find",
                &[("needs", t.remaining_labels.join(", ").into())],
            );
            line(&mut text, format!("  {still}"));
        }
    }
    Ok(Outcome::new(text, json!({ "trips": trips })))
}

pub fn near(ctx: &Context, a: NearArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let places = vault.venues_near(a.lat, a.lon, a.limit)?;
    let mut text = String::new();
    if places.iter().any(|p| p.sample) {
        line(&mut text, words::ui("cli-sample-services"));
    }
    if places.is_empty() {
        line(&mut text, words::ui("cli-directory-no-places"));
    }
    for p in &places {
        let step_free = if p.venue.step_free {
            format!(", {}", words::ui("cli-directory-step-free"))
        } else {
            String::new()
        };
        line(
            &mut text,
            format!(
                "{}  {}, {} {}{step_free}",
                p.distance_label, p.venue.name, p.venue.address, p.venue.postcode
            ),
        );
    }
    Ok(Outcome::new(text, json!({ "venues": places })))
}

/// "Covers: Midwife, Pharmacy": the needs a place or trip meets, in the core's labels.
fn covers(labels: &[String]) -> String {
    words::text("cli-directory-covers", &[("needs", labels.join(", ").into())])
}
