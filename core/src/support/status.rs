//! Her baby's situation as she tells it, and from when. Stored as one setting in her
//! vault; changing it never touches the outbox.

use jiff::civil::Date;
use std::time::SystemTime;

use crate::content::{label, long_date, text};
use crate::error::{AlongsideError, Result};
use crate::services::options::{get, set};
use crate::time;
use crate::vault::Vault;

const KEY: &str = "baby_status";

/// Where her baby is living.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BabyStatus {
    WithHer,
    TakenIntoCare,
    LivingWithFamily,
    /// Being looked after by someone else in another way.
    Other,
}

/// Her baby's situation as the shells show it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BabyStatusView {
    pub status: BabyStatus,
    /// "Your baby was taken into care".
    pub status_label: String,
    /// From when, "YYYY-MM-DD", if she said.
    pub since: Option<String>,
    /// "Since Friday 20 November 2026".
    pub since_label: Option<String>,
    /// True when the app shows support for her own care instead of baby-feeding prompts.
    pub support_mode: bool,
    /// A kind line for the screen: what changes, and that nothing was sent.
    pub message: String,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Stored {
    status: BabyStatus,
    since: Option<String>,
}

fn view(s: Stored) -> BabyStatusView {
    let since_date: Option<Date> = s.since.as_deref().and_then(|d| d.parse().ok());
    let support_mode = s.status != BabyStatus::WithHer;
    BabyStatusView {
        status: s.status,
        status_label: label("baby-status", &s.status),
        since_label: since_date.map(|d| text("baby-status-since", &[("date", long_date(d).into())])),
        since: s.since,
        support_mode,
        message: text(
            if support_mode {
                "baby-status-support-message"
            } else {
                "baby-status-with-her-message"
            },
            &[],
        ),
    }
}

#[uniffi::export]
impl Vault {
    /// Records where her baby is living and from when ("YYYY-MM-DD", not after today).
    /// Kept only on this phone: nothing is sent because of it.
    pub fn set_baby_status(
        &self,
        status: BabyStatus,
        since: Option<String>,
        now: SystemTime,
    ) -> Result<BabyStatusView> {
        let now = time::timestamp(now)?;
        let since = since.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        self.write(|tx| {
            if let Some(s) = &since {
                let d = time::parse_date("since", s)?;
                crate::diary::appointment::check_year("since", d)?;
                let today = now.to_zoned(time::zone(&crate::vault::settings_zone(tx)?)?).date();
                if d > today {
                    return Err(AlongsideError::refused("since", "error-date-after-today"));
                }
            }
            let stored = Stored { status, since };
            set(tx, KEY, &serde_json::to_string(&stored)?)?;
            Ok(view(stored))
        })
    }

    /// Her baby's situation as she last told it (with her, until she says otherwise).
    pub fn baby_status(&self) -> Result<BabyStatusView> {
        self.read(|conn| Ok(view(load(conn)?)))
    }
}

fn load(conn: &rusqlite::Connection) -> Result<Stored> {
    Ok(match get(conn, KEY)? {
        Some(json) => serde_json::from_str(&json).map_err(|_| AlongsideError::VaultUnreadable {
            reason: "a setting is damaged".to_string(),
        })?,
        None => Stored {
            status: BabyStatus::WithHer,
            since: None,
        },
    })
}

/// Whether the app is in support mode (her baby is not with her), for the other parts of
/// the core that change gently because of it.
pub(crate) fn support_mode(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(load(conn)?.status != BabyStatus::WithHer)
}
