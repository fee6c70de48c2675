//! Her ledger of what has been shared, read back in words.

use rusqlite::Connection;

use super::model::LedgerEntry;
use crate::content::text;
use crate::error::Result;

fn at(t: i64) -> std::time::SystemTime {
    crate::time::system_time(jiff::Timestamp::from_second(t).unwrap_or_default())
}

/// Every ledger line, newest first.
pub(crate) fn entries(conn: &Connection) -> Result<Vec<LedgerEntry>> {
    let names = super::contacts::display_names(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT contact_id, grant_id, summary, version, queued_at, sent_at, withdrawn_at, acknowledged_at FROM share_ledger
         ORDER BY queued_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, Option<i64>>(5)?,
            r.get::<_, Option<i64>>(6)?,
            r.get::<_, Option<i64>>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (contact, grant_id, summary, version, queued, sent, withdrawn, acknowledged) = row?;
        let name = names.get(&contact).cloned().unwrap_or_default();
        let status_label = match (sent, withdrawn) {
            (Some(_), _) if acknowledged.is_some() => text("share-status-received", &[("name", name.as_str().into())]),
            (Some(_), _) => text("share-status-sent", &[]),
            (None, Some(_)) => text("share-status-withdrawn", &[]),
            (None, None) => text("share-status-waiting", &[]),
        };
        out.push(LedgerEntry {
            contact_name: name,
            grant_id,
            // Summaries quote her titles; lines written before the free-text rules may hold anything.
            summary: crate::free_text::line(summary),
            version: version.max(0) as u64,
            queued_at: at(queued),
            sent_at: sent.map(at),
            withdrawn: withdrawn.is_some(),
            status_label,
        });
    }
    Ok(out)
}
