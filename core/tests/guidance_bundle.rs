//! Signed content updates: a bundle built with a test key is accepted when newer, and
//! refused — leaving the content in use exactly as it was — when it is older, the same
//! version, signed by an unknown key, altered, cut short, too large, a newer format, or
//! breaks the content rules.

use alongside_core::guidance::bundle::{self, Payload, MAX_CONTENT_BUNDLE_BYTES};
use alongside_core::guidance::set::{self, ContentSet, Library, BUILT_IN_VERSION};
use alongside_core::{AlongsideError, BundleRefusal};
use alongside_protocol::keys::PublisherKey;
use alongside_protocol::signed::{self as signed_container, BundleKind};

fn key() -> PublisherKey {
    PublisherKey::from_seed(&[0x42; 32])
}

fn payload(version: u64) -> Payload {
    Payload {
        schema_version: bundle::SCHEMA_VERSION,
        version,
        files: set::compiled_files(),
    }
}

fn library() -> Library {
    Library::new(ContentSet::parse(BUILT_IN_VERSION, &set::compiled_files()).unwrap())
}

fn refusal(r: alongside_core::error::Result<u64>) -> BundleRefusal {
    match r {
        Err(AlongsideError::BundleRefused { reason, explanation }) => {
            assert!(explanation.ends_with("Nothing was changed.") || reason == BundleRefusal::AlreadyInstalled);
            assert!(!explanation.starts_with("content-refused"), "{explanation}");
            reason
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn the_compiled_in_content_is_version_stamped_and_no_publisher_is_pinned_yet() {
    assert_eq!(set::current().unwrap().version, BUILT_IN_VERSION);
    assert!(bundle::pinned_publishers().is_empty());
    let bytes = bundle::seal(&payload(BUILT_IN_VERSION + 1), &key());
    let lib = library();
    assert_eq!(
        refusal(lib.install(&bytes, &bundle::pinned_publishers())),
        BundleRefusal::UnknownPublisher
    );
}

#[test]
fn a_newer_bundle_from_a_pinned_key_replaces_the_content() {
    let lib = library();
    let mut newer = payload(BUILT_IN_VERSION + 1);
    let nows = newer.files.get_mut("articles/nows.md").unwrap();
    *nows = nows.replacen("title = \"", "title = \"Updated: ", 1);
    let installed = lib.install(&bundle::seal(&newer, &key()), &[key().public()]).unwrap();
    assert_eq!(installed, BUILT_IN_VERSION + 1);
    let now = lib.current();
    assert_eq!(now.version, BUILT_IN_VERSION + 1);
    assert!(now.article("nows").unwrap().title.starts_with("Updated: "));
}

#[test]
fn an_older_or_the_same_version_is_refused_and_nothing_changes() {
    let lib = library();
    lib.install(&bundle::seal(&payload(5), &key()), &[key().public()])
        .unwrap();
    let before = lib.current();
    assert_eq!(
        refusal(lib.install(&bundle::seal(&payload(4), &key()), &[key().public()])),
        BundleRefusal::Rollback
    );
    assert_eq!(
        refusal(lib.install(&bundle::seal(&payload(5), &key()), &[key().public()])),
        BundleRefusal::AlreadyInstalled
    );
    assert_eq!(*lib.current(), *before);
}

#[test]
fn an_unknown_key_a_changed_payload_or_a_cut_short_file_is_refused() {
    let lib = library();
    let before = lib.current();
    let bytes = bundle::seal(&payload(2), &key());
    let stranger = PublisherKey::from_seed(&[0x07; 32]);
    assert_eq!(
        refusal(lib.install(&bytes, &[stranger.public()])),
        BundleRefusal::UnknownPublisher
    );

    // Sign one payload, then swap in another: the signature no longer matches.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let other = bundle::seal(&payload(3), &key());
    let payload_of = |t: &str| {
        let v: serde_json::Value = serde_json::from_str(t).unwrap();
        v["payload"].as_str().unwrap().to_string()
    };
    let forged = text.replace(&payload_of(&text), &payload_of(&String::from_utf8(other).unwrap()));
    assert_eq!(
        refusal(lib.install(forged.as_bytes(), &[key().public()])),
        BundleRefusal::BadSignature
    );

    for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(
            refusal(lib.install(&bytes[..cut], &[key().public()])),
            BundleRefusal::Malformed,
            "{cut}"
        );
    }
    assert_eq!(*lib.current(), *before);
}

#[test]
fn an_oversized_file_a_directory_bundle_or_a_newer_format_is_refused() {
    let lib = library();
    let huge = vec![b' '; MAX_CONTENT_BUNDLE_BYTES + 1];
    assert_eq!(refusal(lib.install(&huge, &[key().public()])), BundleRefusal::TooLarge);

    let as_directory = signed_container::seal(BundleKind::Directory, &serde_json::to_vec(&payload(2)).unwrap(), &key());
    assert_eq!(
        refusal(lib.install(&as_directory, &[key().public()])),
        BundleRefusal::Malformed
    );

    let mut future = serde_json::to_value(payload(2)).unwrap();
    future["schema_version"] = serde_json::json!(bundle::SCHEMA_VERSION + 1);
    future["new_field"] = serde_json::json!(true);
    let future = signed_container::seal(BundleKind::Content, &serde_json::to_vec(&future).unwrap(), &key());
    assert_eq!(
        refusal(lib.install(&future, &[key().public()])),
        BundleRefusal::NewerFormat
    );
    assert_eq!(lib.current().version, BUILT_IN_VERSION);
}

#[test]
fn content_that_breaks_the_rules_is_refused_even_when_signed() {
    let lib = library();
    let mut bad = payload(2);
    let nows = bad.files.get_mut("articles/nows.md").unwrap();
    *nows = nows.replacen("<!-- sources:", "<!-- sauces:", 1);
    assert_eq!(
        refusal(lib.install(&bundle::seal(&bad, &key()), &[key().public()])),
        BundleRefusal::Invalid
    );

    let mut missing = payload(2);
    missing.files.remove("articles/crisis-and-support.md");
    assert_eq!(
        refusal(lib.install(&bundle::seal(&missing, &key()), &[key().public()])),
        BundleRefusal::Invalid
    );

    let mut number = payload(2);
    number
        .files
        .insert("contacts.toml".into(), "[[contact]]\nid = \"x\"\n".into());
    assert_eq!(
        refusal(lib.install(&bundle::seal(&number, &key()), &[key().public()])),
        BundleRefusal::Invalid
    );
    assert_eq!(lib.current().version, BUILT_IN_VERSION);
}
