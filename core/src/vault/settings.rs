//! Vault-wide settings: her home time zone and whether notifications are discreet, with
//! the one-call changes the settings screen makes and the zones it offers.

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;
use crate::time::{self, DEFAULT_ZONE};
use crate::vault::Vault;

/// The time zones the settings screen offers, first the default. The app is for women in
/// the UK and Ireland; a zone she set another way (the command line) is offered too.
pub(crate) const OFFERED_ZONES: [&str; 2] = [DEFAULT_ZONE, "Europe/Dublin"];

/// What reminders say on the lock screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationWording {
    /// "You have a reminder", and nothing more (the default).
    Discreet,
    /// The appointment's title or the medicine's name (family time stays discreet).
    Detailed,
}

impl NotificationWording {
    pub const ALL: [NotificationWording; 2] = [NotificationWording::Discreet, NotificationWording::Detailed];

    pub(crate) fn of(s: &Settings) -> Self {
        if s.discreet_notifications {
            NotificationWording::Discreet
        } else {
            NotificationWording::Detailed
        }
    }
}

#[uniffi::export]
impl Vault {
    /// Sets what reminders say on the lock screen; her time zone stays as it is. The shell
    /// reschedules reminders afterwards, so new ones use the new wording.
    pub fn set_notification_wording(&self, wording: NotificationWording) -> Result<()> {
        self.write(|tx| {
            let s = Settings {
                discreet_notifications: wording == NotificationWording::Discreet,
                ..load(tx)?
            };
            store(tx, &s)
        })
    }

    /// Sets her home time zone (an IANA name, such as one the settings screen offers);
    /// notification wording stays as it is. An unknown zone is refused with `InvalidInput`
    /// on "time zone", and nothing changes.
    pub fn set_time_zone(&self, zone: String) -> Result<()> {
        let zone = zone.trim().to_string();
        time::zone(&zone)?;
        self.write(|tx| {
            let s = Settings {
                time_zone: zone,
                ..load(tx)?
            };
            store(tx, &s)
        })
    }
}

/// Settings that shape what the app shows and schedules.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct Settings {
    /// IANA zone that "today" is measured in (default Europe/London).
    pub time_zone: String,
    /// When true (the default), notifications say only "You have a reminder": nothing about
    /// medicines, pregnancy or services appears on the lock screen.
    pub discreet_notifications: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            time_zone: DEFAULT_ZONE.to_string(),
            discreet_notifications: true,
        }
    }
}

impl Settings {
    pub(crate) fn validate(&self) -> Result<()> {
        time::zone(&self.time_zone).map(|_| ())
    }
}

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn load(conn: &Connection) -> Result<Settings> {
    let d = Settings::default();
    Ok(Settings {
        time_zone: get(conn, "time_zone")?.unwrap_or(d.time_zone),
        discreet_notifications: get(conn, "discreet_notifications")?
            .map(|v| v != "false")
            .unwrap_or(d.discreet_notifications),
    })
}

pub(crate) fn store(conn: &Connection, s: &Settings) -> Result<()> {
    let mut stmt = conn.prepare(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?;
    stmt.execute(["time_zone", &s.time_zone])?;
    stmt.execute([
        "discreet_notifications",
        if s.discreet_notifications { "true" } else { "false" },
    ])?;
    Ok(())
}
