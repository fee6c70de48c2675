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
    assert!(err.contains("There is no Alongside diary here yet."), "{err}");
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

#[test]
fn a_command_missing_an_option_or_given_two_that_clash_says_so_in_the_copys_words() {
    let s = Sandbox::new();
    let missing = alongside_core::content::text("cli-usage-missing", &[]);

    let (code, err) = refusal(&s, &["appointment", "add", "--title", PRIVATE_TITLE]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(&format!("{}\n  --kind <KIND>\n  --start <YYYY-MM-DD HH:MM>\n", missing)),
        "{err}"
    );
    assert!(err.contains("\nUsage: alongside appointment add"), "{err}");
    assert!(!err.contains("Hope Street"), "{err}");

    let (code, err) = refusal(&s, &["support", "dates", "--born", "2026-01-01", "--clear-born"]);
    assert_eq!(code, Some(2));
    let clash = alongside_core::content::text(
        "cli-usage-conflict",
        &[("option", "--born <DATE>".into()), ("other", "--clear-born".into())],
    );
    assert!(err.starts_with(&clash), "{err}");
    assert!(!s.vault().exists());
}

/// Runs `args` and returns (exit code, stderr).
fn refusal(s: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let out = s.run(args);
    assert!(out.stdout.is_empty(), "{args:?} printed {}", text(&out.stdout));
    (out.status.code(), text(&out.stderr))
}

#[test]
fn a_negative_number_for_any_numeric_option_is_refused_naming_the_option() {
    let s = Sandbox::new();
    s.init();
    s.ok(&["directory", "sample-data", "on"]);
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/content/directory/sample");
    s.ok(&["directory", "import", &sample.join("sample.bundle").to_string_lossy()]);
    let appointment = common::id(&s.json(&[
        "appointment",
        "add",
        "--title",
        "Midwife",
        "--kind",
        "specialist-midwife",
        "--start",
        "2026-11-20 10:00",
    ]));
    let methadone = common::id(&s.json(&[
        "medicine",
        "add",
        "--kind",
        "methadone",
        "--dose",
        "40",
        "--daily",
        "08:30",
        "--start",
        "2026-11-01",
    ]));
    let csv = |name: &str| sample.join(name).to_string_lossy().into_owned();
    let key = csv("sample-publisher.key");
    let (services, venues, sessions) = (csv("services.csv"), csv("venues.csv"), csv("sessions.csv"));
    let out = s.path("out.bundle").to_string_lossy().into_owned();
    let add = [
        "appointment",
        "add",
        "--title",
        "Scan",
        "--kind",
        "gp",
        "--start",
        "2026-11-24 10:00",
    ];
    let with = |extra: &[&'static str]| -> Vec<String> { add.iter().chain(extra).map(|a| a.to_string()).collect() };

    // Options the command line reads: refused as usage (exit 2), naming the option.
    let whole = "use a whole number, 0 or more";
    let usage: Vec<(Vec<String>, &str, &str)> = vec![
        (words(&["reminders", "--days", "-3"]), "--days", whole),
        (words(&["reminders", "--days=-3"]), "--days", whole),
        (words(&["directory", "hubs", "--days", "-3"]), "--days", whole),
        (
            words(&["directory", "plan", "--need", "food", "--days", "-14"]),
            "--days",
            whole,
        ),
        (
            words(&["directory", "near", "--lat", "53", "--lon", "-1.5", "--limit", "-2"]),
            "--limit",
            whole,
        ),
        (with(&["--duration", "-30"]), "--duration", whole),
        (with(&["--every-weeks", "-1", "--count", "3"]), "--every-weeks", whole),
        (with(&["--every-weeks", "1", "--count", "-3"]), "--count", whole),
        (with(&["--remind", "-2h"]), "--remind", "use a form like 90m, 2h or 1d"),
        (
            words(&["appointment", "edit", &appointment, "--duration", "-5"]),
            "--duration",
            whole,
        ),
        (
            words(&[
                "appointment",
                "rebook",
                &appointment,
                "--start",
                "2026-11-25 10:00",
                "--duration",
                "-5",
            ]),
            "--duration",
            whole,
        ),
        (
            words(&[
                "medicine",
                "add",
                "--kind",
                "other",
                "--name",
                "Vitamin",
                "--dose",
                "1",
                "--monthly",
                "-3@09:00",
            ]),
            "--monthly",
            "use a day number and a time, like 14@10:00",
        ),
        (
            words(&[
                "directory",
                "build",
                "--services",
                &services,
                "--venues",
                &venues,
                "--sessions",
                &sessions,
                "--publisher",
                "P",
                "--area",
                "A",
                "--version",
                "-1",
                "--issued",
                "2026-11-01",
                "--expires",
                "2027-11-01",
                "--sample",
                "--key",
                &key,
                "--out",
                &out,
            ]),
            "--version",
            whole,
        ),
        (
            words(&[
                "team",
                "reply",
                "--dir",
                "t",
                "--woman",
                "w",
                "propose",
                "--title",
                "Visit",
                "--start",
                "2026-12-01T10:00:00Z",
                "--minutes",
                "-5",
            ]),
            "--minutes",
            whole,
        ),
    ];
    for (args, option, reason) in &usage {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, err) = refusal(&s, &args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(&format!("That value for {option}")), "{args:?}: {err}");
        assert!(err.contains(reason), "{args:?}: {err}");
        assert!(!err.contains("-3") && !err.contains("4294967295"), "{args:?}: {err}");
    }

    // Numbers the core judges: refused as input (exit 1), naming the field.
    let fields: Vec<(Vec<String>, &str)> = vec![
        (
            words(&[
                "medicine",
                "add",
                "--kind",
                "methadone",
                "--dose",
                "-5",
                "--daily",
                "09:00",
            ]),
            "dose: ",
        ),
        (
            words(&[
                "medicine",
                "add",
                "--kind",
                "methadone",
                "--dose",
                "40",
                "--evening-dose",
                "-5",
                "--split",
                "08:30,19:00",
            ]),
            "evening dose: ",
        ),
        (
            words(&[
                "medicine",
                "change",
                &methadone,
                "--from",
                "2026-11-24",
                "--dose",
                "40",
                "--evening-dose",
                "-1",
                "--split",
                "08:30,19:00",
            ]),
            "evening dose: ",
        ),
        (words(&["dose", "as-needed", &methadone, "--amount", "-2"]), "dose: "),
        (
            words(&["directory", "near", "--lat", "-100", "--lon", "-1.5"]),
            "latitude: ",
        ),
        (
            words(&["directory", "near", "--lat", "53", "--lon", "-200"]),
            "longitude: ",
        ),
    ];
    for (args, field) in &fields {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, err) = refusal(&s, &args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(err.starts_with(field), "{args:?}: {err}");
    }

    // A number that isn't one says so in words, naming the option.
    let (code, err) = refusal(&s, &["directory", "near", "--lat", "north", "--lon", "-1.5"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("That value for --lat"), "{err}");
    assert!(err.contains("use a number, like 2.5"), "{err}");
}

fn words(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}
