//! The closing report: criterion's medians from this run, the encrypted/plain ratios, and
//! each figure against issue 2's targets. The helpers (where criterion writes, a median
//! from this run, a time in words, a verdict) also serve the directory benchmark.
//!
//! Benchmarks report; tests assert. A miss is printed, never a panic or a non-zero exit,
//! because figures on a shared two-core machine are noisy and a human reads them.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use alongside_core::vault::kdf::KdfParams;

/// Today at most this many times the plain-SQLite median.
const TODAY_MAX_RATIO: f64 = 1.5;
/// Today's median at most 2 ms.
const TODAY_MAX_NS: f64 = 2e6;
/// Opening the encrypted database, the KDF excluded, at most 20 ms.
const UNLOCK_MAX_NS: f64 = 20e6;

/// Where criterion writes its results. Set explicitly on the `Criterion` value so this
/// report reads the same place: `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else
/// the `criterion` folder of the target directory this bench binary was built in
/// (`target/release/deps/today-…` → `target/criterion`).
pub fn output_directory() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.join("criterion")))
        .unwrap_or_else(|| PathBuf::from("target/criterion"))
}

/// The median in nanoseconds of `group/id`, if it was measured in this run (a filtered
/// run leaves older results on disk; those are not reported as today's figures).
pub fn median_ns(dir: &Path, group: &str, id: &str, since: SystemTime) -> Option<f64> {
    let path = dir.join(group).join(id).join("new").join("estimates.json");
    let fresh = std::fs::metadata(&path).and_then(|m| m.modified()).ok()? >= since;
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    fresh.then(|| json["median"]["point_estimate"].as_f64()).flatten()
}

pub fn show(ns: f64) -> String {
    match ns {
        n if n >= 1e9 => format!("{:.2} s", n / 1e9),
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n => format!("{:.1} µs", n / 1e3),
    }
}

pub fn verdict(ok: bool) -> &'static str {
    if ok {
        "meets target"
    } else {
        "misses target"
    }
}

/// Prints every figure and verdict. `since` is when this run started.
pub fn print(dir: &Path, since: SystemTime, fixture: &str, kdf: KdfParams) {
    let get = |group: &str, id: &str| median_ns(dir, group, id, since);
    println!("\n=== Alongside core benchmarks (issue 2, \"Measured\") ===");
    println!("{fixture}");
    println!("medians from {}", dir.display());
    for (group, label) in [
        ("today", "Today view"),
        ("month_list", "month list (appointments + doses)"),
    ] {
        let (enc, plain) = (get(group, "encrypted"), get(group, "plain"));
        let line = |id: &str, v: Option<f64>| match v {
            Some(ns) => println!("  {group}/{id:<10} {:>10}", show(ns)),
            None => println!("  {group}/{id:<10} not measured in this run"),
        };
        line("encrypted", enc);
        line("plain", plain);
        let (Some(enc), Some(plain)) = (enc, plain) else {
            continue;
        };
        let ratio = enc / plain;
        if group == "today" {
            let ok = ratio <= TODAY_MAX_RATIO;
            println!(
                "  {label}: encrypted/plain {ratio:.2}x (target <= {TODAY_MAX_RATIO}x): {}",
                verdict(ok)
            );
            let ok = enc <= TODAY_MAX_NS;
            println!("  {label}: median {} (target <= 2 ms): {}", show(enc), verdict(ok));
        } else {
            println!("  {label}: encrypted/plain {ratio:.2}x (reported; no target)");
        }
    }
    let unlock = get("unlock", "without_kdf");
    match unlock {
        Some(ns) => println!(
            "  unlock/without_kdf   {:>10} (target <= 20 ms): {}",
            show(ns),
            verdict(ns <= UNLOCK_MAX_NS)
        ),
        None => println!("  unlock/without_kdf   not measured in this run"),
    }
    match get("kdf", "argon2id_calibrated") {
        Some(ns) => {
            println!(
                "  kdf/argon2id_calibrated {:>7} (Argon2id ops {}, {} MiB as calibrated on this machine; reported)",
                show(ns),
                kdf.ops_limit,
                kdf.memory_kib / 1024
            );
            if let Some(u) = unlock {
                println!("  a full unlock is about {} (KDF + opening)", show(ns + u));
            }
        }
        None => println!("  kdf/argon2id_calibrated not measured in this run"),
    }
}
