//! The demo, and wiping a vault without its passcode.

mod common;

use common::{assert_success, is_empty_dir, text, Sandbox, NOW};

#[test]
fn the_demo_in_a_throwaway_vault_prints_today_and_leaves_nothing_behind() {
    let s = Sandbox::new();
    let out = s.bare().args(["--now", NOW, "demo"]).output().expect("run alongside");
    assert_success(&out, &["demo"]);
    let today = text(&out.stdout);
    for expected in [
        "Today, Monday 23 November 2026 (Europe/London)",
        "Later today",
        "Key worker check-in (Drug and alcohol key worker)",
        "Next 7 days",
        "Methadone review (Prescriber review) · Moved from",
        "Mothers Together group (Peer support)",
        "at Sampleton Family Hub, 14 Mill Lane, Sampleton, SX1 2AB",
        "Also here that day: ",
        "Home visit (Social worker)",
        "Antenatal contact (Health visitor)",
        "Today's doses",
        "Methadone 40 mg · Morning dose · Taken at Mon 23 Nov, 08:40 · At the pharmacy",
        "Methadone 30 mg · Evening dose · Not logged yet",
        "Would you like a new time for Growth scan?",
        "This week (Mon 23 Nov – Sun 29 Nov)",
    ] {
        assert!(today.contains(expected), "missing {expected:?} in:\n{today}");
    }
    assert!(is_empty_dir(&s.tmp()), "the throwaway vault was left behind");
    assert!(!s.vault().exists());
}

#[test]
fn the_demo_fills_a_new_vault_she_can_open_but_never_an_existing_one() {
    let s = Sandbox::new();
    s.ok(&["demo"]);
    let log = s.ok(&["dose", "list", "--from", "2026-11-16", "--to", "2026-11-22"]);
    assert!(log.contains("Methadone 30 mg · Evening dose · Missed"), "{log}");
    assert!(log.contains("note: Fell asleep early"), "{log}");
    assert!(log.contains("Paracetamol 2 tablets · As needed · Taken"), "{log}");

    let again = s.run(&["demo"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("already a diary here"),
        "{}",
        text(&again.stderr)
    );
}

#[test]
fn wipe_asks_for_the_word_then_removes_the_vault_without_the_passcode() {
    let mut s = Sandbox::new();
    s.init();
    s.passcode = String::new();

    let mut keep = s.cmd(&["wipe"]);
    keep.env_remove("ALONGSIDE_PASSCODE");
    let kept = s.run_with_input(keep, "no\n");
    assert_eq!(kept.status.code(), Some(1));
    assert!(
        text(&kept.stderr).contains("Nothing was wiped"),
        "{}",
        text(&kept.stderr)
    );
    assert!(s.vault().join("vault.key").exists());

    let mut wipe = s.cmd(&["wipe"]);
    wipe.env_remove("ALONGSIDE_PASSCODE");
    let wiped = s.run_with_input(wipe, "wipe\n");
    assert_success(&wiped, &["wipe"]);
    assert!(text(&wiped.stdout).contains("wiped"), "{}", text(&wiped.stdout));
    assert!(!s.vault().exists(), "the vault folder is gone");
}
