//! Searching services: words she typed (SQLite FTS5), categories, open at a moment or on a
//! date, drop-in, self-referral.
//!
//! What she types is never passed to FTS5 as query syntax: it is split into words (letters
//! and digits), each word is quoted as an FTS5 string and given a prefix star, and the
//! words are joined with AND. So `"midwife*` or `NEAR(a b)` are just the words she typed.

use jiff::civil::{Date, Time};
use rusqlite::Connection;
use std::collections::HashMap;

use super::model::{Referral, ServiceQuery, ServiceResult, SessionAccess, VenueSummary};
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
    let venues = store::venues(conn)?;
    let mut out = Vec::new();
    match q.text.as_deref().and_then(fts_query) {
        // Words typed: look up only the services they match, best first, one by one.
        Some(m) => {
            let ids: Vec<i64> = {
                let mut stmt =
                    conn.prepare_cached("SELECT rowid FROM dir_search WHERE dir_search MATCH ?1 ORDER BY rank")?;
                let ids = stmt.query_map([m], |r| r.get(0))?;
                ids.collect::<rusqlite::Result<_>>()?
            };
            for rowid in ids {
                for (_, svc) in store::services(conn, sample, Some(rowid))? {
                    if !wanted(q, &svc) {
                        continue;
                    }
                    let slots = store::slots(
                        conn,
                        store::SlotFilter {
                            service_id: Some(&svc.id),
                            ..Default::default()
                        },
                    )?;
                    out.extend(with_sessions(q, when, svc, &slots, &venues));
                }
            }
        }
        // No words: every service by name, with all sessions read in one go.
        None => {
            let mut by_service: HashMap<String, Vec<Slot>> = HashMap::new();
            let all = store::slots(
                conn,
                store::SlotFilter {
                    categories: &q.categories,
                    ..Default::default()
                },
            )?;
            for s in all {
                by_service.entry(s.service_id.clone()).or_default().push(s);
            }
            for (_, svc) in store::services(conn, sample, None)? {
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
    venues: &HashMap<String, VenueSummary>,
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
            let venue = venues.get(&s.venue_id).map(|v| v.name.as_str()).unwrap_or_default();
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
