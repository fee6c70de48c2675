//! A request she sends her team (for support, or to be contacted) as a FHIR R4
//! `CommunicationRequest`.

use serde_json::{json, Value};
use std::time::SystemTime;

use super::{id, instant, Subject};
use crate::error::Result;

/// How soon she would like a reply, in R4 `RequestPriority` codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    Routine,
    Urgent,
}

/// `CommunicationRequest` with `message` from her to her team.
pub fn request(
    request_id: &str,
    subject: &Subject,
    topic: &str,
    message: &str,
    priority: Priority,
    authored: SystemTime,
) -> Result<Value> {
    Ok(json!({
        "resourceType": "CommunicationRequest",
        "id": id(request_id),
        "status": "active",
        "category": [{ "text": topic }],
        "priority": match priority { Priority::Routine => "routine", Priority::Urgent => "urgent" },
        "subject": subject.reference(),
        "requester": subject.reference(),
        "payload": [{ "contentString": message }],
        "authoredOn": instant(authored)?,
    }))
}
