//! Taking her data with her: the JSON export and the iCalendar file.

mod common;

use alongside_core::*;
use common::*;
use icalendar::{Calendar, CalendarComponent, Component, EventLike};

fn filled() -> TestVault {
    let tv = new_vault();
    let v = &tv.vault;
    let mut d = weekly("Peer group", "2026-11-24T18:00", 2, 4);
    d.reminder_minutes_before = vec![1440, 90];
    d.location = Some("Family hub, Mill Lane".into());
    d.notes = Some("Ask about the creche".into());
    let series = v.add_appointment(d, monday_morning()).unwrap();
    v.reschedule_appointment(
        series.clone(),
        1,
        "2026-12-09T17:30".into(),
        Scope::ThisOccurrence,
        monday_morning(),
        None,
    )
    .unwrap();
    v.cancel_appointment(series, 2, Scope::ThisOccurrence, monday_morning())
        .unwrap();
    let one = v
        .add_appointment(draft("Scan", "2026-11-20T09:00"), at("2026-11-01T08:00:00Z"))
        .unwrap();
    v.set_appointment_status(one, 0, AppointmentStatus::Attended, monday_morning())
        .unwrap();
    let m = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(
        v,
        &m,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    tv
}

#[test]
fn the_json_export_holds_everything_she_entered() {
    let tv = filled();
    let json: serde_json::Value = serde_json::from_str(&tv.vault.export_json(monday_morning()).unwrap()).unwrap();
    assert_eq!(json["format"], "alongside-export");
    assert_eq!(json["version"], 1);
    assert_eq!(json["exported_at"], "2026-11-23T09:00:00Z");
    let appts = json["appointments"].as_array().unwrap();
    assert_eq!(appts.len(), 2);
    let group = appts.iter().find(|a| a["title"] == "Peer group").unwrap();
    assert_eq!(group["notes"], "Ask about the creche");
    assert_eq!(group["repeat"]["every_weeks"], 2);
    assert_eq!(group["occurrences"].as_array().unwrap().len(), 2);
    assert_eq!(group["occurrences"][0]["moved_to"], "2026-12-09T17:30");
    assert_eq!(json["medicines"][0]["history"].as_array().unwrap().len(), 1);
    assert_eq!(json["dose_log"][0]["status"], "missed");
    assert_eq!(json["settings"]["time_zone"], "Europe/London");
}

#[test]
fn the_ics_export_parses_and_carries_repeats_zones_moves_cancellations_and_reminders() {
    let tv = filled();
    let text = tv.vault.export_ics(monday_morning()).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.contains("PRODID:-//Alongside//Alongside diary//EN"));
    let cal: Calendar = text.parse().expect("the export is valid iCalendar");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter_map(|c| {
            if let CalendarComponent::Event(e) = c {
                Some(e)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(events.len(), 4, "two series, one moved and one cancelled occurrence");
    let main = events.iter().find(|e| e.property_value("RRULE").is_some()).unwrap();
    assert_eq!(main.property_value("RRULE"), Some("FREQ=WEEKLY;INTERVAL=2;COUNT=4"));
    assert_eq!(main.get_summary(), Some("Peer group"));
    assert_eq!(main.get_location(), Some("Family hub, Mill Lane"));
    assert!(!text.contains("creche"), "private notes stay out of calendar files");
    assert!(text.contains("DTSTART;TZID=Europe/London:20261124T180000"));
    assert!(text.contains("RECURRENCE-ID;TZID=Europe/London:20261208T180000"));
    assert!(text.contains("DTSTART;TZID=Europe/London:20261209T173000"));
    assert!(text.contains("RECURRENCE-ID;TZID=Europe/London:20261222T180000"));
    assert!(text.contains("STATUS:CANCELLED"));
    assert!(text.contains("BEGIN:VALARM"));
    assert!(text.contains("TRIGGER:-P1D\r\n"), "a day before is a nominal day");
    assert!(text.contains("TRIGGER:-PT90M\r\n"));
    assert_eq!(text.matches("PRODID").count(), 1);
    assert_eq!(
        text,
        tv.vault.export_ics(monday_morning()).unwrap(),
        "the same data exports the same file"
    );
    let tz = cal
        .components
        .iter()
        .find_map(|c| {
            if let CalendarComponent::Other(o) = c {
                (o.component_kind() == "VTIMEZONE").then_some(o)
            } else {
                None
            }
        })
        .expect("a VTIMEZONE for Europe/London");
    assert_eq!(tz.property_value("TZID"), Some("Europe/London"));
    assert!(
        text.contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000"),
        "the October change is described"
    );
    assert!(
        text.contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100"),
        "the March change is described"
    );
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded at 75 octets");
    let zone_block = &text[text.find("BEGIN:VTIMEZONE").unwrap()..text.find("END:VTIMEZONE").unwrap()];
    assert!(
        !zone_block.contains("DTSTAMP") && !zone_block.contains("UID"),
        "RFC 5545 allows neither in VTIMEZONE"
    );
}

#[test]
fn an_empty_vault_exports_an_empty_calendar_and_an_empty_document() {
    let tv = new_vault();
    let cal: Calendar = tv.vault.export_ics(monday_morning()).unwrap().parse().unwrap();
    assert!(cal.components.is_empty());
    let json: serde_json::Value = serde_json::from_str(&tv.vault.export_json(monday_morning()).unwrap()).unwrap();
    assert!(json["appointments"].as_array().unwrap().is_empty());
}

/// The unfolded text of the first VEVENT whose SUMMARY is `title`.
fn event_text(ics: &str, title: &str) -> String {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT")
        .skip(1)
        .find(|e| e.contains(&format!("SUMMARY:{title}\r\n")))
        .unwrap_or_else(|| panic!("no event {title}"))
        .to_string()
}

#[test]
fn the_ics_export_gives_every_event_an_explicit_end_in_its_own_zone_not_a_duration() {
    let tv = new_vault();
    let v = &tv.vault;
    // An ordinary hour on a November morning.
    v.add_appointment(draft("Midwife", "2026-11-24T10:30"), monday_morning())
        .unwrap();
    // Three hours across the night the clocks go back: 00:30 BST to 02:30 GMT.
    let mut long = draft("Overnight", "2027-10-31T00:30");
    long.duration_minutes = 180;
    v.add_appointment(long, monday_morning()).unwrap();
    // Two hours ending at the second 01:30 of the night: that end can't be written as
    // Europe/London 01:30 (RFC 5545 would read the first), so it is written in UTC.
    let mut late = draft("Late shift", "2027-10-31T00:30");
    late.duration_minutes = 120;
    v.add_appointment(late, monday_morning()).unwrap();
    let ics = v.export_ics(monday_morning()).unwrap();
    assert!(!ics.contains("DURATION"), "no event leaves its end to a DURATION");
    let midwife = event_text(&ics, "Midwife");
    assert!(midwife.contains("DTSTART;TZID=Europe/London:20261124T103000\r\n"));
    assert!(midwife.contains("DTEND;TZID=Europe/London:20261124T113000\r\n"));
    let overnight = event_text(&ics, "Overnight");
    assert!(overnight.contains("DTSTART;TZID=Europe/London:20271031T003000\r\n"));
    assert!(
        overnight.contains("DTEND;TZID=Europe/London:20271031T023000\r\n"),
        "three hours of real time after 00:30 BST is 02:30 GMT"
    );
    let late = event_text(&ics, "Late shift");
    assert!(
        late.contains("DTEND:20271031T013000Z\r\n"),
        "the second 01:30 (GMT) is written as the instant it is: {late}"
    );
    let _: Calendar = ics.parse().expect("still valid iCalendar");
}
