//! Reading and writing appointment series and their occurrence state.

use jiff::Timestamp;
use rusqlite::{params, Connection, Row};
use std::collections::HashMap;

use super::appointment::{End, Valid};
use super::recurrence::{OccurrenceState, Series};
use crate::codes;
use crate::error::{AlongsideError, Result};
use crate::{free_text, time};

const COLUMNS: &str = "id, title, kind, start_local, time_zone, duration_minutes, location, with_whom, notes, reminders, repeat_every_weeks, repeat_count, repeat_until, venue_id, start_second";

fn corrupt() -> AlongsideError {
    AlongsideError::VaultUnreadable {
        reason: "an appointment record is damaged".to_string(),
    }
}

fn series_from_row(row: &Row) -> rusqlite::Result<(String, Result<Valid>)> {
    let id: String = row.get(0)?;
    let kind: String = row.get(2)?;
    let start: String = row.get(3)?;
    let zone_name: String = row.get(4)?;
    let reminders: String = row.get(9)?;
    let every: Option<u32> = row.get(10)?;
    let count: Option<u32> = row.get(11)?;
    let until: Option<String> = row.get(12)?;
    // Made safe again as read: rows written before the free-text rules may hold anything.
    let title = free_text::line(row.get(1)?);
    let duration: u32 = row.get(5)?;
    let location = free_text::opt_line(row.get(6)?);
    let with_whom = free_text::opt_line(row.get(7)?);
    let notes = free_text::opt_notes(row.get(8)?);
    let venue_id: Option<String> = row.get(13)?;
    let start_second: bool = row.get(14)?;
    let valid = (|| -> Result<Valid> {
        let repeat = match (every, count, until) {
            (Some(e), Some(n), _) => Some((e, End::Count(n))),
            (Some(e), None, Some(u)) => Some((
                e,
                End::Until(time::parse_date("repeat until", &u).map_err(|_| corrupt())?),
            )),
            (None, _, _) => None,
            _ => return Err(corrupt()),
        };
        Ok(Valid {
            title,
            kind: codes::parse(&kind).ok_or_else(corrupt)?,
            start: time::parse_local("start", &start).map_err(|_| corrupt())?,
            start_second,
            zone: time::zone(&zone_name).map_err(|_| corrupt())?,
            zone_name,
            duration_minutes: duration,
            location,
            with_whom,
            notes,
            reminders: serde_json::from_str(&reminders)?,
            repeat,
            venue_id,
        })
    })();
    Ok((id, valid))
}

fn attach_states(conn: &Connection, series: &mut [Series]) -> Result<()> {
    if series.is_empty() {
        return Ok(());
    }
    let index: HashMap<String, usize> = series.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT occurrence, status, moved_to_local, follow_up_dismissed, moved_to_second, forgotten FROM occurrences
         WHERE appointment_id = ?1",
    )?;
    for (id, i) in index {
        let rows = stmt.query_map([&id], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, bool>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, bool>(5)?,
            ))
        })?;
        for row in rows {
            let (occ, status, moved, dismissed, moved_second, forgotten) = row?;
            let moved_to = match moved {
                Some(m) => Some(time::parse_local("moved", &m).map_err(|_| corrupt())?),
                None => None,
            };
            series[i].states.insert(
                occ,
                OccurrenceState {
                    status: codes::parse(&status).ok_or_else(corrupt)?,
                    moved_to,
                    moved_second,
                    follow_up_dismissed: dismissed,
                    forgotten,
                },
            );
        }
    }
    Ok(())
}

fn collect(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Series>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, series_from_row)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, v) = row?;
        out.push(Series {
            id,
            v: v?,
            states: HashMap::new(),
        });
    }
    attach_states(conn, &mut out)?;
    Ok(out)
}

/// One series by id.
pub(crate) fn load(conn: &Connection, id: &str) -> Result<Series> {
    collect(conn, &format!("SELECT {COLUMNS} FROM appointments WHERE id = ?1"), [id])?
        .pop()
        .ok_or_else(|| AlongsideError::not_found("appointment"))
}

/// Every series with an occurrence that may overlap `[from, to)`.
pub(crate) fn load_window(conn: &Connection, from: Timestamp, to: Timestamp) -> Result<Vec<Series>> {
    collect(
        conn,
        &format!("SELECT {COLUMNS} FROM appointments WHERE first_start_utc < ?2 AND last_end_utc > ?1 ORDER BY first_start_utc"),
        params![from.as_second(), to.as_second()],
    )
}

/// Every series, oldest first (exports).
pub(crate) fn load_all(conn: &Connection) -> Result<Vec<Series>> {
    collect(
        conn,
        &format!("SELECT {COLUMNS} FROM appointments ORDER BY first_start_utc, id"),
        [],
    )
}

/// Inserts or replaces a series' own fields and refreshes its bounds.
pub(crate) fn save(conn: &Connection, s: &Series, now: i64) -> Result<()> {
    let v = &s.v;
    let (every, count, until) = match &v.repeat {
        None => (None, None, None),
        Some((e, End::Count(n))) => (Some(*e), Some(*n), None),
        Some((e, End::Until(d))) => (Some(*e), None, Some(d.to_string())),
    };
    let (lo, hi) = s.bounds()?;
    conn.execute(
        "INSERT INTO appointments (id, title, kind, start_local, time_zone, duration_minutes, location, with_whom, notes, reminders,
             repeat_every_weeks, repeat_count, repeat_until, first_start_utc, last_end_utc, created_at, updated_at, venue_id,
             start_second)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, ?17, ?18)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, kind = excluded.kind, start_local = excluded.start_local,
             time_zone = excluded.time_zone, duration_minutes = excluded.duration_minutes, location = excluded.location,
             with_whom = excluded.with_whom, notes = excluded.notes, reminders = excluded.reminders,
             repeat_every_weeks = excluded.repeat_every_weeks, repeat_count = excluded.repeat_count,
             repeat_until = excluded.repeat_until, first_start_utc = excluded.first_start_utc,
             last_end_utc = excluded.last_end_utc, updated_at = excluded.updated_at, venue_id = excluded.venue_id,
             start_second = excluded.start_second",
        params![
            s.id, v.title, codes::code(&v.kind), time::format_local(v.start), v.zone_name, v.duration_minutes,
            v.location, v.with_whom, v.notes, serde_json::to_string(&v.reminders).unwrap_or_else(|_| "[]".into()),
            every, count, until, lo.as_second(), hi.as_second(), now, v.venue_id, v.start_second
        ],
    )?;
    save_states(conn, s, now)?;
    // Every change to a series passes here, so this is where sharing hears of it.
    crate::sharing::changed(conn, crate::sharing::items::Change::Appointment(s.id.clone()), now)
}

/// Rewrites the per-occurrence rows, dropping any beyond the end of the series.
fn save_states(conn: &Connection, s: &Series, now: i64) -> Result<()> {
    conn.execute("DELETE FROM occurrences WHERE appointment_id = ?1", [&s.id])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO occurrences (appointment_id, occurrence, status, moved_to_local, updated_at, follow_up_dismissed, start_utc,
             moved_to_second, forgotten)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, st) in &s.states {
        // A forgotten date keeps its row, or it would come back as planned.
        let Some(e) = s.expand_any(*i)? else { continue };
        stmt.execute(params![
            s.id,
            i,
            codes::code(&st.status),
            st.moved_to.map(time::format_local),
            now,
            st.follow_up_dismissed,
            e.start_at.as_second(),
            st.moved_second,
            st.forgotten
        ])?;
    }
    Ok(())
}

/// Records which missed occurrence a new appointment rebooks.
pub(crate) fn set_rebooks(conn: &Connection, new_id: &str, missed_id: &str, occurrence: u32) -> Result<()> {
    conn.execute(
        "UPDATE appointments SET rebooks_appointment = ?2, rebooks_occurrence = ?3 WHERE id = ?1",
        params![new_id, missed_id, occurrence],
    )?;
    Ok(())
}

/// A missed occurrence whose offer to rebook is still open.
pub(crate) struct FollowUp {
    pub appointment_id: String,
    pub occurrence: u32,
    pub title: String,
}

/// Missed occurrences in `[since, until)` whose follow-up is still open: not dismissed and
/// not rebooked.
pub(crate) fn open_follow_ups(conn: &Connection, since: Timestamp, until: Timestamp) -> Result<Vec<FollowUp>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.appointment_id, o.occurrence, s.title FROM occurrences o JOIN appointments s ON s.id = o.appointment_id
         WHERE o.status = 'missed' AND o.follow_up_dismissed = 0 AND o.start_utc >= ?1 AND o.start_utc < ?2
           AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.rebooks_appointment = o.appointment_id AND a.rebooks_occurrence = o.occurrence)
         ORDER BY o.start_utc",
    )?;
    let rows = stmt.query_map(params![since.as_second(), until.as_second()], |r| {
        Ok(FollowUp {
            appointment_id: r.get(0)?,
            occurrence: r.get(1)?,
            title: free_text::line(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes a series and its occurrence state. Missing ids are `NotFound`.
pub(crate) fn delete(conn: &Connection, id: &str) -> Result<()> {
    let n = conn.execute("DELETE FROM appointments WHERE id = ?1", [id])?;
    if n == 0 {
        return Err(AlongsideError::not_found("appointment"));
    }
    Ok(())
}
