//! Reading and writing the dose log.

use jiff::civil::Date;
use rusqlite::{params, Connection};

use super::dose::DoseStatus;
use crate::codes;
use crate::error::{AlongsideError, Result};
use crate::time;

/// One logged dose.
#[derive(Debug, Clone)]
pub(crate) struct Logged {
    pub id: String,
    pub medicine_id: String,
    pub date: Date,
    pub slot: Option<i64>,
    pub status: DoseStatus,
    pub taken_at: Option<i64>,
    pub amount: Option<f64>,
    pub note: Option<String>,
}

fn corrupt() -> AlongsideError {
    AlongsideError::VaultUnreadable {
        reason: "a dose record is damaged".to_string(),
    }
}

/// Every entry between two dates inclusive, optionally for one medicine.
pub(crate) fn between(conn: &Connection, from: Date, to: Date, medicine: Option<&str>) -> Result<Vec<Logged>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, medicine_id, date, slot, status, taken_at, amount, note FROM dose_log
         WHERE date >= ?1 AND date <= ?2 AND (?3 IS NULL OR medicine_id = ?3)
         ORDER BY date, slot IS NULL, slot, taken_at",
    )?;
    let rows = stmt.query_map(params![from.to_string(), to.to_string(), medicine], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get(3)?,
            r.get::<_, String>(4)?,
            r.get(5)?,
            r.get(6)?,
            r.get(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, medicine_id, date, slot, status, taken_at, amount, note) = row?;
        out.push(Logged {
            id,
            medicine_id,
            date: time::parse_date("date", &date).map_err(|_| corrupt())?,
            slot,
            status: codes::parse(&status).ok_or_else(corrupt)?,
            taken_at,
            amount,
            note: crate::free_text::opt_notes(note),
        });
    }
    Ok(out)
}

/// Records a scheduled dose; logging the same slot again corrects the entry.
pub(crate) fn upsert_scheduled(conn: &Connection, l: &Logged, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO dose_log (id, medicine_id, date, slot, status, taken_at, amount, note, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (medicine_id, date, slot) WHERE slot IS NOT NULL DO UPDATE SET
             status = excluded.status, taken_at = excluded.taken_at, amount = excluded.amount,
             note = excluded.note, recorded_at = excluded.recorded_at",
        params![
            l.id,
            l.medicine_id,
            l.date.to_string(),
            l.slot,
            codes::code(&l.status),
            l.taken_at,
            l.amount,
            l.note,
            now
        ],
    )?;
    Ok(())
}

/// Records a scheduled dose not logged before (an answer to Today's question).
pub(crate) fn insert_scheduled(conn: &Connection, l: &Logged, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO dose_log (id, medicine_id, date, slot, status, taken_at, amount, note, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            l.id,
            l.medicine_id,
            l.date.to_string(),
            l.slot,
            codes::code(&l.status),
            l.taken_at,
            l.amount,
            l.note,
            now
        ],
    )?;
    Ok(())
}

/// Records an as-needed dose (always a new entry).
pub(crate) fn insert_as_needed(conn: &Connection, l: &Logged, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO dose_log (id, medicine_id, date, slot, status, taken_at, amount, note, recorded_at)
         VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7, ?8)",
        params![
            l.id,
            l.medicine_id,
            l.date.to_string(),
            codes::code(&l.status),
            l.taken_at,
            l.amount,
            l.note,
            now
        ],
    )?;
    Ok(())
}
