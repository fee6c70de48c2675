//! Appointments through the real binary, read as a person would read them.

mod common;

use common::{id, Sandbox};

#[test]
fn a_weekly_series_can_be_added_listed_shown_edited_moved_marked_and_cancelled() {
    let s = Sandbox::new();
    s.init();
    let added = s.json(&[
        "appointment",
        "add",
        "--title",
        "Key worker",
        "--kind",
        "drug-and-alcohol-key-worker",
        "--start",
        "2026-11-16 10:00",
        "--every-weeks",
        "1",
        "--count",
        "4",
        "--remind",
        "1d",
        "--remind",
        "90m",
        "--where",
        "Eastgate Drug Service",
        "--with",
        "Jo",
    ]);
    let series = id(&added);

    let shown = s.ok(&["appointment", "show", &series]);
    assert!(shown.contains("Every week, 4 times (4 in all)"), "{shown}");
    assert!(shown.contains("1 day before, 90 minutes before"), "{shown}");

    s.ok(&[
        "appointment",
        "edit",
        &series,
        "--title",
        "Key worker check-in",
        "--duration",
        "45",
    ]);
    let marked = s.ok(&["appointment", "status", &format!("{series}#0"), "attended"]);
    assert!(marked.contains("Status: Went"), "{marked}");
    s.ok(&[
        "appointment",
        "reschedule",
        &format!("{series}#2"),
        "--to",
        "2026-12-01 14:00",
    ]);
    s.ok(&["appointment", "cancel", &format!("{series}#3")]);

    let after = s.ok(&["appointment", "list", "--from", "2026-11-16", "--to", "2026-12-31"]);
    for n in 0..4 {
        assert!(after.contains(&format!("id {series}#{n}")), "{after}");
    }
    assert!(after.contains("Monday 16 November 2026"), "{after}");
    assert!(
        after.contains("10:00–10:45  Key worker check-in (Drug and alcohol key worker) · Went"),
        "{after}"
    );
    assert!(
        after.contains("14:00–14:45  Key worker check-in (Drug and alcohol key worker) · Moved from Mon 30 Nov, 10:00"),
        "{after}"
    );
    assert!(after.contains("· Cancelled"), "{after}");

    // Reminders are discreet by default: nothing about the appointment on a lock screen.
    let reminders = s.ok(&["reminders", "--from", "2026-11-29", "--days", "2"]);
    assert!(reminders.contains("Alongside: You have a reminder"), "{reminders}");
    assert!(!reminders.contains("Key worker"), "{reminders}");
}

#[test]
fn a_missed_appointment_shows_a_kind_offer_to_rebook_on_today() {
    let s = Sandbox::new();
    s.init();
    let scan = id(&s.json(&[
        "appointment",
        "add",
        "--title",
        "Growth scan",
        "--kind",
        "antenatal-clinic-or-scan",
        "--start",
        "2026-11-20 09:30",
        "--duration",
        "30",
    ]));
    let marked = s.ok(&["appointment", "status", &scan, "missed"]);
    assert!(marked.contains("Today will offer to book a new time"), "{marked}");

    let today = s.ok(&["today"]);
    assert!(today.contains("Would you like a new time for Growth scan?"), "{today}");
    assert!(today.contains("that's OK"), "{today}");
    assert!(
        today.contains(&format!("Book a new time: alongside appointment rebook {scan}")),
        "{today}"
    );
    assert!(
        today.contains(&format!("Not now: alongside appointment dismiss {scan}")),
        "{today}"
    );
    for word in ["failed", "did not attend", "DNA"] {
        assert!(!today.contains(word), "{today}");
    }

    s.ok(&["appointment", "rebook", &scan, "--start", "2026-11-27 09:30"]);
    let after = s.ok(&["today"]);
    assert!(!after.contains("Would you like a new time"), "{after}");
    assert!(after.contains("Fri 27 Nov, 09:30–10:00  Growth scan"), "{after}");
}

#[test]
fn today_offers_to_mark_earlier_appointments_only_while_one_is_still_unmarked() {
    let s = Sandbox::new();
    s.init();
    let early = id(&s.json(&[
        "appointment",
        "add",
        "--title",
        "Pharmacy review",
        "--kind",
        "prescriber-review",
        "--start",
        "2026-11-23 07:30",
        "--duration",
        "30",
    ]));
    let before = s.ok(&["today"]);
    assert!(before.contains("You can mark these"), "{before}");

    s.ok(&["appointment", "status", &early, "attended"]);
    let after = s.ok(&["today"]);
    assert!(after.contains("Pharmacy review (Prescriber review) · Went"), "{after}");
    assert!(
        !after.contains("You can mark these"),
        "everything earlier is marked: {after}"
    );
}

#[test]
fn one_minute_and_one_time_read_as_one_not_as_many() {
    let s = Sandbox::new();
    s.init();
    let once = id(&s.json(&[
        "appointment",
        "add",
        "--title",
        "Call back",
        "--kind",
        "other",
        "--start",
        "2026-11-24 10:00",
        "--duration",
        "1",
        "--every-weeks",
        "2",
        "--count",
        "1",
        "--remind",
        "1m",
    ]));
    let shown = s.ok(&["appointment", "show", &once]);
    assert!(shown.contains(", for 1 minute\n"), "{shown}");
    assert!(shown.contains("Every fortnight, once (1 in all)"), "{shown}");
    assert!(shown.contains("Reminders 1 minute before"), "{shown}");
}

#[test]
fn a_time_the_clocks_skip_is_refused_and_a_time_they_repeat_needs_clock_change_first_or_second() {
    let s = Sandbox::new();
    s.init();
    let add = |start: &str, extra: &[&str]| {
        let mut args = vec![
            "appointment",
            "add",
            "--title",
            "Night group",
            "--kind",
            "peer-support",
            "--start",
            start,
        ];
        args.extend_from_slice(extra);
        s.run(&args)
    };
    let gap = add("2027-03-28 01:30", &[]);
    assert_eq!(gap.status.code(), Some(1));
    let said = common::text(&gap.stderr);
    assert!(
        said.contains("The clocks go forward at 01:00 on Sunday 28 March 2027"),
        "{said}"
    );
    assert!(said.contains("before 01:00, or 02:00 or later"), "{said}");

    let twice = add("2027-10-31 01:30", &[]);
    assert_eq!(twice.status.code(), Some(1));
    assert!(common::text(&twice.stderr).contains("happens twice"));

    let second = add("2027-10-31 01:30", &["--clock-change", "second"]);
    assert!(second.status.success(), "{}", common::text(&second.stderr));
    let listed = s.ok(&["appointment", "list", "--from", "2027-10-31", "--to", "2027-10-31"]);
    assert!(
        listed.contains("01:30 (after the clocks go back) to 02:30"),
        "the true local times: {listed}"
    );
}

#[test]
fn the_diary_shows_a_week_day_by_day_with_the_next_week_to_turn_to() {
    let s = Sandbox::new();
    s.init();
    s.json(&[
        "appointment",
        "add",
        "--title",
        "Group",
        "--kind",
        "peer-support",
        "--start",
        "2026-11-25 18:00",
        "--every-weeks",
        "1",
        "--count",
        "3",
    ]);
    let week = s.ok(&["diary", "--date", "2026-11-25"]);
    assert!(week.contains("Week of Monday 23 November 2026"), "{week}");
    assert!(week.contains("Wednesday 25 November"), "{week}");
    assert!(week.contains("Group"), "{week}");
    assert!(week.contains("Next week: alongside diary --date 2026-11-30"), "{week}");

    let month = s.json(&["diary", "--month", "--date", "2026-12-10"]);
    assert_eq!(month["title"], "December 2026");
    assert_eq!(month["days"].as_array().map(Vec::len), Some(31));
    assert_eq!(month["appointment_count"], 2);
}
