//! The appointment actions the shells call: add, edit, reschedule, status, delete, list.

use jiff::civil::DateTime;
use jiff::{Timestamp, ToSpan};
use std::collections::HashMap;
use std::time::SystemTime;

use super::appointment::{clean_id, Appointment, AppointmentDraft, AppointmentStatus, End, Occurrence, Scope, Valid};
use super::appointment_store as store;
use super::problems::Problems;
use super::recurrence::{OccurrenceState, Series};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// The longest list one call returns, so a typo in a year cannot ask for centuries.
const MAX_LIST_DAYS: i32 = 400;

#[uniffi::export]
impl Vault {
    /// Adds an appointment (or a repeating series) and returns its id.
    pub fn add_appointment(&self, draft: AppointmentDraft, now: SystemTime) -> Result<String> {
        let now = time::unix(now)?;
        self.write(|tx| insert(tx, &draft, now))
    }

    /// Replaces an appointment's details. A new start moves the whole series; statuses
    /// already recorded stay with their occurrences. When the start moves to another day
    /// and the series' end date is left as it was, the end date moves by the same number
    /// of days, so no date falls off the end.
    pub fn edit_appointment(&self, id: String, draft: AppointmentDraft, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let mut series = store::load(tx, &id)?;
            let mut v = validated(tx, &draft, series.v.venue_id.as_deref())?;
            if let (Some((_, old_end @ End::Until(_))), Some((_, end))) = (&series.v.repeat, &mut v.repeat) {
                if end == old_end {
                    shift_until(end, days_between(series.v.start, v.start))?;
                }
            }
            series.v = v;
            store::save(tx, &series, now)
        })
    }

    /// Moves one occurrence, or this and every later one, to `new_start` (local
    /// "YYYY-MM-DDTHH:MM" in the appointment's zone). Returns the id of the series that
    /// now holds the occurrence (a new one when a series is split). Moving this and the
    /// following ones keeps every date: a series that ends on a date has that end date
    /// moved by the same number of days.
    ///
    /// A new start in the spring-forward gap is refused; one that happens twice (the
    /// clocks go back) needs `clock_change`, as in [`AppointmentDraft::clock_change`].
    #[uniffi::method(default(clock_change))]
    pub fn reschedule_appointment(
        &self,
        id: String,
        occurrence: u32,
        new_start: String,
        scope: Scope,
        now: SystemTime,
        clock_change: Option<time::ClockChangeChoice>,
    ) -> Result<String> {
        let now = time::unix(now)?;
        let new_start = time::parse_local("new start", &new_start)?;
        super::appointment::check_year("new start", new_start.date())?;
        self.write(|tx| reschedule(tx, &id, occurrence, new_start, scope, clock_change, now))
    }

    /// Marks an occurrence attended, missed, cancelled or planned again. Attended and
    /// missed can only be recorded once the appointment has started.
    pub fn set_appointment_status(
        &self,
        id: String,
        occurrence: u32,
        status: AppointmentStatus,
        now: SystemTime,
    ) -> Result<()> {
        let now_ts = time::timestamp(now)?;
        if status == AppointmentStatus::Rescheduled {
            return Err(AlongsideError::refused("status", "error-move-by-rescheduling"));
        }
        self.write(|tx| {
            let mut series = store::load(tx, &id)?;
            let e = series
                .expand(occurrence)?
                .ok_or_else(|| AlongsideError::not_found("appointment"))?;
            if matches!(status, AppointmentStatus::Attended | AppointmentStatus::Missed) && e.start_at > now_ts {
                return Err(AlongsideError::refused("status", "error-mark-after-start"));
            }
            set_status(&mut series, occurrence, status);
            store::save(tx, &series, now_ts.as_second())
        })
    }

    /// Cancels one occurrence, or this and every later one (the series then ends here).
    pub fn cancel_appointment(&self, id: String, occurrence: u32, scope: Scope, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let mut series = store::load(tx, &id)?;
            series
                .scheduled(occurrence)
                .ok_or_else(|| AlongsideError::not_found("appointment"))?;
            set_status(&mut series, occurrence, AppointmentStatus::Cancelled);
            if scope == Scope::ThisAndFollowing {
                if let Some((_, end)) = &mut series.v.repeat {
                    *end = End::Count(occurrence + 1);
                }
            }
            store::save(tx, &series, now)
        })
    }

    /// Deletes an appointment and its whole series. A care team she shares it with is
    /// told it was removed.
    pub fn delete_appointment(&self, id: String, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            store::delete(tx, &id)?;
            crate::sharing::appointment_deleted(tx, &id, now)
        })
    }

    /// One appointment (series) as stored.
    pub fn appointment(&self, id: String) -> Result<Appointment> {
        self.read(|conn| Ok(store::load(conn, &id)?.to_record()))
    }

    /// Every occurrence from `from_date` to `to_date` inclusive (local dates in her home
    /// zone, "YYYY-MM-DD"), in time order; cancelled ones included so she sees them.
    pub fn appointments_between(&self, from_date: String, to_date: String) -> Result<Vec<Occurrence>> {
        let (from, to) = time::date_range(&from_date, &to_date, MAX_LIST_DAYS)?;
        self.read(|conn| {
            let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
            let start = time::resolve(from.to_datetime(jiff::civil::Time::midnight()), &tz)?.timestamp();
            let end_date = to
                .checked_add(1.day())
                .map_err(|_| AlongsideError::refused("to", "error-date-far-away"))?;
            let end = time::resolve(end_date.to_datetime(jiff::civil::Time::midnight()), &tz)?.timestamp();
            let mut out = occurrences_in(conn, start, end)?;
            crate::services::places::attach(conn, &mut out)?;
            Ok(out)
        })
    }

    /// Books a new appointment to replace a missed one; the missed appointment's
    /// follow-up then disappears from Today. Returns the new id.
    pub fn rebook_missed_appointment(
        &self,
        id: String,
        occurrence: u32,
        draft: AppointmentDraft,
        now: SystemTime,
    ) -> Result<String> {
        let now = time::unix(now)?;
        self.write(|tx| rebook(tx, &id, occurrence, &draft, now))
    }

    /// Books the same appointment again at `new_start` (local "YYYY-MM-DDTHH:MM") to
    /// replace a missed occurrence: same title, kind, place, people, notes and reminders,
    /// not repeating. Returns the new id. A new start that happens twice (the clocks go
    /// back) needs `clock_change`, as in [`AppointmentDraft::clock_change`].
    #[uniffi::method(default(clock_change))]
    pub fn rebook_missed_appointment_at(
        &self,
        id: String,
        occurrence: u32,
        new_start: String,
        now: SystemTime,
        clock_change: Option<time::ClockChangeChoice>,
    ) -> Result<String> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let s = store::load(tx, &id)?;
            let draft = AppointmentDraft {
                title: s.v.title.clone(),
                kind: s.v.kind,
                start: new_start,
                time_zone: Some(s.v.zone_name.clone()),
                duration_minutes: s.v.duration_minutes,
                location: s.v.location.clone(),
                with_whom: s.v.with_whom.clone(),
                notes: s.v.notes.clone(),
                reminder_minutes_before: s.v.reminders.clone(),
                repeat: None,
                venue_id: s.v.venue_id.clone(),
                clock_change,
            };
            rebook(tx, &id, occurrence, &draft, now)
        })
    }

    /// Sets aside the offer to rebook a missed appointment.
    pub fn dismiss_missed_follow_up(&self, id: String, occurrence: u32, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let mut series = store::load(tx, &id)?;
            match series.states.get_mut(&occurrence) {
                Some(st) if st.status == AppointmentStatus::Missed => st.follow_up_dismissed = true,
                _ => return Err(AlongsideError::refused("appointment", "error-appointment-not-missed")),
            }
            store::save(tx, &series, now)
        })
    }
}

/// Moves occurrence `occurrence` of series `id`, or it and every later one, to
/// `new_start`, inside the caller's transaction; returns the id of the series that now
/// holds it.
pub(crate) fn reschedule(
    tx: &rusqlite::Connection,
    id: &str,
    occurrence: u32,
    new_start: DateTime,
    scope: Scope,
    clock_change: Option<time::ClockChangeChoice>,
    now: i64,
) -> Result<String> {
    let mut series = store::load(tx, id)?;
    series
        .scheduled(occurrence)
        .ok_or_else(|| AlongsideError::not_found("appointment"))?;
    let (_, second) = time::exact_local("new start", new_start, &series.v.zone, clock_change)?;
    if scope == Scope::ThisOccurrence || series.v.repeat.is_none() {
        let st = series.states.entry(occurrence).or_insert(OccurrenceState {
            status: AppointmentStatus::Planned,
            moved_to: None,
            moved_second: false,
            follow_up_dismissed: false,
            forgotten: false,
        });
        st.moved_to = Some(new_start);
        st.moved_second = second;
        st.status = AppointmentStatus::Rescheduled;
        store::save(tx, &series, now)?;
        return Ok(id.to_string());
    }
    if occurrence == 0 {
        let days = days_between(series.v.start, new_start);
        series.v.start = new_start;
        series.v.start_second = second;
        if let Some((_, end)) = &mut series.v.repeat {
            shift_until(end, days)?;
        }
        store::save(tx, &series, now)?;
        return Ok(id.to_string());
    }
    let mut tail = split_at(&mut series, occurrence, new_start)?;
    tail.v.start_second = second;
    store::save(tx, &series, now)?;
    store::save(tx, &tail, now)?;
    Ok(tail.id)
}

/// Books `draft` to replace missed occurrence `occurrence` of `id`, inside one transaction.
fn rebook(tx: &rusqlite::Connection, id: &str, occurrence: u32, draft: &AppointmentDraft, now: i64) -> Result<String> {
    let missed = store::load(tx, id)?;
    if missed.states.get(&occurrence).map(|s| s.status) != Some(AppointmentStatus::Missed) {
        return Err(AlongsideError::refused("appointment", "error-rebook-only-missed"));
    }
    let series = Series {
        id: uuid::Uuid::new_v4().to_string(),
        v: validated(tx, draft, missed.v.venue_id.as_deref())?,
        states: HashMap::new(),
    };
    store::save(tx, &series, now)?;
    store::set_rebooks(tx, &series.id, id, occurrence)?;
    Ok(series.id)
}

/// Adds `draft` as a new series inside the caller's transaction; returns its id.
pub(crate) fn insert(tx: &rusqlite::Connection, draft: &AppointmentDraft, now: i64) -> Result<String> {
    let series = Series {
        id: uuid::Uuid::new_v4().to_string(),
        v: validated(tx, draft, None)?,
        states: HashMap::new(),
    };
    store::save(tx, &series, now)?;
    Ok(series.id)
}

/// Checks `draft` exactly as saving does, noting every problem in `problems`: each field,
/// then a chosen venue against the installed directory. When she gave no location, the
/// venue's name and address are kept as the location, so the appointment still says where
/// even if a later directory drops the venue. A venue the series already had (`already`)
/// is kept without the check, so editing an old appointment never fails because the
/// directory changed.
pub(crate) fn check_draft(
    conn: &rusqlite::Connection,
    draft: &AppointmentDraft,
    already: Option<&str>,
    problems: &mut Problems,
) -> Result<Option<Valid>> {
    let home = crate::vault::settings_zone(conn)?;
    let valid = draft.check(&home, problems)?;
    // The venue is looked up even when other fields have problems, so all show at once.
    let venue_id = match &valid {
        Some(v) => v.venue_id.clone(),
        None => clean_id(&draft.venue_id).ok().flatten(),
    };
    let venue = match venue_id.as_deref() {
        Some(id) => {
            let found = crate::services::store::venue(conn, id)?;
            if found.is_none() && already != Some(id) {
                problems.take::<()>(Err(crate::services::places::not_in_directory()))?;
            }
            found
        }
        None => None,
    };
    Ok(valid.map(|mut v| {
        if v.location.is_none() {
            v.location = venue.as_ref().map(crate::services::places::location_text);
        }
        v
    }))
}

/// The checked draft, or the first problem as `InvalidInput`: what every save does.
fn validated(conn: &rusqlite::Connection, draft: &AppointmentDraft, already: Option<&str>) -> Result<Valid> {
    let mut problems = Problems::default();
    let valid = check_draft(conn, draft, already, &mut problems)?;
    problems.into_result(valid)
}

/// Every occurrence overlapping `[from, to)`, in time order.
pub(crate) fn occurrences_in(conn: &rusqlite::Connection, from: Timestamp, to: Timestamp) -> Result<Vec<Occurrence>> {
    let mut out = Vec::new();
    for s in store::load_window(conn, from, to)? {
        for e in s.in_window(from, to)? {
            out.push(s.occurrence(&e)?);
        }
    }
    out.sort_by(|a, b| {
        a.starts_at
            .cmp(&b.starts_at)
            .then_with(|| a.appointment_id.cmp(&b.appointment_id))
    });
    Ok(out)
}

fn set_status(series: &mut Series, occurrence: u32, status: AppointmentStatus) {
    let st = series.states.entry(occurrence).or_insert(OccurrenceState {
        status: AppointmentStatus::Planned,
        moved_to: None,
        moved_second: false,
        follow_up_dismissed: false,
        forgotten: false,
    });
    // A moved occurrence that is set back to planned is still moved.
    st.status = if status == AppointmentStatus::Planned && st.moved_to.is_some() {
        AppointmentStatus::Rescheduled
    } else {
        status
    };
    if st.status == AppointmentStatus::Planned && !st.follow_up_dismissed && !st.forgotten {
        series.states.remove(&occurrence);
    }
}

/// Splits a series before `occurrence`: the original keeps the earlier ones, a new series
/// starting at `new_start` takes that one and the rest, with their recorded state.
fn split_at(series: &mut Series, occurrence: u32, new_start: DateTime) -> Result<Series> {
    let Some((every, end)) = series.v.repeat.clone() else {
        return Err(AlongsideError::refused(
            "appointment",
            "error-appointment-not-repeating",
        ));
    };
    let remaining = series.count() - occurrence;
    let scheduled = series
        .scheduled(occurrence)
        .ok_or_else(|| AlongsideError::not_found("appointment"))?;
    let mut tail_end = match end {
        End::Count(_) => End::Count(remaining),
        until @ End::Until(_) => until,
    };
    shift_until(&mut tail_end, days_between(scheduled, new_start))?;
    let mut tail_states = HashMap::new();
    series.states.retain(|i, st| {
        if *i >= occurrence {
            tail_states.insert(*i - occurrence, st.clone());
            false
        } else {
            true
        }
    });
    series.v.repeat = Some((every, End::Count(occurrence)));
    let mut v = series.v.clone();
    v.start = new_start;
    v.repeat = Some((every, tail_end));
    Ok(Series {
        id: uuid::Uuid::new_v4().to_string(),
        v,
        states: tail_states,
    })
}

/// Whole calendar days from `from`'s date to `to`'s date.
pub(crate) fn days_between(from: DateTime, to: DateTime) -> i64 {
    i64::from((to.date() - from.date()).get_days())
}

/// Moves an end date by `days`, so a series moved that many days keeps all its dates
/// (every date moves by the same amount, and so does the last one allowed). A count
/// needs nothing.
pub(crate) fn shift_until(end: &mut End, days: i64) -> Result<()> {
    if let End::Until(d) = end {
        let moved = d
            .checked_add(days.days())
            .map_err(|_| AlongsideError::invalid("new start", &crate::content::text("error-date-too-far", &[])))?;
        super::appointment::check_year("new start", moved)?;
        *d = moved;
    }
    Ok(())
}
