//! Moving an appointment's date, for a form that asks which dates: only this one, this
//! and the ones after it, or every date of the series. The first two are the reschedules
//! the core already had; every date moves the whole series by the change she made to
//! this one, so the phone never works out a series' first date.

use std::time::SystemTime;

use jiff::ToSpan;

use super::appointment::{check_year, AppointmentStatus, MoveScope, Scope};
use super::appointment_api::{days_between, reschedule, shift_until};
use super::appointment_store as store;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

#[uniffi::export]
impl Vault {
    /// Moves occurrence `occurrence` of appointment `id` to `new_start` (local
    /// "YYYY-MM-DDTHH:MM" in the appointment's zone), and with `scope` the later dates or
    /// every date too. Returns the id of the series that now holds this date (a new one
    /// when moving this and the following dates splits a series).
    ///
    /// `ThisDate` and `ThisAndFollowing` do what `reschedule_appointment` does. `AllDates`
    /// moves every date by as many days as this one moves, to the new time; an end date
    /// moves with them, and this date no longer shows as moved on its own. A one-off
    /// appointment is moved as one date whatever the scope. A new start in the
    /// spring-forward gap is refused; one that happens twice needs `clock_change`.
    #[uniffi::method(default(clock_change))]
    pub fn move_appointment(
        &self,
        id: String,
        occurrence: u32,
        new_start: String,
        scope: MoveScope,
        now: SystemTime,
        clock_change: Option<time::ClockChangeChoice>,
    ) -> Result<String> {
        let now = time::unix(now)?;
        let new_start = time::parse_local("new start", &new_start)?;
        check_year("new start", new_start.date())?;
        self.write(|tx| {
            let scope = match scope {
                MoveScope::ThisDate => Scope::ThisOccurrence,
                MoveScope::ThisAndFollowing => Scope::ThisAndFollowing,
                MoveScope::AllDates => {
                    let series = store::load(tx, &id)?;
                    if series.v.repeat.is_none() {
                        Scope::ThisOccurrence
                    } else {
                        return move_every_date(tx, &id, occurrence, new_start, clock_change, now);
                    }
                }
            };
            reschedule(tx, &id, occurrence, new_start, scope, clock_change, now)
        })
    }
}

/// Moves a whole series so that occurrence `occurrence` falls on `new_start`.
fn move_every_date(
    tx: &rusqlite::Connection,
    id: &str,
    occurrence: u32,
    new_start: jiff::civil::DateTime,
    clock_change: Option<time::ClockChangeChoice>,
    now: i64,
) -> Result<String> {
    let mut series = store::load(tx, id)?;
    let scheduled = series
        .scheduled(occurrence)
        .ok_or_else(|| AlongsideError::not_found("appointment"))?;
    let (_, second) = time::exact_local("new start", new_start, &series.v.zone, clock_change)?;
    let days = days_between(scheduled, new_start);
    let first = series
        .v
        .start
        .date()
        .checked_add(days.days())
        .map_err(|_| AlongsideError::refused("new start", "error-date-far-away"))?;
    check_year("new start", first)?;
    series.v.start = first.to_datetime(new_start.time());
    // Her choice between two equal times is about the date she moved; a first date that
    // lands on such a night is the first of the two, as calendars do.
    series.v.start_second = occurrence == 0 && second;
    if let Some((_, end)) = &mut series.v.repeat {
        shift_until(end, days)?;
    }
    // This date now follows the series, which puts it where she asked.
    if let Some(st) = series.states.get_mut(&occurrence) {
        st.moved_to = None;
        st.moved_second = false;
        if st.status == AppointmentStatus::Rescheduled {
            st.status = AppointmentStatus::Planned;
        }
        if st.status == AppointmentStatus::Planned && !st.follow_up_dismissed {
            series.states.remove(&occurrence);
        }
    }
    store::save(tx, &series, now)?;
    Ok(id.to_string())
}
