//! Ingest throughput: signed envelope puts into the relay (SQLite, and PostgreSQL when
//! `ALONGSIDE_TEST_POSTGRES` is set) against a bare axum handler that only reads the body,
//! over the same loopback HTTP/1.1 transport, in the same run. Requests are signed before
//! the clock starts (signing is the sender's cost, not the relay's), and both servers get
//! the same headers and the same 2 KiB bodies from the same number of client threads.
//! The relay's database first holds 10,000 inboxes, each with one waiting envelope, and
//! the puts go round all of them.
//!
//! Each target is measured twice: single puts (one signed request per envelope) and batched
//! puts (`POST /v1/envelopes`, 64 envelopes per signed request, the same batches to both).
//! Throughput and the ratio count envelopes.
//!
//! A third target, `relay_unstored`, is a diagnostic rather than a product: the same relay
//! (signatures, nonces, rate limits, routing) over a store that answers every put without
//! writing it. It shows how much of the gap to the bare handler is the request path and how
//! much is storing the envelope.
//!
//! `cargo bench -p alongside-relay --bench ingest` prints the relay/bare ratios at the end.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use alongside_protocol::relay_api::{encode_batch, AuthHeaders, BatchEnvelope};
use alongside_relay::client::RelayClient;
use alongside_relay::config::{Limits, Settings};
use alongside_relay::server::serve;
use alongside_relay::store::postgres::PgStore;
use alongside_relay::store::sqlite::SqliteStore;
use alongside_relay::store::{
    Access, DeviceHash, NewEnvelope, Page, Purged, Put, Quota, Registered, Store, StoreError,
};
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::routing::{post, put};
use axum::Router;
use criterion::{BenchmarkId, Criterion, Throughput};
use ed25519_dalek::SigningKey;
use reqwest::Method;

/// Concurrent senders, each a blocking client on its own connection. Throughput is the
/// rate at saturation: with 4 senders the relay's rate was bound by each request's latency
/// (its put waits for a group commit), not by its capacity; measured here, 4 / 16 / 48
/// senders gave a SQLite ratio of 0.26 / 0.30 / 0.32 and the bare handler peaked at 16.
const SENDERS: usize = 16;
/// Envelopes per batched put: the most the relay takes in one request.
const BATCH: usize = alongside_protocol::relay_api::MAX_BATCH_ENVELOPES;
type Send = fn(&str, &mut RelayClient<SigningKey>, u64) -> Duration;
/// Single puts (one request per envelope) and batched puts, each against every target.
const MODES: &[(&str, Send)] = &[("put_2KiB", ingest), ("batch_64x2KiB", ingest_batched)];
const BODY_BYTES: usize = 2048;
const INBOXES: u64 = 10_000;

static NEXT_ID: AtomicU64 = AtomicU64::new(0);
static TOTALS: Mutex<Vec<(String, u64, Duration)>> = Mutex::new(Vec::new());

fn unlimited() -> Settings {
    Settings {
        limits: Limits {
            rate_per_minute: u32::MAX,
            burst: u32::MAX,
            quota_envelopes: u64::MAX / 2,
            quota_bytes: u64::MAX / 2,
            max_outstanding_nonces: u64::MAX / 2,
            ..Limits::default()
        },
        ..Settings::default()
    }
}

async fn bind() -> (tokio::net::TcpListener, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    (listener, url)
}

/// Fills the store with [`INBOXES`] inboxes, each owned by its own device and holding one
/// envelope, straight through the store (HTTP would only make this slower).
async fn populate<S: Store>(store: &S) {
    for i in 0..INBOXES {
        let mut owner = [0u8; 32];
        owner[..8].copy_from_slice(&i.to_le_bytes());
        let inbox = format!("i{i}");
        store
            .register_inbox(inbox.clone(), owner, 20_000, u64::MAX)
            .await
            .expect("inbox");
        let envelope = NewEnvelope {
            id: format!("seed{i}"),
            inbox,
            sender: [1; 32],
            body: vec![3; BODY_BYTES],
            received_day: 20_000,
            expires_day: i64::MAX / 2,
        };
        let quota = Quota {
            envelopes: u64::MAX / 2,
            bytes: u64::MAX / 2,
        };
        store.put(envelope, quota).await.expect("envelope");
    }
}

/// A store that answers every put as stored without writing it, for the `relay_unstored`
/// diagnostic; everything else (nonces, inboxes) is the SQLite store's.
#[derive(Clone)]
struct Unstored(SqliteStore);

impl Store for Unstored {
    fn backend(&self) -> &'static str {
        "unstored"
    }
    async fn add_nonces(
        &self,
        device: DeviceHash,
        nonces: Vec<[u8; 32]>,
        now: i64,
        expires_at: i64,
        max_outstanding: u64,
    ) -> Result<bool, StoreError> {
        self.0
            .add_nonces(device, nonces, now, expires_at, max_outstanding)
            .await
    }
    async fn spend_nonce(&self, nonce: [u8; 32], device: DeviceHash, now: i64) -> Result<bool, StoreError> {
        self.0.spend_nonce(nonce, device, now).await
    }
    async fn register_inbox(
        &self,
        inbox: String,
        owner: DeviceHash,
        today: i64,
        quota_inboxes: u64,
    ) -> Result<Registered, StoreError> {
        self.0.register_inbox(inbox, owner, today, quota_inboxes).await
    }
    async fn access(&self, inbox: String, device: DeviceHash) -> Result<Access, StoreError> {
        self.0.access(inbox, device).await
    }
    async fn put(&self, _: NewEnvelope, _: Quota) -> Result<Put, StoreError> {
        Ok(Put::Stored)
    }
    async fn put_batch(&self, envelopes: Vec<NewEnvelope>, _: Quota) -> Result<Vec<Put>, StoreError> {
        Ok(vec![Put::Stored; envelopes.len()])
    }
    async fn pull(&self, inbox: String, after: i64, limit: u32, today: i64) -> Result<Page, StoreError> {
        self.0.pull(inbox, after, limit, today).await
    }
    async fn ack(&self, inbox: String, ids: Vec<String>) -> Result<u32, StoreError> {
        self.0.ack(inbox, ids).await
    }
    async fn purge(&self, sender: DeviceHash, ids: Vec<String>) -> Result<Purged, StoreError> {
        self.0.purge(sender, ids).await
    }
    async fn expire(&self, today: i64, now: i64) -> Result<u64, StoreError> {
        self.0.expire(today, now).await
    }
    async fn health(&self) -> Result<(), StoreError> {
        self.0.health().await
    }
}

fn start_relay<S: Store>(rt: &tokio::runtime::Runtime, store: S) -> String {
    rt.block_on(populate(&store));
    let (listener, url) = rt.block_on(bind());
    rt.spawn(serve(store, unlimited(), listener, std::future::pending()));
    url
}

fn start_bare(rt: &tokio::runtime::Runtime) -> String {
    let (listener, url) = rt.block_on(bind());
    let app = Router::new()
        .route(
            "/v1/inboxes/{inbox}/envelopes/{envelope_id}",
            put(|body: Bytes| async move {
                let _ = body.len();
                (StatusCode::CREATED, "{\"id\":\"x\",\"stored\":true}")
            }),
        )
        .route(
            "/v1/envelopes",
            post(|body: Bytes| async move {
                let _ = body.len();
                (StatusCode::OK, "{\"results\":[]}")
            }),
        );
    rt.spawn(async move { axum::serve(listener, app).await });
    url
}

/// Sends `n` signed puts to `url` from [`SENDERS`] threads; returns the time taken.
fn ingest(url: &str, signer: &mut RelayClient<SigningKey>, n: u64) -> Duration {
    let body = (0..BODY_BYTES).map(|i| (i * 31 % 251) as u8).collect::<Vec<_>>();
    let requests: Vec<(String, AuthHeaders)> = (0..n)
        .map(|_| {
            let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
            let path = format!("/v1/inboxes/i{}/envelopes/e{id}", id % INBOXES);
            let auth = signer.sign(&Method::PUT, &path, &body).expect("a nonce");
            (path, auth)
        })
        .collect();
    let chunk = requests.len().div_ceil(SENDERS).max(1);
    let clients: Vec<_> = (0..SENDERS)
        .map(|_| RelayClient::new(url, SigningKey::from_bytes(&[9; 32])).expect("client"))
        .collect();
    let started = Instant::now();
    std::thread::scope(|s| {
        for (part, client) in requests.chunks(chunk).zip(&clients) {
            let body = &body;
            s.spawn(move || {
                for (path, auth) in part {
                    let r = client
                        .send_raw(Method::PUT, path, body.clone(), Some(auth))
                        .expect("sent");
                    assert_eq!(r.status, 201, "put refused");
                }
            });
        }
    });
    started.elapsed()
}

/// Sends `n` envelopes to `url` as signed batched puts of [`BATCH`] from [`SENDERS`]
/// threads; returns the time taken.
fn ingest_batched(url: &str, signer: &mut RelayClient<SigningKey>, n: u64) -> Duration {
    let body = (0..BODY_BYTES).map(|i| (i * 31 % 251) as u8).collect::<Vec<_>>();
    let ids: Vec<(String, String)> = (0..n)
        .map(|_| {
            let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
            (format!("i{}", id % INBOXES), format!("e{id}"))
        })
        .collect();
    let requests: Vec<(Vec<u8>, AuthHeaders)> = ids
        .chunks(BATCH)
        .map(|chunk| {
            let batch: Vec<BatchEnvelope> = chunk
                .iter()
                .map(|(inbox, id)| BatchEnvelope { inbox, id, body: &body })
                .collect();
            let bytes = encode_batch(&batch).expect("a batch within the limits");
            let auth = signer.sign(&Method::POST, "/v1/envelopes", &bytes).expect("a nonce");
            (bytes, auth)
        })
        .collect();
    let chunk = requests.len().div_ceil(SENDERS).max(1);
    let clients: Vec<_> = (0..SENDERS)
        .map(|_| RelayClient::new(url, SigningKey::from_bytes(&[9; 32])).expect("client"))
        .collect();
    let started = Instant::now();
    std::thread::scope(|s| {
        for (part, client) in requests.chunks(chunk).zip(&clients) {
            s.spawn(move || {
                for (bytes, auth) in part {
                    let r = client
                        .send_raw(Method::POST, "/v1/envelopes", bytes.clone(), Some(auth))
                        .expect("sent");
                    assert_eq!(r.status, 200, "batch refused");
                }
            });
        }
    });
    started.elapsed()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::TempDir::new().expect("temp dir");
    let mut targets = vec![
        (
            "relay_sqlite".to_string(),
            start_relay(
                &rt,
                SqliteStore::open(&dir.path().join("bench.sqlite3")).expect("sqlite"),
            ),
        ),
        ("bare_axum".to_string(), start_bare(&rt)),
        (
            "relay_unstored".to_string(),
            start_relay(
                &rt,
                Unstored(SqliteStore::open(&dir.path().join("unstored.sqlite3")).expect("sqlite")),
            ),
        ),
    ];
    let mut pg_schema = None;
    if let Ok(pg) = std::env::var("ALONGSIDE_TEST_POSTGRES") {
        let schema = format!("bench_{}", std::process::id());
        let setup = rt.block_on(async {
            let (client, conn) = tokio_postgres::connect(&pg, tokio_postgres::NoTls).await.ok()?;
            tokio::spawn(conn);
            client.batch_execute(&format!("CREATE SCHEMA {schema}")).await.ok()
        });
        let sep = if pg.contains('?') { '&' } else { '?' };
        let url = format!("{pg}{sep}options=-c%20search_path%3D{schema}");
        if let (Some(()), Ok(store)) = (setup, rt.block_on(PgStore::connect(&url))) {
            targets.push(("relay_postgres".to_string(), start_relay(&rt, store)));
            pg_schema = Some((pg, schema));
        }
    }

    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(1));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(6));
    for (name, url) in &targets {
        // The bare handler issues no nonces; its requests are signed with the SQLite relay's.
        let nonces_from = if name.starts_with("relay") { url } else { &targets[0].1 };
        let mut signer = RelayClient::new(nonces_from, SigningKey::from_bytes(&[7; 32])).expect("client");
        for (mode, send) in MODES {
            let key = format!("{mode}/{name}");
            group.bench_function(BenchmarkId::new(*mode, name), |b| {
                b.iter_custom(|iters| {
                    let took = send(url, &mut signer, iters);
                    let mut totals = TOTALS.lock().unwrap_or_else(|e| e.into_inner());
                    match totals.iter_mut().find(|(n, _, _)| *n == key) {
                        Some(t) => {
                            t.1 += iters;
                            t.2 += took;
                        }
                        None => totals.push((key.clone(), iters, took)),
                    }
                    took
                })
            });
        }
    }
    group.finish();
    // The bench's envelopes are hundreds of megabytes; leave none of them in the database.
    if let Some((pg, schema)) = pg_schema {
        rt.block_on(async {
            if let Ok((client, conn)) = tokio_postgres::connect(&pg, tokio_postgres::NoTls).await {
                tokio::spawn(conn);
                let _ = client.batch_execute(&format!("DROP SCHEMA {schema} CASCADE")).await;
            }
        });
    }
}

/// Where the time goes, printed before the comparison: signature checks and store calls alone.
fn parts() {
    use alongside_protocol::relay_api::verify_request;
    let key = SigningKey::from_bytes(&[7; 32]);
    let body = vec![5u8; BODY_BYTES];
    let nonce = alongside_protocol::relay_api::encode_nonce(&[1; 32]);
    let auth = alongside_protocol::relay_api::sign_request(&key, &nonce, "PUT", "/v1/x", &body);
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n {
        verify_request(&auth, "PUT", "/v1/x", &body).expect("verifies");
    }
    println!(
        "parts: verify_request {:.1} us",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("rt");
    let dir = tempfile::TempDir::new().expect("dir");
    let store = SqliteStore::open(&dir.path().join("parts.sqlite3")).expect("sqlite");
    rt.block_on(async {
        store.register_inbox("i".into(), [2; 32], 1, 10).await.expect("inbox");
        let t = Instant::now();
        for i in 0..n {
            store
                .add_nonces([3; 32], vec![[i as u8; 32]], 0, 100, 10)
                .await
                .expect("nonce");
            store.spend_nonce([i as u8; 32], [3; 32], 1).await.expect("spend");
        }
        println!(
            "parts: sqlite add+spend nonce {:.1} us",
            t.elapsed().as_secs_f64() * 1e6 / n as f64
        );
        let t = Instant::now();
        for i in 0..n {
            let e = NewEnvelope {
                id: format!("p{i}"),
                inbox: "i".into(),
                sender: [3; 32],
                body: body.clone(),
                received_day: 1,
                expires_day: 100,
            };
            let q = Quota {
                envelopes: u64::MAX / 2,
                bytes: u64::MAX / 2,
            };
            store.put(e, q).await.expect("put");
        }
        println!("parts: sqlite put {:.1} us", t.elapsed().as_secs_f64() * 1e6 / n as f64);
        let t = Instant::now();
        for b in 0..n / 64 {
            let envelopes = (0..64)
                .map(|i| NewEnvelope {
                    id: format!("b{b}x{i}"),
                    inbox: "i".into(),
                    sender: [3; 32],
                    body: body.clone(),
                    received_day: 1,
                    expires_day: 100,
                })
                .collect();
            let q = Quota {
                envelopes: u64::MAX / 2,
                bytes: u64::MAX / 2,
            };
            store.put_batch(envelopes, q).await.expect("batch");
        }
        println!(
            "parts: sqlite put_batch of 64, per envelope {:.1} us",
            t.elapsed().as_secs_f64() * 1e6 / (n / 64 * 64) as f64
        );
        let t = Instant::now();
        for _ in 0..n {
            store.health().await.expect("health");
        }
        println!(
            "parts: sqlite empty round trip {:.1} us",
            t.elapsed().as_secs_f64() * 1e6 / n as f64
        );
    });
}

fn main() {
    parts();
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
    let totals = TOTALS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let rate = |name: &str| {
        totals
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, n, t)| *n as f64 / t.as_secs_f64())
    };
    for (mode, _) in MODES {
        if let Some(bare) = rate(&format!("{mode}/bare_axum")) {
            println!("ingest {mode}: bare axum handler {bare:.0} envelopes/s");
            for name in ["relay_sqlite", "relay_postgres", "relay_unstored"] {
                if let Some(r) = rate(&format!("{mode}/{name}")) {
                    let note = if name == "relay_unstored" {
                        " (diagnostic: the relay with storing switched off)"
                    } else {
                        ""
                    };
                    println!(
                        "ingest {mode}: {name} {r:.0} envelopes/s, ratio to bare axum {:.2}{note}",
                        r / bare
                    );
                }
            }
        }
    }
}
