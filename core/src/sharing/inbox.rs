//! What her care team sends back, once opened and checked: acknowledgements (which mark
//! her ledger "received") and appointment proposals she can accept into her diary or set
//! aside. A message seen twice is stored once.

use alongside_protocol::envelope::Opened;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use std::time::SystemTime;

use crate::content::text;
use crate::diary::appointment::{AppointmentDraft, AppointmentKind};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// A proposal from her team, ready to show.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct CareTeamMessage {
    pub message_id: String,
    pub contact_name: String,
    pub title: String,
    /// Local start "YYYY-MM-DDTHH:MM" in her home zone.
    pub start_local: String,
    pub duration_minutes: u32,
    /// Which of two equal clock times `start_local` is, when it happens twice that night.
    pub clock_change: Option<time::ClockChangeChoice>,
    /// "Maya Okafor (specialist midwife) suggests: Postnatal check, Tuesday 1 December, 10:00 to 10:30".
    pub summary: String,
}

/// Stores one opened message from `contact_id`; false if it was already stored or is of
/// a kind this version does not use.
pub(crate) fn store(conn: &Connection, contact_id: &str, m: &Opened, now: i64) -> Result<bool> {
    let kind = m.item.kind.as_str();
    if !matches!(kind, "ack" | "appointment-proposal" | "receipt") {
        return Ok(false);
    }
    let n = conn.execute(
        "INSERT OR IGNORE INTO care_messages (envelope_id, contact_id, kind, item_id, version, payload, received_at, handled_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?3 IN ('ack', 'receipt') THEN ?7 END)",
        params![
            m.id.to_hex(),
            contact_id,
            kind,
            m.item.id,
            i64::try_from(m.item.version).unwrap_or(i64::MAX),
            m.item.payload,
            now
        ],
    )?;
    if n == 1 && kind == "ack" {
        acknowledge(conn, contact_id, &m.item.payload, now)?;
    }
    if n == 1 && kind == "receipt" {
        for envelope in envelopes(&m.item.payload) {
            mark_received(conn, contact_id, &envelope, now)?;
            crate::support::request_store::mark_received(conn, contact_id, &envelope, now)?;
        }
    }
    Ok(n == 1)
}

/// The longest reply to a request kept: a few words, not a conversation.
const MAX_ANSWER: usize = 500;

/// The envelope ids (as stored) a reply names.
fn envelopes(payload: &[u8]) -> Vec<String> {
    let Ok(v) = serde_json::from_slice::<Value>(payload) else {
        return Vec::new();
    };
    v["envelopes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|hex| uuid::Uuid::try_parse(hex).ok())
        .map(|u| u.to_string())
        .collect()
}

/// Marks the envelopes an acknowledgement names as received, for this contact only; a
/// request for support it names is answered, with their words if they wrote some.
fn acknowledge(conn: &Connection, contact_id: &str, payload: &[u8], now: i64) -> Result<()> {
    // Anyone she paired with can write this, so it is made safe before it is kept.
    let message: Option<String> = serde_json::from_slice::<Value>(payload)
        .ok()
        .and_then(|v| v["message"].as_str().map(crate::free_text::typed_lines))
        .map(|m| m.chars().take(MAX_ANSWER).collect::<String>())
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty());
    for envelope in envelopes(payload) {
        mark_received(conn, contact_id, &envelope, now)?;
        crate::support::request_store::mark_answered(conn, contact_id, &envelope, message.as_deref(), now)?;
    }
    Ok(())
}

/// Their app said `envelope` arrived: her ledger says "Received by …" (for this contact's
/// envelopes only).
fn mark_received(conn: &Connection, contact_id: &str, envelope: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE share_ledger SET acknowledged_at = ?3 WHERE envelope_id = ?1 AND contact_id = ?2
             AND acknowledged_at IS NULL",
        params![envelope, contact_id, now],
    )?;
    Ok(())
}

fn proposal(payload: &[u8]) -> Option<(String, jiff::Timestamp, jiff::Timestamp)> {
    let v: Value = serde_json::from_slice(payload).ok()?;
    if v["resourceType"] != "Appointment" || v["status"] != "proposed" {
        return None;
    }
    // Read from the stored message each time, so a title kept before the free-text rules
    // is made safe too.
    let title = crate::free_text::typed_line(v["description"].as_str()?);
    let start: jiff::Timestamp = v["start"].as_str()?.parse().ok()?;
    let end: jiff::Timestamp = v["end"].as_str()?.parse().ok()?;
    (end > start && !title.is_empty()).then_some((title, start, end))
}

#[uniffi::export]
impl Vault {
    /// Appointment proposals from her team that she has not accepted or set aside.
    pub fn care_team_messages(&self) -> Result<Vec<CareTeamMessage>> {
        self.read(|conn| {
            let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
            let names = super::contacts::display_names(conn)?;
            let mut stmt = conn.prepare_cached(
                "SELECT envelope_id, contact_id, payload FROM care_messages
                 WHERE kind = 'appointment-proposal' AND handled_at IS NULL ORDER BY received_at, envelope_id",
            )?;
            let rows: Vec<(String, String, Vec<u8>)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for (id, contact, payload) in rows {
                let Some((title, start, end)) = proposal(&payload) else {
                    continue;
                };
                let local = start.to_zoned(tz.clone());
                let end_local = end.to_zoned(tz.clone());
                let name = names.get(&contact).cloned().unwrap_or_default();
                out.push(CareTeamMessage {
                    message_id: id,
                    summary: text(
                        "care-team-proposal",
                        &[
                            ("name", name.as_str().into()),
                            ("title", title.as_str().into()),
                            ("date", crate::content::short_date(local.date()).into()),
                            ("start", time::clock_words(&local).into()),
                            ("end", time::clock_words(&end_local).into()),
                        ],
                    ),
                    contact_name: name,
                    title,
                    start_local: time::format_local(local.datetime()),
                    clock_change: time::happens_twice(local.datetime(), &tz).then_some(
                        if time::resolve(local.datetime(), &tz)?.timestamp() == local.timestamp() {
                            time::ClockChangeChoice::First
                        } else {
                            time::ClockChangeChoice::Second
                        },
                    ),
                    duration_minutes: ((end - start).get_seconds() / 60).clamp(1, 24 * 60) as u32,
                });
            }
            Ok(out)
        })
    }

    /// Adds a proposed appointment to her diary, with whom it came from, and sets the
    /// proposal aside, in one transaction (so it can never be accepted twice). Returns
    /// the new appointment's id.
    pub fn accept_appointment_proposal(&self, message_id: String, now: SystemTime) -> Result<String> {
        let m = self
            .care_team_messages()?
            .into_iter()
            .find(|m| m.message_id == message_id)
            .ok_or_else(|| AlongsideError::not_found("message"))?;
        let draft = AppointmentDraft {
            title: m.title,
            kind: AppointmentKind::Other,
            start: m.start_local,
            time_zone: None,
            duration_minutes: m.duration_minutes,
            location: None,
            with_whom: Some(m.contact_name),
            notes: None,
            reminder_minutes_before: vec![24 * 60],
            repeat: None,
            venue_id: None,
            clock_change: m.clock_change,
        };
        let now = time::unix(now)?;
        self.write(|tx| {
            let handled = tx.execute(
                "UPDATE care_messages SET handled_at = ?2 WHERE envelope_id = ?1 AND handled_at IS NULL",
                params![message_id, now],
            )?;
            if handled == 0 {
                return Err(AlongsideError::not_found("message"));
            }
            crate::diary::appointment_api::insert(tx, &draft, now)
        })
    }

    /// Sets a message aside without acting on it.
    pub fn dismiss_care_team_message(&self, message_id: String, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let found: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM care_messages WHERE envelope_id = ?1",
                    [&message_id],
                    |r| r.get(0),
                )
                .optional()?;
            found.ok_or_else(|| AlongsideError::not_found("message"))?;
            tx.execute(
                "UPDATE care_messages SET handled_at = ?2 WHERE envelope_id = ?1 AND handled_at IS NULL",
                params![message_id, now],
            )?;
            Ok(())
        })
    }
}
