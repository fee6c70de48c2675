//! Her ledger of what has been shared, read back in words: what happened to each item
//! (waiting, sent, received, never sent, never delivered, taken back), when, and under
//! which agreement.

use std::collections::HashMap;

use rusqlite::Connection;

use super::grants::{self, StoredGrant};
use super::model::{LedgerEntry, LedgerState};
use crate::content::{short_date, text};
use crate::error::Result;

fn at(t: i64) -> std::time::SystemTime {
    crate::time::system_time(jiff::Timestamp::from_second(t).unwrap_or_default())
}

/// One ledger row as stored.
struct Row {
    contact: String,
    grant_id: String,
    summary: String,
    version: i64,
    queued: i64,
    sent: Option<i64>,
    withdrawn: Option<i64>,
    received: Option<i64>,
    purged: Option<i64>,
}

/// What happened to it. A receipt can only follow a send, and the relay can only drop
/// what it was given, so the order of these checks is the order things happen in.
fn state(r: &Row, one_off: bool) -> LedgerState {
    match (r.sent, r.received, r.purged, r.withdrawn) {
        (Some(_), Some(_), _, _) => LedgerState::Received,
        (Some(_), None, Some(_), _) => LedgerState::NeverDelivered,
        (Some(_), None, None, _) => LedgerState::Sent,
        // A one-off yes is stopped only by taking back the request it was for.
        (None, _, _, Some(_)) if one_off => LedgerState::TakenBack,
        (None, _, _, Some(_)) => LedgerState::NotSent,
        (None, _, _, None) => LedgerState::Waiting,
    }
}

/// Every ledger line, newest first.
pub(crate) fn entries(conn: &Connection) -> Result<Vec<LedgerEntry>> {
    let names = super::contacts::display_names(conn)?;
    let grants: HashMap<String, StoredGrant> = grants::all(conn)?.into_iter().map(|g| (g.id.clone(), g)).collect();
    let tz = crate::time::zone(&crate::vault::settings_zone(conn)?)?;
    // "Tuesday 24 November, 10:02" in her home zone.
    let when = |t: i64| {
        let local = jiff::Timestamp::from_second(t).unwrap_or_default().to_zoned(tz.clone());
        format!(
            "{}, {}",
            short_date(local.date()),
            crate::time::format_time(local.time())
        )
    };
    let day = |t: i64| {
        short_date(
            jiff::Timestamp::from_second(t)
                .unwrap_or_default()
                .to_zoned(tz.clone())
                .date(),
        )
    };
    let mut stmt = conn.prepare_cached(
        "SELECT contact_id, grant_id, summary, version, queued_at, sent_at, withdrawn_at, acknowledged_at, purged_at
         FROM share_ledger ORDER BY queued_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            contact: r.get(0)?,
            grant_id: r.get(1)?,
            summary: r.get(2)?,
            version: r.get(3)?,
            queued: r.get(4)?,
            sent: r.get(5)?,
            withdrawn: r.get(6)?,
            received: r.get(7)?,
            purged: r.get(8)?,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        let r = row?;
        let name = names.get(&r.contact).cloned().unwrap_or_default();
        let grant = grants.get(&r.grant_id);
        let state = state(&r, grant.is_some_and(|g| g.one_off));
        let (id, time) = match state {
            LedgerState::Waiting => ("share-status-waiting", r.queued),
            LedgerState::Sent => ("share-status-sent", r.sent.unwrap_or(r.queued)),
            LedgerState::Received => ("share-status-received", r.received.unwrap_or(r.queued)),
            LedgerState::NeverDelivered => ("share-status-never-delivered", r.purged.unwrap_or(r.queued)),
            LedgerState::NotSent => ("share-status-withdrawn", r.withdrawn.unwrap_or(r.queued)),
            LedgerState::TakenBack => ("share-status-taken-back", r.withdrawn.unwrap_or(r.queued)),
        };
        let status_label = text(id, &[("name", name.as_str().into()), ("when", when(time).into())]);
        let agreement_label = match grant {
            Some(g) if g.one_off => text("share-ledger-one-off", &[("date", day(g.created_at).into())]),
            Some(g) => text(
                "share-ledger-agreement",
                &[("date", day(g.created_at).into()), ("what", grants::what(g).into())],
            ),
            None => String::new(),
        };
        out.push(LedgerEntry {
            contact_name: name,
            grant_id: r.grant_id,
            // Summaries quote her titles; lines written before the free-text rules may hold anything.
            summary: crate::free_text::line(r.summary),
            version: r.version.max(0) as u64,
            queued_at: at(r.queued),
            sent_at: r.sent.map(at),
            withdrawn: r.sent.is_none() && r.withdrawn.is_some(),
            state,
            received_at: r.received.filter(|_| r.sent.is_some()).map(at),
            dropped_at: match state {
                LedgerState::NeverDelivered => r.purged.map(at),
                LedgerState::NotSent | LedgerState::TakenBack => r.withdrawn.map(at),
                _ => None,
            },
            status_label,
            agreement_label,
        });
    }
    Ok(out)
}
