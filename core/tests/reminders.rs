//! Reminders a phone schedules: discreet text, stable ids, wall-clock times across clock changes.

mod common;

use alongside_core::*;
use common::*;

fn detailed(v: &Vault) {
    v.update_settings(Settings {
        time_zone: "Europe/London".into(),
        discreet_notifications: false,
    })
    .unwrap();
}

#[test]
fn reminders_are_discreet_by_default() {
    let tv = new_vault();
    let mut d = draft("Drug service key worker", "2026-11-24T10:00");
    d.reminder_minutes_before = vec![120];
    d.location = Some("Recovery hub".into());
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    tv.vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    let r = tv
        .vault
        .reminders(monday_morning(), at("2026-11-25T00:00:00Z"))
        .unwrap();
    assert!(!r.is_empty());
    for x in &r {
        assert_eq!(
            (x.title.as_str(), x.body.as_str()),
            ("Alongside", "You have a reminder")
        );
    }
}

#[test]
fn detailed_reminders_name_the_appointment_and_the_dose_once_she_turns_them_on() {
    let tv = new_vault();
    detailed(&tv.vault);
    let mut d = draft("Midwife", "2026-11-24T10:00");
    d.reminder_minutes_before = vec![120];
    d.location = Some("Family hub".into());
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    tv.vault
        .add_medicine(methadone("2026-11-01", 62.5), monday_morning())
        .unwrap();
    let r = tv
        .vault
        .reminders(at("2026-11-24T00:00:00Z"), at("2026-11-25T00:00:00Z"))
        .unwrap();
    let view: Vec<(ReminderKind, &str, &str)> = r.iter().map(|x| (x.kind, x.title.as_str(), x.body.as_str())).collect();
    assert_eq!(
        view,
        [
            (ReminderKind::Appointment, "Midwife", "Starts at 10:00, Family hub"),
            (ReminderKind::Dose, "Methadone: time for your dose", "62.5 mg at 09:00"),
        ]
    );
    assert_eq!(r[0].fire_at, at("2026-11-24T08:00:00Z"));
}

#[test]
fn reminders_kept_for_a_restart_keep_only_their_numbers_times_and_the_discreet_words() {
    let tv = new_vault();
    // Detailed words on the lock screen are her choice for the alarms set while she uses
    // the app; the copy kept outside the vault must not carry them.
    detailed(&tv.vault);
    let mut d = draft("Midwife", "2026-11-24T10:00");
    d.reminder_minutes_before = vec![120];
    d.location = Some("Family hub".into());
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    let methadone_id = tv
        .vault
        .add_medicine(methadone("2026-11-01", 62.5), monday_morning())
        .unwrap();
    let r = tv
        .vault
        .reminders(at("2026-11-24T00:00:00Z"), at("2026-11-25T00:00:00Z"))
        .unwrap();
    assert_eq!(r[0].title, "Midwife");

    let kept = restart_reminders(r.clone());
    assert_eq!(
        kept.iter().map(|k| (k.numeric_id, k.fire_at)).collect::<Vec<_>>(),
        r.iter().map(|x| (x.numeric_id, x.fire_at)).collect::<Vec<_>>()
    );
    for k in &kept {
        assert_eq!(
            (k.title.as_str(), k.body.as_str()),
            ("Alongside", "You have a reminder")
        );
    }
    let everything = format!("{kept:?}");
    for secret in [
        "Midwife",
        "Family hub",
        "Methadone",
        "mg",
        methadone_id.as_str(),
        "appt:",
        "dose:",
    ] {
        assert!(
            !everything.contains(secret),
            "{secret:?} must not be kept outside the vault"
        );
    }
}

#[test]
fn a_day_before_reminder_keeps_the_wall_clock_time_across_the_clock_change() {
    let tv = new_vault();
    // Sunday 25 October 2026: clocks went back at 02:00 BST. The appointment is 10:00 GMT.
    let mut d = draft("Family time", "2026-10-25T10:00");
    d.reminder_minutes_before = vec![1440, 120];
    tv.vault.add_appointment(d, at("2026-10-01T09:00:00Z")).unwrap();
    let r = tv
        .vault
        .reminders(at("2026-10-23T00:00:00Z"), at("2026-10-26T00:00:00Z"))
        .unwrap();
    let times: Vec<_> = r.iter().map(|x| x.fire_at).collect();
    // 10:00 BST on Saturday is 09:00 UTC; two hours before 10:00 GMT is 08:00 UTC.
    assert_eq!(times, [at("2026-10-24T09:00:00Z"), at("2026-10-25T08:00:00Z")]);
}

#[test]
fn a_daily_dose_reminder_stays_at_nine_local_time_across_the_spring_change() {
    let tv = new_vault();
    tv.vault
        .add_medicine(methadone("2026-03-01", 60.0), at("2026-03-01T09:00:00Z"))
        .unwrap();
    let r = tv
        .vault
        .reminders(at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z"))
        .unwrap();
    let times: Vec<_> = r.iter().map(|x| x.fire_at).collect();
    assert_eq!(times, [at("2026-03-28T09:00:00Z"), at("2026-03-29T08:00:00Z")]);
}

#[test]
fn reminder_ids_are_stable_between_calls_and_unique_within_one() {
    let tv = new_vault();
    let mut d = weekly("Group", "2026-11-24T18:00", 1, 4);
    d.reminder_minutes_before = vec![1440, 60];
    tv.vault.add_appointment(d, monday_morning()).unwrap();
    tv.vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    let from = monday_morning();
    let to = at("2026-12-20T00:00:00Z");
    let a = tv.vault.reminders(from, to).unwrap();
    let b = tv.vault.reminders(from, to).unwrap();
    assert_eq!(a, b);
    let mut ids: Vec<&str> = a.iter().map(|r| r.id.as_str()).collect();
    let mut nums: Vec<i32> = a.iter().map(|r| r.numeric_id).collect();
    ids.sort();
    ids.dedup();
    nums.sort();
    nums.dedup();
    assert_eq!(ids.len(), a.len());
    assert_eq!(nums.len(), a.len());
    assert!(nums.iter().all(|n| *n >= 0));
}

#[test]
fn logged_doses_and_cancelled_or_past_appointments_get_no_reminder() {
    let tv = new_vault();
    let mut d = draft("GP", "2026-11-24T10:00");
    d.reminder_minutes_before = vec![60];
    let id = tv.vault.add_appointment(d, monday_morning()).unwrap();
    tv.vault
        .cancel_appointment(id, 0, Scope::ThisOccurrence, monday_morning())
        .unwrap();
    let med = tv
        .vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    log(
        &tv.vault,
        &med,
        "2026-11-23",
        DoseSlot::Only,
        DoseStatus::Taken,
        at("2026-11-23T08:00:00Z"),
    )
    .unwrap();
    let r = tv
        .vault
        .reminders(at("2026-11-23T00:00:00Z"), at("2026-11-25T00:00:00Z"))
        .unwrap();
    let fires: Vec<_> = r.iter().map(|x| (x.kind, x.fire_at)).collect();
    assert_eq!(fires, [(ReminderKind::Dose, at("2026-11-24T09:00:00Z"))]);
}

#[test]
fn a_window_longer_than_62_days_or_backwards_is_refused() {
    let tv = new_vault();
    assert_invalid(
        tv.vault.reminders(monday_morning(), at("2027-02-01T00:00:00Z")),
        "window",
    );
    assert_invalid(
        tv.vault.reminders(monday_morning(), at("2026-11-01T00:00:00Z")),
        "window",
    );
}
