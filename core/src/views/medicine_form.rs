//! The medicine form: adding a medicine (opioid treatment first), and for one she has,
//! changing the dose, stopping it and logging an as-needed dose, as one record. Which
//! units and schedules fit each medicine is a rule of the core, so the form carries them.

use jiff::civil::Date;
use std::time::SystemTime;

use super::appointment_form::{ConfirmWords, FormField};
use crate::content::{label, long_date, text};
use crate::diary::medicine::{
    Collection, DoseSchedule, DoseUnit, Medicine, MedicineDraft, MedicineKind, Regimen, ScheduleKind,
};
use crate::diary::medicine_store;
use crate::error::Result;
use crate::time::{self, Weekday};
use crate::vault::Vault;

/// Monday to Sunday, as forms list them.
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// A unit she can choose, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnitChoice {
    pub unit: DoseUnit,
    /// "mg".
    pub label: String,
}

/// A kind of schedule she can choose, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScheduleChoice {
    pub schedule: ScheduleKind,
    /// "Split dose: morning and evening".
    pub label: String,
}

/// A medicine she can choose, with the units and schedules that fit it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MedicineKindChoice {
    pub kind: MedicineKind,
    /// "Methadone oral solution".
    pub label: String,
    /// Methadone or buprenorphine: the tolerance warning and dose questions apply.
    pub is_opioid_treatment: bool,
    /// Whether she must type a name (any other medicine); else a name is optional.
    pub needs_name: bool,
    /// The hint for the name field with this kind.
    pub name_hint: String,
    /// The units a dose of it can be given in, the usual one first.
    pub units: Vec<UnitChoice>,
    /// The schedules it can follow, the usual one first.
    pub schedules: Vec<ScheduleChoice>,
}

/// Supervised at the pharmacy or taken at home, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CollectionChoice {
    pub collection: Collection,
    /// "Taken at the pharmacy".
    pub label: String,
    /// "You take it at the pharmacy, except on your take-home days."
    pub hint: String,
    /// Whether take-home days can be chosen with it.
    pub has_take_home_days: bool,
}

/// A day of the week, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WeekdayChoice {
    pub weekday: Weekday,
    /// "Monday".
    pub label: String,
}

/// What "Change the dose" needs (`change_dose`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DoseChangeForm {
    /// "Change the dose".
    pub title: String,
    /// "When your prescriber changes your dose, ...".
    pub hint: String,
    /// The dose in effect on the default date.
    pub current: Regimen,
    /// "Your dose now: 40 mg and 30 mg".
    pub current_label: String,
    /// The date the change starts unless she picks another ("YYYY-MM-DD"): today, kept
    /// within the medicine's start and end.
    pub default_effective_date: String,
    /// Effective date, dose (and evening dose for a split dose), schedule and note.
    pub fields: Vec<FormField>,
}

/// The medicine form: adding one, or one she has (its values, and changing the dose,
/// stopping it, logging an as-needed dose).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MedicineForm {
    /// "New medicine" or "Your medicine".
    pub title: String,
    /// The medicine shown; `None` when adding one (`add_medicine`).
    pub medicine_id: Option<String>,
    /// What the fields hold to begin with: its values (with the dose in effect today),
    /// or defaults for a new one (methadone, once a day at 09:00, at the pharmacy, from
    /// today). An `amount` of 0 means not filled in yet.
    pub values: MedicineDraft,
    /// Every field with its label and hint. Field codes: kind, name, dose, evening dose,
    /// unit, schedule, time, morning time, evening time, weekday, day of month,
    /// collection, take home days, pharmacy, start date, end date.
    pub fields: Vec<FormField>,
    /// The label of the `dose` field when the schedule is a split dose ("Morning dose").
    pub morning_dose_label: String,
    /// Every medicine she can choose, opioid treatment first.
    pub kinds: Vec<MedicineKindChoice>,
    pub collections: Vec<CollectionChoice>,
    /// Monday to Sunday, for take-home days and a weekly schedule.
    pub weekdays: Vec<WeekdayChoice>,
    /// For a medicine she has that has not ended: changing its dose.
    pub change_dose: Option<DoseChangeForm>,
    /// For a medicine she has that has not ended: stopping it (`stop_medicine`) after
    /// `stop_default_date`.
    pub stop: Option<ConfirmWords>,
    /// The last day she takes it, unless she picks another ("YYYY-MM-DD").
    pub stop_default_date: Option<String>,
    /// "Log a dose", for a medicine taken when needed (`log_as_needed_dose`).
    pub log_as_needed_label: Option<String>,
    /// "Save".
    pub save_label: String,
}

#[uniffi::export]
impl Vault {
    /// The medicine form at `now`: empty with defaults when `medicine_id` is `None`,
    /// else that medicine's values with what changing its dose or stopping it needs.
    pub fn medicine_form(&self, medicine_id: Option<String>, now: SystemTime) -> Result<MedicineForm> {
        let now = time::timestamp(now)?;
        self.read(|conn| {
            let today = now.to_zoned(time::zone(&crate::vault::settings_zone(conn)?)?).date();
            let stored = medicine_id
                .as_deref()
                .map(|id| medicine_store::load_one(conn, id))
                .transpose()?;
            Ok(build(stored.map(|m| m.to_record(today)), today))
        })
    }
}

fn build(medicine: Option<Medicine>, today: Date) -> MedicineForm {
    let values = match &medicine {
        Some(m) => MedicineDraft {
            kind: m.kind,
            name: Some(m.name.clone()),
            amount: m.current.amount,
            evening_amount: m.current.evening_amount,
            unit: m.unit,
            schedule: m.current.schedule.clone(),
            collection: m.collection,
            take_home_days: m.take_home_days.clone(),
            pharmacy: m.pharmacy.clone(),
            start_date: m.start_date.clone(),
            end_date: m.end_date.clone(),
        },
        None => MedicineDraft {
            kind: MedicineKind::MethadoneOralSolution,
            name: None,
            amount: 0.0,
            evening_amount: None,
            unit: DoseUnit::Mg,
            schedule: DoseSchedule::Daily {
                time: "09:00".to_string(),
            },
            collection: Collection::SupervisedAtPharmacy,
            take_home_days: vec![],
            pharmacy: None,
            start_date: today.to_string(),
            end_date: None,
        },
    };
    let still_taken = medicine.as_ref().filter(|m| !ended(m, today));
    let stop_date = still_taken.map(|m| within(today, m).to_string());
    MedicineForm {
        title: text(
            if medicine.is_some() {
                "medicine-form-edit"
            } else {
                "medicine-form-add"
            },
            &[],
        ),
        medicine_id: medicine.as_ref().map(|m| m.id.clone()),
        fields: fields(),
        morning_dose_label: text("medicine-field-morning-amount", &[]),
        kinds: MedicineKind::ALL.iter().map(|k| kind_choice(*k)).collect(),
        collections: [Collection::SupervisedAtPharmacy, Collection::TakeHome]
            .iter()
            .map(|c| CollectionChoice {
                collection: *c,
                label: label("collection", c),
                hint: label("collection-hint", c),
                has_take_home_days: *c == Collection::SupervisedAtPharmacy,
            })
            .collect(),
        weekdays: WEEKDAYS
            .iter()
            .map(|w| WeekdayChoice {
                weekday: *w,
                label: label("weekday", w),
            })
            .collect(),
        change_dose: still_taken.map(|m| change_form(m, today)),
        stop: still_taken.zip(stop_date.as_deref()).map(|(m, d)| ConfirmWords {
            button: text("medicine-stop", &[]),
            question: text(
                "medicine-stop-question",
                &[
                    ("medicine", m.name.as_str().into()),
                    ("date", d.parse().map(long_date).unwrap_or_default().into()),
                ],
            ),
            confirm: text("medicine-stop-confirm", &[]),
            keep: text("medicine-stop-keep", &[]),
        }),
        stop_default_date: stop_date,
        log_as_needed_label: still_taken
            .filter(|m| matches!(m.current.schedule, DoseSchedule::AsNeeded))
            .map(|_| text("medicine-log-as-needed", &[])),
        save_label: text("medicine-form-save", &[]),
        values,
    }
}

fn kind_choice(kind: MedicineKind) -> MedicineKindChoice {
    let needs_name = kind == MedicineKind::Other;
    MedicineKindChoice {
        kind,
        label: label("medicine-kind", &kind),
        is_opioid_treatment: kind.is_opioid_treatment(),
        needs_name,
        name_hint: text(
            if needs_name {
                "medicine-hint-name-needed"
            } else {
                "medicine-hint-name-optional"
            },
            &[],
        ),
        units: kind
            .units()
            .iter()
            .map(|u| UnitChoice {
                unit: *u,
                label: label("unit", u),
            })
            .collect(),
        schedules: kind
            .schedules()
            .iter()
            .map(|s| ScheduleChoice {
                schedule: *s,
                label: label("schedule-kind", s),
            })
            .collect(),
    }
}

/// Whether it ended before `today`.
fn ended(m: &Medicine, today: Date) -> bool {
    m.end_date
        .as_deref()
        .and_then(|e| e.parse::<Date>().ok())
        .is_some_and(|e| e < today)
}

/// `today`, moved to the medicine's start when it starts later.
fn within(today: Date, m: &Medicine) -> Date {
    m.start_date.parse::<Date>().map_or(today, |s| today.max(s))
}

fn change_form(m: &Medicine, today: Date) -> DoseChangeForm {
    let f = |field: &str, id: &str, hint: Option<&str>| FormField {
        field: field.to_string(),
        label: text(id, &[]),
        hint: hint.map(|h| text(h, &[])),
    };
    DoseChangeForm {
        title: text("medicine-change-dose", &[]),
        hint: text("medicine-change-dose-hint", &[]),
        current_label: text(
            "medicine-dose-now",
            &[("amount", m.current.amount_label.as_str().into())],
        ),
        current: m.current.clone(),
        default_effective_date: within(today, m).to_string(),
        fields: vec![
            f(
                "effective date",
                "medicine-field-effective-date",
                Some("medicine-hint-effective-date"),
            ),
            f("dose", "medicine-field-amount", None),
            f("evening dose", "medicine-field-evening-amount", None),
            f("schedule", "medicine-field-schedule", None),
            f("note", "medicine-field-note", None),
        ],
    }
}

fn fields() -> Vec<FormField> {
    let f = |field: &str, id: &str, hint: Option<&str>| FormField {
        field: field.to_string(),
        label: text(id, &[]),
        hint: hint.map(|h| text(h, &[])),
    };
    vec![
        f("kind", "medicine-field-kind", None),
        f("name", "medicine-field-name", None),
        f("dose", "medicine-field-amount", None),
        f("evening dose", "medicine-field-evening-amount", None),
        f("unit", "medicine-field-unit", None),
        f("schedule", "medicine-field-schedule", None),
        f("time", "medicine-field-time", None),
        f("morning time", "medicine-field-morning-time", None),
        f("evening time", "medicine-field-evening-time", None),
        f("weekday", "medicine-field-weekday", None),
        f(
            "day of month",
            "medicine-field-day-of-month",
            Some("medicine-hint-day-of-month"),
        ),
        f("collection", "medicine-field-collection", None),
        f(
            "take home days",
            "medicine-field-take-home-days",
            Some("medicine-hint-take-home-days"),
        ),
        f("pharmacy", "medicine-field-pharmacy", None),
        f("start date", "medicine-field-start-date", None),
        f("end date", "medicine-field-end-date", Some("medicine-hint-end-date")),
    ]
}
