//! `alongside guidance ...`: articles, contacts and the breastfeeding decision aid from
//! the terminal, as text and as JSON, and the plan kept in her vault.

mod common;

use common::{parse, text, Sandbox};

#[test]
fn the_list_names_every_article_and_show_prints_one_with_its_sources() {
    let s = Sandbox::new();
    let list = s.json(&["guidance", "list"]);
    let ids: Vec<&str> = list["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    for id in [
        "breastfeeding",
        "nows",
        "missed-doses-and-tolerance",
        "crisis-and-support",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let shown = s.ok(&["guidance", "show", "nows"]);
    assert!(shown.contains("Where this comes from:"), "{shown}");
    assert!(shown.contains("Checked "), "{shown}");
    let json = s.json(&["guidance", "show", "missed-doses-and-tolerance"]);
    assert_eq!(json["id"], "missed-doses-and-tolerance");
    assert!(json["sections"].as_array().is_some_and(|s| !s.is_empty()));
}

#[test]
fn guidance_needs_no_vault() {
    let s = Sandbox::new();
    s.ok(&["guidance", "contacts"]);
    s.ok(&["guidance", "breastfeeding", "--medicine", "methadone"]);
    assert!(!s.vault().exists(), "no vault was made or needed");
}

#[test]
fn an_unknown_article_is_not_found_with_exit_code_1() {
    let s = Sandbox::new();
    let out = s.run(&["--json", "guidance", "show", "no-such-article"]);
    assert_eq!(out.status.code(), Some(1));
    let err = parse(&out.stderr, &["guidance", "show"]);
    assert_eq!(err["error"]["kind"], "not_found");
}

#[test]
fn contacts_show_every_number_from_the_one_table() {
    let s = Sandbox::new();
    let out = s.ok(&["guidance", "contacts"]);
    for shown in ["Samaritans on 116 123", "Emergency services on 999", "NHS 111 on 111"] {
        assert!(out.contains(shown), "{shown} in {out}");
    }
    let json = s.json(&["guidance", "contacts"]);
    assert_eq!(json["contacts"].as_array().unwrap().len(), 6);
    assert_eq!(json["contacts"][0]["dial"], "116123");
}

#[test]
fn the_decision_aid_answers_with_reasons_and_takes_hyphens_or_underscores() {
    let s = Sandbox::new();
    let v = s.json(&[
        "guidance",
        "breastfeeding",
        "--medicine",
        "methadone",
        "--dose-stable",
        "yes",
        "--dose-after-birth",
        "no",
        "--other-substances",
        "alcohol,cannabis",
        "--prescribed-benzodiazepines",
        "no",
        "--hiv",
        "negative",
        "--hep-c-cracked-nipples",
        "no",
        "--baby",
        "in_hospital_for_withdrawal",
    ]);
    assert_eq!(v["saved"], false);
    assert_eq!(v["advice"]["level"], "encouraged_talk");
    let ids: Vec<&str> = v["advice"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "methadone",
            "dose-stable",
            "dose-after-birth-no",
            "alcohol",
            "cannabis",
            "benzodiazepines-prescribed-no",
            "hiv-negative",
            "hep-c-cracked-nipples-no",
            "baby-in-hospital-for-withdrawal"
        ]
    );
    let t = s.ok(&[
        "guidance",
        "breastfeeding",
        "--medicine",
        "methadone",
        "--hiv",
        "positive",
    ]);
    assert!(
        t.starts_with("Talk with your team before you start breastfeeding"),
        "{t}"
    );
    assert!(t.contains("add --save"), "{t}");
}

#[test]
fn methadone_started_or_raised_after_the_birth_gets_the_cautious_advice() {
    let s = Sandbox::new();
    let t = s.ok(&[
        "guidance",
        "breastfeeding",
        "--medicine",
        "methadone",
        "--dose-after-birth",
        "yes",
    ]);
    assert!(
        t.starts_with("Talk with your team before you start breastfeeding"),
        "{t}"
    );
    assert!(t.contains("100 mg"), "{t}");
}

#[test]
fn contradictory_or_unknown_answers_are_refused_with_exit_code_1() {
    let s = Sandbox::new();
    let out = s.run(&[
        "--json",
        "guidance",
        "breastfeeding",
        "--other-substances",
        "none,alcohol",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = parse(&out.stderr, &["guidance"]);
    assert_eq!(err["error"]["kind"], "invalid_input");
    assert_eq!(err["error"]["field"], "other substances");
    let out = s.run(&["guidance", "breastfeeding", "--medicine", "aspirin"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !text(&out.stderr).contains("aspirin"),
        "errors never repeat what she typed"
    );
}

#[test]
fn saving_makes_a_plan_she_can_show_again() {
    let s = Sandbox::new();
    s.init();
    let none = s.ok(&["guidance", "plan"]);
    assert!(none.contains("not made a breastfeeding plan"), "{none}");
    assert_eq!(s.json(&["guidance", "plan"])["plan"], serde_json::Value::Null);

    let saved = s.json(&[
        "guidance",
        "breastfeeding",
        "--medicine",
        "buprenorphine",
        "--baby",
        "premature",
        "--save",
    ]);
    assert_eq!(saved["saved"], true);
    assert_eq!(saved["plan"]["made_on"], "2026-11-23");

    let plan = s.ok(&["guidance", "plan"]);
    assert!(plan.starts_with("My breastfeeding plan"), "{plan}");
    assert!(plan.contains("Made on Monday 23 November 2026"), "{plan}");
    assert!(plan.contains("Born early (premature)"), "{plan}");
    assert!(plan.contains("Where this comes from:"), "{plan}");
}

#[test]
fn saving_without_a_vault_says_how_to_make_one() {
    let s = Sandbox::new();
    let out = s.run(&["guidance", "breastfeeding", "--medicine", "methadone", "--save"]);
    assert_eq!(out.status.code(), Some(3));
}
