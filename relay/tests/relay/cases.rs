//! The relay's behaviour, one function per case, each run against both backends.

use alongside_protocol::relay_api::{PullResponse, MAX_ENVELOPE_BYTES};
use alongside_relay::client::{ClientError, RelayClient};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::SigningKey;
use reqwest::Method;

use crate::harness::{Backend, Relay};

const TEAM: u8 = 1;
const HER: u8 = 2;
const STRANGER: u8 = 3;

fn refused_with(result: Result<impl std::fmt::Debug, ClientError>, status: u16) {
    match result {
        Err(e) => assert_eq!(e.status(), Some(status), "{e:?}"),
        Ok(v) => panic!("expected {status}, got {v:?}"),
    }
}

/// A relay with an inbox registered by the care-team device; returns (relay, team, her).
fn with_inbox(backend: &Backend, args: &[&str]) -> (Relay, RelayClient<SigningKey>, RelayClient<SigningKey>) {
    let relay = Relay::start(backend, args);
    let mut team = relay.client(TEAM);
    let created = team.register_inbox("inbox-a").unwrap();
    assert!(created.created);
    let her = relay.client(HER);
    (relay, team, her)
}

fn ids(page: &PullResponse) -> Vec<String> {
    page.envelopes.iter().map(|e| e.id.clone()).collect()
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

pub fn putting_the_same_envelope_twice_stores_it_once(backend: &Backend) {
    let (relay, mut team, mut her) = with_inbox(backend, &[]);
    let first = her.put("inbox-a", "env-1", b"sealed bytes \x00\xff").unwrap();
    assert!(first.stored);
    let again = her.put("inbox-a", "env-1", b"sealed bytes \x00\xff").unwrap();
    assert!(!again.stored, "a repeated put is a no-op");
    let raw = her
        .send_signed(Method::PUT, "/v1/inboxes/inbox-a/envelopes/env-1", b"x".to_vec())
        .unwrap();
    assert_eq!(raw.status, 200);
    refused_with(relay.client(STRANGER).put("inbox-a", "env-1", b"other"), 409);

    let page = team.pull("inbox-a", None, None).unwrap();
    assert_eq!(ids(&page), ["env-1"]);
    assert_eq!(page.envelopes[0].body_bytes().unwrap(), b"sealed bytes \x00\xff");
    assert_eq!(page.envelopes[0].received_day, "2026-11-21");
    assert!(!page.more);
    assert!(
        !team.register_inbox("inbox-a").unwrap().created,
        "registering again is a no-op"
    );
}

pub fn an_envelope_over_256_kib_is_refused_with_413(backend: &Backend) {
    let (_relay, mut team, mut her) = with_inbox(backend, &[]);
    let just_fits = vec![7u8; MAX_ENVELOPE_BYTES];
    assert!(her.put("inbox-a", "big", &just_fits).unwrap().stored);
    let too_big = vec![7u8; MAX_ENVELOPE_BYTES + 1];
    refused_with(her.put("inbox-a", "too-big", &too_big), 413);
    refused_with(her.put("inbox-a", "empty", b""), 400);
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["big"]);
}

pub fn pulls_page_through_an_inbox_by_cursor_and_limit(backend: &Backend) {
    let (_relay, mut team, mut her) = with_inbox(backend, &[]);
    for i in 0..7 {
        her.put("inbox-a", &format!("e{i}"), format!("body {i}").as_bytes())
            .unwrap();
    }
    let p1 = team.pull("inbox-a", None, Some(3)).unwrap();
    assert_eq!(ids(&p1), ["e0", "e1", "e2"]);
    assert!(p1.more);
    let p2 = team.pull("inbox-a", p1.next_cursor.as_deref(), Some(3)).unwrap();
    assert_eq!(ids(&p2), ["e3", "e4", "e5"]);
    assert!(p2.more);
    let p3 = team.pull("inbox-a", p2.next_cursor.as_deref(), Some(3)).unwrap();
    assert_eq!(ids(&p3), ["e6"]);
    assert!(!p3.more);
    let p4 = team.pull("inbox-a", p3.next_cursor.as_deref(), Some(3)).unwrap();
    assert!(p4.envelopes.is_empty());
    assert_eq!(p4.next_cursor, p3.next_cursor, "an empty page keeps the cursor");
    refused_with(team.pull("inbox-a", Some("-1"), None), 400);
    refused_with(team.pull("inbox-a", Some("abc"), None), 400);
    refused_with(team.pull("inbox-a", None, Some(0)), 400);
    refused_with(team.pull("inbox-a", None, Some(501)), 400);
}

pub fn an_ack_deletes_the_envelopes_it_names(backend: &Backend) {
    let (mut relay, mut team, mut her) = with_inbox(backend, &[]);
    for (id, body) in [
        ("a1", "MARKER-ACKED-ONE"),
        ("a2", "MARKER-ACKED-TWO"),
        ("a3", "MARKER-KEPT"),
    ] {
        her.put("inbox-a", id, body.as_bytes()).unwrap();
    }
    let acked = team.ack("inbox-a", &strings(&["a1", "a2", "a2", "unknown"])).unwrap();
    assert_eq!(acked.deleted, 2);
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["a3"]);
    assert_eq!(team.ack("inbox-a", &strings(&["a1"])).unwrap().deleted, 0);
    assert!(
        !her.put("inbox-a", "a1", b"MARKER-ACKED-ONE").unwrap().stored,
        "a put after delivery stays a no-op"
    );
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["a3"]);
    relay.stop();
    assert!(!relay.storage_contains(b"MARKER-ACKED-ONE"));
    assert!(!relay.storage_contains(b"MARKER-ACKED-TWO"));
    assert!(relay.storage_contains(b"MARKER-KEPT"));
}

pub fn only_the_sender_can_purge_and_only_what_is_undelivered(backend: &Backend) {
    let (relay, mut team, mut her) = with_inbox(backend, &[]);
    for id in ["p1", "p2", "p3"] {
        her.put("inbox-a", id, id.as_bytes()).unwrap();
    }
    team.ack("inbox-a", &strings(&["p1"])).unwrap();
    let by_stranger = relay.client(STRANGER).purge(&strings(&["p2", "p3"])).unwrap();
    assert_eq!(by_stranger.refused, ["p2", "p3"]);
    assert!(by_stranger.purged.is_empty());
    let by_team = team.purge(&strings(&["p2"])).unwrap();
    assert_eq!(by_team.refused, ["p2"], "the recipient cannot purge either");

    let by_her = her.purge(&strings(&["p1", "p2", "nope"])).unwrap();
    assert_eq!(by_her.purged, ["p2"]);
    assert_eq!(by_her.delivered, ["p1"]);
    assert_eq!(by_her.refused, ["nope"]);
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["p3"]);
    assert_eq!(
        her.purge(&strings(&["p2"])).unwrap().refused,
        ["p2"],
        "purged once is gone"
    );
}

pub fn a_replayed_foreign_forged_or_expired_challenge_is_refused(backend: &Backend) {
    let (mut relay, _team, mut her) = with_inbox(backend, &[]);
    let path = "/v1/inboxes/inbox-a/envelopes/r1";
    let auth = her.sign(&Method::PUT, path, b"once").unwrap();
    let first = her.send_raw(Method::PUT, path, b"once".to_vec(), Some(&auth)).unwrap();
    assert_eq!(first.status, 201);
    let replay = her.send_raw(Method::PUT, path, b"once".to_vec(), Some(&auth)).unwrap();
    assert_eq!(replay.status, 401, "a replayed request is refused");

    // A nonce issued to another device cannot be spent by this one.
    let mut stranger = relay.client(STRANGER);
    let theirs = stranger.sign(&Method::PUT, path, b"x").unwrap();
    let mine = alongside_protocol::relay_api::sign_request(her.signer(), &theirs.nonce, "PUT", path, b"x");
    assert_eq!(
        her.send_raw(Method::PUT, path, b"x".to_vec(), Some(&mine))
            .unwrap()
            .status,
        401
    );

    // A signature over another path, or none at all.
    let other = her
        .sign(&Method::PUT, "/v1/inboxes/inbox-a/envelopes/r2", b"x")
        .unwrap();
    assert_eq!(
        her.send_raw(Method::PUT, path, b"x".to_vec(), Some(&other))
            .unwrap()
            .status,
        401
    );
    assert_eq!(
        her.send_raw(Method::PUT, path, b"x".to_vec(), None).unwrap().status,
        401
    );

    // A nonce older than 60 seconds.
    let fresh = her.challenge(1).unwrap();
    assert_eq!(fresh.expires_in_seconds, 60);
    relay.restart("2026-11-21T10:01:01Z", &[]);
    let late = alongside_protocol::relay_api::sign_request(her.signer(), &fresh.nonces[0], "PUT", path, b"x");
    let her = relay.client(HER);
    assert_eq!(
        her.send_raw(Method::PUT, path, b"x".to_vec(), Some(&late))
            .unwrap()
            .status,
        401
    );
}

pub fn another_devices_inbox_cannot_be_read_acked_or_taken(backend: &Backend) {
    let (relay, mut team, mut her) = with_inbox(backend, &[]);
    her.put("inbox-a", "x1", b"for the team").unwrap();
    let mut stranger = relay.client(STRANGER);
    refused_with(stranger.pull("inbox-a", None, None), 403);
    refused_with(stranger.ack("inbox-a", &strings(&["x1"])), 403);
    refused_with(stranger.register_inbox("inbox-a"), 403);
    refused_with(her.pull("inbox-a", None, None), 403);
    refused_with(stranger.pull("no-such-inbox", None, None), 404);
    refused_with(her.put("no-such-inbox", "x2", b"lost"), 404);
    refused_with(her.put("bad/id", "x2", b"lost"), 404);
    refused_with(her.put("inbox-a", "bad id", b"lost"), 400);
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["x1"]);
}

pub fn undelivered_envelopes_expire_after_30_days(backend: &Backend) {
    let (mut relay, _team, mut her) = with_inbox(backend, &[]);
    her.put("inbox-a", "old", b"waiting").unwrap();
    relay.restart("2026-12-20T23:59:59Z", &[]);
    let mut team = relay.client(TEAM);
    assert_eq!(
        ids(&team.pull("inbox-a", None, None).unwrap()),
        ["old"],
        "still there on day 29"
    );
    relay.restart("2026-12-21T00:00:00Z", &[]);
    let mut team = relay.client(TEAM);
    assert!(
        team.pull("inbox-a", None, None).unwrap().envelopes.is_empty(),
        "gone on day 30"
    );
    let mut her = relay.client(HER);
    assert_eq!(her.purge(&strings(&["old"])).unwrap().refused, ["old"]);
    assert!(
        her.put("inbox-a", "new", b"fresh").unwrap().stored,
        "expiry frees the sender's quota"
    );
    relay.restart("2026-12-21T00:00:00Z", &["--expiry-days", "1"]);
    let mut her = relay.client(HER);
    her.put("inbox-a", "short", b"brief").unwrap();
    relay.restart("2026-12-22T00:00:00Z", &["--expiry-days", "1"]);
    let mut team = relay.client(TEAM);
    let left = ids(&team.pull("inbox-a", None, None).unwrap());
    assert_eq!(left, ["new"], "--expiry-days 1 drops the newer envelope after one day");
}

pub fn a_device_over_its_rate_limit_or_quota_gets_429(backend: &Backend) {
    let relay = Relay::start(backend, &["--rate-per-minute", "1", "--burst", "4"]);
    let mut team = relay.client(TEAM);
    team.register_inbox("inbox-a").unwrap(); // 1 of 4: the challenge has a bucket of its own
    for _ in 0..3 {
        team.pull("inbox-a", None, None).unwrap(); // 2, 3, 4
    }
    let limited = team
        .send_signed(Method::GET, "/v1/inboxes/inbox-a/envelopes", Vec::new())
        .unwrap();
    assert_eq!(limited.status, 429);
    let mut her = relay.client(HER);
    assert!(
        her.put("inbox-a", "q1", b"other devices are not held back")
            .unwrap()
            .stored
    );
    drop(relay);

    let (_relay, mut team, mut her) = with_inbox(backend, &["--quota-envelopes", "2"]);
    her.put("inbox-a", "q1", b"1").unwrap();
    her.put("inbox-a", "q2", b"2").unwrap();
    match her.put("inbox-a", "q3", b"3") {
        Err(ClientError::Refused { status, code }) => assert_eq!((status, code.as_str()), (429, "quota_exceeded")),
        other => panic!("expected a quota refusal, got {other:?}"),
    }
    team.ack("inbox-a", &strings(&["q1"])).unwrap();
    assert!(her.put("inbox-a", "q3", b"3").unwrap().stored, "delivery frees quota");
}

pub fn stored_envelopes_survive_a_crash_and_restart(backend: &Backend) {
    let (mut relay, _team, mut her) = with_inbox(backend, &[]);
    for i in 0..20 {
        her.put("inbox-a", &format!("s{i}"), &[i as u8; 100]).unwrap();
    }
    relay.kill();
    relay.restart(crate::harness::T0, &[]);
    let mut team = relay.client(TEAM);
    let page = team.pull("inbox-a", None, Some(500)).unwrap();
    assert_eq!(page.envelopes.len(), 20);
    assert_eq!(page.envelopes[19].body_bytes().unwrap(), vec![19u8; 100]);
    let mut her = relay.client(HER);
    assert!(
        !her.put("inbox-a", "s0", &[0; 100]).unwrap().stored,
        "ids are remembered across restarts"
    );
}

pub fn a_client_carries_on_after_the_relay_restarts(backend: &Backend) {
    let (mut relay, mut team, mut her) = with_inbox(backend, &[]);
    her.put("inbox-a", "before", b"1").unwrap();
    relay.kill();
    relay.restart(crate::harness::T0, &[]);
    assert!(
        her.put("inbox-a", "after", b"2").unwrap().stored,
        "nonces fetched before are replaced"
    );
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["before", "after"]);
}

pub fn every_documented_operation_answers_as_documented(backend: &Backend) {
    let relay = Relay::start(backend, &[]);
    let c = relay.client(TEAM);
    assert_eq!(c.health().unwrap().status, "ok");
    let raw = c.send_raw(Method::GET, "/openapi.json", Vec::new(), None).unwrap();
    assert_eq!(raw.status, 200);
    let doc: serde_json::Value = serde_json::from_slice(&raw.body).unwrap();
    let paths = doc["paths"].as_object().unwrap();
    assert_eq!(paths.len(), 8);
    for (path, item) in paths {
        let concrete = path.replace("{inbox}", "inbox-a").replace("{envelope_id}", "e1");
        for (method, op) in item.as_object().unwrap() {
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            // Unauthenticated and bodiless: each answers with one of its documented statuses.
            let got = c.send_raw(m, &concrete, Vec::new(), None).unwrap().status;
            assert!(
                op["responses"].get(got.to_string()).is_some(),
                "{method} {path} answered {got}, which it does not document"
            );
        }
    }
    let unknown = c.send_raw(Method::GET, "/v1/nothing", Vec::new(), None).unwrap();
    assert_eq!(unknown.status, 404);
}

pub fn logs_carry_no_ids_keys_or_addresses(backend: &Backend) {
    let (mut relay, mut team, mut her) = with_inbox(backend, &["--log", "debug"]);
    her.put("inbox-a", "env-secret-id", b"sealed").unwrap();
    let _ = relay.client(STRANGER).pull("inbox-a", None, None);
    team.pull("inbox-a", None, None).unwrap();
    team.ack("inbox-a", &strings(&["env-secret-id"])).unwrap();
    her.purge(&strings(&["env-secret-id"])).unwrap();
    relay.stop();
    let logs = relay.logs();
    assert!(
        logs.contains("route=\"/v1/inboxes/{inbox}/envelopes/{envelope_id}\""),
        "requests are logged"
    );
    let her_key = B64.encode(SigningKey::from_bytes(&[HER; 32]).verifying_key().as_bytes());
    for secret in [
        "inbox-a",
        "env-secret-id",
        "127.0.0.1",
        her_key.as_str(),
        "search_path",
        "relay_test",
    ] {
        assert!(!logs.contains(secret), "the logs mention {secret}");
    }
}
