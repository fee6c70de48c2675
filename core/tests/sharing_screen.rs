//! The sharing screen as one call: whom she paired with and whether she has checked their
//! safety number, what she shares with each (only agreements still running), the form's
//! choices, what waits to go and her ledger.

mod common;
mod sharing_support;

use alongside_core::sharing::{GrantDraft, ShareCategory, SharePurpose};
use common::*;
use sharing_support::*;

fn appointments_with(contact_id: &str) -> GrantDraft {
    GrantDraft {
        contact_id: contact_id.into(),
        categories: vec![ShareCategory::Appointments],
        start_date: "2026-11-23".into(),
        end_date: None,
        purpose: SharePurpose::Treatment,
        appointment_kinds: None,
    }
}

#[test]
fn before_she_pairs_the_screen_has_the_form_and_nothing_waiting() {
    let tv = new_vault();
    let view = tv.vault.sharing_screen(monday_morning()).unwrap();
    assert_eq!(view.today, "2026-11-23");
    assert!(view.contacts.is_empty() && view.ledger.is_empty() && view.messages.is_empty());
    assert_eq!(view.pending, 0);
    assert_eq!(view.pending_label, "Nothing is waiting to send");
    assert_eq!(view.choices.categories.len(), ShareCategory::STANDING.len());
}

#[test]
fn a_new_contact_shows_the_safety_number_until_she_says_it_matches() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();

    let view = v.sharing_screen(monday_morning()).unwrap();
    let c = &view.contacts[0];
    assert_eq!(c.label, "Maya Okafor (specialist midwife)");
    assert_eq!(c.safety_number, v.care_contact_safety_number(maya.id.clone()).unwrap());
    assert_eq!(c.safety_number.len(), 12);
    assert!(c.can_share);

    v.mark_care_contact_verified(maya.id, monday_morning()).unwrap();
    let view = v.sharing_screen(monday_morning()).unwrap();
    assert!(view.contacts[0].contact.verified);
    assert!(view.contacts[0].safety_number.is_empty(), "checked: no longer shown");
}

#[test]
fn only_agreements_still_running_are_listed_under_the_person_they_are_with() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let sam = v
        .add_care_contact(
            invite_from(&member_key(0x33), "Sam Reid", "key worker", 2),
            monday_morning(),
        )
        .unwrap();
    v.add_appointment(draft("Midwife check", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let first = v.grant_consent(appointments_with(&maya.id), monday_morning()).unwrap();
    let second = v.grant_consent(appointments_with(&maya.id), monday_morning()).unwrap();
    v.revoke_consent(first.id, monday_morning()).unwrap();

    let view = v.sharing_screen(monday_morning()).unwrap();
    let names: Vec<&str> = view.contacts.iter().map(|c| c.contact.name.as_str()).collect();
    assert_eq!(names, ["Maya Okafor", "Sam Reid"]);
    let ids: Vec<&str> = view.contacts[0].agreements.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, [second.id.as_str()]);
    assert_eq!(view.contacts[0].agreements[0].summary, second.summary);
    assert!(view.contacts[1].agreements.is_empty());
    assert_eq!(view.contacts[1].contact.id, sam.id);

    assert_eq!(view.pending, v.sharing_pending().unwrap());
    assert!(view.pending > 0);
    assert_eq!(view.pending_label, format!("{} items are ready to send", view.pending));
    assert_eq!(view.ledger, v.share_ledger().unwrap());
}

#[test]
fn a_contact_whose_keys_changed_cannot_be_shared_with_until_she_checks_again() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    v.mark_care_contact_verified(maya.id.clone(), monday_morning()).unwrap();
    // The same inbox with other keys: a new phone, or someone else.
    v.add_care_contact(
        invite_from(&member_key(0x44), "Maya Okafor", "specialist midwife", 1),
        monday_morning(),
    )
    .unwrap();

    let c = &v.sharing_screen(monday_morning()).unwrap().contacts[0];
    assert!(c.contact.frozen);
    assert!(!c.can_share);
    assert_eq!(c.safety_number.len(), 12, "the new number is shown to check");

    v.mark_care_contact_verified(maya.id, monday_morning()).unwrap();
    assert!(v.sharing_screen(monday_morning()).unwrap().contacts[0].can_share);
}

#[test]
fn a_new_agreement_starts_on_her_own_date() {
    let tv = new_vault();
    let v = &tv.vault;
    v.set_time_zone("Pacific/Auckland".into()).unwrap();
    // 20:00 on Monday in London is Tuesday morning in Auckland.
    let view = v.sharing_screen(at("2026-11-23T20:00:00Z")).unwrap();
    assert_eq!(view.today, "2026-11-24");
}
