//! `alongside support offers | services [--near LAT,LON]`: what the app offers her own care
//! while her baby is not with her, her next family time, and services for this situation,
//! nearest first. Every word comes from the core.

use alongside_core::{AppointmentDraft, GeoPoint, SupportOffer, SupportOfferKind, SupportService, SupportToday};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{line, Outcome};
use crate::words::{text, ui};

#[derive(Debug, clap::Args)]
pub struct ServicesArgs {
    #[arg(help = crate::words::ui("cli-help-support-mode-services--near"))]
    #[arg(long, value_name = "LAT,LON", value_parser = point, allow_hyphen_values = true)]
    pub near: Option<GeoPoint>,
}

/// "53.0,-1.5" as a point; the core checks that it is on the globe.
fn point(text: &str) -> Result<GeoPoint, String> {
    let (lat, lon) = text.split_once(',').ok_or_else(|| ui("cli-option-near"))?;
    let number = |s: &str| s.trim().parse::<f64>().map_err(|_| ui("cli-option-near"));
    Ok(GeoPoint {
        latitude: number(lat)?,
        longitude: number(lon)?,
    })
}

/// Today's support-mode section: the offers for her own care and her next family time.
pub fn offers(ctx: &Context) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let s = vault.today(ctx.now)?.support;
    let mut t = String::new();
    if !s.support_mode {
        line(&mut t, vault.baby_status()?.message);
    }
    today_section(&mut t, &s);
    Ok(Outcome::new(t.trim_start().to_string(), json!(s)))
}

/// The support-mode part of `alongside today` (nothing when there is nothing to show).
pub fn today_section(t: &mut String, s: &SupportToday) {
    if let Some(label) = &s.next_family_time_label {
        line(t, "");
        line(t, label);
    }
    if let Some(h) = &s.heading {
        line(t, "");
        line(t, h);
    }
    if let Some(i) = &s.intro {
        line(t, i);
    }
    for o in &s.offers {
        offer(t, o);
    }
}

fn offer(t: &mut String, o: &SupportOffer) {
    line(t, "");
    line(t, &o.title);
    line(t, format!("  {}", o.body));
    if let Some(when) = &o.when_label {
        line(t, format!("  {when}"));
    }
    if let (Some(action), Some(a)) = (&o.action_label, &o.appointment) {
        line(t, format!("  {action}: {} ({})", a.title, a.start.replace('T', " ")));
        line(t, format!("    {}", add_command(a)));
    } else if o.kind == SupportOfferKind::PostnatalCheck {
        // No date to suggest without her baby's date of birth: the command that gives it.
        line(t, "    alongside support dates --born YYYY-MM-DD");
    }
    line(
        t,
        format!("  {}: alongside guidance show {}", o.read_label, o.article_id),
    );
}

/// The `appointment add` command that saves `a` as the core drafted it.
fn add_command(a: &AppointmentDraft) -> String {
    let quoted = |s: &str| format!("\"{}\"", s.replace('"', "\\\""));
    let kind = alongside_core::codes::code(&a.kind).replace('_', "-");
    let mut c = format!(
        "alongside appointment add --title {} --kind {kind} --start {} --duration {}",
        quoted(&a.title),
        quoted(&a.start.replace('T', " ")),
        a.duration_minutes
    );
    if let Some(w) = &a.with_whom {
        c.push_str(&format!(" --with {}", quoted(w)));
    }
    for m in &a.reminder_minutes_before {
        let before = match m {
            m if m % 1440 == 0 => format!("{}d", m / 1440),
            m if m % 60 == 0 => format!("{}h", m / 60),
            m => format!("{m}m"),
        };
        c.push_str(&format!(" --remind {before}"));
    }
    c
}

/// Directory services for support after a baby is taken into care.
pub fn services(ctx: &Context, a: ServicesArgs) -> CliResult<Outcome> {
    let vault = ctx.unlocked()?;
    let found = vault.support_services(a.near)?;
    let mut t = String::new();
    if found.iter().any(|s| s.service.sample) {
        line(&mut t, ui("cli-sample-services"));
    }
    if found.is_empty() {
        line(&mut t, ui("cli-services-none"));
    }
    for s in &found {
        service(&mut t, s);
    }
    Ok(Outcome::new(t, json!({ "services": found })))
}

fn service(t: &mut String, s: &SupportService) {
    line(t, "");
    line(t, format!("{} ({})", s.service.name, s.service.category_label));
    line(t, format!("  {}", s.service.description));
    if let Some(phone) = &s.service.phone {
        line(
            t,
            format!("  {}", text("cli-phone", &[("phone", phone.as_str().into())])),
        );
    }
    if let Some(p) = &s.place {
        let away = s
            .distance_label
            .as_deref()
            .map(|d| format!(", {d}"))
            .unwrap_or_default();
        line(t, format!("  {}, {} {}{away}", p.name, p.address, p.postcode));
    }
}
