//! Appointments: adding, repeating, rescheduling, statuses, and refusing bad input
//! without writing anything.

mod common;

use alongside_core::*;
use common::*;

fn on(v: &Vault, date: &str) -> Vec<Occurrence> {
    v.appointments_between(date.into(), date.into()).unwrap()
}

#[test]
fn an_appointment_is_listed_on_its_day_at_its_local_time() {
    let tv = new_vault();
    let mut d = draft("Scan", "2026-11-24T10:30");
    d.location = Some("Antenatal unit".into());
    d.with_whom = Some("Sonographer".into());
    d.notes = Some("Bring the maternity notes".into());
    d.duration_minutes = 45;
    let id = tv.vault.add_appointment(d, monday_morning()).unwrap();
    let list = on(&tv.vault, "2026-11-24");
    assert_eq!(list.len(), 1);
    let o = &list[0];
    assert_eq!((o.appointment_id.as_str(), o.occurrence), (id.as_str(), 0));
    assert_eq!(o.start_local, "2026-11-24T10:30");
    assert_eq!(o.end_local, "2026-11-24T11:15");
    assert_eq!(o.time_zone, "Europe/London");
    assert_eq!(o.status, AppointmentStatus::Planned);
    assert_eq!(o.location.as_deref(), Some("Antenatal unit"));
    assert!(on(&tv.vault, "2026-11-23").is_empty());
}

#[test]
fn bad_appointment_input_is_refused_with_a_clear_reason_and_nothing_is_written() {
    let tv = new_vault();
    let until = |date: &str| {
        Some(Repeat {
            every_weeks: 1,
            end: RepeatEnd::Until { date: date.into() },
        })
    };
    let cases: Vec<(AppointmentDraft, &str)> = vec![
        (draft("   ", "2026-11-24T10:00"), "title"),
        (
            AppointmentDraft {
                duration_minutes: 0,
                ..draft("GP", "2026-11-24T10:00")
            },
            "duration",
        ),
        (
            AppointmentDraft {
                duration_minutes: 24 * 60 + 1,
                ..draft("GP", "2026-11-24T10:00")
            },
            "duration",
        ),
        (
            AppointmentDraft {
                time_zone: Some("Europe/Atlantis".into()),
                ..draft("GP", "2026-11-24T10:00")
            },
            "time zone",
        ),
        (draft("GP", "2026-02-30T10:00"), "start"),
        (draft("GP", "2026-11-24T25:00"), "start"),
        (draft("GP", "next tuesday"), "start"),
        (draft("GP", "20260-11-24T10:00"), "start"),
        (draft("GP", "1970-01-01T10:00"), "start"),
        (weekly("Group", "2026-11-24T10:00", 1, 0), "repeat"),
        (weekly("Group", "2026-11-24T10:00", 0, 4), "repeat"),
        (weekly("Group", "2026-11-24T10:00", 1, 10_000), "repeat"),
        (
            AppointmentDraft {
                repeat: until(""),
                ..draft("Group", "2026-11-24T10:00")
            },
            "repeat",
        ),
        (
            AppointmentDraft {
                repeat: until("2026-11-17"),
                ..draft("Group", "2026-11-24T10:00")
            },
            "repeat until",
        ),
        (
            AppointmentDraft {
                repeat: until("2026-13-01"),
                ..draft("Group", "2026-11-24T10:00")
            },
            "repeat until",
        ),
        (
            AppointmentDraft {
                reminder_minutes_before: vec![60 * 24 * 60],
                ..draft("GP", "2026-11-24T10:00")
            },
            "reminders",
        ),
        (
            AppointmentDraft {
                reminder_minutes_before: vec![1, 2, 3, 4, 5, 6],
                ..draft("GP", "2026-11-24T10:00")
            },
            "reminders",
        ),
    ];
    for (d, field) in cases {
        assert_invalid(tv.vault.add_appointment(d, monday_morning()), field);
    }
    assert!(
        everything(&tv.vault).is_empty(),
        "a refused appointment must not be written"
    );
}

#[test]
fn a_fortnightly_group_until_a_date_lists_every_other_week_including_that_date() {
    let tv = new_vault();
    let d = AppointmentDraft {
        repeat: Some(Repeat {
            every_weeks: 2,
            end: RepeatEnd::Until {
                date: "2026-12-22".into(),
            },
        }),
        ..draft("Parents group", "2026-11-24T13:00")
    };
    let id = tv
        .vault
        .add_appointment(
            AppointmentDraft {
                reminder_minutes_before: vec![120, 1440],
                ..d
            },
            monday_morning(),
        )
        .unwrap();
    let dates: Vec<String> = everything(&tv.vault).iter().map(|o| o.start_local.clone()).collect();
    assert_eq!(dates, ["2026-11-24T13:00", "2026-12-08T13:00", "2026-12-22T13:00"]);
    let a = tv.vault.appointment(id.clone()).unwrap();
    assert_eq!(
        a.repeat_label.as_deref(),
        Some("Every fortnight, until Tuesday 22 December 2026")
    );
    assert_eq!(a.reminder_labels, ["1 day before", "2 hours before"]);
    assert_eq!(tv.vault.appointment(id).unwrap().occurrence_count, 3);
}

#[test]
fn rescheduling_one_occurrence_moves_only_that_one_and_remembers_where_it_was() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(weekly("Key worker", "2026-11-24T10:00", 1, 4), monday_morning())
        .unwrap();
    let holder = tv
        .vault
        .reschedule_appointment(
            id.clone(),
            1,
            "2026-12-02T15:00".into(),
            Scope::ThisOccurrence,
            monday_morning(),
            None,
        )
        .unwrap();
    assert_eq!(holder, id);
    let all = everything(&tv.vault);
    let starts: Vec<&str> = all.iter().map(|o| o.start_local.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2026-11-24T10:00",
            "2026-12-02T15:00",
            "2026-12-08T10:00",
            "2026-12-15T10:00"
        ]
    );
    assert_eq!(all[1].status, AppointmentStatus::Rescheduled);
    assert_eq!(all[1].status_label, "Moved");
    assert_eq!(all[1].moved_from_local.as_deref(), Some("2026-12-01T10:00"));
    assert_eq!(
        all[1].moved_from_label.as_deref(),
        Some("Moved from Tuesday 1 December, 10:00")
    );
    assert_eq!(all[1].date_label, "Wednesday 2 December 2026");
}

#[test]
fn rescheduling_this_and_following_moves_the_later_ones_and_keeps_the_earlier_ones() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(
            weekly("Key worker", "2026-11-10T10:00", 1, 5),
            at("2026-11-10T08:00:00Z"),
        )
        .unwrap();
    tv.vault
        .set_appointment_status(id.clone(), 0, AppointmentStatus::Attended, at("2026-11-10T12:00:00Z"))
        .unwrap();
    tv.vault
        .set_appointment_status(id.clone(), 3, AppointmentStatus::Cancelled, monday_morning())
        .unwrap();
    let tail = tv
        .vault
        .reschedule_appointment(
            id.clone(),
            2,
            "2026-11-26T14:00".into(),
            Scope::ThisAndFollowing,
            monday_morning(),
            None,
        )
        .unwrap();
    assert_ne!(tail, id);
    let all = everything(&tv.vault);
    let view: Vec<(&str, AppointmentStatus)> = all.iter().map(|o| (o.start_local.as_str(), o.status)).collect();
    assert_eq!(
        view,
        [
            ("2026-11-10T10:00", AppointmentStatus::Attended),
            ("2026-11-17T10:00", AppointmentStatus::Planned),
            ("2026-11-26T14:00", AppointmentStatus::Planned),
            ("2026-12-03T14:00", AppointmentStatus::Cancelled),
            ("2026-12-10T14:00", AppointmentStatus::Planned),
        ]
    );
    assert_eq!(tv.vault.appointment(id).unwrap().occurrence_count, 2);
    assert_eq!(tv.vault.appointment(tail).unwrap().occurrence_count, 3);
}

fn fortnightly_until(title: &str, start: &str, until: &str) -> AppointmentDraft {
    AppointmentDraft {
        repeat: Some(Repeat {
            every_weeks: 2,
            end: RepeatEnd::Until { date: until.into() },
        }),
        ..draft(title, start)
    }
}

fn dates(v: &Vault) -> Vec<String> {
    everything(v).iter().map(|o| o.start_local.clone()).collect()
}

#[test]
fn moving_a_fortnightly_series_with_an_end_date_a_day_later_keeps_all_six_dates() {
    let tv = new_vault();
    // Six Tuesdays, a fortnight apart, the last on 2 February.
    let id = tv
        .vault
        .add_appointment(
            fortnightly_until("Parents group", "2026-11-24T13:00", "2027-02-02"),
            monday_morning(),
        )
        .unwrap();
    assert_eq!(dates(&tv.vault).len(), 6);
    tv.vault
        .reschedule_appointment(
            id.clone(),
            0,
            "2026-11-25T13:00".into(),
            Scope::ThisAndFollowing,
            monday_morning(),
            None,
        )
        .unwrap();
    assert_eq!(
        dates(&tv.vault),
        [
            "2026-11-25T13:00",
            "2026-12-09T13:00",
            "2026-12-23T13:00",
            "2027-01-06T13:00",
            "2027-01-20T13:00",
            "2027-02-03T13:00"
        ],
        "every date moved a day; none dropped off the end"
    );
    let a = tv.vault.appointment(id).unwrap();
    assert_eq!(a.occurrence_count, 6);
    assert_eq!(
        a.repeat_label.as_deref(),
        Some("Every fortnight, until Wednesday 3 February 2027")
    );
}

#[test]
fn moving_the_later_dates_of_a_series_with_an_end_date_keeps_every_one_of_them() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(
            fortnightly_until("Parents group", "2026-11-24T13:00", "2027-02-02"),
            monday_morning(),
        )
        .unwrap();
    let tail = tv
        .vault
        .reschedule_appointment(
            id.clone(),
            2,
            "2026-12-23T09:30".into(),
            Scope::ThisAndFollowing,
            monday_morning(),
            None,
        )
        .unwrap();
    assert_eq!(
        dates(&tv.vault),
        [
            "2026-11-24T13:00",
            "2026-12-08T13:00",
            "2026-12-23T09:30",
            "2027-01-06T09:30",
            "2027-01-20T09:30",
            "2027-02-03T09:30"
        ]
    );
    assert_eq!(tv.vault.appointment(tail).unwrap().occurrence_count, 4);
    // Moving them earlier keeps them too.
    let all = everything(&tv.vault);
    let tail_id = all[2].appointment_id.clone();
    tv.vault
        .reschedule_appointment(
            tail_id,
            0,
            "2026-12-21T09:30".into(),
            Scope::ThisAndFollowing,
            monday_morning(),
            None,
        )
        .unwrap();
    assert_eq!(dates(&tv.vault).len(), 6);
    assert_eq!(dates(&tv.vault)[5], "2027-02-01T09:30");
}

#[test]
fn moving_the_start_of_a_whole_series_with_an_end_date_keeps_every_date() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(
            fortnightly_until("Parents group", "2026-11-24T13:00", "2027-02-02"),
            monday_morning(),
        )
        .unwrap();
    // The same details with a start a day later, as an edit form sends them.
    tv.vault
        .edit_appointment(
            id.clone(),
            fortnightly_until("Parents group", "2026-11-25T13:00", "2027-02-02"),
            monday_morning(),
        )
        .unwrap();
    assert_eq!(dates(&tv.vault).len(), 6);
    assert_eq!(dates(&tv.vault)[5], "2027-02-03T13:00");
    // An end date she changes herself is kept as she gave it.
    tv.vault
        .edit_appointment(
            id,
            fortnightly_until("Parents group", "2026-11-25T13:00", "2026-12-31"),
            monday_morning(),
        )
        .unwrap();
    assert_eq!(dates(&tv.vault).len(), 3);
}

#[test]
fn moving_a_weekly_series_across_the_spring_clock_change_keeps_its_dates_and_local_time() {
    let tv = new_vault();
    let d = AppointmentDraft {
        repeat: Some(Repeat {
            every_weeks: 1,
            end: RepeatEnd::Until {
                date: "2027-04-06".into(),
            },
        }),
        ..draft("Key worker", "2027-03-16T18:00")
    };
    let id = tv.vault.add_appointment(d, monday_morning()).unwrap();
    tv.vault
        .reschedule_appointment(
            id,
            0,
            "2027-03-17T18:30".into(),
            Scope::ThisAndFollowing,
            monday_morning(),
            None,
        )
        .unwrap();
    let list = tv
        .vault
        .appointments_between("2027-03-01".into(), "2027-04-30".into())
        .unwrap();
    let starts: Vec<&str> = list.iter().map(|o| o.start_local.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2027-03-17T18:30",
            "2027-03-24T18:30",
            "2027-03-31T18:30",
            "2027-04-07T18:30"
        ]
    );
    let utc: Vec<String> = list
        .iter()
        .map(|o| jiff::Timestamp::try_from(o.starts_at).unwrap().to_string())
        .collect();
    assert_eq!(utc[1], "2027-03-24T18:30:00Z", "GMT before the change");
    assert_eq!(
        utc[2], "2027-03-31T17:30:00Z",
        "BST after it: the same 18:30 on her clock"
    );
}

#[test]
fn attended_or_missed_can_only_be_marked_once_the_appointment_has_started() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(draft("GP", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    assert_invalid(
        tv.vault
            .set_appointment_status(id.clone(), 0, AppointmentStatus::Attended, monday_morning()),
        "status",
    );
    assert_invalid(
        tv.vault
            .set_appointment_status(id.clone(), 0, AppointmentStatus::Rescheduled, monday_morning()),
        "status",
    );
    tv.vault
        .set_appointment_status(id.clone(), 0, AppointmentStatus::Attended, at("2026-11-24T10:05:00Z"))
        .unwrap();
    assert_eq!(on(&tv.vault, "2026-11-24")[0].status, AppointmentStatus::Attended);
}

#[test]
fn cancelling_this_and_following_ends_the_series_there() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(weekly("Group", "2026-11-24T18:00", 1, 6), monday_morning())
        .unwrap();
    tv.vault
        .cancel_appointment(id.clone(), 2, Scope::ThisAndFollowing, monday_morning())
        .unwrap();
    let all = everything(&tv.vault);
    assert_eq!(all.len(), 3);
    assert_eq!(all[2].status, AppointmentStatus::Cancelled);
    tv.vault
        .cancel_appointment(id.clone(), 0, Scope::ThisOccurrence, monday_morning())
        .unwrap();
    assert_eq!(everything(&tv.vault)[0].status, AppointmentStatus::Cancelled);
}

#[test]
fn editing_details_keeps_the_statuses_already_recorded() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(weekly("Group", "2026-11-10T18:00", 1, 3), at("2026-11-01T08:00:00Z"))
        .unwrap();
    tv.vault
        .set_appointment_status(id.clone(), 0, AppointmentStatus::Attended, monday_morning())
        .unwrap();
    let mut d = weekly("Mums' group", "2026-11-10T18:30", 1, 3);
    d.location = Some("Family hub".into());
    tv.vault.edit_appointment(id.clone(), d, monday_morning()).unwrap();
    let all = everything(&tv.vault);
    assert_eq!(all[0].title, "Mums' group");
    assert_eq!(all[0].start_local, "2026-11-10T18:30");
    assert_eq!(all[0].status, AppointmentStatus::Attended);
    assert_invalid(
        tv.vault
            .edit_appointment(id.clone(), draft("", "2026-11-10T18:30"), monday_morning()),
        "title",
    );
    assert_eq!(everything(&tv.vault)[0].title, "Mums' group");
}

#[test]
fn deleting_removes_the_whole_series_and_unknown_ids_are_not_found() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(weekly("Group", "2026-11-24T18:00", 1, 6), monday_morning())
        .unwrap();
    tv.vault.delete_appointment(id.clone(), monday_morning()).unwrap();
    assert!(everything(&tv.vault).is_empty());
    assert!(matches!(
        tv.vault.delete_appointment(id.clone(), monday_morning()),
        Err(AlongsideError::NotFound { .. })
    ));
    assert!(matches!(
        tv.vault.appointment(id.clone()),
        Err(AlongsideError::NotFound { .. })
    ));
    assert!(matches!(
        tv.vault
            .set_appointment_status(id, 0, AppointmentStatus::Missed, monday_morning()),
        Err(AlongsideError::NotFound { .. })
    ));
}

#[test]
fn an_occurrence_past_the_end_of_a_series_is_not_found() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(weekly("Group", "2026-11-24T18:00", 1, 2), monday_morning())
        .unwrap();
    let r = tv.vault.reschedule_appointment(
        id,
        2,
        "2026-12-20T10:00".into(),
        Scope::ThisOccurrence,
        monday_morning(),
        None,
    );
    assert!(matches!(r, Err(AlongsideError::NotFound { .. })));
}

#[test]
fn an_appointment_in_another_zone_keeps_its_own_wall_clock_time() {
    let tv = new_vault();
    let d = AppointmentDraft {
        time_zone: Some("Europe/Dublin".into()),
        ..draft("Court", "2026-07-01T10:00")
    };
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    let o = &on(&tv.vault, "2026-07-01")[0];
    assert_eq!(o.time_zone, "Europe/Dublin");
    assert_eq!(o.start_local, "2026-07-01T10:00");
}

#[test]
fn a_list_over_more_than_400_days_or_backwards_is_refused() {
    let tv = new_vault();
    assert_invalid(
        tv.vault.appointments_between("2026-01-01".into(), "2027-06-01".into()),
        "to",
    );
    assert_invalid(
        tv.vault.appointments_between("2026-02-01".into(), "2026-01-01".into()),
        "to",
    );
    assert_invalid(
        tv.vault.appointments_between("2026-02-31".into(), "2026-03-01".into()),
        "from",
    );
}
