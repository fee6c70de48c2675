//! `--json` on every command: stdout parses as JSON, stderr stays empty, and the answers
//! carry what a script needs next (ids, statuses, times).

mod common;

use common::{id, is_empty_dir, parse, Sandbox};

#[test]
fn every_command_answers_in_json_when_asked() {
    let mut s = Sandbox::new();
    let init = s.json(&["init"]);
    assert_eq!(init["created"], true);

    let settings = s.json(&["settings", "show"]);
    assert_eq!(settings["time_zone"], "Europe/London");
    assert_eq!(settings["discreet_notifications"], true);
    // A new passcode; every later command opens the vault with it.
    let mut change = s.cmd(&["--json", "passcode", "change"]);
    change.env("ALONGSIDE_NEW_PASSCODE", "new-passcode-2027");
    let changed = change.output().expect("run alongside");
    common::assert_success(&changed, &["passcode change"]);
    assert_eq!(parse(&changed.stdout, &["passcode change"])["changed"], true);
    s.passcode = "new-passcode-2027".to_string();

    let settings = s.json(&["settings", "set", "--discreet", "false", "--time-zone", "Europe/London"]);
    assert_eq!(settings["discreet_notifications"], false);

    // Appointments.
    let series = id(&s.json(&[
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
        "2h",
    ]));
    let scan = id(&s.json(&[
        "appointment",
        "add",
        "--title",
        "Growth scan",
        "--kind",
        "antenatal-clinic-or-scan",
        "--start",
        "2026-11-20 09:30",
    ]));
    let list = s.json(&["appointment", "list", "--from", "2026-11-16", "--to", "2026-12-31"]);
    assert_eq!(list["appointments"].as_array().map(Vec::len), Some(5), "{list}");
    let shown = s.json(&["appointment", "show", &series]);
    assert_eq!(shown["occurrence_count"], 4);
    assert_eq!(shown["repeat"]["every_weeks"], 1);
    s.json(&["appointment", "edit", &series, "--notes", "Bring letter"]);
    let status = s.json(&["appointment", "status", &format!("{series}#0"), "attended"]);
    assert_eq!(status["status"], "attended");
    s.json(&["appointment", "status", &scan, "missed"]);
    let moved = s.json(&[
        "appointment",
        "reschedule",
        &format!("{series}#2"),
        "--to",
        "2026-12-01 10:00",
        "--following",
    ]);
    assert_ne!(id(&moved), series, "moving later dates splits the series");
    s.json(&["appointment", "cancel", &format!("{series}#1")]);
    s.json(&["appointment", "dismiss", &scan]);
    let rebooked = id(&s.json(&["appointment", "rebook", &scan, "--start", "2026-11-27 09:30"]));
    s.json(&["appointment", "delete", &rebooked]);

    // Medicines and doses.
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
        "--supervised",
        "--take-home-days",
        "sat,sun",
        "--start",
        "2026-11-01",
    ]));
    s.json(&[
        "medicine",
        "change",
        &methadone,
        "--from",
        "2026-11-20",
        "--dose",
        "45",
        "--evening-dose",
        "30",
    ]);
    let stopped = s.json(&["medicine", "stop", &methadone, "--on", "2026-12-31"]);
    assert_eq!(stopped["end_date"], "2026-12-31");
    let meds = s.json(&["medicine", "list"]);
    assert_eq!(
        meds["medicines"][0]["history"].as_array().map(Vec::len),
        Some(2),
        "{meds}"
    );
    assert_eq!(meds["medicines"][0]["current"]["amount"], 45.0);
    let taken = s.json(&[
        "dose",
        "take",
        &methadone,
        "--slot",
        "morning",
        "--at",
        "2026-11-23T08:40:00Z",
    ]);
    assert_eq!(taken["status"], "taken");
    assert_eq!(taken["date"], "2026-11-23");
    s.json(&["dose", "miss", &methadone, "--date", "2026-11-22", "--slot", "evening"]);
    s.json(&[
        "dose",
        "as-needed",
        &methadone,
        "--amount",
        "5",
        "--at",
        "2026-11-23 07:00",
    ]);
    let doses = s.json(&["dose", "list", "--from", "2026-11-22", "--to", "2026-11-23"]);
    let doses = doses["doses"].as_array().cloned().unwrap_or_default();
    assert!(
        doses
            .iter()
            .any(|d| d["state"] == "taken" && d["taken_at"] == "2026-11-23T08:40:00Z"),
        "{doses:?}"
    );
    assert!(doses.iter().any(|d| d["slot"] == "as_needed"), "{doses:?}");

    // Today, reminders, exports.
    let today = s.json(&["today"]);
    assert_eq!(today["date"], "2026-11-23");
    assert!(today["week"]["summary"].is_string());
    assert!(today["alerts"].is_array() && today["doses"].is_array());
    let reminders = s.json(&["reminders", "--days", "3"]);
    let reminders = reminders["reminders"].as_array().cloned().unwrap_or_default();
    assert!(reminders.iter().any(|r| r["kind"] == "dose"), "{reminders:?}");
    assert!(reminders
        .iter()
        .all(|r| r["fire_at"].is_string() && r["id"].is_string()));
    let export = s.json(&["export"]);
    assert_eq!(export["format"], "alongside-export");
    let ics = s.json(&["export", "--ics"]);
    assert!(ics["content"].as_str().unwrap_or("").starts_with("BEGIN:VCALENDAR"));
    let file = s.path("export.json");
    let saved = s.json(&["export", "--out", file.to_str().expect("utf-8 path")]);
    assert_eq!(saved["format"], "json");
    parse(&std::fs::read(&file).expect("export file"), &["export --out"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o077, 0, "the unencrypted copy is readable by her account only");
    }

    // The demo in a throwaway vault.
    let demo = s
        .bare()
        .args(["--json", "--now", common::NOW, "demo"])
        .output()
        .expect("run alongside");
    common::assert_success(&demo, &["demo"]);
    assert_eq!(parse(&demo.stdout, &["demo"])["today"]["date"], "2026-11-23");
    assert!(is_empty_dir(&s.tmp()));

    let wiped = s.json(&["wipe", "--yes"]);
    assert_eq!(wiped["wiped"], true);
    assert!(!s.vault().exists());
}
