//! The settings screen as one call, and each change she makes there as one call: what
//! reminders say, her time zone, a copy of her diary for the share sheet, the sample
//! directory and directory updates, her baby's situation, her dates and deleting the diary.

mod common;
mod directory_support;

use alongside_core::support::BabyStatus;
use alongside_core::*;
use common::*;

fn invalid_field(r: Result<impl std::fmt::Debug, AlongsideError>) -> String {
    match r {
        Err(AlongsideError::InvalidInput { field, reason }) => {
            assert!(
                !reason.is_empty() && !reason.starts_with("settings-"),
                "a reason in her words"
            );
            field
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn a_new_diary_keeps_reminders_discreet_and_says_what_each_choice_shows() {
    let tv = new_vault();
    let view = tv.vault.settings_view(monday_morning()).unwrap();
    let n = &view.notifications;
    assert_eq!(n.current, NotificationWording::Discreet);
    let labels: Vec<(NotificationWording, &str)> = n.choices.iter().map(|c| (c.wording, c.label.as_str())).collect();
    assert_eq!(
        labels,
        [
            (NotificationWording::Discreet, "Discreet (recommended)"),
            (NotificationWording::Detailed, "Detailed"),
        ]
    );
    assert!(n.choices[0].detail.contains("You have a reminder"));
    assert!(n.choices[1].detail.contains("lock screen"));
}

#[test]
fn choosing_detailed_reminders_changes_only_the_wording_and_reminders_then_name_the_appointment() {
    let tv = new_vault();
    let v = &tv.vault;
    v.set_time_zone("Europe/Dublin".into()).unwrap();
    let mut d = draft("Midwife check", "2026-11-24T10:00");
    d.reminder_minutes_before = vec![60];
    v.add_appointment(d, monday_morning()).unwrap();
    let body = |v: &Vault| {
        v.reminders(monday_morning(), at("2026-11-26T09:00:00Z")).unwrap()[0]
            .title
            .clone()
    };
    assert_eq!(body(v), "Alongside");

    v.set_notification_wording(NotificationWording::Detailed).unwrap();

    assert_eq!(
        v.settings().unwrap(),
        Settings {
            time_zone: "Europe/Dublin".into(),
            discreet_notifications: false
        }
    );
    assert_eq!(
        v.settings_view(monday_morning()).unwrap().notifications.current,
        NotificationWording::Detailed
    );
    assert_eq!(body(v), "Midwife check");
}

#[test]
fn the_screen_offers_uk_and_ireland_time_and_her_own_zone_when_she_set_another() {
    let tv = new_vault();
    let v = &tv.vault;
    let zones = v.settings_view(monday_morning()).unwrap().time_zone;
    assert_eq!(zones.current, "Europe/London");
    let offered: Vec<&str> = zones.choices.iter().map(|c| c.zone.as_str()).collect();
    assert_eq!(offered, ["Europe/London", "Europe/Dublin"]);
    assert!(zones.choices[0].label.starts_with("UK time"));

    v.set_time_zone("America/New_York".into()).unwrap();
    let zones = v.settings_view(monday_morning()).unwrap().time_zone;
    assert_eq!(zones.current, "America/New_York");
    let last = zones.choices.last().unwrap();
    assert_eq!(last.zone, "America/New_York");
    assert_eq!(last.label, "Another time zone: America/New_York");
    assert!(
        v.settings().unwrap().discreet_notifications,
        "the wording stayed discreet"
    );
}

#[test]
fn an_unknown_time_zone_is_refused_and_nothing_changes() {
    let tv = new_vault();
    let v = &tv.vault;
    assert_eq!(invalid_field(v.set_time_zone("Europe/Atlantis".into())), "time zone");
    assert_eq!(v.settings().unwrap(), Settings::default());
}

#[test]
fn a_copy_of_her_diary_comes_with_a_file_name_of_her_date_that_names_neither_her_nor_the_app() {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_appointment(draft("Midwife check", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let ics = v.export_file(ExportFormat::Ics, monday_morning()).unwrap();
    assert_eq!(ics.file_name, "diary-2026-11-23.ics");
    assert_eq!(ics.mime_type, "text/calendar");
    assert_eq!(ics.contents, v.export_ics(monday_morning()).unwrap());
    assert!(ics.contents.starts_with("BEGIN:VCALENDAR"));

    // Late on Monday in London is already Tuesday in Auckland: her date names the file.
    v.set_time_zone("Pacific/Auckland".into()).unwrap();
    let json = v.export_file(ExportFormat::Json, at("2026-11-23T20:00:00Z")).unwrap();
    assert_eq!(json.file_name, "diary-2026-11-24.json");
    assert_eq!(json.mime_type, "application/json");
    assert!(json.contents.contains("Midwife check"));

    let choices = v.settings_view(monday_morning()).unwrap().export.choices;
    let formats: Vec<ExportFormat> = choices.iter().map(|c| c.format).collect();
    assert_eq!(formats, [ExportFormat::Json, ExportFormat::Ics]);
    assert!(
        choices[0].detail.contains("left out"),
        "she is told what the JSON copy leaves out"
    );
}

#[test]
fn what_the_json_copy_says_it_leaves_out_is_really_left_out() {
    let tv = new_vault();
    let v = &tv.vault;
    v.set_her_dates(
        HerDates {
            due_date: Some("2026-11-30".into()),
            baby_born: Some("2026-11-10".into()),
        },
        monday_morning(),
    )
    .unwrap();
    v.set_baby_status(BabyStatus::TakenIntoCare, None, monday_morning())
        .unwrap();
    let json = v.export_file(ExportFormat::Json, monday_morning()).unwrap().contents;
    for secret in ["2026-11-30", "2026-11-10", "taken_into_care"] {
        assert!(!json.contains(secret), "{secret} is in the copy");
    }
}

#[test]
fn the_sample_directory_installs_with_one_tap_and_goes_again_with_another() {
    let tv = new_vault();
    let v = &tv.vault;
    let view = v.settings_view(monday_morning()).unwrap().directory;
    assert!(view.status.is_none());
    assert!(!view.sample_on);
    assert!(view.sample_available);
    assert!(view.status_label.starts_with("No service directory yet"));

    let status = v.set_sample_directory(true, monday_morning()).unwrap().unwrap();
    assert!(status.sample);
    assert_eq!(status.area, "Sampleton");
    let view = v.settings_view(monday_morning()).unwrap().directory;
    assert!(view.sample_on);
    assert_eq!(view.status_label, status.summary);
    assert!(!v.search_services(directory_support::query()).unwrap().is_empty());
    // A second tap on an installed sample is fine and changes nothing.
    assert_eq!(v.set_sample_directory(true, monday_morning()).unwrap(), Some(status));

    assert_eq!(v.set_sample_directory(false, monday_morning()).unwrap(), None);
    assert!(v.directory_status(monday_morning()).unwrap().is_none());
    assert!(!v.directory_options().unwrap().allow_sample_data);
}

#[test]
fn the_sample_never_replaces_a_real_directory_she_installed() {
    let tv = new_vault();
    let v = &tv.vault;
    let real = directory_support::import(v, &directory_support::bundle(1), monday_morning()).unwrap();
    assert!(!v.settings_view(monday_morning()).unwrap().directory.sample_available);

    assert_eq!(
        invalid_field(v.set_sample_directory(true, monday_morning())),
        "directory"
    );

    assert_eq!(v.directory_status(monday_morning()).unwrap(), Some(real));
    assert!(!v.directory_options().unwrap().allow_sample_data, "nothing changed");
}

#[test]
fn directory_updates_turn_on_with_a_safe_address_and_keep_her_other_choices() {
    let tv = new_vault();
    let v = &tv.vault;
    v.set_sample_directory(true, monday_morning()).unwrap();
    let options = v
        .set_directory_updates(true, Some("https://example.org/area.bundle".into()))
        .unwrap();
    assert!(options.updates_enabled);
    assert!(options.allow_sample_data, "sample data stayed on");
    let view = v.settings_view(monday_morning()).unwrap().directory;
    assert!(view.updates_on);
    assert_eq!(view.updates_address.as_deref(), Some("https://example.org/area.bundle"));
    assert!(view.last_checked_label.is_none(), "never checked yet");

    assert_eq!(
        invalid_field(v.set_directory_updates(true, Some("http://example.org/area.bundle".into()))),
        "update address"
    );
    assert_eq!(invalid_field(v.set_directory_updates(true, None)), "update address");
    assert_eq!(v.directory_options().unwrap(), options, "nothing changed");

    let off = v.set_directory_updates(false, None).unwrap();
    assert!(!off.updates_enabled && off.updates_url.is_none() && off.allow_sample_data);
}

#[test]
fn her_baby_her_dates_the_passcode_and_deleting_are_all_on_the_one_screen_in_her_words() {
    let tv = new_vault();
    let v = &tv.vault;
    let view = v.settings_view(monday_morning()).unwrap();
    assert_eq!(view.baby.current.status, BabyStatus::WithHer);
    let choices: Vec<&str> = view.baby.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        choices,
        [
            "Your baby is with you",
            "Your baby was taken into care",
            "Your baby is living with family",
            "Your baby is being looked after by someone else",
        ]
    );
    assert!(view.baby.explainer.contains("never shared"));
    assert!(view.passcode.new_label.contains("at least 6 characters"));
    assert_eq!(view.wipe.confirm_word, "DELETE");
    assert!(wipe_confirmation_accepted(view.wipe.confirm_word.clone()));
    assert!(view.dates.current.due_date_label.is_none());

    v.set_baby_status(BabyStatus::TakenIntoCare, Some("2026-11-20".into()), monday_morning())
        .unwrap();
    v.set_her_dates(
        HerDates {
            due_date: Some("2026-11-30".into()),
            baby_born: Some("2026-11-10".into()),
        },
        monday_morning(),
    )
    .unwrap();
    let view = v.settings_view(monday_morning()).unwrap();
    assert!(view.baby.current.support_mode);
    assert_eq!(
        view.dates.current.baby_born_label.as_deref(),
        Some("Your baby's date of birth: Tuesday 10 November 2026")
    );
}
