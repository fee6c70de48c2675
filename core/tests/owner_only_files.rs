//! Every file the vault writes is hers alone: folders 0700, files 0600, whatever the
//! process's umask (the core runs inside apps that set their own). This file's tests clear
//! the umask, so a mode that was only right because of it shows up as wrong.

#![cfg(unix)]

mod common;

use alongside_core::vault::kdf::KdfParams;
use alongside_core::*;
use common::*;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn no_umask() {
    rustix::process::umask(rustix::fs::Mode::empty());
}

#[test]
fn the_vault_folder_key_file_database_and_its_journal_files_are_owner_only() {
    no_umask();
    let tv = new_vault();
    let dir = tv.path();
    tv.vault
        .add_appointment(draft("Scan", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    assert_eq!(mode(&dir), 0o700, "vault folder");
    for name in ["vault.key", "vault.db", "vault.db-wal", "vault.db-shm"] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }

    // The attempt counter, and the key file rewritten by a passcode change.
    tv.vault.lock();
    let v = tv.reopen();
    assert!(v
        .unlock("not the passcode".into(), monday_morning(), since_boot())
        .is_err());
    assert_eq!(mode(&dir.join("unlock-attempts.json")), 0o600, "attempt counter");
    v.change_passcode(
        PASSCODE.into(),
        "another passcode 2".into(),
        monday_morning(),
        since_boot(),
    )
    .unwrap();
    assert_eq!(mode(&dir.join("vault.key")), 0o600, "rewritten key file");
}

#[test]
fn a_folder_the_phone_made_for_the_vault_becomes_owner_only_but_a_shared_folder_is_left_alone() {
    no_umask();
    let root = tempfile::tempdir().unwrap();
    let empty = root.path().join("made-by-the-shell");
    std::fs::create_dir(&empty).unwrap();
    std::fs::set_permissions(&empty, std::fs::Permissions::from_mode(0o755)).unwrap();
    Vault::create_with(&empty, PASSCODE.into(), Some(KdfParams::insecure_for_tests())).unwrap();
    assert_eq!(mode(&empty), 0o700);

    let shared = root.path().join("her-documents");
    std::fs::create_dir(&shared).unwrap();
    std::fs::write(shared.join("letter.txt"), b"hello").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
    Vault::create_with(&shared, PASSCODE.into(), Some(KdfParams::insecure_for_tests())).unwrap();
    assert_eq!(mode(&shared), 0o755, "not the vault's folder to change");
    assert_eq!(mode(&shared.join("vault.key")), 0o600);
    assert_eq!(mode(&shared.join("vault.db")), 0o600);
}

#[test]
fn a_vault_written_before_its_files_were_owner_only_is_made_owner_only_when_opened() {
    no_umask();
    let tv = new_vault();
    tv.vault.lock();
    let dir = tv.path();
    for name in ["vault.key", "vault.db"] {
        std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let v = tv.reopen();
    for name in ["vault.key", "vault.db"] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    v.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
}

#[test]
fn a_temporary_file_left_by_a_crash_does_not_make_the_rewritten_key_file_readable_by_others() {
    no_umask();
    let tv = new_vault();
    let tmp = tv.path().join("vault.key.tmp");
    std::fs::write(&tmp, b"left by a crash").unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644)).unwrap();
    tv.vault
        .change_passcode(
            PASSCODE.into(),
            "another passcode 2".into(),
            monday_morning(),
            since_boot(),
        )
        .unwrap();
    assert_eq!(mode(&tv.path().join("vault.key")), 0o600);
}
