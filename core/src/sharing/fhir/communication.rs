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
        "identifier": subject.identifier("CommunicationRequest", request_id),
        "status": "active",
        "category": [{ "text": topic }],
        "priority": match priority { Priority::Routine => "routine", Priority::Urgent => "urgent" },
        "subject": subject.reference(),
        "requester": subject.reference(),
        "payload": [{ "contentString": message }],
        "authoredOn": instant(authored)?,
    }))
}

/// What a request for support carries besides the words she previewed.
pub struct SupportTerms<'a> {
    pub request_id: &'a str,
    /// The recipient as she knows them.
    pub recipient: &'a str,
    /// Her needs, in words, one concept each.
    pub reasons: Vec<String>,
    /// HL7 v3 ParticipationMode codes, with their words.
    pub media: Vec<(&'static str, String)>,
    pub priority: Priority,
    /// The lines she read in the preview, sent as they are.
    pub lines: &'a [String],
    pub authored: SystemTime,
    /// When she would like to hear by.
    pub reply_by: SystemTime,
}

/// A request for support as a `CommunicationRequest`: the words she previewed are the
/// payload, and the structured parts (how soon, how to contact her, what she needs)
/// mirror them so a team's system can sort by urgency.
pub fn support_request(t: &SupportTerms, subject: &Subject, topic: &str) -> Result<Value> {
    let medium: Vec<Value> = t
        .media
        .iter()
        .map(|(code, words)| {
            json!({
                "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode",
                    "code": code,
                }],
                "text": words,
            })
        })
        .collect();
    let reasons: Vec<Value> = t.reasons.iter().map(|r| super::text_concept(r)).collect();
    Ok(json!({
        "resourceType": "CommunicationRequest",
        "id": id(t.request_id),
        "identifier": subject.identifier("CommunicationRequest", t.request_id),
        "status": "active",
        "category": [{ "text": topic }],
        "priority": match t.priority { Priority::Routine => "routine", Priority::Urgent => "urgent" },
        "medium": medium,
        "subject": subject.reference(),
        "requester": subject.reference(),
        "recipient": [{ "display": t.recipient }],
        "reasonCode": reasons,
        "payload": [{ "contentString": t.lines.join("\n") }],
        "occurrencePeriod": { "start": instant(t.authored)?, "end": instant(t.reply_by)? },
        "authoredOn": instant(t.authored)?,
    }))
}
