//! Which scheduled dose she means when she names none. A phone shows a button on each
//! dose, but a text shell (the CLI's `dose take ID`) has only the medicine, so on a
//! split-dose day the core picks one, the same way every time: the dose due now, or the
//! next one not logged yet. The shell then says which dose was logged, so a wrong guess
//! is seen at once and can be logged again with the dose named.

use std::time::SystemTime;

use super::dose::{DoseState, DoseView};
use super::dose_api::doses_on;
use super::medicine::DoseSlot;
use super::{dose_store, medicine_store};
use crate::content::text;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

impl Vault {
    /// The scheduled dose of `medicine_id` on `date` ("YYYY-MM-DD") to log when she does
    /// not say which: the day's only dose; on a day with more than one, of those not
    /// logged yet, the latest whose time has come (on her today) or else the first. When
    /// every dose that day is logged already she must say which to change (`InvalidInput`
    /// on "slot"). A day with no dose gives `Only`, for `log_dose` to explain. Not
    /// exported: the phones log the dose she taps.
    pub fn dose_to_log(&self, medicine_id: &str, date: &str, now: SystemTime) -> Result<DoseSlot> {
        let day = time::parse_date("date", date)?;
        let now = time::timestamp(now)?;
        self.read(|conn| {
            let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
            let local = now.to_zoned(tz.clone()).datetime();
            let medicine = medicine_store::load_one(conn, medicine_id)?;
            let log = dose_store::between(conn, day, day, Some(medicine_id))?;
            let doses: Vec<DoseView> = doses_on(std::slice::from_ref(&medicine), day, &log, &tz)
                .into_iter()
                .filter(|d| d.loggable)
                .collect();
            let clock = (local.date() == day).then(|| time::format_time(local.time()));
            choose(&doses, clock.as_deref())
        })
    }
}

/// `doses` in time order; `clock` is her "HH:MM" now when the day is her today.
fn choose(doses: &[DoseView], clock: Option<&str>) -> Result<DoseSlot> {
    match doses {
        [] => Ok(DoseSlot::Only),
        [one] => Ok(one.slot),
        _ => {
            let open: Vec<&DoseView> = doses.iter().filter(|d| d.state == DoseState::NotYetLogged).collect();
            // "HH:MM" strings order as times do.
            let due_now = clock.and_then(|now| {
                open.iter()
                    .rev()
                    .find(|d| d.scheduled_time.as_deref().is_some_and(|t| t <= now))
            });
            due_now
                .or(open.first())
                .map(|d| d.slot)
                .ok_or_else(|| AlongsideError::invalid("slot", &text("dose-slot-all-logged", &[])))
        }
    }
}
