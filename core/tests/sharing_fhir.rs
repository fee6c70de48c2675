//! What she shares travels as FHIR R4 JSON. Each resource built from her diary conforms
//! to the R4 rules for the elements and value sets it uses, says what a care team needs,
//! and leaves her private notes on the phone.

mod common;
mod fhir_r4;

use alongside_core::sharing::fhir::{self, appointment, communication, consent, medication, Subject};
use alongside_core::*;
use common::*;
use fhir_r4::{assert_valid, problems};
use serde_json::json;

fn her() -> Subject {
    Subject {
        id: "3f1c2a9e-0b7d-4d55-9e3a-6a1b2c3d4e5f".into(),
    }
}

#[test]
fn an_appointment_becomes_a_valid_r4_appointment_without_her_private_notes() {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_appointment(
        AppointmentDraft {
            location: Some("Riverside Clinic".into()),
            with_whom: Some("Jo, key worker".into()),
            notes: Some("PRIVATE-NOTE-MARKER".into()),
            ..draft("Key worker check-in", "2026-11-24T10:00")
        },
        monday_morning(),
    )
    .unwrap();
    let o = &v
        .appointments_between("2026-11-24".into(), "2026-11-24".into())
        .unwrap()[0];
    let r = appointment::appointment(o, &her()).unwrap();
    assert_valid(&r);
    assert_eq!(r["status"], "booked");
    assert_eq!(r["start"], "2026-11-24T10:00:00Z");
    assert_eq!(r["end"], "2026-11-24T11:00:00Z");
    assert_eq!(r["minutesDuration"], 60);
    assert_eq!(
        r["participant"][0]["actor"]["reference"],
        format!("Patient/{}", her().id)
    );
    assert_eq!(r["participant"][1]["actor"]["display"], "Jo, key worker");
    assert!(!r.to_string().contains("PRIVATE-NOTE-MARKER"));
}

#[test]
fn every_appointment_status_maps_into_the_r4_value_set() {
    use AppointmentStatus as S;
    let codes: Vec<&str> = [S::Planned, S::Rescheduled, S::Attended, S::Missed, S::Cancelled]
        .into_iter()
        .map(appointment::status_code)
        .collect();
    assert_eq!(codes, ["booked", "booked", "fulfilled", "noshow", "cancelled"]);
}

#[test]
fn a_split_methadone_dose_becomes_a_medication_statement_with_two_dosages() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    v.change_dose(
        id,
        DoseChange {
            effective_date: "2026-11-20".into(),
            amount: 40.0,
            evening_amount: Some(30.0),
            schedule: Some(DoseSchedule::SplitDaily {
                morning_time: "08:30".into(),
                evening_time: "19:00".into(),
            }),
            note: None,
        },
        monday_morning(),
    )
    .unwrap();
    let m = &v.medicines(monday_morning()).unwrap()[0];
    let r = medication::statement(m, &her(), jiff::civil::date(2026, 11, 23)).unwrap();
    assert_valid(&r);
    assert_eq!(r["status"], "active");
    assert_eq!(r["medicationCodeableConcept"]["text"], "Methadone");
    assert_eq!(r["dosage"][0]["doseAndRate"][0]["doseQuantity"]["value"], 40.0);
    assert_eq!(r["dosage"][1]["doseAndRate"][0]["doseQuantity"]["value"], 30.0);
    assert_eq!(r["dosage"][0]["doseAndRate"][0]["doseQuantity"]["code"], "mg");
    assert_eq!(r["effectivePeriod"]["start"], "2026-11-01");
}

#[test]
fn logged_doses_become_administrations_and_a_missed_dose_is_not_done() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(
        v,
        &id,
        "2026-11-21",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    log(
        v,
        &id,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    log(
        v,
        &id,
        "2026-11-23",
        DoseSlot::Only,
        DoseStatus::Vomited,
        monday_morning(),
    )
    .unwrap();
    let doses = v.doses_between("2026-11-21".into(), "2026-11-24".into()).unwrap();
    let built: Vec<_> = doses
        .iter()
        .filter_map(|d| medication::administration(d, &her()).unwrap())
        .collect();
    assert_eq!(built.len(), 3, "the dose not logged yet is not shared");
    for r in &built {
        assert_valid(r);
    }
    assert_eq!(built[0]["status"], "completed");
    assert_eq!(built[1]["status"], "not-done");
    assert_eq!(built[1]["effectiveDateTime"], "2026-11-22");
    assert_eq!(built[1]["statusReason"][0]["text"], "Missed");
    assert_eq!(built[2]["note"][0]["text"], "Vomited");
    let ids: std::collections::BTreeSet<_> = built.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3, "one resource per dose, so a correction replaces it");
}

#[test]
fn a_consent_and_its_withdrawal_are_valid_r4_consents() {
    let terms = consent::ConsentTerms {
        grant_id: "grant-1",
        recipient: "Maya Okafor (specialist midwife)",
        resource_types: vec!["Appointment", "MedicationStatement"],
        excluded_appointment_types: vec![],
        start: "2026-11-23".into(),
        end: Some("2027-05-23".into()),
        purpose: "TREAT",
        active: true,
        at: monday_morning(),
    };
    let r = consent::consent(&terms, &her()).unwrap();
    assert_valid(&r);
    assert_eq!(r["status"], "active");
    assert_eq!(r["provision"]["class"][1]["code"], "MedicationStatement");
    let stopped = consent::consent(&consent::ConsentTerms { active: false, ..terms }, &her()).unwrap();
    assert_valid(&stopped);
    assert_eq!(stopped["status"], "inactive");
}

#[test]
fn a_consent_that_leaves_out_kinds_of_appointment_says_so_and_is_valid_r4() {
    let terms = consent::ConsentTerms {
        grant_id: "grant-2",
        recipient: "Maya Okafor (specialist midwife)",
        resource_types: vec!["Appointment"],
        excluded_appointment_types: vec!["Family time".into(), "Court or legal".into()],
        start: "2026-11-23".into(),
        end: None,
        purpose: "TREAT",
        active: true,
        at: monday_morning(),
    };
    let r = consent::consent(&terms, &her()).unwrap();
    assert_valid(&r);
    let except = &r["provision"]["provision"][0];
    assert_eq!(except["type"], "deny");
    assert_eq!(except["class"][0]["code"], "Appointment");
    assert_eq!(
        except["code"],
        json!([{ "text": "Family time" }, { "text": "Court or legal" }])
    );

    // Nested provisions are held to the same rules.
    let mut broken = r.clone();
    broken["provision"]["provision"][0]["type"] = json!("maybe");
    broken["provision"]["provision"][0]["code"] = json!([{ "coding": [{ "code": "family-time" }] }]);
    let found = problems(&broken);
    assert!(found.iter().any(|p| p.contains("type")), "{found:?}");
    assert!(found.iter().any(|p| p.contains("system URI")), "{found:?}");
}

#[test]
fn a_request_to_her_team_is_a_valid_communication_request() {
    let r = communication::request(
        "request-1",
        &her(),
        "Support after my baby was taken into care",
        "Please call me this week.",
        communication::Priority::Urgent,
        monday_morning(),
    )
    .unwrap();
    assert_valid(&r);
    assert_eq!(r["priority"], "urgent");
    assert_eq!(r["payload"][0]["contentString"], "Please call me this week.");
}

#[test]
fn the_r4_checker_catches_what_the_specification_forbids() {
    let good = json!({
        "resourceType": "Appointment", "id": "a-1", "status": "booked",
        "start": "2026-11-24T10:00:00Z", "end": "2026-11-24T11:00:00Z",
        "participant": [{ "actor": { "reference": "Patient/p1" }, "status": "accepted" }],
    });
    assert!(problems(&good).is_empty(), "{:?}", problems(&good));
    let broken = [
        json!({ "status": "attended" }),
        json!({ "end": null }),
        json!({ "start": "2026-11-24T10:00" }),
        json!({ "minutesDurations": 60 }),
        json!({ "participant": [{ "actor": { "display": "Jo" } }] }),
        json!({ "participant": [] }),
        json!({ "id": "has spaces" }),
    ];
    for change in broken {
        let mut r = good.clone();
        for (k, val) in change.as_object().unwrap() {
            if val.is_null() {
                r.as_object_mut().unwrap().remove(k);
            } else {
                r[k] = val.clone();
            }
        }
        assert!(!problems(&r).is_empty(), "{change} should be refused");
    }
    let no_policy = json!({
        "resourceType": "Consent", "status": "active",
        "scope": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy" }] },
        "category": [{ "coding": [{ "system": "http://loinc.org", "code": "59284-0" }] }],
        "patient": { "reference": "Patient/p1" },
    });
    assert!(problems(&no_policy).iter().any(|p| p.contains("ppc-1")));
    let no_dose = json!({
        "resourceType": "MedicationAdministration", "status": "completed",
        "medicationCodeableConcept": { "text": "Methadone" }, "subject": { "reference": "Patient/p1" },
        "effectiveDateTime": "2026-11-23", "dosage": { "text": "60 mg" },
    });
    assert!(problems(&no_dose).iter().any(|p| p.contains("mad-1")));
    assert_eq!(fhir::Subject { id: "x".into() }.reference()["reference"], "Patient/x");
}
