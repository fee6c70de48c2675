//! Medicines and doses as FHIR R4: a `MedicationStatement` for a prescription and its
//! current dose, a `MedicationAdministration` for each dose she logged.

use jiff::civil::Date;
use serde_json::{json, Value};

use super::{id, instant, text_concept, Subject};
use crate::diary::dose::{DoseState, DoseView};
use crate::diary::medicine::{DoseUnit, Medicine};
use crate::error::Result;

/// The UCUM code for a dose unit ("{tablet}" is a UCUM annotation: a count of tablets).
pub fn ucum(unit: DoseUnit) -> &'static str {
    match unit {
        DoseUnit::Mg => "mg",
        DoseUnit::Ml => "mL",
        DoseUnit::Microgram => "ug",
        DoseUnit::Tablet => "{tablet}",
    }
}

fn quantity(amount: f64, unit: DoseUnit, label: &str) -> Value {
    json!({
        "value": amount,
        "unit": label,
        "system": "http://unitsofmeasure.org",
        "code": ucum(unit),
    })
}

/// `MedicationStatement` for `m` as on `today`: active until its end date, then completed.
pub fn statement(m: &Medicine, subject: &Subject, today: Date) -> Result<Value> {
    let ended = m
        .end_date
        .as_deref()
        .and_then(|d| d.parse::<Date>().ok())
        .is_some_and(|end| end < today);
    let r = &m.current;
    let mut dosage = vec![json!({
        "sequence": 1,
        "text": format!("{}. {}", r.amount_label, r.schedule_label),
        "doseAndRate": [{ "doseQuantity": quantity(r.amount, m.unit, &m.unit_label) }],
    })];
    if let Some(evening) = r.evening_amount {
        dosage.push(json!({
            "sequence": 2,
            "text": r.schedule_label,
            "doseAndRate": [{ "doseQuantity": quantity(evening, m.unit, &m.unit_label) }],
        }));
    }
    let mut period = json!({ "start": m.start_date });
    if let Some(end) = &m.end_date {
        period["end"] = json!(end);
    }
    Ok(json!({
        "resourceType": "MedicationStatement",
        "id": id(&m.id),
        "status": if ended { "completed" } else { "active" },
        "medicationCodeableConcept": text_concept(&m.name),
        "subject": subject.reference(),
        "effectivePeriod": period,
        "dateAsserted": r.effective_date,
        "note": [{ "text": m.collection_label }],
        "dosage": dosage,
    }))
}

/// The resource id of a logged dose: one per medicine, date and slot, so a corrected
/// entry replaces the earlier one. As-needed doses, several a day, add their time.
pub fn administration_id(d: &DoseView) -> String {
    let mut raw = format!("{}-{}-{}", d.medicine_id, d.date, crate::codes::code(&d.slot));
    if d.slot == crate::diary::medicine::DoseSlot::AsNeeded {
        if let Some(at) = d.taken_at.and_then(|t| crate::time::unix(t).ok()) {
            raw.push_str(&format!("-{at}"));
        }
    }
    // A UUID, a date, a slot and a time fit in 64; the hash keeps longer ids unique.
    if raw.len() > 64 {
        raw = format!("{}-{}", &raw[..31], &crate::sharing::hash_hex(raw.as_bytes())[..32]);
    }
    id(&raw)
}

/// `MedicationAdministration` for a dose she logged; `None` for one not logged yet. Her
/// note on the dose stays on the phone.
pub fn administration(d: &DoseView, subject: &Subject) -> Result<Option<Value>> {
    let (status, note) = match d.state {
        DoseState::NotYetLogged => return Ok(None),
        DoseState::Taken => ("completed", None),
        DoseState::PartlyTaken => ("completed", Some(d.state_label.as_str())),
        DoseState::Vomited => ("completed", Some(d.state_label.as_str())),
        DoseState::Missed => ("not-done", None),
    };
    let effective = match d.taken_at {
        Some(t) if d.state != DoseState::Missed => instant(t)?,
        _ => d.date.clone(),
    };
    let mut r = json!({
        "resourceType": "MedicationAdministration",
        "id": administration_id(d),
        "status": status,
        "medicationCodeableConcept": text_concept(&d.medicine_name),
        "subject": subject.reference(),
        "effectiveDateTime": effective,
        "dosage": {
            "text": format!("{}. {}", d.amount_label, d.slot_label),
            "dose": quantity(d.amount, d.unit, &d.unit_label),
        },
    });
    if d.state == DoseState::Missed {
        r["statusReason"] = json!([{ "text": d.state_label }]);
    }
    if let Some(n) = note {
        r["note"] = json!([{ "text": n }]);
    }
    Ok(Some(r))
}
