//! What she shares travels as FHIR R4 JSON. Each resource built from her diary conforms
//! to the R4 rules for the elements and value sets it uses, says what a care team needs,
//! and leaves her private notes on the phone.

mod common;
mod fhir_r4;

use alongside_core::sharing::fhir::{self, appointment, communication, consent, medication, patient, Subject};
use alongside_core::*;
use common::*;
use fhir_r4::{assert_valid, bundle_problems, problems};
use serde_json::{json, Value};

fn her() -> Subject {
    Subject {
        id: "3f1c2a9e-0b7d-4d55-9e3a-6a1b2c3d4e5f".into(),
    }
}

/// The `urn:uuid:` a resource names itself by (its one identifier).
fn own_url(r: &Value) -> &str {
    assert_eq!(r["identifier"][0]["system"], "urn:ietf:rfc:3986", "{r:#}");
    r["identifier"][0]["value"].as_str().unwrap()
}

/// Methadone 60 mg from 1 November, split 40 mg at 08:30 and 30 mg at 19:00 from 20 November.
fn split_methadone(v: &Vault) -> String {
    let id = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    v.change_dose(
        id.clone(),
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
    id
}

fn partly(v: &Vault, medicine: &str, date: &str, slot: DoseSlot, amount: Option<f64>) -> Result<(), AlongsideError> {
    v.log_dose(
        DoseEntry {
            medicine_id: medicine.into(),
            date: date.into(),
            slot,
            status: DoseStatus::PartlyTaken,
            taken_at: None,
            note: None,
            amount_taken: amount,
            confirm_change: false,
        },
        monday_morning(),
    )
}

fn administrations(v: &Vault, from: &str, to: &str) -> Vec<Value> {
    v.doses_between(from.into(), to.into())
        .unwrap()
        .iter()
        .filter_map(|d| medication::administration(d, &her()).unwrap())
        .collect()
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
        own_url(&patient::patient(&her()))
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
    split_methadone(v);
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
fn each_part_of_a_split_dose_says_its_time_of_day_and_both_parts_apply_together() {
    let tv = new_vault();
    let v = &tv.vault;
    split_methadone(v);
    let m = &v.medicines(monday_morning()).unwrap()[0];
    let r = medication::statement(m, &her(), jiff::civil::date(2026, 11, 23)).unwrap();
    assert_valid(&r);
    let repeat = |i: usize| r["dosage"][i]["timing"]["repeat"].clone();
    assert_eq!(
        repeat(0),
        json!({ "frequency": 1, "period": 1, "periodUnit": "d", "timeOfDay": ["08:30:00"] })
    );
    assert_eq!(repeat(1)["timeOfDay"], json!(["19:00:00"]));
    assert_eq!(r["dosage"][0]["text"], "40 mg. Morning dose");
    assert_eq!(r["dosage"][1]["text"], "30 mg. Evening dose");
    // R4 Dosage.sequence: the same number means concurrent, a different one sequential.
    assert_eq!(r["dosage"][0]["sequence"], r["dosage"][1]["sequence"]);
}

#[test]
fn a_daily_dose_says_when_it_is_due_and_a_weekly_injection_its_day() {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    v.add_medicine(
        MedicineDraft {
            kind: MedicineKind::BuprenorphineInjectionWeekly,
            amount: 16.0,
            schedule: DoseSchedule::Weekly {
                weekday: Weekday::Friday,
                time: "11:00".into(),
            },
            ..methadone("2026-11-01", 16.0)
        },
        monday_morning(),
    )
    .unwrap();
    let today = jiff::civil::date(2026, 11, 23);
    for m in v.medicines(monday_morning()).unwrap() {
        let r = medication::statement(&m, &her(), today).unwrap();
        assert_valid(&r);
        let repeat = &r["dosage"][0]["timing"]["repeat"];
        match m.kind {
            MedicineKind::MethadoneOralSolution => {
                assert_eq!(repeat["periodUnit"], "d");
                assert_eq!(repeat["timeOfDay"], json!(["09:00:00"]));
            }
            _ => {
                assert_eq!(repeat["periodUnit"], "wk");
                assert_eq!(repeat["dayOfWeek"], json!(["fri"]));
                assert_eq!(repeat["timeOfDay"], json!(["11:00:00"]));
            }
        }
    }
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
    assert!(built[2]["note"][0]["text"].as_str().unwrap().starts_with("Vomited"));
    let ids: std::collections::BTreeSet<_> = built.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3, "one resource per dose, so a correction replaces it");
}

#[test]
fn a_partly_taken_dose_claims_the_amount_she_took_when_she_said_how_much() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = split_methadone(v);
    partly(v, &id, "2026-11-21", DoseSlot::Morning, Some(15.0)).unwrap();
    let built = administrations(v, "2026-11-21", "2026-11-21");
    let r = &built[0];
    assert_valid(r);
    assert_eq!(r["status"], "completed");
    assert_eq!(r["dosage"]["dose"]["value"], 15.0, "not the 40 mg that was due");
    assert_eq!(r["dosage"]["text"], "15 mg taken of 40 mg. Morning dose");
    assert_eq!(r["note"][0]["text"], "Partly taken");
    let view = &v.doses_between("2026-11-21".into(), "2026-11-21".into()).unwrap()[0];
    assert_eq!(view.amount_taken, Some(15.0));
    assert_eq!(view.amount_taken_label.as_deref(), Some("15 mg"));
}

#[test]
fn a_partly_taken_dose_claims_no_amount_when_she_did_not_say_how_much() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = split_methadone(v);
    partly(v, &id, "2026-11-21", DoseSlot::Evening, None).unwrap();
    let built = administrations(v, "2026-11-21", "2026-11-21");
    let r = &built[0];
    assert_valid(r);
    assert_eq!(r["status"], "completed");
    assert!(r.get("dosage").is_none(), "no amount is claimed: {r:#}");
    assert_eq!(
        r["note"][0]["text"],
        "Partly taken. How much was taken is not known. 30 mg was due."
    );
}

#[test]
fn a_vomited_dose_is_completed_without_claiming_the_full_amount_was_kept_down() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(
        v,
        &id,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Vomited,
        monday_morning(),
    )
    .unwrap();
    let r = &administrations(v, "2026-11-22", "2026-11-22")[0];
    assert_valid(r);
    assert_eq!(r["status"], "completed");
    assert!(r.get("dosage").is_none(), "60 mg is not claimed: {r:#}");
    assert_eq!(
        r["note"][0]["text"],
        "Vomited after taking 60 mg. How much stayed down is not known."
    );
}

#[test]
fn an_amount_taken_is_refused_unless_it_is_part_of_a_partly_taken_dose() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = split_methadone(v);
    for amount in [40.0, 55.0, 0.0, -5.0, f64::NAN] {
        assert_invalid(
            partly(v, &id, "2026-11-21", DoseSlot::Morning, Some(amount)),
            "amount taken",
        );
    }
    let taken_with_amount = v.log_dose(
        DoseEntry {
            medicine_id: id.clone(),
            date: "2026-11-21".into(),
            slot: DoseSlot::Morning,
            status: DoseStatus::Taken,
            taken_at: None,
            note: None,
            amount_taken: Some(20.0),
            confirm_change: false,
        },
        monday_morning(),
    );
    assert_invalid(taken_with_amount, "amount taken");
    let d = &v.doses_between("2026-11-21".into(), "2026-11-21".into()).unwrap()[0];
    assert_eq!(d.state, DoseState::NotYetLogged, "nothing was saved");
}

#[test]
fn each_dose_points_at_its_medicines_statement() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = split_methadone(v);
    log(
        v,
        &id,
        "2026-11-21",
        DoseSlot::Morning,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    log(
        v,
        &id,
        "2026-11-21",
        DoseSlot::Evening,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    let m = &v.medicines(monday_morning()).unwrap()[0];
    let statement = medication::statement(m, &her(), jiff::civil::date(2026, 11, 23)).unwrap();
    let built = administrations(v, "2026-11-21", "2026-11-21");
    assert_eq!(built.len(), 2);
    for r in &built {
        assert_valid(r);
        assert_eq!(
            r["supportingInformation"],
            json!([{ "reference": own_url(&statement), "type": "MedicationStatement" }])
        );
    }
}

#[test]
fn every_resource_names_itself_by_a_stable_urn_unique_to_her_and_has_no_other_identity() {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_appointment(draft("Key worker check-in", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let o = &v
        .appointments_between("2026-11-24".into(), "2026-11-24".into())
        .unwrap()[0];
    let someone_else = Subject {
        id: "0a0b0c0d-0000-4000-8000-000000000000".into(),
    };
    let first = appointment::appointment(o, &her()).unwrap();
    let again = appointment::appointment(o, &her()).unwrap();
    let hers_elsewhere = appointment::appointment(o, &someone_else).unwrap();
    assert_eq!(first["identifier"].as_array().unwrap().len(), 1);
    assert_eq!(own_url(&first), own_url(&again), "the same item keeps its identifier");
    assert_ne!(own_url(&first), own_url(&hers_elsewhere), "unique to her");
    assert!(fhir_r4::problems(&first).is_empty());
    assert_eq!(
        own_url(&first),
        fhir::full_url(&her(), "Appointment", first["id"].as_str().unwrap())
    );
}

#[test]
fn her_patient_carries_her_random_id_and_nothing_else() {
    let p = patient::patient(&her());
    assert_valid(&p);
    let keys: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["id", "identifier", "resourceType"]);
    assert_eq!(p["id"], her().id);
    assert_eq!(her().reference()["reference"], own_url(&p));
}

#[test]
fn a_version_is_stamped_into_meta_without_changing_anything_else() {
    let p = patient::patient(&her());
    let v3 = fhir::versioned(&p, 3);
    assert_eq!(v3["meta"], json!({ "versionId": "3" }));
    assert_valid(&v3);
    let mut back = v3.clone();
    back.as_object_mut().unwrap().remove("meta");
    assert_eq!(back, p);
}

#[test]
fn the_bundle_checker_catches_missing_full_urls_and_references_that_do_not_resolve() {
    let p = patient::patient(&her());
    let c = consent::consent(&terms(), &her()).unwrap();
    let entry = |r: &Value| json!({ "fullUrl": own_url(r), "resource": r });
    let good = json!({ "resourceType": "Bundle", "type": "collection", "entry": [entry(&p), entry(&c)] });
    assert!(bundle_problems(&good).is_empty(), "{:?}", bundle_problems(&good));
    let orphan = json!({ "resourceType": "Bundle", "type": "collection", "entry": [entry(&c)] });
    assert!(bundle_problems(&orphan).iter().any(|p| p.contains("not in the Bundle")));
    let no_url = json!({ "resourceType": "Bundle", "type": "collection", "entry": [entry(&p), { "resource": c }] });
    assert!(bundle_problems(&no_url).iter().any(|p| p.contains("fullUrl")));
    let twice = json!({ "resourceType": "Bundle", "type": "collection", "entry": [entry(&p), entry(&p)] });
    assert!(bundle_problems(&twice).iter().any(|p| p.contains("bdl-7")));
}

fn terms() -> consent::ConsentTerms<'static> {
    consent::ConsentTerms {
        grant_id: "grant-1",
        recipient: "Maya Okafor (specialist midwife)",
        resource_types: vec!["Appointment", "MedicationStatement"],
        excluded_appointment_types: vec![],
        start: "2026-11-23".into(),
        end: Some("2027-05-23".into()),
        purpose: "TREAT",
        active: true,
        at: monday_morning(),
    }
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
    let split_out_of_order = json!({
        "resourceType": "MedicationStatement", "status": "active",
        "medicationCodeableConcept": { "text": "Methadone" }, "subject": { "reference": "Patient/p1" },
        "dosage": [{ "timing": { "repeat": { "period": 1, "timeOfDay": ["8:30"] } } }],
    });
    let found = problems(&split_out_of_order);
    assert!(found.iter().any(|p| p.contains("tim-2")), "{found:?}");
    assert!(found.iter().any(|p| p.contains("timeOfDay")), "{found:?}");
    let bad_identity = json!({
        "resourceType": "Patient", "meta": { "versionId": "one two" },
        "identifier": [{ "system": "urn:ietf:rfc:3986", "value": "not-a-uri" }],
    });
    assert_eq!(problems(&bad_identity).len(), 2, "{:?}", problems(&bad_identity));
}
