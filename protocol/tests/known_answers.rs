//! Known-answer vectors, also printed in docs/protocol.md so that another implementation
//! can check itself against them. A change here is a change of wire format: bump a version.

use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::InboxId;
use alongside_protocol::fingerprint::safety_number;
use alongside_protocol::invite::Invite;

const INVITE: &str = "ALONGSIDE1:AEAAAAAANL6YNQAIBAEAQCAIBAEAQCAIBAEAQCAINZ5BZXJJWC3Y7UJ26TCVTD7P6TXSVFYWNY6KN4XE7P6M3ACQLPY7LMWW4YHZI57DCDBJQLNKU3ERG3AQRILXPRMUPZCI7I35NALUKVYZNB2HI4DTHIXS64TFNRQXSLTFPBQW24DMMUXG64THBFJWC3JAJJXW4ZLTCJJXAZLDNFQWY2LTOQQG22LEO5UWMZJYYHJZQCSSYPZQLXCQ7YNLUAC3O7QW66I5OWBWBZJNYPYD5MNKCJAN6G5INZFHWI2J3UFY34EM6FLNQVJ6ZN5XJXO2IDIXCXWCV43QFALCDQFQ";

#[test]
fn fixed_secrets_give_the_documented_public_keys() {
    let cases = [
        (
            1,
            2,
            "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=",
            "zo060cy2M+x7cMF4FKXHbs0CloUFDTRHRboFhw5YfVk=",
        ),
        (
            3,
            4,
            "7UkoxijRwsbq6QM4kFmVYSlZJzpcY/k2NsFGFKyHN9E=",
            "rAGyIJ6GNU+4UyN7XeD0+rE8f8v0M6YcAZNpYX/s8Qs=",
        ),
        (
            5,
            6,
            "bnoc3Smwt4/ROvTFWY/v9O8qlxZuPKby5Pv8zYBQW/E=",
            "9bLW5g+Ud+MQwpgtqqbJE2wQihd3xZR+RI+jfWgXRVc=",
        ),
    ];
    for (s, b, signing, sealing) in cases {
        let id = DeviceKey::from_secrets(&[s; 32], &[b; 32]).identity();
        assert_eq!(
            (id.signing.to_base64().as_str(), id.sealing.to_base64().as_str()),
            (signing, sealing)
        );
    }
}

#[test]
fn fixed_identities_give_the_documented_safety_number() {
    let a = DeviceKey::from_secrets(&[1; 32], &[2; 32]).identity();
    let b = DeviceKey::from_secrets(&[3; 32], &[4; 32]).identity();
    assert_eq!(
        safety_number(&a, &b).to_string(),
        "38928 25588 98911 12469 69928 96141 93661 35908 41361 06761 00332 14882"
    );
}

#[test]
fn a_fixed_invite_encodes_to_the_documented_code() {
    let key = DeviceKey::from_secrets(&[5; 32], &[6; 32]);
    let invite = Invite {
        relay_url: "https://relay.example.org".into(),
        inbox: InboxId([8; 16]),
        member: key.identity(),
        display_name: "Sam Jones".into(),
        role: "Specialist midwife".into(),
        created_at: jiff::Timestamp::from_second(1_795_000_000).unwrap(),
    };
    assert_eq!(invite.encode(&key).unwrap(), INVITE);
    assert_eq!(Invite::decode(INVITE), Ok(invite));
}

#[test]
fn a_fixed_item_seals_around_the_documented_signed_body() {
    use alongside_protocol::envelope::{open, seal, EnvelopeId, Item, Kind};
    use sha2::{Digest, Sha256};
    let her = DeviceKey::from_secrets(&[1; 32], &[2; 32]);
    let team = DeviceKey::from_secrets(&[3; 32], &[4; 32]);
    let item = Item {
        id: "appt-1".into(),
        version: 1,
        kind: Kind::new("appointment").unwrap(),
        payload: br#"{"resourceType":"Appointment"}"#.to_vec(),
    };
    let env = seal(&her, &team.identity(), InboxId([8; 16]), EnvelopeId([9; 16]), &item).unwrap();
    // The sealing key pair is fresh each time; what it seals (body || signature) is not.
    let plain = crypto_box::SecretKey::from_bytes([4; 32])
        .unseal(&env.ciphertext)
        .unwrap();
    assert_eq!(env.ciphertext.len(), plain.len() + 48);
    let hex: String = Sha256::digest(&plain).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, "1cfd2bcd70ea0787a783f691c4ebdc269df42ad9482dfc3510134a57b4030ae7");
    assert_eq!(open(&env, &team, &[her.identity().signing]).unwrap().item, item);
}
