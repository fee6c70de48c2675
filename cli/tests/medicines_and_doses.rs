//! Medicines and the dose log through the real binary.

mod common;

use common::{id, text, Sandbox};

#[test]
fn a_split_methadone_dose_is_kept_as_history_and_each_dose_can_be_logged() {
    let s = Sandbox::new();
    s.init();
    let methadone = id(&s.json(&[
        "medicine",
        "add",
        "--kind",
        "methadone",
        "--dose",
        "60",
        "--daily",
        "08:30",
        "--supervised",
        "--take-home-days",
        "sun",
        "--pharmacy",
        "Hillside Pharmacy",
        "--start",
        "2026-11-01",
    ]));
    s.ok(&[
        "medicine",
        "change",
        &methadone,
        "--from",
        "2026-11-16",
        "--dose",
        "40",
        "--evening-dose",
        "30",
        "--split",
        "08:30,19:00",
        "--note",
        "Split late in pregnancy",
    ]);
    let list = s.ok(&["medicine", "list"]);
    assert!(list.contains("Methadone (Methadone oral solution)"), "{list}");
    assert!(
        list.contains("Morning dose 40 mg, Evening dose 30 mg · Split dose: 08:30 and 19:00 every day"),
        "{list}"
    );
    assert!(list.contains("Taken at the pharmacy · Take-home: Sunday"), "{list}");
    assert!(list.contains("from Sun 1 Nov: 60 mg · Every day at 08:30"), "{list}");
    assert!(list.contains("(Split late in pregnancy)"), "{list}");

    s.ok(&[
        "dose",
        "take",
        &methadone,
        "--slot",
        "morning",
        "--at",
        "2026-11-23 08:35",
    ]);
    // More than the dose due is not "partly": refused, nothing changed.
    let too_much = s.run(&[
        "dose",
        "partly",
        &methadone,
        "--date",
        "2026-11-22",
        "--slot",
        "morning",
        "--amount",
        "45",
    ]);
    assert_eq!(too_much.status.code(), Some(1));
    assert!(
        text(&too_much.stderr).contains("less than the full dose (40 mg)"),
        "{}",
        text(&too_much.stderr)
    );
    s.ok(&[
        "dose",
        "partly",
        &methadone,
        "--date",
        "2026-11-22",
        "--slot",
        "morning",
        "--amount",
        "25",
    ]);
    s.ok(&[
        "dose",
        "vomited",
        &methadone,
        "--date",
        "2026-11-22",
        "--slot",
        "evening",
        "--note",
        "Sick soon after",
    ]);
    let log = s.ok(&["dose", "list", "--from", "2026-11-22", "--to", "2026-11-23"]);
    assert!(log.contains("Sunday 22 November 2026"), "{log}");
    assert!(
        log.contains("08:30  Methadone 40 mg · Morning dose · Partly taken (25 mg)"),
        "{log}"
    );
    assert!(log.contains("19:00  Methadone 30 mg · Evening dose · Vomited"), "{log}");
    assert!(log.contains("note: Sick soon after"), "{log}");
    assert!(log.contains("Taken at Mon 23 Nov, 08:35 · At the pharmacy"), "{log}");
    assert!(log.contains("· Take-home"), "{log}");
}

#[test]
fn dose_take_without_a_slot_logs_the_split_dose_due_now_and_says_which() {
    let s = Sandbox::new();
    s.init();
    let methadone = id(&s.json(&[
        "medicine",
        "add",
        "--kind",
        "methadone",
        "--dose",
        "40",
        "--evening-dose",
        "30",
        "--split",
        "08:30,19:00",
        "--start",
        "2026-11-01",
    ]));

    // Monday 09:00: the morning dose is the one due.
    let first = s.ok(&["dose", "take", &methadone]);
    assert!(
        first.starts_with("Morning dose of Methadone, Monday 23 November 2026: Taken.\n"),
        "{first}"
    );
    assert!(first.contains("--slot morning or --slot evening"), "{first}");
    // Its morning dose logged, the next one not logged yet is the evening's.
    let second = s.json(&["dose", "take", &methadone]);
    assert_eq!(
        (second["slot"].as_str(), second["slot_chosen"].as_bool()),
        (Some("evening"), Some(true))
    );
    // Both logged: she must say which to change, and nothing changes.
    let third = s.run(&["dose", "miss", &methadone]);
    assert_eq!(third.status.code(), Some(1));
    assert!(
        text(&third.stderr)
            .contains("slot: Every dose of this medicine that day is logged already, so nothing was changed."),
        "{}",
        text(&third.stderr)
    );
    let log = s.ok(&["dose", "list", "--from", "2026-11-23", "--to", "2026-11-23"]);
    assert!(!log.contains("Missed"), "{log}");

    // Tuesday 20:00 with nothing logged: the evening dose is the one due now.
    let evening = s
        .bare()
        .args(["--vault", &s.vault().to_string_lossy(), "--now", "2026-11-24T20:00:00Z"])
        .args(["dose", "take", &methadone])
        .output()
        .unwrap();
    assert!(
        text(&evening.stdout).starts_with("Evening dose of Methadone, Tuesday 24 November 2026: Taken."),
        "{}",
        text(&evening.stdout)
    );
    // An earlier day: the first dose not logged yet. A named dose is still logged as named.
    let past = s.ok(&["dose", "take", &methadone, "--date", "2026-11-22"]);
    assert!(
        past.starts_with("Morning dose of Methadone, Sunday 22 November 2026"),
        "{past}"
    );
    let named = s.ok(&[
        "dose",
        "partly",
        &methadone,
        "--date",
        "2026-11-21",
        "--slot",
        "evening",
    ]);
    assert_eq!(
        named, "Evening dose of Methadone, Saturday 21 November 2026: Partly taken.\n",
        "a named dose needs no hint"
    );
}

#[test]
fn three_missed_days_of_methadone_bring_a_tolerance_warning_with_its_sources_to_today() {
    let s = Sandbox::new();
    s.init();
    let methadone = id(&s.json(&[
        "medicine",
        "add",
        "--kind",
        "methadone",
        "--dose",
        "50",
        "--daily",
        "08:30",
        "--start",
        "2026-11-01",
    ]));
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
        s.ok(&["dose", "miss", &methadone, "--date", day]);
    }
    let today = s.ok(&["today"]);
    assert!(today.contains("Needs your attention"), "{today}");
    assert!(
        today.contains("Please talk to your prescriber or pharmacist before your next dose"),
        "{today}"
    );
    assert!(today.contains("3 missed days"), "{today}");
    assert!(today.contains("If something is wrong now:"), "{today}");
    assert!(today.contains("call 999"), "{today}");
    assert!(today.contains("Where this comes from:"), "{today}");
    assert!(today.contains("Checked "), "{today}");
    assert!(today.contains("next check due by"), "{today}");
    assert!(today.contains("08:30  Methadone 50 mg · Not logged yet"), "{today}");
}

#[test]
fn one_tablet_reads_as_one_tablet_everywhere_a_dose_is_shown() {
    let s = Sandbox::new();
    s.init();
    s.json(&[
        "medicine",
        "add",
        "--kind",
        "other",
        "--name",
        "Folic acid",
        "--dose",
        "1",
        "--unit",
        "tablet",
        "--daily",
        "09:30",
        "--start",
        "2026-11-01",
    ]);
    let list = s.ok(&["medicine", "list"]);
    assert!(list.contains("Dose      1 tablet · Every day at 09:30"), "{list}");
    let log = s.ok(&["dose", "list", "--from", "2026-11-23", "--to", "2026-11-23"]);
    assert!(log.contains("09:30  Folic acid 1 tablet · Not logged yet"), "{log}");
    let today = s.ok(&["today"]);
    assert!(today.contains("Folic acid 1 tablet ·"), "{today}");
    for shown in [&list, &log, &today] {
        assert!(!shown.contains("1 tablets"), "{shown}");
    }
}

#[test]
fn today_asks_about_days_with_nothing_logged_and_a_logged_dose_changes_only_with_change() {
    let s = Sandbox::new();
    s.init();
    // Added a week ago, so the days since can be asked about.
    let mut add = s.bare();
    add.arg("--vault")
        .arg(s.vault())
        .args(["--now", "2026-11-16T10:00:00Z", "--json"]);
    add.args([
        "medicine",
        "add",
        "--kind",
        "methadone",
        "--dose",
        "60",
        "--daily",
        "09:00",
        "--start",
        "2026-11-01",
    ]);
    let out = add.output().expect("run alongside");
    common::assert_success(&out, &["medicine", "add"]);
    let methadone = id(&common::parse(&out.stdout, &["medicine", "add"]));
    for day in ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"] {
        s.ok(&["dose", "take", &methadone, "--date", day]);
    }

    let today = s.ok(&["today"]);
    assert!(
        today.contains("Did you have your methadone on Friday, Saturday and Sunday?"),
        "{today}"
    );
    assert!(
        today.contains(&format!(
            "No, I didn't have it those days: alongside dose answer {methadone} no --day 2026-11-20 --day 2026-11-21 --day 2026-11-22"
        )),
        "{today}"
    );
    assert!(today.contains("the app can't tell if you had it"), "{today}");

    s.ok(&[
        "dose",
        "answer",
        &methadone,
        "no",
        "--day",
        "2026-11-20",
        "--day",
        "2026-11-21",
        "--day",
        "2026-11-22",
    ]);
    let after = s.ok(&["today"]);
    assert!(!after.contains("Did you have your methadone"), "asked once: {after}");
    assert!(
        after.contains("You've logged 3 missed days of methadone in a row."),
        "{after}"
    );

    let over = s.run(&["dose", "miss", &methadone, "--date", "2026-11-19"]);
    assert_eq!(over.status.code(), Some(1));
    let said = text(&over.stderr);
    assert!(
        said.contains("This dose is logged as taken. Do you want to change it to missed?"),
        "{said}"
    );
    assert!(said.contains("--change"), "{said}");
    s.ok(&["dose", "miss", &methadone, "--date", "2026-11-19", "--change"]);
}
