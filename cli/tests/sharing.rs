//! A woman and a care-team member pair, share, reply, stop and read the ledger through
//! the CLI, against a real relay process on loopback.

mod common;

use common::relay::start_relay;
use common::{id, Sandbox};
use serde_json::Value;

#[test]
fn a_woman_and_her_midwife_pair_share_reply_and_stop_through_the_cli() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let team = s.path("team");
    let team = team.to_str().unwrap();

    let init = s.json(&[
        "team",
        "init",
        "--dir",
        team,
        "--relay",
        &relay.url,
        "--name",
        "Maya Okafor",
        "--role",
        "specialist midwife",
    ]);
    let invite = init["invite"].as_str().unwrap().to_string();
    assert!(invite.starts_with("ALONGSIDE1:"));

    s.init();
    let added = s.json(&[
        "appointment",
        "add",
        "--title",
        "Key worker check-in",
        "--kind",
        "drug-and-alcohol-key-worker",
        "--start",
        "2026-11-24 10:00",
    ]);
    let paired = s.json(&["share", "pair", &invite]);
    let contact = paired["contact"]["id"].as_str().unwrap().to_string();
    let hers: Vec<Value> = paired["safety_number"].as_array().unwrap().clone();

    // Nothing goes until she agrees.
    assert_eq!(s.json(&["share", "sync"])["sent"], 0);
    assert_eq!(s.json(&["team", "pull", "--dir", team])["opened"], 0);

    let grant = s.json(&["share", "grant", &contact, "--what", "appointments"]);
    let agreement = grant["agreement"]["id"].as_str().unwrap().to_string();
    assert_eq!(s.json(&["share", "sync"])["sent"], 4);

    let text = s.ok(&["team", "pull", "--dir", team]);
    // Her hello shows as a new woman; the counts are what is listed (her Patient and two
    // appointments).
    assert!(text.starts_with("3 new items opened.\nWoman "), "{text}");
    assert!(text.contains(": 3 records\n"), "{text}");
    assert_eq!(
        text.lines()
            .filter(|l| l.starts_with("  ") && l.contains(" v1: "))
            .count(),
        3,
        "{text}"
    );
    assert!(
        text.contains("appointment v1: Appointment Key worker check-in"),
        "{text}"
    );
    let groups: Vec<&str> = hers.iter().filter_map(Value::as_str).collect();
    assert!(
        text.contains(&groups.join(" ")),
        "both phones show the same safety number: {text}"
    );
    let pulled = s.json(&["team", "pull", "--dir", team]);
    assert_eq!(pulled["opened"], 0, "nothing arrives twice");
    let woman = pulled["women"].as_object().unwrap().keys().next().unwrap().clone();
    let bundle = s.json(&["team", "export", "--dir", team, "--woman", &woman]);
    assert_eq!(bundle["resourceType"], "Bundle");
    let types: Vec<&str> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["resource"]["resourceType"].as_str())
        .collect();
    assert_eq!(types, ["Patient", "Appointment", "Consent"]);
    // Every entry has the urn:uuid its resource names itself by, and every reference
    // between her resources is to an entry of the Bundle.
    let entries = bundle["entry"].as_array().unwrap();
    let urls: Vec<&str> = entries.iter().filter_map(|e| e["fullUrl"].as_str()).collect();
    assert_eq!(urls.len(), entries.len());
    for e in entries {
        assert!(e["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
        assert_eq!(e["fullUrl"], e["resource"]["identifier"][0]["value"]);
        assert_eq!(e["resource"]["meta"]["versionId"], "1");
    }
    let subject = &entries[1]["resource"]["participant"][0]["actor"]["reference"];
    assert!(urls.contains(&subject.as_str().unwrap()), "{subject}");

    // She removes the appointment: it is counted, and listed, as removed.
    s.json(&["appointment", "delete", &id(&added)]);
    assert_eq!(s.json(&["share", "sync"])["sent"], 1);
    let text = s.ok(&["team", "pull", "--dir", team]);
    assert!(text.starts_with("1 new item opened.\n"), "{text}");
    assert!(
        // Her consent and her Patient are still there.
        text.contains(&format!("Woman {woman}: 2 records, 1 removed\n")),
        "{text}"
    );
    assert!(text.contains("  appointment v2: removed\n"), "{text}");

    s.json(&["team", "reply", "--dir", team, "--woman", &woman, "ack"]);
    s.json(&[
        "team",
        "reply",
        "--dir",
        team,
        "--woman",
        &woman,
        "propose",
        "--title",
        "Postnatal check",
        "--start",
        "2026-12-01T10:00:00Z",
    ]);
    assert_eq!(s.json(&["share", "sync"])["received"], 2);
    let ledger = s.json(&["share", "ledger"]);
    assert!(ledger["ledger"].as_array().unwrap().iter().all(|e| e["status_label"]
        == "Received by Maya Okafor (specialist midwife), Monday 23 November, 09:00"
        && e["state"] == "received"
        && e["grant_id"] == agreement.as_str()));
    // The text says the same: when, and under which agreement.
    let text = s.ok(&["share", "ledger"]);
    assert!(
        text.contains(
            "Maya Okafor (specialist midwife) · Appointment: Key worker check-in, Tuesday 24 November (Planned) · \
             Received by Maya Okafor (specialist midwife), Monday 23 November, 09:00\n    \
             Under your agreement of Monday 23 November: Appointments (not Social worker, Family time, Court or legal) ["
        ),
        "{text}"
    );
    assert!(text.contains(&format!("Court or legal) [{agreement}]")), "{text}");
    let messages = s.json(&["share", "messages"]);
    let message = messages["messages"][0]["message_id"].as_str().unwrap().to_string();
    let accepted = s.json(&["share", "accept", &message]);
    assert!(!id(&accepted).is_empty());

    let stopped = s.json(&["share", "stop", &agreement]);
    assert!(stopped["message"].as_str().unwrap().contains("stays in their records"));
    assert_eq!(s.json(&["share", "sync"])["sent"], 1);
    let after = s.ok(&["team", "pull", "--dir", team]);
    assert!(after.contains("consent v2: Consent inactive"), "{after}");
}

#[test]
fn a_grant_for_appointments_leaves_out_family_time_and_court_unless_she_includes_them() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let team = s.path("team");
    let team = team.to_str().unwrap();
    let init = s.json(&[
        "team",
        "init",
        "--dir",
        team,
        "--relay",
        &relay.url,
        "--name",
        "Maya Okafor",
        "--role",
        "midwife",
    ]);
    s.init();
    for (title, kind, start) in [
        ("Midwife", "specialist-midwife", "2026-11-24 10:00"),
        ("Family time with Ava", "family-time", "2026-11-25 14:00"),
        ("Hearing", "court-or-legal", "2026-11-26 10:00"),
    ] {
        s.json(&["appointment", "add", "--title", title, "--kind", kind, "--start", start]);
    }
    let contact = s.json(&["share", "pair", init["invite"].as_str().unwrap()])["contact"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // The preview says what would and would not go, and agrees to nothing.
    let preview = s.ok(&["share", "grant", &contact, "--what", "appointments", "--preview"]);
    assert!(
        preview.contains(
            "Maya Okafor (midwife) will not see:\n  Appointments: Social worker, Family time, Court or legal\n"
        ),
        "{preview}"
    );
    assert!(s.json(&["share", "list"])["agreements"].as_array().unwrap().is_empty());

    let granted = s.ok(&[
        "share",
        "grant",
        &contact,
        "--what",
        "appointments",
        "--include",
        "family-time",
    ]);
    assert!(
        granted.starts_with("Maya Okafor (midwife) can see: Appointments (not Social worker, Court or legal)."),
        "{granted}"
    );
    assert!(
        granted.contains("will not see:\n  Appointments: Social worker, Court or legal\n"),
        "{granted}"
    );
    let ledger = s.ok(&["share", "ledger"]);
    assert!(ledger.contains("Appointment: Family time with Ava"), "{ledger}");
    assert!(!ledger.contains("Appointment: Hearing"), "{ledger}");

    // Kinds go with appointments only.
    let out = s.run(&[
        "share",
        "grant",
        &contact,
        "--what",
        "breastfeeding-plan",
        "--include",
        "family-time",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", common::text(&out.stderr));
}
