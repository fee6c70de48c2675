//! The Diary and Medicines screens as the phones get them: one call per screen (the
//! agenda, the appointment and medicine forms, a medicine's history), and every problem
//! with a draft beside its field before she saves.

mod common;
mod directory_support;

use alongside_core::*;
use common::*;

fn week(date: &str) -> DiaryRange {
    DiaryRange::Week {
        date: Some(date.into()),
    }
}

fn fields(problems: &[DraftProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn the_agenda_for_a_week_shows_a_weekly_appointment_on_each_of_its_days() {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_appointment(weekly("Group", "2026-11-25T18:00", 1, 4), monday_morning())
        .unwrap();
    for page in [week("2026-11-23"), week("2026-12-02"), week("2026-12-14")] {
        let d = v.diary(page, monday_morning()).unwrap();
        assert_eq!(d.days.len(), 7);
        let on: Vec<&str> = d
            .days
            .iter()
            .filter(|day| !day.appointments.is_empty())
            .map(|day| day.date.as_str())
            .collect();
        assert_eq!(on.len(), 1, "one date a week, on a Wednesday: {on:?}");
        assert!(on[0] == "2026-11-25" || on[0] == "2026-12-02" || on[0] == "2026-12-16");
    }
    let fifth = v.diary(week("2026-12-21"), monday_morning()).unwrap();
    assert!(fifth.days.iter().all(|d| d.appointments.is_empty()), "four times only");
    assert_eq!(
        fifth.empty_label.as_deref(),
        Some("Nothing in your diary on these dates.")
    );
}

#[test]
fn this_week_names_today_and_offers_the_weeks_either_side_without_date_sums_in_the_phone() {
    let tv = new_vault();
    let v = &tv.vault;
    let d = v.diary(DiaryRange::Week { date: None }, monday_morning()).unwrap();
    assert_eq!((d.from.as_str(), d.to.as_str()), ("2026-11-23", "2026-11-29"));
    assert_eq!(d.title, "Week of Monday 23 November 2026");
    assert!(d.days[0].is_today);
    assert_eq!(d.days[0].label, "Today, Monday 23 November");
    assert_eq!(d.next.label, "Next week");
    assert_eq!(d.next.range, week("2026-11-30"));
    assert_eq!(d.previous.range, week("2026-11-16"));
    let later = v.diary(d.next.range.clone(), monday_morning()).unwrap();
    assert!(!later.includes_today);
    assert_eq!(later.this_period.label, "This week");
    assert_eq!(later.this_period.range, week("2026-11-23"));
}

#[test]
fn a_month_page_shows_every_day_of_the_month_and_the_months_either_side() {
    let tv = new_vault();
    let v = &tv.vault;
    let d = v.diary(DiaryRange::Month { date: None }, monday_morning()).unwrap();
    assert_eq!(d.title, "November 2026");
    assert_eq!(d.days.len(), 30);
    assert_eq!(
        d.next.range,
        DiaryRange::Month {
            date: Some("2026-12-01".into())
        }
    );
    let december = v.diary(d.next.range, monday_morning()).unwrap();
    assert_eq!(december.days.len(), 31);
    assert_eq!(december.previous.label, "Previous month");
}

#[test]
fn a_range_longer_than_two_months_is_refused_in_her_words() {
    let tv = new_vault();
    let too_long = DiaryRange::Dates {
        from: "2026-11-01".into(),
        to: "2027-01-31".into(),
    };
    match tv.vault.diary(too_long, monday_morning()) {
        Err(AlongsideError::InvalidInput { field, reason }) => {
            assert_eq!(field, "to");
            assert_eq!(reason, "Please ask for 62 days or fewer at a time.");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let backwards = DiaryRange::Dates {
        from: "2026-11-30".into(),
        to: "2026-11-01".into(),
    };
    assert_invalid(tv.vault.diary(backwards, monday_morning()), "to");
}

#[test]
fn an_appointment_that_is_over_and_not_marked_asks_whether_she_went() {
    let tv = new_vault();
    let v = &tv.vault;
    let now = at("2026-11-25T12:00:00Z");
    v.add_appointment(draft("Midwife check", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    v.add_appointment(draft("Scan", "2026-11-26T10:00"), monday_morning())
        .unwrap();
    let d = v.diary(week("2026-11-23"), now).unwrap();
    let unmarked = &d.attention.unmarked;
    assert_eq!(unmarked.len(), 1);
    assert_eq!(
        unmarked[0].mark_question.as_deref(),
        Some("Did you go to Midwife check?")
    );
    assert!(unmarked[0].can_mark);
    let tuesday = d.days.iter().find(|x| x.date == "2026-11-24").unwrap();
    assert!(tuesday.needs_attention);
    let thursday = d.days.iter().find(|x| x.date == "2026-11-26").unwrap();
    assert!(!thursday.appointments[0].can_mark, "not yet started");
    assert!(thursday.appointments[0].can_change);

    let id = unmarked[0].occurrence.appointment_id.clone();
    v.set_appointment_status(id, 0, AppointmentStatus::Attended, now)
        .unwrap();
    assert!(v.diary(week("2026-11-23"), now).unwrap().attention.unmarked.is_empty());
}

#[test]
fn the_diary_shows_each_days_doses_with_what_she_logged() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-20", 60.0), monday_morning()).unwrap();
    log(
        v,
        &id,
        "2026-11-23",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    let d = v.diary(week("2026-11-23"), monday_morning()).unwrap();
    assert_eq!(d.days[0].doses[0].state_label, "Taken");
    assert_eq!(d.days[1].doses[0].state, DoseState::NotYetLogged);
    assert!(d.days[0].can_log_doses);
    assert!(!d.days[1].can_log_doses, "tomorrow's dose can't be logged yet");
}

#[test]
fn a_draft_with_no_title_and_an_end_before_its_start_gets_both_problems_beside_their_fields() {
    let tv = new_vault();
    let v = &tv.vault;
    let bad = AppointmentDraft {
        repeat: Some(Repeat {
            every_weeks: 1,
            end: RepeatEnd::Until {
                date: "2026-11-01".into(),
            },
        }),
        ..draft("  ", "2026-11-24T10:00")
    };
    let problems = v.check_appointment_draft(bad.clone(), monday_morning(), None).unwrap();
    assert_eq!(fields(&problems), ["title", "repeat until"]);
    assert!(problems
        .iter()
        .all(|p| p.reason.contains("Nothing was changed") || !p.reason.is_empty()));
    // Saving runs the same check: it refuses with the first problem and writes nothing.
    assert_invalid(v.add_appointment(bad, monday_morning()), "title");
    assert!(everything(v).is_empty());
}

#[test]
fn a_draft_that_saving_would_take_has_no_problems() {
    let tv = new_vault();
    let problems = tv
        .vault
        .check_appointment_draft(draft("Midwife", "2026-11-24T10:00"), monday_morning(), None)
        .unwrap();
    assert!(problems.is_empty());
}

#[test]
fn a_draft_with_an_unreadable_start_a_zero_duration_and_too_many_reminders_gets_all_three() {
    let tv = new_vault();
    let bad = AppointmentDraft {
        duration_minutes: 0,
        reminder_minutes_before: vec![5, 10, 15, 20, 25, 30],
        ..draft("Midwife", "next tuesday")
    };
    let problems = tv.vault.check_appointment_draft(bad, monday_morning(), None).unwrap();
    assert_eq!(fields(&problems), ["start", "duration", "reminders"]);
}

#[test]
fn a_place_not_in_the_directory_is_a_problem_on_the_place_field() {
    let tv = new_vault();
    let bad = AppointmentDraft {
        venue_id: Some("nowhere".into()),
        ..draft("", "2026-11-24T10:00")
    };
    let problems = tv.vault.check_appointment_draft(bad, monday_morning(), None).unwrap();
    assert_eq!(fields(&problems), ["title", "place"]);
}

#[test]
fn a_medicine_draft_with_several_mistakes_gets_each_beside_its_field() {
    let tv = new_vault();
    let v = &tv.vault;
    let bad = MedicineDraft {
        kind: MedicineKind::BuprenorphineSublingual,
        amount: 0.0,
        unit: DoseUnit::Ml,
        schedule: DoseSchedule::AsNeeded,
        end_date: Some("2026-11-01".into()),
        ..methadone("2026-11-20", 60.0)
    };
    let problems = v.check_medicine_draft(bad.clone(), monday_morning()).unwrap();
    assert_eq!(fields(&problems), ["end date", "schedule", "dose", "unit"]);
    assert_invalid(v.add_medicine(bad, monday_morning()), "end date");
    assert!(v.medicines(monday_morning()).unwrap().is_empty());
    assert!(v
        .check_medicine_draft(methadone("2026-11-20", 60.0), monday_morning())
        .unwrap()
        .is_empty());
}

#[test]
fn a_new_appointment_form_starts_at_the_next_hour_with_every_kind_and_no_move_choices() {
    let tv = new_vault();
    let f = tv.vault.appointment_form(None, monday_morning(), None).unwrap();
    assert_eq!(f.title, "New appointment");
    assert_eq!(f.values.start, "2026-11-23T10:00");
    assert_eq!(f.values.duration_minutes, 60);
    assert_eq!(f.time_zone, "Europe/London");
    assert_eq!(f.kinds.len(), 13);
    assert_eq!(f.kinds[0].label, "Specialist midwife");
    assert!(f.durations.iter().any(|d| d.label == "1 hour 30 minutes"));
    assert!(f.reminder_choices.iter().any(|r| r.label == "1 day before"));
    assert_eq!(f.repeat_choices[0].label, "Doesn't repeat");
    assert_eq!(f.repeat_choices[2].label, "Every fortnight");
    assert!(f.move_scopes.is_empty() && f.cancel_scopes.is_empty());
    assert!(f.delete.is_none() && f.cancel.is_none());
    assert!(f.venues.is_empty(), "no directory installed");
    let title = f.fields.iter().find(|x| x.field == "title").unwrap();
    assert_eq!(title.label, "What it is");
}

#[test]
fn editing_one_date_of_a_weekly_appointment_offers_which_dates_to_move_and_asks_before_deleting() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v
        .add_appointment(weekly("Group", "2026-11-25T18:00", 1, 4), monday_morning())
        .unwrap();
    let f = v.appointment_form(Some(id.clone()), monday_morning(), Some(1)).unwrap();
    assert_eq!(f.title, "Change appointment");
    assert_eq!(f.values.title, "Group");
    assert_eq!(f.values.start, "2026-11-25T18:00");
    assert!(f.repeats);
    let scopes: Vec<&str> = f.move_scopes.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        scopes,
        ["Only this date", "This date and the ones after it", "Every date"]
    );
    let cancel_scopes: Vec<Scope> = f.cancel_scopes.iter().map(|s| s.scope).collect();
    assert_eq!(cancel_scopes, [Scope::ThisOccurrence, Scope::ThisAndFollowing]);
    assert_eq!(f.occurrence_label.as_deref(), Some("Wednesday 2 December 2026"));
    let cancel = f.cancel.unwrap();
    assert_eq!(
        cancel.question,
        "Cancel Group on Wednesday 2 December 2026? It stays in your diary, marked as cancelled."
    );
    let delete = f.delete.unwrap();
    assert!(delete
        .question
        .contains("Every date of it will be taken out of your diary."));
    assert_eq!(delete.confirm, "Yes, delete it");
}

#[test]
fn the_form_lists_the_directorys_places_to_pick_from() {
    let tv = new_vault();
    directory_support::import(&tv.vault, &directory_support::bundle(1), monday_morning()).unwrap();
    let f = tv.vault.appointment_form(None, monday_morning(), None).unwrap();
    let hub = f.venues.iter().find(|x| x.id == "hub").unwrap();
    assert_eq!(hub.name, "Mill Lane Family Hub");
    assert!(!hub.address.is_empty());
}

#[test]
fn moving_every_date_of_a_series_moves_the_earlier_dates_too() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v
        .add_appointment(weekly("Group", "2026-11-25T18:00", 1, 3), monday_morning())
        .unwrap();
    // She opens the second date and moves it a day later, to 17:00: every date follows.
    v.move_appointment(
        id.clone(),
        1,
        "2026-12-03T17:00".into(),
        MoveScope::AllDates,
        monday_morning(),
        None,
    )
    .unwrap();
    let starts: Vec<String> = everything(v).into_iter().map(|o| o.start_local).collect();
    assert_eq!(starts, ["2026-11-26T17:00", "2026-12-03T17:00", "2026-12-10T17:00"]);
    assert!(everything(v).iter().all(|o| o.status == AppointmentStatus::Planned));
}

#[test]
fn moving_only_one_date_leaves_the_others_where_they_were() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v
        .add_appointment(weekly("Group", "2026-11-25T18:00", 1, 3), monday_morning())
        .unwrap();
    v.move_appointment(
        id,
        1,
        "2026-12-03T17:00".into(),
        MoveScope::ThisDate,
        monday_morning(),
        None,
    )
    .unwrap();
    let starts: Vec<String> = everything(v).into_iter().map(|o| o.start_local).collect();
    assert_eq!(starts, ["2026-11-25T18:00", "2026-12-03T17:00", "2026-12-09T18:00"]);
}

#[test]
fn the_medicine_form_lists_opioid_treatment_first_with_the_units_and_schedules_that_fit() {
    let tv = new_vault();
    let f = tv.vault.medicine_form(None, monday_morning()).unwrap();
    assert_eq!(f.title, "New medicine");
    let kinds: Vec<MedicineKind> = f.kinds.iter().map(|k| k.kind).collect();
    assert_eq!(kinds[0], MedicineKind::MethadoneOralSolution);
    assert_eq!(*kinds.last().unwrap(), MedicineKind::Other);
    let methadone = &f.kinds[0];
    let units: Vec<&str> = methadone.units.iter().map(|u| u.label.as_str()).collect();
    assert_eq!(units, ["mg", "ml"]);
    let schedules: Vec<&str> = methadone.schedules.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(schedules, ["Once a day", "Split dose: morning and evening"]);
    let monthly = f
        .kinds
        .iter()
        .find(|k| k.kind == MedicineKind::BuprenorphineInjectionMonthly)
        .unwrap();
    assert_eq!(monthly.schedules[0].schedule, ScheduleKind::Monthly);
    assert!(f.kinds.last().unwrap().needs_name);
    assert_eq!(f.morning_dose_label, "Morning dose");
    assert_eq!(f.values.start_date, "2026-11-23");
    assert_eq!(f.weekdays[0].label, "Monday");
    assert_eq!(f.collections[0].label, "Taken at the pharmacy");
    assert!(f.change_dose.is_none() && f.stop.is_none());
}

#[test]
fn changing_the_dose_shows_the_dose_now_and_starts_today_by_default() {
    let tv = new_vault();
    let v = &tv.vault;
    let split = MedicineDraft {
        amount: 40.0,
        evening_amount: Some(30.0),
        schedule: DoseSchedule::SplitDaily {
            morning_time: "08:30".into(),
            evening_time: "20:00".into(),
        },
        ..methadone("2026-11-01", 0.0)
    };
    let id = v.add_medicine(split, monday_morning()).unwrap();
    let f = v.medicine_form(Some(id), monday_morning()).unwrap();
    assert_eq!(f.title, "Your medicine");
    assert_eq!(f.values.evening_amount, Some(30.0));
    let change = f.change_dose.unwrap();
    assert_eq!(change.current_label, "Your dose now: 40 mg and 30 mg");
    assert_eq!(change.default_effective_date, "2026-11-23");
    assert_eq!(f.stop_default_date.as_deref(), Some("2026-11-23"));
    assert!(f
        .stop
        .unwrap()
        .question
        .starts_with("Stop Methadone after Monday 23 November 2026?"));
}

#[test]
fn a_medicines_history_keeps_each_dose_change_and_each_days_doses() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-16", 60.0), monday_morning()).unwrap();
    v.change_dose(
        id.clone(),
        DoseChange {
            effective_date: "2026-11-20".into(),
            amount: 70.0,
            evening_amount: None,
            schedule: None,
            note: None,
        },
        monday_morning(),
    )
    .unwrap();
    log(
        v,
        &id,
        "2026-11-19",
        DoseSlot::Only,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    let h = v
        .medicine_history(
            id.clone(),
            Some("2026-11-15".into()),
            Some("2026-11-21".into()),
            monday_morning(),
        )
        .unwrap();
    assert_eq!(h.title, "Methadone: dose history");
    let changes: Vec<&str> = h.changes.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        changes,
        [
            "From Monday 16 November 2026: 60 mg",
            "From Friday 20 November 2026: 70 mg"
        ]
    );
    assert_eq!(h.days.len(), 7);
    assert_eq!(
        h.days[0].empty_label.as_deref(),
        Some("No dose this day."),
        "before it started"
    );
    assert_eq!(h.days[4].doses[0].state_label, "Missed");
    assert_eq!(h.days[5].doses[0].amount_label, "70 mg");
    assert_eq!(h.earlier.from, "2026-11-08");
    assert_eq!(h.later.as_ref().unwrap().from, "2026-11-22");
    assert_invalid(
        v.medicine_history(
            id,
            Some("2026-01-01".into()),
            Some("2026-11-21".into()),
            monday_morning(),
        ),
        "to",
    );
}

#[test]
fn a_medicines_history_shows_the_last_four_weeks_when_she_gives_no_dates() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-16", 60.0), monday_morning()).unwrap();
    let h = v.medicine_history(id, None, None, monday_morning()).unwrap();
    assert_eq!((h.from.as_str(), h.to.as_str()), ("2026-10-27", "2026-11-23"));
    assert!(h.later.is_none(), "nothing after today to page to");
}
