//! A directory the size of a large area (5,000 services, 1,500 venues, 20,000 sessions)
//! imports and answers every question. Timings are printed for a look (`--nocapture`);
//! the benchmarks measure them properly.

mod common;
mod directory_support;

use alongside_core::*;
use alongside_protocol::directory::{Access, Category as C, Day, Session};
use common::*;
use directory_support::*;
use std::time::Instant;

fn large() -> alongside_protocol::directory::Directory {
    let mut d = directory(1);
    let template_service = d.services[0].clone();
    let template_venue = d.venues[0].clone();
    d.services.clear();
    d.venues.clear();
    d.sessions.clear();
    let days = [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::Saturday,
    ];
    for i in 0..5000usize {
        let mut s = template_service.clone();
        s.id = format!("s{i}");
        s.name = format!(
            "Service {i} {}",
            ["midwives", "food", "housing", "advice", "group"][i % 5]
        );
        s.category = C::ALL[i % 18];
        d.services.push(s);
    }
    for i in 0..1500usize {
        let mut v = template_venue.clone();
        v.id = format!("v{i}");
        v.name = format!("Venue {i}");
        v.latitude = 52.0 + (i as f64) / 1000.0;
        v.longitude = -1.0 - (i % 37) as f64 / 100.0;
        d.venues.push(v);
    }
    for i in 0..20000usize {
        let start = 9 + (i % 6);
        d.sessions.push(Session {
            service_id: format!("s{}", i % 5000),
            venue_id: format!("v{}", (i * 7) % 1500),
            days: vec![days[i % 6]],
            start: format!("{start:02}:00"),
            end: format!("{:02}:30", start + 1),
            weeks_of_month: if i % 4 == 0 { vec![1, 3] } else { vec![] },
            valid_from: None,
            valid_until: None,
            access: if i % 2 == 0 {
                Access::DropIn
            } else {
                Access::ByAppointment
            },
            notes: None,
        });
    }
    d
}

#[test]
fn a_large_directory_imports_and_answers_every_question() {
    let tv = new_vault();
    let bytes = seal_with(&large(), &test_key());
    let t = Instant::now();
    let status = import(&tv.vault, &bytes, monday_morning()).unwrap();
    println!("import {:?}", t.elapsed());
    assert_eq!((status.services, status.venues, status.sessions), (5000, 1500, 20000));
    let needs = vec![
        Category::MaternityAndSpecialistMidwife,
        Category::Food,
        Category::Housing,
    ];

    // Once to warm the caches, as a phone would have by the second search.
    tv.vault.search_services(text("food")).unwrap();
    let t = Instant::now();
    let found = tv.vault.search_services(text("midwives")).unwrap();
    println!("text search {:?} ({} results)", t.elapsed(), found.len());
    assert_eq!(found.len(), 1000);

    let t = Instant::now();
    let hubs = tv.vault.venue_hubs(needs.clone(), "2026-11-23".into(), 7).unwrap();
    println!("hubs {:?} ({} venues)", t.elapsed(), hubs.len());
    assert!(!hubs.is_empty());

    let t = Instant::now();
    let plan = tv
        .vault
        .plan_one_place(needs, "2026-11-23".into(), 14, monday_morning())
        .unwrap();
    println!("plan {:?} ({} trips)", t.elapsed(), plan.len());
    assert!(plan.last().unwrap().remaining.is_empty());

    let t = Instant::now();
    let near = tv.vault.venues_near(52.5, -1.2, 20).unwrap();
    println!("near {:?}", t.elapsed());
    assert_eq!(near.len(), 20);
    assert!(near.windows(2).all(|w| w[0].distance_km <= w[1].distance_km));
}
