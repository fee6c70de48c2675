//! Venues where several services meet. For each venue: which services are there on which
//! dates and times, and the "hub days" when two or more different services meet there the
//! same day, so one trip can cover several needs.

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet};

use super::model::{Category, HubDay, VenueHub};
use super::schedule::Slot;
use super::store;
use crate::content::short_date;
use crate::error::{AlongsideError, Result};

/// The longest range one call looks at: two months covers "first Monday" patterns twice.
pub const MAX_DAYS: u32 = 62;

/// The dates from `from` for `days` days, refusing 0 or more than [`MAX_DAYS`].
pub(crate) fn dates(from: &str, days: u32) -> Result<Vec<Date>> {
    let from = crate::time::parse_date("from date", from)?;
    if days == 0 || days > MAX_DAYS {
        return Err(AlongsideError::invalid(
            "days",
            &format!("Please ask for 1 to {MAX_DAYS} days at a time."),
        ));
    }
    (0..days as i64)
        .map(|i| {
            from.checked_add(i.days())
                .map_err(|_| AlongsideError::invalid("from date", "This date is too far away."))
        })
        .collect()
}

/// One venue on one date: the sessions there, in start order.
pub(crate) fn day_at(slots: &[Slot], date: Date) -> Vec<&Slot> {
    slots.iter().filter(|s| s.occurs_on(date)).collect()
}

/// The different categories among some sessions, in display order.
pub(crate) fn categories_of(slots: &[&Slot]) -> Vec<Category> {
    slots
        .iter()
        .map(|s| s.category)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Every venue with sessions in the dates, best first: the most of her needs covered,
/// then the most hub days, then by name.
pub(crate) fn venue_hubs(conn: &Connection, categories: &[Category], dates: &[Date]) -> Result<Vec<VenueHub>> {
    let sample = store::is_sample(conn)?;
    let venues = store::venues(conn)?;
    let mut by_venue: BTreeMap<String, Vec<Slot>> = BTreeMap::new();
    for s in store::slots(
        conn,
        store::SlotFilter {
            categories,
            ..Default::default()
        },
    )? {
        by_venue.entry(s.venue_id.clone()).or_default().push(s);
    }
    // Each date's words once, not once per venue.
    let date_words: Vec<(Date, String, String)> = dates.iter().map(|d| (*d, d.to_string(), short_date(*d))).collect();
    let mut out = Vec::new();
    for (venue_id, slots) in by_venue {
        let Some(venue) = venues.get(&venue_id) else { continue };
        let mut days = Vec::new();
        let mut covered = BTreeSet::new();
        for (date, date_code, date_label) in &date_words {
            let on = day_at(&slots, *date);
            if on.is_empty() {
                continue;
            }
            let services: BTreeSet<&str> = on.iter().map(|s| s.service_id.as_str()).collect();
            let needs = categories_of(&on);
            covered.extend(needs.iter().copied());
            days.push(HubDay {
                date: date_code.clone(),
                date_label: date_label.clone(),
                sessions: on.iter().map(|s| store::hub_session(s)).collect(),
                hub_day: services.len() >= 2,
                needs_covered: needs,
            });
        }
        if days.is_empty() {
            continue;
        }
        let needs_covered: Vec<Category> = covered.into_iter().collect();
        out.push(VenueHub {
            venue: venue.clone(),
            needs_covered_labels: store::labels(&needs_covered),
            needs_covered,
            hub_dates: days.iter().filter(|d| d.hub_day).map(|d| d.date.clone()).collect(),
            days,
            sample,
        });
    }
    out.sort_by(|a, b| {
        b.needs_covered
            .len()
            .cmp(&a.needs_covered.len())
            .then_with(|| b.hub_dates.len().cmp(&a.hub_dates.len()))
            .then_with(|| a.venue.name.cmp(&b.venue.name))
            .then_with(|| a.venue.id.cmp(&b.venue.id))
    });
    Ok(out)
}
