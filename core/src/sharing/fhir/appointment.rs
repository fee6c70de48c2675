//! One diary appointment occurrence as a FHIR R4 `Appointment`.

use serde_json::{json, Value};

use super::{id, instant, Subject};
use crate::diary::appointment::{AppointmentStatus, Occurrence};
use crate::error::Result;

/// The R4 `AppointmentStatus` code for an occurrence's status.
pub fn status_code(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Planned | AppointmentStatus::Rescheduled => "booked",
        AppointmentStatus::Attended => "fulfilled",
        AppointmentStatus::Missed => "noshow",
        AppointmentStatus::Cancelled => "cancelled",
    }
}

/// The resource's id for an occurrence: stable across edits, so a later version replaces
/// the earlier one at the care team.
pub fn resource_id(o: &Occurrence) -> String {
    id(&format!("{}-{}", o.appointment_id, o.occurrence))
}

/// `Appointment` for `o`. Her private notes are left out.
pub fn appointment(o: &Occurrence, subject: &Subject) -> Result<Value> {
    let mut participant = vec![json!({
        "actor": subject.reference(),
        "required": "required",
        "status": "accepted",
    })];
    if let Some(who) = &o.with_whom {
        participant.push(json!({ "actor": { "display": who }, "status": "accepted" }));
    }
    if let Some(place) = &o.location {
        participant.push(json!({ "actor": { "display": place }, "status": "accepted" }));
    }
    let minutes = o
        .ends_at
        .duration_since(o.starts_at)
        .map(|d| d.as_secs() / 60)
        .unwrap_or(0)
        .max(1);
    let id = resource_id(o);
    Ok(json!({
        "resourceType": "Appointment",
        "id": id,
        "identifier": subject.identifier("Appointment", &id),
        "status": status_code(o.status),
        "appointmentType": { "text": o.kind_label },
        "description": o.title,
        "start": instant(o.starts_at)?,
        "end": instant(o.ends_at)?,
        "minutesDuration": minutes,
        "participant": participant,
    }))
}
