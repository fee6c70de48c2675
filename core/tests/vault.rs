//! The vault as she experiences it: passcode, lock, change of passcode, damage, wipe.

mod common;

use alongside_core::vault::kdf::KdfParams;
use alongside_core::*;
use common::*;

#[test]
fn a_new_vault_keeps_what_was_written_after_a_restart_and_unlock() {
    let tv = new_vault();
    let id = tv
        .vault
        .add_appointment(draft("Scan", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    drop(tv.vault);
    let again = Vault::open_locked(&tv.dir.path().join("vault")).unwrap();
    assert!(again.is_locked());
    again.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
    assert_eq!(again.appointment(id).unwrap().title, "Scan");
}

#[test]
fn a_wrong_passcode_is_refused_and_the_vault_stays_locked() {
    let tv = new_vault();
    let v = tv.reopen();
    let r = v.unlock("river stone 28".into(), monday_morning(), since_boot());
    assert!(matches!(
        r,
        Err(AlongsideError::WrongPasscode { retry_after_seconds: 0 })
    ));
    assert!(v.is_locked());
    assert!(matches!(v.today(monday_morning()), Err(AlongsideError::Locked)));
}

#[test]
fn repeated_wrong_passcodes_bring_growing_pauses_that_survive_a_restart() {
    let tv = new_vault();
    let try_at = |v: &Vault, passcode: &str, s: u64| {
        let (now, since_boot) = seconds_later(s);
        v.unlock(passcode.into(), now, since_boot)
    };
    let v = tv.reopen();
    for _ in 0..2 {
        assert!(matches!(
            try_at(&v, "wrong one", 0),
            Err(AlongsideError::WrongPasscode { retry_after_seconds: 0 })
        ));
    }
    assert!(matches!(
        try_at(&v, "wrong one", 0),
        Err(AlongsideError::WrongPasscode {
            retry_after_seconds: 30
        })
    ));
    // A restart does not reset the count, and even the right passcode must wait.
    let restarted = tv.reopen();
    assert!(matches!(
        try_at(&restarted, PASSCODE, 10),
        Err(AlongsideError::TooManyAttempts {
            retry_after_seconds: 20
        })
    ));
    assert!(matches!(
        try_at(&restarted, "wrong again", 30),
        Err(AlongsideError::WrongPasscode {
            retry_after_seconds: 60
        })
    ));
    assert!(matches!(
        try_at(&restarted, PASSCODE, 60),
        Err(AlongsideError::TooManyAttempts { .. })
    ));
    try_at(&restarted, PASSCODE, 90).unwrap();
    // Success resets the count: the next mistake costs nothing.
    restarted.lock();
    assert!(matches!(
        try_at(&restarted, "oops oops", 91),
        Err(AlongsideError::WrongPasscode { retry_after_seconds: 0 })
    ));
}

#[test]
fn changing_the_passcode_keeps_the_data_without_rewriting_it_and_retires_the_old_one() {
    let tv = new_vault();
    tv.vault
        .add_appointment(draft("GP", "2026-11-25T11:00"), monday_morning())
        .unwrap();
    tv.vault.lock();
    let db = tv.path().join("vault.db");
    let before = std::fs::read(&db).unwrap();
    let v = tv.reopen();
    v.change_passcode(PASSCODE.into(), "new passcode 1".into(), monday_morning(), since_boot())
        .unwrap();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database must not be re-encrypted"
    );
    assert!(matches!(
        v.unlock(PASSCODE.into(), monday_morning(), since_boot()),
        Err(AlongsideError::WrongPasscode { .. })
    ));
    v.unlock("new passcode 1".into(), monday_morning(), since_boot())
        .unwrap();
    assert_eq!(everything(&v).len(), 1);
}

#[test]
fn changing_the_passcode_needs_the_current_one_and_a_long_enough_new_one() {
    let tv = new_vault();
    let r = tv.vault.change_passcode(
        "not it at all".into(),
        "new passcode 1".into(),
        monday_morning(),
        since_boot(),
    );
    assert!(matches!(r, Err(AlongsideError::WrongPasscode { .. })));
    assert_invalid(
        tv.vault
            .change_passcode(PASSCODE.into(), "12345".into(), monday_morning(), since_boot()),
        "passcode",
    );
    tv.vault.lock();
    tv.reopen()
        .unlock(PASSCODE.into(), monday_morning(), since_boot())
        .unwrap();
}

#[test]
fn a_passcode_shorter_than_six_characters_is_refused_and_no_vault_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault");
    let r = Vault::create_with(&path, "12345".into(), Some(KdfParams::insecure_for_tests()));
    assert_invalid(r, "passcode");
    assert!(!path.exists());
}

#[test]
fn a_locked_vault_refuses_reads_and_writes() {
    let tv = new_vault();
    tv.vault.lock();
    assert!(tv.vault.is_locked());
    assert!(matches!(tv.vault.today(monday_morning()), Err(AlongsideError::Locked)));
    assert!(matches!(
        tv.vault
            .add_appointment(draft("x", "2026-11-24T10:00"), monday_morning()),
        Err(AlongsideError::Locked)
    ));
    assert!(matches!(
        tv.vault.export_json(monday_morning()),
        Err(AlongsideError::Locked)
    ));
}

#[test]
fn creating_a_vault_where_one_exists_is_refused_and_the_old_one_is_intact() {
    let tv = new_vault();
    tv.vault
        .add_appointment(draft("Scan", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let r = Vault::create_with(
        &tv.path(),
        "another passcode".into(),
        Some(KdfParams::insecure_for_tests()),
    );
    assert!(matches!(r, Err(AlongsideError::VaultExists)));
    assert_eq!(everything(&tv.vault).len(), 1);
    let v = tv.reopen();
    v.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
}

#[test]
fn a_folder_that_is_not_a_vault_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Vault::open(dir.path().display().to_string()),
        Err(AlongsideError::NotAVault)
    ));
    assert!(matches!(
        Vault::open(dir.path().join("missing").display().to_string()),
        Err(AlongsideError::NotAVault)
    ));
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"hello").unwrap();
    assert!(matches!(
        Vault::open(file.display().to_string()),
        Err(AlongsideError::NotAVault)
    ));
    assert!(!vault_exists(dir.path().display().to_string()));
}

#[test]
fn a_truncated_or_altered_key_file_is_refused_as_damaged() {
    let tv = new_vault();
    tv.vault.lock();
    let key = tv.path().join("vault.key");
    let original = std::fs::read(&key).unwrap();
    std::fs::write(&key, &original[..original.len() / 2]).unwrap();
    assert!(matches!(
        Vault::open(tv.path().display().to_string()),
        Err(AlongsideError::KeyFileDamaged)
    ));
    let mut altered = original.clone();
    altered[20] ^= 0x04;
    std::fs::write(&key, &altered).unwrap();
    assert!(matches!(
        Vault::open(tv.path().display().to_string()),
        Err(AlongsideError::KeyFileDamaged)
    ));
    std::fs::write(&key, &original).unwrap();
    tv.reopen()
        .unlock(PASSCODE.into(), monday_morning(), since_boot())
        .unwrap();
}

#[test]
fn wiping_destroys_the_vault_and_a_copy_of_its_database_cannot_be_read() {
    let tv = new_vault();
    tv.vault
        .add_appointment(draft("Family time", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    tv.vault.lock();
    let copy = tv.dir.path().join("copy.db");
    std::fs::copy(tv.path().join("vault.db"), &copy).unwrap();
    let v = tv.reopen();
    v.wipe().unwrap();
    assert!(!tv.path().exists());
    assert!(!vault_exists(tv.path().display().to_string()));
    assert!(matches!(
        Vault::open(tv.path().display().to_string()),
        Err(AlongsideError::NotAVault)
    ));
    let conn = rusqlite::Connection::open(&copy).unwrap();
    assert!(conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .is_err());
}

#[test]
fn a_vault_can_be_wiped_without_its_passcode() {
    let tv = new_vault();
    tv.vault.lock();
    wipe_vault(tv.path().display().to_string()).unwrap();
    assert!(!tv.path().exists());
    assert!(matches!(
        wipe_vault(tv.path().display().to_string()),
        Err(AlongsideError::NotAVault)
    ));
}

#[test]
fn settings_default_to_london_and_discreet_and_refuse_an_unknown_zone() {
    let tv = new_vault();
    let s = tv.vault.settings().unwrap();
    assert_eq!(s.time_zone, "Europe/London");
    assert!(s.discreet_notifications);
    let bad = Settings {
        time_zone: "Mars/Olympus".into(),
        discreet_notifications: false,
    };
    assert_invalid(tv.vault.update_settings(bad), "time zone");
    assert!(tv.vault.settings().unwrap().discreet_notifications);
    tv.vault
        .update_settings(Settings {
            time_zone: "Europe/Dublin".into(),
            discreet_notifications: false,
        })
        .unwrap();
    assert_eq!(tv.vault.settings().unwrap().time_zone, "Europe/Dublin");
}

#[test]
fn wiping_is_confirmed_only_by_the_word_the_screen_asks_for() {
    let asked = ui_strings()["wipe-confirm"].clone();
    assert!(asked.contains("DELETE"), "{asked}");
    assert!(wipe_confirmation_accepted("DELETE".into()));
    assert!(wipe_confirmation_accepted("  delete ".into()));
    assert!(!wipe_confirmation_accepted("".into()));
    assert!(!wipe_confirmation_accepted("yes".into()));
}
