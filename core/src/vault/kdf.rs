//! Passcode key derivation: Argon2id, with libsodium's `crypto_pwhash` parameter meaning.
//!
//! The parameters live in the key file, so a vault made on a slow phone with less memory
//! still opens on a fast one, and a later release can raise them on passcode change.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

use crate::error::{AlongsideError, Result};

/// Salt length of libsodium's `crypto_pwhash_SALTBYTES`.
pub const SALT_LEN: usize = 16;
/// libsodium's recommended `opslimit` for sensitive-but-interactive use (MODERATE).
pub const OPS_LIMIT: u32 = 3;
const MIN_MEMORY_KIB: u32 = 64 * 1024;
const MAX_MEMORY_KIB: u32 = 256 * 1024;
/// How long an unlock should take on the phone it was created on.
const TARGET: Duration = Duration::from_millis(500);

/// Argon2id parameters as stored in the key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Passes over memory (libsodium `opslimit`).
    pub ops_limit: u32,
    /// Memory in KiB (libsodium `memlimit` / 1024).
    pub memory_kib: u32,
}

impl KdfParams {
    /// Cheap parameters for tests and benchmarks only. Never used by `Vault::create`.
    #[doc(hidden)]
    pub const fn insecure_for_tests() -> Self {
        KdfParams {
            ops_limit: 1,
            memory_kib: 8,
        }
    }

    /// Picks the memory cost for this device: one 64 MiB run is timed and the memory
    /// scaled towards `TARGET`, within libsodium's INTERACTIVE..MODERATE range.
    pub fn calibrate() -> Result<Self> {
        let probe = KdfParams {
            ops_limit: OPS_LIMIT,
            memory_kib: MIN_MEMORY_KIB,
        };
        let started = Instant::now();
        derive(&probe, b"calibration", &[0u8; SALT_LEN])?;
        let took = started.elapsed().as_secs_f64().max(0.001);
        let scaled = (f64::from(MIN_MEMORY_KIB) * TARGET.as_secs_f64() / took) as u32;
        // Round down to a whole MiB so stored parameters are readable.
        let memory_kib = (scaled.clamp(MIN_MEMORY_KIB, MAX_MEMORY_KIB) / 1024) * 1024;
        Ok(KdfParams {
            ops_limit: OPS_LIMIT,
            memory_kib,
        })
    }

    /// Refuses parameters no build of this app would write (an altered key file could
    /// otherwise ask for terabytes of memory).
    pub fn check(&self) -> Result<()> {
        let ok_ops = (1..=10).contains(&self.ops_limit);
        let ok_mem = (8..=1024 * 1024).contains(&self.memory_kib);
        if ok_ops && ok_mem {
            Ok(())
        } else {
            Err(AlongsideError::KeyFileDamaged)
        }
    }
}

/// Derives a 32-byte key-encryption key from the passcode.
pub fn derive(params: &KdfParams, passcode: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
    params.check()?;
    let argon_params =
        Params::new(params.memory_kib, params.ops_limit, 1, Some(32)).map_err(|_| AlongsideError::KeyFileDamaged)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passcode, salt, out.as_mut())
        .map_err(|_| AlongsideError::KeyFileDamaged)?;
    Ok(out)
}
