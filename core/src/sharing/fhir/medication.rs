//! Medicines and doses as FHIR R4: a `MedicationStatement` for a prescription and its
//! current dose, a `MedicationAdministration` for each dose she logged.
//!
//! A dose claims only what she said: the amount she took when she took part of it and
//! said how much, no amount at all when she doesn't know how much she took or kept down.

use jiff::civil::Date;
use serde_json::{json, Value};

use super::{id, instant, text_concept, Subject};
use crate::content::{amount_words, label, text};
use crate::diary::dose::{DoseState, DoseView};
use crate::diary::medicine::{DoseSchedule, DoseSlot, DoseUnit, Medicine};
use crate::error::Result;
use crate::time::Weekday;

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

/// An R4 `time` ("08:30:00") from a schedule's "HH:MM" (checked when it was saved).
fn time_of_day(hhmm: &str) -> Option<String> {
    let t = crate::time::parse_time("time", hhmm).ok()?;
    Some(t.strftime("%H:%M:%S").to_string())
}

/// The R4 `DaysOfWeek` code.
fn day_code(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "mon",
        Weekday::Tuesday => "tue",
        Weekday::Wednesday => "wed",
        Weekday::Thursday => "thu",
        Weekday::Friday => "fri",
        Weekday::Saturday => "sat",
        Weekday::Sunday => "sun",
    }
}

/// `Timing` for one dose a day, week or month at `at`.
fn timing(period_unit: &str, at: &str, day: Option<Weekday>) -> Value {
    let mut repeat = json!({ "frequency": 1, "period": 1, "periodUnit": period_unit });
    if let Some(t) = time_of_day(at) {
        repeat["timeOfDay"] = json!([t]);
    }
    if let Some(d) = day {
        repeat["dayOfWeek"] = json!([day_code(d)]);
    }
    json!({ "repeat": repeat })
}

/// The statement's `dosage`: one entry per dose of the day, each with its time. A split
/// dose is two entries with the same `sequence`, which R4 reads as concurrent (different
/// sequences would mean one after the other).
fn dosages(m: &Medicine) -> Vec<Value> {
    let r = &m.current;
    let one = |amount: f64, words: String, timing: Option<Value>| {
        let mut d = json!({
            "sequence": 1,
            "text": words,
            "doseAndRate": [{ "doseQuantity": quantity(amount, m.unit, &m.unit_label) }],
        });
        match timing {
            Some(t) => d["timing"] = t,
            None => d["asNeededBoolean"] = json!(true),
        }
        d
    };
    let whole = format!("{}. {}", r.amount_label, r.schedule_label);
    match &r.schedule {
        DoseSchedule::Daily { time } => vec![one(r.amount, whole, Some(timing("d", time, None)))],
        DoseSchedule::SplitDaily {
            morning_time,
            evening_time,
        } => {
            let part =
                |amount: f64, slot: DoseSlot| format!("{}. {}", amount_words(amount, m.unit), label("slot", &slot));
            let evening = r.evening_amount.unwrap_or(r.amount);
            vec![
                one(
                    r.amount,
                    part(r.amount, DoseSlot::Morning),
                    Some(timing("d", morning_time, None)),
                ),
                one(
                    evening,
                    part(evening, DoseSlot::Evening),
                    Some(timing("d", evening_time, None)),
                ),
            ]
        }
        DoseSchedule::Weekly { weekday, time } => {
            vec![one(r.amount, whole, Some(timing("wk", time, Some(*weekday))))]
        }
        // R4's Timing has no day of the month: the day is in the words.
        DoseSchedule::Monthly { time, .. } => vec![one(r.amount, whole, Some(timing("mo", time, None)))],
        DoseSchedule::AsNeeded => vec![one(r.amount, whole, None)],
    }
}

/// `MedicationStatement` for `m` as on `today`: active until its end date, then completed.
pub fn statement(m: &Medicine, subject: &Subject, today: Date) -> Result<Value> {
    let ended = m
        .end_date
        .as_deref()
        .and_then(|d| d.parse::<Date>().ok())
        .is_some_and(|end| end < today);
    let mut period = json!({ "start": m.start_date });
    if let Some(end) = &m.end_date {
        period["end"] = json!(end);
    }
    let id = id(&m.id);
    Ok(json!({
        "resourceType": "MedicationStatement",
        "id": id,
        "identifier": subject.identifier("MedicationStatement", &id),
        "status": if ended { "completed" } else { "active" },
        "medicationCodeableConcept": text_concept(&m.name),
        "subject": subject.reference(),
        "effectivePeriod": period,
        "dateAsserted": m.current.effective_date,
        "note": [{ "text": m.collection_label }],
        "dosage": dosages(m),
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

/// What an administration says about the amount: the `dosage` when an amount can be
/// claimed, and a note in words when it can't or needs saying.
fn amount_claim(d: &DoseView) -> (Option<Value>, Option<String>) {
    let with_slot = |words: &str| format!("{words}. {}", d.slot_label);
    let dosage =
        |words: String, amount: f64| Some(json!({ "text": words, "dose": quantity(amount, d.unit, &d.unit_label) }));
    match (d.state, d.amount_taken) {
        (DoseState::PartlyTaken, Some(taken)) => {
            let taken_words = amount_words(taken, d.unit);
            let words = text(
                "fhir-dose-part-taken",
                &[("taken", taken_words.into()), ("due", d.amount_label.as_str().into())],
            );
            (dosage(with_slot(&words), taken), Some(d.state_label.clone()))
        }
        // R4 (mad-1) lets a dosage stand only with a dose, and the dose is not known.
        (DoseState::PartlyTaken, None) => {
            let words = text("fhir-dose-part-not-known", &[("due", d.amount_label.as_str().into())]);
            (None, Some(format!("{}. {words}", d.state_label)))
        }
        (DoseState::Vomited, _) => {
            let words = text("fhir-dose-vomited", &[("due", d.amount_label.as_str().into())]);
            (None, Some(words))
        }
        _ => (dosage(with_slot(&d.amount_label), d.amount), None),
    }
}

/// `MedicationAdministration` for a dose she logged; `None` for one not logged yet. Her
/// note on the dose stays on the phone.
///
/// Status, from R4's MedicationAdministrationStatus: a dose she swallowed is `completed`
/// ("all actions that are implied by the administration have occurred"), even when she
/// was sick afterwards or took only part: those go in the amount claimed and a note, since
/// `stopped` would say the administration itself was cut short and `statusReason` is
/// only for one not performed. A missed dose is `not-done`, with the reason.
///
/// Each links to its medicine's `MedicationStatement` through `supportingInformation`
/// (Reference(Any)): `request` may point only at a `MedicationRequest`, the prescriber's
/// order, which the phone does not have and she cannot write; `partOf` only at another
/// administration or a procedure.
pub fn administration(d: &DoseView, subject: &Subject) -> Result<Option<Value>> {
    let status = match d.state {
        DoseState::NotYetLogged => return Ok(None),
        DoseState::Missed => "not-done",
        DoseState::Taken | DoseState::PartlyTaken | DoseState::Vomited => "completed",
    };
    let effective = match d.taken_at {
        Some(t) if d.state != DoseState::Missed => instant(t)?,
        _ => d.date.clone(),
    };
    let id = administration_id(d);
    let mut r = json!({
        "resourceType": "MedicationAdministration",
        "id": id,
        "identifier": subject.identifier("MedicationAdministration", &id),
        "status": status,
        "medicationCodeableConcept": text_concept(&d.medicine_name),
        "subject": subject.reference(),
        "supportingInformation": [subject.link("MedicationStatement", &d.medicine_id)],
        "effectiveDateTime": effective,
    });
    let (dosage, note) = amount_claim(d);
    if let Some(dosage) = dosage {
        r["dosage"] = dosage;
    }
    if d.state == DoseState::Missed {
        r["statusReason"] = json!([{ "text": d.state_label }]);
    }
    if let Some(n) = note {
        r["note"] = json!([{ "text": n }]);
    }
    Ok(Some(r))
}
