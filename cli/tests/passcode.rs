//! Passcodes at the terminal: the pause after wrong passcodes, which `--now` cannot skip.

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

