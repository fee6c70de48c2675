//! The pause after repeated wrong passcodes ends only when it has really passed: not
//! when the phone's clock is moved forward or back, not after a restart of the phone, and
//! not when the attempt counter is damaged.

mod common;

use alongside_core::*;
use common::*;
use std::time::Duration;

const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// Three wrong passcodes at `monday_morning()`: the next try must wait 30 seconds.
fn after_three_wrong_passcodes() -> (TestVault, Vault) {
    let tv = new_vault();
    tv.vault.lock();
    let v = tv.reopen();
    for _ in 0..3 {
        assert!(matches!(
            v.unlock("a guess 1234".into(), monday_morning(), since_boot()),
            Err(AlongsideError::WrongPasscode { .. })
        ));
    }
    (tv, v)
}

fn wait_of(r: Result<(), AlongsideError>) -> u64 {
    match r {
        Err(AlongsideError::TooManyAttempts { retry_after_seconds }) => retry_after_seconds,
        other => panic!("expected a pause, got {other:?}"),
    }
}

#[test]
fn moving_the_phones_clock_forward_does_not_skip_the_pause() {
    let (_tv, v) = after_three_wrong_passcodes();
    let tomorrow = monday_morning() + DAY;
    let five_seconds_on = since_boot() + Duration::from_secs(5);
    assert_eq!(wait_of(v.unlock(PASSCODE.into(), tomorrow, five_seconds_on)), 25);
    assert_eq!(
        wait_of(v.unlock("another guess".into(), tomorrow + DAY, five_seconds_on)),
        25,
        "no guess is tried during the pause"
    );
    assert!(v.is_locked());
    // Once 30 seconds have really passed, the clock she set does not matter.
    v.unlock(PASSCODE.into(), tomorrow, since_boot() + Duration::from_secs(30))
        .unwrap();
}

#[test]
fn moving_the_phones_clock_back_does_not_skip_the_pause() {
    let (_tv, v) = after_three_wrong_passcodes();
    let a_year_ago = monday_morning() - 365 * DAY;
    assert_eq!(
        wait_of(v.unlock(PASSCODE.into(), a_year_ago, since_boot() + Duration::from_secs(10))),
        20
    );
    // Nor does it lock her out until the clock catches up.
    v.unlock(PASSCODE.into(), a_year_ago, since_boot() + Duration::from_secs(30))
        .unwrap();
}

#[test]
fn restarting_the_phone_does_not_skip_the_pause() {
    let (_tv, v) = after_three_wrong_passcodes();
    // Restarted: the time since the start is small again, and only that much is certain.
    let restarted = Duration::from_secs(5);
    let (now, _) = seconds_later(5);
    assert_eq!(wait_of(v.unlock(PASSCODE.into(), now, restarted)), 25);
    // Even with the phone's clock moved on as well.
    assert_eq!(wait_of(v.unlock(PASSCODE.into(), now + DAY, restarted)), 25);
    let (now, _) = seconds_later(30);
    v.unlock(PASSCODE.into(), now, Duration::from_secs(30)).unwrap();
}

#[test]
fn a_damaged_attempt_counter_brings_the_longest_pause_from_now_not_no_pause() {
    let (tv, v) = after_three_wrong_passcodes();
    std::fs::write(tv.path().join("unlock-attempts.json"), b"\x00\x01 not a counter").unwrap();
    let (now, boot) = seconds_later(60);
    assert_eq!(wait_of(v.unlock(PASSCODE.into(), now, boot)), 60 * 60);
    let (now, boot) = seconds_later(60 + 10 * 60);
    assert_eq!(
        wait_of(v.unlock(PASSCODE.into(), now, boot)),
        50 * 60,
        "the pause runs down; it does not start again at each try"
    );
    let (now, boot) = seconds_later(60 + 60 * 60);
    v.unlock(PASSCODE.into(), now, boot).unwrap();
}

#[test]
fn a_damaged_attempt_counter_on_a_vault_with_no_mistakes_still_brings_the_longest_pause() {
    let tv = new_vault();
    tv.vault.lock();
    std::fs::write(tv.path().join("unlock-attempts.json"), b"{}").unwrap();
    let v = tv.reopen();
    assert_eq!(
        wait_of(v.unlock(PASSCODE.into(), monday_morning(), since_boot())),
        60 * 60
    );
}

#[test]
fn changing_the_passcode_is_held_to_the_same_pauses() {
    let (_tv, v) = after_three_wrong_passcodes();
    let r = v.change_passcode(
        PASSCODE.into(),
        "new passcode 1".into(),
        monday_morning() + DAY,
        since_boot() + Duration::from_secs(1),
    );
    assert_eq!(wait_of(r), 29);
    let (now, boot) = seconds_later(30);
    v.change_passcode(PASSCODE.into(), "new passcode 1".into(), now, boot)
        .unwrap();
}
