//! Requests for support, end to end against a real relay on loopback: she sees exactly what
//! will be sent; sending is a one-off yes named in her ledger; offline it waits and says
//! so; it arrives once; the team's receipt and answer reach her; a service is reached
//! only through a validly signed directory; and nothing about her baby goes unless she
//! writes it in a request.

mod common;
mod directory_support;
mod fhir_r4;
mod sharing_support;

use alongside_core::sharing::sync::{SyncListener, SyncProgress};
use alongside_core::sharing::{CareContact, GrantDraft, LedgerState, ShareCategory, SharePurpose};
use alongside_core::support::*;
use alongside_core::*;
use common::*;
use serde_json::{json, Value};
use sharing_support::relay::Relay;
use sharing_support::{item, maya_invite, Member};
use std::sync::Arc;

const T0: &str = "2026-11-23T09:00:00Z";

struct Quiet;

impl SyncListener for Quiet {
    fn progress(&self, _: SyncProgress) {}
}

fn sync(v: &Vault, now: std::time::SystemTime) -> sharing::sync::SyncReport {
    v.sync_now(now, Arc::new(Quiet)).expect("sync runs")
}

fn request_to(recipient: SupportRecipient) -> SupportRequestDraft {
    SupportRequestDraft {
        needs: vec![SupportNeed::SomeoneToTalkTo, SupportNeed::LegalAdvice],
        methods: vec![ContactMethod::Text, ContactMethod::Call],
        phone: Some("07700 900123".into()),
        name_to_use: Some("Jo".into()),
        safe_times: vec![SafeTime::Mornings],
        may_leave_message: false,
        urgency: SupportUrgency::Today,
        recipient,
        note: Some("Please text first.".into()),
    }
}

fn to_care(contact: &str) -> SupportRequestDraft {
    request_to(SupportRecipient::CareContact {
        contact_id: contact.into(),
    })
}

fn her_key(v: &Vault) -> alongside_protocol::keys::PublicKey {
    v.sharing_identity().unwrap().signing
}

/// Her inbox, from the hello the member opened.
fn her_inbox(opened: &[alongside_protocol::envelope::Opened]) -> String {
    let hello = opened
        .iter()
        .find(|o| o.item.kind.as_str() == "hello")
        .expect("a hello");
    let v: Value = serde_json::from_slice(&hello.item.payload).unwrap();
    v["inbox"].as_str().unwrap().to_string()
}

fn resource(o: &alongside_protocol::envelope::Opened) -> Value {
    serde_json::from_slice(&o.item.payload).unwrap()
}

/// A relay on loopback, Maya's phone on it, and a vault paired with her.
struct World {
    relay: Relay,
    member: Member,
    tv: TestVault,
    contact: CareContact,
}

fn paired_with_maya() -> World {
    let relay = Relay::start(T0);
    let member = Member::new(0x11, &relay.url);
    let tv = new_vault();
    let contact = tv
        .vault
        .add_care_contact(member.invite("Maya Okafor", "specialist midwife"), monday_morning())
        .unwrap();
    World {
        relay,
        member,
        tv,
        contact,
    }
}

#[test]
fn offline_a_request_waits_on_the_phone_and_says_so() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let sent = v.send_support_request(to_care(&maya.id), monday_morning()).unwrap();
    assert_eq!(sent.state, SupportRequestState::WaitingToSend);
    assert!(
        sent.state_label.contains("next time you have signal"),
        "{}",
        sent.state_label
    );

    // Maya's relay does not answer (port 1): it keeps waiting, and nothing is lost.
    let report = sync(v, monday_morning());
    assert!(report.offline);
    let listed = v.support_requests().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].state, SupportRequestState::WaitingToSend);
    assert_eq!(v.sharing_pending().unwrap(), 2, "her hello and the request wait to go");
}

#[test]
fn she_sees_exactly_what_the_team_will_read_and_it_arrives_once() {
    let World {
        relay: _relay,
        member: maya,
        tv,
        contact,
    } = paired_with_maya();
    let v = &tv.vault;
    let draft = to_care(&contact.id);
    let preview = v.preview_support_request(draft.clone(), monday_morning()).unwrap();
    assert_eq!(
        preview.heading,
        "This is exactly what Maya Okafor (specialist midwife) will see:"
    );
    assert_eq!(
        preview.lines,
        [
            "I would like: Someone to talk to, Legal advice",
            "Please call me: Jo",
            "You can contact me by: Phone call, Text message",
            "My number: 07700 900123",
            "Safe times to contact me: Mornings",
            "Please don't leave a message.",
            "How soon: Today",
            "From me: Please text first.",
        ]
    );
    assert_eq!(v.sharing_pending().unwrap(), 0, "a preview sends and stores nothing");
    assert!(v.support_requests().unwrap().is_empty());

    v.send_support_request(draft, monday_morning()).unwrap();
    assert_eq!(sync(v, monday_morning()).sent, 2);
    // A second sync, as after a dropped connection, sends nothing again.
    assert_eq!(sync(v, monday_morning()).sent, 0);
    assert_eq!(v.support_requests().unwrap()[0].state, SupportRequestState::Sent);

    let got = maya.pull(&[her_key(v)]);
    let requests: Vec<_> = got
        .iter()
        .filter(|o| o.item.kind.as_str() == "support-request")
        .collect();
    assert_eq!(requests.len(), 1, "the request arrives once");
    let r = resource(requests[0]);
    fhir_r4::assert_valid(&r);
    assert_eq!(r["resourceType"], "CommunicationRequest");
    assert_eq!(r["priority"], "urgent");
    assert_eq!(r["payload"][0]["contentString"], preview.lines.join("\n"));
    let media: Vec<&str> = r["medium"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["coding"][0]["code"].as_str().unwrap())
        .collect();
    assert_eq!(media, ["PHONE", "SMSWRIT"]);
    // Reply by the end of her day (London, GMT in November).
    assert_eq!(r["occurrencePeriod"]["end"], "2026-11-24T00:00:00Z");

    // Their app confirms it opened it; then someone answers.
    let inbox = her_inbox(&got);
    let her = v.sharing_identity().unwrap();
    let envelope = requests[0].id.to_hex();
    maya.send(
        &her,
        &inbox,
        &item(
            "receipt-1",
            "receipt",
            &json!({"format": "alongside-receipt", "version": 1, "envelopes": [envelope]}),
        ),
    );
    sync(v, at("2026-11-23T09:05:00Z"));
    let received = &v.support_requests().unwrap()[0];
    assert_eq!(received.state, SupportRequestState::Received);
    assert_eq!(
        received.state_label,
        "Maya Okafor (specialist midwife) has received it."
    );
    // Her ledger says so too, from the same receipt.
    let line = request_line(v);
    assert_eq!(line.state, LedgerState::Received);
    assert_eq!(
        line.status_label,
        "Received by Maya Okafor (specialist midwife), Monday 23 November, 09:05"
    );

    maya.send(
        &her,
        &inbox,
        &item(
            "ack-1",
            "ack",
            &json!({"format": "alongside-ack", "version": 1, "envelopes": [envelope],
                    "message": "I'll text you at 10."}),
        ),
    );
    sync(v, monday_morning());
    let answered = &v.support_requests().unwrap()[0];
    assert_eq!(answered.state, SupportRequestState::Answered);
    assert_eq!(answered.answer.as_deref(), Some("I'll text you at 10."));
}

#[test]
fn sending_is_a_one_off_yes_named_in_her_ledger_and_shares_nothing_else() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    v.send_support_request(to_care(&maya.id), monday_morning()).unwrap();

    let ledger = v.share_ledger().unwrap();
    assert!(
        ledger.iter().any(|e| e.summary
            == "Request for support to Maya Okafor: Someone to talk to, Legal advice. You agreed to send this once."),
        "{ledger:#?}"
    );
    assert!(
        v.consent_grants().unwrap().is_empty(),
        "a one-off yes is not a standing agreement to share"
    );
    let before = v.sharing_pending().unwrap();
    v.add_appointment(draft("Key worker", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let m = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(v, &m, "2026-11-23", DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
    assert_eq!(
        v.sharing_pending().unwrap(),
        before,
        "her diary is not shared by a request"
    );

    // Her export keeps what she sent, as she saw it.
    let export: Value = serde_json::from_str(&v.export_json(monday_morning()).unwrap()).unwrap();
    let kept = &export["support_requests"][0];
    assert_eq!(kept["lines"][0], "I would like: Someone to talk to, Legal advice");
    assert_eq!(kept["state"], "waiting_to_send");
}

/// The ledger line of her (only) request for support.
fn request_line(v: &Vault) -> sharing::LedgerEntry {
    v.share_ledger()
        .unwrap()
        .into_iter()
        .find(|e| e.summary.starts_with("Request for support"))
        .expect("the request is in her ledger")
}

#[test]
fn a_request_she_took_back_shows_in_her_ledger_as_taken_back_not_as_stopped_sharing() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let r = v.send_support_request(to_care(&maya.id), monday_morning()).unwrap();
    assert_eq!(request_line(v).state, LedgerState::Waiting);
    v.cancel_support_request(r.id, at("2026-11-23T09:10:00Z")).unwrap();

    let line = request_line(v);
    assert_eq!(line.state, LedgerState::TakenBack);
    assert_eq!(
        line.status_label,
        "Taken back on Monday 23 November, 09:10, before it was sent."
    );
    assert!(line.withdrawn && line.sent_at.is_none());
    assert_eq!(
        line.agreement_label,
        "Your one-off yes to sending this, Monday 23 November"
    );
}

#[test]
fn a_request_can_be_taken_back_until_it_has_gone() {
    let World {
        relay: _relay,
        member: maya,
        tv,
        contact,
    } = paired_with_maya();
    let v = &tv.vault;
    let first = v.send_support_request(to_care(&contact.id), monday_morning()).unwrap();
    let cancelled = v.cancel_support_request(first.id.clone(), monday_morning()).unwrap();
    assert_eq!(cancelled.state, SupportRequestState::Cancelled);
    assert_eq!(v.sharing_pending().unwrap(), 0);
    sync(v, monday_morning());
    assert!(maya.pull(&[her_key(v)]).is_empty(), "nothing she took back was sent");

    // A later request still reaches her team: her hello goes with it.
    let second = v.send_support_request(to_care(&contact.id), monday_morning()).unwrap();
    sync(v, monday_morning());
    let kinds: Vec<String> = maya
        .pull(&[her_key(v)])
        .iter()
        .map(|o| o.item.kind.as_str().to_string())
        .collect();
    assert_eq!(kinds, ["hello", "support-request"]);
    let err = v.cancel_support_request(second.id, monday_morning());
    assert_invalid(err, "request");
}

#[test]
fn in_support_mode_a_baby_group_that_takes_requests_is_not_offered() {
    let tv = new_vault();
    let v = &tv.vault;
    let mut d = directory_support::directory(1);
    let key = sharing_support::member_key(0x35);
    d.services[0].requests = Some(sharing_support::invite_from(&key, "Baby group", "group", 5));
    d.services[0].baby_centred = true;
    d.services[1].requests = Some(sharing_support::invite_from(&key, "Advice line", "advice", 6));
    let (baby_group, advice) = (d.services[0].id.clone(), d.services[1].id.clone());
    directory_support::import(
        v,
        &directory_support::seal_with(&d, &directory_support::test_key()),
        monday_morning(),
    )
    .unwrap();
    let offered = |v: &Vault| -> Vec<String> {
        v.support_recipients()
            .unwrap()
            .into_iter()
            .filter_map(|o| match o.recipient {
                SupportRecipient::DirectoryService { service_id } => Some(service_id),
                _ => None,
            })
            .collect()
    };
    assert!(offered(v).contains(&baby_group), "offered while her baby is with her");
    v.set_baby_status(BabyStatus::TakenIntoCare, None, monday_morning())
        .unwrap();
    assert_eq!(offered(v), [advice]);
}

#[test]
fn a_service_in_the_signed_directory_receives_a_request_without_pairing_until_it_answers() {
    let mut relay = Relay::start(T0);
    let service = Member::new(0x33, &relay.url);
    let tv = new_vault();
    let v = &tv.vault;
    let mut d = directory_support::directory(1);
    d.services[0].requests = Some(service.invite("Family Rights Line", "advice service"));
    let service_id = d.services[0].id.clone();
    directory_support::import(
        v,
        &directory_support::seal_with(&d, &directory_support::test_key()),
        monday_morning(),
    )
    .unwrap();

    let options = v.support_recipients().unwrap();
    let found = options
        .iter()
        .find(|o| {
            o.recipient
                == SupportRecipient::DirectoryService {
                    service_id: service_id.clone(),
                }
        })
        .expect("the service is offered");
    assert!(found.from_directory);
    assert_eq!(
        options.iter().filter(|o| o.from_directory).count(),
        1,
        "only services that take requests"
    );
    assert!(
        v.care_contacts().unwrap().is_empty(),
        "a service is not shown as her care team"
    );

    v.send_support_request(request_to(found.recipient.clone()), monday_morning())
        .unwrap();
    assert_eq!(sync(v, monday_morning()).sent, 2);
    let got = service.pull(&[her_key(v)]);
    let kinds: Vec<&str> = got.iter().map(|o| o.item.kind.as_str()).collect();
    assert_eq!(kinds, ["hello", "support-request"]);

    // Until it is answered her phone asks the service's relay for replies; then it stops.
    relay.kill();
    assert!(sync(v, monday_morning()).offline, "still waiting for an answer");
    relay.restart(T0);
    let envelopes = json!({"format": "alongside-ack", "version": 1, "envelopes": [got[1].id.to_hex()]});
    let her = v.sharing_identity().unwrap();
    service.send(&her, &her_inbox(&got), &item("ack-1", "ack", &envelopes));
    let report = sync(v, at("2026-11-23T12:00:00Z"));
    assert_eq!(report.received, 1);
    assert!(
        report
            .summary
            .ends_with("1 new message about your request for support."),
        "a service is not her team: {}",
        report.summary
    );
    assert!(!report.summary.contains("your team"), "{}", report.summary);
    assert_eq!(v.support_requests().unwrap()[0].state, SupportRequestState::Answered);
    relay.kill();
    assert!(
        !sync(v, at("2026-11-23T12:00:00Z")).offline,
        "an answered request stops the asking"
    );
}

#[test]
fn a_request_to_a_service_whose_inbox_is_not_in_a_validly_signed_directory_is_refused() {
    let relay = Relay::start(T0);
    let service = Member::new(0x33, &relay.url);
    let tv = new_vault();
    let v = &tv.vault;
    // A valid directory where the service takes no requests.
    let plain = directory_support::directory(1);
    let service_id = plain.services[0].id.clone();
    directory_support::import(v, &directory_support::bundle(1), monday_morning()).unwrap();

    // Someone adds an inbox and signs with a key the app does not trust: refused.
    let mut forged = directory_support::directory(2);
    forged.services[0].requests = Some(service.invite("Family Rights Line", "advice service"));
    let stranger = alongside_protocol::keys::PublisherKey::from_seed(&[0x99; 32]);
    assert!(directory_support::import(v, &directory_support::seal_with(&forged, &stranger), monday_morning()).is_err());

    // An invite that was changed after it was signed makes the whole directory fail its checks.
    let mut tampered = directory_support::directory(2);
    let code = service.invite("Family Rights Line", "advice service");
    let mut chars: Vec<char> = code.chars().collect();
    let i = chars.len() - 5;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    tampered.services[0].requests = Some(chars.into_iter().collect());
    assert!(tampered.validate().iter().any(|p| p.field == "requests"));
    assert!(directory_support::import(
        v,
        &directory_support::seal_with(&tampered, &directory_support::test_key()),
        monday_morning()
    )
    .is_err());

    let refused = v.send_support_request(
        request_to(SupportRecipient::DirectoryService { service_id }),
        monday_morning(),
    );
    assert_invalid(refused, "recipient");
    assert!(v.support_recipients().unwrap().is_empty());
    assert_eq!(v.sharing_pending().unwrap(), 0);
    assert!(v.share_ledger().unwrap().is_empty(), "nothing was recorded as shared");
    sync(v, monday_morning());
    assert!(service.pull(&[her_key(v)]).is_empty());
}

#[test]
fn unclear_requests_are_refused_with_a_reason_and_change_nothing() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let base = to_care(&maya.id);
    let cases: Vec<(SupportRequestDraft, &str)> = vec![
        (
            SupportRequestDraft {
                needs: vec![],
                ..base.clone()
            },
            "needs",
        ),
        (
            SupportRequestDraft {
                methods: vec![],
                ..base.clone()
            },
            "contact",
        ),
        (
            SupportRequestDraft {
                phone: None,
                ..base.clone()
            },
            "phone",
        ),
        (
            SupportRequestDraft {
                phone: Some("call me".into()),
                ..base.clone()
            },
            "phone",
        ),
        (
            SupportRequestDraft {
                note: Some("x".repeat(501)),
                ..base.clone()
            },
            "note",
        ),
        (
            SupportRequestDraft {
                recipient: SupportRecipient::CareContact {
                    contact_id: "nobody".into(),
                },
                ..base.clone()
            },
            "",
        ),
    ];
    for (draft, field) in cases {
        let r = v.send_support_request(draft, monday_morning());
        if field.is_empty() {
            assert!(matches!(r, Err(AlongsideError::NotFound { .. })), "{r:?}");
        } else {
            assert_invalid(r, field);
        }
    }
    assert!(v.support_requests().unwrap().is_empty());
    assert!(v.share_ledger().unwrap().is_empty());
    // In person only needs no number.
    let in_person = SupportRequestDraft {
        methods: vec![ContactMethod::InPerson],
        phone: None,
        ..base
    };
    assert!(v.preview_support_request(in_person, monday_morning()).is_ok());
}

#[test]
fn a_contact_whose_keys_changed_gets_no_request_until_she_checks_again() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = v.add_care_contact(maya_invite(), monday_morning()).unwrap();
    let new_key = sharing_support::member_key(0x55);
    let changed = sharing_support::invite_from(&new_key, "Maya Okafor", "specialist midwife", 1);
    v.add_care_contact(changed, monday_morning()).unwrap();
    assert_invalid(v.send_support_request(to_care(&maya.id), monday_morning()), "recipient");
    assert!(v.support_recipients().unwrap().is_empty());
}

#[test]
fn nothing_about_her_baby_is_shared_unless_she_writes_it_in_a_request() {
    let World {
        relay: _relay,
        member: maya,
        tv,
        contact,
    } = paired_with_maya();
    let v = &tv.vault;
    v.add_appointment(draft("Family time", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    v.grant_consent(
        GrantDraft {
            contact_id: contact.id.clone(),
            categories: ShareCategory::STANDING.to_vec(),
            start_date: "2026-11-01".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        monday_morning(),
    )
    .unwrap();
    sync(v, monday_morning());
    maya.pull(&[her_key(v)]);

    let status = v
        .set_baby_status(BabyStatus::TakenIntoCare, Some("2026-11-20".into()), monday_morning())
        .unwrap();
    assert_eq!(v.sharing_pending().unwrap(), 0, "telling the app queues nothing");
    assert_eq!(sync(v, monday_morning()).sent, 0);
    assert!(maya.pull(&[her_key(v)]).is_empty());

    // A request carries what she chose, and nothing of her status.
    let mut d = to_care(&contact.id);
    d.needs = vec![SupportNeed::ChildrensServicesNextSteps];
    d.note = None;
    v.send_support_request(d, monday_morning()).unwrap();
    sync(v, monday_morning());
    let got = maya.pull(&[her_key(v)]);
    assert_eq!(got.len(), 1);
    let text = String::from_utf8(got[0].item.payload.clone()).unwrap();
    assert!(text.contains("Help understanding what happens next with children's services"));
    for never in [status.status_label.as_str(), "taken_into_care", "2026-11-20", "Since "] {
        assert!(!text.contains(never), "the request mentions {never:?}");
    }
}

#[test]
fn every_word_of_a_request_keeps_the_content_rules() {
    let World {
        relay: _relay,
        member: maya,
        tv,
        contact,
    } = paired_with_maya();
    let v = &tv.vault;
    let choices = support_request_choices();
    let mut words: Vec<String> = choices
        .needs
        .iter()
        .map(|c| c.label.clone())
        .chain(choices.methods.iter().map(|c| c.label.clone()))
        .chain(choices.safe_times.iter().map(|c| c.label.clone()))
        .chain(choices.urgencies.iter().map(|c| c.label.clone()))
        .collect();
    let mut every = to_care(&contact.id);
    every.needs = SupportNeed::ALL.to_vec();
    every.methods = ContactMethod::ALL.to_vec();
    every.note = None;
    let p = v.preview_support_request(every.clone(), monday_morning()).unwrap();
    words.extend(p.lines.iter().cloned().chain([p.heading, p.not_sent, p.consent]));
    words.extend(v.support_recipients().unwrap().into_iter().map(|r| r.description));

    // Each state's words, as she sees them.
    let taken_back = v.send_support_request(every.clone(), monday_morning()).unwrap();
    words.push(taken_back.state_label.clone());
    words.push(
        v.cancel_support_request(taken_back.id, monday_morning())
            .unwrap()
            .state_label,
    );
    v.send_support_request(every, monday_morning()).unwrap();
    sync(v, monday_morning());
    words.push(v.support_requests().unwrap()[0].state_label.clone());
    let got = maya.pull(&[her_key(v)]);
    let her = v.sharing_identity().unwrap();
    let request = got.iter().find(|o| o.item.kind.as_str() == "support-request").unwrap();
    let envelopes = json!({"format": "alongside-ack", "version": 1, "envelopes": [request.id.to_hex()]});
    maya.send(&her, &her_inbox(&got), &item("receipt-1", "receipt", &envelopes));
    sync(v, monday_morning());
    words.push(v.support_requests().unwrap()[0].state_label.clone());
    maya.send(&her, &her_inbox(&got), &item("ack-1", "ack", &envelopes));
    sync(v, monday_morning());
    words.push(v.support_requests().unwrap()[0].state_label.clone());
    words.extend(v.share_ledger().unwrap().into_iter().map(|e| e.summary));

    assert!(words.len() >= 35, "only {} pieces of text", words.len());
    for text in &words {
        let found = alongside_core::content::forbidden_terms_in(text);
        assert!(found.is_empty(), "{found:?} in: {text}");
        assert!(!text.contains('{'), "an unfilled placeholder in: {text}");
    }
}
