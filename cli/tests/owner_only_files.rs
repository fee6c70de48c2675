//! Everything `alongside` writes is its owner's alone: folders 0700, files 0600 (bundles,
//! which are published on purpose, are the one exception).

#![cfg(unix)]

mod common;

use common::relay::start_relay;
use common::Sandbox;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn files_in(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect()
}

#[test]
fn the_vault_its_attempt_counter_and_exports_are_owner_only() {
    let mut s = Sandbox::new();
    s.init();
    s.ok(&[
        "appointment",
        "add",
        "--title",
        "Scan",
        "--kind",
        "antenatal-clinic-or-scan",
        "--start",
        "2026-11-24 10:00",
    ]);
    assert_eq!(mode(&s.vault()), 0o700, "vault folder");
    for file in files_in(&s.vault()) {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }

    // An export written over a file that was readable by others is not left that way.
    let export = s.path("diary.ics");
    std::fs::write(&export, b"old").unwrap();
    std::fs::set_permissions(&export, std::fs::Permissions::from_mode(0o644)).unwrap();
    s.ok(&["export", "--ics", "--out", export.to_str().unwrap()]);
    assert_eq!(mode(&export), 0o600, "export over an old file");
    let json = s.path("diary.json");
    s.ok(&["export", "--out", json.to_str().unwrap()]);
    assert_eq!(mode(&json), 0o600, "new export");

    s.passcode = "not-my-passcode-77".to_string();
    assert_eq!(s.run(&["today"]).status.code(), Some(3));
    assert_eq!(mode(&s.vault().join("unlock-attempts.json")), 0o600, "attempt counter");
}

#[test]
fn a_publisher_key_file_is_owner_only() {
    let s = Sandbox::new();
    let key = s.path("publisher.key");
    s.ok(&["directory", "keygen", "--out", key.to_str().unwrap()]);
    assert_eq!(mode(&key), 0o600);
}

#[test]
fn a_care_team_folder_and_its_files_are_owner_only() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let team = s.path("maya");
    s.json(&[
        "team",
        "init",
        "--dir",
        team.to_str().unwrap(),
        "--relay",
        &relay.url,
        "--name",
        "Maya Okafor",
        "--role",
        "specialist midwife",
    ]);
    assert_eq!(mode(&team), 0o700, "team folder");
    let files = files_in(&team);
    assert!(files.len() >= 3, "{files:?}");
    for file in files {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}
