//! Crash safety, tested rather than assumed: a writer process is killed with SIGKILL at
//! varied points, many times; every entry it reported as committed must survive, and the
//! vault must open. Also: a crash while changing the passcode leaves the old or the new
//! passcode working.
//!
//! The writer is this same test binary, re-run with an environment variable that turns
//! the `child_*` tests into write loops.

#![cfg(unix)]

mod common;

use alongside_core::*;
use common::*;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const CHILD_DIR: &str = "ALONGSIDE_CRASH_CHILD_DIR";
const ROUNDS: u32 = 25;

/// A small deterministic generator: "random" kill points that are the same on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn spawn_child(test: &str, dir: &std::path::Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Reads reported lines with a prefix until `n` have arrived (or the child ends).
fn read_reports(child: &mut std::process::Child, prefix: &str, n: u64) -> Vec<String> {
    let out = child.stdout.take().unwrap();
    let mut got = Vec::new();
    for line in BufReader::new(out).lines() {
        let Ok(line) = line else { break };
        if let Some(rest) = line.strip_prefix(prefix) {
            got.push(rest.to_string());
            if got.len() as u64 >= n {
                break;
            }
        }
    }
    got
}

fn kill(child: &mut std::process::Child) {
    let _ = child.kill(); // SIGKILL on unix
    let _ = child.wait();
}

#[test]
fn every_committed_entry_survives_the_writer_being_killed_at_random_points() {
    let tv = new_vault();
    tv.vault.lock();
    let mut rng = Lcg(0x5eed);
    let mut committed: Vec<String> = Vec::new();
    for _ in 0..ROUNDS {
        let mut child = spawn_child("child_writes_appointments_until_killed", &tv.path());
        let wanted = 1 + rng.next(12);
        committed.extend(read_reports(&mut child, "committed:", wanted));
        kill(&mut child);
        let v = tv.reopen();
        v.unlock(PASSCODE.into(), monday_morning(), since_boot())
            .expect("the vault opens after a crash");
        for id in &committed {
            v.appointment(id.clone()).expect("a committed entry survived");
        }
    }
    assert!(committed.len() >= ROUNDS as usize);
}

#[test]
fn a_crash_while_changing_the_passcode_leaves_the_old_or_the_new_one_working() {
    let tv = new_vault();
    tv.vault.lock();
    let mut rng = Lcg(0xfeed);
    for _ in 0..10 {
        let mut child = spawn_child("child_changes_passcode_until_killed", &tv.path());
        let reports = read_reports(&mut child, "passcode:", 1 + rng.next(3));
        kill(&mut child);
        let last = reports.last().cloned().unwrap_or_else(|| PASSCODE.to_string());
        let other = if last == PASSCODE {
            "second passcode 2".to_string()
        } else {
            PASSCODE.to_string()
        };
        let v = tv.reopen();
        let ok = v.unlock(last.clone(), monday_morning(), since_boot()).is_ok()
            || v.unlock(other, monday_morning(), since_boot()).is_ok();
        assert!(ok, "neither passcode opens the vault");
        v.lock();
        // Leave the vault on the first passcode for the next round.
        if v.unlock(PASSCODE.into(), monday_morning(), since_boot()).is_err() {
            v.change_passcode(
                "second passcode 2".into(),
                PASSCODE.into(),
                monday_morning(),
                since_boot(),
            )
            .unwrap();
        }
    }
}

/// Child: adds appointments forever, reporting each id once its transaction committed.
#[test]
fn child_writes_appointments_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else { return };
    let v = Vault::open_locked(std::path::Path::new(&dir)).unwrap();
    v.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
    for i in 0.. {
        let mut d = weekly(&format!("Entry {i}"), "2026-11-24T10:00", 1, 1 + i % 50);
        d.notes = Some("x".repeat((i % 7) as usize * 500));
        let id = v.add_appointment(d, monday_morning()).unwrap();
        println!("committed:{id}");
    }
}

/// Child: flips the passcode back and forth forever, reporting each one that took.
#[test]
fn child_changes_passcode_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else { return };
    let v = Vault::open_locked(std::path::Path::new(&dir)).unwrap();
    let pair = [PASSCODE.to_string(), "second passcode 2".to_string()];
    let mut current = if v.unlock(pair[0].clone(), monday_morning(), since_boot()).is_ok() {
        0
    } else {
        1
    };
    loop {
        let next = 1 - current;
        v.change_passcode(
            pair[current].clone(),
            pair[next].clone(),
            monday_morning(),
            since_boot(),
        )
        .unwrap();
        println!("passcode:{}", pair[next]);
        current = next;
    }
}
