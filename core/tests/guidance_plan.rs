//! "My breastfeeding plan" in her vault: saved in one transaction, read back as the card
//! she shows staff (what the app said, why, with sources and the date), replaced, deleted,
//! and refused whole when her answers contradict each other.

mod common;

use alongside_core::guidance::{
    BabySituation, BreastfeedingAnswers, HivStatus, OstMedicine, OtherSubstance, YesNoAnswer,
};
use alongside_core::{breastfeeding_advice, AdviceLevel, AlongsideError};
use common::{at, monday_morning, new_vault, since_boot, PASSCODE};

fn answers() -> BreastfeedingAnswers {
    BreastfeedingAnswers {
        medicine: Some(OstMedicine::Methadone),
        dose_stable: Some(YesNoAnswer::Yes),
        other_substances: vec![OtherSubstance::TobaccoOrVaping],
        prescribed_benzodiazepines: None,
        hiv: Some(HivStatus::Negative),
        hep_c_cracked_nipples: Some(YesNoAnswer::No),
        baby: vec![BabySituation::InHospitalForWithdrawal],
        dose_after_birth: Some(YesNoAnswer::No),
    }
}

#[test]
fn a_saved_plan_says_what_the_app_said_and_why_with_sources_and_the_date() {
    let t = new_vault();
    assert_eq!(t.vault.breastfeeding_plan(monday_morning()).unwrap(), None);
    let saved = t.vault.save_breastfeeding_plan(answers(), monday_morning()).unwrap();
    let advice = breastfeeding_advice(answers(), monday_morning()).unwrap();
    assert_eq!(saved.advice, advice);
    assert_eq!(saved.made_on, "2026-11-23");
    assert_eq!(saved.made_on_label, "Made on Monday 23 November 2026");
    assert!(!saved.advice_changed);

    // After a restart, the same card.
    let reopened = t.reopen();
    reopened
        .unlock(PASSCODE.into(), monday_morning(), since_boot())
        .unwrap();
    let plan = reopened
        .breastfeeding_plan(at("2026-12-01T10:00:00Z"))
        .unwrap()
        .unwrap();
    assert_eq!(plan.answers, answers());
    assert_eq!(plan.advice.reasons, advice.reasons);
    assert_eq!(plan.made_on, "2026-11-23");

    let text = &plan.plain_text;
    assert!(text.starts_with("My breastfeeding plan\n"), "{text}");
    assert!(text.contains("Made on Monday 23 November 2026"), "{text}");
    assert!(text.contains(&advice.headline), "{text}");
    for r in &advice.reasons {
        assert!(text.contains(&r.text), "{} missing", r.rule_id);
    }
    assert!(
        text.contains("Academy of Breastfeeding Medicine"),
        "sources are named: {text}"
    );
    assert!(
        text.contains("Not answered"),
        "a skipped question is shown as such: {text}"
    );
    assert!(text.contains("Tobacco or vaping"), "{text}");
    assert_eq!(plan.answers_in_words.len(), 8);
}

#[test]
fn saving_again_replaces_the_plan_and_deleting_removes_it() {
    let t = new_vault();
    t.vault.save_breastfeeding_plan(answers(), monday_morning()).unwrap();
    let mut changed = answers();
    changed.hiv = Some(HivStatus::Positive);
    let plan = t
        .vault
        .save_breastfeeding_plan(changed.clone(), at("2026-11-24T12:00:00Z"))
        .unwrap();
    assert_eq!(plan.advice.level, AdviceLevel::TalkFirst);
    let read = t.vault.breastfeeding_plan(monday_morning()).unwrap().unwrap();
    assert_eq!(read.answers, changed);
    assert_eq!(read.made_on, "2026-11-24");
    assert!(t.vault.delete_breastfeeding_plan(monday_morning()).unwrap());
    assert!(!t.vault.delete_breastfeeding_plan(monday_morning()).unwrap());
    assert_eq!(t.vault.breastfeeding_plan(monday_morning()).unwrap(), None);
}

#[test]
fn contradictory_answers_are_refused_and_the_saved_plan_is_untouched() {
    let t = new_vault();
    let first = t.vault.save_breastfeeding_plan(answers(), monday_morning()).unwrap();
    let mut bad = answers();
    bad.other_substances = vec![OtherSubstance::NoneOfThese, OtherSubstance::Alcohol];
    let e = t.vault.save_breastfeeding_plan(bad, monday_morning()).unwrap_err();
    assert!(
        matches!(e, AlongsideError::InvalidInput { ref field, .. } if field == "other substances"),
        "{e:?}"
    );
    assert_eq!(t.vault.breastfeeding_plan(monday_morning()).unwrap().unwrap(), first);
}

#[test]
fn a_locked_vault_keeps_the_plan_private() {
    let t = new_vault();
    t.vault.save_breastfeeding_plan(answers(), monday_morning()).unwrap();
    t.vault.lock();
    assert!(matches!(
        t.vault.breastfeeding_plan(monday_morning()),
        Err(AlongsideError::Locked)
    ));
    assert!(matches!(
        t.vault.save_breastfeeding_plan(answers(), monday_morning()),
        Err(AlongsideError::Locked)
    ));
}

#[test]
fn her_export_of_everything_includes_her_breastfeeding_plan() {
    let t = new_vault();
    let before: serde_json::Value = serde_json::from_str(&t.vault.export_json(monday_morning()).unwrap()).unwrap();
    assert!(before["breastfeeding_plan"].is_null());
    t.vault.save_breastfeeding_plan(answers(), monday_morning()).unwrap();
    let after: serde_json::Value = serde_json::from_str(&t.vault.export_json(monday_morning()).unwrap()).unwrap();
    let plan = &after["breastfeeding_plan"];
    assert_eq!(plan["made_at"], "2026-11-23T09:00:00Z");
    assert_eq!(plan["answers"]["medicine"], "methadone");
    assert!(plan["advice"]["reasons"].as_array().is_some_and(|r| !r.is_empty()));
}
