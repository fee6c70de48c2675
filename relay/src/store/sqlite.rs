//! The default store: one SQLite file (the workspace's rusqlite, SQLCipher-built but used
//! without a key, since it holds only ciphertext and minimal metadata).
//!
//! SQLite has one writer anyway, so one thread owns the connection and runs every
//! operation. It commits in groups: the operations waiting when it finishes a commit run
//! together in the next transaction, each inside its own savepoint (one failing rolls back
//! only itself), and none is answered before the commit that holds it. Under load this
//! spreads one commit over many puts; alone, a put is one transaction as before.
//!
//! WAL with `synchronous = NORMAL`: a committed put survives the relay process being killed
//! at any point; a power cut may lose the last moments of puts, which senders then repeat
//! (their outbox keeps an item until the relay has answered, and puts are idempotent).
//! `secure_delete` overwrites the bytes of acknowledged, purged and expired envelopes, so
//! "deleted" means gone from the file, not merely unlinked.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

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

/// Runs on the writer thread; returns what to do once its transaction has (or has not) committed.
type Job = Box<dyn FnOnce(&Connection) -> Reply + Send>;
type Reply = Box<dyn FnOnce(bool) + Send>;

/// The SQLite backend.
#[derive(Clone)]
pub struct SqliteStore {
    writer: Arc<Writer>,
    nonces: Arc<Mutex<Nonces>>,
}

/// The thread that owns the connection. Dropping the last handle lets the thread finish
/// and close the database (folding the write-ahead log back in) before the drop returns.
struct Writer {
    jobs: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.jobs.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
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

fn write_loop(conn: Connection, jobs: mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        let began = run(&conn, "BEGIN IMMEDIATE").is_ok();
        let replies: Vec<Reply> = group.into_iter().map(|job| job(&conn)).collect();
        let committed = began && run(&conn, "COMMIT").is_ok();
        if !committed {
            let _ = run(&conn, "ROLLBACK");
        }
        for reply in replies {
            reply(committed);
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
             PRAGMA cache_size = -32000; PRAGMA wal_autocheckpoint = 4000;",
        )
        .map_err(failed)?;
        conn.execute_batch(SCHEMA).map_err(failed)?;
        let (send, receive) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("relay-sqlite".into())
            .spawn(move || write_loop(conn, receive))
            .map_err(|_| StoreError::Unavailable)?;
        Ok(SqliteStore {
            writer: Arc::new(Writer {
                jobs: Mutex::new(Some(send)),
                thread: Mutex::new(Some(thread)),
            }),
            nonces: Arc::new(Mutex::new(Nonces::default())),
        })
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
            let out = match conn.execute_batch("SAVEPOINT op").map_err(failed) {
                Ok(()) => {
                    let out = f(conn);
                    let end = if out.is_ok() {
                        "RELEASE op"
                    } else {
                        "ROLLBACK TO op; RELEASE op"
                    };
                    conn.execute_batch(end).map_err(failed).and(out)
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
        self.tx(move |tx| {
            let inbox_exists = tx
                .prepare_cached("SELECT 1 FROM inboxes WHERE id = ?1")
                .and_then(|mut s| s.query_row([&e.inbox], |_| Ok(())).optional())
                .map_err(failed)?;
            if inbox_exists.is_none() {
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
            let (held, bytes): (i64, i64) = tx
                .prepare_cached("SELECT envelopes, bytes FROM device_usage WHERE device = ?1")
                .and_then(|mut s| s.query_row([&e.sender[..]], |r| Ok((r.get(0)?, r.get(1)?))).optional())
                .map_err(failed)?
                .unwrap_or((0, 0));
            let size = e.body.len() as i64;
            if held as u64 + 1 > quota.envelopes || (bytes + size) as u64 > quota.bytes {
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
            usage_add(tx, &e.sender, 1, size)?;
            Ok(Put::Stored)
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
