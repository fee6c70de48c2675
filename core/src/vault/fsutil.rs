//! Small file-system helpers that make writes crash-safe.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::error::Result;

/// Writes `bytes` to `path` via a temporary file, fsync and rename, then syncs the folder,
/// so after a crash the file is either the old version or the new one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut f = OpenOptions::new().write(true).create(true).truncate(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    sync_dir(path)?;
    Ok(())
}

/// Syncs the folder holding `path`, so a rename or delete in it survives power loss.
pub fn sync_dir(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        // Opening a directory for sync is not supported everywhere; where it is not, the
        // rename is still atomic, only its durability depends on the OS flushing later.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Overwrites a file's contents with zeros before it is removed. On flash storage this is
/// not a guarantee (wear levelling), which is why the data itself is encrypted and wiping
/// the key file is what makes a vault unreadable.
pub fn shred(path: &Path) -> Result<()> {
    match fs::metadata(path) {
        Ok(meta) => {
            let mut f = OpenOptions::new().write(true).open(path)?;
            let zeros = vec![0u8; 64 * 1024];
            let mut left = meta.len();
            while left > 0 {
                let n = left.min(zeros.len() as u64) as usize;
                f.write_all(&zeros[..n])?;
                left -= n as u64;
            }
            f.sync_all()?;
            drop(f);
            fs::remove_file(path)?;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}
