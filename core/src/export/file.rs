//! A copy of her diary as a file the shell hands to the platform's share sheet: its name,
//! type and contents, so the shells hold no rule about names or types.

use std::time::SystemTime;

use crate::error::Result;
use crate::time;
use crate::vault::Vault;

/// Which copy of her diary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// Everything in the vault as JSON (her dates and her baby's situation left out).
    Json,
    /// Her appointments as an iCalendar file, for any calendar app.
    Ics,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 2] = [ExportFormat::Json, ExportFormat::Ics];

    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Ics => "ics",
        }
    }

    fn mime_type(self) -> &'static str {
        match self {
            ExportFormat::Json => "application/json",
            ExportFormat::Ics => "text/calendar",
        }
    }

    /// The file's name on `date`: "diary-2026-11-23.json". It names neither her nor the
    /// app, since a file name shows in other apps and in a share sheet.
    pub(crate) fn file_name(self, date: jiff::civil::Date) -> String {
        format!("diary-{date}.{}", self.extension())
    }
}

/// A copy of her diary, ready for the share sheet.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportFile {
    /// "diary-2026-11-23.ics".
    pub file_name: String,
    /// "application/json" or "text/calendar".
    pub mime_type: String,
    /// The file's text (UTF-8). It is not encrypted.
    pub contents: String,
}

#[uniffi::export]
impl Vault {
    /// A copy of her diary in `format`, named with today's date in her time zone, for the
    /// shell to hand to the platform's share sheet. Nothing is sent: she chooses where it goes.
    pub fn export_file(&self, format: ExportFormat, now: SystemTime) -> Result<ExportFile> {
        let at = time::timestamp(now)?;
        let contents = match format {
            ExportFormat::Json => self.export_json(now)?,
            ExportFormat::Ics => self.export_ics(now)?,
        };
        let tz = self.read(|conn| time::zone(&crate::vault::settings_zone(conn)?))?;
        Ok(ExportFile {
            file_name: format.file_name(at.to_zoned(tz).date()),
            mime_type: format.mime_type().to_string(),
            contents,
        })
    }
}
