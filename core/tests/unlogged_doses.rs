//! Opioid treatment days with nothing logged: Today asks about them kindly and once, the
//! tolerance warning says when it can't tell, and a logged dose is never changed silently.

mod common;

use alongside_core::*;
use common::*;

/// Added a week before Monday 23 November 2026 (a Monday), started on 1 November.
fn added_a_week_ago(v: &Vault, draft: MedicineDraft) -> String {
    v.add_medicine(draft, at("2026-11-16T10:00:00Z")).unwrap()
}

fn take(v: &Vault, id: &str, date: &str) {
    log(v, id, date, DoseSlot::Only, DoseStatus::Taken, monday_morning()).unwrap();
}

/// Taken on Tuesday, Wednesday and Thursday; nothing on Friday, Saturday or Sunday.
fn quiet_weekend(v: &Vault) -> String {
    let id = added_a_week_ago(v, methadone("2026-11-01", 60.0));
    for day in ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"] {
        take(v, &id, day);
    }
    id
}

fn tolerance(v: &Vault, now: std::time::SystemTime) -> Option<Alert> {
    v.today(now)
        .unwrap()
        .alerts
        .into_iter()
        .find(|a| a.kind == AlertKind::ToleranceWarning)
}

const WEEKEND: [&str; 3] = ["2026-11-20", "2026-11-21", "2026-11-22"];

fn weekend() -> Vec<String> {
    WEEKEND.iter().map(|d| d.to_string()).collect()
}

#[test]
fn three_days_with_nothing_logged_are_asked_about_kindly_on_today() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    let today = tv.vault.today(monday_morning()).unwrap();
    assert_eq!(today.dose_questions.len(), 1);
    let q = &today.dose_questions[0];
    assert_eq!(q.medicine_id, id);
    assert_eq!(
        q.question,
        "Did you have your methadone on Friday, Saturday and Sunday?"
    );
    assert_eq!(
        q.intro,
        "Nothing is logged for those days. If you remember, you can fill them in here. It's fine if you're not sure."
    );
    let days: Vec<(&str, &str)> = q.days.iter().map(|d| (d.date.as_str(), d.label.as_str())).collect();
    assert_eq!(
        days,
        [
            ("2026-11-20", "Friday 20 November"),
            ("2026-11-21", "Saturday 21 November"),
            ("2026-11-22", "Sunday 22 November")
        ]
    );
    let answers: Vec<(DoseAnswer, &str)> = q.answers.iter().map(|a| (a.answer, a.label.as_str())).collect();
    assert_eq!(
        answers,
        [
            (DoseAnswer::Yes, "Yes, I had it"),
            (DoseAnswer::No, "No, I didn't"),
            (DoseAnswer::NotSure, "I'm not sure")
        ]
    );
    assert_eq!(q.all_answers.len(), 3, "she can answer for all three at once");
    assert_eq!(q.dismiss_label, "Not now");
    for words in [&q.question, &q.intro] {
        assert!(content::forbidden_terms_in(words).is_empty(), "{words}");
    }
}

#[test]
fn three_days_with_nothing_logged_bring_the_tolerance_warning_saying_the_app_cannot_tell() {
    let tv = new_vault();
    quiet_weekend(&tv.vault);
    let alert = tolerance(&tv.vault, monday_morning()).expect("the same safety steps, honestly worded");
    assert_eq!(alert.missed_days, Some(3));
    assert_eq!(alert.unknown_days, Some(3));
    assert_eq!(
        alert.title,
        "If you've missed doses, please talk to your prescriber or pharmacist before your next dose"
    );
    assert!(
        alert.body.starts_with(
            "Nothing is logged for your methadone for the last 3 days, so the app can't tell if you had it."
        ),
        "{}",
        alert.body
    );
    assert!(alert.body.contains("If you've missed 3 or more days in a row"));
    let safety = alert.safety_net.expect("the same safety net");
    assert!(safety.contains("999") && safety.contains("naloxone"), "{safety}");
    assert!(alert.sources.iter().any(|s| s.organisation == "NHS Lothian"));
    assert!(alert.checked_label.is_some());
    assert_eq!(alert.article_id.as_deref(), Some("missed-doses-and-tolerance"));
}

#[test]
fn a_mix_of_missed_and_unlogged_days_counts_them_together_and_says_which() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    log(
        &tv.vault,
        &id,
        "2026-11-21",
        DoseSlot::Only,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    let alert = tolerance(&tv.vault, monday_morning()).unwrap();
    assert_eq!((alert.missed_days, alert.unknown_days), (Some(3), Some(2)));
    assert!(
        alert.body.starts_with(
            "Nothing is logged for your methadone on 2 of the last 3 days, and the others are logged as missed."
        ),
        "{}",
        alert.body
    );
}

#[test]
fn answering_no_for_all_the_days_logs_them_missed_and_the_warning_says_so_plainly() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    tv.vault
        .answer_dose_question(id.clone(), weekend(), DoseAnswer::No, monday_morning())
        .unwrap();
    let today = tv.vault.today(monday_morning()).unwrap();
    assert!(today.dose_questions.is_empty(), "answered, so not asked again");
    let alert = tolerance(&tv.vault, monday_morning()).unwrap();
    assert_eq!((alert.missed_days, alert.unknown_days), (Some(3), Some(0)));
    assert_eq!(
        alert.title,
        "Please talk to your prescriber or pharmacist before your next dose"
    );
    let states: Vec<DoseState> = tv
        .vault
        .doses_between("2026-11-20".into(), "2026-11-22".into())
        .unwrap()
        .iter()
        .map(|d| d.state)
        .collect();
    assert_eq!(states, [DoseState::Missed; 3]);
}

#[test]
fn answering_yes_for_one_day_logs_it_taken_and_asks_only_about_the_others() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    tv.vault
        .answer_dose_question(id.clone(), vec!["2026-11-21".into()], DoseAnswer::Yes, monday_morning())
        .unwrap();
    let saturday = tv
        .vault
        .doses_between("2026-11-21".into(), "2026-11-21".into())
        .unwrap();
    assert_eq!(saturday[0].state, DoseState::Taken);
    assert_eq!(saturday[0].taken_at, None, "she didn't say when, so no time is made up");
    let today = tv.vault.today(monday_morning()).unwrap();
    assert_eq!(
        today.dose_questions[0].question,
        "Did you have your methadone on Friday and Sunday?"
    );
    assert!(
        tolerance(&tv.vault, monday_morning()).is_none(),
        "a day she had it breaks the run"
    );
}

#[test]
fn not_sure_and_not_now_are_remembered_so_the_same_days_are_never_asked_again() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    tv.vault
        .answer_dose_question(
            id.clone(),
            vec!["2026-11-20".into()],
            DoseAnswer::NotSure,
            monday_morning(),
        )
        .unwrap();
    tv.vault
        .dismiss_dose_question(
            id.clone(),
            vec!["2026-11-21".into(), "2026-11-22".into()],
            monday_morning(),
        )
        .unwrap();
    assert!(tv.vault.today(monday_morning()).unwrap().dose_questions.is_empty());
    // Still unknown: not sure is not taken, so the warning stays, honestly worded.
    assert_eq!(tolerance(&tv.vault, monday_morning()).unwrap().unknown_days, Some(3));
    // Her answers go with her in the export.
    let json: serde_json::Value = serde_json::from_str(&tv.vault.export_json(monday_morning()).unwrap()).unwrap();
    let kept: Vec<(&str, &str)> = json["dose_days_not_logged"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["date"].as_str().unwrap(), d["answer"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kept,
        [
            ("2026-11-20", "not_sure"),
            ("2026-11-21", "dismissed"),
            ("2026-11-22", "dismissed")
        ]
    );
    // The next day asks only about Monday, once it has passed.
    let tuesday = tv.vault.today(at("2026-11-24T09:00:00Z")).unwrap();
    assert_eq!(
        tuesday.dose_questions[0].question,
        "Did you have your methadone on Monday?"
    );
    assert!(
        tuesday.dose_questions[0].all_answers.is_empty(),
        "one day needs no 'all'"
    );
}

#[test]
fn a_medicine_she_never_logs_is_asked_about_but_brings_no_warning_on_no_information() {
    let tv = new_vault();
    added_a_week_ago(&tv.vault, methadone("2026-11-01", 60.0));
    let today = tv.vault.today(monday_morning()).unwrap();
    assert_eq!(
        today.dose_questions[0].question,
        "Did you have your methadone on Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday?",
        "the six days before today, from the day she added it"
    );
    assert!(tolerance(&tv.vault, monday_morning()).is_none());
}

#[test]
fn days_before_she_added_the_medicine_are_not_asked_about() {
    let tv = new_vault();
    tv.vault
        .add_medicine(methadone("2026-11-01", 60.0), monday_morning())
        .unwrap();
    assert!(tv.vault.today(monday_morning()).unwrap().dose_questions.is_empty());
}

#[test]
fn an_answer_fills_in_only_doses_not_yet_logged_and_never_changes_one_she_logged() {
    let tv = new_vault();
    let split = MedicineDraft {
        amount: 40.0,
        evening_amount: Some(30.0),
        schedule: DoseSchedule::SplitDaily {
            morning_time: "08:30".into(),
            evening_time: "20:00".into(),
        },
        ..methadone("2026-11-01", 40.0)
    };
    let id = added_a_week_ago(&tv.vault, split);
    log(
        &tv.vault,
        &id,
        "2026-11-22",
        DoseSlot::Morning,
        DoseStatus::Missed,
        monday_morning(),
    )
    .unwrap();
    tv.vault
        .answer_dose_question(id, vec!["2026-11-22".into()], DoseAnswer::Yes, monday_morning())
        .unwrap();
    let sunday: Vec<(DoseSlot, DoseState)> = tv
        .vault
        .doses_between("2026-11-22".into(), "2026-11-22".into())
        .unwrap()
        .iter()
        .map(|d| (d.slot, d.state))
        .collect();
    assert_eq!(
        sunday,
        [
            (DoseSlot::Morning, DoseState::Missed),
            (DoseSlot::Evening, DoseState::Taken)
        ]
    );
}

#[test]
fn answers_about_today_the_future_or_no_days_are_refused_and_change_nothing() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    for days in [vec![], vec!["2026-11-23".to_string()], vec!["2026-11-30".to_string()]] {
        assert!(matches!(
            tv.vault
                .answer_dose_question(id.clone(), days, DoseAnswer::No, monday_morning()),
            Err(AlongsideError::InvalidInput { .. })
        ));
    }
    assert_eq!(
        tv.vault.today(monday_morning()).unwrap().dose_questions[0].days.len(),
        3
    );
    assert!(matches!(
        tv.vault
            .answer_dose_question("no-such-medicine".into(), weekend(), DoseAnswer::No, monday_morning()),
        Err(AlongsideError::NotFound { .. })
    ));
}

#[test]
fn logging_missed_over_a_taken_dose_asks_first_and_changes_nothing_until_she_says_yes() {
    let tv = new_vault();
    let id = quiet_weekend(&tv.vault);
    let entry = |confirm_change| DoseEntry {
        medicine_id: id.clone(),
        date: "2026-11-19".into(),
        slot: DoseSlot::Only,
        status: DoseStatus::Missed,
        taken_at: None,
        note: None,
        confirm_change,
        amount_taken: None,
    };
    match tv.vault.log_dose(entry(false), monday_morning()) {
        Err(AlongsideError::NeedsConfirmation {
            question,
            confirm_label,
            cancel_label,
        }) => {
            assert_eq!(
                question,
                "This dose is logged as taken. Do you want to change it to missed?"
            );
            assert_eq!(confirm_label, "Yes, change it");
            assert_eq!(cancel_label, "No, keep it as it is");
        }
        other => panic!("expected a question first, got {other:?}"),
    }
    let thursday = |v: &Vault| v.doses_between("2026-11-19".into(), "2026-11-19".into()).unwrap()[0].state;
    assert_eq!(thursday(&tv.vault), DoseState::Taken, "nothing changed");
    tv.vault.log_dose(entry(true), monday_morning()).unwrap();
    assert_eq!(thursday(&tv.vault), DoseState::Missed, "changed once she said yes");
}

#[test]
fn logging_the_same_dose_again_keeps_the_time_she_recorded() {
    let tv = new_vault();
    let id = added_a_week_ago(&tv.vault, methadone("2026-11-01", 60.0));
    let taken = |at_time| DoseEntry {
        medicine_id: id.clone(),
        date: "2026-11-22".into(),
        slot: DoseSlot::Only,
        status: DoseStatus::Taken,
        taken_at: at_time,
        note: None,
        confirm_change: false,
        amount_taken: None,
    };
    tv.vault
        .log_dose(taken(Some(at("2026-11-22T09:10:00Z"))), monday_morning())
        .unwrap();
    tv.vault.log_dose(taken(None), monday_morning()).unwrap();
    let sunday = tv
        .vault
        .doses_between("2026-11-22".into(), "2026-11-22".into())
        .unwrap();
    assert_eq!(sunday[0].taken_at, Some(at("2026-11-22T09:10:00Z")));
}
