//! Free text can't fake what the terminal shows: a title pasted with line breaks, escape
//! sequences and direction overrides prints as one line on Today, and what a stranger
//! sends a care-team member prints on its own lines, under the headings this tool writes.

mod common;

use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::{self, EnvelopeId, Item, Kind};
use alongside_protocol::invite::Invite;
use alongside_relay::client::RelayClient;
use common::relay::start_relay;
use common::Sandbox;
use serde_json::json;

/// Characters a terminal would act on or reorder by, rather than show.
fn unsafe_for_a_terminal(text: &str) -> Option<char> {
    text.chars().find(|c| {
        (c.is_control() && *c != '\n') || ('\u{202A}'..='\u{202E}').contains(c) || ('\u{2066}'..='\u{2069}').contains(c)
    })
}

#[test]
fn a_title_with_line_breaks_escapes_and_overrides_prints_as_one_line_on_today() {
    let s = Sandbox::new();
    s.init();
    s.ok(&[
        "appointment",
        "add",
        "--title",
        "Midwife\r\nEND:VEVENT\r\nSUMMARY:Injected\u{1b}[2J\u{202E}gnp.exe",
        "--kind",
        "specialist-midwife",
        "--start",
        "2026-11-23 14:00",
        "--where",
        "Family hub\nAlso here that day: nothing",
    ]);
    let today = s.ok(&["today"]);
    assert_eq!(unsafe_for_a_terminal(&today), None, "{today:?}");
    let line = today
        .lines()
        .find(|l| l.contains("Midwife"))
        .unwrap_or_else(|| panic!("no title on Today: {today}"));
    assert!(
        line.contains("Midwife END:VEVENT SUMMARY:Injected[2Jgnp.exe"),
        "the title stays on its own line: {today}"
    );
    assert!(
        !today.lines().any(|l| l.trim_start().starts_with("END:VEVENT")),
        "{today}"
    );
    assert!(
        !today
            .lines()
            .any(|l| l.trim_start().starts_with("Also here that day: nothing")),
        "{today}"
    );

    let ics = s.ok(&["export", "--ics"]);
    assert_eq!(ics.matches("\r\nBEGIN:VEVENT\r\n").count(), 1, "{ics}");
    assert!(
        ics.contains("SUMMARY:Midwife END:VEVENT SUMMARY:Injected[2Jgnp.exe\r\n"),
        "{ics}"
    );
}

#[test]
fn what_a_stranger_sends_a_care_team_member_prints_on_its_own_lines() {
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
    // Anyone who has seen the invite code can write to the inbox it names.
    let invite = Invite::decode(init["invite"].as_str().unwrap()).unwrap();
    let stranger = DeviceKey::generate().unwrap();
    let me = stranger.identity();
    let mut client = RelayClient::new(&relay.url, DeviceKey::from_key_file(&stranger.to_key_file()).unwrap()).unwrap();
    let inbox = "ab".repeat(16);
    client.register_inbox(&inbox).unwrap();
    let mut send = |item: Item| {
        let id = EnvelopeId::random().unwrap();
        let env = envelope::seal(&stranger, &invite.member, invite.inbox, id, &item).unwrap();
        client
            .put(&invite.inbox.to_hex(), &id.to_hex(), &env.to_json())
            .unwrap();
    };
    let item = |id: &str, kind: &str, payload: serde_json::Value| Item {
        id: id.into(),
        version: 1,
        kind: Kind::new(kind).unwrap(),
        payload: serde_json::to_vec(&payload).unwrap(),
    };
    send(item(
        "hello",
        envelope::HELLO,
        json!({"format": "alongside-hello", "version": 1, "relay_url": relay.url,
               "inbox": inbox, "signing_key": me.signing.to_base64(),
               "sealing_key": me.sealing.to_base64()}),
    ));
    send(item(
        "appt-1",
        "appointment",
        json!({"resourceType": "Appointment", "status": "booked",
               "description": "Scan\r\nWoman 000000: 0 records\u{1b}[2J\u{202E}"}),
    ));
    send(item(
        "req-1",
        "support-request",
        json!({"resourceType": "CommunicationRequest", "priority": "urgent\r\n- STAT",
               "authoredOn": "2026-11-23\u{1b}]0;x\u{7}",
               "payload": [{"contentString": "I would like: help\r\n- STAT from woman 000000\u{2066}"}]}),
    ));

    let out = s.ok(&["team", "pull", "--dir", team]);
    assert_eq!(unsafe_for_a_terminal(&out), None, "{out:?}");
    assert!(
        out.lines()
            .any(|l| l == "  appointment v1: Appointment Scan Woman 000000: 0 records[2J"),
        "{out}"
    );
    assert!(!out.lines().any(|l| l.starts_with("Woman 000000")), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("- URGENT - STAT from woman ") && l.contains("sent 2026-11-23]0;x,")),
        "{out}"
    );
    // Her words stay indented under the heading: a second line can't pass as a heading.
    assert!(out.lines().any(|l| l == "    - STAT from woman 000000"), "{out}");
    assert_eq!(out.lines().filter(|l| l.starts_with("- ")).count(), 1, "{out}");
}
