//! The Today screen: now and next, today's doses, alerts, and the week's load.

mod common;

use alongside_core::*;
use common::*;

fn titles(list: &[Occurrence]) -> Vec<&str> {
    list.iter().map(|o| o.title.as_str()).collect()
}

#[test]
fn today_separates_what_is_on_now_later_today_earlier_today_and_the_next_week() {
    let tv = new_vault();
    let v = &tv.vault;
    let now = at("2026-11-24T11:15:00Z");
    v.add_appointment(draft("Pharmacy chat", "2026-11-24T08:00"), now)
        .unwrap();
    v.add_appointment(draft("Midwife", "2026-11-24T11:00"), now).unwrap();
    v.add_appointment(draft("Key worker", "2026-11-24T15:00"), now).unwrap();
    v.add_appointment(draft("Scan", "2026-11-27T09:00"), now).unwrap();
    v.add_appointment(draft("Health visitor", "2026-12-01T10:00"), now)
        .unwrap();
    v.add_appointment(draft("Too far ahead", "2026-12-02T10:00"), now)
        .unwrap();
    let cancelled = v.add_appointment(draft("Cancelled", "2026-11-26T10:00"), now).unwrap();
    v.cancel_appointment(cancelled, 0, Scope::ThisOccurrence, now).unwrap();
    let t = v.today(now).unwrap();
    assert_eq!(t.date, "2026-11-24");
    assert_eq!(titles(&t.happening_now), ["Midwife"]);
    assert_eq!(titles(&t.later_today), ["Key worker"]);
    assert_eq!(titles(&t.earlier_today), ["Pharmacy chat"]);
    assert_eq!(titles(&t.next_days), ["Scan", "Health visitor"]);
}

#[test]
fn the_week_summary_counts_appointments_and_names_the_days_with_more_than_one() {
    let tv = new_vault();
    let v = &tv.vault;
    let now = monday_morning();
    for (t, s) in [
        ("Midwife", "2026-11-23T10:00"),
        ("Key worker", "2026-11-23T14:00"),
        ("Scan", "2026-11-25T09:00"),
        ("Social worker", "2026-11-27T11:00"),
        ("Court", "2026-11-27T14:00"),
        ("Group", "2026-11-27T18:00"),
        ("Next week", "2026-11-30T10:00"),
        ("Last week", "2026-11-22T10:00"),
    ] {
        v.add_appointment(draft(t, s), now).unwrap();
    }
    let w = v.today(now).unwrap().week;
    assert_eq!(
        (w.week_start.as_str(), w.week_end.as_str()),
        ("2026-11-23", "2026-11-29")
    );
    assert_eq!(w.appointment_count, 6);
    let busy: Vec<(&str, u32)> = w.busy_days.iter().map(|b| (b.date.as_str(), b.count)).collect();
    assert_eq!(busy, [("2026-11-23", 2), ("2026-11-27", 3)]);
    assert_eq!(w.busy_days[1].label, "Friday 27 November: 3 appointments");
    assert_eq!(
        w.summary,
        "You have 6 appointments this week. 2 days have more than one appointment."
    );
}

#[test]
fn a_missed_appointment_offers_a_new_time_kindly_and_rebooking_clears_the_offer() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v
        .add_appointment(draft("Midwife check", "2026-11-20T10:00"), at("2026-11-19T09:00:00Z"))
        .unwrap();
    v.set_appointment_status(id.clone(), 0, AppointmentStatus::Missed, at("2026-11-20T12:00:00Z"))
        .unwrap();
    let alerts = v.today(monday_morning()).unwrap().alerts;
    assert_eq!(alerts.len(), 1);
    let a = &alerts[0];
    assert_eq!(a.kind, AlertKind::MissedAppointmentFollowUp);
    assert_eq!(a.title, "Would you like a new time for Midwife check?");
    assert!(a.body.contains("that's OK"), "{}", a.body);
    for blame in ["fail", "should have", "must", "didn't attend", "non-"] {
        assert!(
            !a.body.to_lowercase().contains(blame),
            "scolding word {blame:?} in {:?}",
            a.body
        );
    }
    assert_eq!(a.action_label.as_deref(), Some("Book a new time"));
    assert_eq!(
        (a.appointment_id.as_deref(), a.occurrence),
        (Some(id.as_str()), Some(0))
    );

    let new_id = v
        .rebook_missed_appointment(
            id.clone(),
            0,
            draft("Midwife check", "2026-11-26T10:00"),
            monday_morning(),
        )
        .unwrap();
    let t = v.today(monday_morning()).unwrap();
    assert!(t.alerts.is_empty());
    assert_eq!(t.next_days[0].appointment_id, new_id);
}

#[test]
fn the_rebook_offer_can_be_set_aside_and_fades_after_two_weeks() {
    let tv = new_vault();
    let v = &tv.vault;
    let a = v
        .add_appointment(draft("Group", "2026-11-20T10:00"), at("2026-11-01T09:00:00Z"))
        .unwrap();
    let b = v
        .add_appointment(draft("GP", "2026-11-02T10:00"), at("2026-11-01T09:00:00Z"))
        .unwrap();
    v.set_appointment_status(a.clone(), 0, AppointmentStatus::Missed, monday_morning())
        .unwrap();
    v.set_appointment_status(b.clone(), 0, AppointmentStatus::Missed, monday_morning())
        .unwrap();
    assert_eq!(
        v.today(monday_morning()).unwrap().alerts.len(),
        1,
        "the three-week-old one has faded"
    );
    v.dismiss_missed_follow_up(a.clone(), 0, monday_morning()).unwrap();
    assert!(v.today(monday_morning()).unwrap().alerts.is_empty());
    assert_invalid(v.dismiss_missed_follow_up(a, 1, monday_morning()), "appointment");
    let planned = v
        .add_appointment(draft("Later", "2026-11-30T10:00"), monday_morning())
        .unwrap();
    assert_invalid(
        v.rebook_missed_appointment(planned, 0, draft("Later", "2026-12-01T10:00"), monday_morning()),
        "appointment",
    );
}

#[test]
fn today_shows_todays_doses_with_their_state() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    assert_eq!(
        v.today(monday_morning()).unwrap().doses[0].state,
        DoseState::NotYetLogged
    );
    log(
        v,
        &id,
        "2026-11-23",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    let d = &v.today(monday_morning()).unwrap().doses[0];
    assert_eq!(
        (d.medicine_name.as_str(), d.amount, d.state),
        ("Methadone", 60.0, DoseState::Taken)
    );
}

#[test]
fn today_follows_her_home_time_zone() {
    let tv = new_vault();
    let v = &tv.vault;
    v.update_settings(Settings {
        time_zone: "Australia/Sydney".into(),
        discreet_notifications: true,
    })
    .unwrap();
    // 23:30 UTC on the 23rd is already the 24th in Sydney.
    assert_eq!(v.today(at("2026-11-23T23:30:00Z")).unwrap().date, "2026-11-24");
}

#[test]
fn a_weekly_series_appears_on_today_and_in_the_coming_week() {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_appointment(
        weekly("Peer group", "2026-10-05T18:00", 1, 20),
        at("2026-10-01T09:00:00Z"),
    )
    .unwrap();
    let t = v.today(monday_morning()).unwrap();
    assert_eq!(titles(&t.later_today), ["Peer group"]);
    assert_eq!(t.next_days.len(), 1);
    assert_eq!(t.next_days[0].start_local, "2026-11-30T18:00");
}

#[test]
fn today_date_follows_the_home_zone_without_building_the_view() {
    let tv = new_vault();
    tv.vault
        .update_settings(Settings {
            time_zone: "Pacific/Auckland".into(),
            discreet_notifications: true,
        })
        .unwrap();
    assert_eq!(tv.vault.today_date(at("2026-11-23T12:00:00Z")).unwrap(), "2026-11-24");
}

#[test]
fn records_serialise_their_times_as_rfc3339_for_json_output() {
    let tv = new_vault();
    tv.vault
        .add_appointment(draft("Scan", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let o = &tv
        .vault
        .appointments_between("2026-11-24".into(), "2026-11-24".into())
        .unwrap()[0];
    let json = serde_json::to_value(o).unwrap();
    assert_eq!(json["starts_at"], "2026-11-24T10:00:00Z");
    assert_eq!(json["ends_at"], "2026-11-24T11:00:00Z");
    assert_eq!(json["kind_label"], "Specialist midwife");
}

#[test]
fn a_missed_appointment_can_be_rebooked_with_just_a_new_time() {
    let tv = new_vault();
    let v = &tv.vault;
    let mut d = draft("Growth scan", "2026-11-20T10:00");
    d.location = Some("Ultrasound".into());
    d.reminder_minutes_before = vec![1440];
    let id = v.add_appointment(d, at("2026-11-19T09:00:00Z")).unwrap();
    v.set_appointment_status(id.clone(), 0, AppointmentStatus::Missed, at("2026-11-20T12:00:00Z"))
        .unwrap();
    let alert = &v.today(monday_morning()).unwrap().alerts[0];
    assert_eq!(alert.action, AlertAction::RebookAppointment);
    let new_id = v
        .rebook_missed_appointment_at(id, 0, "2026-11-26T14:00".into(), monday_morning(), None)
        .unwrap();
    let again = v.appointment(new_id).unwrap();
    assert_eq!(
        (again.title.as_str(), again.location.as_deref()),
        ("Growth scan", Some("Ultrasound"))
    );
    assert_eq!(again.reminder_minutes_before, [1440]);
    assert!(again.repeat.is_none());
    let t = v.today(monday_morning()).unwrap();
    assert!(t.alerts.is_empty());
    assert_eq!(t.next_days[0].time_label, "14:00 to 15:00");
}
