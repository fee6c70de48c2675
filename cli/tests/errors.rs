//! Refusals: on stderr, with the right exit code, and never repeating a passcode or
//! anything personal she typed.

mod common;

use common::{parse, text, Sandbox, NOW};

const PRIVATE_TITLE: &str = "Visit at Hope Street clinic";

#[test]
fn refused_input_goes_to_stderr_with_exit_1_and_nothing_is_written() {
    let s = Sandbox::new();
    s.init();

    let impossible = s.run(&[
        "appointment",
        "add",
        "--title",
        PRIVATE_TITLE,
        "--kind",
        "other",
        "--start",
        "2026-02-30 10:00",
    ]);
    assert_eq!(impossible.status.code(), Some(1));
    assert!(impossible.stdout.is_empty());
    let err = text(&impossible.stderr);
    assert!(err.contains("This isn't a real date"), "{err}");
    assert!(!err.contains("Hope Street") && !err.contains(&s.passcode), "{err}");

    let too_much = s.run(&[
        "--json",
        "medicine",
        "add",
        "--kind",
        "methadone",
        "--dose",
        "1200",
        "--daily",
        "08:30",
        "--pharmacy",
        "Hope Street Pharmacy",
    ]);
    assert_eq!(too_much.status.code(), Some(1));
    assert!(too_much.stdout.is_empty());
    let err = parse(&too_much.stderr, &["medicine add"]);
    assert_eq!(err["error"]["kind"], "invalid_input");
    assert_eq!(err["error"]["field"], "dose");
    assert!(err["error"]["message"].as_str().unwrap_or("").contains("too high"));
    let raw = text(&too_much.stderr);
    assert!(!raw.contains("Hope Street") && !raw.contains(&s.passcode), "{raw}");

    let zone = s.run(&["settings", "set", "--time-zone", "Mars/Olympus_Mons"]);
    assert_eq!(zone.status.code(), Some(1));
    assert!(text(&zone.stderr).contains("time zone"), "{}", text(&zone.stderr));

    // Nothing was written: the full export holds no appointments and no medicines.
    let everything = s.json(&["export"]);
    assert_eq!(
        everything["appointments"].as_array().map(Vec::len),
        Some(0),
        "{everything}"
    );
    assert_eq!(
        everything["medicines"].as_array().map(Vec::len),
        Some(0),
        "{everything}"
    );
    assert_eq!(everything["settings"]["time_zone"], "Europe/London");
}

#[test]
fn a_wrong_passcode_is_refused_with_exit_3_and_never_echoed() {
    let mut s = Sandbox::new();
    s.init();
    s.passcode = "not-my-passcode-77".to_string();
    let out = s.run(&["--json", "today"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let raw = text(&out.stderr);
    assert!(
        !raw.contains("not-my-passcode-77") && !raw.contains(common::PASSCODE),
        "{raw}"
    );
    let err = parse(&out.stderr, &["today"]);
    assert_eq!(err["error"]["kind"], "wrong_passcode");
    assert!(err["error"]["retry_after_seconds"].is_u64(), "{err}");
}

#[test]
fn a_folder_that_is_not_a_vault_is_refused_with_exit_3_and_a_hint() {
    let s = Sandbox::new();
    let out = s.run(&["today"]);
    assert_eq!(out.status.code(), Some(3));
    let err = text(&out.stderr);
    assert!(err.contains("There is no Alongside vault in this folder."), "{err}");
    assert!(err.contains("alongside init"), "{err}");
}

#[test]
fn a_vault_whose_database_is_missing_is_refused_as_damaged_with_exit_3_and_nothing_is_made() {
    let s = Sandbox::new();
    s.init();
    std::fs::rename(s.vault().join("vault.db"), s.path("moved.db")).expect("move the database");
    for args in [&["--json", "today"][..], &["--json", "passcode", "change"][..]] {
        let mut cmd = s.cmd(args);
        cmd.env("ALONGSIDE_NEW_PASSCODE", "new-passcode-2027");
        let out = cmd.output().expect("run alongside");
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = parse(&out.stderr, args);
        assert_eq!(err["error"]["kind"], "vault_damaged", "{err}");
        assert!(
            err["error"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("Nothing was changed"),
            "{err}"
        );
        assert!(!s.vault().join("vault.db").exists(), "{args:?} made an empty diary");
    }
}

#[test]
fn a_command_line_that_cannot_be_understood_exits_2_without_repeating_what_was_typed() {
    let s = Sandbox::new();
    let out = s
        .bare()
        .args(["--json", "--now", NOW, "appointment", "add", "--kind", "dentist"])
        .output()
        .expect("run alongside");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = parse(&out.stderr, &["appointment add"]);
    assert_eq!(err["error"]["kind"], "usage");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("health-visitor"),
        "{err}"
    );

    // An unquoted title spills words onto the command line; they are not echoed back.
    let spilled = s
        .bare()
        .args([
            "appointment",
            "add",
            "--title",
            "Visit",
            "at",
            "Hope",
            "Street",
            "--kind",
            "gp",
        ])
        .output()
        .expect("run alongside");
    assert_eq!(spilled.status.code(), Some(2));
    let err = text(&spilled.stderr);
    assert!(err.contains("put it in quotes"), "{err}");
    assert!(!err.contains("Hope") && !err.contains("Street"), "{err}");
    assert!(!s.vault().exists());
}
