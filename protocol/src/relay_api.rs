//! The care-team relay's HTTP API, version 1: request and response bodies, limits, and the
//! signed-challenge authentication that the relay and its clients (the core, the CLI) share.
//!
//! ## Authentication
//!
//! Every call except `POST /v1/challenge`, `GET /health` and `GET /openapi.json` carries
//! three headers:
//!
//! ```text
//! alongside-device-key: <standard base64 of the 32-byte Ed25519 public key>
//! alongside-nonce:      <a nonce from POST /v1/challenge, as issued>
//! alongside-signature:  <standard base64 of the 64-byte Ed25519 signature>
//! ```
//!
//! The signature is Ed25519 (as libsodium's `crypto_sign_detached`) over
//!
//! ```text
//! "alongside-relay-auth/1" 0x00 nonce 0x00 METHOD 0x00 path-and-query 0x00 SHA-256(body)
//! ```
//!
//! where `nonce` is the nonce's text as issued, `METHOD` is upper case (`PUT`), and
//! `path-and-query` is the request target exactly as sent (`/v1/inboxes/abc/envelopes?limit=10`).
//! The body digest (32 raw bytes; the digest of no bytes for a bodiless request) binds the
//! body too, so a signed purge or ack cannot be altered in flight to name other envelopes.
//!
//! A nonce is issued for one device key, lives for [`CHALLENGE_TTL_SECONDS`] and is accepted
//! once: a replayed request is refused. A client may ask for up to [`MAX_NONCES_PER_CHALLENGE`]
//! nonces at a time so that pushing many envelopes costs one extra round trip, not one each.
//!
//! ## Identifiers
//!
//! Inbox ids and envelope ids are chosen by clients (random, at least 16 bytes, encoded in
//! base64url or hex); the relay accepts 1 to [`MAX_ID_LEN`] characters of `A-Z a-z 0-9 _ -`.
//! Envelope ids are unique across the relay: putting the same id again is a no-op.
//!
//! ## Batched puts
//!
//! `POST /v1/envelopes` carries up to [`MAX_BATCH_ENVELOPES`] envelopes, for any inboxes,
//! in one body of at most [`MAX_BATCH_BYTES`] ([`encode_batch`] gives the layout), under
//! one signature over the whole body. The relay stores them in one transaction and
//! answers with one [`PutOutcome`] per envelope, so each keeps the single put's meaning.

use base64::engine::general_purpose::{STANDARD as B64, URL_SAFE_NO_PAD as B64URL};
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The domain separator of request signatures.
pub const AUTH_DOMAIN: &[u8] = b"alongside-relay-auth/1";
/// Header with the device's Ed25519 public key (standard base64).
pub const HEADER_DEVICE_KEY: &str = "alongside-device-key";
/// Header with the nonce being spent.
pub const HEADER_NONCE: &str = "alongside-nonce";
/// Header with the request signature (standard base64).
pub const HEADER_SIGNATURE: &str = "alongside-signature";

/// The largest envelope the relay stores, in bytes; a larger one is answered with 413.
pub const MAX_ENVELOPE_BYTES: usize = 256 * 1024;
/// How long an issued nonce stays usable.
pub const CHALLENGE_TTL_SECONDS: u32 = 60;
/// The most nonces one challenge request may ask for.
pub const MAX_NONCES_PER_CHALLENGE: u32 = 100;
/// Envelopes per pull when the client names no limit.
pub const DEFAULT_PULL_LIMIT: u32 = 100;
/// The most envelopes one pull returns.
pub const MAX_PULL_LIMIT: u32 = 500;
/// The most ids one ack or purge may name.
pub const MAX_IDS_PER_REQUEST: usize = 1000;
/// The longest inbox or envelope id.
pub const MAX_ID_LEN: usize = 64;
/// The largest answer a client reads to any request but a pull (nonces, outcomes, lists
/// of at most [`MAX_IDS_PER_REQUEST`] ids, errors, the OpenAPI document), checked while
/// reading.
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// The largest answer a client reads to a pull of `limit` envelopes: each at most
/// [`MAX_ENVELOPE_BYTES`] in base64, with its id, cursor and day.
pub const fn max_pull_answer_bytes(limit: u32) -> usize {
    let per_envelope = MAX_ENVELOPE_BYTES.div_ceil(3) * 4 + 256;
    limit as usize * per_envelope + 1024
}

/// True if `id` is acceptable as an inbox or envelope id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID_LEN && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `POST /v1/challenge`: ask for nonces for one device key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengeRequest {
    /// The device's Ed25519 public key, standard base64.
    pub device_key: String,
    /// How many nonces (1 to [`MAX_NONCES_PER_CHALLENGE`]; 1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

/// The answer to a challenge request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeResponse {
    /// Single-use nonces, each usable once within `expires_in_seconds`.
    pub nonces: Vec<String>,
    pub expires_in_seconds: u32,
}

/// `PUT /v1/inboxes/{inbox}`: 201 when this call registered the inbox to the caller's key,
/// 200 when it was already the caller's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxResponse {
    pub inbox: String,
    pub created: bool,
}

/// `PUT /v1/inboxes/{inbox}/envelopes/{envelope_id}`: 201 when stored, 200 when the same
/// sender had already put this id into this inbox (nothing changed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PutResponse {
    pub id: String,
    pub stored: bool,
}

/// One envelope in a pull.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PulledEnvelope {
    pub id: String,
    /// Pass as `after` to continue after this envelope.
    pub cursor: String,
    /// The envelope bytes exactly as put, standard base64.
    pub body: String,
    /// The day the relay received it, `YYYY-MM-DD` (UTC); the relay keeps no finer time.
    pub received_day: String,
}

impl PulledEnvelope {
    /// The envelope bytes, or `None` if the relay sent something that is not base64.
    pub fn body_bytes(&self) -> Option<Vec<u8>> {
        B64.decode(self.body.as_bytes()).ok()
    }
}

/// `GET /v1/inboxes/{inbox}/envelopes?after=CURSOR&limit=N`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    pub envelopes: Vec<PulledEnvelope>,
    /// The cursor to pass as `after` next time (the last envelope's, or the one given).
    pub next_cursor: Option<String>,
    /// True if more envelopes were waiting beyond this page.
    pub more: bool,
}

/// `POST /v1/inboxes/{inbox}/ack` and `POST /v1/purge`: the envelope ids concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdsRequest {
    pub ids: Vec<String>,
}

/// The answer to an ack: how many of the named envelopes were deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AckResponse {
    pub deleted: u32,
}

/// The answer to a purge, one list per outcome; every named id is in exactly one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeResponse {
    /// Undelivered envelopes this device had put: now deleted.
    pub purged: Vec<String>,
    /// Envelopes this device had put that were already delivered (their recipient has them).
    pub delivered: Vec<String>,
    /// Ids that are unknown, expired, or were put by another device: nothing was done.
    pub refused: Vec<String>,
}

/// `GET /health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthResponse {
    /// `"ok"` when the store answers.
    pub status: String,
    pub version: String,
}

/// Every error answer's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorResponse {
    /// A stable code: `bad_request`, `unauthorized`, `forbidden`, `not_found`, `conflict`,
    /// `too_large`, `timeout`, `rate_limited`, `quota_exceeded`, `unavailable`, `internal`.
    pub error: String,
    /// A plain sentence for logs and developers; never contains ids or keys.
    pub message: String,
}

/// Something that can sign relay requests: a device's Ed25519 key.
pub trait RequestSigner {
    /// The Ed25519 public key the relay knows this device by.
    fn public_key(&self) -> [u8; 32];
    /// An Ed25519 signature over `message`.
    fn sign(&self, message: &[u8]) -> [u8; 64];
}

impl RequestSigner for SigningKey {
    fn public_key(&self) -> [u8; 32] {
        self.verifying_key().to_bytes()
    }

    fn sign(&self, message: &[u8]) -> [u8; 64] {
        Signer::sign(self, message).to_bytes()
    }
}

/// The three authentication header values of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthHeaders {
    pub device_key: String,
    pub nonce: String,
    pub signature: String,
}

/// Why a request's authentication headers were refused (before the nonce is looked up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("the device key is not a valid Ed25519 public key")]
    BadKey,
    #[error("the nonce is malformed")]
    BadNonce,
    #[error("the signature is malformed or does not match the request")]
    BadSignature,
}

/// The bytes a device signs for one request (see the module docs).
pub fn auth_message(nonce: &str, method: &str, path_and_query: &str, body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(AUTH_DOMAIN.len() + nonce.len() + method.len() + path_and_query.len() + 36);
    for part in [
        AUTH_DOMAIN,
        nonce.as_bytes(),
        method.as_bytes(),
        path_and_query.as_bytes(),
    ] {
        m.extend_from_slice(part);
        m.push(0);
    }
    m.extend_from_slice(&Sha256::digest(body));
    m
}

/// Signs one request with `signer`, spending `nonce`.
pub fn sign_request(
    signer: &impl RequestSigner,
    nonce: &str,
    method: &str,
    path_and_query: &str,
    body: &[u8],
) -> AuthHeaders {
    let signature = signer.sign(&auth_message(nonce, method, path_and_query, body));
    AuthHeaders {
        device_key: B64.encode(signer.public_key()),
        nonce: nonce.to_string(),
        signature: B64.encode(signature),
    }
}

/// Parses a device key as sent in a challenge request or header.
pub fn parse_device_key(text: &str) -> Result<VerifyingKey, AuthError> {
    let bytes: [u8; 32] = B64
        .decode(text.as_bytes())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(AuthError::BadKey)?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| AuthError::BadKey)
}

/// Checks the signature of one request and returns the nonce's raw bytes and the device
/// key. The caller must still spend the nonce (once, for this key, unexpired).
pub fn verify_request(
    headers: &AuthHeaders,
    method: &str,
    path_and_query: &str,
    body: &[u8],
) -> Result<([u8; NONCE_BYTES], VerifyingKey), AuthError> {
    let key = parse_device_key(&headers.device_key)?;
    let nonce = decode_nonce(&headers.nonce).ok_or(AuthError::BadNonce)?;
    let sig: [u8; 64] = B64
        .decode(headers.signature.as_bytes())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(AuthError::BadSignature)?;
    key.verify_strict(
        &auth_message(&headers.nonce, method, path_and_query, body),
        &Signature::from_bytes(&sig),
    )
    .map_err(|_| AuthError::BadSignature)?;
    Ok((nonce, key))
}

/// The length of a nonce in bytes.
pub const NONCE_BYTES: usize = 32;

/// A nonce's text form (base64url without padding).
pub fn encode_nonce(nonce: &[u8; NONCE_BYTES]) -> String {
    B64URL.encode(nonce)
}

/// A nonce's bytes from its text form, if well formed.
pub fn decode_nonce(text: &str) -> Option<[u8; NONCE_BYTES]> {
    B64URL.decode(text.as_bytes()).ok().and_then(|b| b.try_into().ok())
}

/// The short, non-reversible handle the relay stores instead of a device key: SHA-256 of
/// the key's 32 bytes.
pub fn device_hash(key: &VerifyingKey) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

/// `POST /v1/envelopes`: the most envelopes one batched put may carry; more is answered with 413.
pub const MAX_BATCH_ENVELOPES: usize = 64;
/// `POST /v1/envelopes`: the largest batch body in bytes (framing included); more is
/// answered with 413. Each envelope in it is still capped at [`MAX_ENVELOPE_BYTES`].
pub const MAX_BATCH_BYTES: usize = 4 * 1024 * 1024;
/// The version byte that opens a batch body.
pub const BATCH_VERSION: u8 = 1;

/// One envelope of a batched put, borrowed from the batch body (or from the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchEnvelope<'a> {
    /// The recipient's inbox.
    pub inbox: &'a str,
    /// The envelope id, as for a single put.
    pub id: &'a str,
    /// The sealed envelope bytes, 1 to [`MAX_ENVELOPE_BYTES`].
    pub body: &'a [u8],
}

/// Why a batch body was refused. The relay answers 413 to [`BatchError::TooLarge`] and
/// [`BatchError::TooMany`], 400 to the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BatchError {
    #[error("the batch names no envelopes, or an envelope is empty")]
    Empty,
    #[error("the batch holds more than 64 envelopes")]
    TooMany,
    #[error("an envelope is larger than 256 KiB, or the batch larger than 4 MiB")]
    TooLarge,
    #[error("an inbox or envelope id is malformed")]
    BadId,
    #[error("the batch body is not in the batch format")]
    Malformed,
}

/// Encodes a batched put's body (the layout is in `docs/protocol.md`):
///
/// ```text
/// version (1 byte, 1) || count (u16)
/// then per envelope: inbox length (u8) || inbox || id length (u8) || id || body length (u32) || body
/// ```
///
/// Refuses what the relay would refuse, so a caller learns before uploading.
pub fn encode_batch(envelopes: &[BatchEnvelope<'_>]) -> Result<Vec<u8>, BatchError> {
    if envelopes.is_empty() {
        return Err(BatchError::Empty);
    }
    if envelopes.len() > MAX_BATCH_ENVELOPES {
        return Err(BatchError::TooMany);
    }
    let size = 3 + envelopes
        .iter()
        .map(|e| 6 + e.inbox.len() + e.id.len() + e.body.len())
        .sum::<usize>();
    if size > MAX_BATCH_BYTES {
        return Err(BatchError::TooLarge);
    }
    let mut out = Vec::with_capacity(size);
    out.push(BATCH_VERSION);
    // At most MAX_BATCH_ENVELOPES, checked above, so the count fits a u16.
    out.extend_from_slice(&(envelopes.len() as u16).to_be_bytes());
    for e in envelopes {
        if !is_valid_id(e.inbox) || !is_valid_id(e.id) {
            return Err(BatchError::BadId);
        }
        if e.body.is_empty() {
            return Err(BatchError::Empty);
        }
        if e.body.len() > MAX_ENVELOPE_BYTES {
            return Err(BatchError::TooLarge);
        }
        // Valid ids are at most MAX_ID_LEN (64) bytes and bodies at most 256 KiB, so the
        // length prefixes cannot overflow.
        out.push(e.inbox.len() as u8);
        out.extend_from_slice(e.inbox.as_bytes());
        out.push(e.id.len() as u8);
        out.extend_from_slice(e.id.as_bytes());
        out.extend_from_slice(&(e.body.len() as u32).to_be_bytes());
        out.extend_from_slice(e.body);
    }
    Ok(out)
}

/// Reads a batched put's body without copying the envelopes. Every envelope must be
/// well formed for any to be accepted: the relay stores all of a batch's envelopes that
/// it may, or, if the body is refused here, none.
pub fn decode_batch(bytes: &[u8]) -> Result<Vec<BatchEnvelope<'_>>, BatchError> {
    if bytes.len() > MAX_BATCH_BYTES {
        return Err(BatchError::TooLarge);
    }
    let mut r = Reader(bytes);
    if r.take(1)? != [BATCH_VERSION] {
        return Err(BatchError::Malformed);
    }
    let count = usize::from(u16::from_be_bytes(r.array()?));
    if count == 0 {
        return Err(BatchError::Empty);
    }
    if count > MAX_BATCH_ENVELOPES {
        return Err(BatchError::TooMany);
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let inbox = r.id()?;
        let id = r.id()?;
        let len = u32::from_be_bytes(r.array()?) as usize;
        if len == 0 {
            return Err(BatchError::Empty);
        }
        if len > MAX_ENVELOPE_BYTES {
            return Err(BatchError::TooLarge);
        }
        out.push(BatchEnvelope {
            inbox,
            id,
            body: r.take(len)?,
        });
    }
    if !r.0.is_empty() {
        return Err(BatchError::Malformed);
    }
    Ok(out)
}

/// A cursor over a batch body.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BatchError> {
        if self.0.len() < n {
            return Err(BatchError::Malformed);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], BatchError> {
        self.take(N)?.try_into().map_err(|_| BatchError::Malformed)
    }

    fn id(&mut self) -> Result<&'a str, BatchError> {
        let [len] = self.array::<1>()?;
        let id = std::str::from_utf8(self.take(usize::from(len))?).map_err(|_| BatchError::BadId)?;
        if is_valid_id(id) {
            Ok(id)
        } else {
            Err(BatchError::BadId)
        }
    }
}

/// What a batched put did with one envelope; the same outcomes as a single put's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PutOutcome {
    /// Stored now (a single put answers 201).
    Stored,
    /// This sender had already put this id into this inbox: nothing changed (200).
    AlreadyStored,
    /// The id is taken by another sender or inbox: not stored (409).
    Conflict,
    /// The inbox is not registered: not stored (404).
    NoSuchInbox,
    /// Storing it would take the sender past its quota of waiting envelopes or bytes: not
    /// stored (429 `quota_exceeded`). Envelopes are judged in order, so those before it
    /// may have been stored.
    QuotaExceeded,
}

/// One envelope's result in a batched put.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PutResult {
    pub id: String,
    pub outcome: PutOutcome,
}

/// `POST /v1/envelopes` (200): one result per envelope, in the order they were sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PutBatchResponse {
    pub results: Vec<PutResult>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn nonce() -> String {
        encode_nonce(&[9; NONCE_BYTES])
    }

    #[test]
    fn a_signed_request_verifies_for_its_method_path_and_body_only() {
        let k = key(1);
        let h = sign_request(&k, &nonce(), "PUT", "/v1/inboxes/a/envelopes/b", b"body");
        let (n, vk) = verify_request(&h, "PUT", "/v1/inboxes/a/envelopes/b", b"body").unwrap();
        assert_eq!(n, [9; NONCE_BYTES]);
        assert_eq!(vk.to_bytes(), k.public_key());
        for (m, p, b) in [
            ("GET", "/v1/inboxes/a/envelopes/b", &b"body"[..]),
            ("PUT", "/v1/inboxes/c/envelopes/b", b"body"),
            ("PUT", "/v1/inboxes/a/envelopes/b", b"bodY"),
        ] {
            assert_eq!(verify_request(&h, m, p, b), Err(AuthError::BadSignature));
        }
    }

    #[test]
    fn a_signature_by_another_key_or_for_another_nonce_is_refused() {
        let h = sign_request(&key(1), &nonce(), "POST", "/v1/purge", b"{}");
        let other = AuthHeaders {
            device_key: B64.encode(key(2).public_key()),
            ..h.clone()
        };
        assert_eq!(
            verify_request(&other, "POST", "/v1/purge", b"{}"),
            Err(AuthError::BadSignature)
        );
        let renonced = AuthHeaders {
            nonce: encode_nonce(&[8; NONCE_BYTES]),
            ..h.clone()
        };
        assert_eq!(
            verify_request(&renonced, "POST", "/v1/purge", b"{}"),
            Err(AuthError::BadSignature)
        );
        let garbled = AuthHeaders {
            nonce: "not a nonce".into(),
            ..h
        };
        assert_eq!(
            verify_request(&garbled, "POST", "/v1/purge", b"{}"),
            Err(AuthError::BadNonce)
        );
    }

    #[test]
    fn the_signed_bytes_follow_the_documented_layout() {
        let m = auth_message("n", "GET", "/p?q=1", b"");
        let mut expected = b"alongside-relay-auth/1\0n\0GET\0/p?q=1\0".to_vec();
        expected.extend_from_slice(&Sha256::digest(b""));
        assert_eq!(m, expected);
    }

    #[test]
    fn a_batch_round_trips_in_the_documented_layout() {
        let batch = [
            BatchEnvelope {
                inbox: "in",
                id: "e1",
                body: b"\x00\xff",
            },
            BatchEnvelope {
                inbox: "other",
                id: "e2",
                body: b"x",
            },
        ];
        let bytes = encode_batch(&batch).unwrap();
        let mut expected = vec![1, 0, 2];
        expected.extend_from_slice(b"\x02in\x02e1\x00\x00\x00\x02\x00\xff");
        expected.extend_from_slice(b"\x05other\x02e2\x00\x00\x00\x01x");
        assert_eq!(bytes, expected);
        assert_eq!(decode_batch(&bytes).unwrap(), batch);
    }

    #[test]
    fn a_batch_that_breaks_a_limit_or_the_layout_is_refused() {
        let one = |body: &'static [u8]| BatchEnvelope {
            inbox: "in",
            id: "e1",
            body,
        };
        assert_eq!(encode_batch(&[]), Err(BatchError::Empty));
        assert_eq!(encode_batch(&[one(b"")]), Err(BatchError::Empty));
        assert_eq!(
            encode_batch(&[one(b"x"); MAX_BATCH_ENVELOPES + 1]),
            Err(BatchError::TooMany)
        );
        let big = vec![0u8; MAX_ENVELOPE_BYTES + 1];
        let over = BatchEnvelope { body: &big, ..one(b"") };
        assert_eq!(encode_batch(&[over]), Err(BatchError::TooLarge));
        let bad_id = BatchEnvelope { id: "a b", ..one(b"x") };
        assert_eq!(encode_batch(&[bad_id]), Err(BatchError::BadId));

        let good = encode_batch(&[one(b"xy")]).unwrap();
        assert_eq!(decode_batch(&good[..good.len() - 1]), Err(BatchError::Malformed));
        assert_eq!(
            decode_batch(&[good.clone(), vec![0]].concat()),
            Err(BatchError::Malformed)
        );
        assert_eq!(decode_batch(&[&[2], &good[1..]].concat()), Err(BatchError::Malformed));
        assert_eq!(decode_batch(&[1, 0, 0]), Err(BatchError::Empty));
        assert_eq!(decode_batch(&[1, 0, 65]), Err(BatchError::TooMany));
        assert_eq!(decode_batch(&[]), Err(BatchError::Malformed));
        let mut oversize = vec![1, 0, 1, 2, b'i', b'n', 2, b'e', b'1'];
        oversize.extend_from_slice(&(MAX_ENVELOPE_BYTES as u32 + 1).to_be_bytes());
        assert_eq!(
            decode_batch(&oversize),
            Err(BatchError::TooLarge),
            "refused before the bytes arrive"
        );
        let slash = [1, 0, 1, 1, b'/', 1, b'e', 0, 0, 0, 1, b'x'];
        assert_eq!(decode_batch(&slash), Err(BatchError::BadId));
    }

    #[test]
    fn batch_outcomes_are_snake_case_words() {
        let r = PutBatchResponse {
            results: vec![PutResult {
                id: "e".into(),
                outcome: PutOutcome::AlreadyStored,
            }],
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"results":[{"id":"e","outcome":"already_stored"}]}"#
        );
    }

    #[test]
    fn ids_are_short_url_safe_words() {
        assert!(is_valid_id("AbC-_09"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a/b"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(&"a".repeat(MAX_ID_LEN + 1)));
        assert!(parse_device_key("AAAA").is_err());
    }
}
