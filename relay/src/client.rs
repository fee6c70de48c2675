//! A small blocking client for the relay, for the core's `sync_now` and the CLI's care-team
//! commands (depend on this crate with `default-features = false, features = ["client"]`;
//! none of the server is built). Calls are blocking: run them off the main thread.
//!
//! It fetches nonces in batches (one challenge round trip per [`NONCE_BATCH`] requests),
//! signs every request with the device key, and turns answers into typed results. TLS is
//! rustls with Mozilla's roots built in, as for directory updates; plain `http://` is for
//! loopback and tests.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use alongside_protocol::bounded;
use alongside_protocol::relay_api::{
    encode_batch, sign_request, AckResponse, AuthHeaders, BatchEnvelope, BatchError, ChallengeRequest,
    ChallengeResponse, ErrorResponse, HealthResponse, IdsRequest, InboxResponse, PullResponse, PurgeResponse,
    PutBatchResponse, PutResponse, RequestSigner, CHALLENGE_TTL_SECONDS, HEADER_DEVICE_KEY, HEADER_NONCE,
    HEADER_SIGNATURE, MAX_NONCES_PER_CHALLENGE,
};
use alongside_protocol::relay_api::{max_pull_answer_bytes, DEFAULT_PULL_LIMIT, MAX_ANSWER_BYTES, MAX_PULL_LIMIT};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use reqwest::blocking::Client;
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;

/// Nonces fetched per challenge request.
pub const NONCE_BATCH: u32 = 32;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const TOTAL_TIMEOUT: Duration = Duration::from_secs(60);
/// Nonces older than this are thrown away unused, leaving a margin before the relay's 60 s.
const NONCE_MAX_AGE: Duration = Duration::from_secs(CHALLENGE_TTL_SECONDS as u64 - 15);

/// Why a relay call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    #[error("the relay address is not a valid http(s) URL")]
    BadUrl,
    #[error("the relay could not be reached")]
    Unreachable,
    #[error("the relay answered {status} ({code})")]
    Refused { status: u16, code: String },
    #[error("the relay's answer was not understood")]
    BadResponse,
    /// The answer was larger than any the relay gives; reading stopped at the limit.
    #[error("the relay's answer was larger than any answer can be")]
    TooLarge,
    /// A batch the relay would refuse, found before sending it.
    #[error("the batch cannot be sent: {0}")]
    BadBatch(BatchError),
}

impl ClientError {
    /// The HTTP status of a refusal, if this is one.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Refused { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// An answer as received, for callers (and tests) that look at the status themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

/// A relay client signing as one device.
pub struct RelayClient<S: RequestSigner> {
    base: Url,
    http: Client,
    signer: S,
    nonces: VecDeque<(String, Instant)>,
}

fn tls_config() -> Option<rustls::ClientConfig> {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .ok()
        .map(|b| b.with_root_certificates(roots).with_no_client_auth())
}

impl<S: RequestSigner> RelayClient<S> {
    /// A client for the relay at `base_url` (`https://relay.example/` or a loopback `http://`).
    pub fn new(base_url: &str, signer: S) -> Result<Self, ClientError> {
        let base = Url::parse(base_url).map_err(|_| ClientError::BadUrl)?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() {
            return Err(ClientError::BadUrl);
        }
        let http = Client::builder()
            .tls_backend_preconfigured(tls_config().ok_or(ClientError::BadUrl)?)
            .user_agent(concat!("alongside-relay-client/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(TOTAL_TIMEOUT)
            .no_proxy()
            .referer(false)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| ClientError::BadUrl)?;
        Ok(RelayClient {
            base,
            http,
            signer,
            nonces: VecDeque::new(),
        })
    }

    /// The device key this client signs with.
    pub fn signer(&self) -> &S {
        &self.signer
    }

    fn url(&self, path_and_query: &str) -> Result<Url, ClientError> {
        self.base.join(path_and_query).map_err(|_| ClientError::BadUrl)
    }

    /// Sends a request as is (no signature added) and returns the raw answer.
    pub fn send_raw(
        &self,
        method: Method,
        path_and_query: &str,
        body: Vec<u8>,
        auth: Option<&AuthHeaders>,
    ) -> Result<RawResponse, ClientError> {
        let mut request = self.http.request(method.clone(), self.url(path_and_query)?);
        if let Some(a) = auth {
            request = request
                .header(HEADER_DEVICE_KEY, &a.device_key)
                .header(HEADER_NONCE, &a.nonce)
                .header(HEADER_SIGNATURE, &a.signature);
        }
        if !body.is_empty() {
            request = request.body(body);
        }
        let response = request.send().map_err(|_| ClientError::Unreachable)?;
        let status = response.status().as_u16();
        // Bounded while reading, whatever the length it declares (or none, if chunked).
        let limit = answer_limit(&method, path_and_query);
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(ClientError::TooLarge);
        }
        let body = bounded::read_to_limit(response, limit).map_err(|e| {
            if e.is_too_large() {
                ClientError::TooLarge
            } else {
                ClientError::Unreachable
            }
        })?;
        Ok(RawResponse { status, body })
    }

    /// Asks for `count` nonces for this device.
    pub fn challenge(&self, count: u32) -> Result<ChallengeResponse, ClientError> {
        let req = ChallengeRequest {
            device_key: B64.encode(self.signer.public_key()),
            count: Some(count),
        };
        let body = serde_json::to_vec(&req).map_err(|_| ClientError::BadResponse)?;
        let raw = self.send_raw(Method::POST, "/v1/challenge", body, None)?;
        decode(raw)
    }

    fn next_nonce(&mut self) -> Result<String, ClientError> {
        while let Some((nonce, at)) = self.nonces.pop_front() {
            if at.elapsed() < NONCE_MAX_AGE {
                return Ok(nonce);
            }
        }
        let now = Instant::now();
        let fresh = self.challenge(NONCE_BATCH.min(MAX_NONCES_PER_CHALLENGE))?;
        self.nonces.extend(fresh.nonces.into_iter().map(|n| (n, now)));
        self.nonces.pop_front().map(|(n, _)| n).ok_or(ClientError::BadResponse)
    }

    /// Signs one request with a fresh nonce, without sending it.
    pub fn sign(&mut self, method: &Method, path_and_query: &str, body: &[u8]) -> Result<AuthHeaders, ClientError> {
        let nonce = self.next_nonce()?;
        Ok(sign_request(
            &self.signer,
            &nonce,
            method.as_str(),
            path_and_query,
            body,
        ))
    }

    /// Signs and sends one request. A 401 means the relay did nothing, most often because
    /// it restarted and forgot the nonces fetched earlier, so the nonces in hand are dropped
    /// and the request is signed afresh and sent once more.
    pub fn send_signed(
        &mut self,
        method: Method,
        path_and_query: &str,
        body: Vec<u8>,
    ) -> Result<RawResponse, ClientError> {
        let auth = self.sign(&method, path_and_query, &body)?;
        let raw = self.send_raw(method.clone(), path_and_query, body.clone(), Some(&auth))?;
        if raw.status != StatusCode::UNAUTHORIZED.as_u16() {
            return Ok(raw);
        }
        self.nonces.clear();
        let auth = self.sign(&method, path_and_query, &body)?;
        self.send_raw(method, path_and_query, body, Some(&auth))
    }

    /// Registers `inbox` to this device (first registration wins).
    pub fn register_inbox(&mut self, inbox: &str) -> Result<InboxResponse, ClientError> {
        decode(self.send_signed(Method::PUT, &format!("/v1/inboxes/{inbox}"), Vec::new())?)
    }

    /// Puts one sealed envelope; `stored` is false if it was there already.
    pub fn put(&mut self, inbox: &str, envelope_id: &str, body: &[u8]) -> Result<PutResponse, ClientError> {
        let path = format!("/v1/inboxes/{inbox}/envelopes/{envelope_id}");
        decode(self.send_signed(Method::PUT, &path, body.to_vec())?)
    }

    /// Puts up to 64 sealed envelopes, for any inboxes, in one request under one signature
    /// (at most 4 MiB in all; see [`alongside_protocol::relay_api::encode_batch`]). The relay
    /// stores them in one transaction and answers one outcome per envelope, in order; a
    /// refused envelope does not hold back the others, and sending the batch again is safe.
    pub fn put_batch(&mut self, envelopes: &[BatchEnvelope<'_>]) -> Result<PutBatchResponse, ClientError> {
        let body = encode_batch(envelopes).map_err(ClientError::BadBatch)?;
        decode(self.send_signed(Method::POST, "/v1/envelopes", body)?)
    }

    /// Pulls a page of this device's inbox after `after`.
    pub fn pull(&mut self, inbox: &str, after: Option<&str>, limit: Option<u32>) -> Result<PullResponse, ClientError> {
        let mut path = format!("/v1/inboxes/{inbox}/envelopes");
        let mut sep = '?';
        if let Some(a) = after {
            path.push_str(&format!("{sep}after={a}"));
            sep = '&';
        }
        if let Some(l) = limit {
            path.push_str(&format!("{sep}limit={l}"));
        }
        decode(self.send_signed(Method::GET, &path, Vec::new())?)
    }

    /// Acknowledges envelopes of this device's inbox, deleting them at the relay.
    pub fn ack(&mut self, inbox: &str, ids: &[String]) -> Result<AckResponse, ClientError> {
        let body = ids_body(ids)?;
        decode(self.send_signed(Method::POST, &format!("/v1/inboxes/{inbox}/ack"), body)?)
    }

    /// Deletes undelivered envelopes this device put.
    pub fn purge(&mut self, ids: &[String]) -> Result<PurgeResponse, ClientError> {
        let body = ids_body(ids)?;
        decode(self.send_signed(Method::POST, "/v1/purge", body)?)
    }

    /// The relay's health.
    pub fn health(&self) -> Result<HealthResponse, ClientError> {
        decode(self.send_raw(Method::GET, "/health", Vec::new(), None)?)
    }
}

/// The largest answer `method` on `path_and_query` can have: a pull's depends on how many
/// envelopes it asked for (the relay's default if it named none).
fn answer_limit(method: &Method, path_and_query: &str) -> usize {
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    if *method == Method::GET && path.starts_with("/v1/inboxes/") && path.ends_with("/envelopes") {
        let limit = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("limit="))
            .and_then(|l| l.parse::<u32>().ok())
            .unwrap_or(DEFAULT_PULL_LIMIT)
            .min(MAX_PULL_LIMIT);
        max_pull_answer_bytes(limit)
    } else {
        MAX_ANSWER_BYTES
    }
}

fn ids_body(ids: &[String]) -> Result<Vec<u8>, ClientError> {
    serde_json::to_vec(&IdsRequest { ids: ids.to_vec() }).map_err(|_| ClientError::BadResponse)
}

fn decode<T: DeserializeOwned>(raw: RawResponse) -> Result<T, ClientError> {
    if StatusCode::from_u16(raw.status).is_ok_and(|s| s.is_success()) {
        serde_json::from_slice(&raw.body).map_err(|_| ClientError::BadResponse)
    } else {
        let code = serde_json::from_slice::<ErrorResponse>(&raw.body)
            .map(|e| e.error)
            .unwrap_or_default();
        Err(ClientError::Refused {
            status: raw.status,
            code,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alongside_protocol::device::DeviceKey;
    use alongside_protocol::relay_api::MAX_ENVELOPE_BYTES;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::thread::JoinHandle;

    /// What a misbehaving server offers at most; a bounded client stops long before.
    const OFFERED: usize = 64 * 1024 * 1024;

    /// A loopback server answering one request with `head` and then `body_bytes` zeros (or
    /// fewer, if the client hangs up); the thread returns how many it managed to send.
    fn serve_once(head: String, body_bytes: usize) -> (String, JoinHandle<usize>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            let mut out = stream;
            if out.write_all(head.as_bytes()).is_err() {
                return 0;
            }
            let chunk = vec![0u8; 64 * 1024];
            let mut sent = 0;
            while sent < body_bytes {
                if out.write_all(&chunk).is_err() {
                    break;
                }
                sent += chunk.len();
            }
            sent
        });
        (url, server)
    }

    fn client(url: &str) -> RelayClient<DeviceKey> {
        RelayClient::new(url, DeviceKey::generate().unwrap()).unwrap()
    }

    #[test]
    fn an_answer_that_never_ends_is_refused_once_past_the_largest_a_relay_gives() {
        let (url, server) = serve_once("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".into(), OFFERED);
        assert_eq!(client(&url).health(), Err(ClientError::TooLarge));
        let sent = server.join().unwrap();
        // Sent beyond the limit: only what the sockets' buffers held when the client left.
        assert!(sent < OFFERED / 2, "the client read {sent} bytes");
    }

    #[test]
    fn an_answer_declared_too_large_is_refused_without_reading_it() {
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            MAX_ANSWER_BYTES + 1
        );
        let (url, server) = serve_once(head, 0);
        assert_eq!(client(&url).health(), Err(ClientError::TooLarge));
        server.join().unwrap();
    }

    #[test]
    fn a_pull_may_answer_with_as_many_envelopes_as_it_asked_for() {
        let pull = |q: &str| answer_limit(&Method::GET, &format!("/v1/inboxes/abc/envelopes{q}"));
        assert_eq!(pull(""), max_pull_answer_bytes(DEFAULT_PULL_LIMIT));
        assert_eq!(pull("?after=7&limit=3"), max_pull_answer_bytes(3));
        assert_eq!(pull("?limit=100000"), max_pull_answer_bytes(MAX_PULL_LIMIT));
        assert!(max_pull_answer_bytes(1) > MAX_ENVELOPE_BYTES * 4 / 3);
        assert_eq!(answer_limit(&Method::POST, "/v1/purge"), MAX_ANSWER_BYTES);
        assert!(include_str!("openapi.json").len() < MAX_ANSWER_BYTES);
    }
}
