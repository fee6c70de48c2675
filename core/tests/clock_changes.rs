//! Times on the nights the clocks change: a time she types that does not exist is refused
//! in her words, a time that happens twice needs her choice, and every screen, reminder
//! and export shows the true local times.

mod common;

use alongside_core::*;
use common::*;

fn utc(t: std::time::SystemTime) -> String {
    jiff::Timestamp::try_from(t).unwrap().to_string()
}

fn reason(r: Result<String, AlongsideError>) -> (String, String) {
    match r {
        Err(AlongsideError::InvalidInput { field, reason }) => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn one_on(v: &Vault, date: &str) -> Occurrence {
    let list = v.appointments_between(date.into(), date.into()).unwrap();
    assert_eq!(list.len(), 1, "one appointment on {date}");
    list.into_iter().next().unwrap()
}

#[test]
fn a_start_in_the_spring_forward_gap_is_refused_saying_when_the_clocks_change_and_which_times_work() {
    let tv = new_vault();
    let (field, words) = reason(
        tv.vault
            .add_appointment(draft("Key worker", "2027-03-28T01:30"), monday_morning()),
    );
    assert_eq!(field, "start");
    assert_eq!(
        words,
        "The clocks go forward at 01:00 on Sunday 28 March 2027, so there is no 01:30 that day. \
         Please choose a time before 01:00, or 02:00 or later. Nothing was changed."
    );
    assert!(
        tv.vault
            .appointments_between("2027-03-27".into(), "2027-03-29".into())
            .unwrap()
            .is_empty(),
        "nothing was written"
    );
    // The times either side of the gap are fine.
    tv.vault
        .add_appointment(draft("Before", "2027-03-28T00:59"), monday_morning())
        .unwrap();
    tv.vault
        .add_appointment(draft("After", "2027-03-28T02:00"), monday_morning())
        .unwrap();
}

#[test]
fn a_start_that_happens_twice_is_refused_until_she_chooses_the_first_or_the_second() {
    let tv = new_vault();
    let (field, words) = reason(
        tv.vault
            .add_appointment(draft("Late group", "2027-10-31T01:30"), monday_morning()),
    );
    assert_eq!(field, "clock change");
    assert_eq!(
        words,
        "The clocks go back at 02:00 on Sunday 31 October 2027, so 01:30 happens twice that night: \
         once before the clocks go back and once after. Please choose which 01:30 you mean, the first \
         or the second. Nothing was changed."
    );

    let first = AppointmentDraft {
        clock_change: Some(ClockChangeChoice::First),
        ..draft("Late group", "2027-10-31T01:30")
    };
    let id = tv.vault.add_appointment(first, monday_morning()).unwrap();
    let o = one_on(&tv.vault, "2027-10-31");
    assert_eq!(utc(o.starts_at), "2027-10-31T00:30:00Z", "01:30 BST");
    assert_eq!(utc(o.ends_at), "2027-10-31T01:30:00Z", "01:30 GMT, an hour later");
    assert_eq!(
        o.time_label, "01:30 (before the clocks go back) to 01:30 (after the clocks go back)",
        "never 01:30 to 01:30 with nothing to tell them apart"
    );
    assert_eq!(
        o.clock_change_label.as_deref(),
        Some("The clocks go back an hour at 02:00 during this.")
    );
    assert_eq!(
        tv.vault.appointment(id.clone()).unwrap().clock_change,
        Some(ClockChangeChoice::First)
    );
    tv.vault.delete_appointment(id, monday_morning()).unwrap();

    let second = AppointmentDraft {
        clock_change: Some(ClockChangeChoice::Second),
        ..draft("Late group", "2027-10-31T01:30")
    };
    let id = tv.vault.add_appointment(second, monday_morning()).unwrap();
    let o = one_on(&tv.vault, "2027-10-31");
    assert_eq!(utc(o.starts_at), "2027-10-31T01:30:00Z", "01:30 GMT");
    assert_eq!(o.start_local, "2027-10-31T01:30");
    assert_eq!(o.end_local, "2027-10-31T02:30");
    assert_eq!(o.time_label, "01:30 (after the clocks go back) to 02:30");
    assert_eq!(
        o.clock_change_label.as_deref(),
        Some("The clocks go back that night, so 01:30 happens twice. This is the second 01:30, after the clocks go back.")
    );
    // The choice is kept with the appointment.
    let reopened = tv.reopen();
    reopened
        .unlock(PASSCODE.into(), monday_morning(), since_boot())
        .unwrap();
    assert_eq!(
        reopened.appointment(id).unwrap().clock_change,
        Some(ClockChangeChoice::Second)
    );
}

#[test]
fn an_appointment_across_the_clock_change_shows_its_true_start_and_end_everywhere() {
    let tv = new_vault();
    tv.vault
        .update_settings(Settings {
            time_zone: "Europe/London".into(),
            discreet_notifications: false,
        })
        .unwrap();
    let mut d = draft("Night feed support", "2026-10-25T00:30");
    d.duration_minutes = 120;
    d.reminder_minutes_before = vec![30];
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    let o = one_on(&tv.vault, "2026-10-25");
    assert_eq!(o.start_local, "2026-10-25T00:30");
    assert_eq!(o.end_local, "2026-10-25T01:30");
    assert_eq!(o.time_label, "00:30 to 01:30 (after the clocks go back)");
    assert_eq!(
        o.clock_change_label.as_deref(),
        Some("The clocks go back an hour at 02:00 during this.")
    );
    let today = tv.vault.today(at("2026-10-24T23:10:00Z")).unwrap();
    assert_eq!(today.later_today[0].time_label, o.time_label, "Today says the same");
    let r = tv
        .vault
        .reminders(at("2026-10-24T12:00:00Z"), at("2026-10-25T12:00:00Z"))
        .unwrap();
    assert_eq!(r[0].body, "Starts at 00:30");
    assert_eq!(utc(r[0].fire_at), "2026-10-24T23:00:00Z");
}

#[test]
fn a_start_at_the_second_of_two_equal_times_shows_as_the_second_in_reminders() {
    let tv = new_vault();
    tv.vault
        .update_settings(Settings {
            time_zone: "Europe/London".into(),
            discreet_notifications: false,
        })
        .unwrap();
    let d = AppointmentDraft {
        clock_change: Some(ClockChangeChoice::Second),
        reminder_minutes_before: vec![15],
        ..draft("Late group", "2027-10-31T01:30")
    };
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    let r = tv
        .vault
        .reminders(at("2027-10-30T12:00:00Z"), at("2027-10-31T12:00:00Z"))
        .unwrap();
    assert_eq!(r[0].body, "Starts at 01:30 (after the clocks go back)");
    assert_eq!(utc(r[0].fire_at), "2027-10-31T01:15:00Z");
}

#[test]
fn moving_to_a_time_that_does_not_exist_is_refused_and_to_one_that_happens_twice_needs_a_choice() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(weekly("Group", "2027-03-14T10:00", 1, 4), monday_morning())
        .unwrap();
    for scope in [Scope::ThisOccurrence, Scope::ThisAndFollowing] {
        let (field, words) = reason(tv.vault.reschedule_appointment(
            id.clone(),
            2,
            "2027-03-28T01:15".into(),
            scope,
            monday_morning(),
            None,
        ));
        assert_eq!(field, "new start");
        assert!(words.starts_with("The clocks go forward at 01:00 on Sunday 28 March 2027"));
    }
    let one = tv
        .vault
        .add_appointment(draft("Check", "2027-10-20T10:00"), monday_morning())
        .unwrap();
    let (field, _) = reason(tv.vault.reschedule_appointment(
        one.clone(),
        0,
        "2027-10-31T01:30".into(),
        Scope::ThisOccurrence,
        monday_morning(),
        None,
    ));
    assert_eq!(field, "clock change");
    tv.vault
        .reschedule_appointment(
            one,
            0,
            "2027-10-31T01:30".into(),
            Scope::ThisOccurrence,
            monday_morning(),
            Some(ClockChangeChoice::Second),
        )
        .unwrap();
    let o = one_on(&tv.vault, "2027-10-31");
    assert_eq!(utc(o.starts_at), "2027-10-31T01:30:00Z");
    assert_eq!(o.time_label, "01:30 (after the clocks go back) to 02:30");
}

#[test]
fn a_weekly_time_that_falls_in_the_gap_moves_forward_and_says_so() {
    let tv = new_vault();
    tv.vault
        .add_appointment(weekly("Night group", "2027-03-21T01:30", 1, 2), monday_morning())
        .unwrap();
    let o = one_on(&tv.vault, "2027-03-28");
    assert_eq!(o.start_local, "2027-03-28T02:30", "the true time, not 01:30");
    assert_eq!(o.end_local, "2027-03-28T03:30");
    assert_eq!(utc(o.starts_at), "2027-03-28T01:30:00Z");
    assert_eq!(
        o.clock_change_label.as_deref(),
        Some("The clocks go forward that day, so there is no 01:30. It's at 02:30 instead.")
    );
}

#[test]
fn the_calendar_export_keeps_the_second_of_two_equal_times() {
    let tv = new_vault();
    let one = AppointmentDraft {
        clock_change: Some(ClockChangeChoice::Second),
        ..draft("One off", "2027-10-31T01:30")
    };
    tv.vault.add_appointment(one, monday_morning()).unwrap();
    let series = AppointmentDraft {
        clock_change: Some(ClockChangeChoice::Second),
        ..weekly("Weekly", "2027-10-31T01:30", 1, 3)
    };
    tv.vault.add_appointment(series, monday_morning()).unwrap();
    let ics = tv.vault.export_ics(monday_morning()).unwrap().replace("\r\n ", "");
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    let one_off = events.iter().find(|e| e.contains("SUMMARY:One off")).unwrap();
    assert!(one_off.contains("DTSTART:20271031T013000Z\r\n"), "{one_off}");
    assert!(one_off.contains("DTEND;TZID=Europe/London:20271031T023000\r\n"));
    let weekly: Vec<&&str> = events.iter().filter(|e| e.contains("SUMMARY:Weekly")).collect();
    assert_eq!(weekly.len(), 2, "the series and an override for its first date");
    assert!(weekly[0].contains("DTSTART;TZID=Europe/London:20271031T013000\r\n"));
    assert!(weekly[0].contains("RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3"));
    assert!(weekly[1].contains("RECURRENCE-ID;TZID=Europe/London:20271031T013000\r\n"));
    assert!(weekly[1].contains("DTSTART:20271031T013000Z\r\n"));
}

#[test]
fn a_dose_time_on_the_nights_the_clocks_change_shows_its_true_time_and_reminds_then() {
    let tv = new_vault();
    let mut m = methadone("2027-03-01", 60.0);
    m.schedule = DoseSchedule::SplitDaily {
        morning_time: "01:30".into(),
        evening_time: "20:00".into(),
    };
    m.evening_amount = Some(20.0);
    tv.vault.add_medicine(m, monday_morning()).unwrap();
    let spring = tv
        .vault
        .doses_between("2027-03-28".into(), "2027-03-28".into())
        .unwrap();
    assert_eq!(spring[0].scheduled_time.as_deref(), Some("02:30"));
    assert_eq!(
        spring[0].clock_change_label.as_deref(),
        Some("The clocks go forward that day, so there is no 01:30. It's at 02:30 instead.")
    );
    assert_eq!(spring[1].clock_change_label, None);
    let autumn = tv
        .vault
        .doses_between("2027-10-31".into(), "2027-10-31".into())
        .unwrap();
    assert_eq!(autumn[0].scheduled_time.as_deref(), Some("01:30"));
    assert_eq!(
        autumn[0].clock_change_label.as_deref(),
        Some("The clocks go back that night, so 01:30 happens twice. This is the first 01:30.")
    );
    let r = tv
        .vault
        .reminders(at("2027-03-27T22:00:00Z"), at("2027-03-28T12:00:00Z"))
        .unwrap();
    assert_eq!(utc(r[0].fire_at), "2027-03-28T01:30:00Z", "02:30 BST");
    let r = tv
        .vault
        .reminders(at("2027-10-30T22:00:00Z"), at("2027-10-31T12:00:00Z"))
        .unwrap();
    assert_eq!(utc(r[0].fire_at), "2027-10-31T00:30:00Z", "the first 01:30, BST");
}
