//! `alongside medicine list`: each medicine with today's dose and its dose history. The
//! kind, unit, schedule and collection are the core's labels from the record.

use alongside_core::content::amount_words;
use alongside_core::{Medicine, Regimen, Vault};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::words::{label, text, ui};

pub fn run(ctx: &Context, vault: &Vault) -> CliResult<Outcome> {
    let meds = vault.medicines(ctx.now)?;
    let mut t = String::new();
    if meds.is_empty() {
        line(&mut t, ui("cli-medicines-none"));
    }
    for (i, m) in meds.iter().enumerate() {
        if i > 0 {
            line(&mut t, "");
        }
        line(&mut t, format!("{} ({})", m.name, m.kind_label));
        field(&mut t, "cli-medicine-dose", dose(&m.current, m));
        field(&mut t, "cli-medicine-collected", collection(m));
        if let Some(p) = &m.pharmacy {
            field(&mut t, "cli-medicine-pharmacy", p);
        }
        let dates = match &m.end_date {
            Some(end) => text(
                "cli-medicine-dates",
                &[
                    ("from", format::day(&m.start_date).into()),
                    ("to", format::day(end).into()),
                ],
            ),
            None => text("cli-medicine-since", &[("from", format::day(&m.start_date).into())]),
        };
        field(&mut t, "cli-medicine-dates-label", dates);
        if m.history.len() > 1 {
            line(&mut t, format!("  {}", ui("cli-medicine-history")));
            for r in &m.history {
                let from = text("cli-from", &[("when", format::day(&r.effective_date).into())]);
                let mut entry = format!("    {from}: {}", dose(r, m));
                if let Some(n) = &r.note {
                    entry.push_str(&format!(" ({n})"));
                }
                line(&mut t, entry);
            }
        }
        field(&mut t, "cli-show-id", &m.id);
    }
    Ok(Outcome::new(t, json!({ "medicines": meds })))
}

/// "  Dose      60 mg": the copy's label, padded so the values line up.
fn field(t: &mut String, label_id: &str, value: impl AsRef<str>) {
    line(t, format!("  {:<9} {}", ui(label_id), value.as_ref()));
}

/// "60 mg · Every day at 08:30", or for a split dose
/// "Morning dose 40 mg, Evening dose 30 mg · Split dose: 08:30 and 19:00 every day".
fn dose(r: &Regimen, m: &Medicine) -> String {
    let amount = |a: f64| amount_words(a, m.unit);
    let amounts = match r.evening_amount {
        Some(e) => format!(
            "{} {}, {} {}",
            ui("slot-morning"),
            amount(r.amount),
            ui("slot-evening"),
            amount(e)
        ),
        None => amount(r.amount),
    };
    format!("{amounts} · {}", r.schedule_label)
}

/// "Taken at the pharmacy", with the take-home days when there are any:
/// "Taken at the pharmacy · Take-home: Saturday, Sunday".
fn collection(m: &Medicine) -> String {
    if m.take_home_days.is_empty() {
        return m.collection_label.clone();
    }
    let days: Vec<String> = m.take_home_days.iter().map(|d| label("weekday", d)).collect();
    format!(
        "{} · {}: {}",
        m.collection_label,
        ui("dose-place-home"),
        days.join(", ")
    )
}
