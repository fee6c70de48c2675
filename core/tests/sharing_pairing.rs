//! Pairing with a care-team member from their invite code: the code's signature is
//! checked, their keys are pinned, both sides can compare a safety number, and a change
//! of keys freezes sharing until she checks again.

mod common;
mod sharing_support;

use alongside_core::sharing::{GrantDraft, ShareCategory, SharePurpose};
use alongside_core::*;
use alongside_protocol::fingerprint::safety_number;
use common::*;
use sharing_support::*;

fn grant_appointments(v: &Vault, contact: &str) -> Result<sharing::ConsentGrant, AlongsideError> {
    v.grant_consent(
        GrantDraft {
            contact_id: contact.into(),
            categories: vec![ShareCategory::Appointments],
            start_date: "2026-11-23".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        monday_morning(),
    )
}

#[test]
fn an_invite_adds_the_member_with_their_name_and_role_and_a_safety_number_to_compare() {
    let tv = new_vault();
    let v = &tv.vault;
    let c = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    assert_eq!(c.name, "Maya Okafor");
    assert_eq!(c.role, "specialist midwife");
    assert_eq!(c.relay_url, "http://127.0.0.1:1");
    assert!(!c.verified && !c.frozen);
    let groups = v.care_contact_safety_number(c.id.clone()).unwrap();
    assert_eq!(groups.len(), 12);
    assert!(groups
        .iter()
        .all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_digit())));
    assert_eq!(v.care_contact_safety_number(c.id.clone()).unwrap(), groups, "stable");

    // The same invite again is the same contact, not a second one.
    let again = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    assert_eq!(again.id, c.id);
    assert_eq!(v.care_contacts().unwrap().len(), 1);
}

#[test]
fn both_phones_show_the_same_safety_number() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = member_key(0x11);
    let c = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let on_her_phone = v.care_contact_safety_number(c.id).unwrap();
    let her = v.sharing_identity().unwrap();
    let on_mayas_phone = safety_number(&maya.identity(), &her).groups();
    assert_eq!(on_her_phone, on_mayas_phone);
    let with_someone_else = safety_number(&member_key(0x42).identity(), &her).groups();
    assert_ne!(on_her_phone, with_someone_else);
}

#[test]
fn a_changed_mistyped_or_foreign_code_is_refused_and_nothing_is_added() {
    let tv = new_vault();
    let v = &tv.vault;
    let good = maya_invite();
    let body = good.strip_prefix("ALONGSIDE1:").unwrap();
    // Flip one character in the middle: the checksum or the signature catches it.
    let mid = body.len() / 2;
    let flipped = if &body[mid..mid + 1] == "A" { "B" } else { "A" };
    let tampered = format!("ALONGSIDE1:{}{}{}", &body[..mid], flipped, &body[mid + 1..]);
    for bad in [
        tampered,
        good[..good.len() - 10].to_string(),
        "https://example.org/join".to_string(),
        "ALONGSIDE9:AAAA".to_string(),
        String::new(),
        "x".repeat(5000),
    ] {
        assert_invalid(v.add_care_contact(bad, monday_morning()), "invite code");
    }
    assert!(v.care_contacts().unwrap().is_empty());
    // Lower case with spaces and line breaks, as people paste it, still works.
    let pasted = good
        .to_lowercase()
        .replace("alongside1:", "alongside1: ")
        .replace('K', "K\n");
    assert!(v.add_care_contact(pasted, monday_morning()).is_ok());
}

#[test]
fn an_invite_more_than_30_days_old_or_dated_ahead_is_refused() {
    let tv = new_vault();
    let v = &tv.vault;
    // Maya's invite was made on Monday 23 November 2026 at 09:00.
    assert_invalid(
        v.add_care_contact(maya_invite(), at("2026-12-23T09:00:01Z")),
        "invite code",
    );
    assert_invalid(
        v.add_care_contact(maya_invite(), at("2026-11-22T08:59:59Z")),
        "invite code",
    );
    assert!(v.care_contacts().unwrap().is_empty());
    // A day's difference between phones' clocks, and up to 30 days later, are fine.
    assert!(v.add_care_contact(maya_invite(), at("2026-11-22T09:00:00Z")).is_ok());
    assert!(v.add_care_contact(maya_invite(), at("2026-12-23T09:00:00Z")).is_ok());
}

#[test]
fn new_keys_for_a_contact_freeze_sharing_until_she_checks_the_new_safety_number() {
    let tv = new_vault();
    let v = &tv.vault;
    let c = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let before = v.care_contact_safety_number(c.id.clone()).unwrap();
    grant_appointments(v, &c.id).unwrap();

    // The same inbox, now with another phone's keys (a new phone, or someone else).
    let changed = invite_from(&member_key(0x77), "Maya Okafor", "specialist midwife", 1);
    let frozen = v.add_care_contact(changed, monday_morning()).unwrap();
    assert_eq!(frozen.id, c.id);
    assert!(frozen.frozen && !frozen.verified);
    assert_ne!(v.care_contact_safety_number(c.id.clone()).unwrap(), before);
    assert_invalid(grant_appointments(v, &c.id), "contact");

    v.mark_care_contact_verified(c.id.clone(), monday_morning()).unwrap();
    let checked = &v.care_contacts().unwrap()[0];
    assert!(checked.verified && !checked.frozen);
    assert!(grant_appointments(v, &c.id).is_ok());
}

#[test]
fn the_kotlin_fixture_invite_is_the_one_these_tests_build() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/care-team-invite.txt");
    if std::env::var_os("ALONGSIDE_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, maya_invite()).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == maya_invite(),
        "tests/fixtures/care-team-invite.txt is stale: rerun with ALONGSIDE_WRITE_FIXTURES=1"
    );
}
