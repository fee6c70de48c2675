//! Her device's sharing keys: made on first use and kept only inside the encrypted vault.
//! Losing the vault loses them, which is what she would expect of a private diary: a new
//! phone pairs again.

use alongside_protocol::device::DeviceKey;
use rusqlite::Connection;

use crate::error::{AlongsideError, Result};
use crate::services::options::{get, set};

const KEY: &str = "sharing_device_key";

fn damaged() -> AlongsideError {
    AlongsideError::VaultUnreadable {
        reason: "the sharing keys are damaged".to_string(),
    }
}

/// Her device key, made and stored on first use.
pub(crate) fn key(conn: &Connection) -> Result<DeviceKey> {
    if let Some(text) = get(conn, KEY)? {
        return DeviceKey::from_key_file(&text).map_err(|_| damaged());
    }
    let k = DeviceKey::generate().map_err(|_| AlongsideError::refused("keys", "error-no-new-keys"))?;
    set(conn, KEY, &k.to_key_file())?;
    Ok(k)
}
