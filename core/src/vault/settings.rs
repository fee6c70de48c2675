//! Vault-wide settings: her home time zone and whether notifications are discreet.

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;
use crate::time::{self, DEFAULT_ZONE};

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
