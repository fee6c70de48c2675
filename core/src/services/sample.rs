//! The made-up Sampleton directory, compiled in, so she can try the services screen before
//! a real directory reaches her. Its publisher's key is public on purpose, so it is trusted
//! only while sample data is on, and turning sample data off removes it.

use std::time::SystemTime;

use super::model::{BundleRefusal, DirectoryStatus};
use super::{api, import, options, store};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// The signed sample bundle (see content/directory/sample/README.md).
pub(crate) const SAMPLE_BUNDLE: &[u8] = include_bytes!("../../content/directory/sample/sample.bundle");

#[uniffi::export]
impl Vault {
    /// Turns the sample directory on or off, in one transaction. On: sample data is allowed
    /// and the compiled-in sample directory installed (already installed is fine). Off:
    /// sample data is no longer allowed and an installed sample directory is removed.
    /// Turning it on while a real directory is installed is refused with `InvalidInput` on
    /// "directory" (the sample would replace hers), and nothing changes. Returns the
    /// directory installed afterwards, if any.
    pub fn set_sample_directory(&self, on: bool, now: SystemTime) -> Result<Option<DirectoryStatus>> {
        let imported_at = time::unix(now)?;
        let today = api::today(self, now)?;
        self.write(|tx| {
            let mut choices = options::load(tx)?;
            choices.allow_sample_data = on;
            let installed = store::meta(tx)?.is_some();
            let sample = store::is_sample(tx)?;
            if on && installed && !sample {
                return Err(AlongsideError::refused(
                    "directory",
                    "settings-directory-sample-would-replace",
                ));
            }
            options::store(tx, &choices)?;
            if !on {
                if sample {
                    import::clear(tx)?;
                }
                return api::status(tx, today);
            }
            match api::import_in(tx, SAMPLE_BUNDLE, &[], imported_at, today) {
                Ok(status) => Ok(Some(status)),
                // Checked before anything is written, so the transaction is still whole.
                Err(AlongsideError::BundleRefused {
                    reason: BundleRefusal::AlreadyInstalled | BundleRefusal::Rollback,
                    ..
                }) => api::status(tx, today),
                Err(e) => Err(e),
            }
        })
    }
}
