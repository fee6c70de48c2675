//! A vault with a part missing or cut short (a failed restore, a file moved or deleted) is
//! refused as damaged, changes nothing, and never turns into an empty diary.

mod common;

use alongside_core::vault::kdf::KdfParams;
use alongside_core::*;
use common::*;
use std::path::Path;

/// The file names in a folder, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A locked vault with a few entries, so its database spans several pages.
fn vault_with_entries() -> TestVault {
    let tv = new_vault();
    for i in 0..20 {
        let mut d = draft(&format!("Entry {i}"), "2026-11-24T10:00");
        d.notes = Some("a note ".repeat(200));
        tv.vault.add_appointment(d, monday_morning()).unwrap();
    }
    tv.vault.lock();
    tv
}

fn unlock_fresh(dir: &Path) -> Result<Vault, AlongsideError> {
    let v = Vault::open_locked(dir)?;
    v.unlock(PASSCODE.into(), monday_morning(), since_boot())?;
    Ok(v)
}

#[test]
fn a_key_file_without_its_database_is_refused_as_damaged_and_no_empty_diary_is_made() {
    let tv = vault_with_entries();
    let already_open = tv.reopen();
    std::fs::rename(tv.path().join("vault.db"), tv.dir.path().join("moved.db")).unwrap();

    assert!(matches!(
        Vault::open(tv.path().display().to_string()),
        Err(AlongsideError::VaultDamaged)
    ));
    // A vault opened before the database went refuses at unlock, and makes nothing.
    assert!(matches!(
        already_open.unlock(PASSCODE.into(), monday_morning(), since_boot()),
        Err(AlongsideError::VaultDamaged)
    ));
    assert!(already_open.is_locked());
    assert_eq!(
        files_in(&tv.path()),
        ["vault.key"],
        "nothing was made beside the key file"
    );
    // The shells show it as a vault (to offer a fresh start), and set-up does not overwrite it.
    assert!(vault_exists(tv.path().display().to_string()));
    assert!(matches!(
        Vault::create_with(
            &tv.path(),
            "another passcode".into(),
            Some(KdfParams::insecure_for_tests())
        ),
        Err(AlongsideError::VaultExists)
    ));

    // Put back, it opens with everything in it.
    std::fs::rename(tv.dir.path().join("moved.db"), tv.path().join("vault.db")).unwrap();
    assert_eq!(everything(&unlock_fresh(&tv.path()).unwrap()).len(), 20);
}

#[test]
fn a_database_without_its_key_file_is_refused_as_damaged_not_as_no_vault() {
    let tv = vault_with_entries();
    std::fs::remove_file(tv.path().join("vault.key")).unwrap();
    assert!(matches!(
        Vault::open(tv.path().display().to_string()),
        Err(AlongsideError::VaultDamaged)
    ));
    assert!(vault_exists(tv.path().display().to_string()));
    assert_eq!(files_in(&tv.path()), ["vault.db"]);
}

#[test]
fn a_truncated_database_says_it_is_damaged_and_is_left_as_it_was() {
    let tv = vault_with_entries();
    let db = tv.path().join("vault.db");
    let original = std::fs::read(&db).unwrap();
    assert!(original.len() >= 8 * 4096, "the database spans several pages");
    let half_in_pages = original.len() / 2 / 4096 * 4096;
    for len in [
        0,
        4096,
        half_in_pages,
        original.len() - 4096,
        original.len() - 512,
        original.len() - 100,
        1000,
    ] {
        std::fs::write(&db, &original[..len]).unwrap();
        let r = unlock_fresh(&tv.path());
        assert!(
            matches!(r, Err(AlongsideError::VaultDamaged)),
            "cut to {len} bytes: {r:?}"
        );
        assert_eq!(
            std::fs::read(&db).unwrap(),
            &original[..len],
            "cut to {len} bytes: changed"
        );
        assert_eq!(files_in(&tv.path()), ["vault.db", "vault.key"], "cut to {len} bytes");
    }
    std::fs::write(&db, &original).unwrap();
    assert_eq!(everything(&unlock_fresh(&tv.path()).unwrap()).len(), 20);
}

#[test]
fn a_database_that_is_not_this_vaults_is_refused_as_damaged() {
    let tv = vault_with_entries();
    let other = vault_with_entries();
    std::fs::copy(other.path().join("vault.db"), tv.path().join("vault.db")).unwrap();
    assert!(matches!(unlock_fresh(&tv.path()), Err(AlongsideError::VaultDamaged)));
}

#[test]
fn the_words_for_a_damaged_vault_say_nothing_changed_and_what_she_can_do() {
    let words = AlongsideError::VaultDamaged.to_string();
    assert!(words.contains("Nothing was changed"), "{words}");
    assert!(words.contains("start again"), "{words}");
    assert!(
        !words.contains("error-vault-damaged"),
        "the copy has the message: {words}"
    );
}

#[test]
fn a_vault_whose_creation_stopped_before_its_database_was_moved_into_place_still_opens() {
    // The state a crash between writing the key file and the final rename leaves.
    let tv = vault_with_entries();
    std::fs::rename(tv.path().join("vault.db"), tv.path().join("vault.db.new")).unwrap();
    assert_eq!(everything(&unlock_fresh(&tv.path()).unwrap()).len(), 20);
    assert_eq!(files_in(&tv.path()), ["vault.db", "vault.key"]);
}

#[test]
fn a_creation_that_stopped_before_its_key_file_leaves_no_vault_and_can_be_done_again() {
    // The state a crash before the key file was written leaves: a database nothing can open.
    let tv = vault_with_entries();
    let dir = tv.path();
    std::fs::remove_file(dir.join("vault.key")).unwrap();
    std::fs::rename(dir.join("vault.db"), dir.join("vault.db.new")).unwrap();
    assert!(!vault_exists(dir.display().to_string()));
    assert!(matches!(Vault::open_locked(&dir), Err(AlongsideError::NotAVault)));
    let again = Vault::create_with(&dir, PASSCODE.into(), Some(KdfParams::insecure_for_tests())).unwrap();
    assert!(everything(&again).is_empty());
    drop(again);
    assert_eq!(files_in(&dir), ["vault.db", "vault.key"]);
}
