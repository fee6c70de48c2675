//! Error answers. Each is a status code and a JSON body with a stable code and a plain
//! sentence that never contains ids, keys or addresses.

use alongside_protocol::relay_api::ErrorResponse;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::store::StoreError;

/// Why a request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(&'static str),
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("this inbox belongs to another device")]
    Forbidden,
    #[error("{0}")]
    NotFound(&'static str),
    #[error("this envelope id is already used by another sender or inbox")]
    Conflict,
    #[error("the request body is larger than allowed")]
    TooLarge,
    #[error("the request body did not arrive in time")]
    Timeout,
    #[error("too many requests from this device; try again later")]
    RateLimited { retry_after_seconds: u64 },
    #[error("{0}")]
    QuotaExceeded(&'static str),
    #[error("the relay's database is unavailable")]
    Unavailable,
    #[error("the relay could not complete the request")]
    Internal,
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Conflict => (StatusCode::CONFLICT, "conflict"),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            ApiError::Timeout => (StatusCode::REQUEST_TIMEOUT, "timeout"),
            ApiError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            ApiError::QuotaExceeded(_) => (StatusCode::TOO_MANY_REQUESTS, "quota_exceeded"),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable => ApiError::Unavailable,
            StoreError::Failed | StoreError::Corrupt => ApiError::Internal,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let body = ErrorResponse {
            error: code.to_string(),
            message: self.to_string(),
        };
        let mut response = (status, Json(body)).into_response();
        if let ApiError::RateLimited { retry_after_seconds } = self {
            if let Ok(v) = HeaderValue::from_str(&retry_after_seconds.max(1).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        response
    }
}
