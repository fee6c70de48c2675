//! Issue 2's "Measured" section: Today and a month list on a five-year vault, encrypted
//! against a plain SQLite copy of the same data in the same run; unlock without the KDF;
//! and the KDF's own cost.
//!
//! Run with `cargo bench -p alongside-core --bench today`. Figures are ratios against a
//! baseline measured alongside, never fixed times asserted: the closing report says
//! "meets target" or "misses target" and the run always succeeds. Under `cargo test
//! --benches` (criterion's test mode) a few weeks of data are generated instead of five
//! years, and each benchmark runs once.

mod fixture;
mod report;

use std::hint::black_box;
use std::time::{Duration, SystemTime};

use alongside_core::vault::kdf::{self, KdfParams, SALT_LEN};
use alongside_core::Vault;
use criterion::{Criterion, SamplingMode};
use fixture::Fixture;

/// The month the list shows: the current one, with today in it.
const MONTH: (&str, &str) = ("2026-11-01", "2026-11-30");

/// Criterion's mode as it will decide it: benchmarking only under `cargo bench` (which
/// passes `--bench`), not when listing or testing.
fn benchmarking() -> bool {
    let args: Vec<String> = std::env::args().collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    has("--bench") && !has("--test") && !has("--list")
}

/// Runs `query` on the encrypted vault and on the plain copy, as `group/encrypted` and
/// `group/plain`, back to back so both see the same machine load.
fn side_by_side<T>(c: &mut Criterion, group: &str, fx: &Fixture, query: impl Fn(&Vault) -> T) {
    let mut g = c.benchmark_group(group);
    g.bench_function("encrypted", |b| b.iter(|| black_box(query(&fx.encrypted))));
    g.bench_function("plain", |b| b.iter(|| black_box(query(&fx.plain))));
    g.finish();
}

/// Opening the encrypted database with the key already unwrapped: SQLCipher's key setup,
/// first page read, settings and the migration check, with no Argon2id. A second handle
/// on the vault folder, so the vault the other benchmarks use is left alone.
fn unlock(c: &mut Criterion, fx: &Fixture) {
    let handle = Vault::open_locked(&fx.encrypted_dir).expect("open vault");
    let mut open = handle
        .unlock_with_key_for_bench(fixture::PASSCODE)
        .expect("unwrap the key");
    let mut g = c.benchmark_group("unlock");
    g.sample_size(30);
    g.bench_function("without_kdf", |b| b.iter(|| open().expect("open the database")));
    g.finish();
}

/// One Argon2id derivation with the parameters `Vault::create` would pick on this
/// machine. Each takes about half a second by design, so ten flat samples suffice.
fn kdf_cost(c: &mut Criterion) -> KdfParams {
    let params = KdfParams::calibrate().expect("calibrate Argon2id");
    let mut g = c.benchmark_group("kdf");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    g.bench_function("argon2id_calibrated", |b| {
        b.iter(|| kdf::derive(&params, b"passcode", &[0u8; SALT_LEN]).expect("derive"))
    });
    g.finish();
    params
}

fn main() {
    let started = SystemTime::now();
    let full = benchmarking();
    let fx = Fixture::build(full).expect("generate the fixture through the public API");
    let described = fx.describe();
    println!("{described}");

    let out = report::output_directory();
    // Modest times keep the whole run to a few minutes on two shared cores; the command
    // line (`-- --measurement-time 10`) still overrides them.
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .without_plots()
        .output_directory(&out)
        .configure_from_args();

    let now = fixture::now();
    side_by_side(&mut c, "today", &fx, |v| v.today(now).expect("today"));
    side_by_side(&mut c, "month_list", &fx, |v| {
        let appointments = v
            .appointments_between(MONTH.0.into(), MONTH.1.into())
            .expect("appointments");
        let doses = v.doses_between(MONTH.0.into(), MONTH.1.into()).expect("doses");
        (appointments, doses)
    });
    unlock(&mut c, &fx);
    let params = kdf_cost(&mut c);
    c.final_summary();

    if full {
        report::print(&out, started, &described, params);
    }
}
