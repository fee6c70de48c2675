//! Shared fixtures for the sharing tests: care-team members with fixed keys and the
//! invite codes they hand out.
#![allow(dead_code)]

use alongside_protocol::device::DeviceKey;
use alongside_protocol::envelope::InboxId;
use alongside_protocol::invite::Invite;

/// A member's device key from a one-byte seed, so codes are the same on every run.
pub fn member_key(seed: u8) -> DeviceKey {
    DeviceKey::from_secrets(&[seed; 32], &[seed.wrapping_add(1); 32])
}

/// The invite code member `seed` gives out, for inbox `inbox` on a loopback relay.
pub fn invite_from(key: &DeviceKey, name: &str, role: &str, inbox: u8) -> String {
    Invite {
        relay_url: "http://127.0.0.1:8787".into(),
        inbox: InboxId([inbox; 16]),
        member: key.identity(),
        display_name: name.into(),
        role: role.into(),
        created_at: jiff::Timestamp::from_second(1_795_424_400).expect("a valid time"), // 2026-11-23 09:00 UTC
    }
    .encode(key)
    .expect("the invite encodes")
}

/// Maya Okafor, specialist midwife: the contact most tests pair with.
pub fn maya_invite() -> String {
    invite_from(&member_key(0x11), "Maya Okafor", "specialist midwife", 1)
}
