//! A real relay process on loopback for the sharing tests, on a SQLite file the test can
//! scan afterwards. The binary is the workspace's `alongside-relay`, built by `tests/run`
//! (or `cargo build -p alongside-relay`) next to this test's own binary.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub struct Relay {
    child: Option<Child>,
    pub url: String,
    pub dir: tempfile::TempDir,
    port: u16,
}

fn binary() -> PathBuf {
    if let Some(p) = std::env::var_os("ALONGSIDE_RELAY_BIN") {
        return PathBuf::from(p);
    }
    // target/debug/deps/<test> -> target/debug/alongside-relay
    let exe = std::env::current_exe().expect("the test binary's path");
    let bin = exe
        .parent()
        .and_then(|deps| deps.parent())
        .map(|dir| dir.join("alongside-relay"))
        .expect("a target directory");
    assert!(
        bin.is_file(),
        "{} is missing: run `cargo build -p alongside-relay` first (tests/run does)",
        bin.display()
    );
    bin
}

impl Relay {
    /// Starts a relay with its clock at `now` (RFC 3339).
    pub fn start(now: &str) -> Relay {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut r = Relay {
            child: None,
            url: String::new(),
            dir,
            port: 0,
        };
        r.spawn(now);
        r
    }

    fn spawn(&mut self, now: &str) {
        let db = self.dir.path().join("relay.sqlite3");
        let listen = format!("127.0.0.1:{}", self.port);
        let mut child = Command::new(binary())
            .args([
                "--listen",
                &listen,
                "--database",
                &db.display().to_string(),
                "--now",
                now,
            ])
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the relay starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the relay prints its address");
        let addr = line
            .trim()
            .strip_prefix("listening on ")
            .expect("listening on ADDR")
            .to_string();
        self.port = addr.rsplit(':').next().and_then(|p| p.parse().ok()).expect("a port");
        self.url = format!("http://{addr}");
        self.child = Some(child);
    }

    /// Kills the process at once, as a crash would.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same port and database.
    pub fn restart(&mut self, now: &str) {
        self.kill();
        self.spawn(now);
    }

    /// Every byte the relay has stored on disk (database, journal and WAL).
    pub fn stored_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(self.dir.path())
            .expect("the relay's folder")
            .flatten()
        {
            out.extend(std::fs::read(entry.path()).unwrap_or_default());
        }
        out
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.kill();
    }
}
