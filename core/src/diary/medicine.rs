//! Medicines and prescriptions, with opioid substitution treatment (OST) first-class:
//! methadone and buprenorphine forms, split doses, supervised collection and take-home
//! days. Every dose or schedule change is a new regimen row, so titration is history.

use jiff::civil::{Date, Time};

use super::appointment::{check_year, clean, clean_notes};
use super::problems::Problems;
use crate::error::{AlongsideError, Result};
use crate::time::{self, Weekday};

/// Which medicine. OST forms are named; anything else is `Other` with a name.
/// The longest medicine name she can give.
const MAX_NAME: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MedicineKind {
    MethadoneOralSolution,
    BuprenorphineSublingual,
    BuprenorphineWithNaloxone,
    BuprenorphineInjectionWeekly,
    BuprenorphineInjectionMonthly,
    Other,
}

impl MedicineKind {
    /// Whether this is an opioid substitution treatment medicine.
    pub fn is_opioid_treatment(self) -> bool {
        self != MedicineKind::Other
    }

    /// The name shown when she did not give one.
    pub fn default_name(self) -> String {
        crate::content::text(
            &format!("medicine-name-{}", crate::codes::code(&self).replace('_', "-")),
            &[],
        )
    }

    /// Largest plausible amount per day (per injection for injections), in the unit.
    /// Anything above is a typo, not a prescription.
    fn max_amount(self) -> f64 {
        match self {
            MedicineKind::MethadoneOralSolution => 1000.0,
            MedicineKind::BuprenorphineSublingual | MedicineKind::BuprenorphineWithNaloxone => 32.0,
            MedicineKind::BuprenorphineInjectionWeekly => 32.0,
            MedicineKind::BuprenorphineInjectionMonthly => 300.0,
            MedicineKind::Other => 100_000.0,
        }
    }
}

impl MedicineKind {
    /// Every kind, in the order forms list them: opioid treatment first.
    pub const ALL: [MedicineKind; 6] = [
        MedicineKind::MethadoneOralSolution,
        MedicineKind::BuprenorphineSublingual,
        MedicineKind::BuprenorphineWithNaloxone,
        MedicineKind::BuprenorphineInjectionWeekly,
        MedicineKind::BuprenorphineInjectionMonthly,
        MedicineKind::Other,
    ];

    /// The units a dose of this kind can be given in, the usual one first.
    pub fn units(self) -> &'static [DoseUnit] {
        match self {
            MedicineKind::MethadoneOralSolution => &[DoseUnit::Mg, DoseUnit::Ml],
            MedicineKind::Other => &[DoseUnit::Mg, DoseUnit::Ml, DoseUnit::Microgram, DoseUnit::Tablet],
            _ => &[DoseUnit::Mg],
        }
    }

    /// The schedules this kind can follow, the usual one first. Daily treatment can be
    /// split; an injection follows its own rhythm.
    pub fn schedules(self) -> &'static [ScheduleKind] {
        match self {
            MedicineKind::MethadoneOralSolution
            | MedicineKind::BuprenorphineSublingual
            | MedicineKind::BuprenorphineWithNaloxone => &[ScheduleKind::Daily, ScheduleKind::SplitDaily],
            MedicineKind::BuprenorphineInjectionWeekly => &[ScheduleKind::Weekly],
            MedicineKind::BuprenorphineInjectionMonthly => &[ScheduleKind::Monthly],
            MedicineKind::Other => &[
                ScheduleKind::Daily,
                ScheduleKind::SplitDaily,
                ScheduleKind::Weekly,
                ScheduleKind::Monthly,
                ScheduleKind::AsNeeded,
            ],
        }
    }

    /// Whether this kind can follow a schedule of this shape.
    pub fn fits(self, schedule: ScheduleKind) -> bool {
        self.schedules().contains(&schedule)
    }
}

/// The shape of a schedule without its times: what a form offers before asking when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleKind {
    /// Once a day.
    Daily,
    /// A morning and an evening dose, each with its own amount.
    SplitDaily,
    /// Once a week, on one weekday.
    Weekly,
    /// Once a month, on one day of the month.
    Monthly,
    /// When needed, not on a schedule.
    AsNeeded,
}

impl ScheduleKind {
    /// The shape of `schedule`.
    pub fn of(schedule: &DoseSchedule) -> Self {
        match schedule {
            DoseSchedule::Daily { .. } => ScheduleKind::Daily,
            DoseSchedule::SplitDaily { .. } => ScheduleKind::SplitDaily,
            DoseSchedule::Weekly { .. } => ScheduleKind::Weekly,
            DoseSchedule::Monthly { .. } => ScheduleKind::Monthly,
            DoseSchedule::AsNeeded => ScheduleKind::AsNeeded,
        }
    }
}

/// The unit a dose is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DoseUnit {
    Mg,
    Ml,
    Microgram,
    Tablet,
}

/// When doses are due. Times are local "HH:MM".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DoseSchedule {
    Daily {
        time: String,
    },
    /// Split dose, morning and evening: common late in pregnancy.
    SplitDaily {
        morning_time: String,
        evening_time: String,
    },
    Weekly {
        weekday: Weekday,
        time: String,
    },
    /// On this day each month (the last day in shorter months).
    Monthly {
        day_of_month: u8,
        time: String,
    },
    AsNeeded,
}

/// How she collects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    /// Taken under supervision at the pharmacy, except on the take-home days.
    SupervisedAtPharmacy,
    TakeHome,
}

/// A new prescription.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MedicineDraft {
    pub kind: MedicineKind,
    /// Required for `Other`; optional label for OST medicines.
    pub name: Option<String>,
    /// Dose (the morning part for a split dose).
    pub amount: f64,
    /// Evening part of a split dose.
    pub evening_amount: Option<f64>,
    pub unit: DoseUnit,
    pub schedule: DoseSchedule,
    pub collection: Collection,
    /// Days she takes doses home when collection is supervised.
    pub take_home_days: Vec<Weekday>,
    pub pharmacy: Option<String>,
    /// "YYYY-MM-DD".
    pub start_date: String,
    pub end_date: Option<String>,
}

/// A change of dose or schedule from a date on.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DoseChange {
    pub effective_date: String,
    pub amount: f64,
    pub evening_amount: Option<f64>,
    /// `None` keeps the current schedule.
    pub schedule: Option<DoseSchedule>,
    pub note: Option<String>,
}

/// A dose and schedule in effect from a date.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Regimen {
    pub effective_date: String,
    pub schedule: DoseSchedule,
    /// The schedule in words ("Split dose: 08:30 and 20:00 every day").
    pub schedule_label: String,
    pub amount: f64,
    pub evening_amount: Option<f64>,
    /// The dose in words: "60 mg", or "40 mg and 30 mg" for a split dose.
    pub amount_label: String,
    pub note: Option<String>,
}

/// A prescription with its full dose history.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Medicine {
    pub id: String,
    pub kind: MedicineKind,
    pub name: String,
    pub unit: DoseUnit,
    pub collection: Collection,
    pub take_home_days: Vec<Weekday>,
    pub pharmacy: Option<String>,
    pub start_date: String,
    pub end_date: Option<String>,
    pub is_opioid_treatment: bool,
    /// The kind, unit and collection in words.
    pub kind_label: String,
    pub unit_label: String,
    pub collection_label: String,
    /// The regimen in effect on the date asked about (the first one if none yet).
    pub current: Regimen,
    /// Every regimen, oldest first.
    pub history: Vec<Regimen>,
}

/// Which dose of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DoseSlot {
    /// The one dose of a daily, weekly or monthly schedule.
    Only,
    Morning,
    Evening,
    /// A dose taken as needed, not on a schedule.
    AsNeeded,
}

impl DoseSlot {
    pub(crate) fn code(self) -> Option<i64> {
        match self {
            DoseSlot::Only | DoseSlot::Morning => Some(0),
            DoseSlot::Evening => Some(1),
            DoseSlot::AsNeeded => None,
        }
    }
}

/// A dose due on a date.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Due {
    pub slot: DoseSlot,
    pub time: Time,
    pub amount: f64,
}

/// A checked regimen.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ValidRegimen {
    pub effective: Date,
    pub schedule: DoseSchedule,
    pub times: Vec<Time>,
    pub amount: f64,
    pub evening_amount: Option<f64>,
    pub note: Option<String>,
}

impl ValidRegimen {
    /// The doses due on `date` (empty for as-needed, or off-days of weekly and monthly).
    pub fn due_on(&self, date: Date) -> Vec<Due> {
        let one = |slot, time, amount| Due { slot, time, amount };
        match &self.schedule {
            DoseSchedule::Daily { .. } => vec![one(DoseSlot::Only, self.times[0], self.amount)],
            DoseSchedule::SplitDaily { .. } => vec![
                one(DoseSlot::Morning, self.times[0], self.amount),
                one(
                    DoseSlot::Evening,
                    self.times[1],
                    self.evening_amount.unwrap_or(self.amount),
                ),
            ],
            DoseSchedule::Weekly { weekday, .. } => {
                if Weekday::from(date.weekday()) == *weekday {
                    vec![one(DoseSlot::Only, self.times[0], self.amount)]
                } else {
                    vec![]
                }
            }
            DoseSchedule::Monthly { day_of_month, .. } => {
                let day = i8::try_from(*day_of_month).unwrap_or(31).min(date.days_in_month());
                if date.day() == day {
                    vec![one(DoseSlot::Only, self.times[0], self.amount)]
                } else {
                    vec![]
                }
            }
            DoseSchedule::AsNeeded => vec![],
        }
    }

    /// Whether a missed day can be counted for the tolerance warning (daily schedules).
    pub fn is_daily(&self) -> bool {
        matches!(
            self.schedule,
            DoseSchedule::Daily { .. } | DoseSchedule::SplitDaily { .. }
        )
    }

    pub fn to_record(&self, unit: DoseUnit) -> Regimen {
        let one = |a| crate::content::amount_words(a, unit);
        let amount_label = match self.evening_amount {
            Some(e) => crate::content::text(
                "dose-amount-split",
                &[("morning", one(self.amount).into()), ("evening", one(e).into())],
            ),
            None => one(self.amount),
        };
        Regimen {
            effective_date: self.effective.to_string(),
            schedule: self.schedule.clone(),
            schedule_label: schedule_label(&self.schedule),
            amount: self.amount,
            evening_amount: self.evening_amount,
            amount_label,
            note: self.note.clone(),
        }
    }
}

/// A schedule in words, from the content file.
fn schedule_label(s: &DoseSchedule) -> String {
    use crate::content::{label, text};
    match s {
        DoseSchedule::Daily { time } => text("schedule-daily", &[("time", time.as_str().into())]),
        DoseSchedule::SplitDaily {
            morning_time,
            evening_time,
        } => text(
            "schedule-split-daily",
            &[
                ("morning", morning_time.as_str().into()),
                ("evening", evening_time.as_str().into()),
            ],
        ),
        DoseSchedule::Weekly { weekday, time } => text(
            "schedule-weekly",
            &[
                ("weekday", label("weekday", weekday).into()),
                ("time", time.as_str().into()),
            ],
        ),
        DoseSchedule::Monthly { day_of_month, time } => text(
            "schedule-monthly",
            &[("day", (*day_of_month).into()), ("time", time.as_str().into())],
        ),
        DoseSchedule::AsNeeded => text("schedule-as-needed", &[]),
    }
}

/// Checks a dose and schedule for a medicine of `kind` in `unit`; the first problem is
/// the error.
pub(crate) fn validate_regimen(
    kind: MedicineKind,
    unit: DoseUnit,
    effective: Date,
    schedule: &DoseSchedule,
    amount: f64,
    evening_amount: Option<f64>,
    note: &Option<String>,
) -> Result<ValidRegimen> {
    let mut problems = Problems::default();
    let valid = check_regimen(
        kind,
        unit,
        effective,
        schedule,
        amount,
        evening_amount,
        note,
        &mut problems,
    )?;
    problems.into_result(valid)
}

/// Checks a dose and schedule for a medicine of `kind` in `unit`, noting every problem.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_regimen(
    kind: MedicineKind,
    unit: DoseUnit,
    effective: Date,
    schedule: &DoseSchedule,
    amount: f64,
    evening_amount: Option<f64>,
    note: &Option<String>,
    p: &mut Problems,
) -> Result<Option<ValidRegimen>> {
    let fits = kind.fits(ScheduleKind::of(schedule));
    if !fits {
        p.refused("schedule", "error-schedule-does-not-fit");
    }
    let times = match schedule {
        DoseSchedule::Daily { time } | DoseSchedule::Weekly { time, .. } => {
            p.take(time::parse_time("time", time))?.map(|t| vec![t])
        }
        DoseSchedule::Monthly { day_of_month, time } => {
            let day_ok = (1..=31).contains(day_of_month);
            if !day_ok {
                p.refused("day of month", "error-day-of-month");
            }
            p.take(time::parse_time("time", time))?
                .filter(|_| day_ok)
                .map(|t| vec![t])
        }
        DoseSchedule::SplitDaily {
            morning_time,
            evening_time,
        } => {
            let m = p.take(time::parse_time("morning time", morning_time))?;
            let e = p.take(time::parse_time("evening time", evening_time))?;
            match (m, e) {
                (Some(m), Some(e)) if e <= m => {
                    p.refused("evening time", "error-evening-after-morning");
                    None
                }
                (Some(m), Some(e)) => Some(vec![m, e]),
                _ => None,
            }
        }
        DoseSchedule::AsNeeded => Some(vec![]),
    };
    let is_split = matches!(schedule, DoseSchedule::SplitDaily { .. });
    let evening = match (is_split, evening_amount) {
        (true, None) => {
            p.refused("evening dose", "error-split-needs-evening");
            None
        }
        (false, Some(_)) => {
            p.refused("evening dose", "error-evening-only-if-split");
            None
        }
        (_, e) => Some(e),
    };
    let amounts_ok = check_amount(kind, unit, amount, evening.flatten(), p);
    let note = p.take(clean_notes("note", note))?;
    let (true, Some(times), Some(evening_amount), true, Some(note)) = (fits, times, evening, amounts_ok, note) else {
        return Ok(None);
    };
    Ok(Some(ValidRegimen {
        effective,
        schedule: schedule.clone(),
        times,
        amount,
        evening_amount,
        note,
    }))
}

/// Checks the amounts and unit, noting each problem; whether all passed.
fn check_amount(kind: MedicineKind, unit: DoseUnit, amount: f64, evening: Option<f64>, p: &mut Problems) -> bool {
    let before = p.len();
    // Each part names itself, so she knows which number to change.
    let amount_ok = amount.is_finite() && amount > 0.0;
    if !amount_ok {
        p.refused("dose", "error-dose-above-zero");
    }
    let evening_ok = evening.is_none_or(|e| e.is_finite() && e > 0.0);
    if !evening_ok {
        p.refused("evening dose", "error-evening-dose-above-zero");
    }
    if !kind.units().contains(&unit) {
        p.refused("unit", "error-unit-does-not-fit");
    }
    if amount_ok && evening_ok && amount + evening.unwrap_or(0.0) > kind.max_amount() {
        p.refused("dose", "error-dose-too-high");
    }
    p.len() == before
}

/// A checked new prescription.
pub(crate) struct ValidMedicine {
    pub kind: MedicineKind,
    pub name: String,
    pub unit: DoseUnit,
    pub collection: Collection,
    pub take_home_days: Vec<Weekday>,
    pub pharmacy: Option<String>,
    pub start: Date,
    pub end: Option<Date>,
    pub regimen: ValidRegimen,
}

impl MedicineDraft {
    /// Checks every field, noting each problem beside its field in `problems`, and gives
    /// the cleaned values when every field passed. Checking a form and saving it both come
    /// here, so they cannot disagree.
    pub(crate) fn check(&self, p: &mut Problems) -> Result<Option<ValidMedicine>> {
        let name = p.take(check_name(self.kind, &self.name))?;
        let start = p.take(time::parse_date("start date", &self.start_date).and_then(|d| {
            check_year("start date", d)?;
            Ok(d)
        }))?;
        let end = match self.end_date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Some(None),
            Some(e) => p
                .take(time::parse_date("end date", e).and_then(|end| {
                    check_year("end date", end)?;
                    if start.is_some_and(|s| end < s) {
                        return Err(AlongsideError::refused("end date", "error-end-before-start"));
                    }
                    Ok(end)
                }))?
                .map(Some),
        };
        // The regimen's checks don't need the date; a date that can't be read is noted above.
        let effective = start.unwrap_or_default();
        let regimen = check_regimen(
            self.kind,
            self.unit,
            effective,
            &self.schedule,
            self.amount,
            self.evening_amount,
            &None,
            p,
        )?;
        let pharmacy = p.take(clean("pharmacy", &self.pharmacy))?;
        let mut take_home_days = if self.collection == Collection::TakeHome {
            vec![]
        } else {
            self.take_home_days.clone()
        };
        take_home_days.sort();
        take_home_days.dedup();
        let (Some(name), Some(start), Some(end), Some(regimen), Some(pharmacy)) = (name, start, end, regimen, pharmacy)
        else {
            return Ok(None);
        };
        Ok(Some(ValidMedicine {
            kind: self.kind,
            name: name.unwrap_or_else(|| self.kind.default_name()),
            unit: self.unit,
            collection: self.collection,
            take_home_days,
            pharmacy,
            start,
            end,
            regimen,
        }))
    }

    /// Checks every field; returns the cleaned values or the first problem found.
    pub(crate) fn validate(&self) -> Result<ValidMedicine> {
        let mut problems = Problems::default();
        let valid = self.check(&mut problems)?;
        problems.into_result(valid)
    }
}

/// The name she gave, tidied: needed for any other medicine, optional for OST ones.
fn check_name(kind: MedicineKind, name: &Option<String>) -> Result<Option<String>> {
    let name = clean("name", name)?;
    if kind == MedicineKind::Other && name.is_none() {
        return Err(AlongsideError::refused("name", "error-medicine-needs-name"));
    }
    if name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME) {
        return Err(AlongsideError::refused_with(
            "name",
            "error-name-too-long",
            &[("max", MAX_NAME.into())],
        ));
    }
    Ok(name)
}
