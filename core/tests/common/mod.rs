//! Shared fixtures for the core's integration tests: vaults with cheap KDF parameters
//! (Argon2id's cost is measured in benchmarks, not paid in every test) and fixed clocks.
#![allow(dead_code)]

use alongside_core::vault::kdf::KdfParams;
use alongside_core::*;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

pub const PASSCODE: &str = "river stone 27";

/// A fixed instant, from RFC 3339 text.
pub fn at(text: &str) -> SystemTime {
    SystemTime::from(text.parse::<jiff::Timestamp>().expect("test timestamps are valid"))
}

/// Monday 23 November 2026, 09:00 in London (GMT).
pub fn monday_morning() -> SystemTime {
    at("2026-11-23T09:00:00Z")
}

/// The time since the phone started at [`monday_morning`]: the clock the passcode pauses
/// also measure on, which her phone's holder cannot set.
pub fn since_boot() -> Duration {
    Duration::from_secs(3 * 60 * 60)
}

/// Both clocks `seconds` after [`monday_morning`] and [`since_boot`], as they move when
/// nobody touches the phone's clock.
pub fn seconds_later(seconds: u64) -> (SystemTime, Duration) {
    let s = Duration::from_secs(seconds);
    (monday_morning() + s, since_boot() + s)
}

pub struct TestVault {
    pub vault: Vault,
    pub dir: tempfile::TempDir,
}

impl TestVault {
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("vault")
    }

    /// Opens the same folder again, as the app does after a restart.
    pub fn reopen(&self) -> Vault {
        Vault::open_locked(&self.path()).expect("vault opens")
    }
}

pub fn new_vault() -> TestVault {
    let dir = tempfile::tempdir().expect("temp dir");
    let vault = Vault::create_with(
        &dir.path().join("vault"),
        PASSCODE.to_string(),
        Some(KdfParams::insecure_for_tests()),
    )
    .expect("vault is created");
    TestVault { vault, dir }
}

pub fn draft(title: &str, start: &str) -> AppointmentDraft {
    AppointmentDraft {
        title: title.to_string(),
        kind: AppointmentKind::SpecialistMidwife,
        start: start.to_string(),
        time_zone: None,
        duration_minutes: 60,
        location: None,
        with_whom: None,
        notes: None,
        reminder_minutes_before: vec![],
        repeat: None,
        venue_id: None,
        clock_change: None,
    }
}

pub fn weekly(title: &str, start: &str, every_weeks: u32, count: u32) -> AppointmentDraft {
    AppointmentDraft {
        repeat: Some(Repeat {
            every_weeks,
            end: RepeatEnd::Count { occurrences: count },
        }),
        kind: AppointmentKind::PeerSupport,
        ..draft(title, start)
    }
}

pub fn methadone(start: &str, mg: f64) -> MedicineDraft {
    MedicineDraft {
        kind: MedicineKind::MethadoneOralSolution,
        name: None,
        amount: mg,
        evening_amount: None,
        unit: DoseUnit::Mg,
        schedule: DoseSchedule::Daily {
            time: "09:00".to_string(),
        },
        collection: Collection::SupervisedAtPharmacy,
        take_home_days: vec![Weekday::Sunday],
        pharmacy: Some("High Street Pharmacy".to_string()),
        start_date: start.to_string(),
        end_date: None,
    }
}

pub fn log(
    v: &Vault,
    medicine_id: &str,
    date: &str,
    slot: DoseSlot,
    status: DoseStatus,
    now: SystemTime,
) -> Result<(), AlongsideError> {
    v.log_dose(
        DoseEntry {
            medicine_id: medicine_id.to_string(),
            date: date.to_string(),
            slot,
            status,
            taken_at: None,
            note: None,
            amount_taken: None,
            confirm_change: false,
        },
        now,
    )
}

/// As [`log`], with her yes to changing a dose already logged as something else.
pub fn correct(
    v: &Vault,
    medicine_id: &str,
    date: &str,
    slot: DoseSlot,
    status: DoseStatus,
    now: SystemTime,
) -> Result<(), AlongsideError> {
    v.log_dose(
        DoseEntry {
            medicine_id: medicine_id.to_string(),
            date: date.to_string(),
            slot,
            status,
            taken_at: None,
            note: None,
            amount_taken: None,
            confirm_change: true,
        },
        now,
    )
}

/// Every occurrence over a wide range, for "nothing was written" checks.
pub fn everything(v: &Vault) -> Vec<Occurrence> {
    v.appointments_between("2025-01-01".into(), "2026-02-01".into())
        .into_iter()
        .chain(v.appointments_between("2026-02-01".into(), "2027-03-01".into()))
        .flatten()
        .collect()
}

pub fn assert_invalid<T: std::fmt::Debug>(r: Result<T, AlongsideError>, field: &str) {
    match r {
        Err(AlongsideError::InvalidInput { field: f, .. }) => assert_eq!(f, field, "wrong field reported"),
        other => panic!("expected InvalidInput on {field}, got {other:?}"),
    }
}
