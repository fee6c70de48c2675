//! A real relay process on loopback for the CLI's sharing tests, on a SQLite file in the
//! sandbox.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use super::Sandbox;

/// A relay process; killed when dropped.
pub struct Relay {
    child: Child,
    pub url: String,
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The workspace's relay binary, next to this crate's `alongside` (tests/run builds both).
pub fn start_relay(s: &Sandbox) -> Relay {
    start_relay_named(s, "relay.sqlite3")
}

/// Another relay process, on its own database file in the sandbox.
#[allow(dead_code)]
pub fn start_relay_named(s: &Sandbox, database: &str) -> Relay {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_alongside")).with_file_name("alongside-relay");
    assert!(bin.is_file(), "build the relay first: cargo build -p alongside-relay");
    let mut child = Command::new(bin)
        .args(["--listen", "127.0.0.1:0", "--database"])
        .arg(s.path(database))
        .args(["--now", super::NOW])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the relay starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .expect("its address")
        .to_string();
    Relay {
        child,
        url: format!("http://{addr}"),
    }
}
