//! Anyone holding a member's invite code can write to their inbox, naming any relay for
//! replies. Against two real relays on loopback (the member's and a stranger's): nothing is
//! sent to a relay the member didn't choose, a receipt that fails is reported and never
//! hides a real woman's request, a first contact stays new until the member accepts it, and
//! the hint to answer is a command that works as shown.

mod common;

use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::{self, EnvelopeId, InboxId, Item, Kind};
use alongside_protocol::invite::Invite;
use alongside_relay::client::RelayClient;
use common::relay::{start_relay, start_relay_named, Relay};
use common::Sandbox;
use serde_json::{json, Value};

/// Someone with the member's invite code and a key of their own.
struct Stranger {
    seed: u8,
    /// Where their hello asks for replies.
    relay: String,
    inbox: InboxId,
}

impl Stranger {
    /// A stranger whose hello names `relay`; with `registered`, they hold an inbox there.
    fn new(seed: u8, relay: &str, registered: bool) -> Stranger {
        let s = Stranger {
            seed,
            relay: relay.to_string(),
            inbox: InboxId([seed; 16]),
        };
        if registered {
            s.client(relay).register_inbox(&s.inbox.to_hex()).unwrap();
        }
        s
    }

    fn key(&self) -> DeviceKey {
        DeviceKey::from_secrets(&[self.seed; 32], &[self.seed.wrapping_add(1); 32])
    }

    fn client(&self, relay: &str) -> RelayClient<DeviceKey> {
        RelayClient::new(relay, self.key()).unwrap()
    }

    /// As `alongside team pull` names them: the start of the signing key.
    fn woman_id(&self) -> String {
        self.key()
            .identity()
            .signing
            .0
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn put(&self, invite: &Invite, item: &Item) {
        let id = EnvelopeId::random().unwrap();
        let env = envelope::seal(&self.key(), &invite.member, invite.inbox, id, item).unwrap();
        self.client(&invite.relay_url)
            .put(&invite.inbox.to_hex(), &id.to_hex(), &env.to_json())
            .unwrap();
    }

    /// A hello naming their relay, then an urgent request for support.
    fn write_to(&self, invite: &Invite) {
        self.write_with_sealing_key(invite, &self.key().identity().sealing.to_base64());
    }

    /// As `write_to`, with whatever their hello gives as the key to seal replies to.
    fn write_with_sealing_key(&self, invite: &Invite, sealing_key: &str) {
        let me = self.key().identity();
        let hello = json!({
            "format": "alongside-hello", "version": 1, "relay_url": self.relay,
            "inbox": self.inbox.to_hex(), "signing_key": me.signing.to_base64(),
            "sealing_key": sealing_key,
        });
        self.put(invite, &item("hello-1", "hello", &hello));
        let request = json!({
            "resourceType": "CommunicationRequest", "status": "active", "priority": "urgent",
            "authoredOn": "2026-11-23T08:00:00Z", "occurrencePeriod": { "end": "2026-11-24T00:00:00Z" },
            "payload": [{ "contentString": "I would like: Legal advice" }],
        });
        self.put(invite, &item("request-1", "support-request", &request));
    }

    /// How many envelopes wait in their own inbox.
    fn received(&self) -> usize {
        self.client(&self.relay)
            .pull(&self.inbox.to_hex(), None, None)
            .unwrap()
            .envelopes
            .len()
    }
}

fn item(id: &str, kind: &str, payload: &Value) -> Item {
    Item {
        id: id.into(),
        version: 1,
        kind: Kind::new(kind).unwrap(),
        payload: serde_json::to_vec(payload).unwrap(),
    }
}

/// The member's relay, a stranger's relay, the member's folder, and two strangers who wrote
/// first: one naming their own relay, one naming an inbox that doesn't exist at the
/// member's. Then a real woman pairs and sends an urgent request.
struct World {
    s: Sandbox,
    _hers: Relay,
    _theirs: Relay,
    team: String,
    elsewhere: Stranger,
    broken: Stranger,
}

fn world() -> World {
    let s = Sandbox::new();
    let hers = start_relay(&s);
    let theirs = start_relay_named(&s, "stranger.sqlite3");
    let team = s.path("team").to_string_lossy().into_owned();
    let init = s.json(&[
        "team",
        "init",
        "--dir",
        &team,
        "--relay",
        &hers.url,
        "--name",
        "Maya Okafor",
        "--role",
        "midwife",
    ]);
    let code = init["invite"].as_str().unwrap().to_string();
    let invite = Invite::decode(&code).unwrap();
    let elsewhere = Stranger::new(0x51, &theirs.url, true);
    elsewhere.write_to(&invite);
    let broken = Stranger::new(0x52, &hers.url, false);
    broken.write_to(&invite);

    s.init();
    let contact = s.json(&["share", "pair", &code])["contact"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let to = format!("care:{contact}");
    s.json(&[
        "support",
        "request",
        "--to",
        &to,
        "--need",
        "someone-to-talk-to",
        "--by",
        "call",
        "--phone",
        "07700 900123",
        "--urgency",
        "today",
        "--yes",
    ]);
    assert_eq!(s.json(&["share", "sync"])["sent"], 2, "her hello and her request");
    World {
        s,
        _hers: hers,
        _theirs: theirs,
        team,
        elsewhere,
        broken,
    }
}

fn her_request_state(s: &Sandbox) -> String {
    s.json(&["support", "requests"])["requests"][0]["state"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Her id at the member's: the woman who is neither stranger.
fn her_id(w: &World, pulled: &Value) -> String {
    pulled["women"]
        .as_object()
        .unwrap()
        .keys()
        .find(|k| **k != w.elsewhere.woman_id() && **k != w.broken.woman_id())
        .unwrap()
        .clone()
}

#[test]
fn a_stranger_naming_another_relay_gets_nothing_and_a_failed_receipt_hides_no_request() {
    let w = world();
    let out = w.s.run(&["team", "pull", "--dir", &w.team]);
    let text = common::text(&out.stdout);
    assert!(
        out.status.success(),
        "the pull goes on: {text}{}",
        common::text(&out.stderr)
    );
    assert!(
        text.starts_with("Requests for support waiting for an answer (3), most urgent first:"),
        "every request is listed: {text}"
    );
    assert!(text.contains("I would like: Someone to talk to"), "{text}");
    let elsewhere = w.elsewhere.woman_id();
    assert!(
        text.contains(&format!(
            "Woman {elsewhere}'s phone asked for replies at {}/, which is not your relay",
            w.elsewhere.relay
        )),
        "{text}"
    );
    let broken = w.broken.woman_id();
    assert!(
        text.contains(&format!(
            "Couldn't tell woman {broken}'s phone that her request arrived"
        )),
        "{text}"
    );
    assert_eq!(w.elsewhere.received(), 0, "nothing went to the stranger's relay");

    // The real woman's receipt went, to her relay.
    assert_eq!(w.s.json(&["share", "sync"])["received"], 1);
    assert_eq!(her_request_state(&w.s), "received");

    // A later pull tries the failed one again, and still sends nothing elsewhere.
    let again = w.s.json(&["team", "pull", "--dir", &w.team]);
    let tried: Vec<&Value> = again["receipts"].as_array().unwrap().iter().collect();
    assert_eq!(tried.len(), 2, "{again}");
    assert!(tried.iter().all(|r| r["sent"] == false), "{again}");
    assert_eq!(w.elsewhere.received(), 0);
}

#[test]
fn a_first_contact_is_shown_as_new_until_the_member_accepts_her() {
    let w = world();
    let pulled = w.s.json(&["team", "pull", "--dir", &w.team]);
    let her = her_id(&w, &pulled);
    assert_eq!(pulled["new_women"].as_array().unwrap().len(), 3, "{pulled}");
    let text = w.s.ok(&["team", "pull", "--dir", &w.team]);
    assert_eq!(text.matches("New: you have not accepted her yet.").count(), 3, "{text}");
    assert!(
        text.contains(&format!(
            "When it matches, accept her: alongside team accept --dir {} --woman {her}",
            w.team
        )),
        "{text}"
    );

    let accepted = w.s.ok(&["team", "accept", "--dir", &w.team, "--woman", &her]);
    assert!(accepted.contains("no longer shown as new"), "{accepted}");
    let after = w.s.json(&["team", "pull", "--dir", &w.team]);
    let new: Vec<&str> = after["new_women"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(new.len(), 2);
    assert!(!new.contains(&her.as_str()));

    let nobody =
        w.s.run(&["team", "accept", "--dir", &w.team, "--woman", "000000000000"]);
    assert!(!nobody.status.success());
    assert!(
        common::text(&nobody.stderr).contains(&format!("alongside team pull --dir {}", w.team)),
        "{}",
        common::text(&nobody.stderr)
    );
}

#[test]
fn replies_go_to_another_relay_only_once_the_member_approves_it() {
    let w = world();
    w.s.json(&["team", "pull", "--dir", &w.team]);
    let elsewhere = w.elsewhere.woman_id();
    let refused =
        w.s.run(&["team", "reply", "--dir", &w.team, "--woman", &elsewhere, "ack"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(common::text(&refused.stderr).contains("not yours, so nothing was sent"));
    assert_eq!(w.elsewhere.received(), 0);

    // Plain http to another computer can never be approved.
    let plain = w.s.run(&[
        "team",
        "approve-relay",
        "--dir",
        &w.team,
        "--relay",
        "http://relay.example.org",
    ]);
    assert_eq!(plain.status.code(), Some(1));

    w.s.ok(&["team", "approve-relay", "--dir", &w.team, "--relay", &w.elsewhere.relay]);
    w.s.json(&["team", "pull", "--dir", &w.team]);
    assert_eq!(w.elsewhere.received(), 1, "the receipt it was owed");
    w.s.json(&["team", "reply", "--dir", &w.team, "--woman", &elsewhere, "ack"]);
    assert_eq!(w.elsewhere.received(), 2);
}

#[test]
fn the_hint_to_answer_a_request_is_a_command_that_works_as_shown() {
    let w = world();
    let text = w.s.ok(&["team", "pull", "--dir", &w.team]);
    let her = her_id(&w, &w.s.json(&["team", "pull", "--dir", &w.team]));
    let hint = text
        .lines()
        .find(|l| l.contains(&format!("--woman {her} ack")))
        .unwrap_or_else(|| panic!("a hint for her request: {text}"));
    let shown = hint.trim().strip_prefix("To answer: alongside ").unwrap();
    let args = shlex::split(shown).unwrap();
    assert_eq!(args[..3], ["team", "reply", "--dir"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    w.s.ok(&args);
    w.s.json(&["share", "sync"]);
    assert_eq!(her_request_state(&w.s), "answered");
}

#[test]
fn a_hello_with_a_key_that_cannot_be_used_is_not_kept_and_breaks_nothing() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let team = s.path("team").to_string_lossy().into_owned();
    let init = s.json(&[
        "team",
        "init",
        "--dir",
        &team,
        "--relay",
        &relay.url,
        "--name",
        "Maya Okafor",
        "--role",
        "midwife",
    ]);
    let invite = Invite::decode(init["invite"].as_str().unwrap()).unwrap();
    let stranger = Stranger::new(0x53, &relay.url, true);
    stranger.write_with_sealing_key(&invite, "not-a-key");

    let out = s.run(&["--json", "team", "pull", "--dir", &team]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let pulled = common::parse(&out.stdout, &["team", "pull"]);
    assert!(pulled["women"].as_object().unwrap().is_empty(), "{pulled}");
    assert!(s.json(&["team", "pull", "--dir", &team])["women"]
        .as_object()
        .unwrap()
        .is_empty());
}
