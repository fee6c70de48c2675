//! Her `Patient`: the resource every other one points at. It carries only what she showed
//! the member at pairing, and pairing shows them nothing about her (her phone sends only
//! keys and an inbox), so it is her random subject id and nothing else: no name, NHS
//! number, birth date, address or phone number.

use serde_json::{json, Value};

use super::{id, Subject};

/// `Patient` for `subject`.
pub fn patient(subject: &Subject) -> Value {
    json!({
        "resourceType": "Patient",
        "id": id(&subject.id),
        "identifier": subject.identifier("Patient", &subject.id),
    })
}
