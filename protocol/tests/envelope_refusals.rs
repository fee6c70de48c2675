//! Every way an envelope is refused, from the outside: bytes are built by hand from the
//! layout in docs/protocol.md, so these tests also hold the documentation to the code.

use alongside_protocol::device::{BoxPublicKey, DeviceIdentity, DeviceKey};
use alongside_protocol::envelope::{
    open, seal, Envelope, EnvelopeError, EnvelopeId, InboxId, Item, Kind, MAX_ENVELOPE_BYTES, MAX_PAYLOAD_BYTES,
};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use crypto_box::aead::OsRng;

const INBOX: InboxId = InboxId([0x11; 16]);
const ID: EnvelopeId = EnvelopeId([0x22; 16]);

fn her() -> DeviceKey {
    DeviceKey::from_secrets(&[1; 32], &[2; 32])
}

fn team() -> DeviceKey {
    DeviceKey::from_secrets(&[3; 32], &[4; 32])
}

fn stranger() -> DeviceKey {
    DeviceKey::from_secrets(&[5; 32], &[6; 32])
}

fn appointment() -> Item {
    Item {
        id: "8c1f0e2a-4b7d-4e57-9a43-3f2b1c9d0e11".into(),
        version: 2,
        kind: Kind::new("appointment").unwrap(),
        payload: br#"{"resourceType":"Appointment","status":"booked"}"#.to_vec(),
    }
}

fn sealed() -> Envelope {
    seal(&her(), &team().identity(), INBOX, ID, &appointment()).unwrap()
}

fn open_as_team(env: &Envelope) -> Result<Item, EnvelopeError> {
    open(env, &team(), &[her().identity().signing]).map(|o| o.item)
}

/// The signed body as docs/protocol.md lays it out.
fn body(
    id: EnvelopeId,
    sender: &DeviceIdentity,
    recipient: &DeviceIdentity,
    item_id: &str,
    version: u64,
    kind: &str,
    payload: &[u8],
) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(&id.0);
    b.extend_from_slice(&sender.signing.0);
    b.extend_from_slice(&recipient.sealing.0);
    b.extend_from_slice(&(item_id.len() as u16).to_be_bytes());
    b.extend_from_slice(item_id.as_bytes());
    b.extend_from_slice(&version.to_be_bytes());
    b.push(kind.len() as u8);
    b.extend_from_slice(kind.as_bytes());
    b.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    b.extend_from_slice(payload);
    b
}

fn signed_message(body: &[u8]) -> Vec<u8> {
    [b"alongside-envelope/1\0".as_slice(), body].concat()
}

/// Seals arbitrary plaintext to `to`, as anyone who knows the public key can.
fn seal_raw(to: &DeviceIdentity, plaintext: &[u8], id: EnvelopeId) -> Envelope {
    let ciphertext = crypto_box::PublicKey::from_bytes(to.sealing.0)
        .seal(&mut OsRng, plaintext)
        .unwrap();
    Envelope {
        id,
        inbox: INBOX,
        ciphertext,
    }
}

/// A body signed by `signer` and sealed to `to`.
fn forge(signer: &DeviceKey, to: &DeviceIdentity, body: Vec<u8>) -> Envelope {
    let mut plain = body.clone();
    plain.extend_from_slice(&signer.sign(&signed_message(&body)));
    seal_raw(to, &plain, ID)
}

#[test]
fn an_envelope_built_by_hand_from_the_documented_layout_opens() {
    let i = appointment();
    let b = body(
        ID,
        &her().identity(),
        &team().identity(),
        &i.id,
        i.version,
        "appointment",
        &i.payload,
    );
    assert_eq!(open_as_team(&forge(&her(), &team().identity(), b)), Ok(i));
}

#[test]
fn a_tampered_ciphertext_is_refused_wherever_the_change_is() {
    let env = sealed();
    // The ephemeral key, the authentication tag and the sealed body.
    for at in [0, 31, 32, 47, 48, env.ciphertext.len() / 2, env.ciphertext.len() - 1] {
        let mut t = env.clone();
        t.ciphertext[at] ^= 0x01;
        assert_eq!(open_as_team(&t), Err(EnvelopeError::Undecryptable), "byte {at}");
    }
}

#[test]
fn an_envelope_sealed_to_someone_else_is_refused() {
    let env = seal(&her(), &stranger().identity(), INBOX, ID, &appointment()).unwrap();
    assert_eq!(open_as_team(&env), Err(EnvelopeError::Undecryptable));
}

#[test]
fn an_envelope_signed_by_an_unpaired_key_is_refused() {
    let env = seal(&stranger(), &team().identity(), INBOX, ID, &appointment()).unwrap();
    assert_eq!(open_as_team(&env), Err(EnvelopeError::UnpairedSender));
    assert_eq!(open(&sealed(), &team(), &[]).err(), Some(EnvelopeError::UnpairedSender));
}

#[test]
fn an_envelope_naming_a_paired_sender_but_signed_by_another_key_is_refused() {
    let i = appointment();
    let b = body(
        ID,
        &her().identity(),
        &team().identity(),
        &i.id,
        i.version,
        "appointment",
        &i.payload,
    );
    assert_eq!(
        open_as_team(&forge(&stranger(), &team().identity(), b)),
        Err(EnvelopeError::BadSignature)
    );
}

#[test]
fn a_signed_body_resealed_to_another_recipient_is_refused() {
    // The care team opens what she sent them, then re-seals her signed body to a stranger.
    let plain = crypto_box::SecretKey::from_bytes([4; 32])
        .unseal(&sealed().ciphertext)
        .unwrap();
    let forwarded = seal_raw(&stranger().identity(), &plain, ID);
    assert_eq!(
        open(&forwarded, &stranger(), &[her().identity().signing]).err(),
        Some(EnvelopeError::WrongRecipient)
    );
}

#[test]
fn a_sealed_envelope_relabelled_with_another_id_is_refused() {
    let mut env = sealed();
    env.id = EnvelopeId([0x33; 16]);
    assert_eq!(open_as_team(&env), Err(EnvelopeError::IdMismatch));
}

#[test]
fn truncated_envelopes_are_refused_at_every_layer() {
    let json = sealed().to_json();
    for cut in [0, 1, json.len() / 2, json.len() - 1] {
        assert_eq!(
            Envelope::from_json(&json[..cut]),
            Err(EnvelopeError::Malformed),
            "cut {cut}"
        );
    }
    let env = sealed();
    for cut in [0, 32, 48, env.ciphertext.len() - 1] {
        let mut t = env.clone();
        t.ciphertext.truncate(cut);
        assert_eq!(open_as_team(&t), Err(EnvelopeError::Undecryptable), "cut {cut}");
    }
    // Validly sealed, but the body inside is cut short or has bytes left over.
    let i = appointment();
    let b = body(
        ID,
        &her().identity(),
        &team().identity(),
        &i.id,
        i.version,
        "appointment",
        &i.payload,
    );
    let sig = her().sign(&signed_message(&b));
    for plain in [
        Vec::new(),
        sig.to_vec(),
        [&b[..b.len() - 1], &sig].concat(),
        [&b, &[0][..], &sig].concat(),
    ] {
        assert_eq!(
            open_as_team(&seal_raw(&team().identity(), &plain, ID)),
            Err(EnvelopeError::MalformedContents)
        );
    }
}

#[test]
fn a_newer_or_foreign_outer_format_is_refused() {
    let text = String::from_utf8(sealed().to_json()).unwrap();
    let v2 = text.replace("\"version\":1", "\"version\":2");
    assert_eq!(
        Envelope::from_json(v2.as_bytes()),
        Err(EnvelopeError::UnsupportedVersion)
    );
    let foreign = text.replace("alongside-envelope", "alongside-signed-bundle");
    assert_eq!(Envelope::from_json(foreign.as_bytes()), Err(EnvelopeError::Malformed));
    let extra = text.replacen('{', "{\"sender\":\"x\",", 1);
    assert_eq!(Envelope::from_json(extra.as_bytes()), Err(EnvelopeError::Malformed));
    let bad_id = text.replace(&ID.to_hex(), "not-hex");
    assert_eq!(Envelope::from_json(bad_id.as_bytes()), Err(EnvelopeError::Malformed));
    let bad_b64 = text.replace("\"ciphertext\":\"", "\"ciphertext\":\"*");
    assert_eq!(Envelope::from_json(bad_b64.as_bytes()), Err(EnvelopeError::Malformed));
}

#[test]
fn oversized_envelopes_and_payloads_are_refused() {
    let huge = vec![b' '; MAX_ENVELOPE_BYTES + 1];
    assert_eq!(
        Envelope::from_json(&huge),
        Err(EnvelopeError::TooLarge {
            max_bytes: MAX_ENVELOPE_BYTES
        })
    );
    let mut item = appointment();
    item.payload = vec![b'x'; MAX_PAYLOAD_BYTES + 1];
    assert_eq!(
        seal(&her(), &team().identity(), INBOX, ID, &item),
        Err(EnvelopeError::TooLarge {
            max_bytes: MAX_PAYLOAD_BYTES
        })
    );
    item.payload.truncate(MAX_PAYLOAD_BYTES);
    let biggest = seal(&her(), &team().identity(), INBOX, ID, &item).unwrap().to_json();
    assert!(biggest.len() <= MAX_ENVELOPE_BYTES, "{} bytes", biggest.len());
    assert_eq!(
        open_as_team(&Envelope::from_json(&biggest).unwrap()).map(|i| i.payload.len()),
        Ok(MAX_PAYLOAD_BYTES)
    );
}

#[test]
fn a_tombstone_opens_as_a_deletion_and_one_with_a_payload_is_refused() {
    let env = seal(&her(), &team().identity(), INBOX, ID, &Item::tombstone("appt-1", 9)).unwrap();
    let item = open_as_team(&env).unwrap();
    assert!(item.is_tombstone());
    assert_eq!((item.id.as_str(), item.version, item.payload.len()), ("appt-1", 9, 0));
    let b = body(
        ID,
        &her().identity(),
        &team().identity(),
        "appt-1",
        9,
        "tombstone",
        b"{}",
    );
    assert_eq!(
        open_as_team(&forge(&her(), &team().identity(), b)),
        Err(EnvelopeError::TombstoneWithPayload)
    );
}

#[test]
fn a_signed_body_with_an_invalid_item_id_or_kind_is_refused() {
    for (item_id, kind) in [
        ("", "appointment"),
        ("has space", "appointment"),
        ("ok", "Upper"),
        ("ok", ""),
    ] {
        let b = body(ID, &her().identity(), &team().identity(), item_id, 1, kind, b"{}");
        assert_eq!(
            open_as_team(&forge(&her(), &team().identity(), b)),
            Err(EnvelopeError::MalformedContents),
            "{item_id:?} {kind:?}"
        );
    }
}

#[test]
fn the_outer_json_shows_only_the_ids_and_ciphertext() {
    let json: serde_json::Value = serde_json::from_slice(&sealed().to_json()).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 5);
    for k in ["format", "version", "id", "inbox", "ciphertext"] {
        assert!(keys.contains(&k), "{k}");
    }
    assert_eq!(json["id"], ID.to_hex());
    assert_eq!(json["inbox"], INBOX.to_hex());
    let ct = B64.decode(json["ciphertext"].as_str().unwrap()).unwrap();
    assert!(!ct.windows(11).any(|w| w == b"Appointment"));
}

#[test]
fn nothing_is_sealed_to_a_small_order_key_that_would_let_anyone_read_it() {
    for bad in [[0u8; 32], {
        let mut one = [0u8; 32];
        one[0] = 1;
        one
    }] {
        let recipient = DeviceIdentity {
            sealing: BoxPublicKey(bad),
            ..team().identity()
        };
        assert_eq!(
            seal(&her(), &recipient, INBOX, ID, &appointment()),
            Err(EnvelopeError::BadRecipientKey)
        );
    }
}

#[test]
fn a_first_contact_opens_only_as_a_hello_and_only_with_a_valid_signature() {
    use alongside_protocol::device::DeviceKey;
    use alongside_protocol::envelope::{open_first_contact, seal, EnvelopeId, InboxId, Item, Kind};
    let her = DeviceKey::from_secrets(&[1; 32], &[2; 32]);
    let member = DeviceKey::from_secrets(&[3; 32], &[4; 32]);
    let hello = Item {
        id: "hello".into(),
        version: 1,
        kind: Kind::new("hello").unwrap(),
        payload: b"{}".to_vec(),
    };
    let env = seal(&her, &member.identity(), InboxId([5; 16]), EnvelopeId([6; 16]), &hello).unwrap();
    let opened = open_first_contact(&env, &member).unwrap();
    assert_eq!(opened.sender, her.identity().signing);

    let other = Item {
        kind: Kind::new("appointment").unwrap(),
        ..hello
    };
    let env = seal(&her, &member.identity(), InboxId([5; 16]), EnvelopeId([7; 16]), &other).unwrap();
    assert!(
        open_first_contact(&env, &member).is_err(),
        "only a hello opens unpaired"
    );
    let mut tampered = env.clone();
    let n = tampered.ciphertext.len();
    tampered.ciphertext[n - 1] ^= 1;
    assert!(open_first_contact(&tampered, &member).is_err());
}
