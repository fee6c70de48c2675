//! The local notifications a phone should schedule for a time window.
//!
//! The shell asks for a window (say the next two weeks), replaces what it scheduled before
//! using the stable ids, and asks again after any change. Text is discreet unless she has
//! turned detailed notifications on; family time is always discreet. Reminders "a whole number of days before" keep the
//! wall-clock time (10:00 the day before a 10:00 appointment, even across a clock change);
//! others are exact durations.

use jiff::{Timestamp, ToSpan, Zoned};
use sha2::{Digest, Sha256};
use std::time::SystemTime;

use super::appointment::{AppointmentKind, AppointmentStatus, Occurrence};
use super::dose::DoseState;
use super::{dose_api, dose_store, medicine_store};
use crate::content::text;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

const MAX_WINDOW_DAYS: i64 = 62;
const MAX_OFFSET_DAYS: i64 = 29;

/// What a reminder is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    Appointment,
    Dose,
}

/// One local notification to schedule.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Reminder {
    /// Stable across calls: the same reminder always has the same id.
    pub id: String,
    /// The same id as a positive 31-bit number, for platforms that need an integer.
    pub numeric_id: i32,
    #[serde(with = "crate::time::rfc3339")]
    pub fire_at: SystemTime,
    pub title: String,
    pub body: String,
    pub kind: ReminderKind,
    pub appointment_id: Option<String>,
    pub occurrence: Option<u32>,
    pub medicine_id: Option<String>,
}

#[uniffi::export]
impl Vault {
    /// Every notification due in `[from, to)` (at most 62 days), in firing order.
    pub fn reminders(&self, from: SystemTime, to: SystemTime) -> Result<Vec<Reminder>> {
        let from = time::timestamp(from)?;
        let to = time::timestamp(to)?;
        if to <= from {
            return Err(AlongsideError::refused("window", "error-window-ends-before-start"));
        }
        if to.as_second() - from.as_second() > MAX_WINDOW_DAYS * 86_400 {
            return Err(AlongsideError::refused("window", "error-range-too-long"));
        }
        self.read(|conn| {
            let settings = crate::vault::load_settings(conn)?;
            let tz = time::zone(&settings.time_zone)?;
            let discreet = settings.discreet_notifications;
            let mut out = Vec::new();
            let reach = to.checked_add((MAX_OFFSET_DAYS * 24).hours()).unwrap_or(to);
            for o in super::occurrences_in(conn, from, reach)? {
                if !matches!(o.status, AppointmentStatus::Planned | AppointmentStatus::Rescheduled) {
                    continue;
                }
                for offset in &o.reminder_minutes_before {
                    let fire = fire_time(&o, *offset)?;
                    if fire >= from && fire < to {
                        out.push(appointment_reminder(&o, *offset, fire, discreet));
                    }
                }
            }
            let first = from.to_zoned(tz.clone()).date();
            let last = to.to_zoned(tz.clone()).date();
            let meds = medicine_store::load(conn, None)?;
            let log = dose_store::between(conn, first, last, None)?;
            let mut day = first;
            while day <= last {
                for d in dose_api::doses_on(&meds, day, &log, &tz) {
                    let (Some(t), DoseState::NotYetLogged) = (&d.scheduled_time, d.state) else {
                        continue;
                    };
                    let at = time::resolve(day.to_datetime(time::parse_time("time", t)?), &tz)?.timestamp();
                    if at >= from && at < to {
                        let id = format!("dose:{}:{}:{}", d.medicine_id, d.date, crate::codes::code(&d.slot));
                        let (title, body) = if discreet {
                            (
                                text("reminder-discreet-title", &[]),
                                text("reminder-discreet-body", &[]),
                            )
                        } else {
                            (
                                text("reminder-dose-title", &[("medicine", d.medicine_name.as_str().into())]),
                                text(
                                    "reminder-dose-body",
                                    &[("amount", d.amount_label.as_str().into()), ("time", t.as_str().into())],
                                ),
                            )
                        };
                        out.push(Reminder {
                            numeric_id: numeric(&id),
                            id,
                            fire_at: time::system_time(at),
                            title,
                            body,
                            kind: ReminderKind::Dose,
                            appointment_id: None,
                            occurrence: None,
                            medicine_id: Some(d.medicine_id.clone()),
                        });
                    }
                }
                day = day
                    .checked_add(1.day())
                    .map_err(|_| AlongsideError::refused("window", "error-date-far-away"))?;
            }
            out.sort_by(|a, b| a.fire_at.cmp(&b.fire_at).then_with(|| a.id.cmp(&b.id)));
            Ok(out)
        })
    }
}

fn fire_time(o: &Occurrence, offset: u32) -> Result<Timestamp> {
    let start = time::timestamp(o.starts_at)?;
    let zoned: Zoned = start.to_zoned(time::zone(&o.time_zone)?);
    let fired = if offset % 1440 == 0 {
        zoned.checked_sub(i64::from(offset / 1440).days())
    } else {
        zoned.checked_sub(i64::from(offset).minutes())
    };
    fired
        .map(|z| z.timestamp())
        .map_err(|_| AlongsideError::refused("reminders", "error-reminder-out-of-range"))
}

fn appointment_reminder(o: &Occurrence, offset: u32, fire: Timestamp, discreet: bool) -> Reminder {
    let id = format!("appt:{}:{}:{}", o.appointment_id, o.occurrence, offset);
    // Family time is discreet whatever the setting: its title or place (a contact centre,
    // a child's name) would tell anyone who sees the lock screen that her baby is in care.
    let (title, body) = if discreet || o.kind == AppointmentKind::FamilyTime {
        (
            text("reminder-discreet-title", &[]),
            text("reminder-discreet-body", &[]),
        )
    } else {
        // The true clock time, marked when it is one of two equal times that night.
        let time_text = time::timestamp(o.starts_at)
            .ok()
            .zip(time::zone(&o.time_zone).ok())
            .map(|(t, tz)| time::clock_words(&t.to_zoned(tz)))
            .unwrap_or_else(|| o.start_local.get(11..16).unwrap_or("").to_string());
        let title = text("reminder-appointment-title", &[("title", o.title.as_str().into())]);
        let body = match &o.location {
            Some(p) => text(
                "reminder-appointment-body-place",
                &[("time", time_text.into()), ("place", p.as_str().into())],
            ),
            None => text("reminder-appointment-body", &[("time", time_text.into())]),
        };
        (title, body)
    };
    Reminder {
        numeric_id: numeric(&id),
        id,
        fire_at: time::system_time(fire),
        title,
        body,
        kind: ReminderKind::Appointment,
        appointment_id: Some(o.appointment_id.clone()),
        occurrence: Some(o.occurrence),
        medicine_id: None,
    }
}

/// A positive 31-bit number derived from the string id (Android notification ids are ints).
fn numeric(id: &str) -> i32 {
    let h = Sha256::digest(id.as_bytes());
    (u32::from_be_bytes([h[0], h[1], h[2], h[3]]) & 0x7fff_ffff) as i32
}

/// "60", "2.5": no trailing zeros.
pub(crate) fn format_amount(a: f64) -> String {
    let s = format!("{a:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
