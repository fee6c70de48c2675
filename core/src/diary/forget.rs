//! Forgetting on purpose: she can let the app forget diary entries older than a period she
//! picks, forget one day, or forget one appointment (one date or the whole series), for good.
//!
//! What "one entry" means for each kind of record:
//! - an appointment: one date of it (a repeating series keeps its other dates; the forgotten
//!   date keeps only its position, flagged, so the series' numbering never shifts), or the
//!   whole series (`forget_appointment` with no date);
//! - doses: every dose logged on a day, with her answers about that day (`forget_day`);
//! - a request for support: the day it was made (`forget_day`), or by the period rule.
//!
//! Medicines themselves and their dose changes are kept: they are her treatment now, not
//! diary entries.
//!
//! "Older than" is by local date in her home zone: an appointment date, a dose day or a
//! request made before the cutoff day. A repeating series loses its past dates and keeps
//! its future ones; a series wholly in the past is deleted with its title.
//!
//! Nothing is sent to her care team: what they already have stays with them (the words say
//! so before she confirms). Her ledger keeps a line for each item that went (who, when,
//! under which agreement, what kind) because it is her only record of what they hold, but
//! its words about a forgotten entry are replaced, and anything not yet sent is withdrawn.
//!
//! The vault runs with `secure_delete` on, and every forgetting ends with `VACUUM` and a
//! truncating WAL checkpoint, so no freed page or old log frame keeps what was deleted.

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use rusqlite::{params, Connection, Transaction};
use std::time::SystemTime;

use super::appointment_store as store;
use crate::content::{long_date, text};
use crate::error::{AlongsideError, Result};
use crate::sharing::fhir;
use crate::time;
use crate::vault::Vault;
use crate::views::today::{add_days, midnight};

/// The periods she can choose, in months; 0 is "keep everything" (the default).
pub(crate) const FORGET_CHOICES: [u32; 5] = [0, 1, 3, 6, 12];
const SETTING: &str = "forget_after_months";

/// What would be (or was) forgotten, with the honest note about her care team.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ForgetPreview {
    /// Appointment dates (each date of a series counts once).
    pub appointments: u32,
    /// Doses logged.
    pub doses: u32,
    pub support_requests: u32,
    /// True when there is nothing to forget.
    pub nothing: bool,
    /// "2 appointments, 14 doses and 0 requests for support, from before 3 September 2026."
    pub summary: String,
    /// That what she already shared stays with her care team.
    pub team_note: String,
}

/// Which entries a forgetting covers.
#[derive(Clone, Copy)]
enum Span {
    /// Before this local date.
    Before(Date),
    /// On this local date.
    On(Date),
    /// Nothing ("keep everything"), as of this day.
    Nothing(Date),
}

impl Span {
    fn holds(self, d: Date) -> bool {
        match self {
            Span::Before(c) => d < c,
            Span::On(c) => d == c,
            Span::Nothing(_) => false,
        }
    }
}

/// What was found to forget.
#[derive(Default)]
struct Found {
    /// Series to delete whole, with how many visible dates they had.
    whole: Vec<(String, u32)>,
    /// Series keeping some dates: the positions to forget, with their start instants.
    dates: Vec<(String, Vec<(u32, i64)>)>,
    /// Dose log rows: id, medicine, day.
    doses: Vec<(String, String, Date)>,
    /// Support requests: id, envelope.
    requests: Vec<(String, String)>,
    /// Days whose answers about doses go too: from (none: the beginning) to, exclusive.
    answers: Option<(Option<Date>, Date)>,
}

impl Found {
    fn appointments(&self) -> u32 {
        self.whole.iter().map(|(_, n)| n).sum::<u32>() + self.dates.iter().map(|(_, d)| d.len() as u32).sum::<u32>()
    }

    fn preview(&self, span: Span) -> ForgetPreview {
        let appointments = self.appointments();
        let doses = self.doses.len() as u32;
        let support_requests = self.requests.len() as u32;
        let nothing = appointments == 0 && doses == 0 && support_requests == 0;
        let (id, date) = match span {
            Span::Before(d) => ("forget-summary", d),
            Span::On(d) => ("forget-day-summary", d),
            Span::Nothing(d) => ("forget-nothing", d),
        };
        let summary = if nothing {
            text("forget-nothing", &[])
        } else {
            text(
                id,
                &[
                    ("appointments", appointments.into()),
                    ("doses", doses.into()),
                    ("requests", support_requests.into()),
                    ("date", long_date(date).into()),
                ],
            )
        };
        ForgetPreview {
            appointments,
            doses,
            support_requests,
            nothing,
            summary,
            team_note: text("forget-team-note", &[]),
        }
    }
}

#[uniffi::export]
impl Vault {
    /// What forgetting entries older than `months` would remove at `now`, and the note that
    /// what she shared stays with her team. `months` must be one the settings screen offers.
    pub fn forget_preview(&self, months: u32, now: SystemTime) -> Result<ForgetPreview> {
        let now = time::timestamp(now)?;
        let months = checked_months(months)?;
        self.read(|conn| {
            let span = cutoff(conn, months, now)?;
            Ok(find(conn, span)?.preview(span))
        })
    }

    /// Forgets, for good, every entry older than `months` (see `forget_preview`), then
    /// compacts the database. Returns what was forgotten.
    pub fn forget_older_than(&self, months: u32, now: SystemTime) -> Result<ForgetPreview> {
        let now = time::timestamp(now)?;
        let months = checked_months(months)?;
        self.forget_span(|conn| cutoff(conn, months, now), now)
    }

    /// Sets how old an entry must be before the app forgets it (0: keep everything), and
    /// applies it at once. It is applied again at each unlock and on Today. Returns what
    /// was forgotten now.
    pub fn set_forget_after(&self, months: u32, now: SystemTime) -> Result<ForgetPreview> {
        let now_ts = time::timestamp(now)?;
        checked_months(months)?;
        self.write(|tx| crate::services::options::set(tx, SETTING, &months.to_string()))?;
        if months == 0 {
            return self.read(|conn| Ok(Found::default().preview(cutoff(conn, 0, now_ts)?)));
        }
        self.forget_older_than(months, now)
    }

    /// What forgetting the day `date` ("YYYY-MM-DD", her home zone) would remove.
    pub fn forget_day_preview(&self, date: String) -> Result<ForgetPreview> {
        let day = time::parse_date("date", &date)?;
        self.read(|conn| Ok(find(conn, Span::On(day))?.preview(Span::On(day))))
    }

    /// Forgets, for good, every appointment date, dose and request for support on `date`
    /// ("YYYY-MM-DD"), then compacts the database. Returns what was forgotten.
    pub fn forget_day(&self, date: String, now: SystemTime) -> Result<ForgetPreview> {
        let now = time::timestamp(now)?;
        let day = time::parse_date("date", &date)?;
        self.forget_span(|_| Ok(Span::On(day)), now)
    }

    /// Forgets one appointment for good: one date of it (`occurrence`), or the whole
    /// series when `occurrence` is none. Nothing is sent to her care team.
    pub fn forget_appointment(&self, id: String, occurrence: Option<u32>, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let series = store::load(tx, &id)?;
            let mut found = Found::default();
            match occurrence {
                None => found.whole.push((id.clone(), 1)),
                Some(i) => {
                    let e = series
                        .expand(i)?
                        .ok_or_else(|| AlongsideError::not_found("appointment"))?;
                    let keeps_others = (0..series.count()).any(|j| j != i && !series.is_forgotten(j));
                    if keeps_others {
                        found.dates.push((id.clone(), vec![(i, e.start_at.as_second())]));
                    } else {
                        found.whole.push((id.clone(), 1));
                    }
                }
            }
            apply(tx, &found, now)
        })?;
        self.compact()
    }
}

impl Vault {
    /// Applies her "forget entries older than" setting at `now`, if she set one. Called at
    /// unlock and on Today.
    pub(crate) fn forget_by_setting(&self, now: Timestamp) -> Result<()> {
        // Today calls this on every draw: look in a read first, and take the write lock
        // only when something has grown old enough to forget.
        let due = self.read(|conn| {
            let months = setting(conn)?;
            if months == 0 {
                return Ok(None);
            }
            let span = cutoff(conn, months, now)?;
            Ok((!find(conn, span)?.preview(span).nothing).then_some(months))
        })?;
        match due {
            Some(months) => self.forget_span(|conn| cutoff(conn, months, now), now).map(|_| ()),
            None => Ok(()),
        }
    }

    fn forget_span(&self, span: impl FnOnce(&Connection) -> Result<Span>, now: Timestamp) -> Result<ForgetPreview> {
        let (span, found) = self.write(|tx| {
            let span = span(tx)?;
            let found = find(tx, span)?;
            apply(tx, &found, now.as_second())?;
            Ok((span, found))
        })?;
        let preview = found.preview(span);
        if !preview.nothing {
            self.compact()?;
        }
        Ok(preview)
    }
}

/// Her setting, in months (0: keep everything). An unreadable value keeps everything.
fn setting(conn: &Connection) -> Result<u32> {
    let stored = crate::services::options::get(conn, SETTING)?;
    Ok(stored
        .and_then(|v| v.parse().ok())
        .filter(|m| FORGET_CHOICES.contains(m))
        .unwrap_or(0))
}

/// Her setting, for the settings screen.
pub(crate) fn current_setting(conn: &Connection) -> Result<u32> {
    setting(conn)
}

fn checked_months(months: u32) -> Result<u32> {
    if FORGET_CHOICES.contains(&months) {
        Ok(months)
    } else {
        Err(AlongsideError::refused("months", "error-forget-choice"))
    }
}

fn today(conn: &Connection, now: Timestamp) -> Result<Date> {
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    Ok(now.to_zoned(tz).date())
}

/// Entries before the day `months` months before today are older than `months`; with 0
/// ("keep everything") nothing is.
fn cutoff(conn: &Connection, months: u32, now: Timestamp) -> Result<Span> {
    let today = today(conn, now)?;
    if months == 0 {
        return Ok(Span::Nothing(today));
    }
    let day = today
        .checked_sub(i64::from(months).months())
        .map_err(|_| AlongsideError::refused("months", "error-date-out-of-range"))?;
    Ok(Span::Before(day))
}

fn find(conn: &Connection, span: Span) -> Result<Found> {
    let mut found = Found::default();
    if let Span::Nothing(_) = span {
        return Ok(found);
    }
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    let (from, to) = match span {
        Span::Before(d) | Span::Nothing(d) => (None, d),
        Span::On(d) => (Some(d), add_days(d, 1)?),
    };
    let to_ts = midnight(to, &tz)?;
    for series in store::load_all(conn)? {
        let (lo, _) = series.bounds()?;
        if lo >= to_ts && series.states.values().all(|s| s.moved_to.is_none()) {
            continue;
        }
        let mut dates = Vec::new();
        let mut kept = false;
        for i in 0..series.count() {
            match series.expand(i)? {
                Some(e) if span.holds(e.start.date()) => dates.push((i, e.start_at.as_second())),
                Some(_) => kept = true,
                None => {}
            }
        }
        if dates.is_empty() {
            continue;
        }
        if kept {
            found.dates.push((series.id.clone(), dates));
        } else {
            found.whole.push((series.id.clone(), dates.len() as u32));
        }
    }
    let mut stmt = conn.prepare(
        "SELECT id, medicine_id, date FROM dose_log WHERE date < ?2 AND (?1 IS NULL OR date >= ?1) ORDER BY date",
    )?;
    let rows = stmt.query_map(params![from.map(|d| d.to_string()), to.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (id, medicine, day) = row?;
        let day = time::parse_date("date", &day).map_err(|_| AlongsideError::VaultUnreadable {
            reason: "a dose date is damaged".to_string(),
        })?;
        found.doses.push((id, medicine, day));
    }
    let from_ts = match from {
        Some(d) => midnight(d, &tz)?.as_second(),
        None => i64::MIN,
    };
    let mut stmt =
        conn.prepare("SELECT id, envelope_id FROM support_requests WHERE created_at >= ?1 AND created_at < ?2")?;
    let rows = stmt.query_map(params![from_ts, to_ts.as_second()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    for row in rows {
        found.requests.push(row?);
    }
    found.answers = Some((from, to));
    Ok(found)
}

/// Removes what was found, inside the caller's transaction. Her team is sent nothing.
fn apply(tx: &Transaction, found: &Found, now: i64) -> Result<()> {
    for (id, _) in &found.whole {
        store::delete(tx, id)?;
        forget_shared(tx, "appointment", Which::Prefix(&format!("{}-", fhir::id(id))), now)?;
    }
    for (id, dates) in &found.dates {
        for (i, start_utc) in dates {
            tx.execute(
                "INSERT INTO occurrences (appointment_id, occurrence, status, moved_to_local, updated_at, follow_up_dismissed,
                     start_utc, moved_to_second, forgotten)
                 VALUES (?1, ?2, 'cancelled', NULL, ?3, 1, ?4, 0, 1)
                 ON CONFLICT (appointment_id, occurrence) DO UPDATE SET status = 'cancelled', moved_to_local = NULL,
                     updated_at = ?3, follow_up_dismissed = 1, start_utc = ?4, moved_to_second = 0, forgotten = 1",
                params![id, i, now, start_utc],
            )?;
            forget_shared(tx, "appointment", Which::Exact(&fhir::id(&format!("{id}-{i}"))), now)?;
        }
    }
    for (id, medicine, day) in &found.doses {
        tx.execute("DELETE FROM dose_log WHERE id = ?1", [id])?;
        let prefix = fhir::id(&format!("{medicine}-{day}-"));
        forget_shared(tx, "dose", Which::Prefix(&prefix), now)?;
    }
    if let Some((from, to)) = found.answers {
        tx.execute(
            "DELETE FROM dose_day_answers WHERE date < ?2 AND (?1 IS NULL OR date >= ?1)",
            params![from.map(|d| d.to_string()), to.to_string()],
        )?;
    }
    for (id, envelope) in &found.requests {
        tx.execute("DELETE FROM support_requests WHERE id = ?1", [id])?;
        tx.execute("DELETE FROM outbox WHERE envelope_id = ?1", [envelope])?;
        tx.execute(
            "UPDATE share_ledger SET summary = ?2,
                 withdrawn_at = CASE WHEN sent_at IS NULL AND withdrawn_at IS NULL THEN ?3 ELSE withdrawn_at END
             WHERE envelope_id = ?1",
            params![envelope, text("forget-ledger-summary", &[]), now],
        )?;
    }
    Ok(())
}

/// Which shared items of a kind a forgotten entry was.
enum Which<'a> {
    Exact(&'a str),
    Prefix(&'a str),
}

/// Withdraws anything of the entry not yet sent, and replaces the ledger's words about it:
/// the line stays (who, when, what kind), so she still knows what her team holds.
fn forget_shared(tx: &Transaction, kind: &str, which: Which, now: i64) -> Result<()> {
    let (item, prefix) = match which {
        Which::Exact(id) => (id, false),
        Which::Prefix(p) => (p, true),
    };
    let matches = "item_kind = ?1 AND (item_id = ?2 OR (?3 AND substr(item_id, 1, length(?2)) = ?2))";
    tx.execute(
        &format!("DELETE FROM outbox WHERE {matches}"),
        params![kind, item, prefix],
    )?;
    tx.execute(
        &format!(
            "UPDATE share_ledger SET summary = ?4,
                 withdrawn_at = CASE WHEN sent_at IS NULL AND withdrawn_at IS NULL THEN ?5 ELSE withdrawn_at END
             WHERE {matches}"
        ),
        params![kind, item, prefix, text("forget-ledger-summary", &[]), now],
    )?;
    Ok(())
}
