//! The key file: the vault's random database key, wrapped under the passcode.
//!
//! Format (version 1), two lines of UTF-8:
//! 1. a JSON body: format tag, version, KDF parameters and salt, XChaCha20-Poly1305 nonce
//!    and the wrapped 32-byte key (hex);
//! 2. the hex SHA-256 of line 1's exact bytes.
//!
//! The checksum tells a damaged or edited file apart from a wrong passcode. The KDF
//! parameters and version are also bound into the AEAD as associated data, so a file whose
//! parameters were altered and checksum recomputed still fails to unwrap.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::XChaCha20Poly1305;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;
use zeroize::Zeroizing;

use super::fsutil::write_atomically;
use super::kdf::{self, KdfParams, SALT_LEN};
use crate::error::{AlongsideError, Result};

const FORMAT: &str = "alongside-vault-key";
const VERSION: u32 = 1;
const NONCE_LEN: usize = 24;
/// The largest key file read, checked while reading: one is about 400 bytes, so anything
/// near this is damage (or a device, not a file) and is refused as such.
const MAX_KEY_FILE_BYTES: usize = 64 * 1024;

/// The database key: 32 random bytes, wiped from memory when dropped.
pub type DbKey = Zeroizing<[u8; 32]>;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Body {
    format: String,
    version: u32,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    wrapped_key: String,
}

/// A parsed, checksum-verified key file.
#[derive(Debug, Clone)]
pub struct KeyFile {
    body: Body,
}

impl KeyFile {
    /// Wraps `key` under `passcode` with fresh salt and nonce.
    pub fn seal(key: &DbKey, passcode: &[u8], params: KdfParams) -> Result<Self> {
        let mut salt = [0u8; SALT_LEN];
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut salt)?;
        fill_random(&mut nonce)?;
        let kek = kdf::derive(&params, passcode, &salt)?;
        let cipher = XChaCha20Poly1305::new_from_slice(kek.as_ref()).map_err(|_| AlongsideError::KeyFileDamaged)?;
        let aad = associated_data(&params);
        let wrapped = cipher
            .encrypt(
                (&nonce).into(),
                Payload {
                    msg: key.as_ref(),
                    aad: &aad,
                },
            )
            .map_err(|_| AlongsideError::KeyFileDamaged)?;
        Ok(KeyFile {
            body: Body {
                format: FORMAT.to_string(),
                version: VERSION,
                kdf: params,
                salt: hex::encode(salt),
                nonce: hex::encode(nonce),
                wrapped_key: hex::encode(wrapped),
            },
        })
    }

    /// Unwraps the database key. A wrong passcode is `WrongPasscode`.
    pub fn open(&self, passcode: &[u8]) -> Result<DbKey> {
        let salt = decode_exact::<SALT_LEN>(&self.body.salt)?;
        let nonce = decode_exact::<NONCE_LEN>(&self.body.nonce)?;
        let wrapped = hex::decode(&self.body.wrapped_key).map_err(|_| AlongsideError::KeyFileDamaged)?;
        let kek = kdf::derive(&self.body.kdf, passcode, &salt)?;
        let cipher = XChaCha20Poly1305::new_from_slice(kek.as_ref()).map_err(|_| AlongsideError::KeyFileDamaged)?;
        let aad = associated_data(&self.body.kdf);
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    (&nonce).into(),
                    Payload {
                        msg: &wrapped,
                        aad: &aad,
                    },
                )
                .map_err(|_| AlongsideError::WrongPasscode { retry_after_seconds: 0 })?,
        );
        let mut key = Zeroizing::new([0u8; 32]);
        if plain.len() != 32 {
            return Err(AlongsideError::KeyFileDamaged);
        }
        key.copy_from_slice(&plain);
        Ok(key)
    }

    /// The KDF parameters this file was sealed with.
    pub fn params(&self) -> KdfParams {
        self.body.kdf
    }

    /// Reads and verifies a key file. Missing file: `NotAVault`; any damage: `KeyFileDamaged`.
    pub fn read(path: &Path) -> Result<Self> {
        use alongside_protocol::bounded::{read_file, BoundedError};
        let bytes = match read_file(path, MAX_KEY_FILE_BYTES) {
            Ok(b) => b,
            Err(BoundedError::TooLarge { .. }) => return Err(AlongsideError::KeyFileDamaged),
            Err(BoundedError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(AlongsideError::NotAVault)
            }
            Err(BoundedError::Io(e)) => return Err(e.into()),
        };
        Self::parse(&bytes)
    }

    fn parse(bytes: &[u8]) -> Result<Self> {
        let text = std::str::from_utf8(bytes).map_err(|_| AlongsideError::KeyFileDamaged)?;
        let mut lines = text.trim_end_matches('\n').split('\n');
        let (Some(body_line), Some(sum_line), None) = (lines.next(), lines.next(), lines.next()) else {
            return Err(AlongsideError::KeyFileDamaged);
        };
        let expected = hex::encode(Sha256::digest(body_line.as_bytes()));
        if expected != sum_line {
            return Err(AlongsideError::KeyFileDamaged);
        }
        let body: Body = serde_json::from_str(body_line).map_err(|_| AlongsideError::KeyFileDamaged)?;
        if body.format != FORMAT || body.version != VERSION {
            return Err(AlongsideError::KeyFileDamaged);
        }
        body.kdf.check()?;
        Ok(KeyFile { body })
    }

    fn to_bytes(&self) -> Result<Vec<u8>> {
        let body_line = serde_json::to_string(&self.body).map_err(|_| AlongsideError::KeyFileDamaged)?;
        let sum = hex::encode(Sha256::digest(body_line.as_bytes()));
        Ok(format!("{body_line}\n{sum}\n").into_bytes())
    }

    /// Writes the file so that a crash leaves either the old or the new file, never a mix.
    pub fn write(&self, path: &Path) -> Result<()> {
        write_atomically(path, &self.to_bytes()?)
    }
}

fn associated_data(params: &KdfParams) -> Vec<u8> {
    format!(
        "{FORMAT}/{VERSION}/argon2id13/{}/{}",
        params.ops_limit, params.memory_kib
    )
    .into_bytes()
}

fn decode_exact<const N: usize>(hex_text: &str) -> Result<[u8; N]> {
    let bytes = hex::decode(hex_text).map_err(|_| AlongsideError::KeyFileDamaged)?;
    bytes.try_into().map_err(|_| AlongsideError::KeyFileDamaged)
}

/// Fills `buf` from the operating system's CSPRNG.
pub fn fill_random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|_| AlongsideError::Storage {
        detail: "the system random number generator is unavailable".to_string(),
    })
}

/// A new random database key.
pub fn new_db_key() -> Result<DbKey> {
    let mut key = Zeroizing::new([0u8; 32]);
    fill_random(key.as_mut())?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed() -> (DbKey, KeyFile) {
        let key = new_db_key().unwrap();
        let file = KeyFile::seal(&key, b"blue kettle 42", KdfParams::insecure_for_tests()).unwrap();
        (key, file)
    }

    #[test]
    fn the_right_passcode_unwraps_the_same_key() {
        let (key, file) = sealed();
        let again = KeyFile::parse(&file.to_bytes().unwrap()).unwrap();
        assert_eq!(*again.open(b"blue kettle 42").unwrap(), *key);
    }

    #[test]
    fn a_wrong_passcode_is_reported_as_wrong_not_as_damage() {
        let (_, file) = sealed();
        assert!(matches!(
            file.open(b"blue kettle 43"),
            Err(AlongsideError::WrongPasscode { .. })
        ));
    }

    #[test]
    fn every_single_byte_change_or_truncation_is_refused_as_damage() {
        let (_, file) = sealed();
        let bytes = file.to_bytes().unwrap();
        for i in 0..bytes.len() - 1 {
            let mut altered = bytes.clone();
            altered[i] ^= 0x01;
            assert!(KeyFile::parse(&altered).is_err(), "byte {i} altered but accepted");
            assert!(matches!(
                KeyFile::parse(&bytes[..i]),
                Err(AlongsideError::KeyFileDamaged)
            ));
        }
    }

    #[test]
    fn altered_kdf_parameters_with_a_recomputed_checksum_still_fail_to_unwrap() {
        let (_, mut file) = sealed();
        file.body.kdf.ops_limit = 2;
        let reparsed = KeyFile::parse(&file.to_bytes().unwrap()).unwrap();
        assert!(reparsed.open(b"blue kettle 42").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_key_file_that_never_ends_is_refused_as_damage_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.key");
        let pipe = crate::test_fifo::Fifo::at(&path);
        assert!(matches!(KeyFile::read(&path), Err(AlongsideError::KeyFileDamaged)));
        let taken = pipe.taken();
        assert!(taken < 1024 * 1024, "read {taken} bytes of a key file");
    }

    #[test]
    fn the_key_file_never_contains_the_passcode_or_the_key() {
        let (key, file) = sealed();
        let text = String::from_utf8(file.to_bytes().unwrap()).unwrap();
        assert!(!text.contains("blue kettle"));
        assert!(!text.contains(&hex::encode(*key)));
    }
}
