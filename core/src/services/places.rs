//! An appointment's place: the directory venue she chose for it and what else meets there
//! on the appointment's date. Worked out when occurrences are shown, from whichever
//! directory is installed, so a directory update is reflected at once; a venue the
//! directory no longer has is simply left out (the appointment keeps its address as text).

use jiff::civil::Date;
use rusqlite::Connection;
use std::collections::HashMap;

use super::model::{AppointmentPlace, HubSession, VenueSummary};
use super::schedule::Slot;
use super::store;
use crate::content::text;
use crate::diary::appointment::Occurrence;
use crate::error::{AlongsideError, Result};

/// The error for a venue id the installed directory does not have.
pub(crate) fn not_in_directory() -> AlongsideError {
    AlongsideError::refused("place", "error-place-not-in-directory")
}

/// How a venue is written as an appointment's location: name and address on one line.
pub(crate) fn location_text(v: &VenueSummary) -> String {
    let mut parts = vec![v.name.as_str(), v.address.as_str()];
    if !v.postcode.is_empty() && !v.address.contains(&v.postcode) {
        parts.push(v.postcode.as_str());
    }
    parts.retain(|p| !p.trim().is_empty());
    // An address may be kept over several lines; a location is shown on one.
    crate::free_text::one_line(&parts.join(", ")).into_owned()
}

/// Fills in `place` on every occurrence that points at a venue. Each venue's sessions are
/// read once, however many occurrences it has.
pub(crate) fn attach(conn: &Connection, occurrences: &mut [Occurrence]) -> Result<()> {
    if occurrences.iter().all(|o| o.venue_id.is_none()) {
        return Ok(());
    }
    let sample = store::is_sample(conn)?;
    // While her baby is not with her, "also here that day" names no baby group.
    let without_baby_centred = crate::support::status::support_mode(conn)?;
    let mut venues: HashMap<String, Option<(VenueSummary, Vec<Slot>)>> = HashMap::new();
    for o in occurrences.iter_mut() {
        let Some(id) = o.venue_id.as_deref() else { continue };
        if !venues.contains_key(id) {
            let found = match store::venue(conn, id)? {
                Some(v) => Some((v, venue_slots(conn, id, without_baby_centred)?)),
                None => None,
            };
            venues.insert(id.to_string(), found);
        }
        let Some(Some((venue, slots))) = venues.get(id) else {
            continue;
        };
        let Some(date) = o.start_local.get(..10).and_then(|d| d.parse::<Date>().ok()) else {
            continue;
        };
        o.place = Some(place(venue, slots, date, sample));
    }
    Ok(())
}

fn venue_slots(conn: &Connection, id: &str, without_baby_centred: bool) -> Result<Vec<Slot>> {
    let mut slots = store::slots(
        conn,
        store::SlotFilter {
            venue_id: Some(id),
            without_baby_centred,
            ..Default::default()
        },
    )?;
    slots.sort_by(|a, b| (a.start_minute, &a.service_name).cmp(&(b.start_minute, &b.service_name)));
    Ok(slots)
}

fn place(venue: &VenueSummary, slots: &[Slot], date: Date, sample: bool) -> AppointmentPlace {
    let also_there: Vec<_> = slots
        .iter()
        .filter(|s| s.occurs_on(date))
        .map(store::hub_session)
        .collect();
    let also_there_label = (!also_there.is_empty()).then(|| {
        let items: Vec<String> = by_service(&also_there)
            .into_iter()
            .map(|(service, times)| {
                text(
                    "place-also-there-item",
                    &[("service", service.into()), ("time", store::join(&times).into())],
                )
            })
            .collect();
        text("place-also-there", &[("sessions", items.join("; ").into())])
    });
    AppointmentPlace {
        where_label: text("place-where", &[("place", location_text(venue).into())]),
        venue: venue.clone(),
        also_there,
        also_there_label,
        sample,
    }
}

/// Each service once, in order of its first session, with every time it meets that day:
/// a service with a clinic and a drop-in the same day is one service to her, not two.
fn by_service(sessions: &[HubSession]) -> Vec<(&str, Vec<String>)> {
    let mut out: Vec<(&str, &str, Vec<String>)> = Vec::new();
    for s in sessions {
        let i = match out.iter().position(|(id, ..)| *id == s.service_id) {
            Some(i) => i,
            None => {
                out.push((&s.service_id, &s.service_name, Vec::new()));
                out.len() - 1
            }
        };
        if !out[i].2.contains(&s.time_label) {
            out[i].2.push(s.time_label.clone());
        }
    }
    out.into_iter().map(|(_, name, times)| (name, times)).collect()
}
