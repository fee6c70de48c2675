//! Dose log types: what she records for each scheduled dose, and how a day's doses look.

use std::time::SystemTime;

use super::medicine::{DoseSlot, DoseUnit};

/// What happened to a dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DoseStatus {
    Taken,
    Missed,
    PartlyTaken,
    Vomited,
}

/// What she records for one scheduled dose.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DoseEntry {
    pub medicine_id: String,
    /// The local date the dose belongs to, "YYYY-MM-DD".
    pub date: String,
    pub slot: DoseSlot,
    pub status: DoseStatus,
    /// When it was taken; defaults to now for taken and partly taken doses (or, when the
    /// same status is logged again, to the time already recorded).
    pub taken_at: Option<SystemTime>,
    pub note: Option<String>,
    /// For a partly taken dose, how much she took, in the medicine's unit, when she knows.
    #[uniffi(default = None)]
    pub amount_taken: Option<f64>,
    /// Her yes to changing a dose already logged as something else (taken to missed, say).
    /// Without it such a change is refused with `NeedsConfirmation` and nothing changes.
    #[uniffi(default)]
    pub confirm_change: bool,
}

/// A dose's state as shown: not yet logged, or what she logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DoseState {
    NotYetLogged,
    Taken,
    Missed,
    PartlyTaken,
    Vomited,
}

impl From<DoseStatus> for DoseState {
    fn from(s: DoseStatus) -> Self {
        match s {
            DoseStatus::Taken => DoseState::Taken,
            DoseStatus::Missed => DoseState::Missed,
            DoseStatus::PartlyTaken => DoseState::PartlyTaken,
            DoseStatus::Vomited => DoseState::Vomited,
        }
    }
}

/// One dose on one day, scheduled or as needed, with what she logged.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DoseView {
    pub medicine_id: String,
    pub medicine_name: String,
    /// Local date "YYYY-MM-DD".
    pub date: String,
    pub slot: DoseSlot,
    /// The slot in words ("Evening dose").
    pub slot_label: String,
    /// Scheduled local time "HH:MM" (`None` for as-needed doses): the true time on this
    /// day, so on the night the clocks go forward a 01:30 dose shows as 02:30.
    pub scheduled_time: Option<String>,
    /// What the clocks do to this dose's time that day, when they change over it ("The
    /// clocks go forward that day, so there is no 01:30. It's at 02:30 instead.").
    pub clock_change_label: Option<String>,
    pub amount: f64,
    pub unit: DoseUnit,
    pub unit_label: String,
    /// The amount with its unit, in words ("62.5 mg", "1 tablet").
    pub amount_label: String,
    /// Whether `log_dose` takes this dose (as-needed doses are logged with
    /// `log_as_needed_dose` instead).
    pub loggable: bool,
    /// True when this dose is taken at home rather than at the pharmacy.
    pub take_home: bool,
    /// Where it is taken, in words ("At the pharmacy", "Take-home").
    pub place_label: String,
    pub state: DoseState,
    /// The state in words ("Partly taken").
    pub state_label: String,
    #[serde(with = "crate::time::rfc3339_opt")]
    pub taken_at: Option<SystemTime>,
    pub note: Option<String>,
    /// For a partly taken dose, how much she said she took (`None` when she didn't say).
    pub amount_taken: Option<f64>,
    /// That amount with its unit, in words ("30 mg").
    pub amount_taken_label: Option<String>,
    /// For a partly taken scheduled dose, amounts she can tap to say about how much she
    /// took (a quarter, half, three quarters of the dose), for `amount_taken`; else empty.
    pub part_choices: Vec<DosePart>,
}

/// An amount she can choose for how much of a dose she took.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct DosePart {
    /// In the medicine's unit: give it as `DoseEntry.amount_taken`.
    pub amount: f64,
    /// In words, with the amount ("About half (30 mg)").
    pub label: String,
}
