//! Device identity keys for sharing with the care team: an Ed25519 key that signs what a
//! device sends and an X25519 key that envelopes are sealed to (libsodium's `crypto_sign`
//! and `crypto_box` key pairs). Her phone has one; each care-team member's tool has one.
//!
//! The public identity is both public keys together. It is what an invite carries, what a
//! safety number is computed from, and what a paired contact is pinned to: a change in
//! either key is a change of identity.
//!
//! The key file (JSON, version 1) holds both secrets and is read back with a consistency
//! check, like [`crate::keys::PublisherKey`]'s. Secrets are wiped from memory when dropped.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use curve25519_dalek::montgomery::MontgomeryPoint;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::keys::PublicKey;

/// Why a device key could not be made or read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DeviceKeyError {
    #[error("the system random number generator is unavailable")]
    NoRandomness,
    #[error("this is not an Alongside device key file")]
    NotAKeyFile,
    #[error("this device key file is a newer format than this app understands")]
    UnsupportedVersion,
    #[error("the key file's public keys do not match its secret keys")]
    Mismatch,
    #[error("this is not a valid public key")]
    BadPublicKey,
}

const KEY_FILE_FORMAT: &str = "alongside-device-key";
const KEY_FILE_VERSION: u32 = 1;
/// The largest device key file a reader accepts: one is about 300 bytes.
pub const MAX_KEY_FILE_BYTES: usize = 4096;

/// An X25519 public key that envelopes are sealed to (libsodium `crypto_box`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BoxPublicKey(pub [u8; 32]);

impl BoxPublicKey {
    /// Standard base64.
    pub fn to_base64(&self) -> String {
        B64.encode(self.0)
    }

    /// Parses standard base64 of exactly 32 bytes.
    pub fn from_base64(text: &str) -> Result<Self, DeviceKeyError> {
        let bytes = B64
            .decode(text.trim().as_bytes())
            .map_err(|_| DeviceKeyError::BadPublicKey)?;
        let arr: [u8; 32] = bytes.as_slice().try_into().map_err(|_| DeviceKeyError::BadPublicKey)?;
        Ok(BoxPublicKey(arr))
    }

    /// False for keys no device makes: points off the curve, and points of small order,
    /// for which a sealed box's shared secret is predictable, so that anyone could open
    /// it. libsodium's `crypto_box_seal` refuses small-order keys; RustCrypto's does not.
    pub fn is_acceptable(&self) -> bool {
        MontgomeryPoint(self.0)
            .to_edwards(0)
            .is_some_and(|p| !p.is_small_order())
    }

    pub(crate) fn to_crypto_box(self) -> crypto_box::PublicKey {
        crypto_box::PublicKey::from_bytes(self.0)
    }
}

/// A device's public identity: the key its messages are signed with and the key messages
/// to it are sealed to. Both are pinned together when a contact is paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeviceIdentity {
    /// Ed25519: verifies what this device signs.
    pub signing: PublicKey,
    /// X25519: what envelopes for this device are sealed to.
    pub sealing: BoxPublicKey,
}

impl DeviceIdentity {
    /// The 64 bytes `signing || sealing`, as hashed for safety numbers.
    pub fn to_bytes(&self) -> [u8; 64] {
        let mut out = [0u8; 64];
        out[..32].copy_from_slice(&self.signing.0);
        out[32..].copy_from_slice(&self.sealing.0);
        out
    }

    /// Checks an Ed25519 signature made by this identity's signing key.
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        verify_signature(&self.signing, message, signature)
    }
}

/// Checks an Ed25519 signature strictly, as libsodium's `crypto_sign_verify_detached`
/// does: small-order ("weak") keys and small-order `R` are refused, since with them one
/// signature can be valid for many messages.
pub(crate) fn verify_signature(key: &PublicKey, message: &[u8], signature: &[u8; 64]) -> bool {
    VerifyingKey::from_bytes(&key.0)
        .map(|k| k.verify_strict(message, &Signature::from_bytes(signature)).is_ok())
        .unwrap_or(false)
}

/// Her device signs its relay requests with its identity's signing key.
impl crate::relay_api::RequestSigner for DeviceKey {
    fn public_key(&self) -> [u8; 32] {
        self.identity().signing.0
    }

    fn sign(&self, message: &[u8]) -> [u8; 64] {
        DeviceKey::sign(self, message)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFileJson {
    format: String,
    version: u32,
    signing_public: String,
    sealing_public: String,
    signing_secret: String,
    sealing_secret: String,
}

/// A device's secret keys. Both secrets are wiped from memory when dropped.
pub struct DeviceKey {
    signing: SigningKey,
    // Kept as our own zeroizing bytes: crypto_box 0.9's SecretKey wipes its scalar on drop
    // but not its copy of the bytes, so one is built only for the moment it is needed.
    sealing_secret: Zeroizing<[u8; 32]>,
    sealing_public: BoxPublicKey,
}

impl DeviceKey {
    /// New random keys from the operating system's CSPRNG.
    pub fn generate() -> Result<Self, DeviceKeyError> {
        let mut signing_seed = Zeroizing::new([0u8; 32]);
        let mut sealing_secret = Zeroizing::new([0u8; 32]);
        getrandom::fill(signing_seed.as_mut()).map_err(|_| DeviceKeyError::NoRandomness)?;
        getrandom::fill(sealing_secret.as_mut()).map_err(|_| DeviceKeyError::NoRandomness)?;
        Ok(Self::from_secrets(&signing_seed, &sealing_secret))
    }

    /// Keys from their secret bytes: an Ed25519 seed (libsodium's
    /// `crypto_sign_seed_keypair`) and an X25519 secret key (libsodium's `crypto_box`
    /// secret key, used as is, clamped when multiplied).
    pub fn from_secrets(signing_seed: &[u8; 32], sealing_secret: &[u8; 32]) -> Self {
        let sealing_public = BoxPublicKey(
            crypto_box::SecretKey::from_bytes(*sealing_secret)
                .public_key()
                .to_bytes(),
        );
        DeviceKey {
            signing: SigningKey::from_bytes(signing_seed),
            sealing_secret: Zeroizing::new(*sealing_secret),
            sealing_public,
        }
    }

    /// The public identity to put in invites and pin in contacts.
    pub fn identity(&self) -> DeviceIdentity {
        DeviceIdentity {
            signing: PublicKey(self.signing.verifying_key().to_bytes()),
            sealing: self.sealing_public,
        }
    }

    /// An Ed25519 signature (libsodium's `crypto_sign_detached`) over `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }

    /// Opens a libsodium sealed box (`crypto_box_seal_open`) addressed to this device.
    pub(crate) fn unseal(&self, ciphertext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let secret = crypto_box::SecretKey::from_bytes(*self.sealing_secret);
        secret.unseal(ciphertext).ok().map(Zeroizing::new)
    }

    /// The key file text (JSON). It holds both secrets: store it only inside the encrypted
    /// vault or a file readable by its owner alone.
    pub fn to_key_file(&self) -> Zeroizing<String> {
        let json = Zeroizing::new(KeyFileJson {
            format: KEY_FILE_FORMAT.to_string(),
            version: KEY_FILE_VERSION,
            signing_public: self.identity().signing.to_base64(),
            sealing_public: self.sealing_public.to_base64(),
            signing_secret: B64.encode(Zeroizing::new(self.signing.to_bytes()).as_ref()),
            sealing_secret: B64.encode(self.sealing_secret.as_ref()),
        });
        // Written into one buffer big enough for the whole file, so that no reallocation
        // leaves an unwiped copy of the secrets behind.
        let mut out = Zeroizing::new(Vec::with_capacity(1024));
        if serde_json::to_writer_pretty(&mut *out, &*json).is_err() {
            return Zeroizing::new(String::new());
        }
        out.push(b'\n');
        Zeroizing::new(String::from_utf8(std::mem::take(&mut *out)).unwrap_or_default())
    }

    /// Reads a key file written by [`DeviceKey::to_key_file`], checking that its public
    /// keys are the ones its secrets make.
    pub fn from_key_file(text: &str) -> Result<Self, DeviceKeyError> {
        let json: Zeroizing<KeyFileJson> =
            Zeroizing::new(serde_json::from_str(text).map_err(|_| DeviceKeyError::NotAKeyFile)?);
        if json.format != KEY_FILE_FORMAT {
            return Err(DeviceKeyError::NotAKeyFile);
        }
        if json.version != KEY_FILE_VERSION {
            return Err(DeviceKeyError::UnsupportedVersion);
        }
        let signing_seed = secret_32(&json.signing_secret)?;
        let sealing_secret = secret_32(&json.sealing_secret)?;
        let key = DeviceKey::from_secrets(&signing_seed, &sealing_secret);
        let identity = key.identity();
        if identity.signing.to_base64() != json.signing_public || identity.sealing.to_base64() != json.sealing_public {
            return Err(DeviceKeyError::Mismatch);
        }
        Ok(key)
    }
}

impl zeroize::Zeroize for KeyFileJson {
    fn zeroize(&mut self) {
        self.signing_secret.zeroize();
        self.sealing_secret.zeroize();
    }
}

fn secret_32(text: &str) -> Result<Zeroizing<[u8; 32]>, DeviceKeyError> {
    let bytes = Zeroizing::new(B64.decode(text.as_bytes()).map_err(|_| DeviceKeyError::NotAKeyFile)?);
    let mut out = Zeroizing::new([0u8; 32]);
    if bytes.len() != 32 {
        return Err(DeviceKeyError::NotAKeyFile);
    }
    out.copy_from_slice(&bytes);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_key_file_round_trips_to_the_same_identity() {
        let k = DeviceKey::generate().unwrap();
        let back = DeviceKey::from_key_file(&k.to_key_file()).unwrap();
        assert_eq!(back.identity(), k.identity());
        assert_ne!(k.identity().signing.0, k.identity().sealing.0);
    }

    #[test]
    fn a_key_file_with_a_swapped_public_key_is_refused() {
        let k = DeviceKey::from_secrets(&[1; 32], &[2; 32]);
        let other = DeviceKey::from_secrets(&[3; 32], &[4; 32]);
        let text = k.to_key_file();
        let tampered = text.replace(&k.identity().sealing.to_base64(), &other.identity().sealing.to_base64());
        assert_eq!(
            DeviceKey::from_key_file(&tampered).err(),
            Some(DeviceKeyError::Mismatch)
        );
    }

    #[test]
    fn a_key_file_of_another_format_or_version_is_refused() {
        let text = DeviceKey::from_secrets(&[1; 32], &[2; 32]).to_key_file();
        assert_eq!(DeviceKey::from_key_file("{}").err(), Some(DeviceKeyError::NotAKeyFile));
        let publisher = text.replace(KEY_FILE_FORMAT, "alongside-publisher-key");
        assert_eq!(
            DeviceKey::from_key_file(&publisher).err(),
            Some(DeviceKeyError::NotAKeyFile)
        );
        let newer = text.replace("\"version\": 1", "\"version\": 2");
        assert_eq!(
            DeviceKey::from_key_file(&newer).err(),
            Some(DeviceKeyError::UnsupportedVersion)
        );
    }

    #[test]
    fn small_order_and_off_curve_sealing_keys_are_not_acceptable() {
        assert!(DeviceKey::from_secrets(&[1; 32], &[2; 32])
            .identity()
            .sealing
            .is_acceptable());
        let mut minus_one = [0xff; 32];
        (minus_one[0], minus_one[31]) = (0xec, 0x7f);
        let mut one = [0; 32];
        one[0] = 1;
        for bad in [[0; 32], one, minus_one, SMALL_ORDER_8] {
            assert!(!BoxPublicKey(bad).is_acceptable(), "{bad:?}");
        }
        // A point on the twist rather than the curve (u = 2).
        let mut two = [0; 32];
        two[0] = 2;
        assert!(!BoxPublicKey(two).is_acceptable());
    }

    /// A point of order 8 (from libsodium's list of small-order points).
    const SMALL_ORDER_8: [u8; 32] = [
        0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09,
        0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00,
    ];

    #[test]
    fn a_relay_request_signed_with_a_device_key_verifies_at_the_relay() {
        use crate::relay_api::{encode_nonce, sign_request, verify_request};
        let k = DeviceKey::from_secrets(&[1; 32], &[2; 32]);
        let headers = sign_request(&k, &encode_nonce(&[7; 32]), "GET", "/v1/inboxes/ab/envelopes", b"");
        let (_, key) = verify_request(&headers, "GET", "/v1/inboxes/ab/envelopes", b"").unwrap();
        assert_eq!(key.to_bytes(), k.identity().signing.0);
        assert!(verify_request(&headers, "GET", "/v1/inboxes/cd/envelopes", b"").is_err());
    }

    #[test]
    fn a_weak_signing_key_verifies_nothing() {
        // The identity point: with it, the all-identity signature would "verify" anything
        // under a lax check.
        let mut identity_point = [0u8; 32];
        identity_point[0] = 1;
        let mut sig = [0u8; 64];
        sig[0] = 1;
        assert!(!verify_signature(&PublicKey(identity_point), b"anything", &sig));
    }

    #[test]
    fn a_signature_verifies_only_against_the_identity_that_made_it() {
        let a = DeviceKey::from_secrets(&[1; 32], &[2; 32]);
        let b = DeviceKey::from_secrets(&[3; 32], &[4; 32]);
        let sig = a.sign(b"message");
        assert!(a.identity().verify(b"message", &sig));
        assert!(!a.identity().verify(b"messagf", &sig));
        assert!(!b.identity().verify(b"message", &sig));
    }
}
