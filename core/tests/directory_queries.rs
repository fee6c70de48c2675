//! The questions the directory answers: text search (whatever she types), filters, open
//! now across a clock change, weeks of the month, hub days, the one-place plan and the
//! venues nearest a point.

mod common;
mod directory_support;

use alongside_core::*;
use common::*;
use directory_support::*;

fn installed() -> TestVault {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    tv
}

#[test]
fn text_search_finds_words_in_names_descriptions_and_category_words_by_their_start() {
    let tv = installed();
    let v = &tv.vault;
    assert_eq!(ids(&v.search_services(text("midwif")).unwrap()), ["midwives"]);
    assert_eq!(ids(&v.search_services(text("buprenorphine")).unwrap()), ["recovery"]);
    assert_eq!(ids(&v.search_services(text("Food Bank")).unwrap()), ["food-bank"]);
    assert_eq!(ids(&v.search_services(text("benefits")).unwrap()), ["money-advice"]);
    // "Drug and alcohol treatment" is the recovery team's category in words.
    assert_eq!(ids(&v.search_services(text("treatment")).unwrap()), ["recovery"]);
    assert_eq!(
        ids(&v.search_services(text("creche")).unwrap()),
        ["peer-group"],
        "accents are ignored"
    );
    let r = &v.search_services(text("recovery")).unwrap()[0];
    assert_eq!(r.category, Category::DrugAndAlcoholTreatment);
    assert_eq!(r.category_label, "Drug and alcohol treatment");
    assert_eq!(r.referral_label, "You can contact them yourself");
    assert_eq!(r.sessions.len(), 2);
    assert!(!r.sample);
}

#[test]
fn whatever_she_types_never_reaches_fts_as_syntax() {
    let tv = installed();
    let v = &tv.vault;
    for typed in [
        "\"",
        "food\"",
        "*",
        "food*",
        "NEAR(food bank)",
        "food NEAR bank",
        "food AND OR NOT",
        "-food",
        "name:food",
        "^food",
        "(((",
        "'; DROP TABLE dir_services; --",
        "{name}: x",
        "",
        "   ",
    ] {
        assert!(v.search_services(text(typed)).is_ok(), "{typed:?}");
    }
    assert_eq!(ids(&v.search_services(text("food\"*")).unwrap()), ["food-bank"]);
    assert_eq!(
        ids(&v.search_services(text("NEAR(food bank)")).unwrap()),
        Vec::<&str>::new()
    );
    assert_eq!(
        v.search_services(text("***")).unwrap().len(),
        7,
        "no words: no text filter"
    );
    assert_eq!(v.search_services(query()).unwrap().len(), 7);
}

#[test]
fn filters_for_category_self_referral_drop_in_and_date_combine() {
    let tv = installed();
    let v = &tv.vault;
    let q = ServiceQuery {
        categories: vec![
            Category::Food,
            Category::HealthVisiting,
            Category::MaternityAndSpecialistMidwife,
        ],
        ..query()
    };
    assert_eq!(
        ids(&v.search_services(q.clone()).unwrap()),
        ["food-bank", "health-visitors", "midwives"]
    );
    let self_ref = ServiceQuery {
        self_referral_only: true,
        ..q.clone()
    };
    assert_eq!(ids(&v.search_services(self_ref).unwrap()), ["food-bank", "midwives"]);
    let drop_in = ServiceQuery {
        text: Some("recovery".into()),
        drop_in_only: true,
        ..query()
    };
    assert!(
        v.search_services(drop_in).unwrap().is_empty(),
        "the recovery team is by appointment"
    );
    let friday = ServiceQuery {
        on_date: Some("2026-11-27".into()),
        ..query()
    };
    assert_eq!(ids(&v.search_services(friday).unwrap()), ["food-bank", "peer-group"]);
    let bad = ServiceQuery {
        on_date: Some("2026-02-30".into()),
        ..query()
    };
    assert!(matches!(
        v.search_services(bad),
        Err(AlongsideError::InvalidInput { .. })
    ));
}

#[test]
fn open_now_uses_her_home_clock_across_the_spring_clock_change() {
    let tv = installed();
    let v = &tv.vault;
    let open_at = |t: &str| {
        ids(&v
            .search_services(ServiceQuery {
                open_at: Some(at(t)),
                ..query()
            })
            .unwrap())
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    // Sunday 28 March 2027: London moves to BST at 01:00 UTC. The crisis café is open
    // 09:00-10:00 London time, which is 08:00-09:00 UTC that day.
    assert_eq!(open_at("2027-03-28T08:30:00Z"), ["crisis-cafe"]);
    assert!(open_at("2027-03-28T09:30:00Z").is_empty());
    // The Sunday before, on GMT, the same session is 09:00-10:00 UTC.
    assert_eq!(open_at("2027-03-21T09:30:00Z"), ["crisis-cafe"]);
    assert!(open_at("2027-03-21T08:30:00Z").is_empty());
    // Tuesday morning at the hub: the midwives' drop-in is on, the recovery team is not.
    let found = v
        .search_services(ServiceQuery {
            open_at: Some(at("2026-11-24T10:00:00Z")),
            ..query()
        })
        .unwrap();
    assert_eq!(ids(&found), ["midwives"]);
    assert_eq!(found[0].sessions.len(), 1);
    assert_eq!(found[0].sessions[0].venue_name, "Mill Lane Family Hub");
    assert_eq!(found[0].sessions[0].time_label, "09:30 to 12:00");
    assert_eq!(found[0].sessions[0].days_label, "Every Tuesday");
    assert_eq!(found[0].sessions[0].access_label, "Drop in");
}

#[test]
fn weeks_of_the_month_and_valid_dates_decide_which_days_a_session_runs() {
    let tv = installed();
    let v = &tv.vault;
    let on = |d: &str| {
        ids(&v
            .search_services(ServiceQuery {
                on_date: Some(d.into()),
                categories: vec![Category::HealthVisiting, Category::MoneyAndBenefits],
                ..query()
            })
            .unwrap())
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    // Health visitors: first and third Thursdays. December 2026: 3rd, 10th, 17th, 24th.
    assert_eq!(on("2026-12-03"), ["health-visitors"]);
    assert!(on("2026-12-10").is_empty());
    assert_eq!(on("2026-12-17"), ["health-visitors"]);
    assert!(on("2026-12-24").is_empty());
    // Money advice runs on Wednesdays until 31 December 2026.
    assert_eq!(on("2026-12-30"), ["money-advice"]);
    assert!(on("2027-01-06").is_empty());
    let hv = &v.search_services(text("health visitors")).unwrap()[0].sessions[0];
    assert_eq!(hv.weeks_of_month, [1, 3]);
    assert_eq!(hv.days_label, "The first and third Thursday of the month");
}

#[test]
fn venue_hubs_show_what_meets_where_and_the_days_several_services_meet() {
    let tv = installed();
    let hubs = tv.vault.venue_hubs(vec![], "2026-11-23".into(), 7).unwrap();
    let names: Vec<&str> = hubs.iter().map(|h| h.venue.id.as_str()).collect();
    // The clinic covers three categories; the hub and the hall two each, with one hub day
    // each, so they go by name.
    assert_eq!(names, ["clinic", "hub", "hall"]);
    let hub = &hubs[1];
    assert_eq!(hub.hub_dates, ["2026-11-24"]);
    let tuesday = &hub.days[0];
    assert_eq!(tuesday.date_label, "Tuesday 24 November");
    assert!(tuesday.hub_day);
    let times: Vec<(&str, &str)> = tuesday
        .sessions
        .iter()
        .map(|s| (s.service_id.as_str(), s.time_label.as_str()))
        .collect();
    assert_eq!(times, [("midwives", "09:30 to 12:00"), ("recovery", "13:00 to 16:00")]);
    // Thursday 26 November is the fourth Thursday: no health visitors, so no day listed.
    assert_eq!(hub.days.len(), 1);

    // Filtered to what she needs: only venues with those categories, most covered first.
    let needs = vec![
        Category::Food,
        Category::PeerSupportAndCommunityGroups,
        Category::DrugAndAlcoholTreatment,
    ];
    let hubs = tv.vault.venue_hubs(needs, "2026-11-23".into(), 7).unwrap();
    let summary: Vec<(&str, usize)> = hubs
        .iter()
        .map(|h| (h.venue.id.as_str(), h.needs_covered.len()))
        .collect();
    assert_eq!(summary, [("hall", 2), ("hub", 1), ("clinic", 1)]);
    assert_eq!(
        hubs[0].needs_covered_labels,
        ["Food", "Peer support and community groups"]
    );
    assert_eq!(hubs[0].hub_dates, ["2026-11-27"]);
    assert!(!hubs[1].days[0].hub_day, "only the recovery team counts at the hub now");
}

#[test]
fn venue_hubs_refuse_a_bad_date_or_range() {
    let tv = installed();
    for (from, days) in [("2026-13-01", 7), ("2026-11-23", 0), ("2026-11-23", 400)] {
        assert!(matches!(
            tv.vault.venue_hubs(vec![], from.into(), days),
            Err(AlongsideError::InvalidInput { .. })
        ));
    }
}

#[test]
fn a_one_place_plan_covers_her_needs_in_the_fewest_trips() {
    let tv = installed();
    let needs = vec![
        Category::MaternityAndSpecialistMidwife,
        Category::DrugAndAlcoholTreatment,
        Category::Food,
        Category::PeerSupportAndCommunityGroups,
    ];
    let plan = tv
        .vault
        .plan_one_place(needs.clone(), "2026-11-23".into(), 7, monday_morning())
        .unwrap();
    let trips: Vec<(&str, &str)> = plan.iter().map(|p| (p.venue.id.as_str(), p.date.as_str())).collect();
    assert_eq!(trips, [("hub", "2026-11-24"), ("hall", "2026-11-27")]);
    assert_eq!(
        plan[0].covers_labels,
        ["Maternity and specialist midwife", "Drug and alcohol treatment"]
    );
    assert_eq!(
        plan[0].remaining,
        [Category::Food, Category::PeerSupportAndCommunityGroups]
    );
    assert!(plan[1].remaining.is_empty());
    assert_eq!(plan[0].sessions.len(), 2);

    // A need nothing meets in the dates stays in "remaining".
    let plan = tv
        .vault
        .plan_one_place(
            vec![Category::Food, Category::Housing],
            "2026-11-23".into(),
            7,
            monday_morning(),
        )
        .unwrap();
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].remaining_labels, ["Housing"]);
    assert!(matches!(
        tv.vault
            .plan_one_place(vec![], "2026-11-23".into(), 7, monday_morning()),
        Err(AlongsideError::InvalidInput { .. })
    ));
}

#[test]
fn a_one_place_plan_avoids_busy_diary_days_and_days_already_past() {
    let tv = installed();
    for start in ["2026-11-24T09:00", "2026-11-24T15:00"] {
        tv.vault
            .add_appointment(draft("Scan", start), monday_morning())
            .unwrap();
    }
    let needs = vec![Category::DrugAndAlcoholTreatment, Category::Food];
    let plan = tv
        .vault
        .plan_one_place(needs, "2026-11-23".into(), 7, monday_morning())
        .unwrap();
    let trips: Vec<(&str, &str, u32)> = plan
        .iter()
        .map(|p| (p.venue.id.as_str(), p.date.as_str(), p.diary_appointments))
        .collect();
    // Not the hub on busy Tuesday: the clinic on Monday has the recovery team too.
    assert_eq!(trips, [("clinic", "2026-11-23", 0), ("hall", "2026-11-27", 0)]);

    // Only the hub has midwives, so busy Tuesday is used, and says so.
    let plan = tv
        .vault
        .plan_one_place(
            vec![Category::MaternityAndSpecialistMidwife],
            "2026-11-23".into(),
            7,
            monday_morning(),
        )
        .unwrap();
    assert_eq!(plan[0].diary_appointments, 2);

    // From Tuesday on, Monday 23 is past and Wednesday is the clinic's next day.
    let plan = tv
        .vault
        .plan_one_place(
            vec![Category::DrugAndAlcoholTreatment],
            "2026-11-23".into(),
            7,
            at("2026-11-24T20:00:00Z"),
        )
        .unwrap();
    assert_eq!(
        (plan[0].venue.id.as_str(), plan[0].date.as_str()),
        ("clinic", "2026-11-25")
    );
}

#[test]
fn venues_near_a_point_come_nearest_first_with_their_distance() {
    let tv = installed();
    let near = tv.vault.venues_near(53.0, -1.5, 10).unwrap();
    let order: Vec<(&str, &str)> = near
        .iter()
        .map(|v| (v.venue.id.as_str(), v.distance_label.as_str()))
        .collect();
    assert_eq!(order, [("hub", "0.0 km"), ("clinic", "1.1 km"), ("hall", "11 km")]);
    assert_eq!(tv.vault.venues_near(53.2, -1.5, 1).unwrap()[0].venue.id, "hall");
    for (lat, lon, limit) in [(91.0, 0.0, 5), (0.0, 181.0, 5), (f64::NAN, 0.0, 5), (0.0, 0.0, 0)] {
        assert!(matches!(
            tv.vault.venues_near(lat, lon, limit),
            Err(AlongsideError::InvalidInput { .. })
        ));
    }
}

#[test]
fn a_venue_lists_every_session_held_there() {
    let tv = installed();
    let clinic = tv.vault.venue("clinic".into()).unwrap();
    assert_eq!(clinic.venue.name, "Riverside Clinic");
    assert_eq!(clinic.venue.transport.as_deref(), Some("Bus 7"));
    let sessions: Vec<(&str, &str)> = clinic
        .sessions
        .iter()
        .map(|s| (s.service_id.as_str(), s.days_label.as_str()))
        .collect();
    assert_eq!(
        sessions,
        [
            ("recovery", "Every Monday and Wednesday"),
            ("money-advice", "Every Wednesday"),
            ("crisis-cafe", "Every Sunday"),
        ]
    );
    assert_eq!(clinic.sessions[1].valid_until.as_deref(), Some("2026-12-31"));
    assert_eq!(
        clinic.category_labels,
        ["Drug and alcohol treatment", "Money and benefits", "Crisis support"]
    );
    assert!(matches!(
        tv.vault.venue("nowhere".into()),
        Err(AlongsideError::NotFound { .. })
    ));
}

#[test]
fn with_no_directory_installed_the_questions_have_empty_answers() {
    let tv = new_vault();
    assert!(tv.vault.search_services(text("food")).unwrap().is_empty());
    assert!(tv.vault.venue_hubs(vec![], "2026-11-23".into(), 7).unwrap().is_empty());
    assert!(tv
        .vault
        .plan_one_place(vec![Category::Food], "2026-11-23".into(), 7, monday_morning())
        .unwrap()
        .is_empty());
    assert!(tv.vault.venues_near(53.0, -1.5, 5).unwrap().is_empty());
}

#[test]
fn every_category_has_words() {
    for c in alongside_core::services::Category::ALL {
        assert!(!c.label().starts_with("category-"), "{c:?}");
        assert_eq!(Category::from_code(&c.code()), Some(c));
    }
}
