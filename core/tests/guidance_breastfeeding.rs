//! The breastfeeding decision aid, case by case, against the real `rules.toml`.
//!
//! The expectations follow the clinical logic of the sources, not the engine's output: a
//! stable OST medicine with nothing else is encouraged; anything that needs a conversation
//! first (a changing dose, alcohol, cannabis, prescribed benzodiazepines, a premature baby,
//! a skipped question) is "encouraged — talk with your team"; stimulants, non-prescribed
//! sedatives or opioids, HIV positive or HIV status not known mean "talk first". The dose
//! question only applies when she takes (or has not said whether she takes) an OST
//! medicine. Reasons come in the table's order, one per answer.

use alongside_core::guidance::{
    AdviceLevel::{self, Encouraged as E, EncouragedTalk as ET, TalkFirst as TF},
    BabySituation as Baby, BreastfeedingAnswers, HivStatus as Hiv, OstMedicine as Med, OtherSubstance as Sub,
    YesNoAnswer::{self, No, PreferNotToSay as Pnts, Yes},
};
use alongside_core::{breastfeeding_advice, AlongsideError};
use std::time::SystemTime;

fn now() -> SystemTime {
    SystemTime::from("2026-11-23T09:00:00Z".parse::<jiff::Timestamp>().unwrap())
}

/// Stable methadone, nothing else, every question answered.
fn calm() -> BreastfeedingAnswers {
    BreastfeedingAnswers {
        medicine: Some(Med::Methadone),
        dose_stable: Some(Yes),
        other_substances: vec![Sub::NoneOfThese],
        prescribed_benzodiazepines: Some(No),
        hiv: Some(Hiv::Negative),
        hep_c_cracked_nipples: Some(No),
        baby: vec![Baby::NoneOfThese],
        dose_after_birth: Some(No),
    }
}

fn with(change: impl FnOnce(&mut BreastfeedingAnswers)) -> BreastfeedingAnswers {
    let mut a = calm();
    change(&mut a);
    a
}

fn unanswered() -> BreastfeedingAnswers {
    BreastfeedingAnswers::default()
}

const CALM_REST: [&str; 5] = [
    "other-substances-none",
    "benzodiazepines-prescribed-no",
    "hiv-negative",
    "hep-c-cracked-nipples-no",
    "baby-none",
];

fn ids(head: &[&str], tail: &[&str]) -> Vec<String> {
    head.iter().chain(tail).map(|s| s.to_string()).collect()
}

/// The reasons for a calm answer set where one question's reason is replaced.
fn calm_but(slot: usize, replacement: &[&str]) -> Vec<String> {
    let mut all: Vec<Vec<&str>> = vec![vec!["methadone"], vec!["dose-stable"], vec!["dose-after-birth-no"]];
    all.extend(CALM_REST.iter().map(|s| vec![*s]));
    all[slot] = replacement.to_vec();
    all.into_iter().flatten().map(str::to_string).collect()
}

const MEDICINE: usize = 0;
const DOSE: usize = 1;
const AFTER_BIRTH: usize = 2;
const OTHER: usize = 3;
const PRESCRIBED: usize = 4;
const HIV: usize = 5;
const HEP_C: usize = 6;
const BABY: usize = 7;

struct Case {
    says: &'static str,
    answers: BreastfeedingAnswers,
    level: AdviceLevel,
    reasons: Vec<String>,
}

fn case(says: &'static str, answers: BreastfeedingAnswers, level: AdviceLevel, reasons: Vec<String>) -> Case {
    Case {
        says,
        answers,
        level,
        reasons,
    }
}

fn cases() -> Vec<Case> {
    let yes_no = |f: fn(&mut BreastfeedingAnswers, YesNoAnswer), v| with(move |a| f(a, v));
    vec![
        case(
            "stable methadone with nothing else is encouraged",
            calm(),
            E,
            calm_but(MEDICINE, &["methadone"]),
        ),
        case(
            "stable buprenorphine is encouraged",
            with(|a| a.medicine = Some(Med::Buprenorphine)),
            E,
            calm_but(MEDICINE, &["buprenorphine"]),
        ),
        case(
            "buprenorphine with naloxone is treated like buprenorphine",
            with(|a| a.medicine = Some(Med::BuprenorphineNaloxone)),
            E,
            calm_but(MEDICINE, &["buprenorphine-naloxone"]),
        ),
        case(
            "the long-acting injection is still encouraged, with its uncertainty said",
            with(|a| a.medicine = Some(Med::BuprenorphineInjection)),
            E,
            calm_but(MEDICINE, &["buprenorphine-injection"]),
        ),
        case(
            "with no OST medicine the dose question does not apply",
            with(|a| a.medicine = Some(Med::NoMedicine)),
            E,
            ids(&["medicine-none"], &CALM_REST),
        ),
        case(
            "with no OST medicine a skipped dose question adds nothing",
            with(|a| {
                a.medicine = Some(Med::NoMedicine);
                a.dose_stable = None;
            }),
            E,
            ids(&["medicine-none"], &CALM_REST),
        ),
        case(
            "a medicine she would rather not name means talking it through",
            with(|a| a.medicine = Some(Med::PreferNotToSay)),
            ET,
            calm_but(MEDICINE, &["medicine-prefer-not-to-say"]),
        ),
        case(
            "a skipped medicine question counts as prefer not to say",
            with(|a| a.medicine = None),
            ET,
            calm_but(MEDICINE, &["medicine-prefer-not-to-say"]),
        ),
        case(
            "a changing dose is still encouraged, after a talk",
            yes_no(|a, v| a.dose_stable = Some(v), No),
            ET,
            calm_but(DOSE, &["dose-not-stable"]),
        ),
        case(
            "a dose she would rather not describe means talking it through",
            yes_no(|a, v| a.dose_stable = Some(v), Pnts),
            ET,
            calm_but(DOSE, &["dose-stable-prefer-not-to-say"]),
        ),
        case(
            "alcohol means a talk first",
            with(|a| a.other_substances = vec![Sub::Alcohol]),
            ET,
            calm_but(OTHER, &["alcohol"]),
        ),
        case(
            "smoking or vaping does not change the message",
            with(|a| a.other_substances = vec![Sub::TobaccoOrVaping]),
            E,
            calm_but(OTHER, &["tobacco-or-vaping"]),
        ),
        case(
            "cannabis means a talk first, and the sources are unsure",
            with(|a| a.other_substances = vec![Sub::Cannabis]),
            ET,
            calm_but(OTHER, &["cannabis"]),
        ),
        case(
            "cocaine or crack means talking with the team before starting",
            with(|a| a.other_substances = vec![Sub::CocaineOrCrack]),
            TF,
            calm_but(OTHER, &["cocaine-or-crack"]),
        ),
        case(
            "amphetamines mean talking with the team before starting",
            with(|a| a.other_substances = vec![Sub::Amphetamines]),
            TF,
            calm_but(OTHER, &["amphetamines"]),
        ),
        case(
            "sedatives not prescribed to her mean talking first",
            with(|a| a.other_substances = vec![Sub::BenzodiazepinesNotPrescribed]),
            TF,
            calm_but(OTHER, &["benzodiazepines-not-prescribed"]),
        ),
        case(
            "heroin or other opioids not prescribed mean talking first",
            with(|a| a.other_substances = vec![Sub::OpioidsNotPrescribed]),
            TF,
            calm_but(OTHER, &["opioids-not-prescribed"]),
        ),
        case(
            "other substances she would rather not name mean a talk",
            with(|a| a.other_substances = vec![Sub::PreferNotToSay]),
            ET,
            calm_but(OTHER, &["other-substances-prefer-not-to-say"]),
        ),
        case(
            "a skipped substances question counts as prefer not to say",
            with(|a| a.other_substances = vec![]),
            ET,
            calm_but(OTHER, &["other-substances-prefer-not-to-say"]),
        ),
        case(
            "alcohol, tobacco and cannabis each give a reason, in table order",
            with(|a| a.other_substances = vec![Sub::Cannabis, Sub::Alcohol, Sub::TobaccoOrVaping]),
            ET,
            calm_but(OTHER, &["alcohol", "tobacco-or-vaping", "cannabis"]),
        ),
        case(
            "the most careful message wins when tobacco comes with cocaine",
            with(|a| a.other_substances = vec![Sub::TobaccoOrVaping, Sub::CocaineOrCrack]),
            TF,
            calm_but(OTHER, &["tobacco-or-vaping", "cocaine-or-crack"]),
        ),
        case(
            "prescribed benzodiazepines mean a talk about sleepiness",
            yes_no(|a, v| a.prescribed_benzodiazepines = Some(v), Yes),
            ET,
            calm_but(PRESCRIBED, &["benzodiazepines-prescribed"]),
        ),
        case(
            "prescribed benzodiazepines she would rather not mention mean a talk",
            yes_no(|a, v| a.prescribed_benzodiazepines = Some(v), Pnts),
            ET,
            calm_but(PRESCRIBED, &["benzodiazepines-prescribed-prefer-not-to-say"]),
        ),
        case(
            "living with HIV means talking with the HIV team first",
            with(|a| a.hiv = Some(Hiv::Positive)),
            TF,
            calm_but(HIV, &["hiv-positive"]),
        ),
        case(
            "not knowing her HIV status means talking first, with a test offered",
            with(|a| a.hiv = Some(Hiv::NotKnown)),
            TF,
            calm_but(HIV, &["hiv-not-known"]),
        ),
        case(
            "an HIV status she would rather not say means a talk",
            with(|a| a.hiv = Some(Hiv::PreferNotToSay)),
            ET,
            calm_but(HIV, &["hiv-prefer-not-to-say"]),
        ),
        case(
            "hepatitis C with cracked nipples means a talk, not stopping",
            yes_no(|a, v| a.hep_c_cracked_nipples = Some(v), Yes),
            ET,
            calm_but(HEP_C, &["hep-c-cracked-nipples"]),
        ),
        case(
            "a hepatitis C answer she would rather not give means a talk",
            yes_no(|a, v| a.hep_c_cracked_nipples = Some(v), Pnts),
            ET,
            calm_but(HEP_C, &["hep-c-cracked-nipples-prefer-not-to-say"]),
        ),
        case(
            "a baby treated for withdrawal is helped by breastfeeding",
            with(|a| a.baby = vec![Baby::InHospitalForWithdrawal]),
            E,
            calm_but(BABY, &["baby-in-hospital-for-withdrawal"]),
        ),
        case(
            "a premature baby means following the neonatal team",
            with(|a| a.baby = vec![Baby::Premature]),
            ET,
            calm_but(BABY, &["baby-premature"]),
        ),
        case(
            "a baby looked after by someone else still has a mother who may express milk",
            with(|a| a.baby = vec![Baby::NotInHerCare]),
            ET,
            calm_but(BABY, &["baby-not-in-her-care"]),
        ),
        case(
            "a premature baby in hospital for withdrawal gets both reasons",
            with(|a| a.baby = vec![Baby::Premature, Baby::InHospitalForWithdrawal]),
            ET,
            calm_but(BABY, &["baby-in-hospital-for-withdrawal", "baby-premature"]),
        ),
        case(
            "a baby's situation she would rather not say means a talk",
            with(|a| a.baby = vec![Baby::PreferNotToSay]),
            ET,
            calm_but(BABY, &["baby-prefer-not-to-say"]),
        ),
        case(
            "nothing answered at all gets a kind prefer-not-to-say reason for every question",
            unanswered(),
            ET,
            ids(
                &[
                    "medicine-prefer-not-to-say",
                    "dose-stable-prefer-not-to-say",
                    "dose-after-birth-prefer-not-to-say",
                    "other-substances-prefer-not-to-say",
                    "benzodiazepines-prescribed-prefer-not-to-say",
                    "hiv-prefer-not-to-say",
                    "hep-c-cracked-nipples-prefer-not-to-say",
                    "baby-prefer-not-to-say",
                ],
                &[],
            ),
        ),
        case(
            "prefer not to say everywhere reads the same as skipping everything",
            BreastfeedingAnswers {
                medicine: Some(Med::PreferNotToSay),
                dose_stable: Some(Pnts),
                other_substances: vec![Sub::PreferNotToSay],
                prescribed_benzodiazepines: Some(Pnts),
                hiv: Some(Hiv::PreferNotToSay),
                hep_c_cracked_nipples: Some(Pnts),
                baby: vec![Baby::PreferNotToSay],
                dose_after_birth: Some(Pnts),
            },
            ET,
            ids(
                &[
                    "medicine-prefer-not-to-say",
                    "dose-stable-prefer-not-to-say",
                    "dose-after-birth-prefer-not-to-say",
                    "other-substances-prefer-not-to-say",
                    "benzodiazepines-prescribed-prefer-not-to-say",
                    "hiv-prefer-not-to-say",
                    "hep-c-cracked-nipples-prefer-not-to-say",
                    "baby-prefer-not-to-say",
                ],
                &[],
            ),
        ),
        case(
            "methadone started or raised a lot after the birth means talking first",
            yes_no(|a, v| a.dose_after_birth = Some(v), Yes),
            TF,
            calm_but(AFTER_BIRTH, &["dose-after-birth"]),
        ),
        case(
            "buprenorphine started after the birth means talking first too",
            with(|a| {
                a.medicine = Some(Med::Buprenorphine);
                a.dose_after_birth = Some(Yes);
            }),
            TF,
            ids(&["buprenorphine", "dose-stable", "dose-after-birth"], &CALM_REST),
        ),
        case(
            "a start or rise after the birth she would rather not talk about gets a gentle word",
            yes_no(|a, v| a.dose_after_birth = Some(v), Pnts),
            ET,
            calm_but(AFTER_BIRTH, &["dose-after-birth-prefer-not-to-say"]),
        ),
        case(
            "with no OST medicine the question about a start after the birth does not apply",
            with(|a| {
                a.medicine = Some(Med::NoMedicine);
                a.dose_after_birth = Some(Yes);
            }),
            E,
            ids(&["medicine-none"], &CALM_REST),
        ),
        case(
            "a plan saved before the question existed counts it as skipped",
            with(|a| a.dose_after_birth = None),
            ET,
            calm_but(AFTER_BIRTH, &["dose-after-birth-prefer-not-to-say"]),
        ),
        case(
            "HIV positive outweighs cannabis and a premature baby",
            with(|a| {
                a.hiv = Some(Hiv::Positive);
                a.other_substances = vec![Sub::Cannabis];
                a.baby = vec![Baby::Premature];
            }),
            TF,
            ids(
                &[
                    "methadone",
                    "dose-stable",
                    "dose-after-birth-no",
                    "cannabis",
                    "benzodiazepines-prescribed-no",
                    "hiv-positive",
                ],
                &["hep-c-cracked-nipples-no", "baby-premature"],
            ),
        ),
        case(
            "the injection with a changing dose and prescribed benzodiazepines means a talk",
            with(|a| {
                a.medicine = Some(Med::BuprenorphineInjection);
                a.dose_stable = Some(No);
                a.prescribed_benzodiazepines = Some(Yes);
            }),
            ET,
            ids(
                &[
                    "buprenorphine-injection",
                    "dose-not-stable",
                    "dose-after-birth-no",
                    "other-substances-none",
                ],
                &[
                    "benzodiazepines-prescribed",
                    "hiv-negative",
                    "hep-c-cracked-nipples-no",
                    "baby-none",
                ],
            ),
        ),
        case(
            "no OST medicine but heroin means talking first",
            with(|a| {
                a.medicine = Some(Med::NoMedicine);
                a.other_substances = vec![Sub::OpioidsNotPrescribed];
            }),
            TF,
            ids(&["medicine-none", "opioids-not-prescribed"], &CALM_REST[1..]),
        ),
    ]
}

#[test]
fn every_answer_combination_gets_the_expected_message_and_reasons() {
    let cases = cases();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let advice = breastfeeding_advice(c.answers.clone(), now()).unwrap_or_else(|e| panic!("{}: {e}", c.says));
        let got: Vec<String> = advice.reasons.iter().map(|r| r.rule_id.clone()).collect();
        if advice.level != c.level || got != c.reasons {
            failures.push(format!(
                "{}:\n  expected {:?} {:?}\n  got      {:?} {:?}",
                c.says, c.level, c.reasons, advice.level, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_message_has_its_own_headline() {
    let headline = |a| breastfeeding_advice(a, now()).unwrap().headline;
    assert_eq!(headline(calm()), "Breastfeeding is encouraged");
    assert!(headline(with(|a| a.dose_stable = Some(No))).starts_with("Breastfeeding is encouraged —"));
    assert_eq!(
        headline(with(|a| a.hiv = Some(Hiv::Positive))),
        "Talk with your team before you start breastfeeding"
    );
}

#[test]
fn every_reason_names_its_sources_and_careful_ones_say_who_to_ask() {
    let advice = breastfeeding_advice(
        with(|a| {
            a.medicine = Some(Med::BuprenorphineInjection);
            a.other_substances = vec![Sub::Cannabis, Sub::CocaineOrCrack];
        }),
        now(),
    )
    .unwrap();
    for r in &advice.reasons {
        assert!(!r.sources.is_empty(), "{}", r.rule_id);
        assert!(r.sources.iter().all(|s| !s.citation.is_empty()));
        if r.uncertain || r.level != E {
            let ask = r
                .ask_label
                .as_deref()
                .unwrap_or_else(|| panic!("{} says who to ask", r.rule_id));
            assert!(ask.starts_with("You can ask "), "{ask}");
        }
    }
    let injection = advice
        .reasons
        .iter()
        .find(|r| r.rule_id == "buprenorphine-injection")
        .unwrap();
    assert!(injection.uncertain);
}

#[test]
fn the_shared_sections_and_review_dates_come_from_the_breastfeeding_article() {
    let advice = breastfeeding_advice(calm(), now()).unwrap();
    let article = alongside_core::guidance_article("breastfeeding".into()).unwrap();
    assert_eq!(advice.watch_for.heading, "What to watch for in your baby");
    assert_eq!(advice.get_help_now.heading, "Get help straight away");
    assert_eq!(advice.safe_sleep.heading, "Safe sleep");
    assert_eq!(advice.stopping.heading, "When you want to stop");
    assert_eq!(advice.why_advice_differs.heading, "Why the advice can differ");
    assert_eq!(
        Some(&advice.watch_for),
        article.sections.iter().find(|s| s.heading == advice.watch_for.heading)
    );
    assert_eq!(advice.review_by, article.review_by);
    assert_eq!(advice.checked_label, article.checked_label);
    assert_eq!(advice.safety_net, article.safety_net);
    assert!(
        advice.contacts.iter().any(|c| c.id == "emergency"),
        "the safety net's 999 can be called"
    );
    assert!(!advice.review_overdue);
}

#[test]
fn advice_past_its_review_date_says_so() {
    let advice = breastfeeding_advice(calm(), now()).unwrap();
    let after: jiff::civil::Date = advice
        .review_by
        .parse::<jiff::civil::Date>()
        .unwrap()
        .tomorrow()
        .unwrap();
    let later = SystemTime::from(after.to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp());
    assert!(breastfeeding_advice(calm(), later).unwrap().review_overdue);
}

#[test]
fn contradictory_answers_are_refused_without_naming_what_she_chose() {
    let e = breastfeeding_advice(
        with(|a| a.other_substances = vec![Sub::NoneOfThese, Sub::CocaineOrCrack]),
        now(),
    )
    .unwrap_err();
    match e {
        AlongsideError::InvalidInput { field, reason } => {
            assert_eq!(field, "other substances");
            assert!(!reason.to_lowercase().contains("cocaine"), "{reason}");
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    let e = breastfeeding_advice(with(|a| a.baby = vec![Baby::PreferNotToSay, Baby::Premature]), now());
    assert!(matches!(e, Err(AlongsideError::InvalidInput { .. })));
}

/// Beyond the table above: every combination of answers (substances and baby situations
/// up to two at a time), checked for the promise the rules make — every answer she gives
/// shows up in at least one reason (the dose question only when she takes, or has not
/// named, an OST medicine), and the message is the most careful of its reasons.
#[test]
fn every_answer_she_gives_shows_up_in_the_reasons_in_every_combination() {
    use alongside_core::guidance::questions::Question;
    use std::collections::BTreeSet;
    let set = alongside_core::guidance::set::current().unwrap();
    let options = |q: Question| -> Vec<BTreeSet<String>> {
        let answers = q.answers();
        if !q.many() {
            return answers.into_iter().map(|a| [a].into()).collect();
        }
        let plain: Vec<&String> = answers
            .iter()
            .filter(|a| *a != "none" && *a != "prefer_not_to_say")
            .collect();
        let mut out: Vec<BTreeSet<String>> =
            vec![["none".to_string()].into(), ["prefer_not_to_say".to_string()].into()];
        for (i, a) in plain.iter().enumerate() {
            out.push([a.to_string()].into());
            for b in &plain[i + 1..] {
                out.push([a.to_string(), b.to_string()].into());
            }
        }
        out
    };
    let per_question: Vec<(Question, Vec<BTreeSet<String>>)> =
        Question::ALL.iter().map(|q| (*q, options(*q))).collect();
    let mut combos = 0usize;
    let mut index = vec![0usize; per_question.len()];
    loop {
        let answers: Vec<(Question, BTreeSet<String>)> = per_question
            .iter()
            .zip(&index)
            .map(|((q, opts), i)| (*q, opts[*i].clone()))
            .collect();
        let fired: Vec<_> = set.rules.rules.iter().filter(|r| r.matches(&answers)).collect();
        let no_medicine = answers[0].1.contains("none");
        for (q, given) in &answers {
            if matches!(q, Question::DoseStable | Question::DoseAfterBirth) && no_medicine {
                continue;
            }
            for a in given {
                let shown = fired
                    .iter()
                    .any(|r| r.when.iter().any(|(rq, values)| rq == q && values.contains(a)));
                assert!(shown, "{} = {a} gives no reason when answers are {answers:?}", q.code());
            }
        }
        combos += 1;
        // Next combination, like an odometer.
        let mut k = 0;
        while k < index.len() {
            index[k] += 1;
            if index[k] < per_question[k].1.len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
        if k == index.len() {
            break;
        }
    }
    assert!(combos > 100_000, "{combos}");
    // The message is the most careful reason's level, checked through the public call.
    let a = with(|a| {
        a.other_substances = vec![Sub::Alcohol, Sub::Amphetamines];
        a.baby = vec![Baby::Premature];
    });
    let advice = breastfeeding_advice(a, now()).unwrap();
    assert_eq!(Some(advice.level), advice.reasons.iter().map(|r| r.level).max());
}

#[test]
fn a_start_or_big_rise_after_the_birth_gets_the_cautious_advice_with_lactmed_and_a_safety_net() {
    let advice = breastfeeding_advice(with(|a| a.dose_after_birth = Some(Yes)), now()).unwrap();
    assert_eq!(advice.headline, "Talk with your team before you start breastfeeding");
    let r = advice.reasons.iter().find(|r| r.rule_id == "dose-after-birth").unwrap();
    assert!(r.sources.iter().any(|s| s.id == "lactmed-methadone"), "{:?}", r.sources);
    assert!(r.text.contains("100 mg"), "{}", r.text);
    assert!(r.text.contains("999"), "a safety net: {}", r.text);
    assert!(
        r.text.contains("not a reason to stop your medicine"),
        "never a change of dose: {}",
        r.text
    );
    assert!(r.ask_label.is_some());
}

#[test]
fn a_skipped_question_gets_a_reason_that_reads_well_when_nothing_was_chosen() {
    for answers in [unanswered(), with(|a| a.hiv = None), with(|a| a.baby = vec![])] {
        let advice = breastfeeding_advice(answers, now()).unwrap();
        for r in &advice.reasons {
            assert!(
                !r.text.starts_with("That is fine"),
                "{} answers a choice she never made: {}",
                r.rule_id,
                r.text
            );
        }
    }
}

#[test]
fn the_advice_on_stopping_says_to_stop_slowly_because_a_baby_can_get_withdrawal() {
    let advice = breastfeeding_advice(calm(), now()).unwrap();
    let words: String = format!("{:?}", advice.stopping.blocks);
    assert!(words.contains("withdrawal"), "{words}");
    assert!(words.contains("stop slowly"), "{words}");
    assert!(words.contains("plan it with your team"), "{words}");
    let ids: Vec<&str> = advice.stopping.sources.iter().map(|s| s.id.as_str()).collect();
    assert!(
        ids.contains(&"lactmed-methadone") && ids.contains(&"lactmed-buprenorphine"),
        "{ids:?}"
    );
}
