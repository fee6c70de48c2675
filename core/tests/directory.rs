//! Installing a service directory: trust, signatures, rollback and every kind of damaged
//! file are refused with the installed directory left exactly as it was; an expired
//! directory still works and says so; sample data needs her say-so.

mod common;
mod directory_support;

use alongside_core::*;
use alongside_protocol::keys::PublisherKey;
use common::*;
use directory_support::*;

#[test]
fn a_signed_directory_installs_and_reports_its_status() {
    let tv = new_vault();
    assert_eq!(tv.vault.directory_status(monday_morning()).unwrap(), None);
    let status = import(&tv.vault, &bundle(3), monday_morning()).unwrap();
    assert_eq!(status.publisher, "Testshire Council");
    assert_eq!(status.area, "Testshire");
    assert_eq!(status.version, 3);
    assert_eq!(
        (status.issued.as_str(), status.expires.as_str()),
        ("2026-11-01", "2027-05-01")
    );
    assert_eq!(status.expires_label, "Up to date until Saturday 1 May 2027");
    assert_eq!((status.services, status.venues, status.sessions), (7, 3, 8));
    assert!(!status.out_of_date && !status.sample);
    assert_eq!(status.publisher_fingerprint, test_key().public().fingerprint());
    assert_eq!(status.imported_at, monday_morning());
    assert_eq!(
        status.summary,
        "Services in Testshire, from Testshire Council, up to date until Saturday 1 May 2027"
    );
    assert_eq!(tv.vault.directory_status(monday_morning()).unwrap(), Some(status));
}

#[test]
fn a_newer_version_replaces_the_whole_directory() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let mut d = directory(2);
    d.services.retain(|s| s.id != "crisis-cafe");
    d.sessions.retain(|s| s.service_id != "crisis-cafe");
    let status = import(&tv.vault, &seal_with(&d, &test_key()), monday_morning()).unwrap();
    assert_eq!((status.version, status.services, status.sessions), (2, 6, 7));
    assert!(tv.vault.search_services(text("crisis")).unwrap().is_empty());
}

#[test]
fn an_older_version_is_refused_as_a_rollback_and_the_same_version_as_already_installed() {
    let tv = new_vault();
    import(&tv.vault, &bundle(5), monday_morning()).unwrap();
    assert_refused(&tv.vault, &bundle(4), BundleRefusal::Rollback, monday_morning());
    assert_refused(&tv.vault, &bundle(5), BundleRefusal::AlreadyInstalled, monday_morning());
}

#[test]
fn a_different_directory_with_the_same_version_is_refused_as_the_publishers_mistake_with_nothing_changed() {
    let tv = new_vault();
    import(&tv.vault, &bundle(5), monday_morning()).unwrap();
    // The publisher changed the directory but kept its version number.
    let mut d = directory(5);
    d.services.retain(|s| s.id != "crisis-cafe");
    d.sessions.retain(|s| s.service_id != "crisis-cafe");
    let reused = seal_with(&d, &test_key());
    assert_refused(&tv.vault, &reused, BundleRefusal::VersionReused, monday_morning());
    let Err(AlongsideError::BundleRefused { explanation, .. }) = import(&tv.vault, &reused, monday_morning()) else {
        panic!("refused");
    };
    assert!(explanation.contains("same version number"), "{explanation}");
    assert!(explanation.contains("Nothing was changed."), "{explanation}");
    assert!(
        !explanation.contains("You already have this directory"),
        "{explanation}"
    );

    // The very same directory again is still just "already installed"; a newer one installs.
    assert_refused(&tv.vault, &bundle(5), BundleRefusal::AlreadyInstalled, monday_morning());
    let mut newer = d.clone();
    newer.version = 6;
    assert_eq!(
        import(&tv.vault, &seal_with(&newer, &test_key()), monday_morning())
            .unwrap()
            .version,
        6
    );
}

#[test]
fn a_changed_payload_is_refused_as_a_bad_signature_with_nothing_changed() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    // Sign version 2, then swap in another payload under the same signature.
    let good: serde_json::Value = serde_json::from_slice(&bundle(2)).unwrap();
    let mut other: serde_json::Value = serde_json::from_slice(&bundle(9)).unwrap();
    other["signature"] = good["signature"].clone();
    assert_refused(
        &tv.vault,
        &serde_json::to_vec(&other).unwrap(),
        BundleRefusal::BadSignature,
        monday_morning(),
    );
}

#[test]
fn a_bundle_from_an_unknown_publisher_is_refused() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let stranger = PublisherKey::from_seed(&[9; 32]);
    assert_refused(
        &tv.vault,
        &seal_with(&directory(2), &stranger),
        BundleRefusal::UnknownPublisher,
        monday_morning(),
    );
    // The exported call trusts only the pinned keys, so the test publisher is unknown there.
    let before = snapshot(&tv.vault, monday_morning());
    assert!(matches!(
        tv.vault.import_directory(bundle(2), monday_morning()),
        Err(AlongsideError::BundleRefused {
            reason: BundleRefusal::UnknownPublisher,
            ..
        })
    ));
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);
}

#[test]
fn a_truncated_or_empty_file_is_refused_as_malformed() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let b = bundle(2);
    for cut in [0, 1, b.len() / 2, b.len() - 1] {
        assert_refused(&tv.vault, &b[..cut], BundleRefusal::Malformed, monday_morning());
    }
    assert_refused(&tv.vault, b"not a bundle", BundleRefusal::Malformed, monday_morning());
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let huge = vec![b' '; alongside_protocol::directory::MAX_BUNDLE_BYTES + 1];
    assert_refused(&tv.vault, &huge, BundleRefusal::TooLarge, monday_morning());
}

#[test]
fn a_signed_directory_with_mistakes_in_it_is_refused_as_invalid() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let mut d = directory(2);
    d.sessions[0].venue_id = "nowhere".into();
    assert_refused(
        &tv.vault,
        &seal_with(&d, &test_key()),
        BundleRefusal::Invalid,
        monday_morning(),
    );
    let mut d = directory(2);
    d.venues[0].latitude = 123.0;
    assert_refused(
        &tv.vault,
        &seal_with(&d, &test_key()),
        BundleRefusal::Invalid,
        monday_morning(),
    );
}

#[test]
fn a_signed_directory_whose_text_would_not_show_as_it_says_is_refused_as_invalid() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let mut d = directory(2);
    d.services[0].name = "Baby weigh\u{202E}cinilc".into();
    assert_refused(
        &tv.vault,
        &seal_with(&d, &test_key()),
        BundleRefusal::Invalid,
        monday_morning(),
    );
    let mut d = directory(2);
    d.venues[0].name = "Family hub\r\nEND:VEVENT".into();
    assert_refused(
        &tv.vault,
        &seal_with(&d, &test_key()),
        BundleRefusal::Invalid,
        monday_morning(),
    );
    // Line breaks in a description or an address are how spreadsheets keep them.
    let mut d = directory(2);
    d.services[0].description = "Weigh your baby.\nAsk about feeding.".into();
    d.venues[0].address = "1 Mill Lane\nSampleton".into();
    import(&tv.vault, &seal_with(&d, &test_key()), monday_morning()).unwrap();
}

#[test]
fn a_payload_that_is_not_a_directory_is_refused_as_malformed_and_a_newer_schema_as_newer_format() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let junk = alongside_protocol::signed::seal(
        alongside_protocol::signed::BundleKind::Directory,
        b"{\"hello\": 1}",
        &test_key(),
    );
    assert_refused(&tv.vault, &junk, BundleRefusal::Malformed, monday_morning());
    let mut v = serde_json::to_value(directory(2)).unwrap();
    v["schema_version"] = 2.into();
    v["new_field"] = "from the future".into();
    let newer = alongside_protocol::signed::seal(
        alongside_protocol::signed::BundleKind::Directory,
        &serde_json::to_vec(&v).unwrap(),
        &test_key(),
    );
    assert_refused(&tv.vault, &newer, BundleRefusal::NewerFormat, monday_morning());
}

#[test]
fn an_expired_directory_still_answers_and_is_flagged_out_of_date() {
    let tv = new_vault();
    let after_expiry = at("2027-05-02T09:00:00Z");
    let status = import(&tv.vault, &bundle(1), after_expiry).unwrap();
    assert!(status.out_of_date);
    assert!(status.summary.contains("please check times"), "{}", status.summary);
    let on_the_day = tv.vault.directory_status(at("2027-05-01T22:30:00Z")).unwrap().unwrap();
    assert!(!on_the_day.out_of_date, "still 1 May in London (BST)");
    assert!(
        tv.vault
            .directory_status(at("2027-05-01T23:30:00Z"))
            .unwrap()
            .unwrap()
            .out_of_date
    );
    assert_eq!(tv.vault.search_services(text("food")).unwrap().len(), 1);
}

#[test]
fn a_different_trusted_publisher_replaces_the_directory_whatever_its_version() {
    let tv = new_vault();
    import(&tv.vault, &bundle(7), monday_morning()).unwrap();
    let other = PublisherKey::from_seed(&[11; 32]);
    let mut d = directory(1);
    d.area = "Otherton".into();
    let status = tv
        .vault
        .import_directory_trusting(
            &seal_with(&d, &other),
            &[test_key().public().to_base64(), other.public().to_base64()],
            monday_morning(),
        )
        .unwrap();
    assert_eq!((status.area.as_str(), status.version), ("Otherton", 1));
}

#[test]
fn a_sample_directory_is_refused_until_she_allows_sample_data_and_is_always_flagged() {
    let tv = new_vault();
    assert_eq!(
        tv.vault.directory_options().unwrap(),
        DirectoryOptions {
            allow_sample_data: false,
            ..Default::default()
        }
    );
    let before = snapshot(&tv.vault, monday_morning());
    assert!(matches!(
        tv.vault.import_directory(sample_bundle(), monday_morning()),
        Err(AlongsideError::BundleRefused {
            reason: BundleRefusal::UnknownPublisher,
            ..
        })
    ));
    assert_eq!(snapshot(&tv.vault, monday_morning()), before);

    tv.vault
        .set_directory_options(DirectoryOptions {
            allow_sample_data: true,
            ..Default::default()
        })
        .unwrap();
    let status = tv.vault.import_directory(sample_bundle(), monday_morning()).unwrap();
    assert!(status.sample);
    assert_eq!(
        status.summary,
        "Sample services for Testshire: made-up data for trying the app"
    );
    let found = tv.vault.search_services(query()).unwrap();
    assert!(!found.is_empty() && found.iter().all(|s| s.sample));
    assert!(tv
        .vault
        .venue_hubs(vec![], "2026-11-23".into(), 7)
        .unwrap()
        .iter()
        .all(|h| h.sample));
    assert!(tv.vault.venues_near(53.0, -1.5, 5).unwrap().iter().all(|v| v.sample));
    assert!(tv.vault.venue("hub".into()).unwrap().sample);

    // A sample publisher's data is sample even when the file does not say so.
    let mut d = directory(2);
    d.sample = false;
    let status = tv
        .vault
        .import_directory(seal_with(&d, &sample_key()), monday_morning())
        .unwrap();
    assert!(status.sample);

    // Turning sample data off takes the sample directory away.
    tv.vault
        .set_directory_options(DirectoryOptions {
            allow_sample_data: false,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(tv.vault.directory_status(monday_morning()).unwrap(), None);
    assert!(tv.vault.search_services(query()).unwrap().is_empty());
}

#[test]
fn turning_sample_data_off_keeps_a_real_directory() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    tv.vault
        .set_directory_options(DirectoryOptions {
            allow_sample_data: false,
            ..Default::default()
        })
        .unwrap();
    assert!(tv.vault.directory_status(monday_morning()).unwrap().is_some());
}

#[test]
fn the_directory_survives_locking_and_reopening_the_vault() {
    let tv = new_vault();
    let status = import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    tv.vault.lock();
    assert!(matches!(
        tv.vault.directory_status(monday_morning()),
        Err(AlongsideError::Locked)
    ));
    let again = tv.reopen();
    again.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
    assert_eq!(again.directory_status(monday_morning()).unwrap(), Some(status));
}

#[test]
fn the_pinned_sample_publisher_is_the_sample_seed_key() {
    let pinned = alongside_core::services::trust::pinned();
    let sample = sample_key().public().to_base64();
    assert!(
        pinned.iter().any(|p| p.sample && p.key == sample),
        "pin the sample publisher's key {sample} in content/directory/trusted-publishers.json"
    );
    for p in &pinned {
        assert!(
            alongside_protocol::keys::PublicKey::from_base64(&p.key).is_ok(),
            "{}",
            p.name
        );
    }
}

#[test]
fn the_kotlin_fixture_bundle_is_the_sample_bundle_these_tests_build() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/directory-test.bundle");
    if std::env::var_os("ALONGSIDE_WRITE_FIXTURES").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, sample_bundle()).unwrap();
    }
    let on_disk = std::fs::read(&path).unwrap_or_default();
    assert!(
        on_disk == sample_bundle(),
        "tests/fixtures/directory-test.bundle is stale: rerun with ALONGSIDE_WRITE_FIXTURES=1"
    );
}
