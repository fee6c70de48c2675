//! Starts real `alongside-relay` processes on loopback, on SQLite (a file in a temporary
//! directory) or on PostgreSQL (a fresh schema in the database named by
//! `ALONGSIDE_TEST_POSTGRES`, which tests/run sets), and looks inside their databases.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use alongside_relay::client::RelayClient;
use ed25519_dalek::SigningKey;
use tempfile::TempDir;

/// Where a relay keeps its data.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    /// A PostgreSQL URL (without a search path; each relay gets its own schema).
    Postgres(String),
}

impl Backend {
    /// PostgreSQL when `ALONGSIDE_TEST_POSTGRES` is set.
    pub fn postgres() -> Option<Backend> {
        std::env::var("ALONGSIDE_TEST_POSTGRES")
            .ok()
            .filter(|u| !u.is_empty())
            .map(Backend::Postgres)
    }
}

/// The instant every test relay starts at unless told otherwise.
pub const T0: &str = "2026-11-21T10:00:00Z";

static SCHEMAS: AtomicU32 = AtomicU32::new(0);

/// A running relay process; killed when dropped.
pub struct Relay {
    child: Option<Child>,
    pub url: String,
    database: String,
    schema: Option<(String, String)>,
    dir: TempDir,
    log_count: u32,
}

fn pg_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

fn pg_query<T>(base: &str, f: impl AsyncFnOnce(&tokio_postgres::Client) -> T) -> T {
    pg_runtime().block_on(async {
        let (client, conn) = tokio_postgres::connect(base, tokio_postgres::NoTls)
            .await
            .expect("the test PostgreSQL answers");
        let task = tokio::spawn(conn);
        let out = f(&client).await;
        drop(client);
        let _ = task.await;
        out
    })
}

impl Relay {
    /// Starts a relay on a fresh database with the clock fixed at [`T0`], plus `args`.
    pub fn start(backend: &Backend, args: &[&str]) -> Relay {
        let dir = TempDir::new().expect("a temporary directory");
        let (database, schema) = match backend {
            Backend::Sqlite => (dir.path().join("relay.sqlite3").display().to_string(), None),
            Backend::Postgres(base) => {
                let nanos = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                let name = format!(
                    "t_{}_{}_{}",
                    std::process::id(),
                    SCHEMAS.fetch_add(1, Ordering::SeqCst),
                    nanos % 1_000_000_000
                );
                let create = format!("CREATE SCHEMA {name}");
                pg_query(base, async |c| c.batch_execute(&create).await.expect("schema created"));
                let sep = if base.contains('?') { '&' } else { '?' };
                let url = format!("{base}{sep}options=-c%20search_path%3D{name}");
                (url, Some((base.clone(), name)))
            }
        };
        let mut relay = Relay {
            child: None,
            url: String::new(),
            database,
            schema,
            dir,
            log_count: 0,
        };
        relay.spawn(args, T0);
        relay
    }

    fn log_path(&self, n: u32) -> PathBuf {
        self.dir.path().join(format!("relay-{n}.log"))
    }

    fn spawn(&mut self, args: &[&str], now: &str) {
        self.log_count += 1;
        let log = std::fs::File::create(self.log_path(self.log_count)).expect("a log file");
        // A restart listens where the relay was, so clients made before it carry on.
        let listen = self.url.strip_prefix("http://").unwrap_or("127.0.0.1:0").to_string();
        let mut child = Command::new(env!("CARGO_BIN_EXE_alongside-relay"))
            .args(["--listen", &listen, "--database", &self.database, "--now", now])
            .args(args)
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("the relay binary starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the relay prints its address");
        let addr = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| {
                panic!(
                    "unexpected first line {line:?}; see {}",
                    self.log_path(self.log_count).display()
                )
            })
            .to_string();
        self.url = format!("http://{addr}");
        self.child = Some(child);
    }

    /// Kills the process at once (SIGKILL), as a crash would.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Asks the process to stop (SIGTERM) and waits for it to close its database.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill").args(["-TERM", &c.id().to_string()]).status();
            let _ = c.wait();
        }
    }

    /// Kills the relay and starts it again on the same database and port, at `now`, with `args`.
    pub fn restart(&mut self, now: &str, args: &[&str]) {
        self.kill();
        self.spawn(args, now);
    }

    /// A client signing with the device key made from `seed`.
    pub fn client(&self, seed: u8) -> RelayClient<SigningKey> {
        RelayClient::new(&self.url, SigningKey::from_bytes(&[seed; 32])).expect("a client")
    }

    /// Everything the relay processes have logged so far.
    pub fn logs(&self) -> String {
        (1..=self.log_count)
            .map(|n| std::fs::read_to_string(self.log_path(n)).unwrap_or_default())
            .collect()
    }

    /// Whether `needle` occurs anywhere in the stored data: every byte of the SQLite files
    /// (stop the relay first, so its write-ahead log is folded in), or any envelope body
    /// in PostgreSQL.
    pub fn storage_contains(&self, needle: &[u8]) -> bool {
        match &self.schema {
            None => std::fs::read_dir(self.dir.path())
                .expect("the data directory")
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().starts_with("relay.sqlite3"))
                .any(|e| {
                    let bytes = std::fs::read(e.path()).unwrap_or_default();
                    bytes.windows(needle.len()).any(|w| w == needle)
                }),
            Some((base, schema)) => {
                let q = format!("SELECT count(*) FROM {schema}.envelopes WHERE position($1::bytea in body) > 0");
                let needle = needle.to_vec();
                pg_query(base, async |c| {
                    let row = c.query_one(&q, &[&needle]).await.expect("scan query");
                    row.get::<_, i64>(0) > 0
                })
            }
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.kill();
        if let Some((base, schema)) = self.schema.take() {
            let drop = format!("DROP SCHEMA IF EXISTS {schema} CASCADE");
            pg_query(&base, async |c| {
                let _ = c.batch_execute(&drop).await;
            });
        }
    }
}
