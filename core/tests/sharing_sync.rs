//! Sharing end to end, against a real relay process on loopback: what she agreed to
//! arrives once, sealed so the relay never sees it; nothing goes without a grant;
//! stopping a grant drops what the relay still holds; a relay that dies mid-sync loses
//! nothing; her team's replies reach her, and only from paired keys.

mod common;
mod sharing_support;

use alongside_core::sharing::sync::{SyncListener, SyncProgress};
use alongside_core::sharing::{GrantDraft, LedgerState, ShareCategory, SharePurpose};
use alongside_core::*;
use common::*;
use serde_json::json;
use sharing_support::no_batch_proxy::NoBatchProxy;
use sharing_support::relay::Relay;
use sharing_support::{item, Member};
use std::sync::{Arc, Mutex};

const T0: &str = "2026-11-23T09:00:00Z";
const MARKER: &str = "PLAINTEXT-MARKER-Key-worker";

#[derive(Default)]
struct Recorder(Mutex<Vec<SyncProgress>>);

impl SyncListener for Recorder {
    fn progress(&self, progress: SyncProgress) {
        self.0.lock().unwrap().push(progress);
    }
}

fn sync(v: &Vault, now: std::time::SystemTime) -> sharing::sync::SyncReport {
    v.sync_now(now, Arc::new(Recorder::default())).expect("sync runs")
}

fn background(v: &Vault, now: std::time::SystemTime) -> sharing::sync::SyncReport {
    v.sync_in_background(now, Arc::new(Recorder::default()))
        .expect("sync runs")
}

fn grant(v: &Vault, contact: &str, categories: Vec<ShareCategory>) -> String {
    v.grant_consent(
        GrantDraft {
            contact_id: contact.into(),
            categories,
            start_date: "2026-11-01".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        monday_morning(),
    )
    .unwrap()
    .id
}

struct World {
    relay: Relay,
    maya: Member,
    tv: TestVault,
    contact: String,
}

fn world() -> World {
    world_on(Relay::start(T0))
}

fn world_on(relay: Relay) -> World {
    let maya = Member::new(0x11, &relay.url);
    let tv = new_vault();
    let contact = tv
        .vault
        .add_care_contact(maya.invite("Maya Okafor", "specialist midwife"), monday_morning())
        .unwrap()
        .id;
    World {
        relay,
        maya,
        tv,
        contact,
    }
}

fn her_key(v: &Vault) -> alongside_protocol::keys::PublicKey {
    v.sharing_identity().unwrap().signing
}

#[test]
fn what_she_agreed_to_arrives_once_and_the_relay_never_sees_it_in_the_clear() {
    arrives_once_and_never_in_the_clear(world());
}

#[test]
fn on_postgresql_too_the_relay_never_sees_what_she_shares_in_the_clear() {
    // tests/run starts a PostgreSQL cluster and sets this; by hand, see README.
    let Ok(base) = std::env::var("ALONGSIDE_TEST_POSTGRES") else {
        eprintln!("skipped: ALONGSIDE_TEST_POSTGRES is not set");
        return;
    };
    arrives_once_and_never_in_the_clear(world_on(Relay::start_on_postgres(T0, &base)));
}

fn arrives_once_and_never_in_the_clear(w: World) {
    let v = &w.tv.vault;
    v.add_appointment(draft(MARKER, "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let m = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(v, &m, "2026-11-23", DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
    grant(v, &w.contact, vec![ShareCategory::Appointments]);
    let queued = v.sharing_pending().unwrap();

    let recorder = Arc::new(Recorder::default());
    let report = v.sync_now(monday_morning(), recorder.clone()).unwrap();
    assert_eq!(report.sent, queued);
    assert_eq!(report.waiting, 0);
    assert!(!report.offline);
    assert_eq!(recorder.0.lock().unwrap().last().map(|p| p.sent), Some(queued));
    assert!(v
        .share_ledger()
        .unwrap()
        .iter()
        .all(|e| e.state == LedgerState::Sent && e.status_label == "Sent Monday 23 November, 09:00"));

    // While the sealed envelopes wait at the relay, and again after they are collected.
    assert_no_plaintext(&w.relay);
    let got = w.maya.pull(&[her_key(v)]);
    let kinds: Vec<&str> = got.iter().map(|o| o.item.kind.as_str()).collect();
    assert_eq!(kinds, ["hello", "patient", "consent", "appointment"]);
    let appointment: serde_json::Value = serde_json::from_slice(&got[3].item.payload).unwrap();
    assert_eq!(appointment["resourceType"], "Appointment");
    assert_eq!(appointment["description"], MARKER);
    assert!(!kinds.contains(&"dose") && !kinds.contains(&"medicine"));

    // Nothing is sent twice, and the relay's files hold no plaintext.
    assert_eq!(sync(v, monday_morning()).sent, 0);
    assert!(w.maya.pull(&[her_key(v)]).is_empty());
    assert_no_plaintext(&w.relay);
}

fn assert_no_plaintext(relay: &Relay) {
    let stored = relay.stored_bytes();
    assert!(stored.len() > 1000, "the scan sees the relay's data");
    for marker in [
        MARKER.as_bytes(),
        b"Appointment",
        b"Maya Okafor",
        b"Methadone",
        b"\"Patient\"",
    ] {
        assert!(
            !stored.windows(marker.len()).any(|x| x == marker),
            "the relay stored {:?} in the clear",
            String::from_utf8_lossy(marker)
        );
    }
}

#[test]
fn a_phone_with_no_grant_never_contacts_the_relay() {
    // A "relay" that only records whether anyone connected.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let maya = sharing_support::member_key(0x11);
    let invite = alongside_protocol::invite::Invite {
        relay_url: url,
        inbox: alongside_protocol::envelope::InboxId([1; 16]),
        member: maya.identity(),
        display_name: "Maya Okafor".into(),
        role: "specialist midwife".into(),
        created_at: jiff::Timestamp::from_second(1_795_424_400).unwrap(),
    }
    .encode(&maya)
    .unwrap();
    let tv = new_vault();
    let v = &tv.vault;
    v.add_care_contact(invite, monday_morning()).unwrap();
    v.add_appointment(draft(MARKER, "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let report = sync(v, monday_morning());
    assert_eq!((report.sent, report.waiting), (0, 0));
    assert!(listener.accept().is_err(), "no connection was made to the relay");
}

#[test]
fn a_relay_that_dies_mid_sync_loses_nothing_and_sends_nothing_twice() {
    let mut w = world();
    let v = &w.tv.vault;
    for day in 24..30 {
        v.add_appointment(
            draft(&format!("Visit {day}"), &format!("2026-11-{day}T10:00")),
            monday_morning(),
        )
        .unwrap();
    }
    grant(v, &w.contact, vec![ShareCategory::Appointments]);
    let queued = v.sharing_pending().unwrap();

    w.relay.kill();
    let offline = sync(v, monday_morning());
    assert!(offline.offline);
    assert_eq!(offline.sent, 0);
    assert_eq!(offline.waiting, queued);
    assert!(
        offline.summary.contains("waiting and will go when you are online"),
        "{}",
        offline.summary
    );

    w.relay.restart(T0);
    // Before the retry time an automatic retry tries nothing; after it, everything goes.
    assert_eq!(background(v, at("2026-11-23T09:00:10Z")).sent, 0);
    let later = background(v, at("2026-11-23T10:00:00Z"));
    assert_eq!(later.sent, queued);
    assert_eq!(later.waiting, 0);

    // A change after the first delivery goes as a new version of the same item.
    let first = v
        .appointments_between("2026-11-24".into(), "2026-11-24".into())
        .unwrap();
    v.set_appointment_status(
        first[0].appointment_id.clone(),
        0,
        AppointmentStatus::Cancelled,
        at("2026-11-23T10:00:00Z"),
    )
    .unwrap();
    assert_eq!(sync(v, at("2026-11-23T10:00:00Z")).sent, 1);

    let got = w.maya.pull(&[her_key(v)]);
    let mut ids: Vec<(String, u64)> = got.iter().map(|o| (o.item.id.clone(), o.item.version)).collect();
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total, "every envelope arrived once");
    assert_eq!(total as u32, queued + 1);
    // Latest version wins for the cancelled visit.
    let cancelled = got
        .iter()
        .filter(|o| o.item.kind.as_str() == "appointment")
        .max_by_key(|o| o.item.version)
        .unwrap();
    assert_eq!(cancelled.item.version, 2);
    let r: serde_json::Value = serde_json::from_slice(&cancelled.item.payload).unwrap();
    assert_eq!(r["status"], "cancelled");
}

#[test]
fn send_now_goes_at_once_after_failed_syncs_while_an_automatic_retry_still_waits() {
    let mut w = world();
    let v = &w.tv.vault;
    v.add_appointment(draft(MARKER, "2026-11-24T10:00"), monday_morning())
        .unwrap();
    grant(v, &w.contact, vec![ShareCategory::Appointments]);
    let queued = v.sharing_pending().unwrap();

    // A morning with no signal: automatic retries fail, and each waits longer than the last.
    w.relay.kill();
    let mut t = jiff::Timestamp::from_second(1_795_424_400).unwrap(); // 09:00 UTC
    for _ in 0..8 {
        assert!(background(v, t.into()).offline);
        t = t.checked_add(jiff::SignedDuration::from_mins(65)).unwrap();
    }
    let last_failure = t.checked_sub(jiff::SignedDuration::from_mins(65)).unwrap();
    assert!(sync(v, last_failure.into()).offline, "she tried too");

    // Signal comes back five minutes later: the backoff now says an hour.
    w.relay.restart(T0);
    let back: std::time::SystemTime = last_failure
        .checked_add(jiff::SignedDuration::from_mins(5))
        .unwrap()
        .into();
    let automatic = background(v, back);
    assert_eq!(
        (automatic.sent, automatic.waiting),
        (0, queued),
        "an automatic retry waits its turn"
    );

    let asked = sync(v, back);
    assert_eq!(
        (asked.sent, asked.waiting, asked.offline),
        (queued, 0, false),
        "Send now goes now"
    );
    let got = w.maya.pull(&[her_key(v)]);
    assert_eq!(got.len() as u32, queued, "each item arrived once");
    assert_eq!(sync(v, back).sent, 0);
}

#[test]
fn a_relay_that_cannot_take_batches_still_gets_everything_one_at_a_time() {
    // A relay from before batched puts: `POST /v1/envelopes` is "no such route" there.
    let relay = Relay::start(T0);
    let proxy = NoBatchProxy::start(&relay.url);
    let maya = Member::new(0x11, &proxy.url);
    let tv = new_vault();
    let v = &tv.vault;
    let contact = v
        .add_care_contact(maya.invite("Maya Okafor", "specialist midwife"), monday_morning())
        .unwrap()
        .id;
    // More than one batch's worth (64), so the phone tries batching more than once.
    for day in 24..31 {
        for hour in 8..18 {
            v.add_appointment(
                draft(&format!("Visit {day} {hour}"), &format!("2026-11-{day}T{hour:02}:00")),
                monday_morning(),
            )
            .unwrap();
        }
    }
    grant(v, &contact, vec![ShareCategory::Appointments]);
    let queued = v.sharing_pending().unwrap();
    assert!(queued > 64, "{queued} items queued");

    let report = sync(v, monday_morning());
    assert_eq!((report.sent, report.waiting, report.offline), (queued, 0, false));
    let seen = proxy.seen();
    let batches = seen.iter().filter(|r| *r == "POST /v1/envelopes").count();
    let singles = seen
        .iter()
        .filter(|r| r.starts_with("PUT /v1/inboxes/") && r.contains("/envelopes/"))
        .count();
    assert_eq!(batches, 2, "each batch was tried once: {seen:?}");
    assert_eq!(singles as u32, queued, "then each envelope went alone");

    // Nothing is sent twice, and the team gets every item once.
    assert_eq!(sync(v, at("2026-11-23T10:00:00Z")).sent, 0);
    let again = proxy.seen()[seen.len()..].to_vec();
    assert!(
        !again.iter().any(|r| r.contains("/envelopes") && !r.starts_with("GET")),
        "a second sync put nothing: {again:?}"
    );
    let got = maya.pull(&[her_key(v)]);
    let mut ids: Vec<String> = got.iter().map(|o| o.item.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), got.len(), "every item arrived once");
    assert_eq!(got.len() as u32, queued);
}

#[test]
fn stopping_a_grant_drops_what_the_relay_still_holds_and_tells_the_team() {
    let w = world();
    let v = &w.tv.vault;
    v.add_appointment(draft(MARKER, "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let g = grant(v, &w.contact, vec![ShareCategory::Appointments]);
    let sent = sync(v, monday_morning()).sent;
    assert!(sent >= 3);

    // Maya has not pulled yet when she stops sharing.
    v.revoke_consent(g, monday_morning()).unwrap();
    let report = sync(v, monday_morning());
    assert_eq!(report.sent, 1, "the stopped consent");
    assert_eq!(
        report.withdrawn_at_relay,
        sent - 2,
        "all but her hello and the first consent, which the team keeps"
    );

    // Her hello stays, so the team can still open the stopped consent (and anything she
    // agrees to later).
    let got = w.maya.pull(&[her_key(v)]);
    let kinds: Vec<&str> = got.iter().map(|o| o.item.kind.as_str()).collect();
    assert_eq!(kinds, ["hello", "consent", "consent"], "{kinds:?}");
    let last: serde_json::Value = serde_json::from_slice(&got[2].item.payload).unwrap();
    assert_eq!(last["status"], "inactive");

    // Later changes are not sent.
    v.add_appointment(draft("Review", "2026-11-26T10:00"), monday_morning())
        .unwrap();
    assert_eq!(sync(v, monday_morning()).sent, 0);
}

#[test]
fn her_ledger_says_what_reached_the_team_and_what_the_relay_dropped_when_she_stopped() {
    let w = world();
    let v = &w.tv.vault;
    v.add_appointment(draft("Key worker check-in", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let g = grant(v, &w.contact, vec![ShareCategory::Appointments]);
    sync(v, monday_morning());
    // Maya collects the first appointment and says it arrived.
    let got = w.maya.pull(&[her_key(v)]);
    let first = got.iter().find(|o| o.item.kind.as_str() == "appointment").unwrap();
    let her = v.sharing_identity().unwrap();
    let hello: serde_json::Value = serde_json::from_slice(&got[0].item.payload).unwrap();
    w.maya.send(
        &her,
        hello["inbox"].as_str().unwrap(),
        &item(
            "ack-1",
            "ack",
            &json!({ "format": "alongside-ack", "version": 1, "envelopes": [first.id.to_hex()] }),
        ),
    );

    // A second one reaches the relay, but she stops sharing before Maya collects it.
    v.add_appointment(draft("Review", "2026-11-26T10:00"), at("2026-11-23T09:30:00Z"))
        .unwrap();
    sync(v, at("2026-11-23T09:30:00Z"));
    v.revoke_consent(g.clone(), at("2026-11-23T10:00:00Z")).unwrap();
    let report = sync(v, at("2026-11-23T10:05:00Z"));
    assert_eq!(report.withdrawn_at_relay, 1);

    let ledger = v.share_ledger().unwrap();
    let line = |start: &str| ledger.iter().find(|e| e.summary.starts_with(start)).unwrap();
    let review = line("Appointment: Review");
    assert_eq!(review.state, LedgerState::NeverDelivered);
    assert_eq!(
        review.status_label,
        "Never delivered: on Monday 23 November, 10:05 you stopped sharing before Maya Okafor \
         (specialist midwife) collected it, so it was deleted."
    );
    assert!(review.sent_at.is_some() && !review.withdrawn);
    let check_in = line("Appointment: Key worker check-in");
    assert_eq!(check_in.state, LedgerState::Received);
    assert_eq!(
        check_in.status_label,
        "Received by Maya Okafor (specialist midwife), Monday 23 November, 09:30"
    );
    let stopped = line("You stopped sharing");
    assert_eq!(stopped.state, LedgerState::Sent);
    assert_eq!(stopped.status_label, "Sent Monday 23 November, 10:05");
    assert!(ledger.iter().all(|e| e.grant_id == g));
    assert!(ledger
        .iter()
        .all(|e| e.agreement_label
            == "Under your agreement of Monday 23 November: Appointments (not Social worker, Family time, Court or legal)"));
}

#[test]
fn an_appointment_changed_to_family_time_is_taken_back_from_the_team_and_never_sent_as_family_time() {
    let w = world();
    let v = &w.tv.vault;
    let id = v
        .add_appointment(draft("Meeting", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    grant(v, &w.contact, vec![ShareCategory::Appointments]);
    sync(v, monday_morning());
    let got = w.maya.pull(&[her_key(v)]);
    // Her consent tells the team, in FHIR terms, which kinds it leaves out.
    let consent = got.iter().find(|o| o.item.kind.as_str() == "consent").unwrap();
    let consent: serde_json::Value = serde_json::from_slice(&consent.item.payload).unwrap();
    assert_eq!(
        consent["provision"]["provision"][0]["code"],
        json!([{ "text": "Social worker" }, { "text": "Family time" }, { "text": "Court or legal" }])
    );
    let first = got.iter().find(|o| o.item.kind.as_str() == "appointment").unwrap();
    assert_eq!(first.item.version, 1);

    let mut family_time = draft("Family time with Ava at the contact centre", "2026-11-24T10:00");
    family_time.kind = AppointmentKind::FamilyTime;
    v.edit_appointment(id.clone(), family_time, at("2026-11-23T10:00:00Z"))
        .unwrap();
    assert_eq!(sync(v, at("2026-11-23T10:00:00Z")).sent, 1);
    let got = w.maya.pull(&[her_key(v)]);
    assert_eq!(got.len(), 1);
    assert!(got[0].item.is_tombstone(), "the team is told to remove it");
    assert_eq!(
        (got[0].item.id.as_str(), got[0].item.version),
        (first.item.id.as_str(), 2)
    );
    assert!(
        got[0].item.payload.is_empty(),
        "nothing of the family time goes with it"
    );

    v.edit_appointment(id, draft("Midwife", "2026-11-24T10:00"), at("2026-11-23T11:00:00Z"))
        .unwrap();
    sync(v, at("2026-11-23T11:00:00Z"));
    let got = w.maya.pull(&[her_key(v)]);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].item.version, 3,
        "a newer version than the removal, so it shows again"
    );
    let r: serde_json::Value = serde_json::from_slice(&got[0].item.payload).unwrap();
    assert_eq!(r["description"], "Midwife");
}

#[test]
fn her_team_can_acknowledge_and_propose_an_appointment_she_accepts() {
    let w = world();
    let v = &w.tv.vault;
    v.add_appointment(draft(MARKER, "2026-11-24T10:00"), monday_morning())
        .unwrap();
    grant(v, &w.contact, vec![ShareCategory::Appointments]);
    sync(v, monday_morning());
    let got = w.maya.pull(&[her_key(v)]);

    // The hello says where to reply.
    let hello: serde_json::Value = serde_json::from_slice(&got[0].item.payload).unwrap();
    let her_inbox = hello["inbox"].as_str().unwrap().to_string();
    let her = v.sharing_identity().unwrap();
    assert_eq!(hello["sealing_key"], her.sealing.to_base64());

    let ids: Vec<String> = got.iter().map(|o| o.id.to_hex()).collect();
    w.maya.send(
        &her,
        &her_inbox,
        &item(
            "ack-1",
            "ack",
            &json!({ "format": "alongside-ack", "version": 1, "envelopes": ids }),
        ),
    );
    w.maya.send(
        &her,
        &her_inbox,
        &item(
            "proposal-1",
            "appointment-proposal",
            &json!({
                "resourceType": "Appointment", "status": "proposed", "description": "Postnatal check",
                "start": "2026-12-01T10:00:00Z", "end": "2026-12-01T10:30:00Z",
                "participant": [{ "actor": { "display": "Maya Okafor" }, "status": "accepted" }],
            }),
        ),
    );
    // A stranger's message to her inbox is dropped.
    let stranger = Member::new(0x42, &w.relay.url);
    stranger.send(
        &her,
        &her_inbox,
        &item(
            "proposal-x",
            "appointment-proposal",
            &json!({ "resourceType": "Appointment", "status": "proposed", "description": "Come alone",
                     "start": "2026-12-02T10:00:00Z", "end": "2026-12-02T10:30:00Z" }),
        ),
    );

    let report = sync(v, at("2026-11-23T12:00:00Z"));
    assert_eq!(report.received, 2);
    assert!(v
        .share_ledger()
        .unwrap()
        .iter()
        .all(|e| e.status_label == "Received by Maya Okafor (specialist midwife), Monday 23 November, 12:00"));
    let messages = v.care_team_messages().unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(
        messages[0].summary,
        "Maya Okafor (specialist midwife) suggests: Postnatal check, Tuesday 1 December, 10:00 to 10:30"
    );
    let id = v
        .accept_appointment_proposal(messages[0].message_id.clone(), at("2026-11-23T12:00:00Z"))
        .unwrap();
    let a = v.appointment(id).unwrap();
    assert_eq!(a.title, "Postnatal check");
    assert_eq!(a.start, "2026-12-01T10:00");
    assert_eq!(a.with_whom.as_deref(), Some("Maya Okafor (specialist midwife)"));
    assert!(v.care_team_messages().unwrap().is_empty());
    // Seen twice, stored once.
    assert_eq!(sync(v, at("2026-11-23T12:05:00Z")).received, 0);
}

/// Kills the relay the first time a batch is reported sent.
struct KillAfterFirstBatch(Mutex<Option<Relay>>, Mutex<bool>);

impl SyncListener for KillAfterFirstBatch {
    fn progress(&self, _: SyncProgress) {
        let mut done = self.1.lock().unwrap();
        if !*done {
            if let Some(r) = self.0.lock().unwrap().as_mut() {
                r.kill();
            }
            *done = true;
        }
    }
}

#[test]
fn a_relay_killed_in_the_middle_of_a_sync_gets_the_rest_later_and_nothing_twice() {
    let w = world();
    let v = &w.tv.vault;
    for i in 0..120 {
        let day = 24 + i % 6;
        let hour = 8 + (i / 6) % 12;
        let minute = if i / 6 >= 12 { 30 } else { 0 };
        v.add_appointment(
            draft(&format!("Visit {i}"), &format!("2026-11-{day}T{hour:02}:{minute:02}")),
            monday_morning(),
        )
        .unwrap();
    }
    grant(v, &w.contact, vec![ShareCategory::Appointments]);
    let queued = v.sharing_pending().unwrap();
    let maya = w.maya;
    let killer = Arc::new(KillAfterFirstBatch(Mutex::new(Some(w.relay)), Mutex::new(false)));
    let first = v.sync_now(monday_morning(), killer.clone()).unwrap();
    assert!(first.offline, "the relay died during the sync");
    assert!(first.sent > 0 && first.sent < queued, "{first:?}");
    assert_eq!(first.sent + first.waiting, queued);

    killer.0.lock().unwrap().as_mut().unwrap().restart(T0);
    let rest = sync(v, at("2026-11-23T10:00:00Z"));
    assert_eq!(rest.sent, first.waiting);
    assert_eq!(rest.waiting, 0);

    let got = maya.pull(&[her_key(v)]);
    let mut ids: Vec<String> = got.iter().map(|o| o.item.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(got.len() as u32, queued, "every item arrived");
    assert_eq!(ids.len() as u32, queued, "and none twice");
}
