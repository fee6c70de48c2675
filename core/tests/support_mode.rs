//! While her baby is not with her, the app changes gently: baby-feeding prompts stop, her
//! own care is offered (the 6 to 8 week check as an appointment she can confirm), her next
//! family time is easy to find and its reminder says nothing personal, services for this
//! situation come nearest first, every word keeps the content rules, and nothing is shared.

mod common;
mod sharing_support;

use alongside_core::content::forbidden_terms_in;
use alongside_core::guidance::render;
use alongside_core::support::services::SUPPORT_CATEGORIES;
use alongside_core::support::BabyStatus;
use alongside_core::*;
use common::*;

const SAMPLE_BUNDLE: &[u8] = include_bytes!("../content/directory/sample/sample.bundle");

/// Bridge Street Centre in the made-up Sampleton directory.
const BRIDGE_STREET: GeoPoint = GeoPoint {
    latitude: 52.9987,
    longitude: -1.5064,
};

fn in_care(v: &Vault) {
    v.set_baby_status(BabyStatus::TakenIntoCare, Some("2026-11-20".into()), monday_morning())
        .unwrap();
}

fn support(v: &Vault) -> SupportToday {
    v.today(monday_morning()).unwrap().support
}

fn offer(v: &Vault, kind: SupportOfferKind) -> Option<SupportOffer> {
    support(v).offers.into_iter().find(|o| o.kind == kind)
}

fn with_sample_directory(v: &Vault) {
    v.set_directory_options(DirectoryOptions {
        allow_sample_data: true,
        ..v.directory_options().unwrap()
    })
    .unwrap();
    v.import_directory(SAMPLE_BUNDLE.to_vec(), monday_morning()).unwrap();
}

fn family_time(start: &str) -> AppointmentDraft {
    AppointmentDraft {
        kind: AppointmentKind::FamilyTime,
        location: Some("Oak Tree Contact Centre".into()),
        with_whom: Some("Ruby's social worker".into()),
        reminder_minutes_before: vec![60],
        ..draft("Family time with Ruby", start)
    }
}

#[test]
fn baby_feeding_prompts_stop_once_her_baby_is_in_care() {
    let tv = new_vault();
    let v = &tv.vault;
    assert!(support(v).feeding_prompts);
    assert_eq!(v.guidance_for_me().unwrap()[0].id, "breastfeeding");

    in_care(v);
    let s = support(v);
    assert!(s.support_mode);
    assert!(!s.feeding_prompts);
    let list: Vec<String> = v.guidance_for_me().unwrap().into_iter().map(|a| a.id).collect();
    assert_eq!(
        &list[..3],
        ["your-body-and-milk", "postnatal-check", "overdose-and-naloxone"]
    );
    // Still there for her to open herself, just no longer put in front of her.
    assert_eq!(list.last().map(String::as_str), Some("breastfeeding"));
    assert_eq!(list.len(), guidance_articles().unwrap().len());
    assert!(guidance_article("breastfeeding".into()).is_ok());
}

#[test]
fn nothing_changes_on_today_while_her_baby_is_with_her() {
    let tv = new_vault();
    let s = support(&tv.vault);
    assert!(!s.support_mode);
    assert!(s.offers.is_empty());
    assert_eq!(s.heading, None);
}

#[test]
fn her_own_care_is_offered_each_with_its_article_and_sources() {
    let tv = new_vault();
    in_care(&tv.vault);
    let s = support(&tv.vault);
    assert_eq!(s.heading.as_deref(), Some("Care for you"));
    let kinds: Vec<SupportOfferKind> = s.offers.iter().map(|o| o.kind).collect();
    assert_eq!(
        kinds,
        [
            SupportOfferKind::PostnatalCheck,
            SupportOfferKind::BodyAndMilk,
            SupportOfferKind::MentalHealth,
            SupportOfferKind::MedicationAndSafety,
            SupportOfferKind::Contraception,
        ]
    );
    for o in &s.offers {
        let article = guidance_article(o.article_id.clone()).unwrap();
        assert_eq!(o.checked_label.as_deref(), Some(article.checked_label.as_str()));
        // Clinical words carry their sources; the crisis contacts make no clinical claim.
        let clinical = article.sections.iter().any(|s| s.clinical);
        assert_eq!(!o.sources.is_empty(), clinical, "{:?}", o.kind);
        assert_eq!(o.read_label, "Read more");
    }
    let medicine = offer(&tv.vault, SupportOfferKind::MedicationAndSafety).unwrap();
    assert_eq!(medicine.article_id, "overdose-and-naloxone");
    assert!(medicine.body.contains("naloxone"), "{}", medicine.body);
    let contraception = offer(&tv.vault, SupportOfferKind::Contraception).unwrap();
    assert!(contraception.body.contains("no pressure"), "{}", contraception.body);
}

fn born_on(v: &Vault, date: &str) {
    v.set_her_dates(
        HerDates {
            due_date: None,
            baby_born: Some(date.into()),
        },
        monday_morning(),
    )
    .unwrap();
}

#[test]
fn the_six_to_eight_week_check_is_offered_as_an_appointment_she_can_confirm() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    born_on(v, "2026-11-10");
    let check = offer(v, SupportOfferKind::PostnatalCheck).unwrap();
    assert_eq!(check.article_id, "postnatal-check");
    assert_eq!(check.action_label.as_deref(), Some("Add it to your diary"));
    let draft = check.appointment.unwrap();
    assert_eq!(draft.kind, AppointmentKind::Gp);
    assert_eq!(draft.title, "Your 6 to 8 week check");
    // Six weeks after Tuesday 10 November, at ten in the morning.
    assert_eq!(draft.start, "2026-12-22T10:00");
    assert_eq!(draft.reminder_minutes_before, [1440]);

    // She moves it to a time that suits her, and saves it as it is.
    let id = v
        .add_appointment(
            AppointmentDraft {
                start: "2026-12-02T14:30".into(),
                ..draft
            },
            monday_morning(),
        )
        .unwrap();
    assert_eq!(v.appointment(id).unwrap().kind, AppointmentKind::Gp);
    assert!(offer(v, SupportOfferKind::PostnatalCheck).is_none());
}

#[test]
fn a_check_already_in_her_diary_is_not_offered_again_unless_it_was_cancelled() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    let id = v
        .add_appointment(
            AppointmentDraft {
                kind: AppointmentKind::Gp,
                ..draft("Postnatal check with Dr Shah", "2026-12-07T09:00")
            },
            monday_morning(),
        )
        .unwrap();
    assert!(offer(v, SupportOfferKind::PostnatalCheck).is_none());
    v.cancel_appointment(id, 0, Scope::ThisOccurrence, monday_morning())
        .unwrap();
    assert!(offer(v, SupportOfferKind::PostnatalCheck).is_some());
}

#[test]
fn the_suggested_check_falls_on_a_weekday() {
    let tv = new_vault();
    let v = &tv.vault;
    v.set_baby_status(BabyStatus::LivingWithFamily, None, at("2026-11-21T09:00:00Z"))
        .unwrap();
    // Born Saturday 14 November: six weeks on is a Saturday, so Monday 28 December.
    born_on(v, "2026-11-14");
    let s = v.today(at("2026-11-21T09:00:00Z")).unwrap().support;
    let check = s
        .offers
        .iter()
        .find(|o| o.kind == SupportOfferKind::PostnatalCheck)
        .unwrap();
    assert_eq!(check.appointment.as_ref().unwrap().start, "2026-12-28T10:00");
}

#[test]
fn the_check_is_offered_for_six_to_eight_weeks_after_the_birth_with_those_dates_shown() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    born_on(v, "2026-11-10");
    let check = offer(v, SupportOfferKind::PostnatalCheck).unwrap();
    assert_eq!(check.due_from.as_deref(), Some("2026-12-22"));
    assert_eq!(check.due_until.as_deref(), Some("2027-01-05"));
    assert_eq!(
        check.when_label.as_deref(),
        Some("It is best between Tuesday 22 December 2026 and Tuesday 5 January 2027, 6 to 8 weeks after your baby's birth.")
    );
    let start = &check.appointment.unwrap().start;
    assert!(
        ("2026-12-22".."2027-01-06").contains(&&start[..10]),
        "{start} is in the window, not a week from today"
    );
}

#[test]
fn a_check_whose_window_has_passed_is_still_offered_kindly_from_tomorrow() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    born_on(v, "2026-09-01");
    let check = offer(v, SupportOfferKind::PostnatalCheck).unwrap();
    let when = check.when_label.unwrap();
    assert!(when.starts_with("It was due between Tuesday 13 October 2026"), "{when}");
    assert!(when.contains("not too late"), "{when}");
    assert_eq!(check.appointment.unwrap().start, "2026-11-24T10:00");
}

#[test]
fn without_her_babys_date_of_birth_the_check_is_offered_without_a_date() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    let check = offer(v, SupportOfferKind::PostnatalCheck).unwrap();
    assert_eq!(check.appointment, None, "the app does not guess a date");
    assert_eq!(check.action_label, None);
    assert_eq!((check.due_from, check.due_until), (None, None));
    let when = check.when_label.unwrap();
    assert!(when.contains("your baby's date of birth"), "{when}");
}

#[test]
fn her_next_family_time_is_on_today_and_its_reminder_says_nothing_personal() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    v.update_settings(Settings {
        discreet_notifications: false,
        ..v.settings().unwrap()
    })
    .unwrap();
    v.add_appointment(family_time("2026-11-26T10:00"), monday_morning())
        .unwrap();
    v.add_appointment(family_time("2026-12-03T10:00"), monday_morning())
        .unwrap();
    let key_worker = AppointmentDraft {
        reminder_minutes_before: vec![60],
        ..draft("Key worker check-in", "2026-11-24T11:00")
    };
    v.add_appointment(key_worker, monday_morning()).unwrap();

    let s = support(v);
    let next = s.next_family_time.unwrap();
    assert_eq!(next.start_local, "2026-11-26T10:00");
    assert_eq!(
        s.next_family_time_label.as_deref(),
        Some("Next family time: Thursday 26 November 2026, 10:00 to 11:00")
    );

    let reminders = v.reminders(monday_morning(), at("2026-11-27T00:00:00Z")).unwrap();
    let visit = reminders
        .iter()
        .find(|r| r.appointment_id.as_deref() == Some(next.appointment_id.as_str()))
        .unwrap();
    assert_eq!(
        (visit.title.as_str(), visit.body.as_str()),
        ("Alongside", "You have a reminder")
    );
    // Her other reminders still say what she asked them to.
    assert!(reminders.iter().any(|r| r.title == "Key worker check-in"));
}

#[test]
fn a_cancelled_family_time_is_not_shown_as_the_next_one() {
    let tv = new_vault();
    let v = &tv.vault;
    let first = v
        .add_appointment(family_time("2026-11-26T10:00"), monday_morning())
        .unwrap();
    v.add_appointment(family_time("2026-12-03T10:00"), monday_morning())
        .unwrap();
    v.cancel_appointment(first, 0, Scope::ThisOccurrence, monday_morning())
        .unwrap();
    let next = support(v).next_family_time.unwrap();
    assert_eq!(next.start_local, "2026-12-03T10:00");
}

#[test]
fn services_for_this_situation_come_by_name_or_nearest_first() {
    let tv = new_vault();
    let v = &tv.vault;
    assert!(v.support_services(None).unwrap().is_empty());
    with_sample_directory(v);

    let by_name = v.support_services(None).unwrap();
    let names: Vec<&str> = by_name.iter().map(|s| s.service.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(by_name.iter().all(|s| SUPPORT_CATEGORIES.contains(&s.service.category)));
    for id in ["after-care-support", "mums-apart-group", "family-rights-drop-in"] {
        assert!(by_name.iter().any(|s| s.service.id == id), "{id}");
    }
    assert!(by_name.iter().all(|s| s.distance_km.is_none()));

    let near = v.support_services(Some(BRIDGE_STREET)).unwrap();
    assert_eq!(near.len(), by_name.len());
    assert_eq!(near[0].place.as_ref().unwrap().id, "bridge-street-centre");
    assert_eq!(near[0].distance_label.as_deref(), Some("0.0 km away"));
    let km: Vec<f64> = near.iter().map_while(|s| s.distance_km).collect();
    assert!(km.windows(2).all(|w| w[0] <= w[1]), "{km:?}");
}

#[test]
fn services_for_this_situation_never_offer_a_buggy_walk_or_a_group_to_bring_her_baby_to() {
    let tv = new_vault();
    let v = &tv.vault;
    with_sample_directory(v);
    in_care(v);
    let offered = v.support_services(Some(BRIDGE_STREET)).unwrap();
    let ids: Vec<&str> = offered.iter().map(|s| s.service.id.as_str()).collect();
    for baby_centred in ["walk-and-talk", "wellbeing-group"] {
        assert!(!ids.contains(&baby_centred), "{baby_centred} in {ids:?}");
    }
    assert!(
        ids.contains(&"mums-apart-group") && ids.contains(&"parents-recovery-group"),
        "{ids:?}"
    );
    assert!(offered.iter().all(|s| !s.service.baby_centred));
    // The directory still has them, marked, for a search she makes herself.
    let found = v
        .search_services(ServiceQuery {
            text: Some("buggy walk".into()),
            categories: vec![],
            open_at: None,
            on_date: None,
            drop_in_only: false,
            self_referral_only: false,
        })
        .unwrap();
    let walk = found.iter().find(|s| s.id == "walk-and-talk").unwrap();
    assert!(walk.baby_centred);
}

#[test]
fn also_here_that_day_names_no_baby_group_while_her_baby_is_not_with_her() {
    let tv = new_vault();
    let v = &tv.vault;
    with_sample_directory(v);
    // Thursday 26 November at the family hub: stay and play and the feeding peer
    // supporters meet there that morning, and the wellbeing group (mums bring their babies)
    // that afternoon.
    v.add_appointment(
        AppointmentDraft {
            venue_id: Some("family-hub".into()),
            ..draft("Housing advice", "2026-11-26T10:00")
        },
        monday_morning(),
    )
    .unwrap();
    let also_there = |v: &Vault| -> Vec<String> {
        v.today(at("2026-11-26T08:00:00Z"))
            .unwrap()
            .later_today
            .into_iter()
            .filter_map(|o| o.place)
            .flat_map(|p| p.also_there)
            .map(|s| s.service_id)
            .collect()
    };
    let before = also_there(v);
    assert!(before.contains(&"stay-and-play".to_string()), "{before:?}");
    in_care(v);
    let after = also_there(v);
    for baby_centred in ["stay-and-play", "feeding-peer-supporters", "wellbeing-group"] {
        assert!(
            !after.contains(&baby_centred.to_string()),
            "{baby_centred} in {after:?}"
        );
    }
    assert!(
        !after.is_empty(),
        "other services there that day are still named: {before:?}"
    );
}

#[test]
fn a_point_off_the_globe_is_refused() {
    let tv = new_vault();
    let off = GeoPoint {
        latitude: 91.0,
        longitude: 0.0,
    };
    assert_invalid(tv.vault.support_services(Some(off)), "latitude");
}

#[test]
fn nothing_about_the_removal_is_queued_even_with_every_category_shared() {
    let tv = new_vault();
    let v = &tv.vault;
    sharing_support::share_everything_with_maya(v, monday_morning());
    with_sample_directory(v);
    let (pending, ledger) = (v.sharing_pending().unwrap(), v.share_ledger().unwrap());

    in_care(v);
    support(v);
    v.guidance_for_me().unwrap();
    v.support_services(Some(BRIDGE_STREET)).unwrap();
    v.set_baby_status(BabyStatus::Other, None, monday_morning()).unwrap();

    assert_eq!(v.sharing_pending().unwrap(), pending);
    assert_eq!(v.share_ledger().unwrap(), ledger);
}

/// Phrases that would say or imply she is no longer a mother, or erase her baby.
const ERASING: [&str; 9] = [
    "no longer a mother",
    "no longer a mum",
    "not a mother",
    "not a mum",
    "former mother",
    "ex-mother",
    "birth mother",
    "your old baby",
    "lost your baby",
];

/// Every word support mode shows: its Fluent messages, Today's offers and labels, and the
/// new article as rendered.
fn support_mode_words(v: &Vault) -> Vec<String> {
    let mut words: Vec<String> = ui_strings()
        .into_iter()
        .filter(|(id, _)| id.starts_with("support-") && !id.starts_with("support-crisis"))
        .map(|(_, text)| text)
        .collect();
    let s = support(v);
    words.extend(s.heading.into_iter().chain(s.intro).chain(s.next_family_time_label));
    for o in s.offers {
        words.extend([o.title, o.body, o.read_label]);
        words.extend(o.action_label);
        words.extend(o.when_label);
        words.extend(o.appointment.map(|a| a.title));
    }
    words.push(render::article(&guidance_article("your-body-and-milk".into()).unwrap()));
    words
}

#[test]
fn every_support_mode_word_keeps_the_content_rules_and_she_is_still_a_mother() {
    let tv = new_vault();
    let v = &tv.vault;
    in_care(v);
    v.add_appointment(family_time("2026-11-26T10:00"), monday_morning())
        .unwrap();
    let words = support_mode_words(v);
    assert!(words.len() >= 20, "only {} pieces of text", words.len());
    for text in &words {
        let found = forbidden_terms_in(text);
        assert!(found.is_empty(), "{found:?} in: {text}");
        let lower = text.to_lowercase();
        for phrase in ERASING {
            assert!(!lower.contains(phrase), "'{phrase}' in: {text}");
        }
    }
    let article = guidance_article("your-body-and-milk".into()).unwrap();
    let all = render::article(&article);
    assert!(all.contains("You are still your baby's mother"), "{all}");
    assert!(all.contains("You are still a postnatal patient"), "{all}");
}
