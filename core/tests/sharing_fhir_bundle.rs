//! What her team receives fits together, against a real relay process on loopback: her
//! `Patient` arrives once, every resource carries the version it travelled as, and put
//! in a Bundle by their `urn:uuid:` identifiers, every reference between them resolves.

mod common;
mod fhir_r4;
mod sharing_support;

use alongside_core::sharing::{GrantDraft, ShareCategory, SharePurpose};
use alongside_core::*;
use common::*;
use serde_json::{json, Value};
use sharing_support::relay::Relay;
use sharing_support::Member;
use std::sync::Arc;

struct Quiet;

impl sharing::sync::SyncListener for Quiet {
    fn progress(&self, _: sharing::sync::SyncProgress) {}
}

fn share_all(v: &Vault, contact: &str) {
    v.grant_consent(
        GrantDraft {
            contact_id: contact.into(),
            categories: vec![ShareCategory::Appointments, ShareCategory::MedicinesAndDoses],
            start_date: "2026-11-01".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        monday_morning(),
    )
    .unwrap();
}

/// What the member opens: (kind, version, resource) for each FHIR item.
fn received(maya: &Member, v: &Vault) -> Vec<(String, u64, Value)> {
    maya.pull(&[v.sharing_identity().unwrap().signing])
        .into_iter()
        .filter(|o| o.item.kind.as_str() != "hello" && !o.item.is_tombstone())
        .map(|o| {
            let r = serde_json::from_slice(&o.item.payload).unwrap();
            (o.item.kind.as_str().to_string(), o.item.version, r)
        })
        .collect()
}

fn bundle(resources: &[&Value]) -> Value {
    let entry: Vec<Value> = resources
        .iter()
        .map(|r| json!({ "fullUrl": r["identifier"][0]["value"], "resource": r }))
        .collect();
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entry })
}

#[test]
fn what_her_team_receives_resolves_as_one_bundle_and_carries_each_version() {
    let relay = Relay::start("2026-11-23T09:00:00Z");
    let maya = Member::new(0x11, &relay.url);
    let tv = new_vault();
    let v = &tv.vault;
    let contact = v
        .add_care_contact(maya.invite("Maya Okafor", "specialist midwife"), monday_morning())
        .unwrap()
        .id;
    let appointment = v
        .add_appointment(draft("Key worker check-in", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let m = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(v, &m, "2026-11-21", DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
    log(
        v,
        &m,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Vomited,
        monday_morning(),
    )
    .unwrap();
    share_all(v, &contact);
    v.sync_now(monday_morning(), Arc::new(Quiet)).unwrap();

    let got = received(&maya, v);
    let kinds: Vec<&str> = got.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "patient").count(), 1, "{kinds:?}");
    for (_, version, r) in &got {
        assert_eq!(r["meta"]["versionId"], version.to_string(), "{r:#}");
    }
    let resources: Vec<&Value> = got.iter().map(|(_, _, r)| r).collect();
    let b = bundle(&resources);
    let problems = fhir_r4::bundle_problems(&b);
    assert!(problems.is_empty(), "{problems:#?}");
    let patient = resources.iter().find(|r| r["resourceType"] == "Patient").unwrap();
    for r in &resources {
        if let Some(subject) = r.get("subject") {
            assert_eq!(subject["reference"], patient["identifier"][0]["value"]);
        }
    }

    // A change goes as version 2 of the same resource, and her Patient is not sent again.
    let first_url = resources
        .iter()
        .find(|r| r["resourceType"] == "Appointment")
        .map(|r| r["identifier"][0]["value"].clone())
        .unwrap();
    v.set_appointment_status(appointment, 0, AppointmentStatus::Cancelled, monday_morning())
        .unwrap();
    share_all(v, &contact); // a second agreement with her sends no second Patient
    v.sync_now(monday_morning(), Arc::new(Quiet)).unwrap();
    let later = received(&maya, v);
    assert!(!later.iter().any(|(k, _, _)| k == "patient"), "{later:?}");
    let (_, version, changed) = later.iter().find(|(k, _, _)| k == "appointment").unwrap();
    assert_eq!(*version, 2);
    assert_eq!(changed["meta"]["versionId"], "2");
    assert_eq!(changed["status"], "cancelled");
    assert_eq!(changed["identifier"][0]["value"], first_url);
}
