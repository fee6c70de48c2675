//! What every command shares: which vault folder, what time it is, text or JSON, and the
//! one way to open and unlock the vault.

use alongside_core::Vault;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use crate::boot_clock;
use crate::error::{CliError, CliResult};
use crate::passcode;

/// Where scripts can point at a vault without `--vault`.
pub const ENV_VAULT: &str = "ALONGSIDE_VAULT";

/// The global options, resolved.
pub struct Context {
    /// `--vault` exactly as given (the demo uses a throwaway vault when it is absent).
    pub vault_flag: Option<PathBuf>,
    pub json: bool,
    /// The clock every core call is given: `--now`, or the system clock. (Passcode pauses
    /// are also measured on the system's time since start, which `--now` does not move.)
    pub now: SystemTime,
}

impl Context {
    /// The vault folder: `--vault`, then `$ALONGSIDE_VAULT`, then `alongside/vault` in the
    /// user's data folder.
    pub fn vault_dir(&self) -> CliResult<PathBuf> {
        if let Some(dir) = &self.vault_flag {
            return Ok(dir.clone());
        }
        if let Some(dir) = std::env::var_os(ENV_VAULT).filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
        dirs::data_dir()
            .map(|d| d.join("alongside").join("vault"))
            .ok_or_else(|| CliError::usage(crate::words::ui("cli-error-no-data-folder")))
    }

    /// The vault folder as the string the core's API takes.
    pub fn vault_string(&self) -> CliResult<String> {
        path_string(self.vault_dir()?)
    }

    /// Opens the vault and unlocks it with her passcode.
    pub fn unlocked(&self) -> CliResult<Arc<Vault>> {
        let vault = Vault::open(self.vault_string()?)?;
        let secret = passcode::current(&crate::words::prompt("cli-prompt-passcode"))?;
        vault.unlock(passcode::reveal(&secret), self.now, boot_clock::since_boot())?;
        Ok(vault)
    }

    /// Today's date in her home zone, from the core. The CLI never works out dates across
    /// zones itself.
    pub fn today(&self, vault: &Vault) -> CliResult<String> {
        Ok(vault.today_date(self.now)?)
    }
}

/// A folder path as UTF-8, which the core's API (shared with the phones) requires.
pub fn path_string(path: PathBuf) -> CliResult<String> {
    path.into_os_string()
        .into_string()
        .map_err(|_| CliError::usage(crate::words::ui("cli-error-folder-name")))
}
