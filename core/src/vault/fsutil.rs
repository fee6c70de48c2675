//! Small file-system helpers that make writes crash-safe and keep her files owner-only.
//!
//! The core is a library inside the phone apps and the CLI, so it never relies on the
//! process's umask: every folder it makes is 0700 and every file 0600, set explicitly.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::error::Result;

/// Mode of every folder the vault makes: only its owner may list or enter it.
pub const PRIVATE_DIR: u32 = 0o700;
/// Mode of every file the vault writes: only its owner may read or write it.
pub const PRIVATE_FILE: u32 = 0o600;

/// Makes `dir` (and any missing parents) owner-only. An existing `dir` is made owner-only
/// only if it is empty (a phone shell may make the folder first); a folder already holding
/// other things (a home folder, `/tmp`) is not the vault's to change.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let existed = dir.is_dir();
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, PRIVATE_DIR);
    builder.create(dir)?;
    if !existed || fs::read_dir(dir)?.next().is_none() {
        // Explicitly: the mode given to `DirBuilder` is reduced by the umask.
        set_mode(dir, PRIVATE_DIR)?;
    }
    Ok(())
}

/// Creates a new, empty, owner-only file; refuses one that is already there.
pub fn create_private_file(path: &Path) -> Result<File> {
    Ok(private_options().create_new(true).open(path)?)
}

/// Sets `path`'s permission bits (Unix only).
pub fn set_mode(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Takes group and other permissions off an existing `path`, if it has any: for vaults
/// written before their files were made owner-only. Best effort, as it changes nothing of
/// hers: a file that can't be changed (not hers, or gone) is left as it is.
pub fn make_owner_only(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::symlink_metadata(path) {
            if !meta.file_type().is_symlink() && meta.permissions().mode() & 0o077 != 0 {
                let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, PRIVATE_FILE);
    options
}

/// Writes `bytes` to `path` via a temporary file, fsync and rename, then syncs the folder,
/// so after a crash the file is either the old version or the new one. The file is
/// owner-only, whatever the temporary file's mode was before (it may be left from a crash).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut f = private_options().create(true).truncate(true).open(&tmp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(fs::Permissions::from_mode(PRIVATE_FILE))?;
        }
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
