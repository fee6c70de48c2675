//! The demo's made-up fortnight: a woman about 34 weeks pregnant, on a split methadone
//! dose, with the appointments a week either side of `now` that the perinatal pathway
//! brings, at venues from the made-up "Sampleton" sample directory. Every name and place
//! is fictional. Everything goes in through the same public
//! calls a phone makes, so the demo also shows the API in use.

use alongside_core::{
    time, AppointmentDraft, AppointmentKind, AppointmentStatus, Collection, DoseChange, DoseEntry, DoseSchedule,
    DoseSlot, DoseStatus, DoseUnit, MedicineDraft, MedicineKind, Repeat, RepeatEnd, Scope, Vault, Weekday,
};
use jiff::civil::Date;
use jiff::ToSpan;
use std::str::FromStr;
use std::time::SystemTime;

use crate::error::{CliError, CliResult};

const DAY: u32 = 24 * 60;
const TWO_HOURS: u32 = 120;

/// Days relative to today, in the vault's home zone.
struct Calendar {
    today: Date,
    zone: String,
}

impl Calendar {
    fn day(&self, offset: i64) -> CliResult<String> {
        self.today
            .checked_add(offset.days())
            .map(|d| d.to_string())
            .map_err(|_| CliError::usage(crate::words::ui("cli-error-demo-date")))
    }

    /// "YYYY-MM-DD HH:MM" for `offset` days from today.
    fn at(&self, offset: i64, hh_mm: &str) -> CliResult<String> {
        Ok(format!("{} {hh_mm}", self.day(offset)?))
    }

    /// The instant of a local time, for doses logged as taken then.
    fn instant(&self, offset: i64, hh_mm: &str) -> CliResult<SystemTime> {
        let local = time::parse_local("time", &self.at(offset, hh_mm)?)?;
        Ok(SystemTime::from(
            time::resolve(local, &time::zone(&self.zone)?)?.timestamp(),
        ))
    }
}

/// The made-up sample directory for "Sampleton" that ships with the app's content.
const SAMPLE_DIRECTORY: &[u8] = include_bytes!("../../core/content/directory/sample/sample.bundle");

/// Where a demo appointment is: at home, or at a venue from the sample directory.
#[derive(Clone, Copy)]
enum Where {
    Home,
    Venue(&'static str),
}

/// Fills `vault` with the fortnight around `now`, with the sample directory installed so
/// appointments can show what else meets where they are.
pub fn fill(vault: &Vault, now: SystemTime) -> CliResult<()> {
    let cal = Calendar {
        today: Date::from_str(&vault.today_date(now)?)
            .map_err(|_| CliError::usage(crate::words::ui("cli-error-demo-today")))?,
        zone: vault.settings()?.time_zone,
    };
    let mut options = vault.directory_options()?;
    options.allow_sample_data = true;
    vault.set_directory_options(options)?;
    vault.import_directory(SAMPLE_DIRECTORY.to_vec(), now)?;
    medicines(vault, &cal, now)?;
    appointments(vault, &cal, now)?;
    Ok(())
}

fn medicines(vault: &Vault, cal: &Calendar, now: SystemTime) -> CliResult<()> {
    let methadone = vault.add_medicine(
        MedicineDraft {
            kind: MedicineKind::MethadoneOralSolution,
            name: None,
            amount: 60.0,
            evening_amount: None,
            unit: DoseUnit::Mg,
            schedule: DoseSchedule::Daily { time: "08:30".into() },
            collection: Collection::SupervisedAtPharmacy,
            take_home_days: vec![Weekday::Sunday],
            pharmacy: Some("Mill Lane Pharmacy, 6 Mill Lane, Sampleton".into()),
            start_date: cal.day(-120)?,
            end_date: None,
        },
        now,
    )?;
    // Late in pregnancy the body clears methadone faster, so the dose was raised and split.
    vault.change_dose(
        methadone.clone(),
        DoseChange {
            effective_date: cal.day(-10)?,
            amount: 40.0,
            evening_amount: Some(30.0),
            schedule: Some(DoseSchedule::SplitDaily {
                morning_time: "08:30".into(),
                evening_time: "19:00".into(),
            }),
            note: Some("Split into morning and evening at the prescriber review, to help with evenings.".into()),
        },
        now,
    )?;
    let vitamin_d = vault.add_medicine(
        MedicineDraft {
            kind: MedicineKind::Other,
            name: Some("Vitamin D".into()),
            amount: 10.0,
            evening_amount: None,
            unit: DoseUnit::Microgram,
            schedule: DoseSchedule::Daily { time: "09:00".into() },
            collection: Collection::TakeHome,
            take_home_days: vec![],
            pharmacy: None,
            start_date: cal.day(-150)?,
            end_date: None,
        },
        now,
    )?;
    let paracetamol = vault.add_medicine(
        MedicineDraft {
            kind: MedicineKind::Other,
            name: Some("Paracetamol".into()),
            amount: 2.0,
            evening_amount: None,
            unit: DoseUnit::Tablet,
            schedule: DoseSchedule::AsNeeded,
            collection: Collection::TakeHome,
            take_home_days: vec![],
            pharmacy: None,
            start_date: cal.day(-30)?,
            end_date: None,
        },
        now,
    )?;

    for offset in -7..=-1 {
        let date = cal.day(offset)?;
        let missed_evening = offset == -3;
        let log = |slot, status, at: Option<SystemTime>, note: Option<&str>| {
            vault.log_dose(
                DoseEntry {
                    medicine_id: methadone.clone(),
                    date: date.clone(),
                    slot,
                    status,
                    taken_at: at,
                    note: note.map(Into::into),
                    amount_taken: None,
                    confirm_change: false,
                },
                now,
            )
        };
        log(
            DoseSlot::Morning,
            DoseStatus::Taken,
            Some(cal.instant(offset, "08:40")?),
            None,
        )?;
        if missed_evening {
            log(
                DoseSlot::Evening,
                DoseStatus::Missed,
                None,
                Some("Fell asleep early after a long day."),
            )?;
        } else {
            log(
                DoseSlot::Evening,
                DoseStatus::Taken,
                Some(cal.instant(offset, "19:05")?),
                None,
            )?;
        }
        // Vitamin D forgotten now and then, as happens.
        if offset % 3 != 0 {
            vault.log_dose(
                DoseEntry {
                    medicine_id: vitamin_d.clone(),
                    date,
                    slot: DoseSlot::Only,
                    status: DoseStatus::Taken,
                    taken_at: Some(cal.instant(offset, "09:10")?),
                    note: None,
                    amount_taken: None,
                    confirm_change: false,
                },
                now,
            )?;
        }
    }
    // This morning's dose, once its time has passed.
    let this_morning = cal.instant(0, "08:40")?;
    if this_morning <= now {
        vault.log_dose(
            DoseEntry {
                medicine_id: methadone.clone(),
                date: cal.day(0)?,
                slot: DoseSlot::Morning,
                status: DoseStatus::Taken,
                taken_at: Some(this_morning),
                note: None,
                amount_taken: None,
                confirm_change: false,
            },
            now,
        )?;
    }
    vault.log_as_needed_dose(
        paracetamol,
        cal.instant(-4, "21:00")?,
        2.0,
        Some("Back ache.".into()),
        now,
    )?;
    Ok(())
}

fn appointments(vault: &Vault, cal: &Calendar, now: SystemTime) -> CliResult<()> {
    let draft = |title: &str, kind, start: String, minutes, place: Where, with: &str| AppointmentDraft {
        title: title.into(),
        kind,
        start,
        time_zone: None,
        duration_minutes: minutes,
        location: match place {
            Where::Home => Some("Home".into()),
            Where::Venue(_) => None,
        },
        with_whom: Some(with.into()),
        notes: None,
        reminder_minutes_before: vec![DAY, TWO_HOURS],
        repeat: None,
        venue_id: match place {
            Where::Home => None,
            Where::Venue(id) => Some(id.into()),
        },
        clock_change: None,
    };
    let drug_service = Where::Venue("bridge-street-centre");
    let maternity = Where::Venue("general-hospital");

    let midwife = vault.add_appointment(
        AppointmentDraft {
            notes: Some("Ask about the birth plan and feeding on methadone.".into()),
            ..draft(
                "Antenatal check",
                AppointmentKind::SpecialistMidwife,
                cal.at(-6, "10:00")?,
                45,
                maternity,
                "Maya Okafor, specialist midwife",
            )
        },
        now,
    )?;
    vault.set_appointment_status(midwife, 0, AppointmentStatus::Attended, now)?;

    let key_worker = vault.add_appointment(
        AppointmentDraft {
            repeat: Some(Repeat {
                every_weeks: 1,
                end: RepeatEnd::Count { occurrences: 8 },
            }),
            ..draft(
                "Key worker check-in",
                AppointmentKind::DrugAndAlcoholKeyWorker,
                cal.at(-7, "11:00")?,
                60,
                drug_service,
                "Jo Patel, key worker",
            )
        },
        now,
    )?;
    vault.set_appointment_status(key_worker, 0, AppointmentStatus::Attended, now)?;

    let scan = vault.add_appointment(
        draft(
            "Growth scan",
            AppointmentKind::AntenatalClinicOrScan,
            cal.at(-3, "09:30")?,
            30,
            maternity,
            "Sonographer",
        ),
        now,
    )?;
    vault.set_appointment_status(scan, 0, AppointmentStatus::Missed, now)?;

    let group = vault.add_appointment(
        AppointmentDraft {
            repeat: Some(Repeat {
                every_weeks: 1,
                end: RepeatEnd::Until { date: cal.day(60)? },
            }),
            notes: Some("Bring a snack. Creche available.".into()),
            reminder_minutes_before: vec![TWO_HOURS],
            ..draft(
                "Mothers Together group",
                AppointmentKind::PeerSupport,
                cal.at(-5, "13:00")?,
                90,
                Where::Venue("family-hub"),
                "Peer mentors",
            )
        },
        now,
    )?;
    vault.set_appointment_status(group, 0, AppointmentStatus::Attended, now)?;

    let review = vault.add_appointment(
        draft(
            "Methadone review",
            AppointmentKind::PrescriberReview,
            cal.at(1, "14:00")?,
            30,
            drug_service,
            "Dr Priya Nair, prescriber",
        ),
        now,
    )?;
    vault.reschedule_appointment(review, 0, cal.at(3, "10:30")?, Scope::ThisOccurrence, now, None)?;

    vault.add_appointment(
        AppointmentDraft {
            notes: Some("Pre-birth planning. Ask if Jo can come too.".into()),
            ..draft(
                "Home visit",
                AppointmentKind::SocialWorker,
                cal.at(2, "15:00")?,
                60,
                Where::Home,
                "Sam Fletcher, social worker",
            )
        },
        now,
    )?;
    vault.add_appointment(
        draft(
            "Antenatal contact",
            AppointmentKind::HealthVisitor,
            cal.at(5, "10:00")?,
            60,
            Where::Home,
            "Aisha Rahman, health visitor",
        ),
        now,
    )?;
    vault.add_appointment(
        draft(
            "Antenatal check",
            AppointmentKind::SpecialistMidwife,
            cal.at(6, "10:00")?,
            45,
            maternity,
            "Maya Okafor, specialist midwife",
        ),
        now,
    )?;
    Ok(())
}
