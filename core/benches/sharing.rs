//! Issue 5's "Measured": 1,000 consented items sealed, signed, pushed, pulled and opened
//! end to end on loopback (a real relay process on a SQLite file), at most 1 s. The
//! baseline, measured in the same run, is the crypto alone: sealing and opening the same
//! 1,000 envelopes in memory, so the ratio says what the vault, HTTP and relay add.
//!
//! Run: `cargo build --release -p alongside-relay && cargo bench -p alongside-core --bench sharing`.
//! The closing report says "meets target" or "misses target"; the run always succeeds.

#[allow(dead_code)] // the Today benchmark's own report is not used here
mod report;
#[path = "../tests/sharing_support/mod.rs"]
mod sharing_support;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use alongside_core::sharing::sync::{SyncListener, SyncProgress};
use alongside_core::sharing::{GrantDraft, ShareCategory, SharePurpose};
use alongside_core::vault::kdf::KdfParams;
use alongside_core::{AppointmentDraft, AppointmentKind, Vault};
use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::{self, EnvelopeId, InboxId, Item, Kind};
use criterion::{BatchSize, Criterion};
use sharing_support::relay::Relay;
use sharing_support::Member;

const ITEMS: u32 = 1000;
const TARGET_NS: f64 = 1e9;
const T0: &str = "2026-11-23T09:00:00Z";

struct Quiet;
impl SyncListener for Quiet {
    fn progress(&self, _: SyncProgress) {}
}

fn now() -> SystemTime {
    SystemTime::from(T0.parse::<jiff::Timestamp>().expect("a time"))
}

/// A vault with `ITEMS - 2` appointments and a grant to `invite`'s member, so the outbox
/// holds exactly `ITEMS` envelopes (with the hello and the consent).
fn queued_vault(dir: &std::path::Path, invite: &str) -> Vault {
    let v = Vault::create_with(
        &dir.join("vault"),
        "bench passcode".into(),
        Some(KdfParams::insecure_for_tests()),
    )
    .expect("a vault");
    for i in 0..ITEMS - 2 {
        let day = 1 + i % 28;
        let hour = 8 + (i / 28) % 10;
        let minute = (i / 280) * 10;
        v.add_appointment(
            AppointmentDraft {
                title: format!("Appointment {i}"),
                kind: AppointmentKind::Other,
                start: format!("2026-12-{day:02}T{hour:02}:{minute:02}"),
                time_zone: None,
                duration_minutes: 5,
                location: None,
                with_whom: None,
                notes: None,
                reminder_minutes_before: vec![],
                repeat: None,
                venue_id: None,
                clock_change: None,
            },
            now(),
        )
        .expect("an appointment");
    }
    let contact = v.add_care_contact(invite.to_string(), now()).expect("paired").id;
    v.grant_consent(
        GrantDraft {
            contact_id: contact,
            categories: vec![ShareCategory::Appointments],
            start_date: "2026-11-01".into(),
            end_date: None,
            purpose: SharePurpose::Treatment,
            appointment_kinds: None,
        },
        now(),
    )
    .expect("a grant");
    assert_eq!(v.sharing_pending().expect("pending"), ITEMS);
    v
}

fn main() {
    let started = SystemTime::now();
    let relay = Relay::start(T0);
    let out = report::output_directory();
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20))
        .without_plots()
        .output_directory(&out)
        .configure_from_args();

    let mut g = c.benchmark_group("sharing_1000_items");
    let her = DeviceKey::from_secrets(&[1; 32], &[2; 32]);
    let member = DeviceKey::from_secrets(&[3; 32], &[4; 32]);
    let payload = vec![b'x'; 600]; // about an Appointment's size
    g.bench_function("crypto_only", |b| {
        b.iter(|| {
            for i in 0..ITEMS {
                let item = Item {
                    id: format!("item-{i}"),
                    version: 1,
                    kind: Kind::new("appointment").expect("a kind"),
                    payload: payload.clone(),
                };
                let mut id = [0u8; 16];
                id[..4].copy_from_slice(&i.to_be_bytes());
                let env =
                    envelope::seal(&her, &member.identity(), InboxId([9; 16]), EnvelopeId(id), &item).expect("sealed");
                let env = envelope::Envelope::from_json(&env.to_json()).expect("parsed");
                black_box(envelope::open(&env, &member, &[her.identity().signing]).expect("opened"));
            }
        })
    });
    let mut seed = 0x20u8;
    g.bench_function("end_to_end", |b| {
        b.iter_batched(
            || {
                seed = seed.wrapping_add(1);
                let m = Member::new(seed, &relay.url);
                let dir = tempfile::tempdir().expect("a folder");
                let v = queued_vault(dir.path(), &m.invite("Maya", "midwife"));
                let her_key = v.sharing_identity().expect("her key").signing;
                (dir, v, m, her_key)
            },
            |(dir, v, m, her_key)| {
                let report = v.sync_now(now(), Arc::new(Quiet)).expect("sync");
                let got = m.pull(&[her_key]);
                assert_eq!((report.sent, got.len() as u32), (ITEMS, ITEMS));
                (dir, v)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();

    let crypto = report::median_ns(&out, "sharing_1000_items", "crypto_only", started);
    let e2e = report::median_ns(&out, "sharing_1000_items", "end_to_end", started);
    println!("\nSharing, {ITEMS} items, relay on loopback (SQLite):");
    if let (Some(crypto), Some(e2e)) = (crypto, e2e) {
        println!("  crypto only (seal, sign, open): {}", report::show(crypto));
        println!(
            "  end to end (vault, seal, push, pull, open, ack): {} ({:.1}x crypto) — at most 1 s: {}",
            report::show(e2e),
            e2e / crypto,
            report::verdict(e2e <= TARGET_NS)
        );
    }
}
