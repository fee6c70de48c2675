//! FHIR R4 JSON for what she shares: appointments, medicines and doses, her consent, and
//! requests to her team.
//!
//! Written with `serde_json` rather than a FHIR model crate: the one well-kept Rust model
//! (`fhir-model`) covers STU3, R4B and R5 but not R4, and compiles every resource of a
//! release, which costs minutes on a phone build for the five resources used here. Each
//! builder is checked against the R4 rules for the elements and value sets it uses
//! (core/tests/sharing_fhir.rs).
//!
//! Private notes are never put into a resource: they stay on the phone.

pub mod appointment;
pub mod communication;
pub mod consent;
pub mod medication;

use jiff::Timestamp;
use serde_json::{json, Value};
use std::time::SystemTime;

use crate::error::Result;

/// How the phone names her in shared resources: a random id made when sharing starts,
/// never her name, NHS number or phone's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub id: String,
}

impl Subject {
    /// `{"reference": "Patient/<id>"}`.
    pub fn reference(&self) -> Value {
        json!({ "reference": format!("Patient/{}", self.id) })
    }
}

/// A FHIR `instant`/`dateTime` in UTC with seconds ("2026-11-24T10:00:00Z").
pub(crate) fn instant(t: SystemTime) -> Result<String> {
    let t: Timestamp = crate::time::timestamp(t)?;
    Ok(t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// A FHIR `id`: letters, digits, '-' and '.', at most 64. Our ids are UUIDs with an
/// occurrence number, which already fit; anything else is mapped into the alphabet.
pub(crate) fn id(raw: &str) -> String {
    raw.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect()
}

/// A CodeableConcept with only text: no code system is claimed that the app cannot
/// stand behind.
pub(crate) fn text_concept(text: &str) -> Value {
    json!({ "text": text })
}
