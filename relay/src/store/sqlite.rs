//! The default store: one SQLite file (the workspace's rusqlite, SQLCipher-built but used
//! without a key, since it holds only ciphertext and minimal metadata).
//!
//! SQLite has one writer anyway, so one thread owns the connection and runs every
//! operation. It commits in groups: the operations waiting when it finishes a commit, and
//! those arriving while that transaction runs, run together in one transaction, each inside
//! its own savepoint (one failing rolls back only itself), and none is answered before the
//! commit that holds it. Under load this
//! spreads one commit over many puts; alone, a put is one transaction as before.
//!
//! WAL with `synchronous = NORMAL`: a committed put survives the relay process being killed
//! at any point; a power cut may lose the last moments of puts, which senders then repeat
//! (their outbox keeps an item until the relay has answered, and puts are idempotent).
//! Checkpoints (copying the log into the database file, with the `fsync`s) run on a second
//! connection in a thread of their own, beside the writer rather than inside its commits.
//!
//! A batched put is one operation: its envelopes are judged in order inside one savepoint,
//! and the sender's usage row is written once for the batch.
//! `secure_delete` overwrites the bytes of acknowledged, purged and expired envelopes, so
//! "deleted" means gone from the file, not merely unlinked.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};

use super::nonces::Nonces;
use super::{
    dedup, Access, DeviceHash, NewEnvelope, Page, Purged, Put, Quota, Registered, Store, StoreError, Stored,
    MAX_PAGE_BYTES,
};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS inboxes (
    id TEXT PRIMARY KEY,
    owner BLOB NOT NULL,
    created_day INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS inboxes_owner ON inboxes (owner);
CREATE TABLE IF NOT EXISTS envelopes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    inbox TEXT NOT NULL REFERENCES inboxes (id),
    sender BLOB NOT NULL,
    size INTEGER NOT NULL,
    received_day INTEGER NOT NULL,
    expires_day INTEGER NOT NULL,
    body BLOB
);
CREATE INDEX IF NOT EXISTS envelopes_waiting ON envelopes (inbox, seq) WHERE body IS NOT NULL;
CREATE TABLE IF NOT EXISTS device_usage (
    device BLOB PRIMARY KEY,
    envelopes INTEGER NOT NULL,
    bytes INTEGER NOT NULL
) WITHOUT ROWID;
PRAGMA user_version = 1;
";

/// The most operations one group commit holds.
const MAX_GROUP: usize = 64;
/// How often the checkpointer copies committed pages from the write-ahead log into the
/// database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);
/// Past this many pages (16 MiB) in the write-ahead log, the writer checkpoints once itself
/// between two group commits, so that the log starts again from its beginning: while
/// writes never pause, a checkpoint running beside them never quite catches up, and the
/// log would otherwise grow for as long as the load lasts. (Under a sustained 25,000 puts
/// a second the log file peaked near 75 MiB; `journal_size_limit` trims it back to 64 MiB
/// when it restarts.)
const WAL_RESTART_PAGES: i64 = 4096;

/// Runs on the writer thread; returns what to do once its transaction has (or has not) committed.
type Job = Box<dyn FnOnce(&Connection) -> Reply + Send>;
type Reply = Box<dyn FnOnce(bool) + Send>;

/// The SQLite backend.
#[derive(Clone)]
pub struct SqliteStore {
    writer: Arc<Writer>,
    nonces: Arc<Mutex<Nonces>>,
}

/// The thread that owns the connection, and the checkpointer beside it. Dropping the last
/// handle stops the checkpointer, then lets the writer finish and close the database
/// (folding the write-ahead log back in, as the last connection) before the drop returns.
struct Writer {
    jobs: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
    checkpointer: Mutex<Option<(mpsc::Sender<()>, JoinHandle<()>)>>,
}

impl Drop for Writer {
    fn drop(&mut self) {
        if let Some((stop, t)) = self.checkpointer.lock().unwrap_or_else(|e| e.into_inner()).take() {
            drop(stop);
            let _ = t.join();
        }
        self.jobs.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
        }
    }
}

/// `PRAGMA wal_checkpoint(PASSIVE)`: copies what it can without waiting for anyone, and
/// says how many pages the write-ahead log holds.
fn checkpoint(conn: &Connection) -> Result<i64, StoreError> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1))
        .map_err(failed)
}

/// Checkpoints on a connection of its own, beside the writer, until `stop` is dropped.
/// Copying pages into the database file and the `fsync`s that `synchronous = NORMAL` does
/// at each checkpoint were most of the writer's time when it checkpointed itself; here
/// they overlap its work instead. Durability is the same: a commit is in the log (in the
/// operating system's hands, so a killed process loses nothing) before it is answered.
fn checkpoint_loop(conn: Connection, stop: mpsc::Receiver<()>, restart: Arc<AtomicBool>) {
    while let Err(mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(CHECKPOINT_EVERY) {
        match checkpoint(&conn) {
            Ok(pages) if pages > WAL_RESTART_PAGES => restart.store(true, Ordering::Relaxed),
            // A failed round is tried again at the next; failed() has logged its code.
            _ => {}
        }
    }
}

/// Runs a transaction-control statement, prepared once.
fn run(conn: &Connection, sql: &str) -> Result<(), StoreError> {
    conn.prepare_cached(sql)
        .and_then(|mut s| s.execute([]))
        .map(|_| ())
        .map_err(failed)
}

fn write_loop(conn: Connection, jobs: mpsc::Receiver<Job>, restart: Arc<AtomicBool>) {
    while let Ok(first) = jobs.recv() {
        let began = run(&conn, "BEGIN IMMEDIATE").is_ok();
        let mut replies: Vec<Reply> = vec![first(&conn)];
        // Operations that arrive while this transaction runs join it rather than wait for
        // the next commit, so groups grow with the load without anyone waiting for them.
        while replies.len() < MAX_GROUP {
            match jobs.try_recv() {
                Ok(job) => replies.push(job(&conn)),
                Err(_) => break,
            }
        }
        let committed = began && run(&conn, "COMMIT").is_ok();
        if !committed {
            let _ = run(&conn, "ROLLBACK");
        }
        for reply in replies {
            reply(committed);
        }
        if restart.swap(false, Ordering::Relaxed) {
            // The checkpointer has copied nearly everything; this finishes the copy with no
            // write in progress, so the next transaction restarts the log from its start.
            let _ = checkpoint(&conn);
        }
    }
}

fn failed(e: rusqlite::Error) -> StoreError {
    // The error's text can quote stored values; only its code is logged.
    match e {
        rusqlite::Error::SqliteFailure(code, _) => {
            tracing::warn!(code = code.extended_code, "sqlite operation failed");
        }
        _ => tracing::warn!("sqlite operation failed"),
    }
    StoreError::Failed
}

fn hash(bytes: Vec<u8>) -> Result<DeviceHash, StoreError> {
    bytes.try_into().map_err(|_| StoreError::Corrupt)
}

impl SqliteStore {
    /// Opens (creating if needed) the database file at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path).map_err(|_| StoreError::Unavailable)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;
             PRAGMA cache_size = -32000; PRAGMA wal_autocheckpoint = 4000;
             PRAGMA journal_size_limit = 67108864;",
        )
        .map_err(failed)?;
        conn.execute_batch(SCHEMA).map_err(failed)?;
        let restart = Arc::new(AtomicBool::new(false));
        // Without a checkpointer (its connection or thread refused), the writer keeps
        // checkpointing itself, as SQLite does by default.
        let checkpointer = Self::start_checkpointer(path, restart.clone());
        if checkpointer.is_some() {
            conn.execute_batch("PRAGMA wal_autocheckpoint = 0;").map_err(failed)?;
        }
        let (send, receive) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("relay-sqlite".into())
            .spawn(move || write_loop(conn, receive, restart))
            .map_err(|_| StoreError::Unavailable)?;
        Ok(SqliteStore {
            writer: Arc::new(Writer {
                jobs: Mutex::new(Some(send)),
                thread: Mutex::new(Some(thread)),
                checkpointer: Mutex::new(checkpointer),
            }),
            nonces: Arc::new(Mutex::new(Nonces::default())),
        })
    }

    fn start_checkpointer(path: &Path, restart: Arc<AtomicBool>) -> Option<(mpsc::Sender<()>, JoinHandle<()>)> {
        let conn = Connection::open(path).ok()?;
        conn.execute_batch("PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;")
            .ok()?;
        let (stop, stopped) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("relay-sqlite-checkpoint".into())
            .spawn(move || checkpoint_loop(conn, stopped, restart))
            .ok()?;
        Some((stop, thread))
    }

    /// Runs `f` on the writer thread inside a savepoint of the next group commit, and
    /// answers once that commit is done.
    async fn tx<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |conn: &Connection| {
            let out = match run(conn, "SAVEPOINT op") {
                Ok(()) => {
                    let out = f(conn);
                    let end = match out {
                        Ok(_) => run(conn, "RELEASE op"),
                        Err(_) => run(conn, "ROLLBACK TO op").and_then(|()| run(conn, "RELEASE op")),
                    };
                    end.and(out)
                }
                Err(e) => Err(e),
            };
            Box::new(move |committed: bool| {
                let _ = answer.send(if committed { out } else { Err(StoreError::Failed) });
            })
        });
        {
            let jobs = self.writer.jobs.lock().unwrap_or_else(|e| e.into_inner());
            jobs.as_ref()
                .ok_or(StoreError::Unavailable)?
                .send(job)
                .map_err(|_| StoreError::Unavailable)?;
        }
        answered.await.map_err(|_| StoreError::Unavailable)?
    }
}

fn usage_add(tx: &Connection, device: &DeviceHash, envelopes: i64, bytes: i64) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO device_usage (device, envelopes, bytes) VALUES (?1, ?2, ?3)
         ON CONFLICT (device) DO UPDATE SET envelopes = envelopes + excluded.envelopes,
                                            bytes = bytes + excluded.bytes",
    )
    .and_then(|mut s| s.execute(params![&device[..], envelopes, bytes]))
    .map_err(failed)?;
    Ok(())
}

/// What one transaction of puts has learnt and added so far.
#[derive(Default)]
struct Batch {
    /// Whether each inbox named so far exists (a batch often names the same inbox again).
    inboxes: HashMap<String, bool>,
    /// Per sender: usage as stored when first seen, and envelopes and bytes added since.
    held: HashMap<DeviceHash, (i64, i64)>,
    added: HashMap<DeviceHash, (i64, i64)>,
}

/// One put inside a transaction; its usage is counted in `batch` and written by the caller.
fn put_one(tx: &Connection, e: &NewEnvelope, quota: Quota, batch: &mut Batch) -> Result<Put, StoreError> {
    let inbox_exists = match batch.inboxes.get(&e.inbox) {
        Some(known) => *known,
        None => {
            let found = tx
                .prepare_cached("SELECT 1 FROM inboxes WHERE id = ?1")
                .and_then(|mut s| s.query_row([&e.inbox], |_| Ok(())).optional())
                .map_err(failed)?
                .is_some();
            batch.inboxes.insert(e.inbox.clone(), found);
            found
        }
    };
    if !inbox_exists {
        return Ok(Put::NoSuchInbox);
    }
    let existing: Option<(String, Vec<u8>)> = tx
        .prepare_cached("SELECT inbox, sender FROM envelopes WHERE id = ?1")
        .and_then(|mut s| s.query_row([&e.id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .map_err(failed)?;
    if let Some((inbox, sender)) = existing {
        return Ok(if inbox == e.inbox && hash(sender)? == e.sender {
            Put::AlreadyStored
        } else {
            Put::Conflict
        });
    }
    let (held, bytes) = match batch.held.get(&e.sender) {
        Some(h) => *h,
        None => {
            let h = tx
                .prepare_cached("SELECT envelopes, bytes FROM device_usage WHERE device = ?1")
                .and_then(|mut s| s.query_row([&e.sender[..]], |r| Ok((r.get(0)?, r.get(1)?))).optional())
                .map_err(failed)?
                .unwrap_or((0, 0));
            batch.held.insert(e.sender, h);
            h
        }
    };
    let (added, added_bytes) = batch.added.get(&e.sender).copied().unwrap_or((0, 0));
    let size = e.body.len() as i64;
    if (held + added + 1) as u64 > quota.envelopes || (bytes + added_bytes + size) as u64 > quota.bytes {
        return Ok(Put::QuotaExceeded);
    }
    tx.prepare_cached(
        "INSERT INTO envelopes (id, inbox, sender, size, received_day, expires_day, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .and_then(|mut s| {
        s.execute(params![
            &e.id,
            &e.inbox,
            &e.sender[..],
            size,
            e.received_day,
            e.expires_day,
            &e.body
        ])
    })
    .map_err(failed)?;
    let a = batch.added.entry(e.sender).or_insert((0, 0));
    a.0 += 1;
    a.1 += size;
    Ok(Put::Stored)
}

impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn add_nonces(
        &self,
        device: DeviceHash,
        nonces: Vec<[u8; 32]>,
        now: i64,
        expires_at: i64,
        max_outstanding: u64,
    ) -> Result<bool, StoreError> {
        let mut held = self.nonces.lock().unwrap_or_else(|e| e.into_inner());
        Ok(held.add(device, nonces, now, expires_at, max_outstanding))
    }

    async fn spend_nonce(&self, nonce: [u8; 32], device: DeviceHash, now: i64) -> Result<bool, StoreError> {
        let mut held = self.nonces.lock().unwrap_or_else(|e| e.into_inner());
        Ok(held.spend(nonce, device, now))
    }

    async fn register_inbox(
        &self,
        inbox: String,
        owner: DeviceHash,
        today: i64,
        quota_inboxes: u64,
    ) -> Result<Registered, StoreError> {
        self.tx(move |tx| {
            let existing: Option<Vec<u8>> = tx
                .query_row("SELECT owner FROM inboxes WHERE id = ?1", [&inbox], |r| r.get(0))
                .optional()
                .map_err(failed)?;
            if let Some(o) = existing {
                return Ok(if hash(o)? == owner {
                    Registered::AlreadyYours
                } else {
                    Registered::Taken
                });
            }
            let held: i64 = tx
                .query_row("SELECT count(*) FROM inboxes WHERE owner = ?1", [&owner[..]], |r| {
                    r.get(0)
                })
                .map_err(failed)?;
            if held as u64 >= quota_inboxes {
                return Ok(Registered::QuotaExceeded);
            }
            tx.execute(
                "INSERT INTO inboxes (id, owner, created_day) VALUES (?1, ?2, ?3)",
                params![&inbox, &owner[..], today],
            )
            .map_err(failed)?;
            Ok(Registered::Created)
        })
        .await
    }

    async fn access(&self, inbox: String, device: DeviceHash) -> Result<Access, StoreError> {
        self.tx(move |tx| {
            let owner: Option<Vec<u8>> = tx
                .prepare_cached("SELECT owner FROM inboxes WHERE id = ?1")
                .and_then(|mut s| s.query_row([&inbox], |r| r.get(0)).optional())
                .map_err(failed)?;
            Ok(match owner {
                None => Access::NoSuchInbox,
                Some(o) if o.as_slice() == device.as_slice() => Access::Owner,
                Some(_) => Access::NotOwner,
            })
        })
        .await
    }

    async fn put(&self, e: NewEnvelope, quota: Quota) -> Result<Put, StoreError> {
        let mut out = self.put_batch(vec![e], quota).await?;
        out.pop().ok_or(StoreError::Failed)
    }

    async fn put_batch(&self, envelopes: Vec<NewEnvelope>, quota: Quota) -> Result<Vec<Put>, StoreError> {
        self.tx(move |tx| {
            let mut batch = Batch::default();
            let outcomes = envelopes
                .iter()
                .map(|e| put_one(tx, e, quota, &mut batch))
                .collect::<Result<Vec<_>, _>>()?;
            // Usage is written once per sender, not once per envelope: one row update per batch.
            for (sender, (n, bytes)) in batch.added {
                usage_add(tx, &sender, n, bytes)?;
            }
            Ok(outcomes)
        })
        .await
    }

    async fn pull(&self, inbox: String, after: i64, limit: u32, today: i64) -> Result<Page, StoreError> {
        self.tx(move |tx| {
            let mut s = tx
                .prepare_cached(
                    "SELECT seq, id, body, received_day FROM envelopes
                     WHERE inbox = ?1 AND seq > ?2 AND body IS NOT NULL AND expires_day > ?3
                     ORDER BY seq LIMIT ?4",
                )
                .map_err(failed)?;
            let rows = s
                .query_map(params![&inbox, after, today, i64::from(limit) + 1], |r| {
                    Ok(Stored {
                        seq: r.get(0)?,
                        id: r.get(1)?,
                        body: r.get(2)?,
                        received_day: r.get(3)?,
                    })
                })
                .map_err(failed)?;
            let mut page = Page {
                envelopes: Vec::new(),
                more: false,
            };
            let mut bytes = 0usize;
            for row in rows {
                let row = row.map_err(failed)?;
                bytes += row.body.len();
                if page.envelopes.len() == limit as usize || (bytes > MAX_PAGE_BYTES && !page.envelopes.is_empty()) {
                    page.more = true;
                    break;
                }
                page.envelopes.push(row);
            }
            Ok(page)
        })
        .await
    }

    async fn ack(&self, inbox: String, ids: Vec<String>) -> Result<u32, StoreError> {
        self.tx(move |tx| {
            let mut deleted = 0;
            let mut s = tx
                .prepare_cached(
                    "UPDATE envelopes SET body = NULL
                     WHERE id = ?1 AND inbox = ?2 AND body IS NOT NULL RETURNING sender, size",
                )
                .map_err(failed)?;
            for id in dedup(ids) {
                let row: Option<(Vec<u8>, i64)> = s
                    .query_row(params![&id, &inbox], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()
                    .map_err(failed)?;
                if let Some((sender, size)) = row {
                    usage_add(tx, &hash(sender)?, -1, -size)?;
                    deleted += 1;
                }
            }
            Ok(deleted)
        })
        .await
    }

    async fn purge(&self, sender: DeviceHash, ids: Vec<String>) -> Result<Purged, StoreError> {
        self.tx(move |tx| {
            let mut out = Purged::default();
            for id in dedup(ids) {
                let row: Option<(Vec<u8>, bool, i64)> = tx
                    .query_row(
                        "SELECT sender, body IS NULL, size FROM envelopes WHERE id = ?1",
                        [&id],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()
                    .map_err(failed)?;
                match row {
                    Some((s, delivered, size)) if s.as_slice() == sender.as_slice() => {
                        if delivered {
                            out.delivered.push(id);
                        } else {
                            tx.execute("DELETE FROM envelopes WHERE id = ?1", [&id])
                                .map_err(failed)?;
                            usage_add(tx, &sender, -1, -size)?;
                            out.purged.push(id);
                        }
                    }
                    _ => out.refused.push(id),
                }
            }
            Ok(out)
        })
        .await
    }

    async fn expire(&self, today: i64, now: i64) -> Result<u64, StoreError> {
        self.nonces.lock().unwrap_or_else(|e| e.into_inner()).sweep(now);
        self.tx(move |tx| {
            let waiting: Vec<(Vec<u8>, i64, i64)> = {
                let mut s = tx
                    .prepare(
                        "SELECT sender, count(*), sum(size) FROM envelopes
                         WHERE expires_day <= ?1 AND body IS NOT NULL GROUP BY sender",
                    )
                    .map_err(failed)?;
                let rows = s
                    .query_map([today], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .map_err(failed)?;
                rows.collect::<Result<_, _>>().map_err(failed)?
            };
            for (sender, n, bytes) in waiting {
                usage_add(tx, &hash(sender)?, -n, -bytes)?;
            }
            let gone = tx
                .execute("DELETE FROM envelopes WHERE expires_day <= ?1", [today])
                .map_err(failed)?;
            tx.execute("DELETE FROM device_usage WHERE envelopes <= 0", [])
                .map_err(failed)?;
            Ok(gone as u64)
        })
        .await
    }

    async fn health(&self) -> Result<(), StoreError> {
        self.tx(|tx| tx.query_row("SELECT 1", [], |_| Ok(())).map_err(failed))
            .await
    }
}
