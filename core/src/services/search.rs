//! Searching services: words she typed (SQLite FTS5), categories, open at a moment or on a
//! date, drop-in, self-referral.
//!
//! What she types is never passed to FTS5 as query syntax: it is split into words (letters
//! and digits), each word is quoted as an FTS5 string and given a prefix star, and the
//! words are joined with AND. So `"midwife*` or `NEAR(a b)` are just the words she typed.

use jiff::civil::{Date, Time};
use rusqlite::Connection;
use std::collections::HashMap;

use super::model::{Referral, ServiceQuery, ServiceResult, SessionAccess};
use super::schedule::Slot;
use super::store;
use crate::error::Result;

/// The most words a search uses; more add nothing but cost.
const MAX_WORDS: usize = 12;

/// The FTS5 query for what she typed, or None when it holds no words.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// When the query asks about time: a date, and perhaps a time on it.
pub(crate) struct When {
    pub date: Date,
    pub time: Option<Time>,
}

/// Runs a search. `when` is the query's `open_at` or `on_date`, already in her zone.
pub(crate) fn run(conn: &Connection, q: &ServiceQuery, when: &[When]) -> Result<Vec<ServiceResult>> {
    let sample = store::is_sample(conn)?;
    let venues = store::venue_names(conn)?;
    let mut out = Vec::new();
    match q.text.as_deref().and_then(fts_query) {
        // Words typed: the services they match, best first. Three queries whatever the
        // number of matches: the ranked rowids, those services, and their sessions (the
        // last two given the rowids, so the full-text index is searched once).
        Some(m) => {
            let ids: Vec<i64> = {
                let mut stmt =
                    conn.prepare_cached("SELECT rowid FROM dir_search WHERE dir_search MATCH ?1 ORDER BY rank")?;
                let ids = stmt.query_map([&m], |r| r.get(0))?;
                ids.collect::<rusqlite::Result<_>>()?
            };
            if ids.is_empty() {
                return Ok(out);
            }
            let rowids = serde_json::to_string(&ids)?;
            // In rowid order; each found again by its rowid, and taken once.
            let mut found: Vec<(i64, Option<ServiceResult>)> =
                store::services(conn, sample, store::Services::Rowids(&rowids))?
                    .into_iter()
                    .map(|(rowid, svc)| (rowid, wanted(q, &svc).then_some(svc)))
                    .collect();
            let mut by_service = slots_by_service(
                conn,
                store::SlotFilter {
                    categories: &q.categories,
                    service_rowids: Some(&rowids),
                    ..Default::default()
                },
            )?;
            for rowid in ids {
                let Ok(i) = found.binary_search_by_key(&rowid, |(r, _)| *r) else {
                    continue;
                };
                let Some(svc) = found[i].1.take() else { continue };
                let slots = by_service.remove(&svc.id).unwrap_or_default();
                out.extend(with_sessions(q, when, svc, &slots, &venues));
            }
        }
        // No words: every service by name, with all sessions read in one go.
        None => {
            let mut by_service = slots_by_service(
                conn,
                store::SlotFilter {
                    categories: &q.categories,
                    ..Default::default()
                },
            )?;
            for (_, svc) in store::services(conn, sample, store::Services::All)? {
                if !wanted(q, &svc) {
                    continue;
                }
                let slots = by_service.remove(&svc.id).unwrap_or_default();
                out.extend(with_sessions(q, when, svc, &slots, &venues));
            }
        }
    }
    Ok(out)
}

/// Sessions grouped by service, each service's in the order [`store::slots`] reads them.
fn slots_by_service(conn: &Connection, f: store::SlotFilter) -> Result<HashMap<String, Vec<Slot>>> {
    let mut by_service: HashMap<String, Vec<Slot>> = HashMap::new();
    for s in store::slots(conn, f)? {
        by_service.entry(s.service_id.clone()).or_default().push(s);
    }
    Ok(by_service)
}

/// The service-level filters: category and self-referral.
fn wanted(q: &ServiceQuery, svc: &ServiceResult) -> bool {
    (q.categories.is_empty() || q.categories.contains(&svc.category))
        && !(q.self_referral_only && svc.referral == Referral::ThroughProfessional)
}

/// The service with its sessions that match the session-level filters (drop-in, time,
/// date); None when the query has such filters and no session passes them.
fn with_sessions(
    q: &ServiceQuery,
    when: &[When],
    mut svc: ServiceResult,
    slots: &[Slot],
    venues: &HashMap<String, String>,
) -> Option<ServiceResult> {
    let matching: Vec<&Slot> = slots
        .iter()
        .filter(|s| !q.drop_in_only || s.access == SessionAccess::DropIn)
        .filter(|s| {
            when.iter().all(|w| match w.time {
                Some(t) => s.open_at(w.date, t),
                None => s.occurs_on(w.date),
            })
        })
        .collect();
    if (q.drop_in_only || !when.is_empty()) && matching.is_empty() {
        return None;
    }
    svc.sessions = matching
        .into_iter()
        .map(|s| {
            let venue = venues.get(&s.venue_id).map(String::as_str).unwrap_or_default();
            store::session_view(s, venue)
        })
        .collect();
    Some(svc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_punctuation_and_operators_become_plain_quoted_words() {
        assert_eq!(fts_query("midwife"), Some("\"midwife\"*".into()));
        assert_eq!(
            fts_query("food NEAR(bank) \"x*"),
            Some("\"food\"* \"NEAR\"* \"bank\"* \"x\"*".into())
        );
        assert_eq!(fts_query(" ** \"\" -- "), None);
    }
}
