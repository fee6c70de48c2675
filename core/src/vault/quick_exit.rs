//! Quick exit: one control on every screen (and, on Android, three quick presses of a
//! volume button) that locks the vault at once and leaves the app for a neutral place she
//! chose. The rule lives here so both phones agree: where she may go, how many presses
//! within how long count, and the control's words, which say nothing about the app.

use rusqlite::{Connection, OptionalExtension};

use crate::codes;
use crate::content::text;
use crate::error::Result;
use crate::vault::Vault;

const SETTING: &str = "quick_exit_destination";

/// Where the phone goes after a quick exit. Each is a screen every Android phone has (or
/// falls back to the home screen) and none needs a network: a web page would leave a trace
/// in the browser's history and contact a server. An iPhone app cannot leave itself, so
/// there every choice means the same: lock and show a blank cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuickExitDestination {
    /// The phone's home screen (the default).
    HomeScreen,
    /// The phone's clock app.
    Clock,
    /// The phone's calculator app; the home screen if it has none.
    Calculator,
}

impl QuickExitDestination {
    pub const ALL: [QuickExitDestination; 3] = [
        QuickExitDestination::HomeScreen,
        QuickExitDestination::Clock,
        QuickExitDestination::Calculator,
    ];
}

/// The quick exit control's words and the volume-button rule, the same locked or open.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuickExitControl {
    /// The button's label ("Exit"): neutral, never the app's name or purpose.
    pub label: String,
    /// What screen readers say the button does.
    pub description: String,
    /// What the iPhone's blank cover says after a quick exit.
    pub cover: String,
    /// What the cover says to go on (to the unlock screen).
    pub cover_continue: String,
    /// How many volume-button presses leave the app (Android).
    pub presses: u32,
    /// Within how many milliseconds, from the first press to the last.
    pub window_ms: u64,
}

/// Three presses: two happen by accident (a pocket, turning a video down); three within
/// a second and a half still come easily from a hurried thumb.
const PRESSES: u32 = 3;
const WINDOW_MS: u64 = 1_500;

/// The quick exit control's words and volume-button rule. Needs no vault.
#[uniffi::export]
pub fn quick_exit_control() -> QuickExitControl {
    QuickExitControl {
        label: text("quick-exit-button", &[]),
        description: text("quick-exit-description", &[]),
        cover: text("quick-exit-cover", &[]),
        cover_continue: text("quick-exit-cover-continue", &[]),
        presses: PRESSES,
        window_ms: WINDOW_MS,
    }
}

#[uniffi::export]
impl Vault {
    /// Locks the vault at once (the database closed, its key wiped from memory) and says
    /// where the phone should go next. Never fails: locked already, or her choice
    /// unreadable, it still locks and answers the home screen.
    pub fn quick_exit(&self) -> QuickExitDestination {
        let destination = self.read(load).unwrap_or(QuickExitDestination::HomeScreen);
        self.lock();
        destination
    }

    /// Sets where a quick exit goes.
    pub fn set_quick_exit_destination(&self, destination: QuickExitDestination) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [SETTING, &codes::code(&destination)],
            )?;
            Ok(())
        })
    }
}

/// Her choice; the home screen until she makes one (or if the stored code is unknown).
pub(crate) fn load(conn: &Connection) -> Result<QuickExitDestination> {
    let stored: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [SETTING], |r| r.get(0))
        .optional()?;
    Ok(stored
        .and_then(|c| codes::parse(&c))
        .unwrap_or(QuickExitDestination::HomeScreen))
}
