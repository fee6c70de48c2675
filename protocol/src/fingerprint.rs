//! Safety numbers, version 1: sixty digits that two people compare in person (read aloud,
//! or side by side on their screens) to know that the keys each device pinned are the
//! other's and no one else's. Shaped like Signal's, so it is familiar to read.
//!
//! Each party's half is 30 digits from SHA-512 of
//! `"alongside-safety-number/1" 0x00 || Ed25519 key (32) || X25519 key (32)`: the first 30
//! bytes of the digest as six 5-byte big-endian numbers, each taken mod 100000 and written
//! as five digits. The two halves are put in ascending order and joined, so both sides
//! compute the same number whoever is "first". Each half carries about 99 bits, so making
//! a key whose half matches someone else's is out of reach without slowing the hash down.

use sha2::{Digest, Sha512};

use crate::device::DeviceIdentity;

const DOMAIN: &[u8] = b"alongside-safety-number/1";
/// Digits in a whole safety number.
pub const DIGITS: usize = 60;
/// Digits per group when shown.
pub const GROUP: usize = 5;

/// A safety number: 60 decimal digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SafetyNumber(String);

/// The safety number of two identities; `safety_number(a, b) == safety_number(b, a)`.
pub fn safety_number(a: &DeviceIdentity, b: &DeviceIdentity) -> SafetyNumber {
    let (x, y) = (half(a), half(b));
    let (first, second) = if x <= y { (x, y) } else { (y, x) };
    SafetyNumber(first + &second)
}

/// One identity's 30 digits.
fn half(identity: &DeviceIdentity) -> String {
    let mut h = Sha512::new();
    h.update(DOMAIN);
    h.update([0u8]);
    h.update(identity.to_bytes());
    let digest = h.finalize();
    digest[..30]
        .chunks(5)
        .map(|c| {
            let n = c.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            format!("{:05}", n % 100_000)
        })
        .collect()
}

impl SafetyNumber {
    /// The 60 digits with no spaces.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Twelve groups of five digits, as shown on screen.
    pub fn groups(&self) -> Vec<String> {
        self.0
            .as_bytes()
            .chunks(GROUP)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect()
    }

    /// True if `typed` is this number, ignoring spaces and line breaks.
    pub fn matches(&self, typed: &str) -> bool {
        let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        digits == self.0
    }
}

impl std::fmt::Display for SafetyNumber {
    /// The groups separated by single spaces.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.groups().join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::DeviceKey;

    fn id(a: u8, b: u8) -> DeviceIdentity {
        DeviceKey::from_secrets(&[a; 32], &[b; 32]).identity()
    }

    #[test]
    fn both_sides_see_the_same_sixty_digits_in_twelve_groups() {
        let (her, team) = (id(1, 2), id(3, 4));
        let n = safety_number(&her, &team);
        assert_eq!(n, safety_number(&team, &her));
        assert_eq!(n.digits().len(), DIGITS);
        assert!(n.digits().bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(n.groups().len(), 12);
        assert_eq!(n.to_string().len(), DIGITS + 11);
        assert!(n.matches(&n.to_string()));
        assert!(!n.matches(&safety_number(&her, &id(3, 5)).to_string()));
    }

    #[test]
    fn a_change_in_either_key_of_either_party_changes_the_number() {
        let base = safety_number(&id(1, 2), &id(3, 4));
        for other in [
            safety_number(&id(9, 2), &id(3, 4)),
            safety_number(&id(1, 9), &id(3, 4)),
            safety_number(&id(1, 2), &id(9, 4)),
            safety_number(&id(1, 2), &id(3, 9)),
        ] {
            assert_ne!(base, other);
        }
    }
}
