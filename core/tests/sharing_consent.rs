//! Consent is the enforcement point: nothing enters the outbox unless an active grant
//! covers its kind and date for that contact, changes are queued in the same transaction
//! as the change itself, and stopping a grant drops what has not gone.

mod common;
mod sharing_support;

use alongside_core::sharing::{GrantDraft, LedgerState, ShareCategory, SharePurpose};
use alongside_core::*;
use common::*;

fn midwife(v: &Vault) -> String {
    v.add_care_contact(sharing_support::maya_invite(), monday_morning())
        .unwrap()
        .id
}

fn grant(v: &Vault, contact: &str, categories: Vec<ShareCategory>, start: &str, end: Option<&str>) -> String {
    v.grant_consent(
        GrantDraft {
            contact_id: contact.into(),
            categories,
            start_date: start.into(),
            end_date: end.map(Into::into),
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        monday_morning(),
    )
    .unwrap()
    .id
}

fn summaries(v: &Vault) -> Vec<String> {
    let mut s: Vec<String> = v.share_ledger().unwrap().into_iter().map(|e| e.summary).collect();
    s.reverse(); // oldest first
    s
}

fn diary_with_a_week(v: &Vault) -> String {
    v.add_appointment(draft("Key worker check-in", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    v.add_appointment(draft("Growth scan", "2026-12-05T09:30"), monday_morning())
        .unwrap();
    let m = v.add_medicine(methadone("2026-11-01", 60.0), monday_morning()).unwrap();
    log(v, &m, "2026-11-23", DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
    m
}

#[test]
fn nothing_is_queued_while_she_has_agreed_to_nothing() {
    let tv = new_vault();
    let v = &tv.vault;
    midwife(v);
    diary_with_a_week(v);
    assert_eq!(v.sharing_pending().unwrap(), 0);
    assert!(v.share_ledger().unwrap().is_empty());
}

#[test]
fn requests_for_support_cannot_be_agreed_in_advance_and_the_form_does_not_offer_them() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let refused = v.grant_consent(
        GrantDraft {
            contact_id: maya,
            categories: vec![ShareCategory::Appointments, ShareCategory::SupportRequests],
            start_date: "2026-11-23".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        monday_morning(),
    );
    assert_invalid(refused, "categories");
    assert!(v.consent_grants().unwrap().is_empty());
    let choices = alongside_core::sharing::share_choices();
    let labels: Vec<&str> = choices.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Appointments", "Medicines and doses", "Breastfeeding plan"]);
    assert_eq!(choices.purposes.len(), 2);
}

#[test]
fn a_grant_for_appointments_never_queues_doses_or_medicines() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let m = diary_with_a_week(v);
    grant(
        v,
        &maya,
        vec![ShareCategory::Appointments],
        "2026-11-23",
        Some("2026-12-31"),
    );
    log(
        v,
        &m,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    let s = summaries(v);
    assert_eq!(
        s,
        [
            "How Maya Okafor can reply to you",
            "A record that stands for you, with no name or details, for Maya Okafor",
            "Your agreement to share with Maya Okafor",
            "Appointment: Key worker check-in, Tuesday 24 November (Planned)",
            "Appointment: Growth scan, Saturday 5 December (Planned)",
        ]
    );
    assert_eq!(v.sharing_pending().unwrap(), 5);
}

#[test]
fn items_outside_the_grants_period_are_never_queued() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let m = diary_with_a_week(v);
    grant(
        v,
        &maya,
        vec![ShareCategory::Appointments, ShareCategory::MedicinesAndDoses],
        "2026-11-23",
        Some("2026-11-30"),
    );
    // A dose the day before the period, and an appointment after it.
    log(v, &m, "2026-11-22", DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
    v.add_appointment(draft("Review", "2026-12-01T10:00"), monday_morning())
        .unwrap();
    let s = summaries(v);
    assert!(s
        .iter()
        .any(|x| x == "Appointment: Key worker check-in, Tuesday 24 November (Planned)"));
    assert!(s.iter().any(|x| x == "Medicine: Methadone, 60 mg"));
    assert!(s
        .iter()
        .any(|x| x == "Dose: Methadone 60 mg, Monday 23 November: Taken"));
    assert!(
        !s.iter().any(|x| x.contains("Growth scan") || x.contains("Review")),
        "{s:#?}"
    );
    assert!(!s.iter().any(|x| x.contains("Sunday 22 November")), "{s:#?}");
}

#[test]
fn a_change_queues_a_new_version_and_an_unchanged_item_is_not_sent_again() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let id = v
        .add_appointment(draft("Key worker check-in", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    grant(v, &maya, vec![ShareCategory::Appointments], "2026-11-23", None);
    let before = v.sharing_pending().unwrap();
    v.set_appointment_status(id.clone(), 0, AppointmentStatus::Cancelled, monday_morning())
        .unwrap();
    assert_eq!(v.sharing_pending().unwrap(), before + 1);
    let newest = &v.share_ledger().unwrap()[0];
    assert_eq!(newest.version, 2);
    assert_eq!(
        newest.summary,
        "Appointment: Key worker check-in, Tuesday 24 November (Cancelled)"
    );
    assert_eq!(newest.status_label, "Waiting to send since Monday 23 November, 09:00");

    // Saving the same details again changes nothing the team would see.
    let a = v.appointment(id.clone()).unwrap();
    v.edit_appointment(
        id,
        AppointmentDraft {
            title: a.title,
            kind: a.kind,
            start: a.start,
            time_zone: Some(a.time_zone),
            duration_minutes: a.duration_minutes,
            location: a.location,
            with_whom: a.with_whom,
            notes: Some("A private thought".into()),
            reminder_minutes_before: a.reminder_minutes_before,
            repeat: a.repeat,
            venue_id: a.venue_id,
            clock_change: a.clock_change,
        },
        monday_morning(),
    )
    .unwrap();
    assert_eq!(
        v.sharing_pending().unwrap(),
        before + 1,
        "private notes are never shared"
    );
}

#[test]
fn a_refused_change_queues_nothing() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    grant(v, &maya, vec![ShareCategory::Appointments], "2026-11-23", None);
    let before = v.sharing_pending().unwrap();
    assert_invalid(
        v.add_appointment(draft("", "2026-11-24T10:00"), monday_morning()),
        "title",
    );
    assert_eq!(v.sharing_pending().unwrap(), before);
}

#[test]
fn stopping_a_grant_drops_what_has_not_gone_and_sends_nothing_more() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let m = diary_with_a_week(v);
    let g = grant(
        v,
        &maya,
        vec![ShareCategory::Appointments, ShareCategory::MedicinesAndDoses],
        "2026-11-01",
        None,
    );
    let queued = v.sharing_pending().unwrap();
    let outcome = v.revoke_consent(g.clone(), monday_morning()).unwrap();
    assert_eq!(outcome.withdrawn, queued);
    assert!(outcome
        .message
        .contains("What they already received stays in their records"));
    // Only the stopped consent is left to send, so the team knows.
    assert_eq!(v.sharing_pending().unwrap(), 1);
    let ledger = v.share_ledger().unwrap();
    assert_eq!(ledger[0].summary, "You stopped sharing with Maya Okafor");
    assert!(ledger[1..].iter().all(|e| e.withdrawn && e.sent_at.is_none()));
    assert_eq!(ledger[1].state, LedgerState::NotSent);
    assert_eq!(
        ledger[1].status_label,
        "Not sent: on Monday 23 November, 09:00 you stopped sharing before it went."
    );

    log(v, &m, "2026-11-22", DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
    v.add_appointment(draft("Review", "2026-11-26T10:00"), monday_morning())
        .unwrap();
    assert_eq!(v.sharing_pending().unwrap(), 1, "later changes are not queued");
    let grants = v.consent_grants().unwrap();
    assert!(!grants[0].active);
    assert_invalid(v.revoke_consent(g, monday_morning()), "sharing agreement");
}

#[test]
fn deleting_a_shared_appointment_tells_the_team_it_was_removed() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let id = v
        .add_appointment(draft("Key worker check-in", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    grant(v, &maya, vec![ShareCategory::Appointments], "2026-11-23", None);
    v.delete_appointment(id, monday_morning()).unwrap();
    let newest = &v.share_ledger().unwrap()[0];
    assert_eq!(newest.summary, "An appointment you removed");
    assert_eq!(newest.version, 2);
}

#[test]
fn a_grant_says_in_words_who_sees_what_and_for_how_long() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let g = v
        .grant_consent(
            GrantDraft {
                contact_id: maya.clone(),
                categories: vec![ShareCategory::MedicinesAndDoses, ShareCategory::Appointments],
                start_date: "2026-11-23".into(),
                end_date: Some("2027-05-23".into()),
                purpose: SharePurpose::CareCoordination,
                appointment_kinds: None,
            },
            monday_morning(),
        )
        .unwrap();
    assert_eq!(
        g.summary,
        "Maya Okafor (specialist midwife) can see: Appointments (not Social worker, Family time, Court or legal), \
         Medicines and doses. From Monday 23 November 2026 to Sunday 23 May 2027."
    );
    assert_eq!(g.purpose_label, "So your services can work together");
    assert!(g.active);
}

#[test]
fn a_grant_with_bad_terms_is_refused_and_nothing_is_queued() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let base = GrantDraft {
        contact_id: maya,
        categories: vec![ShareCategory::Appointments],
        start_date: "2026-11-23".into(),
        end_date: None,
        purpose: SharePurpose::Treatment,
        appointment_kinds: None,
    };
    let cases = [
        (
            GrantDraft {
                categories: vec![],
                ..base.clone()
            },
            "categories",
        ),
        (
            GrantDraft {
                end_date: Some("2026-11-01".into()),
                ..base.clone()
            },
            "end date",
        ),
        (
            GrantDraft {
                end_date: Some("2030-01-01".into()),
                ..base.clone()
            },
            "end date",
        ),
        (
            GrantDraft {
                start_date: "23/11/2026".into(),
                ..base.clone()
            },
            "start date",
        ),
    ];
    for (draft, field) in cases {
        assert_invalid(v.grant_consent(draft, monday_morning()), field);
    }
    assert!(matches!(
        v.grant_consent(
            GrantDraft {
                contact_id: "nobody".into(),
                ..base
            },
            monday_morning()
        ),
        Err(AlongsideError::NotFound { .. })
    ));
    assert_eq!(v.sharing_pending().unwrap(), 0);
    assert!(v.consent_grants().unwrap().is_empty());
}

#[test]
fn her_breastfeeding_plan_is_shared_only_under_a_grant_for_it_and_again_when_she_remakes_it() {
    use alongside_core::guidance::{BreastfeedingAnswers, OstMedicine};
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let answers = BreastfeedingAnswers {
        medicine: Some(OstMedicine::Methadone),
        dose_stable: None,
        other_substances: vec![],
        prescribed_benzodiazepines: None,
        hiv: None,
        hep_c_cracked_nipples: None,
        baby: vec![],
        dose_after_birth: None,
    };
    v.save_breastfeeding_plan(answers.clone(), monday_morning()).unwrap();
    grant(v, &maya, vec![ShareCategory::Appointments], "2026-11-01", None);
    assert!(!summaries(v).iter().any(|s| s.contains("breastfeeding plan")));

    grant(v, &maya, vec![ShareCategory::BreastfeedingPlan], "2026-11-01", None);
    assert!(summaries(v).contains(&"Your breastfeeding plan, made Monday 23 November".to_string()));
    let before = v.sharing_pending().unwrap();
    let changed = BreastfeedingAnswers {
        medicine: Some(OstMedicine::Buprenorphine),
        ..answers.clone()
    };
    v.save_breastfeeding_plan(changed, monday_morning()).unwrap();
    assert_eq!(
        v.sharing_pending().unwrap(),
        before + 1,
        "the new card replaces the old one"
    );
    assert_eq!(v.share_ledger().unwrap()[0].version, 2);

    // Deleting it tells the team it is gone, once.
    assert!(v.delete_breastfeeding_plan(monday_morning()).unwrap());
    let ledger = v.share_ledger().unwrap();
    assert_eq!(ledger[0].summary, "You removed your breastfeeding plan");
    assert_eq!(ledger[0].version, 3);
    assert_eq!(v.sharing_pending().unwrap(), before + 2);
    v.save_breastfeeding_plan(answers, monday_morning()).unwrap();
    assert_eq!(v.share_ledger().unwrap()[0].version, 1, "a new plan starts again");
}

fn kind(title: &str, start: &str, kind: AppointmentKind) -> AppointmentDraft {
    AppointmentDraft {
        kind,
        ..draft(title, start)
    }
}

/// A diary with a midwife appointment, family time, a court date and a social worker meeting.
fn diary_with_private_kinds(v: &Vault) {
    for (title, start, k) in [
        ("Midwife", "2026-11-24T10:00", AppointmentKind::SpecialistMidwife),
        ("Family time with Ava", "2026-11-25T14:00", AppointmentKind::FamilyTime),
        ("Hearing", "2026-11-26T10:00", AppointmentKind::CourtOrLegal),
        ("Meeting with Sam", "2026-11-27T11:00", AppointmentKind::SocialWorker),
    ] {
        v.add_appointment(kind(title, start, k), monday_morning()).unwrap();
    }
}

fn appointments_queued(v: &Vault) -> Vec<String> {
    summaries(v)
        .into_iter()
        .filter(|s| s.starts_with("Appointment:"))
        .collect()
}

#[test]
fn a_grant_for_appointments_leaves_out_family_time_court_and_social_worker_meetings_unless_she_ticks_them() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    diary_with_private_kinds(v);
    let g = v
        .grant_consent(
            GrantDraft {
                contact_id: maya.clone(),
                categories: vec![ShareCategory::Appointments],
                start_date: "2026-11-23".into(),
                end_date: None,
                purpose: SharePurpose::Treatment,
                appointment_kinds: None,
            },
            monday_morning(),
        )
        .unwrap();
    assert_eq!(
        appointments_queued(v),
        ["Appointment: Midwife, Tuesday 24 November (Planned)"]
    );
    assert!(!g.appointment_kinds.contains(&AppointmentKind::FamilyTime));
    assert_eq!(
        g.summary,
        "Maya Okafor (specialist midwife) can see: Appointments (not Social worker, Family time, Court or legal). \
         From Monday 23 November 2026 until you stop it."
    );
    // Later ones of those kinds are not queued either.
    v.add_appointment(
        kind("Family time", "2026-12-02T14:00", AppointmentKind::FamilyTime),
        monday_morning(),
    )
    .unwrap();
    assert_eq!(appointments_queued(v).len(), 1);

    // Ticked, they go.
    v.revoke_consent(g.id, monday_morning()).unwrap();
    let all = v
        .grant_consent(
            GrantDraft {
                contact_id: maya,
                categories: vec![ShareCategory::Appointments],
                start_date: "2026-11-23".into(),
                end_date: None,
                purpose: SharePurpose::Treatment,
                appointment_kinds: Some(vec![AppointmentKind::FamilyTime, AppointmentKind::SpecialistMidwife]),
            },
            monday_morning(),
        )
        .unwrap();
    assert_eq!(
        all.appointment_kinds,
        [AppointmentKind::SpecialistMidwife, AppointmentKind::FamilyTime]
    );
    let queued = appointments_queued(v);
    assert!(
        queued
            .iter()
            .any(|s| s.starts_with("Appointment: Family time with Ava")),
        "{queued:?}"
    );
    assert!(
        !queued.iter().any(|s| s.starts_with("Appointment: Hearing")),
        "{queued:?}"
    );
}

#[test]
fn a_grant_for_appointments_with_no_kind_ticked_is_refused_and_changes_nothing() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let refused = v.grant_consent(
        GrantDraft {
            contact_id: maya,
            categories: vec![ShareCategory::Appointments],
            start_date: "2026-11-23".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: Some(vec![]),
        },
        monday_morning(),
    );
    assert_invalid(refused, "appointment kinds");
    assert!(v.consent_grants().unwrap().is_empty());
    assert_eq!(v.sharing_pending().unwrap(), 0);
}

#[test]
fn an_appointment_moved_to_a_kind_she_does_not_share_is_withdrawn_and_comes_back_if_moved_back() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let id = v
        .add_appointment(draft("Meeting", "2026-11-24T10:00"), monday_morning())
        .unwrap();
    grant(v, &maya, vec![ShareCategory::Appointments], "2026-11-23", None);
    let before = v.sharing_pending().unwrap();

    let a = v.appointment(id.clone()).unwrap();
    let as_kind = |k: AppointmentKind, title: &str| AppointmentDraft {
        title: title.into(),
        kind: k,
        start: a.start.clone(),
        time_zone: Some(a.time_zone.clone()),
        duration_minutes: a.duration_minutes,
        location: a.location.clone(),
        with_whom: a.with_whom.clone(),
        notes: None,
        reminder_minutes_before: a.reminder_minutes_before.clone(),
        repeat: a.repeat.clone(),
        venue_id: a.venue_id.clone(),
        clock_change: None,
    };
    v.edit_appointment(
        id.clone(),
        as_kind(AppointmentKind::FamilyTime, "Family time with Ava"),
        monday_morning(),
    )
    .unwrap();
    assert_eq!(
        v.sharing_pending().unwrap(),
        before + 1,
        "one tombstone, nothing of family time"
    );
    let newest = &v.share_ledger().unwrap()[0];
    assert_eq!(newest.version, 2);
    assert_eq!(
        newest.summary,
        "No longer shared with them: Appointment: Family time with Ava, Tuesday 24 November (Planned)"
    );
    // Edited again while still family time: nothing more goes.
    v.edit_appointment(
        id.clone(),
        as_kind(AppointmentKind::FamilyTime, "Family time, Ava"),
        monday_morning(),
    )
    .unwrap();
    assert_eq!(v.sharing_pending().unwrap(), before + 1);

    // Back to a kind she shares: a newer version replaces the tombstone.
    v.edit_appointment(
        id,
        as_kind(AppointmentKind::SpecialistMidwife, "Midwife"),
        monday_morning(),
    )
    .unwrap();
    let newest = &v.share_ledger().unwrap()[0];
    assert_eq!(newest.version, 3);
    assert_eq!(newest.summary, "Appointment: Midwife, Tuesday 24 November (Planned)");
}

#[test]
fn the_preview_says_what_will_and_will_not_be_shared() {
    let tv = new_vault();
    let v = &tv.vault;
    let maya = midwife(v);
    let p = v
        .preview_consent(GrantDraft {
            contact_id: maya.clone(),
            categories: vec![ShareCategory::Appointments, ShareCategory::BreastfeedingPlan],
            start_date: "2026-11-23".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        })
        .unwrap();
    assert_eq!(
        p.heading,
        "Maya Okafor (specialist midwife) will see, from Monday 23 November 2026 until you stop it:"
    );
    assert_eq!(
        p.shared,
        [
            "Appointments: Specialist midwife, Antenatal clinic or scan, Drug and alcohol key worker, \
             Prescriber review, GP, Health visitor, Perinatal mental health, Housing, Peer support, Other",
            "Breastfeeding plan",
        ]
    );
    assert_eq!(p.not_shared_heading, "Maya Okafor (specialist midwife) will not see:");
    assert_eq!(
        p.not_shared,
        [
            "Appointments: Social worker, Family time, Court or legal",
            "Medicines and doses",
            "Your private notes. They always stay on this phone.",
        ]
    );
    assert_eq!(v.sharing_pending().unwrap(), 0, "a preview changes nothing");
    assert!(v.consent_grants().unwrap().is_empty());
    assert_invalid(
        v.preview_consent(GrantDraft {
            contact_id: maya,
            categories: vec![],
            start_date: "2026-11-23".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        }),
        "categories",
    );
}

#[test]
fn the_form_offers_every_kind_of_appointment_with_the_private_ones_unticked() {
    let choices = alongside_core::sharing::share_choices();
    assert_eq!(choices.appointment_kinds.len(), 13);
    let unticked: Vec<&str> = choices
        .appointment_kinds
        .iter()
        .filter(|k| !k.shared_by_default)
        .map(|k| k.label.as_str())
        .collect();
    assert_eq!(unticked, ["Social worker", "Family time", "Court or legal"]);
    assert_eq!(choices.appointment_kinds[0].label, "Specialist midwife");
}
