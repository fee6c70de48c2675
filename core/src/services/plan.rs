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
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::hubs::{categories_of, day_at};
use super::model::{Category, PlanOption};
use super::schedule::Slot;
use super::store;
use crate::content::short_date;
use crate::error::{AlongsideError, Result};

/// A day with this many appointments already is avoided when another day will do.
pub const BUSY_DAY: u32 = 2;

struct Candidate<'a> {
    venue_id: &'a str,
    venue_name: &'a str,
    date: Date,
    sessions: Vec<&'a Slot>,
    covers: BTreeSet<Category>,
    diary: u32,
}

pub(crate) fn plan(
    conn: &Connection,
    needs: &[Category],
    dates: &[Date],
    diary: &HashMap<Date, u32>,
) -> Result<Vec<PlanOption>> {
    if needs.is_empty() {
        return Err(AlongsideError::invalid("needs", "Choose at least one kind of service."));
    }
    let sample = store::is_sample(conn)?;
    let venues = store::venues(conn)?;
    let mut by_venue: BTreeMap<String, Vec<Slot>> = BTreeMap::new();
    for s in store::slots(
        conn,
        store::SlotFilter {
            categories: needs,
            ..Default::default()
        },
    )? {
        by_venue.entry(s.venue_id.clone()).or_default().push(s);
    }
    let mut candidates = Vec::new();
    for (venue_id, slots) in &by_venue {
        let Some(venue) = venues.get(venue_id) else { continue };
        for &date in dates {
            let sessions = day_at(slots, date);
            if sessions.is_empty() {
                continue;
            }
            candidates.push(Candidate {
                venue_id,
                venue_name: &venue.name,
                date,
                covers: categories_of(&sessions).into_iter().collect(),
                sessions,
                diary: diary.get(&date).copied().unwrap_or(0),
            });
        }
    }
    let mut remaining: BTreeSet<Category> = needs.iter().copied().collect();
    let mut picks: Vec<(usize, BTreeSet<Category>)> = Vec::new();
    for allow_busy in [false, true] {
        while let Some((i, gain)) = best(&candidates, &remaining, allow_busy) {
            remaining.retain(|c| !gain.contains(c));
            picks.push((i, gain));
        }
    }
    let mut open: BTreeSet<Category> = needs.iter().copied().collect();
    let mut out = Vec::new();
    for (i, gain) in picks {
        let c = &candidates[i];
        open.retain(|n| !gain.contains(n));
        let covers: Vec<Category> = gain.iter().copied().collect();
        let remaining: Vec<Category> = open.iter().copied().collect();
        let Some(venue) = venues.get(c.venue_id) else { continue };
        out.push(PlanOption {
            venue: venue.clone(),
            date: c.date.to_string(),
            date_label: short_date(c.date),
            covers_labels: store::labels(&covers),
            remaining_labels: store::labels(&remaining),
            sessions: c
                .sessions
                .iter()
                .filter(|s| gain.contains(&s.category))
                .map(|s| store::hub_session(s))
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

/// The candidate covering the most open needs, with what it covers; None when none helps.
fn best(
    candidates: &[Candidate],
    remaining: &BTreeSet<Category>,
    allow_busy: bool,
) -> Option<(usize, BTreeSet<Category>)> {
    candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| allow_busy || c.diary < BUSY_DAY)
        .map(|(i, c)| (i, c.covers.intersection(remaining).copied().collect::<BTreeSet<_>>()))
        .filter(|(_, gain)| !gain.is_empty())
        .min_by(|(a, ga), (b, gb)| {
            let (ca, cb) = (&candidates[*a], &candidates[*b]);
            gb.len()
                .cmp(&ga.len())
                .then_with(|| ca.diary.cmp(&cb.diary))
                .then_with(|| ca.date.cmp(&cb.date))
                .then_with(|| ca.venue_name.cmp(cb.venue_name))
                .then_with(|| ca.venue_id.cmp(cb.venue_id))
        })
}
