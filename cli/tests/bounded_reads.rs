//! Every file the CLI reads is read with a limit that holds while reading: given a device
//! that never ends (`/dev/zero`) where a bundle, a spreadsheet, a key, a care-team file or
//! a typed answer should be, each command refuses promptly with its words and exit code 1,
//! and nothing changes. The binary runs with its memory capped, so a read without a limit
//! fails the test (the process dies) instead of filling the machine.

#![cfg(unix)]

mod common;

use common::{parse, text, Sandbox, NOW};
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Address space for the binary, in KiB: far more than any bounded read needs (the
/// largest limit is a 32 MiB directory), far less than reading `/dev/zero` to the end.
const MEMORY_KB: u32 = 1024 * 1024;

/// The binary under a memory cap (through `sh`'s `ulimit -v`), in the sandbox's world.
fn capped(s: &Sandbox, args: &[&str]) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("ulimit -v {MEMORY_KB} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_alongside"))
        .arg("--vault")
        .arg(s.vault())
        .args(["--now", NOW])
        .args(args)
        .env_remove("ALONGSIDE_VAULT")
        .env_remove("ALONGSIDE_NEW_PASSCODE")
        .env("ALONGSIDE_PASSCODE", &s.passcode)
        .env("TMPDIR", s.tmp())
        .stdin(Stdio::null());
    c
}

fn run_capped(s: &Sandbox, args: &[&str]) -> Output {
    capped(s, args).output().expect("run alongside")
}

/// The refusal on stderr, as JSON.
fn refused(out: &Output, args: &[&str]) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?} should be refused (exit 1); stderr: {}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    parse(&out.stderr, args)
}

#[test]
fn importing_a_directory_from_a_device_that_never_ends_is_refused_as_too_large() {
    let s = Sandbox::new();
    s.init();
    let args = ["--json", "directory", "import", "/dev/zero"];
    let err = refused(&run_capped(&s, &args), &args);
    assert_eq!(err["error"]["kind"], "bundle_refused");
    assert_eq!(err["error"]["reason"], "too_large");
    assert_eq!(
        err["error"]["message"],
        "This file is too large to be a service directory. Nothing was changed."
    );
    // The same words in text, and nothing installed.
    let out = run_capped(&s, &["directory", "import", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("This file is too large to be a service directory."));
    let status = s.json(&["directory", "status"]);
    assert_eq!(status.get("directory"), Some(&serde_json::Value::Null), "{status}");
}

#[test]
fn verifying_a_bundle_from_a_device_that_never_ends_is_refused_as_too_large() {
    let s = Sandbox::new();
    let args = ["--json", "directory", "verify", "/dev/zero"];
    let err = refused(&run_capped(&s, &args), &args);
    let message = err["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("larger than"), "{message}");
}

#[test]
fn building_from_a_spreadsheet_or_key_that_never_ends_is_refused_and_writes_nothing() {
    let s = Sandbox::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/content/directory/sample");
    let file = |name: &str| sample.join(name).to_string_lossy().into_owned();
    let out = s.path("out.bundle");
    let out_arg = out.to_string_lossy().into_owned();
    let build = |services: &str, key: &str| -> Vec<String> {
        [
            "--json",
            "directory",
            "build",
            "--services",
            services,
            "--venues",
            &file("venues.csv"),
            "--sessions",
            &file("sessions.csv"),
            "--publisher",
            "P",
            "--area",
            "A",
            "--version",
            "1",
            "--issued",
            "2026-11-01",
            "--expires",
            "2027-11-01",
            "--sample",
            "--key",
            key,
            "--out",
            &out_arg,
        ]
        .map(str::to_string)
        .to_vec()
    };
    let key = file("sample-publisher.key");
    let args = build("/dev/zero", &key);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = refused(&run_capped(&s, &args), &args);
    let problem = &err["error"]["problems"][0];
    assert_eq!(problem["file"], "/dev/zero");
    assert_eq!(
        problem["message"],
        "is larger than a whole service directory can be, so it was not read to the end"
    );
    assert!(!out.exists());

    let args = build(&file("services.csv"), "/dev/zero");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = refused(&run_capped(&s, &args), &args);
    assert_eq!(
        err["error"]["message"],
        "This isn't a publisher key file, or it is damaged. Nothing was written."
    );
    assert!(!out.exists());
}

#[test]
fn a_care_team_folder_whose_files_never_end_is_refused_not_read_to_the_end() {
    let s = Sandbox::new();
    let dir = s.path("team");
    std::fs::create_dir(&dir).unwrap();
    for name in ["member.json", "received.json"] {
        std::os::unix::fs::symlink("/dev/zero", dir.join(name)).unwrap();
    }
    let dir = dir.to_string_lossy().into_owned();
    let args = ["--json", "team", "pull", "--dir", &dir];
    let err = refused(&run_capped(&s, &args), &args);
    assert_eq!(
        err["error"]["message"],
        "A file in this care-team folder is too large to be one this tool wrote, so it wasn't read. Nothing was changed."
    );
}

#[test]
fn an_answer_to_wipe_that_never_ends_wipes_nothing() {
    let s = Sandbox::new();
    s.init();
    let mut cmd = capped(&s, &["wipe"]);
    cmd.stdin(std::fs::File::open("/dev/zero").unwrap());
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Nothing was wiped."));
    assert!(s.vault().join("vault.key").exists());
}
