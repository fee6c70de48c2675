//! The whole request-for-support flow through the CLI, against a real relay on loopback:
//! a service publishes its inbox in a signed directory; she tells the app her baby is in
//! care (nothing is sent), previews a request word for word, sends it with --yes, and sees
//! it received and answered; the care team's `team pull` lists requests first, most
//! urgent first.

mod common;

use common::relay::start_relay;
use common::Sandbox;
use serde_json::Value;

fn sample_key() -> String {
    let key =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/content/directory/sample/sample-publisher.key");
    key.to_string_lossy().into_owned()
}

/// A one-service sample directory whose service takes requests at `invite`.
fn directory_with_inbox(s: &Sandbox, invite: &str) -> String {
    let write = |name: &str, body: String| {
        let p = s.path(name);
        std::fs::write(&p, body).unwrap();
        p.to_string_lossy().into_owned()
    };
    let services = write(
        "services.csv",
        format!(
            "id,name,organisation,category,description,phone,web,referral,eligibility,languages,requests\n\
             family-rights,Family Rights Line,Sampleton Advice,legal_advice_and_advocacy,\
             Free advice for parents when children's services are involved.,01632 960999,,self_referral,,,{invite}\n"
        ),
    );
    let venues = write(
        "venues.csv",
        "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\n\
         advice-centre,Sampleton Advice Centre,\"1 High Street, Sampleton\",SX1 1AA,53.0,-1.5,yes,,\n"
            .to_string(),
    );
    let sessions = write(
        "sessions.csv",
        "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n\
         family-rights,advice-centre,mon;wed,10:00,16:00,,,,drop_in,\n"
            .to_string(),
    );
    let out = s.path("rights.bundle").to_string_lossy().into_owned();
    let built = s.run(&[
        "directory",
        "build",
        "--services",
        &services,
        "--venues",
        &venues,
        "--sessions",
        &sessions,
        "--publisher",
        "Alongside sample data",
        "--area",
        "Sampleton",
        "--version",
        "2",
        "--issued",
        "2026-11-01",
        "--expires",
        "2027-11-01",
        "--sample",
        "--key",
        &sample_key(),
        "--out",
        &out,
    ]);
    assert!(built.status.success(), "{}", common::text(&built.stderr));
    out
}

fn team_init(s: &Sandbox, dir: &str, relay: &str, name: &str, role: &str) -> String {
    let init = s.json(&[
        "team", "init", "--dir", dir, "--relay", relay, "--name", name, "--role", role,
    ]);
    init["invite"].as_str().unwrap().to_string()
}

fn states(s: &Sandbox) -> Vec<String> {
    s.json(&["support", "requests"])["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["state"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn she_asks_a_directory_service_and_her_midwife_for_support_and_sees_them_answer() {
    let s = Sandbox::new();
    let relay = start_relay(&s);
    let rights = s.path("rights").to_string_lossy().into_owned();
    let team = s.path("team").to_string_lossy().into_owned();
    let rights_invite = team_init(&s, &rights, &relay.url, "Family Rights Line", "advice service");
    let maya_invite = team_init(&s, &team, &relay.url, "Maya Okafor", "specialist midwife");
    let bundle = directory_with_inbox(&s, &rights_invite);

    s.init();
    s.json(&["directory", "sample-data", "on"]);
    s.json(&["directory", "import", &bundle]);
    let maya = s.json(&["share", "pair", &maya_invite])["contact"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.json(&["support", "status", "--set", "taken-into-care", "--since", "2026-11-20"]);
    assert_eq!(s.json(&["share", "sync"])["sent"], 0, "telling the app sends nothing");

    let recipients = s.ok(&["support", "recipients"]);
    assert!(recipients.contains(&format!("care:{maya}")), "{recipients}");
    assert!(
        recipients.contains("service:family-rights  Family Rights Line (sample data)"),
        "{recipients}"
    );

    let ask = [
        "support",
        "request",
        "--to",
        "service:family-rights",
        "--need",
        "legal-advice",
        "--need",
        "childrens-services",
        "--by",
        "call",
        "--phone",
        "07700 900123",
        "--when",
        "mornings",
        "--urgency",
        "this-week",
    ];
    let preview = s.ok(&ask);
    assert!(
        preview.starts_with("This is exactly what Family Rights Line will see:"),
        "{preview}"
    );
    assert!(
        preview.contains("  I would like: Help understanding what happens next with children's services, Legal advice")
    );
    assert!(preview.contains("Nothing has been sent."), "{preview}");
    assert!(s.json(&["share", "ledger"])["ledger"].as_array().unwrap().is_empty());

    let mut send = ask.to_vec();
    send.push("--yes");
    let sent = s.json(&send);
    assert_eq!(sent["request"]["state"], "waiting_to_send");

    // Two requests to her midwife: the later one is more urgent.
    for (need, soon) in [("peer-support", "this-week"), ("someone-to-talk-to", "today")] {
        let to = format!("care:{maya}");
        s.json(&[
            "support",
            "request",
            "--to",
            &to,
            "--need",
            need,
            "--by",
            "text",
            "--phone",
            "07700 900123",
            "--urgency",
            soon,
            "--yes",
        ]);
    }
    assert_eq!(s.json(&["share", "sync"])["sent"], 5, "two hellos and three requests");
    assert_eq!(states(&s), ["sent", "sent", "sent"]);

    // Her midwife sees requests first, the one for today at the top.
    let pulled = s.ok(&["team", "pull", "--dir", &team]);
    assert!(
        pulled.starts_with("Requests for support waiting for an answer (2), most urgent first:\n- URGENT"),
        "{pulled}"
    );
    let today = pulled.find("I would like: Someone to talk to").unwrap();
    let week = pulled.find("I would like: Peer support from other mothers").unwrap();
    assert!(today < week, "{pulled}");
    assert!(
        !pulled.contains("taken into care"),
        "her status was never sent: {pulled}"
    );
    let service_view = s.ok(&["team", "pull", "--dir", &rights]);
    assert!(service_view.contains("    My number: 07700 900123"), "{service_view}");

    // Both teams' apps said the requests arrived.
    assert_eq!(s.json(&["share", "sync"])["received"], 2);
    assert_eq!(states(&s), ["received", "received", "received"]);

    let woman = s.json(&["team", "pull", "--dir", &team])["women"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    s.json(&[
        "team",
        "reply",
        "--dir",
        &team,
        "--woman",
        &woman,
        "ack",
        "--message",
        "I'll text you at 10.",
    ]);
    let after: Value = s.json(&["team", "pull", "--dir", &team]);
    assert!(
        after["support_requests"].as_array().unwrap().is_empty(),
        "answered requests leave the list"
    );

    s.json(&["share", "sync"]);
    assert_eq!(states(&s), ["answered", "answered", "received"]);
    let mine = s.ok(&["support", "requests"]);
    assert!(
        mine.contains("Maya Okafor (specialist midwife) has answered."),
        "{mine}"
    );
    assert!(mine.contains("Their reply: I'll text you at 10."), "{mine}");
}

#[test]
fn a_request_to_a_service_with_no_inbox_in_her_directory_is_refused() {
    let s = Sandbox::new();
    s.init();
    let out = s.run(&[
        "--json",
        "support",
        "request",
        "--to",
        "service:family-rights",
        "--need",
        "legal-advice",
        "--by",
        "in-person",
    ]);
    assert!(!out.status.success());
    let err = common::parse(&out.stderr, &["support", "request"]);
    assert_eq!(err["error"]["field"], "recipient", "{err}");
    assert!(s.json(&["support", "requests"])["requests"]
        .as_array()
        .unwrap()
        .is_empty());
}
