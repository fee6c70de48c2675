//! Requests for support on [`Vault`]: whom she can ask, the preview of exactly what is
//! sent, sending (her one-off yes, recorded in her ledger, queued in the same transaction
//! and sent at the next sync), and how far each request has got.

use std::time::SystemTime;

use jiff::civil::Time;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::Value;

use super::recipients::{self, Checked, SupportRecipientOption};
use super::request::{
    self, SupportRequestDraft, SupportRequestPreview, SupportRequestState, SupportRequestView, SupportUrgency,
};
use super::request_store::{self, Stored};
use crate::content::{label, text};
use crate::error::{AlongsideError, Result};
use crate::sharing::fhir::communication::{self, Priority, SupportTerms};
use crate::sharing::grants::{self, StoredGrant};
use crate::sharing::model::{ShareCategory, SharePurpose};
use crate::sharing::outbox;
use crate::time;
use crate::vault::Vault;

/// The envelope kind a request travels as.
pub(crate) const KIND: &str = "support-request";

/// When she would like to hear by: the end of her day, or a week from now.
fn reply_by(conn: &Connection, urgency: SupportUrgency, now: Timestamp) -> Result<Timestamp> {
    match urgency {
        SupportUrgency::ThisWeek => Ok(now.checked_add(SignedDuration::from_hours(7 * 24)).unwrap_or(now)),
        SupportUrgency::Today => {
            let (today, tz) = crate::sharing::items::today(conn, now)?;
            let tomorrow = today.tomorrow().unwrap_or(today);
            Ok(time::resolve(tomorrow.to_datetime(Time::midnight()), &tz)?.timestamp())
        }
    }
}

/// The words and the resource for a request: the lines she previews are the payload.
fn build(
    conn: &Connection,
    d: &SupportRequestDraft,
    request_id: &str,
    recipient: &str,
    now: Timestamp,
) -> Result<(Vec<String>, Value)> {
    let lines = request::lines(d);
    let subject = crate::sharing::subject(conn)?;
    let terms = SupportTerms {
        request_id,
        recipient,
        reasons: d.needs.iter().map(|n| label("support-need", n)).collect(),
        media: d
            .methods
            .iter()
            .map(|m| (m.participation_mode(), label("support-method", m)))
            .collect(),
        priority: match d.urgency {
            SupportUrgency::Today => Priority::Urgent,
            SupportUrgency::ThisWeek => Priority::Routine,
        },
        lines: &lines,
        authored: time::system_time(now),
        reply_by: time::system_time(reply_by(conn, d.urgency, now)?),
    };
    let resource = communication::support_request(&terms, &subject, &text("support-request-topic", &[]))?;
    Ok((lines, resource))
}

fn at(t: i64) -> SystemTime {
    time::system_time(Timestamp::from_second(t).unwrap_or_default())
}

/// One request as she sees it, sent to `name`.
fn view(s: &Stored, name: String) -> SupportRequestView {
    let state = s.state();
    let state_label = match state {
        SupportRequestState::WaitingToSend => text("support-state-waiting", &[]),
        SupportRequestState::Sent => text("support-state-sent", &[("name", name.as_str().into())]),
        SupportRequestState::Received => text("support-state-received", &[("name", name.as_str().into())]),
        SupportRequestState::Answered => text("support-state-answered", &[("name", name.as_str().into())]),
        SupportRequestState::Cancelled => text("support-state-cancelled", &[]),
    };
    SupportRequestView {
        id: s.id.clone(),
        recipient_name: name,
        lines: request::lines(&s.draft),
        urgency: s.draft.urgency,
        state,
        state_label,
        answer: s.answer.clone(),
        created_at: at(s.created_at),
    }
}

/// One stored request, read afresh, as she sees it.
fn view_of(conn: &Connection, id: &str) -> Result<SupportRequestView> {
    let s = request_store::load(conn, id)?;
    let name = crate::sharing::contacts::load(conn, &s.contact_id)?.display();
    Ok(view(&s, name))
}

/// Every request, newest first, as she sees them (also for her export).
pub(crate) fn views(conn: &Connection) -> Result<Vec<SupportRequestView>> {
    let names = crate::sharing::contacts::display_names(conn)?;
    Ok(request_store::all(conn)?
        .iter()
        .map(|s| view(s, names.get(&s.contact_id).cloned().unwrap_or_default()))
        .collect())
}

#[uniffi::export]
impl Vault {
    /// Whom she can send a request to: care-team members she paired with (unless their
    /// keys changed), then services in her directory that take requests.
    pub fn support_recipients(&self) -> Result<Vec<SupportRecipientOption>> {
        self.read(recipients::options)
    }

    /// Exactly what a request would send, and to whom, without sending or storing anything.
    pub fn preview_support_request(
        &self,
        draft: SupportRequestDraft,
        now: SystemTime,
    ) -> Result<SupportRequestPreview> {
        let d = request::validate(&draft)?;
        let now = time::timestamp(now)?;
        // A write transaction only because the random id that names her in shared records
        // is made on first use; the preview changes nothing else.
        self.write(|tx| {
            let checked = recipients::check(tx, &d.recipient)?;
            let name = checked.name();
            let (lines, resource) = build(tx, &d, "preview", &name, now)?;
            Ok(SupportRequestPreview {
                heading: text("support-preview-heading", &[("name", name.as_str().into())]),
                recipient_name: name.clone(),
                lines,
                not_sent: text("support-preview-not-sent", &[]),
                consent: text("support-preview-consent", &[("name", name.as_str().into())]),
                resource_json: serde_json::to_string_pretty(&resource)?,
            })
        })
    }

    /// Sends a request: her one-off yes to sending this, to this recipient, and nothing
    /// else. Queued with its ledger line in one transaction, and sent at the next sync;
    /// offline, it waits and says so.
    pub fn send_support_request(&self, draft: SupportRequestDraft, now: SystemTime) -> Result<SupportRequestView> {
        let d = request::validate(&draft)?;
        let now_ts = time::timestamp(now)?;
        let now_s = now_ts.as_second();
        self.write(|tx| {
            let checked = recipients::check(tx, &d.recipient)?;
            let from_directory = matches!(checked, Checked::Service { .. });
            // The resource names them as the preview did, so what goes is what she saw.
            let recipient = checked.name();
            let contact = recipients::resolve(tx, checked, now_s)?;
            let (today, _) = crate::sharing::items::today(tx, now_ts)?;
            let g = StoredGrant {
                id: uuid::Uuid::new_v4().to_string(),
                contact_id: contact.id.clone(),
                categories: vec![ShareCategory::SupportRequests],
                appointment_kinds: Vec::new(),
                start: today,
                end: Some(today),
                purpose: if from_directory {
                    SharePurpose::Treatment
                } else {
                    SharePurpose::CareCoordination
                },
                created_at: now_s,
                revoked_at: None,
                one_off: true,
            };
            grants::insert(tx, &g)?;
            // No Patient goes with it: a request shares nothing but itself (and the hello).
            crate::sharing::api::queue_hello(tx, &g, &contact, now_s)?;
            let id = uuid::Uuid::new_v4().to_string();
            let (_, resource) = build(tx, &d, &id, &recipient, now_ts)?;
            let needs: Vec<String> = d.needs.iter().map(|n| label("support-need", n)).collect();
            let summary = text(
                "share-item-support-request",
                &[
                    ("name", contact.name.as_str().into()),
                    ("needs", needs.join(", ").into()),
                ],
            );
            let envelope_id = outbox::insert(
                tx,
                &g,
                KIND,
                &id,
                1,
                &serde_json::to_vec(&crate::sharing::fhir::versioned(&resource, 1))?,
                false,
                &summary,
                now_s,
            )?;
            request_store::insert(
                tx,
                &request_store::New {
                    id: &id,
                    contact_id: &contact.id,
                    grant_id: &g.id,
                    envelope_id: &envelope_id,
                    draft: &d,
                    now: now_s,
                },
            )?;
            view_of(tx, &id)
        })
    }

    /// The requests she has sent, newest first, each with how far it has got.
    pub fn support_requests(&self) -> Result<Vec<SupportRequestView>> {
        self.read(views)
    }

    /// Takes back a request that has not left the phone yet. Once it has gone, it can't be
    /// taken back: she is told so, and nothing changes.
    pub fn cancel_support_request(&self, request_id: String, now: SystemTime) -> Result<SupportRequestView> {
        let now = time::unix(now)?;
        self.write(|tx| {
            let s = request_store::load(tx, &request_id)?;
            match s.state() {
                SupportRequestState::WaitingToSend => {}
                SupportRequestState::Cancelled => return view_of(tx, &s.id),
                _ => return Err(AlongsideError::refused("request", "error-request-already-sent")),
            }
            outbox::withdraw(tx, &s.grant_id, now)?;
            grants::set_revoked(tx, &s.grant_id, now)?;
            request_store::set_cancelled(tx, &s.id, now)?;
            view_of(tx, &s.id)
        })
    }
}
