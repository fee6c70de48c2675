//! `alongside medicine list`: each medicine with today's dose and its dose history.

use alongside_core::Vault;
use serde_json::json;

use crate::context::Context;
use crate::error::CliResult;
use crate::format;
use crate::output::{line, Outcome};

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
        line(&mut t, format!("{} ({})", m.name, format::medicine_kind(m.kind)));
        let c = &m.current;
        line(
            &mut t,
            format!(
                "  Dose      {}, {}",
                format::dose(c.amount, c.evening_amount, m.unit),
                format::schedule(&c.schedule)
            ),
        );
        line(
            &mut t,
            format!("  Collected {}", format::collection(m.collection, &m.take_home_days)),
        );
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
                let mut entry = format!(
                    "    from {}: {}, {}",
                    format::day(&r.effective_date),
                    format::dose(r.amount, r.evening_amount, m.unit),
                    format::schedule(&r.schedule)
                );
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
