//! Passcodes at the terminal: the pause after wrong passcodes, which `--now` cannot skip,
//! and changing the passcode.

mod common;

use common::{parse, text, Sandbox, PASSCODE};

/// The error a `--json` command printed, with its exit code checked.
fn refused(s: &Sandbox, args: &[&str], exit_code: i32) -> serde_json::Value {
    let out = s.run(args);
    assert_eq!(out.status.code(), Some(exit_code), "{args:?}: {}", text(&out.stderr));
    parse(&out.stderr, args)
}

#[test]
fn a_clock_moved_forward_with_now_does_not_skip_the_pause_after_wrong_passcodes() {
    let mut s = Sandbox::new();
    s.init();
    s.passcode = "not-my-passcode-77".to_string();
    for _ in 0..3 {
        let err = refused(&s, &["--json", "today"], 3);
        assert_eq!(err["error"]["kind"], "wrong_passcode", "{err}");
    }
    s.passcode = PASSCODE.to_string();
    let mut tomorrow = s.bare();
    tomorrow
        .arg("--vault")
        .arg(s.vault())
        .args(["--now", "2026-11-24T09:00:00Z", "--json", "today"]);
    let out = tomorrow.output().expect("run alongside");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stdout));
    let err = parse(&out.stderr, &["today"]);
    assert_eq!(err["error"]["kind"], "too_many_attempts", "{err}");
    let wait = err["error"]["retry_after_seconds"].as_u64().unwrap_or(0);
    assert!((1..=30).contains(&wait), "{err}");
}

#[test]
fn a_damaged_attempt_counter_brings_the_longest_pause_not_none() {
    let s = Sandbox::new();
    s.init();
    std::fs::write(s.vault().join("unlock-attempts.json"), b"not a counter").expect("damage the counter");
    let err = refused(&s, &["--json", "today"], 3);
    assert_eq!(err["error"]["kind"], "too_many_attempts", "{err}");
    let wait = err["error"]["retry_after_seconds"].as_u64().unwrap_or(0);
    assert!((3590..=3600).contains(&wait), "{err}");
}

/// `passcode change --json` with no passcode in the environment, `input` on stdin.
fn change_with_piped(s: &Sandbox, input: &str) -> std::process::Output {
    let mut cmd = s.cmd(&["--json", "passcode", "change"]);
    cmd.env_remove("ALONGSIDE_PASSCODE");
    s.run_with_input(cmd, input)
}

#[test]
fn passcode_change_reads_the_current_and_the_new_passcode_piped_in_one_a_line() {
    let mut s = Sandbox::new();
    s.init();
    let out = change_with_piped(&s, &format!("{PASSCODE}\nnew-passcode-2027\nnew-passcode-2027\n"));
    common::assert_success(&out, &["passcode change"]);
    assert_eq!(parse(&out.stdout, &["passcode change"])["changed"], true);
    assert!(!text(&out.stdout).contains("new-passcode-2027") && !text(&out.stderr).contains("new-passcode-2027"));

    // The new passcode on its own line once is enough, and Windows line endings are fine.
    let out = change_with_piped(&s, "new-passcode-2027\r\nthird-passcode-9\r\n");
    common::assert_success(&out, &["passcode change"]);
    s.passcode = "third-passcode-9".to_string();
    s.json(&["today"]);
}

#[test]
fn passcode_change_takes_the_current_passcode_from_the_environment_and_the_new_one_piped_in() {
    let mut s = Sandbox::new();
    s.init();
    let cmd = s.cmd(&["--json", "passcode", "change"]);
    let out = s.run_with_input(cmd, "new-passcode-2027\n");
    common::assert_success(&out, &["passcode change"]);
    s.passcode = "new-passcode-2027".to_string();
    s.json(&["today"]);
}

#[test]
fn a_piped_new_passcode_whose_second_copy_differs_changes_nothing() {
    let s = Sandbox::new();
    s.init();
    let out = change_with_piped(&s, &format!("{PASSCODE}\nnew-passcode-2027\nnew-passcode-2028\n"));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        parse(&out.stderr, &["passcode change"])["error"]["kind"],
        "passcodes_differ"
    );
    s.json(&["today"]);
}

#[test]
fn passcode_change_with_nothing_piped_in_says_it_could_not_read_a_passcode() {
    let s = Sandbox::new();
    s.init();
    let out = change_with_piped(&s, "");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(parse(&out.stderr, &["passcode change"])["error"]["kind"], "no_passcode");
    s.json(&["today"]);
}

#[test]
fn init_reads_a_passcode_piped_in() {
    let s = Sandbox::new();
    let mut cmd = s.cmd(&["--json", "init"]);
    cmd.env_remove("ALONGSIDE_PASSCODE");
    let out = s.run_with_input(cmd, &format!("{PASSCODE}\n{PASSCODE}\n"));
    common::assert_success(&out, &["init"]);
    s.json(&["today"]);
}
