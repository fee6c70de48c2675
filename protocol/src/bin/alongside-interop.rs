//! `alongside-interop`: a test driver that lets tests/python/sharing_interop_test.py prove
//! the sharing formats against real libsodium (PyNaCl). It reads one JSON request on
//! stdin and writes one JSON answer on stdout: `{"ok": {...}}`, or `{"error": "Name"}`
//! where Name is the Rust error variant (a refusal is an answer, not a failure). Exit
//! status 2 means the request itself was not understood.
//!
//! Bytes travel as standard base64; ids as 32 lowercase hex digits. Operations, by `op`:
//!
//! - `identity` {signing_seed, sealing_secret} → {signing, sealing}
//! - `sign` {signing_seed, message} → {signature}; `verify` {public, message, signature} → {valid}
//! - `seal-raw` {recipient, plaintext} → {ciphertext}; `open-raw` {sealing_secret, ciphertext} → {plaintext}
//! - `envelope-seal` {sender: secrets, recipient: identity, inbox, id, item} → {envelope}
//! - `envelope-open` {recipient: secrets, paired: [signing], envelope} → {id, sender, item}
//! - `invite-encode` {member: secrets, invite} → {code}; `invite-decode` {code} → {invite}
//! - `safety-number` {a: identity, b: identity} → {digits, display}
//!
//! where secrets is {signing_seed, sealing_secret}, identity is {signing, sealing}, item is
//! {id, version, kind, payload} and invite is {relay_url, inbox, display_name, role,
//! created_at (Unix seconds)} plus, when decoded, the member's {signing, sealing}.
//!
//! Not part of the app: it handles test keys given on stdin and exists only for tests.

use std::io::Write;
use std::process::ExitCode;

use alongside_protocol::bounded;
use alongside_protocol::device::{BoxPublicKey, DeviceIdentity, DeviceKey};
use alongside_protocol::envelope::{self, Envelope, EnvelopeId, InboxId, Item, Kind};
use alongside_protocol::fingerprint::safety_number;
use alongside_protocol::invite::Invite;
use alongside_protocol::keys::PublicKey;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use crypto_box::aead::OsRng;
use serde_json::{json, Value};

/// The largest request read from stdin: an envelope (at most 256 KiB) as JSON, with room.
const MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;

/// The request was not understood (as opposed to refused by the protocol).
struct BadRequest(String);

type Answer = Result<Result<Value, String>, BadRequest>;

fn main() -> ExitCode {
    let input = match bounded::read_to_limit(std::io::stdin().lock(), MAX_REQUEST_BYTES).map(String::from_utf8) {
        Ok(Ok(input)) => input,
        Ok(Err(_)) => {
            eprintln!("stdin is not UTF-8");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("stdin: {e}");
            return ExitCode::from(2);
        }
    };
    let answer = serde_json::from_str::<Value>(&input)
        .map_err(|e| BadRequest(format!("not JSON: {e}")))
        .and_then(|req| handle(&req));
    match answer {
        Ok(result) => {
            let out = match result {
                Ok(v) => json!({ "ok": v }),
                Err(name) => json!({ "error": name }),
            };
            let mut stdout = std::io::stdout();
            let _ = writeln!(stdout, "{out}");
            ExitCode::SUCCESS
        }
        Err(BadRequest(why)) => {
            eprintln!("bad request: {why}");
            ExitCode::from(2)
        }
    }
}

fn handle(req: &Value) -> Answer {
    match text(req, "op")? {
        "identity" => {
            let id = secrets(req)?.identity();
            Ok(Ok(identity_json(&id)))
        }
        "sign" => {
            let key = DeviceKey::from_secrets(&bytes32(req, "signing_seed")?, &[0; 32]);
            Ok(Ok(
                json!({ "signature": B64.encode(key.sign(&bytes(req, "message")?)) }),
            ))
        }
        "verify" => {
            let id = DeviceIdentity {
                signing: PublicKey(bytes32(req, "public")?),
                sealing: BoxPublicKey([0; 32]),
            };
            let sig: [u8; 64] = bytes(req, "signature")?
                .try_into()
                .map_err(|_| BadRequest("signature is not 64 bytes".into()))?;
            Ok(Ok(json!({ "valid": id.verify(&bytes(req, "message")?, &sig) })))
        }
        "seal-raw" => {
            let recipient = crypto_box::PublicKey::from_bytes(bytes32(req, "recipient")?);
            let sealed = recipient
                .seal(&mut OsRng, &bytes(req, "plaintext")?)
                .map_err(|_| BadRequest("sealing failed".into()))?;
            Ok(Ok(json!({ "ciphertext": B64.encode(sealed) })))
        }
        "open-raw" => {
            let secret = crypto_box::SecretKey::from_bytes(bytes32(req, "sealing_secret")?);
            Ok(match secret.unseal(&bytes(req, "ciphertext")?) {
                Ok(plain) => Ok(json!({ "plaintext": B64.encode(plain) })),
                Err(_) => Err("Undecryptable".into()),
            })
        }
        "envelope-seal" => envelope_seal(req),
        "envelope-open" => envelope_open(req),
        "invite-encode" => invite_encode(req),
        "invite-decode" => Ok(Invite::decode(text(req, "code")?)
            .map(|inv| invite_json(&inv))
            .map_err(error_name)),
        "safety-number" => {
            let n = safety_number(&identity(field(req, "a")?)?, &identity(field(req, "b")?)?);
            Ok(Ok(json!({ "digits": n.digits(), "display": n.to_string() })))
        }
        other => Err(BadRequest(format!("unknown op {other:?}"))),
    }
}

fn envelope_seal(req: &Value) -> Answer {
    let sender = secrets(field(req, "sender")?)?;
    let recipient = identity(field(req, "recipient")?)?;
    let inbox = InboxId::from_hex(text(req, "inbox")?).map_err(|_| BadRequest("inbox".into()))?;
    let id = EnvelopeId::from_hex(text(req, "id")?).map_err(|_| BadRequest("id".into()))?;
    let item = field(req, "item")?;
    let kind = match Kind::new(text(item, "kind")?) {
        Ok(k) => k,
        Err(e) => return Ok(Err(error_name(e))),
    };
    let item = Item {
        id: text(item, "id")?.to_string(),
        version: field(item, "version")?
            .as_u64()
            .ok_or_else(|| BadRequest("version".into()))?,
        kind,
        payload: bytes(item, "payload")?,
    };
    Ok(envelope::seal(&sender, &recipient, inbox, id, &item)
        .map(|env| json!({ "envelope": String::from_utf8_lossy(&env.to_json()) }))
        .map_err(error_name))
}

fn envelope_open(req: &Value) -> Answer {
    let recipient = secrets(field(req, "recipient")?)?;
    let paired = field(req, "paired")?
        .as_array()
        .ok_or_else(|| BadRequest("paired is not a list".into()))?
        .iter()
        .map(|v| v.as_str().and_then(b64_32).map(PublicKey))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| BadRequest("paired keys".into()))?;
    let opened = Envelope::from_json(text(req, "envelope")?.as_bytes())
        .and_then(|env| envelope::open(&env, &recipient, &paired));
    Ok(opened
        .map(|o| {
            json!({
                "id": o.id.to_hex(),
                "sender": o.sender.to_base64(),
                "item": {
                    "id": o.item.id,
                    "version": o.item.version,
                    "kind": o.item.kind.as_str(),
                    "payload": B64.encode(&o.item.payload),
                },
            })
        })
        .map_err(error_name))
}

fn invite_encode(req: &Value) -> Answer {
    let member = secrets(field(req, "member")?)?;
    let inv = field(req, "invite")?;
    let created = field(inv, "created_at")?
        .as_i64()
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .ok_or_else(|| BadRequest("created_at".into()))?;
    let invite = Invite {
        relay_url: text(inv, "relay_url")?.to_string(),
        inbox: InboxId::from_hex(text(inv, "inbox")?).map_err(|_| BadRequest("inbox".into()))?,
        member: member.identity(),
        display_name: text(inv, "display_name")?.to_string(),
        role: text(inv, "role")?.to_string(),
        created_at: created,
    };
    Ok(invite
        .encode(&member)
        .map(|code| json!({ "code": code }))
        .map_err(error_name))
}

fn invite_json(inv: &Invite) -> Value {
    json!({
        "relay_url": inv.relay_url,
        "inbox": inv.inbox.to_hex(),
        "display_name": inv.display_name,
        "role": inv.role,
        "created_at": inv.created_at.as_second(),
        "signing": inv.member.signing.to_base64(),
        "sealing": inv.member.sealing.to_base64(),
    })
}

fn identity_json(id: &DeviceIdentity) -> Value {
    json!({ "signing": id.signing.to_base64(), "sealing": id.sealing.to_base64() })
}

/// The error's variant name, without any fields: `TooLarge { .. }` becomes `TooLarge`.
fn error_name(e: impl std::fmt::Debug) -> String {
    let debug = format!("{e:?}");
    debug
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_string()
}

fn field<'a>(v: &'a Value, name: &str) -> Result<&'a Value, BadRequest> {
    v.get(name).ok_or_else(|| BadRequest(format!("missing {name}")))
}

fn text<'a>(v: &'a Value, name: &str) -> Result<&'a str, BadRequest> {
    field(v, name)?
        .as_str()
        .ok_or_else(|| BadRequest(format!("{name} is not a string")))
}

fn bytes(v: &Value, name: &str) -> Result<Vec<u8>, BadRequest> {
    B64.decode(text(v, name)?)
        .map_err(|_| BadRequest(format!("{name} is not base64")))
}

fn b64_32(s: &str) -> Option<[u8; 32]> {
    B64.decode(s).ok()?.try_into().ok()
}

fn bytes32(v: &Value, name: &str) -> Result<[u8; 32], BadRequest> {
    b64_32(text(v, name)?).ok_or_else(|| BadRequest(format!("{name} is not 32 bytes of base64")))
}

fn secrets(v: &Value) -> Result<DeviceKey, BadRequest> {
    Ok(DeviceKey::from_secrets(
        &bytes32(v, "signing_seed")?,
        &bytes32(v, "sealing_secret")?,
    ))
}

fn identity(v: &Value) -> Result<DeviceIdentity, BadRequest> {
    Ok(DeviceIdentity {
        signing: PublicKey(bytes32(v, "signing")?),
        sealing: BoxPublicKey(bytes32(v, "sealing")?),
    })
}
