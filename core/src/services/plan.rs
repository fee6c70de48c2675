//! Planning a one-place day: given the kinds of service she needs, the venues and dates
//! that cover the most needs in the fewest trips.
//!
//! This is set cover over (venue, date) pairs, which is NP-hard in general, so the plan is
//! built greedily: take the trip that covers the most needs still open, repeat. Greedy is
//! within a factor of ln(n)+1 of the fewest trips, and with at most 18 needs it is
//! nearly always optimal in practice; it is also quick (one pass per trip over the
//! candidates) and easy to explain ("this trip covers the most of what you still need").
//! Ties go to the day with fewer diary appointments, then the earlier date, then the venue's
//! name, so the plan is stable.
//!
//! To lighten the burden, days that already hold two or more appointments in her diary are
//! used only when no other day can cover a need.

use jiff::civil::Date;
use rusqlite::Connection;
use std::collections::{BTreeSet, HashMap};

use super::hubs::{categories_in, category_bit, slots_by_venue, VenueSlots};
use super::model::{Category, PlanOption};
use super::store;
use crate::content::short_date;
use crate::error::{AlongsideError, Result};

/// A day with this many appointments already is avoided when another day will do.
pub const BUSY_DAY: u32 = 2;

struct Candidate<'a> {
    venue: &'a VenueSlots,
    venue_name: &'a str,
    /// The date's index in the dates asked about.
    day: usize,
    date: Date,
    /// The categories met there that day, as a mask (see [`category_bit`]).
    covers: u32,
    diary: u32,
}

pub(crate) fn plan(
    conn: &Connection,
    needs: &[Category],
    dates: &[Date],
    diary: &HashMap<Date, u32>,
) -> Result<Vec<PlanOption>> {
    if needs.is_empty() {
        return Err(AlongsideError::refused("needs", "error-choose-a-service-kind"));
    }
    let sample = store::is_sample(conn)?;
    let venues = store::venues(conn)?;
    let by_venue = slots_by_venue(conn, needs, dates)?;
    let mut candidates = Vec::new();
    for v in &by_venue {
        let Some(venue) = venues.get(&v.venue_id) else { continue };
        for (day, &date) in dates.iter().enumerate() {
            if v.dates & (1u64 << day) == 0 {
                continue;
            }
            candidates.push(Candidate {
                venue: v,
                venue_name: &venue.name,
                day,
                date,
                covers: v.on(day).fold(0, |m, s| m | category_bit(s.category)),
                diary: diary.get(&date).copied().unwrap_or(0),
            });
        }
    }
    let all_needs = needs.iter().fold(0u32, |m, c| m | category_bit(*c));
    let mut remaining = all_needs;
    let mut picks: Vec<(usize, u32)> = Vec::new();
    for allow_busy in [false, true] {
        while let Some((i, gain)) = best(&candidates, remaining, allow_busy) {
            remaining &= !gain;
            picks.push((i, gain));
        }
    }
    let mut open = all_needs;
    let mut out = Vec::new();
    for (i, gain) in picks {
        let c = &candidates[i];
        open &= !gain;
        let covers = categories_in(gain);
        let remaining = categories_in(open);
        let Some(venue) = venues.get(&c.venue.venue_id) else {
            continue;
        };
        out.push(PlanOption {
            venue: venue.clone(),
            date: c.date.to_string(),
            date_label: short_date(c.date),
            covers_labels: store::labels(&covers),
            remaining_labels: store::labels(&remaining),
            sessions: c
                .venue
                .on(c.day)
                .filter(|s| gain & category_bit(s.category) != 0)
                .map(store::hub_session)
                .collect(),
            covers,
            remaining,
            diary_appointments: c.diary,
            sample,
        });
    }
    // Trips in date order reads as a plan; the greedy order only chose them.
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.venue.name.cmp(&b.venue.name)));
    recompute_remaining(&mut out, needs);
    Ok(out)
}

/// After sorting by date, "remaining" must follow the order she will make the trips in.
fn recompute_remaining(out: &mut [PlanOption], needs: &[Category]) {
    let mut open: BTreeSet<Category> = needs.iter().copied().collect();
    for o in out.iter_mut() {
        open.retain(|n| !o.covers.contains(n));
        o.remaining = open.iter().copied().collect();
        o.remaining_labels = store::labels(&o.remaining);
    }
}

/// The candidate covering the most open needs, with what it covers (a mask); None when
/// none helps.
fn best(candidates: &[Candidate], remaining: u32, allow_busy: bool) -> Option<(usize, u32)> {
    candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| allow_busy || c.diary < BUSY_DAY)
        .map(|(i, c)| (i, c.covers & remaining))
        .filter(|(_, gain)| *gain != 0)
        .min_by(|(a, ga), (b, gb)| {
            let (ca, cb) = (&candidates[*a], &candidates[*b]);
            gb.count_ones()
                .cmp(&ga.count_ones())
                .then_with(|| ca.diary.cmp(&cb.diary))
                .then_with(|| ca.date.cmp(&cb.date))
                .then_with(|| ca.venue_name.cmp(cb.venue_name))
                .then_with(|| ca.venue.venue_id.cmp(&cb.venue.venue_id))
        })
}
