//! `alongside medicine list`: each medicine with today's dose and its dose history. The
//! kind, unit, schedule and collection are the core's labels from the record.

use alongside_core::content::amount_words;
use alongside_core::{Medicine, Regimen, Vault};
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};
use crate::words::{label, ui};

pub fn run(ctx: &Context, vault: &Vault) -> CliResult<Outcome> {
    let meds = vault.medicines(ctx.now)?;
    let mut t = String::new();
    if meds.is_empty() {
        line(&mut t, "No medicines yet. Add one with `alongside medicine add`.");
    }
    for (i, m) in meds.iter().enumerate() {
        if i > 0 {
            line(&mut t, "");
        }
        line(&mut t, format!("{} ({})", m.name, m.kind_label));
        line(&mut t, format!("  Dose      {}", dose(&m.current, m)));
        line(&mut t, format!("  Collected {}", collection(m)));
        if let Some(p) = &m.pharmacy {
            line(&mut t, format!("  Pharmacy  {p}"));
        }
        let dates = match &m.end_date {
            Some(end) => format!("{} to {}", format::day(&m.start_date), format::day(end)),
            None => format!("since {}", format::day(&m.start_date)),
        };
        line(&mut t, format!("  Dates     {dates}"));
        if m.history.len() > 1 {
            line(&mut t, "  History");
            for r in &m.history {
                let mut entry = format!("    from {}: {}", format::day(&r.effective_date), dose(r, m));
                if let Some(n) = &r.note {
                    entry.push_str(&format!(" ({n})"));
                }
                line(&mut t, entry);
            }
        }
        line(&mut t, format!("  id        {}", m.id));
    }
    Ok(Outcome::new(t, json!({ "medicines": meds })))
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
