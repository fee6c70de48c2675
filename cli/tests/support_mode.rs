//! `alongside support offers | services`: while her baby is not with her, the offers for
//! her own care (the 6 to 8 week check ready to add), her next family time, and services
//! for this situation, nearest first from a point that stays on the computer.

mod common;

use common::{text, Sandbox};

fn sample_bundle() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/content/directory/sample/sample.bundle")
        .to_string_lossy()
        .into_owned()
}

fn in_care(s: &Sandbox) {
    s.init();
    s.json(&["support", "status", "--set", "taken-into-care", "--since", "2026-11-20"]);
}

#[test]
fn offers_show_her_own_care_once_her_baby_is_in_care() {
    let s = Sandbox::new();
    s.init();
    let before = s.json(&["support", "offers"]);
    assert_eq!(before["support_mode"], false);
    assert_eq!(before["feeding_prompts"], true);
    assert_eq!(before["offers"].as_array().unwrap().len(), 0);

    s.json(&["support", "status", "--set", "taken-into-care", "--since", "2026-11-20"]);
    let words = s.ok(&["support", "offers"]);
    assert!(words.starts_with("Care for you\n"), "{words}");
    assert!(words.contains("Your 6 to 8 week check"), "{words}");
    // Without her baby's date of birth there is no date to suggest: the command that adds
    // it instead.
    assert!(words.contains("alongside support dates --born YYYY-MM-DD"), "{words}");
    assert!(!words.contains("Add it to your diary"), "{words}");
    assert!(
        words.contains("Read more: alongside guidance show your-body-and-milk"),
        "{words}"
    );
    let after = s.json(&["support", "offers"]);
    assert_eq!(after["feeding_prompts"], false);
    assert_eq!(after["offers"][0]["kind"], "postnatal_check");
    assert_eq!(after["offers"][0]["appointment"], serde_json::Value::Null);
}

#[test]
fn with_her_babys_date_of_birth_the_check_comes_with_its_dates_and_the_command_that_adds_it() {
    let s = Sandbox::new();
    in_care(&s);
    let dates = s.ok(&["support", "dates", "--born", "2026-11-10", "--due", "2026-11-30"]);
    assert!(
        dates.contains("Your baby's date of birth: Tuesday 10 November 2026"),
        "{dates}"
    );
    assert!(dates.contains("never shared"), "{dates}");
    let words = s.ok(&["support", "offers"]);
    assert!(
        words.contains("It is best between Tuesday 22 December 2026 and Tuesday 5 January 2027"),
        "{words}"
    );
    let command = "alongside appointment add --title \"Your 6 to 8 week check\" --kind gp \
                   --start \"2026-12-22 10:00\" --duration 30 --with \"Your GP\" --remind 1d";
    assert!(words.contains(command), "{words}");
    // The command does what it says.
    s.json(&[
        "appointment",
        "add",
        "--title",
        "Your 6 to 8 week check",
        "--kind",
        "gp",
        "--start",
        "2026-12-22 10:00",
        "--duration",
        "30",
        "--with",
        "Your GP",
        "--remind",
        "1d",
    ]);
    let after = s.ok(&["support", "offers"]);
    assert!(
        !after.contains("6 to 8 week check"),
        "offered once it is in her diary: {after}"
    );

    // Clearing the date takes the dates away again; an impossible date is refused.
    let cleared = s.json(&["support", "dates", "--clear-born"]);
    assert_eq!(cleared["dates"]["baby_born"], serde_json::Value::Null);
    assert_eq!(cleared["dates"]["due_date"], "2026-11-30");
    let out = s.run(&["support", "dates", "--born", "2027-01-01"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("can't be after today"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn offers_name_her_next_family_time() {
    let s = Sandbox::new();
    in_care(&s);
    s.json(&[
        "appointment",
        "add",
        "--title",
        "Family time",
        "--kind",
        "family-time",
        "--start",
        "2026-11-26T10:00",
    ]);
    let family_time = "Next family time: Thursday 26 November 2026, 10:00 to 11:00";
    let words = s.ok(&["support", "offers"]);
    assert!(words.starts_with(family_time), "{words}");
    let today = s.ok(&["today"]);
    assert!(today.contains(family_time), "{today}");
    assert!(today.contains("Care for you"), "{today}");
}

#[test]
fn services_come_by_name_or_nearest_first_from_a_point() {
    let s = Sandbox::new();
    in_care(&s);
    let none = s.ok(&["support", "services"]);
    assert!(none.contains("Is a service directory installed?"), "{none}");
    s.json(&["directory", "sample-data", "on"]);
    s.json(&["directory", "import", &sample_bundle()]);

    let by_name = s.json(&["support", "services"]);
    let names: Vec<&str> = by_name["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["service"]["name"].as_str().unwrap())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);

    let near = s.json(&["support", "services", "--near", "52.9987,-1.5064"]);
    assert_eq!(near["services"][0]["place"]["id"], "bridge-street-centre");
    let words = s.ok(&["support", "services", "--near", "52.9987,-1.5064"]);
    assert!(words.starts_with("Sample data:"), "{words}");
    assert!(words.contains("0.0 km away"), "{words}");
}

#[test]
fn a_point_that_is_not_two_numbers_or_off_the_globe_is_refused() {
    let s = Sandbox::new();
    in_care(&s);
    let usage = s.run(&["support", "services", "--near", "Sampleton"]);
    assert_eq!(usage.status.code(), Some(2));
    let refused = s.run(&["support", "services", "--near", "95,0"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("latitude"), "{}", text(&refused.stderr));
}
