//! She can tell the app, privately, that her baby is no longer with her. The app's words
//! change gently; nothing is sent anywhere because of it; the crisis numbers are there at
//! once, with no vault and no network.

mod common;
mod sharing_support;

use alongside_core::support::{crisis_help, BabyStatus};
use common::*;

#[test]
fn until_she_says_otherwise_her_baby_is_with_her() {
    let tv = new_vault();
    let s = tv.vault.baby_status().unwrap();
    assert_eq!(s.status, BabyStatus::WithHer);
    assert!(!s.support_mode);
    assert_eq!(s.status_label, "Your baby is with you");
}

#[test]
fn telling_the_app_her_baby_was_taken_into_care_changes_its_words_and_stays_after_a_restart() {
    let tv = new_vault();
    let s = tv
        .vault
        .set_baby_status(BabyStatus::TakenIntoCare, Some("2026-11-20".into()), monday_morning())
        .unwrap();
    assert!(s.support_mode);
    assert_eq!(s.status_label, "Your baby was taken into care");
    assert_eq!(s.since_label.as_deref(), Some("Since Friday 20 November 2026"));
    assert!(s.message.contains("You are still your baby's mother"));
    assert!(s.message.contains("nothing has been sent to anyone"));
    tv.vault.lock();
    let again = tv.reopen();
    again.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
    assert_eq!(again.baby_status().unwrap(), s);
}

#[test]
fn a_date_after_today_or_not_a_date_is_refused_and_nothing_changes() {
    let tv = new_vault();
    let v = &tv.vault;
    assert_invalid(
        v.set_baby_status(
            BabyStatus::LivingWithFamily,
            Some("2026-12-01".into()),
            monday_morning(),
        ),
        "since",
    );
    assert_invalid(
        v.set_baby_status(
            BabyStatus::LivingWithFamily,
            Some("20/11/2026".into()),
            monday_morning(),
        ),
        "since",
    );
    assert_eq!(v.baby_status().unwrap().status, BabyStatus::WithHer);
}

#[test]
fn nothing_about_the_removal_is_queued_even_while_she_shares_everything_else() {
    let tv = new_vault();
    let v = &tv.vault;
    sharing_support::share_everything_with_maya(v, monday_morning());
    let before = v.share_ledger().unwrap();
    v.set_baby_status(BabyStatus::TakenIntoCare, Some("2026-11-20".into()), monday_morning())
        .unwrap();
    assert_eq!(v.share_ledger().unwrap(), before);
}

#[test]
fn the_crisis_numbers_come_at_once_with_no_vault_and_emergency_first() {
    let help = crisis_help().unwrap();
    assert_eq!(help.heading, "If you are not safe right now");
    assert_eq!(
        help.intro,
        "You don't need signal to see these numbers. If you are in danger now, call 999."
    );
    assert_eq!(help.contacts[0].id, "emergency");
    let ids: Vec<&str> = help.contacts.iter().map(|c| c.id.as_str()).collect();
    for id in [
        "samaritans",
        "nhs-111",
        "domestic-abuse-helpline",
        "family-rights-group",
    ] {
        assert!(ids.contains(&id), "{ids:?}");
    }
}
