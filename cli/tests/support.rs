//! `alongside support`: the crisis numbers with no vault and no passcode, and telling the
//! app privately where her baby is living.

mod common;

use common::{text, Sandbox};

#[test]
fn the_crisis_numbers_show_with_no_vault_and_no_passcode() {
    let s = Sandbox::new();
    let out = s
        .bare()
        .env_remove("ALONGSIDE_PASSCODE")
        .args(["support", "crisis"])
        .output()
        .expect("run alongside");
    assert!(out.status.success());
    let words = text(&out.stdout);
    assert!(words.starts_with("If you are not safe right now\n"), "{words}");
    assert!(words.contains("Emergency services on 999"), "{words}");
    assert!(words.contains("Samaritans on 116 123"), "{words}");
    assert!(!s.vault().exists());
}

#[test]
fn she_can_tell_the_app_her_baby_was_taken_into_care_and_change_it_back() {
    let s = Sandbox::new();
    s.init();
    assert_eq!(s.json(&["support", "status"])["support_mode"], false);
    let set = s.json(&["support", "status", "--set", "taken-into-care", "--since", "2026-11-20"]);
    assert_eq!(set["status"], "taken_into_care");
    assert_eq!(set["since_label"], "Since Friday 20 November 2026");
    let words = s.ok(&["support", "status"]);
    assert!(words.contains("You are still your baby's mother"), "{words}");
    let refused = s.run(&["support", "status", "--set", "other", "--since", "2027-01-01"]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        s.json(&["support", "status", "--set", "with-me"])["support_mode"],
        false
    );
}
