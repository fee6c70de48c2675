//! Free text can't fake a screen or an export: line breaks, control characters and
//! bidirectional overrides in what she types (or pastes) are tidied before anything is
//! stored, so Today shows one line per title and the calendar file holds one event per
//! appointment. Pasted text with a trailing newline simply works.

mod common;
mod sharing_support;

use alongside_core::sharing::sync::{SyncListener, SyncProgress};
use alongside_core::support::*;
use alongside_core::*;
use common::*;
use icalendar::{Calendar, CalendarComponent, Component, EventLike};
use serde_json::json;
use sharing_support::relay::Relay;
use sharing_support::{item, Member};
use std::sync::Arc;

/// A title someone might paste to forge a second calendar event and reverse what follows.
const FORGED: &str = "Midwife\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\u{202E}gnp.exe\u{2066}";

fn has_unsafe(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() || free_text::is_forbidden(c) || c == '\u{2028}')
}

fn forged_appointment(v: &Vault) -> String {
    let mut d = draft(FORGED, "2026-11-23T14:00");
    d.location = Some("Family hub\nBEGIN:VALARM\u{1B}[2J".into());
    d.with_whom = Some("Maya\u{202D} Okafor\t(midwife)\r\n".into());
    d.notes = Some("Bring the red book\r\nAsk about feeding\u{7}\u{2067}".into());
    v.add_appointment(d, monday_morning())
        .expect("a pasted title is not refused")
}

#[test]
fn a_title_with_line_breaks_and_direction_overrides_shows_as_one_line_on_today() {
    let tv = new_vault();
    forged_appointment(&tv.vault);
    let today = tv.vault.today(monday_morning()).unwrap();
    let o = &today.later_today[0];
    assert_eq!(o.title, "Midwife END:VEVENT BEGIN:VEVENT SUMMARY:Injectedgnp.exe");
    assert_eq!(o.location.as_deref(), Some("Family hub BEGIN:VALARM[2J"));
    assert_eq!(o.with_whom.as_deref(), Some("Maya Okafor (midwife)"));
    // Notes keep her line breaks, as plain newlines, and nothing else.
    assert_eq!(o.notes.as_deref(), Some("Bring the red book\nAsk about feeding"));
    let shown = serde_json::to_string(&today).unwrap();
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    for text in strings(&shown) {
        assert!(!has_unsafe(&text.replace('\n', "")), "Today shows {text:?}");
    }
}

#[test]
fn a_forged_title_makes_one_event_in_the_calendar_file() {
    let tv = new_vault();
    forged_appointment(&tv.vault);
    let text = tv.vault.export_ics(monday_morning()).unwrap();
    let cal: Calendar = text.parse().expect("the export is valid iCalendar");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 1, "one appointment, one event:\n{text}");
    assert_eq!(
        events[0].get_summary(),
        Some("Midwife END:VEVENT BEGIN:VEVENT SUMMARY:Injectedgnp.exe")
    );
    assert_eq!(
        text.matches("BEGIN:VEVENT").count(),
        2,
        "the title's words stay inside it"
    );
    assert!(!text.lines().any(|l| l.starts_with("SUMMARY:Injected")));
    // Every line ends in CRLF and holds no other control character (RFC 5545 3.1, 3.3.11).
    for l in text.split("\r\n") {
        assert!(!has_unsafe(l), "unsafe calendar line {l:?}");
    }
}

#[test]
fn calendar_text_escapes_commas_semicolons_and_backslashes() {
    let tv = new_vault();
    let mut d = draft(r"Scan; bring notes, ID \ letter", "2026-11-24T10:00");
    d.location = Some("Ward 4, Level 2; East".into());
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    let text = tv.vault.export_ics(monday_morning()).unwrap();
    assert!(text.contains(r"SUMMARY:Scan\; bring notes\, ID \\ letter"), "{text}");
    assert!(text.contains(r"LOCATION:Ward 4\, Level 2\; East"), "{text}");
    let cal: Calendar = text.parse().unwrap();
    let Some(CalendarComponent::Event(e)) = cal.components.iter().find(|c| matches!(c, CalendarComponent::Event(_)))
    else {
        panic!("no event")
    };
    assert_eq!(e.get_summary(), Some(r"Scan; bring notes, ID \ letter"));
    assert_eq!(e.get_location(), Some("Ward 4, Level 2; East"));
}

#[test]
fn the_json_export_carries_the_tidied_text() {
    let tv = new_vault();
    forged_appointment(&tv.vault);
    let json: serde_json::Value = serde_json::from_str(&tv.vault.export_json(monday_morning()).unwrap()).unwrap();
    let a = &json["appointments"][0];
    assert_eq!(a["title"], "Midwife END:VEVENT BEGIN:VEVENT SUMMARY:Injectedgnp.exe");
    assert_eq!(a["notes"], "Bring the red book\nAsk about feeding");
}

#[test]
fn medicine_names_pharmacies_and_dose_notes_are_tidied_too() {
    let tv = new_vault();
    let v = &tv.vault;
    let mut m = methadone("2026-11-01", 60.0);
    m.pharmacy = Some("High Street\r\nPharmacy\u{202E}".into());
    let id = v.add_medicine(m, monday_morning()).unwrap();
    v.log_dose(
        DoseEntry {
            medicine_id: id.clone(),
            date: "2026-11-22".into(),
            slot: DoseSlot::Only,
            status: DoseStatus::Missed,
            taken_at: None,
            amount_taken: None,
            note: Some("Felt\r\nunwell\u{1B}]0;title\u{7}".into()),
            confirm_change: false,
        },
        monday_morning(),
    )
    .unwrap();
    let med = v.medicines(monday_morning()).unwrap().remove(0);
    assert_eq!(med.pharmacy.as_deref(), Some("High Street Pharmacy"));
    let doses = v.doses_between("2026-11-22".into(), "2026-11-22".into()).unwrap();
    assert_eq!(doses[0].note.as_deref(), Some("Felt\nunwell]0;title"));
}

#[test]
fn text_that_is_only_line_breaks_counts_as_empty() {
    let tv = new_vault();
    assert_invalid(
        tv.vault
            .add_appointment(draft("\r\n\u{202E}\t", "2026-11-24T10:00"), monday_morning()),
        "title",
    );
    assert!(everything(&tv.vault).is_empty());
}

struct Quiet;

impl SyncListener for Quiet {
    fn progress(&self, _: SyncProgress) {}
}

#[test]
fn words_from_her_care_team_cannot_fake_her_screens() {
    let relay = Relay::start("2026-11-23T09:00:00Z");
    let maya = Member::new(0x11, &relay.url);
    let tv = new_vault();
    let v = &tv.vault;
    let contact = v
        .add_care_contact(maya.invite("Maya Okafor", "specialist midwife"), monday_morning())
        .unwrap();
    let draft = SupportRequestDraft {
        needs: vec![SupportNeed::SomeoneToTalkTo],
        methods: vec![ContactMethod::InPerson],
        phone: None,
        name_to_use: Some("Jo\r\n\u{202E}".into()),
        safe_times: vec![],
        may_leave_message: false,
        urgency: SupportUrgency::ThisWeek,
        recipient: SupportRecipient::CareContact {
            contact_id: contact.id.clone(),
        },
        note: Some("Please text first.\r\nNot after 6.\u{2067}\u{1B}[0m".into()),
    };
    let preview = v.preview_support_request(draft.clone(), monday_morning()).unwrap();
    assert!(
        preview.lines.contains(&"Please call me: Jo".to_string()),
        "{:?}",
        preview.lines
    );
    assert!(
        preview
            .lines
            .contains(&"From me: Please text first.\nNot after 6.[0m".to_string()),
        "{:?}",
        preview.lines
    );
    v.send_support_request(draft, monday_morning()).unwrap();
    v.sync_now(monday_morning(), Arc::new(Quiet)).unwrap();

    let got = maya.pull(&[v.sharing_identity().unwrap().signing]);
    let hello: serde_json::Value = serde_json::from_slice(&got[0].item.payload).unwrap();
    let inbox = hello["inbox"].as_str().unwrap().to_string();
    let request = got.iter().find(|o| o.item.kind.as_str() == "support-request").unwrap();
    let her = v.sharing_identity().unwrap();
    maya.send(
        &her,
        &inbox,
        &item(
            "ack-1",
            "ack",
            &json!({"format": "alongside-ack", "version": 1, "envelopes": [request.id.to_hex()],
                    "message": "I'll call\u{202E} at 10.\r\n\u{1B}]0;pwned\u{7}See you then."}),
        ),
    );
    maya.send(
        &her,
        &inbox,
        &item(
            "proposal-1",
            "appointment-proposal",
            &json!({"resourceType": "Appointment", "status": "proposed",
                    "description": "Postnatal\r\ncheck\u{2066}\u{1B}[2J",
                    "start": "2026-12-01T10:00:00Z", "end": "2026-12-01T10:30:00Z"}),
        ),
    );
    v.sync_now(monday_morning(), Arc::new(Quiet)).unwrap();

    let answered = &v.support_requests().unwrap()[0];
    assert_eq!(
        answered.answer.as_deref(),
        Some("I'll call at 10.\n]0;pwnedSee you then.")
    );
    let messages = v.care_team_messages().unwrap();
    assert_eq!(messages[0].title, "Postnatal check[2J");
    assert_eq!(
        messages[0].summary,
        "Maya Okafor (specialist midwife) suggests: Postnatal check[2J, Tuesday 1 December, 10:00 to 10:30"
    );
    let id = v
        .accept_appointment_proposal(messages[0].message_id.clone(), monday_morning())
        .unwrap();
    assert_eq!(v.appointment(id).unwrap().title, "Postnatal check[2J");
}

/// Every string anywhere in a JSON value.
fn strings(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().flat_map(strings).collect(),
        serde_json::Value::Object(o) => o.values().flat_map(strings).collect(),
        _ => vec![],
    }
}
