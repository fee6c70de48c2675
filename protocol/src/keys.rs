//! Publisher keys: an Ed25519 key pair that signs bundles, its key file, and the short
//! fingerprint people compare when pinning a publisher.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Why a key could not be made or read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("the system random number generator is unavailable")]
    NoRandomness,
    #[error("this is not an Alongside publisher key file")]
    NotAKeyFile,
    #[error("the key file's public key does not match its secret key")]
    Mismatch,
    #[error("this is not a valid Ed25519 public key")]
    BadPublicKey,
}

const KEY_FILE_FORMAT: &str = "alongside-publisher-key";
/// The largest publisher key file a reader accepts: one is about 200 bytes.
pub const MAX_KEY_FILE_BYTES: usize = 4096;

#[derive(Serialize, Deserialize)]
struct KeyFileJson {
    format: String,
    version: u32,
    public_key: String,
    secret_key: String,
}

/// A publisher's signing key. The secret is wiped from memory when dropped.
pub struct PublisherKey {
    signing: SigningKey,
}

impl PublisherKey {
    /// A new random key pair from the operating system's CSPRNG.
    pub fn generate() -> Result<Self, KeyError> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).map_err(|_| KeyError::NoRandomness)?;
        Ok(PublisherKey {
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// A key from a 32-byte seed (libsodium's `crypto_sign_seed_keypair`).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        PublisherKey {
            signing: SigningKey::from_bytes(seed),
        }
    }

    /// The public half, as pinned by apps.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.signing.verifying_key().to_bytes())
    }

    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.signing
    }

    /// The key file text (JSON). It holds the secret: keep it offline, readable by its owner.
    pub fn to_key_file(&self) -> String {
        let secret = Zeroizing::new(B64.encode(self.signing.to_bytes()));
        let json = KeyFileJson {
            format: KEY_FILE_FORMAT.to_string(),
            version: 1,
            public_key: self.public().to_base64(),
            secret_key: secret.to_string(),
        };
        serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
    }

    /// Reads a key file written by [`PublisherKey::to_key_file`].
    pub fn from_key_file(text: &str) -> Result<Self, KeyError> {
        let json: KeyFileJson = serde_json::from_str(text).map_err(|_| KeyError::NotAKeyFile)?;
        if json.format != KEY_FILE_FORMAT || json.version != 1 {
            return Err(KeyError::NotAKeyFile);
        }
        let secret = Zeroizing::new(
            B64.decode(json.secret_key.as_bytes())
                .map_err(|_| KeyError::NotAKeyFile)?,
        );
        let seed: [u8; 32] = secret.as_slice().try_into().map_err(|_| KeyError::NotAKeyFile)?;
        let key = PublisherKey::from_seed(&seed);
        if key.public().to_base64() != json.public_key {
            return Err(KeyError::Mismatch);
        }
        Ok(key)
    }
}

/// An Ed25519 public key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(pub [u8; 32]);

impl PublicKey {
    /// Standard base64, as written in bundles and key files.
    pub fn to_base64(&self) -> String {
        B64.encode(self.0)
    }

    /// Parses base64 and checks the bytes are a valid curve point.
    pub fn from_base64(text: &str) -> Result<Self, KeyError> {
        let bytes = B64.decode(text.trim().as_bytes()).map_err(|_| KeyError::BadPublicKey)?;
        let arr: [u8; 32] = bytes.as_slice().try_into().map_err(|_| KeyError::BadPublicKey)?;
        VerifyingKey::from_bytes(&arr).map_err(|_| KeyError::BadPublicKey)?;
        Ok(PublicKey(arr))
    }

    /// A short fingerprint for people to compare: the first 10 bytes of SHA-256 of the key,
    /// as five groups of four hex digits.
    pub fn fingerprint(&self) -> String {
        let h = Sha256::digest(self.0);
        h[..10]
            .chunks(2)
            .map(|c| format!("{:02x}{:02x}", c[0], c[1]))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_round_trips_and_a_tampered_public_key_is_caught() {
        let k = PublisherKey::generate().unwrap();
        let text = k.to_key_file();
        let back = PublisherKey::from_key_file(&text).unwrap();
        assert_eq!(back.public(), k.public());
        let other = PublisherKey::generate().unwrap().public().to_base64();
        let tampered = text.replace(&k.public().to_base64(), &other);
        assert_eq!(PublisherKey::from_key_file(&tampered).err(), Some(KeyError::Mismatch));
        assert_eq!(PublisherKey::from_key_file("{}").err(), Some(KeyError::NotAKeyFile));
    }

    #[test]
    fn fingerprints_are_short_stable_and_distinct() {
        let a = PublisherKey::from_seed(&[1; 32]).public();
        let b = PublisherKey::from_seed(&[2; 32]).public();
        assert_eq!(a.fingerprint().len(), 24);
        assert_eq!(a.fingerprint(), a.fingerprint());
        assert_ne!(a.fingerprint(), b.fingerprint());
        assert_eq!(PublicKey::from_base64(&a.to_base64()).unwrap(), a);
        assert!(PublicKey::from_base64("not base64!").is_err());
    }
}
