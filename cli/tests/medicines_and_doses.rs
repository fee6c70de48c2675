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

    // With two doses that day she is asked which one, kindly, as a usage error.
    let which = s.run(&["dose", "take", &methadone]);
    assert_eq!(which.status.code(), Some(2));
    assert!(
        text(&which.stderr).contains("--slot morning"),
        "{}",
        text(&which.stderr)
    );

    s.ok(&[
        "dose",
        "take",
        &methadone,
        "--slot",
        "morning",
        "--at",
        "2026-11-23 08:35",
    ]);
    s.ok(&[
        "dose",
        "partly",
        &methadone,
        "--date",
        "2026-11-22",
        "--slot",
        "morning",
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
        log.contains("08:30  Methadone 40 mg · Morning dose · Partly taken"),
        "{log}"
    );
    assert!(log.contains("19:00  Methadone 30 mg · Evening dose · Vomited"), "{log}");
    assert!(log.contains("note: Sick soon after"), "{log}");
    assert!(log.contains("Taken at Mon 23 Nov, 08:35 · At the pharmacy"), "{log}");
    assert!(log.contains("· Take-home"), "{log}");
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
