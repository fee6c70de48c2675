//! Shared test harness: runs the real `alongside` binary against a vault in a temporary
//! folder, with a fixed clock and the passcode in the environment, as a script would.

#![allow(dead_code)] // Each test file uses a different part of the harness.

pub mod relay;

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A Monday morning in London (GMT in November).
pub const NOW: &str = "2026-11-23T09:00:00Z";
pub const PASSCODE: &str = "plum-tree-4829";

/// One test's private world: a vault folder and its own temp folder.
pub struct Sandbox {
    root: tempfile::TempDir,
    pub passcode: String,
}

impl Sandbox {
    pub fn new() -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(root.path().join("tmp")).expect("tmp dir");
        Sandbox {
            root,
            passcode: PASSCODE.to_string(),
        }
    }

    pub fn vault(&self) -> PathBuf {
        self.root.path().join("vault")
    }

    /// The temporary folder the binary sees (`TMPDIR`).
    pub fn tmp(&self) -> PathBuf {
        self.root.path().join("tmp")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// The binary with a clean environment: no vault from the caller's shell, the passcode
    /// set, and temporary files kept inside the sandbox.
    pub fn bare(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_alongside"));
        c.env_remove("ALONGSIDE_VAULT")
            .env_remove("ALONGSIDE_NEW_PASSCODE")
            .env("ALONGSIDE_PASSCODE", &self.passcode)
            .env("TMPDIR", self.tmp())
            .stdin(Stdio::null());
        c
    }

    /// The binary pointed at this sandbox's vault, at the fixed `NOW`.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.bare();
        c.arg("--vault").arg(self.vault()).args(["--now", NOW]).args(args);
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run alongside")
    }

    /// Runs with `input` on stdin.
    pub fn run_with_input(&self, mut cmd: Command, input: &str) -> Output {
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn alongside");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
        child.wait_with_output().expect("wait for alongside")
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_success(&out, args);
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs with `--json`, expects success and JSON on stdout, and nothing on stderr.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert_success(&out, &all);
        assert!(out.stderr.is_empty(), "stderr for {all:?}: {}", text(&out.stderr));
        parse(&out.stdout, &all)
    }

    pub fn init(&self) {
        self.ok(&["init"]);
    }
}

pub fn assert_success(out: &Output, args: &[&str]) {
    assert!(
        out.status.success(),
        "alongside {args:?} failed ({:?})\nstdout: {}\nstderr: {}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
}

pub fn parse(bytes: &[u8], args: &[&str]) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {}", text(bytes)))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The id field of a `--json` answer.
pub fn id(v: &Value) -> String {
    v["id"].as_str().expect("id in answer").to_string()
}

/// Whether a folder holds nothing at all.
pub fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).map(|mut d| d.next().is_none()).unwrap_or(false)
}
