//! Checks a request's signed single-use challenge: the signature over method, path, query
//! and body (see [`alongside_protocol::relay_api`]), then the device's rate limit, then the
//! nonce is spent in the store, so a replayed request finds it gone.

use std::time::Instant;

use alongside_protocol::relay_api::{
    device_hash, verify_request, AuthHeaders, HEADER_DEVICE_KEY, HEADER_NONCE, HEADER_SIGNATURE,
};
use axum::http::{HeaderMap, Method, Uri};

use crate::error::ApiError;
use crate::server::AppState;
use crate::store::{DeviceHash, Store};

/// The device a request was signed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Device {
    pub hash: DeviceHash,
}

fn header(headers: &HeaderMap, name: &str) -> Result<String, ApiError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .ok_or(ApiError::Unauthorized("this request needs a signed challenge"))
}

/// Authenticates one request, spending its nonce.
pub async fn authenticate<S: Store>(
    state: &AppState<S>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Device, ApiError> {
    authenticate_weighted(state, method, uri, headers, body, 1).await
}

/// Authenticates one request that counts as `requests` against the device's rate limit
/// (a batched put, one per envelope), spending its one nonce.
pub async fn authenticate_weighted<S: Store>(
    state: &AppState<S>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
    requests: u32,
) -> Result<Device, ApiError> {
    let auth = AuthHeaders {
        device_key: header(headers, HEADER_DEVICE_KEY)?,
        nonce: header(headers, HEADER_NONCE)?,
        signature: header(headers, HEADER_SIGNATURE)?,
    };
    let target = uri.path_and_query().map(|p| p.as_str()).unwrap_or(uri.path());
    let (nonce, key) = verify_request(&auth, method.as_str(), target, body)
        .map_err(|_| ApiError::Unauthorized("the request signature does not match"))?;
    let device = Device {
        hash: device_hash(&key),
    };
    state.rate_limit(&device.hash, Instant::now(), requests)?;
    if !state
        .store
        .spend_nonce(nonce, device.hash, state.settings.clock.now())
        .await?
    {
        return Err(ApiError::Unauthorized(
            "this challenge is unknown, used already, expired or issued to another device",
        ));
    }
    Ok(device)
}
