//! An appointment can point at a venue in the service directory: Today then says where it
//! is and what else meets there that day, so one trip can cover more than one need.

mod common;
mod directory_support;

use alongside_core::*;
use common::*;
use directory_support::*;

fn installed() -> TestVault {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    tv
}

fn at_venue(title: &str, start: &str, venue: &str) -> AppointmentDraft {
    AppointmentDraft {
        venue_id: Some(venue.into()),
        ..draft(title, start)
    }
}

#[test]
fn an_appointment_at_the_family_hub_shows_what_else_meets_there_that_day() {
    let tv = installed();
    let v = &tv.vault;
    // Tuesday at Mill Lane Family Hub: midwives 09:30-12:00 and the recovery team 13:00-16:00.
    v.add_appointment(at_venue("Baby weighing", "2026-11-24T11:00", "hub"), monday_morning())
        .unwrap();

    let today = v.today(monday_morning()).unwrap();
    let o = &today.next_days[0];
    assert_eq!(o.venue_id.as_deref(), Some("hub"));
    assert_eq!(
        o.location.as_deref(),
        Some("Mill Lane Family Hub, 1 Mill Lane Family Hub, Testshire, TE1 1ST"),
        "with no location of her own, the venue's address is kept as the location"
    );
    let place = o.place.as_ref().expect("the place is shown");
    assert_eq!(place.venue.name, "Mill Lane Family Hub");
    assert_eq!(
        place.where_label,
        "At Mill Lane Family Hub, 1 Mill Lane Family Hub, Testshire, TE1 1ST"
    );
    let also: Vec<(&str, &str)> = place
        .also_there
        .iter()
        .map(|s| (s.service_name.as_str(), s.time_label.as_str()))
        .collect();
    assert_eq!(
        also,
        [
            ("Specialist midwives", "09:30 to 12:00"),
            ("Recovery team", "13:00 to 16:00")
        ]
    );
    assert_eq!(
        place.also_there_label.as_deref(),
        Some("Also here that day: Specialist midwives (09:30 to 12:00); Recovery team (13:00 to 16:00).")
    );
    assert!(!place.sample);
}

#[test]
fn a_service_that_meets_twice_that_day_is_named_once_with_both_times() {
    // The recovery team also runs a drop-in at Riverside Clinic on Wednesday mornings,
    // beside its all-day clinic: one service, two sessions.
    let mut d = directory(1);
    d.sessions.push(alongside_protocol::directory::Session {
        service_id: "recovery".into(),
        venue_id: "clinic".into(),
        days: vec![alongside_protocol::directory::Day::Wednesday],
        start: "10:00".into(),
        end: "12:00".into(),
        weeks_of_month: vec![],
        valid_from: None,
        valid_until: None,
        access: alongside_protocol::directory::Access::DropIn,
        notes: None,
    });
    let tv = new_vault();
    let v = &tv.vault;
    import(v, &seal_with(&d, &test_key()), monday_morning()).unwrap();
    v.add_appointment(at_venue("Key worker", "2026-11-25T11:00", "clinic"), monday_morning())
        .unwrap();

    let place = v.today(monday_morning()).unwrap().next_days[0].place.clone().unwrap();
    assert_eq!(place.also_there.len(), 3, "every session is still listed as data");
    assert_eq!(
        place.also_there_label.as_deref(),
        Some("Also here that day: Recovery team (09:00 to 17:00 and 10:00 to 12:00); Money advice (10:00 to 12:00).")
    );
}

#[test]
fn the_place_follows_the_date_of_each_occurrence_of_a_series() {
    let tv = installed();
    let v = &tv.vault;
    // Health visitors meet at the hub on the first and third Thursday only. A weekly
    // Thursday group there: 3 December (first Thursday) has them; 10 December has nothing.
    v.add_appointment(
        AppointmentDraft {
            venue_id: Some("hub".into()),
            ..weekly("Parents group", "2026-12-03T10:00", 1, 2)
        },
        monday_morning(),
    )
    .unwrap();
    let list = v
        .appointments_between("2026-12-01".into(), "2026-12-31".into())
        .unwrap();
    let first = list[0].place.as_ref().unwrap();
    assert_eq!(first.also_there[0].service_name, "Health visitors");
    let second = list[1].place.as_ref().unwrap();
    assert!(second.also_there.is_empty());
    assert_eq!(second.also_there_label, None, "nothing else meets there that day");
    assert_eq!(second.venue.id, "hub");
}

#[test]
fn her_own_location_words_are_kept_when_she_also_picks_a_venue() {
    let tv = installed();
    let v = &tv.vault;
    let id = v
        .add_appointment(
            AppointmentDraft {
                location: Some("Room 2, upstairs".into()),
                ..at_venue("Midwife", "2026-11-24T10:00", "hub")
            },
            monday_morning(),
        )
        .unwrap();
    let a = v.appointment(id).unwrap();
    assert_eq!(a.location.as_deref(), Some("Room 2, upstairs"));
    assert_eq!(a.venue_id.as_deref(), Some("hub"));
}

#[test]
fn a_venue_that_is_not_in_the_directory_is_refused_and_nothing_is_saved() {
    let tv = installed();
    let v = &tv.vault;
    assert_invalid(
        v.add_appointment(at_venue("Midwife", "2026-11-24T10:00", "nowhere"), monday_morning()),
        "place",
    );
    assert_invalid(
        v.add_appointment(
            at_venue("Midwife", "2026-11-24T10:00", &"x".repeat(500)),
            monday_morning(),
        ),
        "place",
    );
    assert!(everything(v).is_empty());

    // With no directory at all, a venue cannot be chosen either.
    let empty = new_vault();
    assert_invalid(
        empty
            .vault
            .add_appointment(at_venue("Midwife", "2026-11-24T10:00", "hub"), monday_morning()),
        "place",
    );
}

#[test]
fn an_appointment_keeps_its_address_when_a_newer_directory_drops_its_venue() {
    let tv = installed();
    let v = &tv.vault;
    let id = v
        .add_appointment(at_venue("Food bank", "2026-11-27T10:30", "hall"), monday_morning())
        .unwrap();
    let mut d = directory(2);
    d.venues.retain(|x| x.id != "hall");
    d.sessions.retain(|s| s.venue_id != "hall");
    import(v, &seal_with(&d, &test_key()), monday_morning()).unwrap();

    let o = &v.today(monday_morning()).unwrap().next_days[0];
    assert_eq!(o.place, None, "the venue is gone from the directory");
    assert_eq!(
        o.location.as_deref(),
        Some("St Anne's Hall, 1 St Anne's Hall, Testshire, TE1 1ST"),
        "but she still knows where to go"
    );
    // Editing other details still works: the old venue is not checked again.
    v.edit_appointment(
        id.clone(),
        AppointmentDraft {
            title: "Food bank and group".into(),
            ..at_venue("Food bank", "2026-11-27T10:30", "hall")
        },
        monday_morning(),
    )
    .unwrap();
    assert_eq!(v.appointment(id).unwrap().title, "Food bank and group");
}

#[test]
fn rebooking_a_missed_appointment_keeps_its_venue() {
    let tv = installed();
    let v = &tv.vault;
    let id = v
        .add_appointment(
            at_venue("Recovery review", "2026-11-23T09:30", "clinic"),
            monday_morning(),
        )
        .unwrap();
    v.set_appointment_status(id.clone(), 0, AppointmentStatus::Missed, at("2026-11-23T12:00:00Z"))
        .unwrap();
    let new_id = v
        .rebook_missed_appointment_at(id, 0, "2026-11-25T11:00".into(), at("2026-11-23T12:00:00Z"), None)
        .unwrap();
    let a = v.appointment(new_id).unwrap();
    assert_eq!(a.venue_id.as_deref(), Some("clinic"));
    let o = v
        .appointments_between("2026-11-25".into(), "2026-11-25".into())
        .unwrap()
        .remove(0);
    // Wednesday at Riverside Clinic: recovery team all day and money advice in the morning.
    let names: Vec<&str> = o
        .place
        .as_ref()
        .unwrap()
        .also_there
        .iter()
        .map(|s| s.service_name.as_str())
        .collect();
    assert_eq!(names, ["Recovery team", "Money advice"]);
}

#[test]
fn the_venue_is_in_the_export_and_its_address_in_the_calendar_file() {
    let tv = installed();
    let v = &tv.vault;
    v.add_appointment(at_venue("Midwife", "2026-11-24T10:00", "hub"), monday_morning())
        .unwrap();
    let json = v.export_json(monday_morning()).unwrap();
    assert!(json.contains("\"venue_id\": \"hub\"") || json.contains("\"venue_id\":\"hub\""));
    let ics = v.export_ics(monday_morning()).unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("LOCATION:Mill Lane Family Hub\\, 1 Mill Lane Family Hub\\, Testshire\\, TE1 1ST"));
}
