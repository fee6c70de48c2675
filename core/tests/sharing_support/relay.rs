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
    /// A `postgres://` URL and the schema this relay uses, or `None` for SQLite.
    postgres: Option<(String, String)>,
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
    /// Starts a relay on a SQLite file with its clock at `now` (RFC 3339).
    pub fn start(now: &str) -> Relay {
        Relay::start_with(now, None)
    }

    /// Starts a relay on PostgreSQL at `base` (a `postgres://` URL), in a schema of its own.
    pub fn start_on_postgres(now: &str, base: &str) -> Relay {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let schema = format!(
            "e2e_{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        psql(base, &format!("CREATE SCHEMA {schema}"));
        Relay::start_with(now, Some((base.to_string(), schema)))
    }

    fn start_with(now: &str, postgres: Option<(String, String)>) -> Relay {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut r = Relay {
            child: None,
            url: String::new(),
            dir,
            port: 0,
            postgres,
        };
        r.spawn(now);
        r
    }

    fn database(&self) -> String {
        match &self.postgres {
            None => self.dir.path().join("relay.sqlite3").display().to_string(),
            Some((base, schema)) => {
                let sep = if base.contains('?') { '&' } else { '?' };
                format!("{base}{sep}options=-c%20search_path%3D{schema}")
            }
        }
    }

    fn spawn(&mut self, now: &str) {
        let db = self.database();
        let listen = format!("127.0.0.1:{}", self.port);
        let mut child = Command::new(binary())
            .args(["--listen", &listen, "--database", &db, "--now", now])
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

    /// Every byte the relay has stored: its SQLite files (database, journal and WAL), or
    /// a dump of its PostgreSQL schema with each `bytea` value decoded from hex.
    pub fn stored_bytes(&self) -> Vec<u8> {
        if let Some((base, schema)) = &self.postgres {
            let out = Command::new(tool("pg_dump"))
                .args(["--data-only", "--schema", schema, base])
                .output()
                .expect("pg_dump runs");
            assert!(
                out.status.success(),
                "pg_dump: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            return with_hex_decoded(&out.stdout);
        }
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

/// A PostgreSQL client tool: Debian's wrapper on the PATH, or the server's own copy.
fn tool(name: &str) -> PathBuf {
    let wrapper = PathBuf::from("/usr/bin").join(name);
    if wrapper.is_file() {
        return wrapper;
    }
    PathBuf::from("/usr/lib/postgresql/15/bin").join(name)
}

fn psql(base: &str, sql: &str) {
    let out = Command::new(tool("psql"))
        .args([base, "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .expect("psql runs");
    assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
}

/// The dump with every `\x…` hex run decoded too, so bytes kept in `bytea` are scanned
/// as the bytes they are.
fn with_hex_decoded(dump: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(dump);
    let mut out = dump.to_vec();
    for part in text.split("\\x").skip(1) {
        let hex: String = part.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        let bytes: Vec<u8> = (0..hex.len() / 2)
            .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
            .collect();
        out.extend(bytes);
    }
    out
}
