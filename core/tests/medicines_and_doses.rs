//! Medicines (OST first), dose history, the dose log and the tolerance warning.

mod common;

use alongside_core::*;
use common::*;

fn split(morning: f64, evening: f64) -> MedicineDraft {
    MedicineDraft {
        amount: morning,
        evening_amount: Some(evening),
        schedule: DoseSchedule::SplitDaily {
            morning_time: "08:30".into(),
            evening_time: "20:00".into(),
        },
        ..methadone("2026-11-01", morning)
    }
}

fn doses(v: &Vault, date: &str) -> Vec<DoseView> {
    v.doses_between(date.into(), date.into()).unwrap()
}

fn tolerance_alerts(v: &Vault, now: std::time::SystemTime) -> Vec<Alert> {
    v.today(now)
        .unwrap()
        .alerts
        .into_iter()
        .filter(|a| a.kind == AlertKind::ToleranceWarning)
        .collect()
}

#[test]
fn a_split_methadone_dose_is_taken_at_the_pharmacy_in_the_morning_and_at_home_in_the_evening() {
    let tv = new_vault();
    let id = tv.vault.add_medicine(split(40.0, 30.0), monday_morning()).unwrap();
    let monday = doses(&tv.vault, "2026-11-23");
    let view: Vec<(DoseSlot, Option<&str>, f64, bool)> = monday
        .iter()
        .map(|d| (d.slot, d.scheduled_time.as_deref(), d.amount, d.take_home))
        .collect();
    assert_eq!(
        view,
        [
            (DoseSlot::Morning, Some("08:30"), 40.0, false),
            (DoseSlot::Evening, Some("20:00"), 30.0, true)
        ]
    );
    assert_eq!(monday[0].place_label, "At the pharmacy");
    assert_eq!(monday[1].place_label, "Take-home");
    assert_eq!(monday[0].unit_label, "mg");
    assert_eq!(monday[0].amount_label, "40 mg");
    assert!(monday.iter().all(|d| d.loggable));
    assert!(
        doses(&tv.vault, "2026-11-22").iter().all(|d| d.take_home),
        "Sunday is a take-home day"
    );
    let m = &tv.vault.medicines(monday_morning()).unwrap()[0];
    assert_eq!(
        (m.id.as_str(), m.name.as_str(), m.is_opioid_treatment),
        (id.as_str(), "Methadone", true)
    );
    assert_eq!(m.kind_label, "Methadone oral solution");
    assert_eq!(m.collection_label, "Taken at the pharmacy");
    assert_eq!(m.current.schedule_label, "Split dose: 08:30 and 20:00 every day");
    assert_eq!(m.current.amount_label, "40 mg and 30 mg");
}

#[test]
fn with_no_dose_named_the_split_dose_due_now_or_the_next_one_not_logged_is_chosen() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(split(40.0, 30.0), monday_morning()).unwrap();
    let chosen = |date: &str, now: &str| v.dose_to_log(&id, date, at(now));
    // Before the morning dose's time, it is the next one; after it, the one due.
    assert_eq!(chosen("2026-11-23", "2026-11-23T07:00:00Z").unwrap(), DoseSlot::Morning);
    assert_eq!(chosen("2026-11-23", "2026-11-23T12:00:00Z").unwrap(), DoseSlot::Morning);
    // In the evening, with neither logged, the evening dose is the one due now.
    assert_eq!(chosen("2026-11-23", "2026-11-23T21:00:00Z").unwrap(), DoseSlot::Evening);
    // Once the morning dose is logged, the evening's is next, whatever the time.
    log(
        v,
        &id,
        "2026-11-23",
        DoseSlot::Morning,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    assert_eq!(chosen("2026-11-23", "2026-11-23T09:00:00Z").unwrap(), DoseSlot::Evening);
    // An earlier day: the first dose not logged yet.
    assert_eq!(chosen("2026-11-22", "2026-11-23T21:00:00Z").unwrap(), DoseSlot::Morning);
    // Both logged: she must say which to change.
    log(
        v,
        &id,
        "2026-11-23",
        DoseSlot::Evening,
        DoseStatus::Taken,
        at("2026-11-23T20:05:00Z"),
    )
    .unwrap();
    assert_invalid(chosen("2026-11-23", "2026-11-23T21:00:00Z"), "slot");

    // A medicine with one dose a day: that dose.
    let daily = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    assert_eq!(
        v.dose_to_log(&daily, "2026-11-23", monday_morning()).unwrap(),
        DoseSlot::Only
    );
}

#[test]
fn implausible_or_mismatched_prescriptions_are_refused_and_nothing_is_written() {
    let tv = new_vault();
    let weekly_injection = MedicineDraft {
        kind: MedicineKind::BuprenorphineInjectionWeekly,
        ..methadone("2026-11-01", 16.0)
    };
    let cases: Vec<(MedicineDraft, &str)> = vec![
        (methadone("2026-11-01", 1200.0), "dose"),
        (methadone("2026-11-01", 0.0), "dose"),
        (methadone("2026-11-01", -5.0), "dose"),
        (methadone("2026-11-01", f64::NAN), "dose"),
        (methadone("2026-11-01", f64::INFINITY), "dose"),
        (split(600.0, 500.0), "dose"),
        // Each part of a split dose names itself, so she knows which number to change.
        (split(40.0, -5.0), "evening dose"),
        (split(-40.0, 30.0), "dose"),
        (
            MedicineDraft {
                evening_amount: None,
                ..split(40.0, 30.0)
            },
            "evening dose",
        ),
        (
            MedicineDraft {
                evening_amount: Some(10.0),
                ..methadone("2026-11-01", 40.0)
            },
            "evening dose",
        ),
        (
            MedicineDraft {
                kind: MedicineKind::BuprenorphineSublingual,
                ..methadone("2026-11-01", 40.0)
            },
            "dose",
        ),
        (
            MedicineDraft {
                unit: DoseUnit::Tablet,
                ..methadone("2026-11-01", 40.0)
            },
            "unit",
        ),
        (weekly_injection, "schedule"),
        (
            MedicineDraft {
                kind: MedicineKind::Other,
                ..methadone("2026-11-01", 1.0)
            },
            "name",
        ),
        (methadone("2026-11-31", 40.0), "start date"),
        (
            MedicineDraft {
                end_date: Some("2026-10-01".into()),
                ..methadone("2026-11-01", 40.0)
            },
            "end date",
        ),
        (
            MedicineDraft {
                schedule: DoseSchedule::Daily { time: "9am".into() },
                ..methadone("2026-11-01", 40.0)
            },
            "time",
        ),
        (
            MedicineDraft {
                schedule: DoseSchedule::SplitDaily {
                    morning_time: "20:00".into(),
                    evening_time: "08:00".into(),
                },
                ..split(40.0, 30.0)
            },
            "evening time",
        ),
    ];
    for (d, field) in cases {
        assert_invalid(tv.vault.add_medicine(d, monday_morning()), field);
    }
    assert!(tv.vault.medicines(monday_morning()).unwrap().is_empty());
}

#[test]
fn a_long_acting_injection_is_due_only_on_its_day() {
    let tv = new_vault();
    let d = MedicineDraft {
        kind: MedicineKind::BuprenorphineInjectionMonthly,
        amount: 96.0,
        schedule: DoseSchedule::Monthly {
            day_of_month: 31,
            time: "11:00".into(),
        },
        collection: Collection::SupervisedAtPharmacy,
        take_home_days: vec![],
        ..methadone("2026-01-01", 96.0)
    };
    tv.vault.add_medicine(d, monday_morning()).unwrap();
    let due: Vec<String> = tv
        .vault
        .doses_between("2026-02-01".into(), "2026-04-30".into())
        .unwrap()
        .into_iter()
        .map(|d| d.date)
        .collect();
    assert_eq!(
        due,
        ["2026-02-28", "2026-03-31", "2026-04-30"],
        "the last day in shorter months"
    );
}

#[test]
fn a_dose_change_is_kept_as_history_and_applies_from_its_date() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    let change = DoseChange {
        effective_date: "2026-11-20".into(),
        amount: 45.0,
        evening_amount: Some(35.0),
        schedule: Some(DoseSchedule::SplitDaily {
            morning_time: "08:00".into(),
            evening_time: "19:00".into(),
        }),
        note: Some("Split for the third trimester".into()),
    };
    tv.vault.change_dose(id.clone(), change, monday_morning()).unwrap();
    let m = &tv.vault.medicines(monday_morning()).unwrap()[0];
    assert_eq!(m.history.len(), 2);
    assert_eq!(m.history[0].amount, 60.0);
    assert_eq!(m.current.amount, 45.0);
    assert_eq!(m.current.evening_amount, Some(35.0));
    assert_eq!(doses(&tv.vault, "2026-11-19").len(), 1);
    assert_eq!(doses(&tv.vault, "2026-11-20").len(), 2);
    let too_high = DoseChange {
        effective_date: "2026-11-25".into(),
        amount: 1500.0,
        evening_amount: Some(30.0),
        schedule: None,
        note: None,
    };
    assert_invalid(tv.vault.change_dose(id.clone(), too_high, monday_morning()), "dose");
    let before_start = DoseChange {
        effective_date: "2026-10-01".into(),
        amount: 50.0,
        evening_amount: None,
        schedule: None,
        note: None,
    };
    assert_invalid(
        tv.vault.change_dose(id.clone(), before_start, monday_morning()),
        "effective date",
    );
    assert_eq!(tv.vault.medicines(monday_morning()).unwrap()[0].history.len(), 2);
}

#[test]
fn stopping_a_medicine_ends_its_doses_but_keeps_its_history() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    log(
        &tv.vault,
        &id,
        "2026-11-10",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    tv.vault
        .stop_medicine(id.clone(), "2026-11-15".into(), monday_morning())
        .unwrap();
    assert!(doses(&tv.vault, "2026-11-16").is_empty());
    assert_eq!(doses(&tv.vault, "2026-11-10")[0].state, DoseState::Taken);
    assert_invalid(
        tv.vault.stop_medicine(id, "2026-10-01".into(), monday_morning()),
        "end date",
    );
}

#[test]
fn logging_a_dose_records_when_it_was_taken_and_a_correction_goes_through_with_her_yes() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    tv.vault
        .log_dose(
            DoseEntry {
                medicine_id: id.clone(),
                date: "2026-11-23".into(),
                slot: DoseSlot::Only,
                status: DoseStatus::PartlyTaken,
                taken_at: Some(at("2026-11-23T08:55:00Z")),
                note: Some("Felt sick".into()),
                amount_taken: None,
                confirm_change: false,
            },
            monday_morning(),
        )
        .unwrap();
    let d = &doses(&tv.vault, "2026-11-23")[0];
    assert_eq!(d.state, DoseState::PartlyTaken);
    assert_eq!(d.taken_at, Some(at("2026-11-23T08:55:00Z")));
    assert_eq!(d.note.as_deref(), Some("Felt sick"));
    correct(
        &tv.vault,
        &id,
        "2026-11-23",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    let again = doses(&tv.vault, "2026-11-23");
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].state, DoseState::Taken);
    assert_eq!(
        again[0].taken_at,
        Some(monday_morning()),
        "taken now when no time is given"
    );
}

#[test]
fn a_dose_that_is_not_due_or_not_yet_due_cannot_be_logged() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    assert_invalid(
        log(
            &tv.vault,
            &id,
            "2026-11-24",
            DoseSlot::Only,
            DoseStatus::Taken,
            monday_morning(),
        ),
        "date",
    );
    assert_invalid(
        log(
            &tv.vault,
            &id,
            "2026-11-23",
            DoseSlot::Evening,
            DoseStatus::Taken,
            monday_morning(),
        ),
        "dose",
    );
    assert_invalid(
        log(
            &tv.vault,
            &id,
            "2026-10-23",
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        ),
        "dose",
    );
    assert_invalid(
        log(
            &tv.vault,
            &id,
            "2026-11-23",
            DoseSlot::AsNeeded,
            DoseStatus::Taken,
            monday_morning(),
        ),
        "dose",
    );
    let future = DoseEntry {
        medicine_id: id.clone(),
        date: "2026-11-23".into(),
        slot: DoseSlot::Only,
        status: DoseStatus::Taken,
        taken_at: Some(at("2026-11-23T18:00:00Z")),
        note: None,
        amount_taken: None,
        confirm_change: false,
    };
    assert_invalid(tv.vault.log_dose(future, monday_morning()), "taken at");
    assert!(matches!(
        log(
            &tv.vault,
            "no-such-medicine",
            "2026-11-23",
            DoseSlot::Only,
            DoseStatus::Taken,
            monday_morning()
        ),
        Err(AlongsideError::NotFound { .. })
    ));
    assert!(doses(&tv.vault, "2026-11-23")
        .iter()
        .all(|d| d.state == DoseState::NotYetLogged));
}

#[test]
fn an_as_needed_dose_is_listed_after_the_scheduled_ones() {
    let tv = new_vault();
    let para = MedicineDraft {
        kind: MedicineKind::Other,
        name: Some("Paracetamol".into()),
        amount: 1.0,
        unit: DoseUnit::Tablet,
        schedule: DoseSchedule::AsNeeded,
        collection: Collection::TakeHome,
        ..methadone("2026-11-01", 1.0)
    };
    let meth = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    let id = tv.vault.add_medicine(para, monday_morning()).unwrap();
    tv.vault
        .log_as_needed_dose(id.clone(), at("2026-11-23T07:00:00Z"), 2.0, None, monday_morning())
        .unwrap();
    let list = doses(&tv.vault, "2026-11-23");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].medicine_id, meth);
    assert_eq!(
        (list[1].slot, list[1].amount, list[1].state),
        (DoseSlot::AsNeeded, 2.0, DoseState::Taken)
    );
    assert_invalid(
        tv.vault
            .log_as_needed_dose(id.clone(), monday_morning(), 0.0, None, monday_morning()),
        "dose",
    );
    assert_invalid(
        tv.vault
            .log_as_needed_dose(id, at("2026-11-24T07:00:00Z"), 1.0, None, monday_morning()),
        "taken at",
    );
}

#[test]
fn missed_three_days_in_a_row_warns_about_tolerance_with_its_sources() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
    }
    let alerts = tolerance_alerts(&tv.vault, monday_morning());
    assert_eq!(alerts.len(), 1);
    let a = &alerts[0];
    assert_eq!(a.missed_days, Some(3));
    assert_eq!(a.medicine_id.as_deref(), Some(id.as_str()));
    assert!(a.title.contains("prescriber or pharmacist"), "{}", a.title);
    assert!(a.body.contains("3 missed days of methadone"), "{}", a.body);
    assert!(a.safety_net.as_deref().unwrap_or("").contains("999"));
    assert!(a.sources.iter().any(|s| s.organisation == "NHS Lothian"));
    assert!(a.sources.iter().any(|s| s.citation
        == "Department of Health and Social Care, Drug misuse and dependence: UK guidelines on clinical management (2017)"));
    assert_eq!(a.action, AlertAction::ShowMedicine);
    assert!(a.review_by.is_some() && a.last_reviewed.is_some());
    assert!(a
        .checked_label
        .as_deref()
        .unwrap_or("")
        .starts_with("Checked Saturday 21 November 2026."));
}

#[test]
fn two_missed_days_do_not_warn() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    for day in ["2026-11-21", "2026-11-22"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
    }
    assert!(tolerance_alerts(&tv.vault, monday_morning()).is_empty());
}

#[test]
fn taking_a_dose_clears_the_tolerance_warning() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
    }
    log(
        &tv.vault,
        &id,
        "2026-11-23",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    assert!(tolerance_alerts(&tv.vault, monday_morning()).is_empty());
}

#[test]
fn today_missed_as_well_makes_four_days() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    for day in ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
    }
    assert_eq!(tolerance_alerts(&tv.vault, monday_morning())[0].missed_days, Some(4));
}

#[test]
fn a_day_before_she_added_the_medicine_with_nothing_logged_breaks_the_run() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    for day in ["2026-11-19", "2026-11-20", "2026-11-22"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
    }
    assert!(tolerance_alerts(&tv.vault, monday_morning()).is_empty());
}

#[test]
fn a_split_dose_day_counts_as_missed_only_when_both_parts_were_missed() {
    let tv = new_vault();
    let id = tv.vault.add_medicine(split(40.0, 30.0), monday_morning()).unwrap();
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Morning,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
        let evening = if day == "2026-11-21" {
            DoseStatus::Vomited
        } else {
            DoseStatus::Missed
        };
        log(&tv.vault, &id, day, DoseSlot::Evening, evening, monday_morning()).unwrap();
    }
    assert!(
        tolerance_alerts(&tv.vault, monday_morning()).is_empty(),
        "a vomited dose was still taken"
    );
    correct(
        &tv.vault,
        &id,
        "2026-11-21",
        DoseSlot::Evening,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    assert_eq!(tolerance_alerts(&tv.vault, monday_morning()).len(), 1);
}

#[test]
fn missed_days_of_a_medicine_that_is_not_ost_never_raise_the_tolerance_warning() {
    let tv = new_vault();
    let d = MedicineDraft {
        kind: MedicineKind::Other,
        name: Some("Folic acid".into()),
        amount: 400.0,
        unit: DoseUnit::Microgram,
        ..methadone("2026-11-01", 1.0)
    };
    let id = tv.vault.add_medicine(d, monday_morning()).unwrap();
    for day in ["2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"] {
        log(
            &tv.vault,
            &id,
            day,
            DoseSlot::Only,
            DoseStatus::Missed,
            monday_morning(),
        )
        .unwrap();
    }
    assert!(tolerance_alerts(&tv.vault, monday_morning()).is_empty());
}

#[test]
fn a_partly_taken_dose_offers_about_a_quarter_half_or_three_quarters_to_say_how_much_she_took() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    let day = |d: &str| v.doses_between(d.into(), d.into()).unwrap().remove(0);
    assert!(
        day("2026-11-22").part_choices.is_empty(),
        "nothing to choose before she says"
    );
    log(
        v,
        &id,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::PartlyTaken,
        monday_morning(),
    )
    .unwrap();
    let choices = day("2026-11-22").part_choices;
    let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "About a quarter (15 mg)",
            "About half (30 mg)",
            "About three quarters (45 mg)"
        ]
    );
    // Each choice is an amount the core accepts for this dose.
    v.log_dose(
        DoseEntry {
            medicine_id: id.clone(),
            date: "2026-11-22".into(),
            slot: DoseSlot::Only,
            status: DoseStatus::PartlyTaken,
            taken_at: None,
            note: None,
            amount_taken: Some(choices[1].amount),
            confirm_change: false,
        },
        monday_morning(),
    )
    .unwrap();
    assert_eq!(day("2026-11-22").amount_taken_label.as_deref(), Some("30 mg"));
    // Partly taken to taken is a change of what she logged, so it needs her yes.
    correct(
        v,
        &id,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    let taken = day("2026-11-22");
    assert!(taken.part_choices.is_empty());
    assert_eq!(taken.amount_taken, None, "a dose logged again as taken keeps no part");
}
