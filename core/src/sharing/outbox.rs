//! The enforcement point and the outbox. An item enters the outbox only if an active
//! grant covers its category, date and (for an appointment) kind for a paired contact; it
//! is written in the same transaction as the change that produced it, with a ledger line
//! for her to read. An item whose content is unchanged since the last version queued for
//! that contact is not queued again. An item a contact was sent that their grants no
//! longer cover (she changed an appointment to a kind she doesn't share with them) is
//! withdrawn from them with a tombstone, as a deletion is.

use rusqlite::{params, Connection, OptionalExtension};

use super::grants::{self, StoredGrant};
use super::items::Item;
use crate::content::text;
use crate::error::Result;

/// The hash `shared_items` keeps for an item withdrawn with a tombstone: its version goes
/// on counting, so if it is shared again the new version replaces the tombstone.
const WITHDRAWN: &str = "";

/// Queues each item for every contact whose active grant covers it, and withdraws it from
/// a contact it went to whose grants no longer cover it; returns how many envelopes were
/// queued.
pub(crate) fn queue(conn: &Connection, items: &[Item], now: i64) -> Result<u32> {
    if items.is_empty() {
        return Ok(0);
    }
    let active = grants::active(conn)?;
    let mut contacts: Vec<&str> = Vec::new();
    for g in &active {
        if !contacts.contains(&g.contact_id.as_str()) {
            contacts.push(&g.contact_id);
        }
    }
    let mut queued = 0;
    for contact in contacts {
        let theirs: Vec<&StoredGrant> = active.iter().filter(|g| g.contact_id == contact).collect();
        for item in items {
            let sent = match theirs.iter().find(|g| covers(g, item)) {
                Some(g) => queue_one(conn, g, item, now)?,
                None => withdraw_one(conn, &theirs, item, now)?,
            };
            if sent {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

/// Queues `items` under one grant only (its first share).
pub(crate) fn queue_for(conn: &Connection, g: &StoredGrant, items: &[Item], now: i64) -> Result<u32> {
    let mut queued = 0;
    for item in items {
        if covers(g, item) && queue_one(conn, g, item, now)? {
            queued += 1;
        }
    }
    Ok(queued)
}

fn covers(g: &StoredGrant, item: &Item) -> bool {
    g.categories.contains(&item.category)
        && item.within(g.start, g.end)
        && item.appointment_kind.is_none_or(|k| g.appointment_kinds.contains(&k))
}

/// Withdraws `item` from the contact whose active grants are `theirs` (none covers it),
/// if it went to them under one of those grants: a tombstone, as for a deletion, so the
/// team no longer holds what she no longer shares with them. Returns whether one was queued.
fn withdraw_one(conn: &Connection, theirs: &[&StoredGrant], item: &Item, now: i64) -> Result<bool> {
    let Some(contact) = theirs.first().map(|g| g.contact_id.as_str()) else {
        return Ok(false);
    };
    let last: Option<(i64, String, String)> = conn
        .query_row(
            "SELECT version, hash, grant_id FROM shared_items WHERE contact_id = ?1 AND item_kind = ?2 AND item_id = ?3",
            params![contact, item.kind, item.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((version, hash, grant_id)) = last else {
        return Ok(false);
    };
    // Already withdrawn, or it went under a grant she has since stopped: what they
    // received then stays with them, as stopping says.
    let Some(g) = theirs.iter().find(|g| g.id == grant_id).filter(|_| hash != WITHDRAWN) else {
        return Ok(false);
    };
    let summary = text("share-item-unshared", &[("what", item.summary.as_str().into())]);
    insert(conn, g, item.kind, &item.id, version + 1, &[], true, &summary, now)?;
    conn.execute(
        "UPDATE shared_items SET version = ?4, hash = ?5 WHERE contact_id = ?1 AND item_kind = ?2 AND item_id = ?3",
        params![contact, item.kind, item.id, version + 1, WITHDRAWN],
    )?;
    Ok(true)
}

fn queue_one(conn: &Connection, g: &StoredGrant, item: &Item, now: i64) -> Result<bool> {
    let bytes = serde_json::to_vec(&item.payload)?;
    let hash = super::hash_hex(&bytes);
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT version, hash FROM shared_items WHERE contact_id = ?1 AND item_kind = ?2 AND item_id = ?3",
            params![g.contact_id, item.kind, item.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if last.as_ref().is_some_and(|(_, h)| *h == hash) {
        return Ok(false);
    }
    let version = last.map_or(1, |(v, _)| v + 1);
    // The hash is of the content alone, so an unchanged item is noticed whatever its version.
    let sent = serde_json::to_vec(&super::fhir::versioned(&item.payload, version))?;
    insert(conn, g, item.kind, &item.id, version, &sent, false, &item.summary, now)?;
    conn.execute(
        "INSERT INTO shared_items (contact_id, item_kind, item_id, version, hash, grant_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (contact_id, item_kind, item_id) DO UPDATE SET version = excluded.version, hash = excluded.hash,
             grant_id = excluded.grant_id",
        params![g.contact_id, item.kind, item.id, version, hash, g.id],
    )?;
    Ok(true)
}

/// Writes one envelope-to-be and its ledger line.
#[allow(clippy::too_many_arguments)]
pub(crate) fn insert(
    conn: &Connection,
    g: &StoredGrant,
    kind: &str,
    item_id: &str,
    version: i64,
    payload: &[u8],
    tombstone: bool,
    summary: &str,
    now: i64,
) -> Result<String> {
    let envelope_id = uuid::Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO outbox (envelope_id, contact_id, grant_id, item_kind, item_id, version, payload, tombstone,
             queued_at, next_attempt)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            envelope_id,
            g.contact_id,
            g.id,
            kind,
            item_id,
            version,
            payload,
            tombstone,
            now
        ],
    )?;
    conn.execute(
        "INSERT INTO share_ledger (envelope_id, contact_id, grant_id, item_kind, item_id, version, summary, queued_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![envelope_id, g.contact_id, g.id, kind, item_id, version, summary, now],
    )?;
    Ok(envelope_id)
}

/// Sends tombstones for every item of `kind` whose id starts with `prefix` that any
/// contact has been sent, under the grant it went under while that grant is active.
pub(crate) fn tombstones(conn: &Connection, kind: &str, prefix: &str, summary: &str, now: i64) -> Result<u32> {
    let active = grants::active(conn)?;
    let mut stmt = conn.prepare(
        "SELECT contact_id, item_id, version, grant_id FROM shared_items
         WHERE item_kind = ?1 AND substr(item_id, 1, length(?2)) = ?2 AND hash <> ?3",
    )?;
    let rows: Vec<(String, String, i64, String)> = stmt
        .query_map(params![kind, prefix, WITHDRAWN], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut n = 0;
    for (contact, item_id, version, grant_id) in rows {
        let Some(g) = active.iter().find(|g| g.id == grant_id && g.contact_id == contact) else {
            continue;
        };
        insert(conn, g, kind, &item_id, version + 1, &[], true, summary, now)?;
        conn.execute(
            "DELETE FROM shared_items WHERE contact_id = ?1 AND item_kind = ?2 AND item_id = ?3",
            params![contact, kind, item_id],
        )?;
        n += 1;
    }
    Ok(n)
}

/// Drops everything still waiting under `grant_id`; returns how many. Their ledger lines
/// say they were withdrawn, never sent.
pub(crate) fn withdraw(conn: &Connection, grant_id: &str, now: i64) -> Result<u32> {
    conn.execute(
        "UPDATE share_ledger SET withdrawn_at = ?2
         WHERE envelope_id IN (SELECT envelope_id FROM outbox WHERE grant_id = ?1)",
        params![grant_id, now],
    )?;
    let n = conn.execute("DELETE FROM outbox WHERE grant_id = ?1", [grant_id])?;
    Ok(n as u32)
}

/// How many envelopes are waiting, for one contact or all.
pub(crate) fn pending(conn: &Connection, contact_id: Option<&str>) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT count(*) FROM outbox WHERE ?1 IS NULL OR contact_id = ?1",
        [contact_id],
        |r| r.get(0),
    )?)
}
