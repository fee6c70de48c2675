//! The relay's behaviour, one function per case, each run against both backends.

use std::io::{Read, Write};

use alongside_protocol::relay_api::{
    BatchEnvelope, BatchError, PullResponse, PutBatchResponse, PutOutcome, MAX_BATCH_BYTES, MAX_BATCH_ENVELOPES,
    MAX_ENVELOPE_BYTES,
};
use alongside_relay::client::{ClientError, RawResponse, RelayClient};
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
    let batch_ids: Vec<String> = (20..25).map(|i| format!("s{i}")).collect();
    let bodies: Vec<Vec<u8>> = (20..25).map(|i| vec![i as u8; 100]).collect();
    let batch: Vec<BatchEnvelope> = batch_ids
        .iter()
        .zip(&bodies)
        .map(|(id, body)| BatchEnvelope {
            inbox: "inbox-a",
            id,
            body,
        })
        .collect();
    assert!(outcomes(&her.put_batch(&batch).unwrap())
        .iter()
        .all(|o| *o == PutOutcome::Stored));
    relay.kill();
    relay.restart(crate::harness::T0, &[]);
    let mut team = relay.client(TEAM);
    let page = team.pull("inbox-a", None, Some(500)).unwrap();
    assert_eq!(page.envelopes.len(), 25, "single and batched puts alike");
    assert_eq!(page.envelopes[19].body_bytes().unwrap(), vec![19u8; 100]);
    assert_eq!(page.envelopes[24].body_bytes().unwrap(), vec![24u8; 100]);
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
    assert_eq!(paths.len(), 9);
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
    her.put_batch(&[BatchEnvelope {
        inbox: "inbox-a",
        id: "env-secret-batched",
        body: b"sealed",
    }])
    .unwrap();
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
    assert!(logs.contains("route=\"/v1/envelopes\""), "batched puts are logged");
    let her_key = B64.encode(SigningKey::from_bytes(&[HER; 32]).verifying_key().as_bytes());
    for secret in [
        "inbox-a",
        "env-secret-id",
        "env-secret-batched",
        "127.0.0.1",
        her_key.as_str(),
        "search_path",
        "relay_test",
    ] {
        assert!(!logs.contains(secret), "the logs mention {secret}");
    }
}

fn outcomes(response: &PutBatchResponse) -> Vec<PutOutcome> {
    response.results.iter().map(|r| r.outcome).collect()
}

/// (inbox, id, body) triples as a batch.
fn batch<'a>(items: &'a [(&'a str, &'a str, &'a [u8])]) -> Vec<BatchEnvelope<'a>> {
    items
        .iter()
        .map(|(inbox, id, body)| BatchEnvelope { inbox, id, body })
        .collect()
}

/// A batch body written byte by byte from docs/protocol.md, without the client's checks,
/// so that the relay's own refusals can be tried.
fn raw_batch(items: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut out = vec![1];
    out.extend_from_slice(&(items.len() as u16).to_be_bytes());
    for (inbox, id, body) in items {
        out.push(inbox.len() as u8);
        out.extend_from_slice(inbox.as_bytes());
        out.push(id.len() as u8);
        out.extend_from_slice(id.as_bytes());
        out.extend_from_slice(&(body.len() as u32).to_be_bytes());
        out.extend_from_slice(body);
    }
    out
}

fn post_batch(client: &mut RelayClient<SigningKey>, body: Vec<u8>) -> RawResponse {
    client.send_signed(Method::POST, "/v1/envelopes", body).unwrap()
}

pub fn a_batch_is_stored_in_one_request_with_an_outcome_per_envelope(backend: &Backend) {
    let (relay, mut team, mut her) = with_inbox(backend, &[]);
    let mut stranger = relay.client(STRANGER);
    stranger.register_inbox("inbox-b").unwrap();
    stranger.put("inbox-b", "taken", b"the stranger's").unwrap();
    let sent = her
        .put_batch(&batch(&[
            ("inbox-a", "b1", b"first \x00\xff"),
            ("inbox-b", "b2", b"second"),
            ("no-such-inbox", "b3", b"lost"),
            ("inbox-a", "taken", b"clash"),
            ("inbox-a", "b4", b"fourth"),
        ]))
        .unwrap();
    let order: Vec<&str> = sent.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        order,
        ["b1", "b2", "b3", "taken", "b4"],
        "results come in the order sent"
    );
    assert_eq!(
        outcomes(&sent),
        [
            PutOutcome::Stored,
            PutOutcome::Stored,
            PutOutcome::NoSuchInbox,
            PutOutcome::Conflict,
            PutOutcome::Stored
        ],
        "a refused envelope does not hold back the others"
    );
    let page = team.pull("inbox-a", None, None).unwrap();
    assert_eq!(ids(&page), ["b1", "b4"]);
    assert_eq!(page.envelopes[0].body_bytes().unwrap(), b"first \x00\xff");
    assert_eq!(page.envelopes[0].received_day, "2026-11-21");
    assert_eq!(ids(&stranger.pull("inbox-b", None, None).unwrap()), ["taken", "b2"]);

    let bad_id = raw_batch(&[("inbox-a", "b5", b"fine"), ("inbox-a", "bad id", b"x")]);
    assert_eq!(post_batch(&mut her, bad_id).status, 400);
    assert_eq!(post_batch(&mut her, raw_batch(&[("inbox-a", "b6", b"")])).status, 400);
    assert_eq!(post_batch(&mut her, vec![2, 0, 0]).status, 400, "an unknown version");
    assert_eq!(post_batch(&mut her, Vec::new()).status, 400);
    assert_eq!(
        ids(&team.pull("inbox-a", None, None).unwrap()),
        ["b1", "b4"],
        "a refused body stores nothing"
    );
}

pub fn sending_a_batch_again_stores_nothing_twice(backend: &Backend) {
    let (_relay, mut team, mut her) = with_inbox(backend, &[]);
    let items = [
        ("inbox-a", "r1", &b"one"[..]),
        ("inbox-a", "r2", b"two"),
        ("inbox-a", "r1", b"one"),
    ];
    let first = her.put_batch(&batch(&items)).unwrap();
    assert_eq!(
        outcomes(&first),
        [PutOutcome::Stored, PutOutcome::Stored, PutOutcome::AlreadyStored],
        "an id named twice in one batch is stored once"
    );
    let again = her.put_batch(&batch(&items)).unwrap();
    assert!(outcomes(&again).iter().all(|o| *o == PutOutcome::AlreadyStored));
    assert!(!her.put("inbox-a", "r2", b"two").unwrap().stored, "nor by a single put");
    let page = team.pull("inbox-a", None, None).unwrap();
    assert_eq!(ids(&page), ["r1", "r2"]);
    team.ack("inbox-a", &strings(&["r1", "r2"])).unwrap();
    let after_delivery = her.put_batch(&batch(&items[..2])).unwrap();
    assert_eq!(
        outcomes(&after_delivery),
        [PutOutcome::AlreadyStored, PutOutcome::AlreadyStored],
        "nor after delivery"
    );
    assert!(team.pull("inbox-a", None, None).unwrap().envelopes.is_empty());
}

pub fn a_replayed_or_tampered_batch_is_refused_and_stores_nothing(backend: &Backend) {
    let (_relay, mut team, mut her) = with_inbox(backend, &[]);
    let body = raw_batch(&[("inbox-a", "t1", b"signed")]);
    let auth = her.sign(&Method::POST, "/v1/envelopes", &body).unwrap();
    let first = her
        .send_raw(Method::POST, "/v1/envelopes", body.clone(), Some(&auth))
        .unwrap();
    assert_eq!(first.status, 200);
    let replay = her
        .send_raw(Method::POST, "/v1/envelopes", body.clone(), Some(&auth))
        .unwrap();
    assert_eq!(replay.status, 401, "a replayed batch is refused");

    let signed = raw_batch(&[("inbox-a", "t2", b"honest")]);
    let tampered = raw_batch(&[("inbox-a", "t2", b"altered")]);
    let auth = her.sign(&Method::POST, "/v1/envelopes", &signed).unwrap();
    let sent = her
        .send_raw(Method::POST, "/v1/envelopes", tampered, Some(&auth))
        .unwrap();
    assert_eq!(sent.status, 401, "the signature covers the whole body");
    let elsewhere = her
        .sign(&Method::PUT, "/v1/inboxes/inbox-a/envelopes/t2", &signed)
        .unwrap();
    let sent = her
        .send_raw(Method::POST, "/v1/envelopes", signed.clone(), Some(&elsewhere))
        .unwrap();
    assert_eq!(sent.status, 401, "a signature for another request");
    assert_eq!(
        her.send_raw(Method::POST, "/v1/envelopes", signed, None)
            .unwrap()
            .status,
        401
    );
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["t1"]);
}

pub fn a_batch_over_a_limit_is_refused_whole_with_413(backend: &Backend) {
    let (relay, mut team, mut her) = with_inbox(backend, &[]);
    let just_fits = vec![7u8; MAX_ENVELOPE_BYTES];
    let too_big = vec![7u8; MAX_ENVELOPE_BYTES + 1];
    let with_one_too_big = raw_batch(&[
        ("inbox-a", "o1", b"small"),
        ("inbox-a", "o2", &too_big),
        ("inbox-a", "o3", b"small"),
    ]);
    assert_eq!(post_batch(&mut her, with_one_too_big).status, 413);
    let names: Vec<String> = (0..=MAX_BATCH_ENVELOPES).map(|i| format!("m{i}")).collect();
    let too_many: Vec<(&str, &str, &[u8])> = names.iter().map(|id| ("inbox-a", id.as_str(), &b"x"[..])).collect();
    assert_eq!(post_batch(&mut her, raw_batch(&too_many)).status, 413);
    // Over 4 MiB in all is refused from the declared length, before the body is read; a
    // client still sending it could see the connection close before the answer, so the
    // request goes by hand, headers only.
    let mut socket = std::net::TcpStream::connect(relay.url.trim_start_matches("http://")).unwrap();
    write!(
        socket,
        "POST /v1/envelopes HTTP/1.1\r\nhost: relay\r\ncontent-length: {}\r\n\r\n",
        MAX_BATCH_BYTES + 1
    )
    .unwrap();
    let mut status = [0u8; 12];
    socket.read_exact(&mut status).unwrap();
    assert_eq!(&status, b"HTTP/1.1 413", "over 4 MiB in all");
    assert!(
        team.pull("inbox-a", None, None).unwrap().envelopes.is_empty(),
        "nothing of a refused batch is stored"
    );
    match her.put_batch(&batch(&[("inbox-a", "o4", &too_big)])) {
        Err(ClientError::BadBatch(BatchError::TooLarge)) => {}
        other => panic!("the client refuses before sending, got {other:?}"),
    }
    let fits = her
        .put_batch(&batch(&[("inbox-a", "o5", &just_fits), ("inbox-a", "o6", b"small")]))
        .unwrap();
    assert_eq!(outcomes(&fits), [PutOutcome::Stored, PutOutcome::Stored]);
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["o5", "o6"]);
}

pub fn a_batch_past_the_senders_quota_stores_what_fits_and_reports_the_rest(backend: &Backend) {
    let (_relay, mut team, mut her) = with_inbox(backend, &["--quota-envelopes", "2"]);
    let items = [
        ("inbox-a", "q1", &b"1"[..]),
        ("inbox-a", "q2", b"2"),
        ("inbox-a", "q3", b"3"),
    ];
    let first = her.put_batch(&batch(&items)).unwrap();
    assert_eq!(
        outcomes(&first),
        [PutOutcome::Stored, PutOutcome::Stored, PutOutcome::QuotaExceeded]
    );
    refused_with(her.put("inbox-a", "q4", b"4"), 429);
    team.ack("inbox-a", &strings(&["q1"])).unwrap();
    let again = her.put_batch(&batch(&items)).unwrap();
    assert_eq!(
        outcomes(&again),
        [PutOutcome::AlreadyStored, PutOutcome::AlreadyStored, PutOutcome::Stored],
        "delivery frees quota, and what was stored is not counted twice"
    );
    assert_eq!(ids(&team.pull("inbox-a", None, None).unwrap()), ["q2", "q3"]);
}

pub fn a_batch_counts_once_per_envelope_against_the_rate_limit(backend: &Backend) {
    let relay = Relay::start(backend, &["--rate-per-minute", "1", "--burst", "4"]);
    let mut team = relay.client(TEAM);
    team.register_inbox("inbox-a").unwrap();
    let mut her = relay.client(HER);
    let items = [
        ("inbox-a", "l1", &b"1"[..]),
        ("inbox-a", "l2", b"2"),
        ("inbox-a", "l3", b"3"),
    ];
    let sent = her.put_batch(&batch(&items)).unwrap();
    assert!(outcomes(&sent).iter().all(|o| *o == PutOutcome::Stored)); // 3 of 4
    assert!(her.put("inbox-a", "l4", b"4").unwrap().stored); // 4 of 4
    refused_with(her.put_batch(&batch(&[("inbox-a", "l5", b"5")])), 429);
}
