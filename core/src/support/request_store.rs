//! Requests for support as stored in her vault, and how far each has got: whether it has
//! left the phone is read from its ledger line; receipts and answers from the recipient
//! are written here as they arrive.

use rusqlite::{params, Connection};

use super::request::{SupportRequestDraft, SupportRequestState};
use crate::error::{AlongsideError, Result};
use crate::free_text;

/// One request as stored, with its ledger's sent time.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub id: String,
    pub contact_id: String,
    pub grant_id: String,
    pub draft: SupportRequestDraft,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub received_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub answer: Option<String>,
    pub cancelled_at: Option<i64>,
}

impl Stored {
    pub fn state(&self) -> SupportRequestState {
        if self.cancelled_at.is_some() {
            SupportRequestState::Cancelled
        } else if self.answered_at.is_some() {
            SupportRequestState::Answered
        } else if self.received_at.is_some() {
            SupportRequestState::Received
        } else if self.sent_at.is_some() {
            SupportRequestState::Sent
        } else {
            SupportRequestState::WaitingToSend
        }
    }
}

pub(crate) struct New<'a> {
    pub id: &'a str,
    pub contact_id: &'a str,
    pub grant_id: &'a str,
    pub envelope_id: &'a str,
    pub draft: &'a SupportRequestDraft,
    pub now: i64,
}

pub(crate) fn insert(conn: &Connection, r: &New) -> Result<()> {
    conn.execute(
        "INSERT INTO support_requests (id, contact_id, grant_id, envelope_id, urgency, draft, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            r.id,
            r.contact_id,
            r.grant_id,
            r.envelope_id,
            crate::codes::code(&r.draft.urgency),
            serde_json::to_string(r.draft)?,
            r.now
        ],
    )?;
    Ok(())
}

const SELECT: &str = "SELECT r.id, r.contact_id, r.grant_id, r.envelope_id, r.draft, r.created_at, l.sent_at,
        r.received_at, r.answered_at, r.answer, r.cancelled_at
    FROM support_requests r LEFT JOIN share_ledger l ON l.envelope_id = r.envelope_id";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Stored> {
    let draft: String = r.get(4)?;
    // A damaged record reads as a conversion error, which names no content.
    let mut draft: SupportRequestDraft = serde_json::from_str(&draft)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e)))?;
    // Made safe again as read: requests and answers stored before the free-text rules may
    // hold anything.
    draft.name_to_use = free_text::opt_line(draft.name_to_use);
    draft.note = free_text::opt_notes(draft.note);
    Ok(Stored {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        grant_id: r.get(2)?,
        draft,
        created_at: r.get(5)?,
        sent_at: r.get(6)?,
        received_at: r.get(7)?,
        answered_at: r.get(8)?,
        answer: free_text::opt_notes(r.get(9)?),
        cancelled_at: r.get(10)?,
    })
}

/// Every request, newest first.
pub(crate) fn all(conn: &Connection) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY r.created_at DESC, r.rowid DESC"))?;
    let rows = stmt.query_map([], row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn load(conn: &Connection, id: &str) -> Result<Stored> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE r.id = ?1"))?;
    let found = stmt.query_map([id], row)?.next().transpose()?;
    found.ok_or_else(|| AlongsideError::not_found("request for support"))
}

pub(crate) fn set_cancelled(conn: &Connection, id: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE support_requests SET cancelled_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

/// Their app opened the request in `envelope_id` (only if it went to `contact_id`).
pub(crate) fn mark_received(conn: &Connection, contact_id: &str, envelope_id: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE support_requests SET received_at = ?3
         WHERE envelope_id = ?1 AND contact_id = ?2 AND received_at IS NULL",
        params![envelope_id, contact_id, now],
    )?;
    Ok(())
}

/// Someone there answered the request in `envelope_id`, perhaps with a few words.
pub(crate) fn mark_answered(
    conn: &Connection,
    contact_id: &str,
    envelope_id: &str,
    answer: Option<&str>,
    now: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE support_requests SET answered_at = ?3, answer = ?4, received_at = coalesce(received_at, ?3)
         WHERE envelope_id = ?1 AND contact_id = ?2 AND answered_at IS NULL",
        params![envelope_id, contact_id, now, answer],
    )?;
    Ok(())
}

/// Contacts with a request of hers not yet answered (nor taken back): her phone keeps
/// asking their relay for replies until then, and no longer.
pub(crate) fn awaiting_answer(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT contact_id FROM support_requests WHERE answered_at IS NULL AND cancelled_at IS NULL",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
