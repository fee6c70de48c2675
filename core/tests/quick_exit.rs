//! Quick exit: one call locks her diary at once and says where the phone goes next; her
//! choice of where is kept in the vault and offered on the settings screen, and the
//! control's words say nothing about the app.

mod common;

use alongside_core::*;
use common::*;

#[test]
fn quick_exit_locks_the_diary_at_once_so_nothing_can_be_read_until_the_passcode() {
    let tv = new_vault();
    tv.vault
        .add_appointment(draft("Midwife", "2026-11-24 10:30"), monday_morning())
        .unwrap();
    assert_eq!(tv.vault.quick_exit(), QuickExitDestination::HomeScreen);
    assert!(tv.vault.is_locked());
    assert!(matches!(tv.vault.today(monday_morning()), Err(AlongsideError::Locked)));
    assert!(matches!(
        tv.vault.settings_view(monday_morning()),
        Err(AlongsideError::Locked)
    ));
    tv.vault
        .unlock(PASSCODE.into(), monday_morning(), since_boot())
        .unwrap();
    assert!(tv.vault.today(monday_morning()).is_ok(), "her passcode opens it again");
}

#[test]
fn quick_exit_goes_where_she_chose_and_her_choice_survives_a_restart() {
    let tv = new_vault();
    tv.vault
        .set_quick_exit_destination(QuickExitDestination::Clock)
        .unwrap();
    let view = tv.vault.settings_view(monday_morning()).unwrap();
    assert_eq!(view.quick_exit.current, QuickExitDestination::Clock);
    assert_eq!(tv.vault.quick_exit(), QuickExitDestination::Clock);

    let again = tv.reopen();
    again.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
    assert_eq!(again.quick_exit(), QuickExitDestination::Clock);
}

#[test]
fn quick_exit_from_a_locked_diary_still_answers_the_home_screen() {
    let tv = new_vault();
    tv.vault
        .set_quick_exit_destination(QuickExitDestination::Calculator)
        .unwrap();
    tv.vault.lock();
    assert_eq!(tv.vault.quick_exit(), QuickExitDestination::HomeScreen);
    assert!(tv.vault.is_locked());
}

#[test]
fn a_new_diary_exits_to_the_home_screen_and_offers_each_place_with_its_words() {
    let tv = new_vault();
    let q = tv.vault.settings_view(monday_morning()).unwrap().quick_exit;
    assert_eq!(q.current, QuickExitDestination::HomeScreen);
    let offered: Vec<_> = q.choices.iter().map(|c| (c.destination, c.label.as_str())).collect();
    assert_eq!(
        offered,
        [
            (QuickExitDestination::HomeScreen, "The home screen"),
            (QuickExitDestination::Clock, "The clock"),
            (QuickExitDestination::Calculator, "The calculator"),
        ]
    );
    assert!(q.choices.iter().all(|c| !c.detail.is_empty()));
    assert!(q.iphone_explainer.contains("iPhone"));
    assert!(q.limits.contains("name and icon"));
}

#[test]
fn the_exit_button_says_nothing_about_the_app_or_what_it_is_for() {
    let c = quick_exit_control();
    assert_eq!(c.label, "Exit");
    for words in [&c.label, &c.description, &c.cover, &c.cover_continue] {
        let lower = words.to_lowercase();
        for telling in ["alongside", "diary", "drug", "medicine", "methadone", "baby", "pregnan"] {
            assert!(!lower.contains(telling), "{words:?} says {telling}");
        }
    }
}

#[test]
fn three_volume_presses_within_a_second_and_a_half_make_a_quick_exit() {
    let c = quick_exit_control();
    assert_eq!((c.presses, c.window_ms), (3, 1_500));
}
