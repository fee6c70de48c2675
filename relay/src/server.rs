//! The relay's HTTP surface: the router, one handler per route, request logging without
//! ids or addresses, and the process loop (expiry sweep, graceful shutdown).
//!
//! Every route is listed in [`ROUTES`], which the OpenAPI document is tested against.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use alongside_protocol::relay_api::{
    decode_batch, device_hash, encode_nonce, is_valid_id, parse_device_key, AckResponse, BatchError, ChallengeRequest,
    ChallengeResponse, HealthResponse, IdsRequest, InboxResponse, PullResponse, PulledEnvelope, PurgeResponse,
    PutBatchResponse, PutOutcome, PutResponse, PutResult, CHALLENGE_TTL_SECONDS, DEFAULT_PULL_LIMIT, MAX_BATCH_BYTES,
    MAX_ENVELOPE_BYTES, MAX_IDS_PER_REQUEST, MAX_NONCES_PER_CHALLENGE, MAX_PULL_LIMIT, NONCE_BYTES,
};
use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Path, Query, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::Deserialize;

use crate::auth::{authenticate, authenticate_weighted};
use crate::clock::day_string;
use crate::config::Settings;
use crate::error::ApiError;
use crate::limits::RateLimiter;
use crate::store::{Access, NewEnvelope, Put, Quota, Registered, Store};

/// Every route, as (method, path template). The OpenAPI document must describe each.
pub const ROUTES: &[(&str, &str)] = &[
    ("POST", "/v1/challenge"),
    ("PUT", "/v1/inboxes/{inbox}"),
    ("PUT", "/v1/inboxes/{inbox}/envelopes/{envelope_id}"),
    ("GET", "/v1/inboxes/{inbox}/envelopes"),
    ("POST", "/v1/envelopes"),
    ("POST", "/v1/inboxes/{inbox}/ack"),
    ("POST", "/v1/purge"),
    ("GET", "/health"),
    ("GET", "/openapi.json"),
];

/// The largest JSON request body (an ack or purge naming the most ids allowed).
const MAX_JSON_BYTES: usize = 128 * 1024;
/// How long a request body may take to arrive.
const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// How often undelivered envelopes past their expiry are swept.
const SWEEP_EVERY: Duration = Duration::from_secs(3600);

/// What every handler shares.
pub struct AppState<S> {
    pub store: S,
    pub settings: Settings,
    limiter: Arc<RateLimiter>,
    /// Challenges are asked for unsigned, naming a device key that anyone who knows it
    /// could name; their own bucket keeps such requests from using up that device's
    /// allowance for its signed requests.
    challenge_limiter: Arc<RateLimiter>,
}

impl<S: Clone> Clone for AppState<S> {
    fn clone(&self) -> Self {
        AppState {
            store: self.store.clone(),
            settings: self.settings,
            limiter: self.limiter.clone(),
            challenge_limiter: self.challenge_limiter.clone(),
        }
    }
}

impl<S: Store> AppState<S> {
    pub fn new(store: S, settings: Settings) -> Self {
        AppState {
            store,
            settings,
            limiter: Arc::new(RateLimiter::new(settings.limits.rate_per_minute, settings.limits.burst)),
            challenge_limiter: Arc::new(RateLimiter::new(settings.limits.rate_per_minute, settings.limits.burst)),
        }
    }

    /// Takes `requests` requests from `device`'s allowance.
    pub(crate) fn rate_limit(&self, device: &[u8; 32], now: Instant, requests: u32) -> Result<(), ApiError> {
        self.limiter
            .check_n(device, now, requests)
            .map_err(|retry_after_seconds| ApiError::RateLimited { retry_after_seconds })
    }
}

/// The relay's router.
pub fn router<S: Store>(state: AppState<S>) -> Router {
    Router::new()
        .route("/v1/challenge", post(challenge::<S>))
        .route("/v1/inboxes/{inbox}", put(register::<S>))
        .route("/v1/inboxes/{inbox}/envelopes/{envelope_id}", put(put_envelope::<S>))
        .route("/v1/inboxes/{inbox}/envelopes", get(pull::<S>))
        .route("/v1/envelopes", post(put_batch::<S>))
        .route("/v1/inboxes/{inbox}/ack", post(ack::<S>))
        .route("/v1/purge", post(purge::<S>))
        .route("/health", get(health::<S>))
        .route("/openapi.json", get(openapi))
        .fallback(not_found)
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

/// Runs the relay on `listener` until `shutdown` completes. Expired envelopes are swept
/// before the first request is served and then every hour.
pub async fn serve<S: Store>(
    store: S,
    settings: Settings,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    sweep(&store, &settings).await;
    let sweeper = {
        let (store, settings) = (store.clone(), settings);
        tokio::spawn(async move {
            let mut every = tokio::time::interval(SWEEP_EVERY);
            every.tick().await;
            loop {
                every.tick().await;
                sweep(&store, &settings).await;
            }
        })
    };
    let result = axum::serve(listener, router(AppState::new(store, settings)))
        .with_graceful_shutdown(shutdown)
        .await;
    sweeper.abort();
    result
}

async fn sweep<S: Store>(store: &S, settings: &Settings) {
    match store.expire(settings.clock.today(), settings.clock.now()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(envelopes = n, "dropped expired envelopes"),
        Err(e) => tracing::warn!(error = %e, "expiry sweep failed"),
    }
}

/// Logs the route template (never the path, which holds ids), the status and the time.
async fn log_request(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let method = request.method().clone();
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        %method,
        route,
        status = response.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
    response
}

async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::TooLarge);
    }
    // A client that stops sending would otherwise hold its connection and buffer for ever.
    match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, limit)).await {
        Err(_) => Err(ApiError::Timeout),
        // A body that runs past the limit without declaring its length fails here too.
        Ok(read) => read.map_err(|_| ApiError::TooLarge),
    }
}

fn check_id(id: &str, what: &'static str) -> Result<(), ApiError> {
    if is_valid_id(id) {
        Ok(())
    } else {
        Err(ApiError::BadRequest(what))
    }
}

fn ids_from(body: &[u8]) -> Result<Vec<String>, ApiError> {
    let req: IdsRequest =
        serde_json::from_slice(body).map_err(|_| ApiError::BadRequest("the body must be {\"ids\": [...]}"))?;
    if req.ids.is_empty() || req.ids.len() > MAX_IDS_PER_REQUEST {
        return Err(ApiError::BadRequest("name between 1 and 1000 envelope ids"));
    }
    if !req.ids.iter().all(|id| is_valid_id(id)) {
        return Err(ApiError::BadRequest("an envelope id is malformed"));
    }
    Ok(req.ids)
}

async fn owned_inbox<S: Store>(state: &AppState<S>, inbox: &str, device: [u8; 32]) -> Result<(), ApiError> {
    match state.store.access(inbox.to_string(), device).await? {
        Access::Owner => Ok(()),
        Access::NotOwner => Err(ApiError::Forbidden),
        Access::NoSuchInbox => Err(ApiError::NotFound("there is no such inbox")),
    }
}

async fn challenge<S: Store>(
    State(state): State<AppState<S>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<ChallengeResponse>, ApiError> {
    let body = read_body(&headers, body, 4096).await?;
    let req: ChallengeRequest = serde_json::from_slice(&body)
        .map_err(|_| ApiError::BadRequest("the body must be {\"device_key\": ..., \"count\": n}"))?;
    let count = req.count.unwrap_or(1);
    if count == 0 || count > MAX_NONCES_PER_CHALLENGE {
        return Err(ApiError::BadRequest("ask for between 1 and 100 nonces"));
    }
    let key = parse_device_key(&req.device_key)
        .map_err(|_| ApiError::BadRequest("the device key is not an Ed25519 public key"))?;
    let device = device_hash(&key);
    state
        .challenge_limiter
        .check(&device, Instant::now())
        .map_err(|retry_after_seconds| ApiError::RateLimited { retry_after_seconds })?;
    let mut nonces = vec![[0u8; NONCE_BYTES]; count as usize];
    for n in nonces.iter_mut() {
        getrandom::fill(n).map_err(|_| ApiError::Internal)?;
    }
    let now = state.settings.clock.now();
    let expires_at = now + i64::from(CHALLENGE_TTL_SECONDS);
    let limits = state.settings.limits;
    if !state
        .store
        .add_nonces(device, nonces.clone(), now, expires_at, limits.max_outstanding_nonces)
        .await?
    {
        return Err(ApiError::RateLimited {
            retry_after_seconds: u64::from(CHALLENGE_TTL_SECONDS),
        });
    }
    Ok(Json(ChallengeResponse {
        nonces: nonces.iter().map(encode_nonce).collect(),
        expires_in_seconds: CHALLENGE_TTL_SECONDS,
    }))
}

async fn register<S: Store>(
    State(state): State<AppState<S>>,
    Path(inbox): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    check_id(&inbox, "the inbox id is malformed")?;
    let device = authenticate(&state, &method, &uri, &headers, b"").await?;
    let limits = state.settings.limits;
    let today = state.settings.clock.today();
    let created = match state
        .store
        .register_inbox(inbox.clone(), device.hash, today, limits.quota_inboxes)
        .await?
    {
        Registered::Created => true,
        Registered::AlreadyYours => false,
        Registered::Taken => return Err(ApiError::Forbidden),
        Registered::QuotaExceeded => {
            return Err(ApiError::QuotaExceeded("this device has registered its most inboxes"))
        }
    };
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(InboxResponse { inbox, created })))
}

async fn put_envelope<S: Store>(
    State(state): State<AppState<S>>,
    Path((inbox, id)): Path<(String, String)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Result<impl IntoResponse, ApiError> {
    check_id(&inbox, "the inbox id is malformed")?;
    check_id(&id, "the envelope id is malformed")?;
    let body = read_body(&headers, body, MAX_ENVELOPE_BYTES).await?;
    if body.is_empty() {
        return Err(ApiError::BadRequest("an envelope cannot be empty"));
    }
    let device = authenticate(&state, &method, &uri, &headers, &body).await?;
    let (limits, today) = (state.settings.limits, state.settings.clock.today());
    let envelope = NewEnvelope {
        id: id.clone(),
        inbox,
        sender: device.hash,
        body: body.to_vec(),
        received_day: today,
        expires_day: today + i64::from(limits.expiry_days),
    };
    let quota = Quota {
        envelopes: limits.quota_envelopes,
        bytes: limits.quota_bytes,
    };
    let (status, stored) = match state.store.put(envelope, quota).await? {
        Put::Stored => (StatusCode::CREATED, true),
        Put::AlreadyStored => (StatusCode::OK, false),
        Put::Conflict => return Err(ApiError::Conflict),
        Put::NoSuchInbox => return Err(ApiError::NotFound("there is no such inbox")),
        Put::QuotaExceeded => {
            return Err(ApiError::QuotaExceeded(
                "this device has too much waiting undelivered; wait for it to be collected",
            ))
        }
    };
    Ok((status, Json(PutResponse { id, stored })))
}

/// `POST /v1/envelopes`: many envelopes under one signature, stored in one transaction.
/// The body is read, checked and decoded whole before the signature is, so an oversize or
/// malformed envelope anywhere refuses the batch and nothing is stored.
async fn put_batch<S: Store>(
    State(state): State<AppState<S>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<PutBatchResponse>, ApiError> {
    let body = read_body(&headers, body, MAX_BATCH_BYTES).await?;
    let batch = decode_batch(&body).map_err(|e| match e {
        BatchError::TooLarge | BatchError::TooMany => ApiError::TooLarge,
        BatchError::Empty => ApiError::BadRequest("a batch names 1 to 64 envelopes, none of them empty"),
        BatchError::BadId => ApiError::BadRequest("an inbox or envelope id is malformed"),
        BatchError::Malformed => ApiError::BadRequest("the body is not in the batch format"),
    })?;
    // At most MAX_BATCH_ENVELOPES (64), so this never saturates.
    let count = u32::try_from(batch.len()).unwrap_or(u32::MAX);
    let device = authenticate_weighted(&state, &method, &uri, &headers, &body, count).await?;
    let (limits, today) = (state.settings.limits, state.settings.clock.today());
    let envelopes = batch
        .iter()
        .map(|e| NewEnvelope {
            id: e.id.to_string(),
            inbox: e.inbox.to_string(),
            sender: device.hash,
            body: e.body.to_vec(),
            received_day: today,
            expires_day: today + i64::from(limits.expiry_days),
        })
        .collect();
    let quota = Quota {
        envelopes: limits.quota_envelopes,
        bytes: limits.quota_bytes,
    };
    let outcomes = state.store.put_batch(envelopes, quota).await?;
    if outcomes.len() != batch.len() {
        return Err(ApiError::Internal);
    }
    let results = batch
        .iter()
        .zip(outcomes)
        .map(|(e, put)| PutResult {
            id: e.id.to_string(),
            outcome: match put {
                Put::Stored => PutOutcome::Stored,
                Put::AlreadyStored => PutOutcome::AlreadyStored,
                Put::Conflict => PutOutcome::Conflict,
                Put::NoSuchInbox => PutOutcome::NoSuchInbox,
                Put::QuotaExceeded => PutOutcome::QuotaExceeded,
            },
        })
        .collect();
    Ok(Json(PutBatchResponse { results }))
}

/// `?after=CURSOR&limit=N`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PullQuery {
    after: Option<String>,
    limit: Option<u32>,
}

async fn pull<S: Store>(
    State(state): State<AppState<S>>,
    Path(inbox): Path<String>,
    query: Result<Query<PullQuery>, axum::extract::rejection::QueryRejection>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Json<PullResponse>, ApiError> {
    check_id(&inbox, "the inbox id is malformed")?;
    let Query(q) = query.map_err(|_| ApiError::BadRequest("the query takes only after=CURSOR and limit=N"))?;
    let after = match &q.after {
        None => 0,
        Some(c) => c
            .parse::<i64>()
            .ok()
            .filter(|c| *c >= 0)
            .ok_or(ApiError::BadRequest("the cursor is malformed"))?,
    };
    let limit = q.limit.unwrap_or(DEFAULT_PULL_LIMIT);
    if limit == 0 || limit > MAX_PULL_LIMIT {
        return Err(ApiError::BadRequest("the limit must be between 1 and 500"));
    }
    let device = authenticate(&state, &method, &uri, &headers, b"").await?;
    owned_inbox(&state, &inbox, device.hash).await?;
    let page = state
        .store
        .pull(inbox, after, limit, state.settings.clock.today())
        .await?;
    let next_cursor = page.envelopes.last().map(|e| e.seq.to_string()).or(q.after);
    Ok(Json(PullResponse {
        envelopes: page
            .envelopes
            .into_iter()
            .map(|e| PulledEnvelope {
                id: e.id,
                cursor: e.seq.to_string(),
                body: B64.encode(&e.body),
                received_day: day_string(e.received_day),
            })
            .collect(),
        next_cursor,
        more: page.more,
    }))
}

async fn ack<S: Store>(
    State(state): State<AppState<S>>,
    Path(inbox): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<AckResponse>, ApiError> {
    check_id(&inbox, "the inbox id is malformed")?;
    let body = read_body(&headers, body, MAX_JSON_BYTES).await?;
    let ids = ids_from(&body)?;
    let device = authenticate(&state, &method, &uri, &headers, &body).await?;
    owned_inbox(&state, &inbox, device.hash).await?;
    let deleted = state.store.ack(inbox, ids).await?;
    Ok(Json(AckResponse { deleted }))
}

async fn purge<S: Store>(
    State(state): State<AppState<S>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<PurgeResponse>, ApiError> {
    let body = read_body(&headers, body, MAX_JSON_BYTES).await?;
    let ids = ids_from(&body)?;
    let device = authenticate(&state, &method, &uri, &headers, &body).await?;
    let out = state.store.purge(device.hash, ids).await?;
    if !out.purged.is_empty() {
        tracing::info!(envelopes = out.purged.len(), "purged undelivered envelopes");
    }
    Ok(Json(PurgeResponse {
        purged: out.purged,
        delivered: out.delivered,
        refused: out.refused,
    }))
}

async fn health<S: Store>(State(state): State<AppState<S>>) -> (StatusCode, Json<HealthResponse>) {
    let (status, text) = match state.store.health().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
    };
    let body = HealthResponse {
        status: text.to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
    };
    (status, Json(body))
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], crate::openapi::DOCUMENT)
}

async fn not_found() -> ApiError {
    ApiError::NotFound("there is no such route")
}
