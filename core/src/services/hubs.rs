//! Venues where several services meet. For each venue: which services are there on which
//! dates and times, and the "hub days" when two or more different services meet there the
//! same day, so one trip can cover several needs.

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::Connection;

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
            &crate::content::text("error-days-limit", &[("max", MAX_DAYS.into())]),
        ));
    }
    (0..days as i64)
        .map(|i| {
            from.checked_add(i.days())
                .map_err(|_| AlongsideError::refused("from date", "error-date-far-away"))
        })
        .collect()
}

/// A category's bit in a set of categories held as a mask (bit `i` is `Category::ALL[i]`,
/// which is also their display order).
pub(crate) fn category_bit(c: Category) -> u32 {
    1 << Category::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

/// The categories in a mask, in display order.
pub(crate) fn categories_in(mask: u32) -> Vec<Category> {
    Category::ALL
        .into_iter()
        .filter(|c| mask & category_bit(*c) != 0)
        .collect()
}

/// One venue's sessions in the categories asked for, each with the dates (as a mask of
/// indices into the dates asked about) it happens on.
pub(crate) struct VenueSlots {
    pub venue_id: String,
    pub slots: Vec<(Slot, u64)>,
    /// Every date at least one of the sessions happens on.
    pub dates: u64,
}

impl VenueSlots {
    /// The sessions on the date with index `i`, in start order.
    pub fn on(&self, i: usize) -> impl Iterator<Item = &Slot> {
        self.slots
            .iter()
            .filter(move |(_, m)| m & (1u64 << i) != 0)
            .map(|(s, _)| s)
    }
}

/// The sessions in `categories` (empty means all) that happen on at least one of `dates`,
/// grouped by venue in venue id order. One query for them all; each session's dates
/// worked out once.
pub(crate) fn slots_by_venue(conn: &Connection, categories: &[Category], dates: &[Date]) -> Result<Vec<VenueSlots>> {
    let mut out: Vec<VenueSlots> = Vec::new();
    for s in store::slots(
        conn,
        store::SlotFilter {
            categories,
            ..Default::default()
        },
    )? {
        let mask = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| s.occurs_on(**d))
            .fold(0u64, |m, (i, _)| m | 1u64 << i);
        if mask == 0 {
            continue;
        }
        // The query reads sessions in venue order, so a venue's are together.
        match out.last_mut() {
            Some(v) if v.venue_id == s.venue_id => {
                v.dates |= mask;
                v.slots.push((s, mask));
            }
            _ => out.push(VenueSlots {
                venue_id: s.venue_id.clone(),
                dates: mask,
                slots: vec![(s, mask)],
            }),
        }
    }
    Ok(out)
}

/// Every venue with sessions in the dates, best first: the most of her needs covered,
/// then the most hub days, then by name.
pub(crate) fn venue_hubs(conn: &Connection, categories: &[Category], dates: &[Date]) -> Result<Vec<VenueHub>> {
    let sample = store::is_sample(conn)?;
    let venues = store::venues(conn)?;
    let by_venue = slots_by_venue(conn, categories, dates)?;
    // Each date's words once, not once per venue.
    let date_words: Vec<(String, String)> = dates.iter().map(|d| (d.to_string(), short_date(*d))).collect();
    let mut out = Vec::new();
    for v in &by_venue {
        let Some(venue) = venues.get(&v.venue_id) else { continue };
        let mut days = Vec::new();
        let mut covered = 0u32;
        for (i, (date_code, date_label)) in date_words.iter().enumerate() {
            if v.dates & (1u64 << i) == 0 {
                continue;
            }
            let mut needs = 0u32;
            let mut first: Option<&str> = None;
            let mut several = false;
            let sessions = v
                .on(i)
                .map(|s| {
                    needs |= category_bit(s.category);
                    match first {
                        None => first = Some(&s.service_id),
                        Some(f) => several |= f != s.service_id,
                    }
                    store::hub_session(s)
                })
                .collect();
            covered |= needs;
            days.push(HubDay {
                date: date_code.clone(),
                date_label: date_label.clone(),
                sessions,
                hub_day: several,
                needs_covered: categories_in(needs),
            });
        }
        if days.is_empty() {
            continue;
        }
        let needs_covered = categories_in(covered);
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
