//! Taking her data with her: everything as JSON, and appointments as iCalendar.

mod file;
mod ics;
mod json;
mod vtimezone;

use std::time::SystemTime;

use crate::error::Result;
use crate::time;
use crate::vault::Vault;

pub use file::{ExportFile, ExportFormat};

#[uniffi::export]
impl Vault {
    /// Everything in the vault as one JSON document she can keep (UTF-8, pretty-printed).
    /// The shell saves it where she chooses; it is not encrypted.
    pub fn export_json(&self, now: SystemTime) -> Result<String> {
        let now = time::timestamp(now)?;
        self.read(|conn| json::export(conn, now))
    }

    /// Her appointments as an iCalendar file (RFC 5545) for any calendar app: repeats,
    /// time zones, cancellations, moved occurrences and reminders included.
    pub fn export_ics(&self, now: SystemTime) -> Result<String> {
        let now = time::timestamp(now)?;
        self.read(|conn| ics::export(conn, now))
    }
}
