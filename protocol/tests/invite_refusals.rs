//! Every way an invite code is refused. Tampered codes are re-checksummed here, as a
//! deliberate attacker would, so that the signature is what has to catch them.

use alongside_protocol::device::{BoxPublicKey, DeviceKey};
use alongside_protocol::envelope::InboxId;
use alongside_protocol::fingerprint::safety_number;
use alongside_protocol::invite::{Invite, InviteError, MAX_TEXT_CHARS};
use data_encoding::BASE32_NOPAD;
use sha2::{Digest, Sha256};

fn member() -> DeviceKey {
    DeviceKey::from_secrets(&[5; 32], &[6; 32])
}

fn invite() -> Invite {
    Invite {
        relay_url: "https://relay.example.org".into(),
        inbox: InboxId([8; 16]),
        member: member().identity(),
        display_name: "Sam Jones".into(),
        role: "Specialist midwife".into(),
        created_at: jiff::Timestamp::from_second(1_795_000_000).unwrap(),
    }
}

fn code() -> String {
    invite().encode(&member()).unwrap()
}

/// The signed bytes (body and signature) inside a code.
fn unpack(code: &str) -> Vec<u8> {
    let mut bytes = BASE32_NOPAD.decode(&code.as_bytes()["ALONGSIDE1:".len()..]).unwrap();
    bytes.truncate(bytes.len() - 4);
    bytes
}

/// A code around `signed`, with a correct checksum.
fn pack(signed: &[u8]) -> String {
    let mut bytes = signed.to_vec();
    bytes.extend_from_slice(&Sha256::digest(signed)[..4]);
    format!("ALONGSIDE1:{}", BASE32_NOPAD.encode(&bytes))
}

// Offsets in the body (docs/protocol.md): version 0, created 1..9, inbox 9..25,
// Ed25519 25..57, X25519 57..89, then relay URL, name and role, each length-prefixed.
const SIGNING_AT: usize = 25;
const SEALING_AT: usize = 57;
const URL_AT: usize = 89;

#[test]
fn a_code_read_back_in_lower_case_with_spaces_and_hyphens_is_the_same_invite() {
    let c = code();
    let grouped: Vec<String> = c
        .to_lowercase()
        .as_bytes()
        .chunks(4)
        .map(|g| String::from_utf8_lossy(g).into_owned())
        .collect();
    assert_eq!(Invite::decode(&grouped.join("-")), Ok(invite()));
    assert_eq!(Invite::decode(&format!("  {}\n", grouped.join(" \n"))), Ok(invite()));
}

#[test]
fn a_changed_field_with_a_recomputed_checksum_fails_the_signature() {
    let signed = unpack(&code());
    for at in [0, 1, 8, 9, SEALING_AT, URL_AT, URL_AT + 9, signed.len() - 65] {
        let mut t = signed.clone();
        t[at] ^= 0x01;
        assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadSignature), "byte {at}");
    }
    let mut t = signed.clone();
    let last = t.len() - 1;
    t[last] ^= 0x01;
    assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadSignature), "signature");
}

#[test]
fn either_key_swapped_for_an_attackers_is_refused() {
    let attacker = DeviceKey::from_secrets(&[9; 32], &[9; 32]).identity();
    let mut t = unpack(&code());
    t[SEALING_AT..SEALING_AT + 32].copy_from_slice(&attacker.sealing.0);
    assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadSignature));
    let mut t = unpack(&code());
    t[SIGNING_AT..SIGNING_AT + 32].copy_from_slice(&attacker.signing.0);
    assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadSignature));
}

#[test]
fn a_code_re_signed_by_an_attacker_decodes_but_shows_a_different_safety_number() {
    let attacker = DeviceKey::from_secrets(&[9; 32], &[10; 32]);
    let forged = Invite {
        member: attacker.identity(),
        ..invite()
    };
    let decoded = Invite::decode(&forged.encode(&attacker).unwrap()).unwrap();
    let her = DeviceKey::from_secrets(&[1; 32], &[2; 32]).identity();
    assert_ne!(
        safety_number(&her, &decoded.member),
        safety_number(&her, &member().identity())
    );
}

#[test]
fn a_typo_is_reported_as_a_typo() {
    let c = code();
    let at = c.len() - 10;
    let swapped = if &c[at..at + 1] == "A" { "B" } else { "A" };
    let typo = format!("{}{}{}", &c[..at], swapped, &c[at + 1..]);
    assert_eq!(Invite::decode(&typo), Err(InviteError::BadChecksum));
}

#[test]
fn a_truncated_code_is_refused() {
    let c = code();
    for keep in [c.len() - 8, c.len() / 2 / 8 * 8 + 3, "ALONGSIDE1:".len() + 8] {
        let got = Invite::decode(&c[..keep]);
        assert!(
            matches!(got, Err(InviteError::BadChecksum | InviteError::BadCharacters)),
            "{keep}: {got:?}"
        );
    }
    assert_eq!(Invite::decode("ALONGSIDE1:"), Err(InviteError::BadChecksum));
    // Checksummed correctly, but shorter than a signature, or cut inside the body.
    let signed = unpack(&c);
    assert_eq!(Invite::decode(&pack(&signed[..40])), Err(InviteError::Malformed));
    assert_eq!(Invite::decode(&pack(&signed[..64 + 20])), Err(InviteError::Malformed));
    let mut cut = signed[..URL_AT + 3].to_vec();
    cut.extend_from_slice(&signed[signed.len() - 64..]);
    assert_eq!(Invite::decode(&pack(&cut)), Err(InviteError::BadSignature));
    // Cut short (or overlong) yet signed by its own key: the layout check catches it.
    let body = &signed[..signed.len() - 64];
    for b in [&body[..URL_AT + 3], &[body, &[0][..]].concat()[..]] {
        assert_eq!(Invite::decode(&pack(&sign_body(b))), Err(InviteError::Malformed));
    }
}

/// `body` signed by the member's key, as only the member (or a buggy encoder) could.
fn sign_body(body: &[u8]) -> Vec<u8> {
    let sig = member().sign(&[b"alongside-invite/1\0".as_slice(), body].concat());
    [body, &sig].concat()
}

#[test]
fn a_newer_version_or_another_kind_of_code_is_refused() {
    let c = code();
    assert_eq!(
        Invite::decode(&c.replacen("ALONGSIDE1:", "ALONGSIDE2:", 1)),
        Err(InviteError::UnsupportedVersion)
    );
    assert_eq!(
        Invite::decode(&c.replacen("ALONGSIDE1:", "ALONGSIDE12:", 1)),
        Err(InviteError::UnsupportedVersion)
    );
    assert_eq!(
        Invite::decode(&c.replacen("ALONGSIDE1:", "ALONGSIDE:", 1)),
        Err(InviteError::NotAnInvite)
    );
    assert_eq!(
        Invite::decode(&c.replacen("ALONGSIDE1:", "ALONGSIDE1", 1)),
        Err(InviteError::NotAnInvite)
    );
    assert_eq!(
        Invite::decode("https://relay.example.org"),
        Err(InviteError::NotAnInvite)
    );
    assert_eq!(Invite::decode(""), Err(InviteError::NotAnInvite));
    // The version byte disagreeing with the prefix: changed, or signed that way.
    let mut t = unpack(&c);
    t[0] = 2;
    assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadSignature));
    t.truncate(t.len() - 64);
    assert_eq!(Invite::decode(&pack(&sign_body(&t))), Err(InviteError::Malformed));
}

#[test]
fn characters_outside_base32_and_overlong_text_are_refused() {
    let c = code();
    for bad in ['0', '1', '8', '9', '=', '!'] {
        let t = format!("{}{}{}", &c[..20], bad, &c[21..]);
        assert_eq!(Invite::decode(&t), Err(InviteError::BadCharacters), "{bad}");
    }
    let long = format!("{c}{}", "A".repeat(MAX_TEXT_CHARS));
    assert_eq!(Invite::decode(&long), Err(InviteError::TooLong));
}

#[test]
fn a_signing_key_that_is_not_a_curve_point_or_is_weak_is_refused() {
    let mut t = unpack(&code());
    // y = 2 has no x on edwards25519, so no key decodes to it.
    let mut not_a_point = [0u8; 32];
    not_a_point[0] = 2;
    t[SIGNING_AT..SIGNING_AT + 32].copy_from_slice(&not_a_point);
    assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadPublicKey));
    // The identity point is on the curve but of small order: a weak key.
    let mut identity_point = [0u8; 32];
    identity_point[0] = 1;
    t[SIGNING_AT..SIGNING_AT + 32].copy_from_slice(&identity_point);
    assert_eq!(Invite::decode(&pack(&t)), Err(InviteError::BadPublicKey));
}

#[test]
fn a_signed_invite_with_a_small_order_sealing_key_is_refused() {
    // Signed by its own key, so only the key check can catch it: a box sealed to this key
    // could be opened by anyone, the relay included.
    let mut body = unpack(&code());
    body.truncate(body.len() - 64);
    body[SEALING_AT..SEALING_AT + 32].copy_from_slice(&[0; 32]);
    assert_eq!(Invite::decode(&pack(&sign_body(&body))), Err(InviteError::BadPublicKey));
}

#[test]
fn signed_fields_that_break_the_rules_are_still_refused() {
    // A code signed by its own key but with an http relay off this device, an empty name,
    // or a control character in the role: nothing a real encoder makes.
    let sign = |url: &str, name: &str, role: &str| {
        let mut body = unpack(&code());
        body.truncate(URL_AT);
        for text in [url, name, role] {
            body.push(text.len() as u8);
            body.extend_from_slice(text.as_bytes());
        }
        pack(&sign_body(&body))
    };
    assert_eq!(
        Invite::decode(&sign("https://r.example", "Sam", "Midwife")).map(|i| i.display_name),
        Ok("Sam".into())
    );
    assert_eq!(
        Invite::decode(&sign("http://r.example", "Sam", "Midwife")),
        Err(InviteError::BadRelayUrl)
    );
    assert_eq!(
        Invite::decode(&sign("https://r.example", " ", "Midwife")),
        Err(InviteError::BadDisplayName)
    );
    assert_eq!(
        Invite::decode(&sign("https://r.example", "Sam", "Mid\u{7}wife")),
        Err(InviteError::BadRole)
    );
}

#[test]
fn a_name_or_role_that_would_not_show_as_it_says_is_refused() {
    // Her phone shows these as the person she is pairing with: nothing in them may reorder
    // the words around them or start another line.
    let sign = |name: &str, role: &str| {
        let mut body = unpack(&code());
        body.truncate(URL_AT);
        for text in ["https://r.example", name, role] {
            body.push(text.len() as u8);
            body.extend_from_slice(text.as_bytes());
        }
        pack(&sign_body(&body))
    };
    for name in [
        "Sam\u{202E}senoJ",
        "Sam\u{2066}Jones\u{2069}",
        "Sam\u{2028}Jones",
        "\u{FEFF}Sam",
    ] {
        assert_eq!(
            Invite::decode(&sign(name, "Midwife")),
            Err(InviteError::BadDisplayName),
            "{name:?}"
        );
    }
    assert_eq!(
        Invite::decode(&sign("Sam", "Midwife\u{202D}")),
        Err(InviteError::BadRole)
    );
    let mut i = invite();
    i.display_name = "Sam\u{202E}".into();
    assert_eq!(i.encode(&member()), Err(InviteError::BadDisplayName));
    // Names in any script, and emoji, are kept.
    assert_eq!(
        Invite::decode(&sign("Zoë Łukasz-مريم 👩\u{200D}⚕️", "Midwife")).map(|i| i.display_name),
        Ok("Zoë Łukasz-مريم 👩\u{200D}⚕️".into())
    );
}

#[test]
fn an_invite_with_bad_fields_cannot_be_made() {
    let key = member();
    let with = |f: fn(&mut Invite)| {
        let mut i = invite();
        f(&mut i);
        i.encode(&key)
    };
    assert_eq!(
        with(|i| i.relay_url = "http://relay.example.org".into()),
        Err(InviteError::BadRelayUrl)
    );
    assert_eq!(
        with(|i| i.display_name = String::new()),
        Err(InviteError::BadDisplayName)
    );
    assert_eq!(
        with(|i| i.display_name = "x".repeat(65)),
        Err(InviteError::BadDisplayName)
    );
    assert_eq!(with(|i| i.role = "a\nb".into()), Err(InviteError::BadRole));
    assert_eq!(
        with(|i| i.member.sealing = BoxPublicKey([0; 32])),
        Err(InviteError::KeyMismatch)
    );
}
