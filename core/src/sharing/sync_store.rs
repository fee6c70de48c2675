//! What a sync reads and writes in the vault: the envelopes due to go, marking them sent
//! or backing off after a failure, the purges owed for stopped grants, and her own inbox
//! at each relay. Network calls happen between these short transactions, never inside one.

use rusqlite::{params, Connection};

use crate::error::Result;

/// The first retry waits this long; each failure doubles it, up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: i64 = 30;
pub const MAX_BACKOFF: i64 = 60 * 60;

/// One envelope due to be sent.
#[derive(Debug, Clone)]
pub(crate) struct Due {
    /// Where it stands in the outbox's order (`queued_at`, `rowid`): a sync reads on from
    /// the last one it tried, so it tries each envelope at most once.
    pub place: (i64, i64),
    pub envelope_id: String,
    pub item_kind: String,
    pub item_id: String,
    pub version: i64,
    pub payload: Vec<u8>,
    pub tombstone: bool,
}

/// Which envelopes a sync sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Waiting {
    /// She asked ("Send now"): everything waiting goes now, whatever the backoff says.
    All,
    /// An automatic retry: only envelopes whose retry time has come.
    RetryTimeCome,
}

/// Envelopes for `contact_id` to send now, oldest first, after `after` (the place of the
/// last one tried in this sync).
pub(crate) fn due(
    conn: &Connection,
    contact_id: &str,
    now: i64,
    which: Waiting,
    after: Option<(i64, i64)>,
    limit: u32,
) -> Result<Vec<Due>> {
    let mut stmt = conn.prepare_cached(
        "SELECT queued_at, rowid, envelope_id, item_kind, item_id, version, payload, tombstone FROM outbox
         WHERE contact_id = ?1 AND (?2 OR next_attempt <= ?3) AND (queued_at, rowid) > (?4, ?5)
         ORDER BY queued_at, rowid LIMIT ?6",
    )?;
    let (q, r) = after.unwrap_or((i64::MIN, i64::MIN));
    let rows = stmt.query_map(params![contact_id, which == Waiting::All, now, q, r, limit], |r| {
        Ok(Due {
            place: (r.get(0)?, r.get(1)?),
            envelope_id: r.get(2)?,
            item_kind: r.get(3)?,
            item_id: r.get(4)?,
            version: r.get(5)?,
            payload: r.get(6)?,
            tombstone: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The relay has it: out of the outbox, into the ledger as sent. Returns false when the
/// envelope was withdrawn meanwhile (she stopped sharing while it was in flight).
pub(crate) fn mark_sent(conn: &Connection, envelope_id: &str, now: i64) -> Result<bool> {
    let n = conn.execute("DELETE FROM outbox WHERE envelope_id = ?1", [envelope_id])?;
    conn.execute(
        "UPDATE share_ledger SET sent_at = ?2 WHERE envelope_id = ?1 AND sent_at IS NULL",
        params![envelope_id, now],
    )?;
    Ok(n == 1)
}

/// A failed attempt: try again later, waiting twice as long each time.
pub(crate) fn mark_failed(conn: &Connection, envelope_id: &str, now: i64) -> Result<()> {
    let attempts: i64 = conn.query_row(
        "SELECT attempts FROM outbox WHERE envelope_id = ?1",
        [envelope_id],
        |r| r.get(0),
    )?;
    let wait = backoff(attempts + 1);
    conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt = ?2 WHERE envelope_id = ?1",
        params![envelope_id, now + wait],
    )?;
    Ok(())
}

/// The relay could not be reached: everything due for `contact_id` waits, each for its
/// own doubled time, so a phone offline for a day does not hammer the relay on return.
pub(crate) fn back_off_contact(conn: &Connection, contact_id: &str, now: i64) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("SELECT envelope_id FROM outbox WHERE contact_id = ?1 AND next_attempt <= ?2")?;
    let ids: Vec<String> = stmt
        .query_map(params![contact_id, now], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        mark_failed(conn, &id, now)?;
    }
    Ok(())
}

/// Seconds to wait after `attempts` failures.
pub fn backoff(attempts: i64) -> i64 {
    let shift = (attempts - 1).clamp(0, 20) as u32;
    (FIRST_BACKOFF << shift).min(MAX_BACKOFF)
}

/// Stopped grants whose envelopes the relay has not been told to drop, with the
/// envelopes that went under them. Her hello is never dropped: any later grant to the same
/// person relies on their having it to open what she sends.
pub(crate) fn purges_owed(conn: &Connection) -> Result<Vec<(String, String, Vec<String>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT g.id, g.contact_id FROM consent_grants g WHERE g.revoked_at IS NOT NULL AND g.purged_at IS NULL",
    )?;
    let grants: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (grant, contact) in grants {
        let mut ids = conn.prepare_cached(
            "SELECT envelope_id FROM share_ledger WHERE grant_id = ?1 AND sent_at IS NOT NULL AND item_kind NOT IN ('consent', 'hello')",
        )?;
        let list: Vec<String> = ids
            .query_map([&grant], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        out.push((grant, contact, list));
    }
    Ok(out)
}

/// The relay deleted these envelopes (hex ids) undelivered: they never reached them.
pub(crate) fn mark_never_delivered(conn: &Connection, hex_ids: &[String], now: i64) -> Result<()> {
    for hex in hex_ids {
        let Ok(id) = uuid::Uuid::try_parse(hex) else {
            continue;
        };
        conn.execute(
            "UPDATE share_ledger SET purged_at = ?2 WHERE envelope_id = ?1 AND purged_at IS NULL",
            params![id.to_string(), now],
        )?;
    }
    Ok(())
}

pub(crate) fn set_purged(conn: &Connection, grant_id: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE consent_grants SET purged_at = ?2 WHERE id = ?1",
        params![grant_id, now],
    )?;
    Ok(())
}

/// Her inbox at `relay_url` (random, made on first use), as 32 hex digits.
pub(crate) fn inbox_at(conn: &Connection, relay_url: &str) -> Result<String> {
    let key = format!("sharing_inbox:{relay_url}");
    if let Some(id) = crate::services::options::get(conn, &key)? {
        return Ok(id);
    }
    let id = alongside_protocol::envelope::InboxId::random()
        .map_err(|_| crate::error::AlongsideError::refused("keys", "error-no-new-keys"))?
        .to_hex();
    crate::services::options::set(conn, &key, &id)?;
    Ok(id)
}
