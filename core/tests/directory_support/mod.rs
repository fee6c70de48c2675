//! Shared fixtures for the directory tests: a small made-up directory for "Testshire",
//! sealed in-test with fixed keys, and a snapshot of what the installed directory says so
//! refusal tests can prove nothing changed.
#![allow(dead_code)]

use alongside_core::*;
use alongside_protocol::directory::{Access, Category as C, Day, Directory, Referral as R, Service, Session, Venue};
use alongside_protocol::keys::PublisherKey;
use alongside_protocol::signed::{seal, BundleKind};
use std::time::SystemTime;

/// The ordinary publisher the tests trust through the hidden test hook.
pub fn test_key() -> PublisherKey {
    PublisherKey::from_seed(&[7; 32])
}

/// The made-up sample publisher pinned in content/directory/trusted-publishers.json.
pub fn sample_key() -> PublisherKey {
    PublisherKey::from_seed(&[0x5a; 32])
}

pub fn trusted() -> Vec<String> {
    vec![test_key().public().to_base64()]
}

fn service(id: &str, name: &str, org: &str, category: C, description: &str, referral: R) -> Service {
    Service {
        id: id.into(),
        name: name.into(),
        organisation: org.into(),
        category,
        description: description.into(),
        phone: Some("01632 960000".into()),
        web: None,
        referral,
        eligibility: None,
        languages: vec![],
        requests: None,
        baby_centred: false,
    }
}

fn venue(id: &str, name: &str, latitude: f64) -> Venue {
    Venue {
        id: id.into(),
        name: name.into(),
        address: format!("1 {name}, Testshire"),
        postcode: "TE1 1ST".into(),
        latitude,
        longitude: -1.5,
        step_free: true,
        accessibility: None,
        transport: Some("Bus 7".into()),
    }
}

fn session(service: &str, venue: &str, days: &[Day], start: &str, end: &str, access: Access) -> Session {
    Session {
        service_id: service.into(),
        venue_id: venue.into(),
        days: days.to_vec(),
        start: start.into(),
        end: end.into(),
        weeks_of_month: vec![],
        valid_from: None,
        valid_until: None,
        access,
        notes: None,
    }
}

/// Testshire, version `version`. Week of Monday 23 November 2026:
/// - Mill Lane Family Hub (53.000, -1.5): midwives Tuesday 09:30-12:00 (drop in), recovery
///   team Tuesday 13:00-16:00 (appointment): Tuesday is a hub day; health visitors the
///   first and third Thursday 10:00-12:00.
/// - Riverside Clinic (53.010, -1.5, about 1.1 km north): recovery team Monday and
///   Wednesday 09:00-17:00; money advice Wednesday 10:00-12:00 until 31 December 2026;
///   crisis café Sunday 09:00-10:00.
/// - St Anne's Hall (53.100, -1.5, about 11 km north): food bank Friday 10:00-14:00 and the
///   mums' peer group Friday 11:00-13:00, both drop in.
pub fn directory(version: u64) -> Directory {
    let mut hv = session(
        "health-visitors",
        "hub",
        &[Day::Thursday],
        "10:00",
        "12:00",
        Access::DropIn,
    );
    hv.weeks_of_month = vec![1, 3];
    let mut advice = session(
        "money-advice",
        "clinic",
        &[Day::Wednesday],
        "10:00",
        "12:00",
        Access::DropIn,
    );
    advice.valid_until = Some("2026-12-31".into());
    Directory {
        schema_version: 1,
        publisher: "Testshire Council".into(),
        area: "Testshire".into(),
        version,
        issued: "2026-11-01".into(),
        expires: "2027-05-01".into(),
        sample: false,
        services: vec![
            service(
                "midwives",
                "Specialist midwives",
                "Testshire Hospital",
                C::MaternityAndSpecialistMidwife,
                "Care in pregnancy for women who use drugs or alcohol.",
                R::Either,
            ),
            service(
                "recovery",
                "Recovery team",
                "Testshire Recovery",
                C::DrugAndAlcoholTreatment,
                "Methadone and buprenorphine prescribing, with a key worker.",
                R::SelfReferral,
            ),
            service(
                "health-visitors",
                "Health visitors",
                "Testshire Community Health",
                C::HealthVisiting,
                "Baby weighing and advice.",
                R::ThroughProfessional,
            ),
            service(
                "food-bank",
                "Food bank",
                "Testshire Food Bank",
                C::Food,
                "Food parcels, nappies and baby milk.",
                R::SelfReferral,
            ),
            service(
                "peer-group",
                "Mums' peer group",
                "Testshire Mums Together",
                C::PeerSupportAndCommunityGroups,
                "A women's group with a crèche.",
                R::SelfReferral,
            ),
            service(
                "money-advice",
                "Money advice",
                "Testshire Advice Centre",
                C::MoneyAndBenefits,
                "Help with benefits and debts.",
                R::Either,
            ),
            service(
                "crisis-cafe",
                "Crisis café",
                "Testshire Mind",
                C::CrisisSupport,
                "Somewhere to go when things are hard.",
                R::SelfReferral,
            ),
        ],
        venues: vec![
            venue("hub", "Mill Lane Family Hub", 53.0),
            venue("clinic", "Riverside Clinic", 53.01),
            venue("hall", "St Anne's Hall", 53.1),
        ],
        sessions: vec![
            session("midwives", "hub", &[Day::Tuesday], "09:30", "12:00", Access::DropIn),
            session(
                "recovery",
                "hub",
                &[Day::Tuesday],
                "13:00",
                "16:00",
                Access::ByAppointment,
            ),
            hv,
            session(
                "recovery",
                "clinic",
                &[Day::Monday, Day::Wednesday],
                "09:00",
                "17:00",
                Access::ByAppointment,
            ),
            advice,
            session(
                "crisis-cafe",
                "clinic",
                &[Day::Sunday],
                "09:00",
                "10:00",
                Access::DropIn,
            ),
            session("food-bank", "hall", &[Day::Friday], "10:00", "14:00", Access::DropIn),
            session("peer-group", "hall", &[Day::Friday], "11:00", "13:00", Access::DropIn),
        ],
    }
}

pub fn seal_with(d: &Directory, key: &PublisherKey) -> Vec<u8> {
    seal(
        BundleKind::Directory,
        &serde_json::to_vec(d).expect("directory serialises"),
        key,
    )
}

pub fn bundle(version: u64) -> Vec<u8> {
    seal_with(&directory(version), &test_key())
}

/// The sample bundle the Kotlin tests import (core/tests/fixtures/directory-test.bundle).
pub fn sample_bundle() -> Vec<u8> {
    let mut d = directory(1);
    d.publisher = "Alongside sample data".into();
    d.sample = true;
    seal_with(&d, &sample_key())
}

pub fn import(vault: &Vault, bytes: &[u8], now: SystemTime) -> Result<DirectoryStatus, AlongsideError> {
    vault.import_directory_trusting(bytes, &trusted(), now)
}

pub fn query() -> ServiceQuery {
    ServiceQuery {
        text: None,
        categories: vec![],
        open_at: None,
        on_date: None,
        drop_in_only: false,
        self_referral_only: false,
    }
}

pub fn text(words: &str) -> ServiceQuery {
    ServiceQuery {
        text: Some(words.into()),
        ..query()
    }
}

pub fn ids(results: &[ServiceResult]) -> Vec<&str> {
    results.iter().map(|r| r.id.as_str()).collect()
}

/// Everything the installed directory says, for before-and-after comparisons.
#[derive(Debug, PartialEq)]
pub struct Snapshot {
    pub status: Option<DirectoryStatus>,
    pub all: Vec<ServiceResult>,
    pub hubs: Vec<VenueHub>,
    pub near: Vec<VenueDistance>,
}

pub fn snapshot(vault: &Vault, now: SystemTime) -> Snapshot {
    Snapshot {
        status: vault.directory_status(now).expect("status"),
        all: vault.search_services(query()).expect("search"),
        hubs: vault.venue_hubs(vec![], "2026-11-23".into(), 14).expect("hubs"),
        near: vault.venues_near(53.0, -1.5, 10).expect("near"),
    }
}

/// Asserts `bytes` is refused for `reason` and that the installed directory is unchanged.
pub fn assert_refused(vault: &Vault, bytes: &[u8], reason: BundleRefusal, now: SystemTime) {
    let before = snapshot(vault, now);
    match import(vault, bytes, now) {
        Err(AlongsideError::BundleRefused {
            reason: got,
            explanation,
        }) => {
            assert_eq!(got, reason);
            let words = alongside_core::content::label("directory-refused", &got);
            assert!(!words.starts_with("directory-refused"), "no words for {got:?}");
            assert_eq!(
                explanation, words,
                "the error carries the same words a shell would show"
            );
        }
        other => panic!("expected a {reason:?} refusal, got {other:?}"),
    }
    assert_eq!(snapshot(vault, now), before, "a refused bundle changed the directory");
}
