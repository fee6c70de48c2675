//! Issue 3's "Measured" section: on a generated directory of 5,000 services, 1,500 venues
//! and 20,000 sessions, text search, the hub-day query and the one-place plan each at most
//! 10 ms median; bundle verify and import times reported.
//!
//! Run with `cargo bench -p alongside-core --bench directory`. The closing report says
//! "meets target" or "misses target" and the run always succeeds. Under `cargo test
//! --benches` (criterion's test mode) a small directory of the same shape is generated
//! instead, and each benchmark runs once.

mod directory_fixture;
#[allow(dead_code)] // the Today benchmark's own report is not used here
mod report;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, SystemTime};

use alongside_core::{Category, ServiceQuery};
use criterion::Criterion;
use directory_fixture::{Fixture, FROM_DATE, FULL, SMOKE};

/// Each query's median at most 10 ms.
const QUERY_MAX_NS: f64 = 10e6;
/// The common word: one service in five has it in its name.
const COMMON_WORD: &str = "midwives";
/// The rare word: one service has it.
const RARE_WORD: &str = "lighthouse";
/// Hub days for three needs over a week.
const HUB_NEEDS: [Category; 3] = [
    Category::MaternityAndSpecialistMidwife,
    Category::Food,
    Category::Housing,
];
const HUB_DAYS: u32 = 7;
/// A one-place plan for four needs over a fortnight.
const PLAN_NEEDS: [Category; 4] = [
    Category::MaternityAndSpecialistMidwife,
    Category::DrugAndAlcoholTreatment,
    Category::Food,
    Category::Housing,
];
const PLAN_DAYS: u32 = 14;

/// Criterion's mode as it will decide it: benchmarking only under `cargo bench` (which
/// passes `--bench`), not when listing or testing.
fn benchmarking() -> bool {
    let args: Vec<String> = std::env::args().collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    has("--bench") && !has("--test") && !has("--list")
}

fn text(words: &str) -> ServiceQuery {
    ServiceQuery {
        text: Some(words.into()),
        categories: vec![],
        open_at: None,
        on_date: None,
        drop_in_only: false,
        self_referral_only: false,
    }
}

fn main() {
    let started = SystemTime::now();
    let full = benchmarking();
    let fx = Fixture::build(if full { FULL } else { SMOKE }).expect("generate and import the directory");
    let described = fx.describe();
    println!("{described}");
    let v = &fx.vault;

    // What each query returns, once, so the report says what was timed.
    let common = v.search_services(text(COMMON_WORD)).expect("search").len();
    let rare = v.search_services(text(RARE_WORD)).expect("search").len();
    let hubs = v
        .venue_hubs(HUB_NEEDS.to_vec(), FROM_DATE.into(), HUB_DAYS)
        .expect("hubs")
        .len();
    let trips = v
        .plan_one_place(
            PLAN_NEEDS.to_vec(),
            FROM_DATE.into(),
            PLAN_DAYS,
            directory_fixture::now(),
        )
        .expect("plan")
        .len();
    let answers = format!(
        "answers: \"{COMMON_WORD}\" {common} services, \"{RARE_WORD}\" {rare}; hubs for {} needs over {HUB_DAYS} \
         days {hubs} venues; plan for {} needs over {PLAN_DAYS} days {trips} trips",
        HUB_NEEDS.len(),
        PLAN_NEEDS.len()
    );
    println!("{answers}");

    let out = report::output_directory();
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .without_plots()
        .output_directory(&out)
        .configure_from_args();

    let mut g = c.benchmark_group("directory/search_text");
    g.bench_function("common_word", |b| {
        b.iter(|| black_box(v.search_services(text(COMMON_WORD)).expect("search")))
    });
    g.bench_function("rare_word", |b| {
        b.iter(|| black_box(v.search_services(text(RARE_WORD)).expect("search")))
    });
    g.finish();

    let mut g = c.benchmark_group("directory/hubs");
    g.bench_function("3_needs_7_days", |b| {
        b.iter(|| {
            black_box(
                v.venue_hubs(HUB_NEEDS.to_vec(), FROM_DATE.into(), HUB_DAYS)
                    .expect("hubs"),
            )
        })
    });
    g.finish();

    let mut g = c.benchmark_group("directory/plan");
    g.bench_function("4_needs_14_days", |b| {
        b.iter(|| {
            black_box(
                v.plan_one_place(
                    PLAN_NEEDS.to_vec(),
                    FROM_DATE.into(),
                    PLAN_DAYS,
                    directory_fixture::now(),
                )
                .expect("plan"),
            )
        })
    });
    g.finish();
    c.final_summary();

    if full {
        print(&out, started, &described, &answers);
    }
}

/// Every figure and verdict. A miss is printed, never a failure.
fn print(dir: &Path, since: SystemTime, fixture: &str, answers: &str) {
    println!("\n=== Alongside directory benchmarks (issue 3, \"Measured\") ===");
    println!("{fixture}");
    println!("{answers}");
    println!("medians from {}", dir.display());
    for (group, id, label) in [
        ("directory/search_text", "common_word", "text search, a common word"),
        ("directory/search_text", "rare_word", "text search, a rare word"),
        ("directory/hubs", "3_needs_7_days", "hub days, 3 needs over 7 days"),
        (
            "directory/plan",
            "4_needs_14_days",
            "one-place plan, 4 needs over 14 days",
        ),
    ] {
        // Criterion writes a group named "a/b" to the folder "a_b".
        match report::median_ns(dir, &group.replace('/', "_"), id, since) {
            Some(ns) => println!(
                "  {group}/{id:<16} {:>10} (target <= 10 ms): {}  [{label}]",
                report::show(ns),
                report::verdict(ns <= QUERY_MAX_NS)
            ),
            None => println!("  {group}/{id:<16} not measured in this run"),
        }
    }
    println!("  bundle verify and import: see the one-shot timings above (reported; no target)");
}
