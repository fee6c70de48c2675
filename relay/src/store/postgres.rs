//! The PostgreSQL store, for a relay that outgrows one file or one machine. Same tables and
//! the same rules as [`super::sqlite`]; `tokio-postgres` with a `deadpool` pool. Nonces live
//! in the database, so several relay processes may share one.
//!
//! Connections are made without TLS: run the database on the same host (a Unix socket or
//! loopback) or on a private network.

use std::str::FromStr;

use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod, Transaction};
use tokio_postgres::NoTls;

use super::{
    dedup, Access, DeviceHash, NewEnvelope, Page, Purged, Put, Quota, Registered, Store, StoreError, Stored,
    MAX_PAGE_BYTES,
};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS inboxes (
    id TEXT PRIMARY KEY,
    owner BYTEA NOT NULL,
    created_day BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS inboxes_owner ON inboxes (owner);
CREATE TABLE IF NOT EXISTS envelopes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    inbox TEXT NOT NULL REFERENCES inboxes (id),
    sender BYTEA NOT NULL,
    size BIGINT NOT NULL,
    received_day BIGINT NOT NULL,
    expires_day BIGINT NOT NULL,
    body BYTEA
);
CREATE INDEX IF NOT EXISTS envelopes_waiting ON envelopes (inbox, seq) WHERE body IS NOT NULL;
CREATE INDEX IF NOT EXISTS envelopes_expiry ON envelopes (expires_day);
CREATE TABLE IF NOT EXISTS challenges (
    nonce BYTEA PRIMARY KEY,
    device BYTEA NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS challenges_device ON challenges (device);
CREATE TABLE IF NOT EXISTS device_usage (
    device BYTEA PRIMARY KEY,
    envelopes BIGINT NOT NULL,
    bytes BIGINT NOT NULL
);
-- A put in one round trip: the inbox check, the idempotent insert and the quota, with the
-- quota's refusal raised so that the insert and the usage update roll back together.
CREATE OR REPLACE FUNCTION relay_put(p_id TEXT, p_inbox TEXT, p_sender BYTEA, p_body BYTEA,
                                     p_received BIGINT, p_expires BIGINT,
                                     p_max_envelopes BIGINT, p_max_bytes BIGINT)
RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    found_inbox TEXT;
    found_sender BYTEA;
    held BIGINT;
    used BIGINT;
    n BIGINT := length(p_body);
BEGIN
    PERFORM 1 FROM inboxes WHERE id = p_inbox;
    IF NOT FOUND THEN
        RETURN 'no_such_inbox';
    END IF;
    INSERT INTO envelopes (id, inbox, sender, size, received_day, expires_day, body)
        VALUES (p_id, p_inbox, p_sender, n, p_received, p_expires, p_body)
        ON CONFLICT (id) DO NOTHING;
    IF NOT FOUND THEN
        SELECT inbox, sender INTO found_inbox, found_sender FROM envelopes WHERE id = p_id;
        IF found_inbox = p_inbox AND found_sender = p_sender THEN
            RETURN 'already_stored';
        END IF;
        RETURN 'conflict';
    END IF;
    INSERT INTO device_usage AS u (device, envelopes, bytes) VALUES (p_sender, 1, n)
        ON CONFLICT (device) DO UPDATE SET envelopes = u.envelopes + 1, bytes = u.bytes + excluded.bytes
        RETURNING u.envelopes, u.bytes INTO held, used;
    IF held > p_max_envelopes OR used > p_max_bytes THEN
        RAISE EXCEPTION 'quota' USING ERRCODE = 'AL001';
    END IF;
    RETURN 'stored';
END
$$;
-- A batched put in one round trip and one transaction, each envelope judged in order as
-- relay_put judges one. The sender's usage row is locked first, so that concurrent batches
-- by one device queue and its quota holds, and written once at the end rather than once
-- per envelope. (relay_put takes the envelope id first and the usage row second, so one
-- device sending the same id singly and in a batch at the same moment can deadlock;
-- PostgreSQL then aborts one, which the client sees as a 500 and repeats, and puts are
-- idempotent. Taking the lock first in relay_put too would cost every single put.)
CREATE OR REPLACE FUNCTION relay_put_batch(p_ids TEXT[], p_inboxes TEXT[], p_sender BYTEA,
                                           p_bodies BYTEA[], p_received BIGINT, p_expires BIGINT,
                                           p_max_envelopes BIGINT, p_max_bytes BIGINT)
RETURNS TEXT[] LANGUAGE plpgsql AS $$
DECLARE
    outcomes TEXT[] := '{}';
    held BIGINT;
    used BIGINT;
    n BIGINT;
    found_inbox TEXT;
    found_sender BYTEA;
BEGIN
    INSERT INTO device_usage (device, envelopes, bytes) VALUES (p_sender, 0, 0)
        ON CONFLICT (device) DO NOTHING;
    SELECT envelopes, bytes INTO held, used FROM device_usage WHERE device = p_sender FOR UPDATE;
    FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
        n := length(p_bodies[i]);
        PERFORM 1 FROM inboxes WHERE id = p_inboxes[i];
        IF NOT FOUND THEN
            outcomes := outcomes || 'no_such_inbox'::TEXT;
            CONTINUE;
        END IF;
        SELECT inbox, sender INTO found_inbox, found_sender FROM envelopes WHERE id = p_ids[i];
        IF NOT FOUND THEN
            IF held + 1 > p_max_envelopes OR used + n > p_max_bytes THEN
                outcomes := outcomes || 'quota_exceeded'::TEXT;
                CONTINUE;
            END IF;
            INSERT INTO envelopes (id, inbox, sender, size, received_day, expires_day, body)
                VALUES (p_ids[i], p_inboxes[i], p_sender, n, p_received, p_expires, p_bodies[i])
                ON CONFLICT (id) DO NOTHING;
            IF FOUND THEN
                held := held + 1;
                used := used + n;
                outcomes := outcomes || 'stored'::TEXT;
                CONTINUE;
            END IF;
            -- Another transaction stored this id between the look-up and the insert.
            SELECT inbox, sender INTO found_inbox, found_sender FROM envelopes WHERE id = p_ids[i];
        END IF;
        IF found_inbox = p_inboxes[i] AND found_sender = p_sender THEN
            outcomes := outcomes || 'already_stored'::TEXT;
        ELSE
            outcomes := outcomes || 'conflict'::TEXT;
        END IF;
    END LOOP;
    UPDATE device_usage SET envelopes = held, bytes = used WHERE device = p_sender;
    RETURN outcomes;
END
$$;
";

/// The SQLSTATE `relay_put` raises when a put would exceed the sender's quota.
const QUOTA_SQLSTATE: &str = "AL001";

/// The PostgreSQL backend.
#[derive(Clone)]
pub struct PgStore {
    pool: Pool,
}

fn failed(e: tokio_postgres::Error) -> StoreError {
    // The server's message can quote stored values; only the SQLSTATE is logged.
    let code = e.code().map(|c| c.code().to_string()).unwrap_or_default();
    tracing::warn!(sqlstate = %code, "postgres operation failed");
    if e.is_closed() {
        StoreError::Unavailable
    } else {
        StoreError::Failed
    }
}

fn hash(bytes: Vec<u8>) -> Result<DeviceHash, StoreError> {
    bytes.try_into().map_err(|_| StoreError::Corrupt)
}

impl PgStore {
    /// Connects to `url` (`postgres://...`) and creates the tables if they are missing.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let config = tokio_postgres::Config::from_str(url).map_err(|_| StoreError::Unavailable)?;
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(16)
            .build()
            .map_err(|_| StoreError::Unavailable)?;
        let store = PgStore { pool };
        let client = store.client().await?;
        client.batch_execute(SCHEMA).await.map_err(failed)?;
        Ok(store)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(|_| {
            tracing::warn!("postgres connection unavailable");
            StoreError::Unavailable
        })
    }
}

async fn usage_add(tx: &Transaction<'_>, device: &DeviceHash, envelopes: i64, bytes: i64) -> Result<(), StoreError> {
    let s = tx
        .prepare_cached(
            "INSERT INTO device_usage (device, envelopes, bytes) VALUES ($1, $2, $3)
             ON CONFLICT (device) DO UPDATE SET envelopes = device_usage.envelopes + excluded.envelopes,
                                                bytes = device_usage.bytes + excluded.bytes",
        )
        .await
        .map_err(failed)?;
    tx.execute(&s, &[&&device[..], &envelopes, &bytes])
        .await
        .map_err(failed)?;
    Ok(())
}

/// Puts the envelopes of one (sender, received day, expiry day) group with one call of
/// `relay_put_batch`, filling in their places in `outcomes`.
async fn put_group(
    client: &impl GenericClient,
    statement: &tokio_postgres::Statement,
    envelopes: &[NewEnvelope],
    (sender, received_day, expires_day): (DeviceHash, i64, i64),
    quota: Quota,
    outcomes: &mut [Option<Put>],
) -> Result<(), StoreError> {
    let (at, mine): (Vec<usize>, Vec<&NewEnvelope>) = envelopes
        .iter()
        .enumerate()
        .filter(|(_, e)| (e.sender, e.received_day, e.expires_day) == (sender, received_day, expires_day))
        .unzip();
    let ids: Vec<&str> = mine.iter().map(|e| e.id.as_str()).collect();
    let inboxes: Vec<&str> = mine.iter().map(|e| e.inbox.as_str()).collect();
    let bodies: Vec<&[u8]> = mine.iter().map(|e| e.body.as_slice()).collect();
    let cap = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    let row = client
        .query_one(
            statement,
            &[
                &ids,
                &inboxes,
                &&sender[..],
                &bodies,
                &received_day,
                &expires_day,
                &cap(quota.envelopes),
                &cap(quota.bytes),
            ],
        )
        .await
        .map_err(failed)?;
    let answers: Vec<String> = row.try_get(0).map_err(|_| StoreError::Corrupt)?;
    if answers.len() != at.len() {
        return Err(StoreError::Corrupt);
    }
    for (i, answer) in at.into_iter().zip(answers) {
        let outcome = match answer.as_str() {
            "stored" => Put::Stored,
            "already_stored" => Put::AlreadyStored,
            "conflict" => Put::Conflict,
            "no_such_inbox" => Put::NoSuchInbox,
            "quota_exceeded" => Put::QuotaExceeded,
            _ => return Err(StoreError::Corrupt),
        };
        if let Some(slot) = outcomes.get_mut(i) {
            *slot = Some(outcome);
        }
    }
    Ok(())
}

impl Store for PgStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn add_nonces(
        &self,
        device: DeviceHash,
        nonces: Vec<[u8; 32]>,
        now: i64,
        expires_at: i64,
        max_outstanding: u64,
    ) -> Result<bool, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed)?;
        let d = &device[..];
        tx.execute(
            "DELETE FROM challenges WHERE device = $1 AND expires_at <= $2",
            &[&d, &now],
        )
        .await
        .map_err(failed)?;
        let held: i64 = tx
            .query_one("SELECT count(*) FROM challenges WHERE device = $1", &[&d])
            .await
            .map_err(failed)?
            .get(0);
        if held as u64 + nonces.len() as u64 > max_outstanding {
            return Ok(false);
        }
        let all: Vec<&[u8]> = nonces.iter().map(|n| &n[..]).collect();
        tx.execute(
            "INSERT INTO challenges (nonce, device, expires_at) SELECT n, $2, $3 FROM unnest($1::bytea[]) AS n",
            &[&all, &d, &expires_at],
        )
        .await
        .map_err(failed)?;
        tx.commit().await.map_err(failed)?;
        Ok(true)
    }

    async fn spend_nonce(&self, nonce: [u8; 32], device: DeviceHash, now: i64) -> Result<bool, StoreError> {
        let client = self.client().await?;
        let s = client
            .prepare_cached("DELETE FROM challenges WHERE nonce = $1 AND device = $2 AND expires_at > $3")
            .await
            .map_err(failed)?;
        let n = client
            .execute(&s, &[&&nonce[..], &&device[..], &now])
            .await
            .map_err(failed)?;
        Ok(n == 1)
    }

    async fn register_inbox(
        &self,
        inbox: String,
        owner: DeviceHash,
        today: i64,
        quota_inboxes: u64,
    ) -> Result<Registered, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed)?;
        let o = &owner[..];
        let held: i64 = tx
            .query_one("SELECT count(*) FROM inboxes WHERE owner = $1", &[&o])
            .await
            .map_err(failed)?
            .get(0);
        let inserted = if (held as u64) < quota_inboxes {
            tx.execute(
                "INSERT INTO inboxes (id, owner, created_day) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
                &[&inbox, &o, &today],
            )
            .await
            .map_err(failed)?
        } else {
            0
        };
        if inserted == 1 {
            tx.commit().await.map_err(failed)?;
            return Ok(Registered::Created);
        }
        let existing = tx
            .query_opt("SELECT owner FROM inboxes WHERE id = $1", &[&inbox])
            .await
            .map_err(failed)?;
        Ok(match existing {
            Some(row) if hash(row.get(0))? == owner => Registered::AlreadyYours,
            Some(_) => Registered::Taken,
            None => Registered::QuotaExceeded,
        })
    }

    async fn access(&self, inbox: String, device: DeviceHash) -> Result<Access, StoreError> {
        let client = self.client().await?;
        let s = client
            .prepare_cached("SELECT owner FROM inboxes WHERE id = $1")
            .await
            .map_err(failed)?;
        Ok(match client.query_opt(&s, &[&inbox]).await.map_err(failed)? {
            None => Access::NoSuchInbox,
            Some(row) if hash(row.get(0))? == device => Access::Owner,
            Some(_) => Access::NotOwner,
        })
    }

    async fn put(&self, e: NewEnvelope, quota: Quota) -> Result<Put, StoreError> {
        let client = self.client().await?;
        let s = client
            .prepare_cached("SELECT relay_put($1, $2, $3, $4, $5, $6, $7, $8)")
            .await
            .map_err(failed)?;
        let cap = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        let row = client
            .query_one(
                &s,
                &[
                    &e.id,
                    &e.inbox,
                    &&e.sender[..],
                    &e.body,
                    &e.received_day,
                    &e.expires_day,
                    &cap(quota.envelopes),
                    &cap(quota.bytes),
                ],
            )
            .await;
        let outcome: String = match row {
            Ok(row) => row.get(0),
            Err(err) if err.code().is_some_and(|c| c.code() == QUOTA_SQLSTATE) => return Ok(Put::QuotaExceeded),
            Err(err) => return Err(failed(err)),
        };
        match outcome.as_str() {
            "stored" => Ok(Put::Stored),
            "already_stored" => Ok(Put::AlreadyStored),
            "conflict" => Ok(Put::Conflict),
            "no_such_inbox" => Ok(Put::NoSuchInbox),
            _ => Err(StoreError::Corrupt),
        }
    }

    async fn put_batch(&self, envelopes: Vec<NewEnvelope>, quota: Quota) -> Result<Vec<Put>, StoreError> {
        // relay_put_batch takes one sender and one pair of days, as one signed request has.
        // Envelopes that differ in those (only ever from direct callers of the store) are
        // put one group per call, inside one transaction.
        let mut groups: Vec<(DeviceHash, i64, i64)> = Vec::new();
        for e in &envelopes {
            let key = (e.sender, e.received_day, e.expires_day);
            if !groups.contains(&key) {
                groups.push(key);
            }
        }
        let mut client = self.client().await?;
        let s = client
            .prepare_cached("SELECT relay_put_batch($1, $2, $3, $4, $5, $6, $7, $8)")
            .await
            .map_err(failed)?;
        let mut outcomes = vec![None; envelopes.len()];
        if let [group] = groups[..] {
            put_group(&client, &s, &envelopes, group, quota, &mut outcomes).await?;
        } else {
            let tx = client.transaction().await.map_err(failed)?;
            for group in groups {
                put_group(&tx, &s, &envelopes, group, quota, &mut outcomes).await?;
            }
            tx.commit().await.map_err(failed)?;
        }
        outcomes.into_iter().map(|o| o.ok_or(StoreError::Corrupt)).collect()
    }

    async fn pull(&self, inbox: String, after: i64, limit: u32, today: i64) -> Result<Page, StoreError> {
        let client = self.client().await?;
        let s = client
            .prepare_cached(
                "SELECT seq, id, body, received_day FROM envelopes
                 WHERE inbox = $1 AND seq > $2 AND body IS NOT NULL AND expires_day > $3
                 ORDER BY seq LIMIT $4",
            )
            .await
            .map_err(failed)?;
        let rows = client
            .query(&s, &[&inbox, &after, &today, &(i64::from(limit) + 1)])
            .await
            .map_err(failed)?;
        let mut page = Page {
            envelopes: Vec::new(),
            more: false,
        };
        let mut bytes = 0usize;
        for row in rows {
            let body: Vec<u8> = row.get(2);
            bytes += body.len();
            if page.envelopes.len() == limit as usize || (bytes > MAX_PAGE_BYTES && !page.envelopes.is_empty()) {
                page.more = true;
                break;
            }
            page.envelopes.push(Stored {
                seq: row.get(0),
                id: row.get(1),
                body,
                received_day: row.get(3),
            });
        }
        Ok(page)
    }

    async fn ack(&self, inbox: String, ids: Vec<String>) -> Result<u32, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed)?;
        let ids = dedup(ids);
        let rows = tx
            .query(
                "UPDATE envelopes SET body = NULL
                 WHERE id = ANY($1) AND inbox = $2 AND body IS NOT NULL RETURNING sender, size",
                &[&ids, &inbox],
            )
            .await
            .map_err(failed)?;
        for row in &rows {
            usage_add(&tx, &hash(row.get(0))?, -1, -row.get::<_, i64>(1)).await?;
        }
        tx.commit().await.map_err(failed)?;
        Ok(rows.len() as u32)
    }

    async fn purge(&self, sender: DeviceHash, ids: Vec<String>) -> Result<Purged, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed)?;
        let mut out = Purged::default();
        for id in dedup(ids) {
            let row = tx
                .query_opt(
                    "SELECT sender, body IS NULL, size FROM envelopes WHERE id = $1 FOR UPDATE",
                    &[&id],
                )
                .await
                .map_err(failed)?;
            match row {
                Some(r) if hash(r.get(0))? == sender => {
                    if r.get::<_, bool>(1) {
                        out.delivered.push(id);
                    } else {
                        tx.execute("DELETE FROM envelopes WHERE id = $1", &[&id])
                            .await
                            .map_err(failed)?;
                        usage_add(&tx, &sender, -1, -r.get::<_, i64>(2)).await?;
                        out.purged.push(id);
                    }
                }
                _ => out.refused.push(id),
            }
        }
        tx.commit().await.map_err(failed)?;
        Ok(out)
    }

    async fn expire(&self, today: i64, now: i64) -> Result<u64, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed)?;
        let waiting = tx
            .query(
                "SELECT sender, count(*), sum(size)::BIGINT FROM envelopes
                 WHERE expires_day <= $1 AND body IS NOT NULL GROUP BY sender",
                &[&today],
            )
            .await
            .map_err(failed)?;
        for row in &waiting {
            usage_add(&tx, &hash(row.get(0))?, -row.get::<_, i64>(1), -row.get::<_, i64>(2)).await?;
        }
        let gone = tx
            .execute("DELETE FROM envelopes WHERE expires_day <= $1", &[&today])
            .await
            .map_err(failed)?;
        tx.execute("DELETE FROM device_usage WHERE envelopes <= 0", &[])
            .await
            .map_err(failed)?;
        tx.execute("DELETE FROM challenges WHERE expires_at <= $1", &[&now])
            .await
            .map_err(failed)?;
        tx.commit().await.map_err(failed)?;
        Ok(gone)
    }

    async fn health(&self) -> Result<(), StoreError> {
        let client = self.client().await?;
        client.simple_query("SELECT 1").await.map_err(failed)?;
        Ok(())
    }
}
