//! The directory benchmark's fixture: a generated directory the size of a large area
//! (5,000 services, 1,500 venues, 20,000 sessions, as issue 3's "Measured" section asks),
//! sealed with a fixed made-up publisher key and imported into a fresh vault with cheap
//! KDF parameters.
//!
//! The same shape as `core/tests/directory_scale.rs` (benches cannot import test modules):
//! services cycle through the categories and a few common words, sessions spread over the
//! venues and weekdays, a quarter of them on the first and third week of the month only.

use alongside_core::vault::kdf::KdfParams;
use alongside_core::{AlongsideError, DirectoryStatus, Vault};
use alongside_protocol::directory::{
    Access, Category, Day, Directory, Referral, Service, Session, Venue, MAX_BUNDLE_BYTES,
};
use alongside_protocol::keys::PublisherKey;
use alongside_protocol::signed::{self, seal, BundleKind};
use jiff::Timestamp;
use std::time::{Duration, Instant, SystemTime};
use tempfile::TempDir;

/// Passcode of the benchmark vault (cheap KDF parameters: the KDF is benched elsewhere).
const PASSCODE: &str = "bench passcode";
/// Everything is seen from this moment: a Monday morning, London time (GMT).
const NOW: &str = "2026-11-23T09:00:00Z";
/// The first date the hub and plan queries look at (that Monday).
pub const FROM_DATE: &str = "2026-11-23";

/// `NOW` as the platform time the public API takes.
pub fn now() -> SystemTime {
    NOW.parse::<Timestamp>().expect("NOW is a valid timestamp").into()
}

/// How big a directory to generate.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub services: usize,
    pub venues: usize,
    pub sessions: usize,
}

/// Issue 3's large area.
pub const FULL: Size = Size {
    services: 5000,
    venues: 1500,
    sessions: 20000,
};
/// A smoke run (`cargo test --benches`): the same shape, small enough to be quick.
pub const SMOKE: Size = Size {
    services: 250,
    venues: 75,
    sessions: 1000,
};

/// The words service names cycle through: one in five services has each.
pub const NAME_WORDS: [&str; 5] = ["midwives", "food", "housing", "advice", "group"];

/// The made-up publisher that signs the benchmark bundle.
pub fn publisher() -> PublisherKey {
    PublisherKey::from_seed(&[0x42; 32])
}

/// The generated directory.
pub fn directory(size: Size) -> Directory {
    let days = [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::Saturday,
    ];
    let services = (0..size.services)
        .map(|i| Service {
            id: format!("s{i}"),
            // Service 7 alone has the rare word.
            name: format!(
                "Service {i} {}{}",
                NAME_WORDS[i % NAME_WORDS.len()],
                if i == 7 { " lighthouse" } else { "" }
            ),
            organisation: format!("Organisation {}", i % 400),
            category: Category::ALL[i % Category::ALL.len()],
            description: "Help and support for women and families, with a friendly team.".into(),
            phone: Some("01632 960000".into()),
            web: None,
            referral: [Referral::SelfReferral, Referral::ThroughProfessional, Referral::Either][i % 3],
            eligibility: None,
            languages: vec![],
            requests: None,
            baby_centred: false,
        })
        .collect();
    let venues = (0..size.venues)
        .map(|i| Venue {
            id: format!("v{i}"),
            name: format!("Venue {i}"),
            address: format!("{i} High Street, Benchshire"),
            postcode: "BE1 1NC".into(),
            latitude: 52.0 + (i as f64) / 1000.0,
            longitude: -1.0 - (i % 37) as f64 / 100.0,
            step_free: i % 2 == 0,
            accessibility: None,
            transport: Some("Bus 7".into()),
        })
        .collect();
    let sessions = (0..size.sessions)
        .map(|i| {
            let start = 9 + (i % 6);
            Session {
                service_id: format!("s{}", i % size.services),
                venue_id: format!("v{}", (i * 7) % size.venues),
                days: vec![days[i % days.len()]],
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
            }
        })
        .collect();
    Directory {
        schema_version: 1,
        publisher: "Benchshire Council".into(),
        area: "Benchshire".into(),
        version: 1,
        issued: "2026-11-01".into(),
        expires: "2027-05-01".into(),
        sample: false,
        services,
        venues,
        sessions,
    }
}

/// The sealed bundle's bytes.
pub fn bundle(size: Size) -> Vec<u8> {
    let json = serde_json::to_vec(&directory(size)).expect("the directory serialises");
    seal(BundleKind::Directory, &json, &publisher())
}

/// Checking a bundle as the import does before writing anything: the signature, then the
/// parse and every record's content. Returns how many problems were found (none).
pub fn verify(bytes: &[u8]) -> usize {
    let verified = signed::open(bytes, BundleKind::Directory, &[publisher().public()], MAX_BUNDLE_BYTES)
        .expect("the bundle verifies");
    let d: Directory = serde_json::from_slice(&verified.payload).expect("the payload parses");
    d.validate().len()
}

/// A fresh vault with the directory imported, and what the one-shot timings measured.
pub struct Fixture {
    _dir: TempDir,
    pub vault: Vault,
    pub status: DirectoryStatus,
    pub bundle_bytes: usize,
    pub verify_took: Duration,
    pub import_took: Duration,
}

impl Fixture {
    pub fn build(size: Size) -> Result<Self, AlongsideError> {
        let bytes = bundle(size);
        let started = Instant::now();
        let problems = verify(&bytes);
        let verify_took = started.elapsed();
        assert_eq!(problems, 0, "the generated directory is valid");

        let dir = tempfile::tempdir()?;
        let vault = Vault::create_with(
            &dir.path().join("vault"),
            PASSCODE.into(),
            Some(KdfParams::insecure_for_tests()),
        )?;
        let trusted = [publisher().public().to_base64()];
        let started = Instant::now();
        let status = vault.import_directory_trusting(&bytes, &trusted, now())?;
        let import_took = started.elapsed();
        Ok(Fixture {
            _dir: dir,
            vault,
            status,
            bundle_bytes: bytes.len(),
            verify_took,
            import_took,
        })
    }

    /// One paragraph on what was generated and the one-shot timings.
    pub fn describe(&self) -> String {
        let s = &self.status;
        format!(
            "fixture: {} services, {} venues, {} sessions; bundle {} KiB; vault database {} KiB\n\
             one-shot: verify (signature + parse + validate) {:.1} ms; import into a fresh vault {:.1} ms",
            s.services,
            s.venues,
            s.sessions,
            self.bundle_bytes / 1024,
            std::fs::metadata(self.vault.database_path())
                .map(|m| m.len() / 1024)
                .unwrap_or(0),
            self.verify_took.as_secs_f64() * 1e3,
            self.import_took.as_secs_f64() * 1e3,
        )
    }
}
