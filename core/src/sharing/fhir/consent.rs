//! Her consent to share as a FHIR R4 `Consent`: who may receive what, for how long and
//! why, and the kinds of appointment it leaves out. Sent when she grants it, and again as
//! `inactive` when she stops it.

use serde_json::{json, Value};
use std::time::SystemTime;

use super::{id, instant, Subject};
use crate::error::Result;

/// What a consent says, in the terms the resource needs.
#[derive(Debug, Clone)]
pub struct ConsentTerms<'a> {
    pub grant_id: &'a str,
    /// Whom she shares with: name and role, as she confirmed them when pairing.
    pub recipient: &'a str,
    /// The FHIR resource types the grant covers ("Appointment", ...).
    pub resource_types: Vec<&'static str>,
    /// First and last dates covered, "YYYY-MM-DD"; no end means until she stops it.
    pub start: String,
    pub end: Option<String>,
    /// Kinds of appointment the grant leaves out, in words as each `Appointment` names its
    /// kind (`appointmentType.text`): a nested `deny` provision says so.
    pub excluded_appointment_types: Vec<String>,
    /// An R4 v3-ActReason purpose of use code ("TREAT", "CAREMGT").
    pub purpose: &'static str,
    /// False once she has stopped sharing.
    pub active: bool,
    /// When she granted it, or stopped it.
    pub at: SystemTime,
}

/// `Consent` for `t`.
pub fn consent(t: &ConsentTerms, subject: &Subject) -> Result<Value> {
    let mut period = json!({ "start": t.start });
    if let Some(end) = &t.end {
        period["end"] = json!(end);
    }
    let classes: Vec<Value> = t
        .resource_types
        .iter()
        .map(|r| json!({ "system": "http://hl7.org/fhir/resource-types", "code": r }))
        .collect();
    // Exceptions to the permit: appointments of these kinds are not covered. The kinds have
    // no standard code, so they are named in text, exactly as the Appointments name them.
    let exceptions: Vec<Value> =
        if t.excluded_appointment_types.is_empty() || !t.resource_types.contains(&"Appointment") {
            Vec::new()
        } else {
            vec![json!({
                "type": "deny",
                "class": [{ "system": "http://hl7.org/fhir/resource-types", "code": "Appointment" }],
                "code": t.excluded_appointment_types.iter().map(|k| super::text_concept(k)).collect::<Vec<_>>(),
            })]
        };
    let mut resource = json!({
        "resourceType": "Consent",
        "id": id(t.grant_id),
        "identifier": subject.identifier("Consent", t.grant_id),
        "status": if t.active { "active" } else { "inactive" },
        "scope": { "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/consentscope",
            "code": "patient-privacy",
        }] },
        "category": [{ "coding": [{ "system": "http://loinc.org", "code": "59284-0" }] }],
        "patient": subject.reference(),
        "dateTime": instant(t.at)?,
        "policyRule": { "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "OPTIN",
        }] },
        "provision": {
            "type": "permit",
            "period": period,
            "actor": [{
                "role": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                    "code": "IRCP",
                }] },
                "reference": { "display": t.recipient },
            }],
            "purpose": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                "code": t.purpose,
            }],
            "class": classes,
        },
    });
    if !exceptions.is_empty() {
        resource["provision"]["provision"] = Value::Array(exceptions);
    }
    Ok(resource)
}
