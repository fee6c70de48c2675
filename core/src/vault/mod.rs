//! The encrypted vault: creating, unlocking, locking, re-keying and wiping.
//!
//! A vault is a folder holding `vault.db` (SQLCipher) and `vault.key` (the database key
//! wrapped under the passcode, see `keyfile`). Every other module reaches the database
//! through [`Vault::read`] and [`Vault::write`], which refuse while the vault is locked and
//! make each write one transaction.
//!
//! One file without the other is a damaged vault: it is refused, and an empty database is
//! never made beside a key file. So a new vault's database is built complete under a
//! temporary name first, the key file written next (the moment the vault exists), and the
//! database renamed into place last; an open that finds the key file and the finished
//! database still under its temporary name completes that rename.

pub(crate) mod attempts;
pub(crate) mod db;
pub(crate) mod fsutil;
pub mod kdf;
pub(crate) mod keyfile;
pub mod migrations;
pub(crate) mod quick_exit;
mod settings;
pub(crate) mod system_screens;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};
use zeroize::Zeroizing;

use crate::error::{AlongsideError, Result};
use attempts::{Attempts, Moment};
use kdf::KdfParams;
use keyfile::KeyFile;

pub use quick_exit::{quick_exit_control, QuickExitControl, QuickExitDestination};
pub(crate) use settings::OFFERED_ZONES;
pub use settings::{NotificationWording, Settings};
pub use system_screens::system_screen_hold_ms;

const KEY_FILE: &str = "vault.key";
const DB_FILE: &str = "vault.db";
/// A new vault's database until its key file exists.
const NEW_DB_FILE: &str = "vault.db.new";
const ATTEMPTS_FILE: &str = "unlock-attempts.json";
pub(crate) const MIN_PASSCODE_CHARS: usize = 6;

/// A handle on one vault folder. Created locked by [`Vault::open`] or unlocked by
/// [`Vault::create`]. In Kotlin, close it (`use {}`) rather than leaving it to the GC.
#[derive(uniffi::Object)]
pub struct Vault {
    dir: PathBuf,
    conn: Mutex<Option<Connection>>,
}

#[uniffi::export]
impl Vault {
    /// Creates a new vault in `dir` (made if missing) protected by `passcode`, and returns
    /// it unlocked. Refuses a folder that already holds a vault.
    #[uniffi::constructor]
    pub fn create(dir: String, passcode: String) -> Result<Arc<Self>> {
        Self::create_with(Path::new(&dir), passcode, None).map(Arc::new)
    }

    /// Opens the vault in `dir`, locked. Refuses a folder that is not a vault, whose key
    /// file is damaged, or whose database is missing or empty (`VaultDamaged`), before any
    /// passcode is asked for.
    #[uniffi::constructor]
    pub fn open(dir: String) -> Result<Arc<Self>> {
        Self::open_locked(Path::new(&dir)).map(Arc::new)
    }

    /// Unlocks with the passcode. After three wrong passcodes in a row each further try
    /// waits longer (30 s, doubling, at most an hour), and the count survives restarts.
    ///
    /// `since_boot` is the time since the phone started, on a clock its holder cannot set
    /// and that keeps counting while the phone sleeps (Android
    /// `SystemClock.elapsedRealtime()`, iOS `clock_gettime_nsec_np(CLOCK_MONOTONIC)`, Linux
    /// `CLOCK_BOOTTIME`). A pause ends only when both it and `now` say it has passed, so
    /// moving the phone's clock does not shorten it.
    pub fn unlock(&self, passcode: String, now: SystemTime, since_boot: Duration) -> Result<()> {
        let passcode = Zeroizing::new(passcode);
        let key = self.unwrap_key(passcode.as_bytes(), Moment::new(now, since_boot)?)?;
        let conn = db::open_encrypted(&self.dir.join(DB_FILE), &key)?;
        *self.guard() = Some(conn);
        // Her "forget entries older than" setting. A failure here must not keep her out of
        // her diary; it is tried again on Today and at the next unlock.
        if let Ok(now) = crate::time::timestamp(now) {
            let _ = self.forget_by_setting(now);
        }
        Ok(())
    }

    /// Locks the vault: the database is closed and its key wiped from memory.
    pub fn lock(&self) {
        // Dropping the connection makes SQLCipher zero its copy of the key.
        *self.guard() = None;
    }

    /// Whether the vault is locked.
    pub fn is_locked(&self) -> bool {
        self.guard().is_none()
    }

    /// Changes the passcode. The data is not re-encrypted: only the key file is rewritten,
    /// atomically, so a crash leaves the old passcode or the new one working. A wrong
    /// current passcode counts as a wrong try, with the same pauses as [`Vault::unlock`]
    /// (`since_boot` as there).
    pub fn change_passcode(&self, current: String, new: String, now: SystemTime, since_boot: Duration) -> Result<()> {
        let current = Zeroizing::new(current);
        let new = Zeroizing::new(new);
        check_passcode(&new)?;
        let key = self.unwrap_key(current.as_bytes(), Moment::new(now, since_boot)?)?;
        let params = KeyFile::read(&self.key_path())?.params();
        KeyFile::seal(&key, new.as_bytes(), params)?.write(&self.key_path())
    }

    /// Destroys the vault: the key file is overwritten and removed, then the database.
    /// Without the key file the data cannot be decrypted, even from a copy.
    pub fn wipe(&self) -> Result<()> {
        self.lock();
        wipe_dir(&self.dir)
    }

    /// The vault's settings.
    pub fn settings(&self) -> Result<Settings> {
        self.read(settings::load)
    }

    /// Changes the vault's settings (home time zone, discreet notifications).
    pub fn update_settings(&self, settings: Settings) -> Result<()> {
        settings.validate()?;
        self.write(|tx| settings::store(tx, &settings))
    }
}

/// Whether `dir` holds a vault (a key file or a database). Lets a shell choose between the
/// set-up screen and the unlock screen without opening anything. A damaged vault counts, so
/// she is told it is damaged (and offered a fresh start) rather than asked to set up anew.
#[uniffi::export]
pub fn vault_exists(dir: String) -> bool {
    let dir = Path::new(&dir);
    dir.join(KEY_FILE).is_file() || dir.join(DB_FILE).exists()
}

/// Destroys the vault in `dir` without unlocking it, for when she has forgotten the
/// passcode or needs the data gone now.
#[uniffi::export]
pub fn wipe_vault(dir: String) -> Result<()> {
    let dir = Path::new(&dir);
    if !dir.join(KEY_FILE).exists() && !dir.join(DB_FILE).exists() && !dir.join(NEW_DB_FILE).exists() {
        return Err(AlongsideError::NotAVault);
    }
    wipe_dir(dir)
}

impl Vault {
    /// Creates a vault with explicit KDF parameters. Tests and benchmarks only.
    #[doc(hidden)]
    pub fn create_with(dir: &Path, passcode: String, kdf: Option<KdfParams>) -> Result<Self> {
        let passcode = Zeroizing::new(passcode);
        check_passcode(&passcode)?;
        if dir.join(KEY_FILE).exists() || dir.join(DB_FILE).exists() {
            return Err(AlongsideError::VaultExists);
        }
        if dir.exists() && !dir.is_dir() {
            return Err(AlongsideError::NotAVault);
        }
        fsutil::create_private_dir(dir)?;
        let params = match kdf {
            Some(p) => p,
            None => KdfParams::calibrate()?,
        };
        let key = keyfile::new_db_key()?;
        // Left by a creation that stopped before its key file was written: nothing can
        // ever decrypt it.
        for leftover in [NEW_DB_FILE, "vault.db.new-journal"] {
            fsutil::shred(&dir.join(leftover))?;
        }
        db::create_encrypted(&dir.join(NEW_DB_FILE), &key)?;
        KeyFile::seal(&key, passcode.as_bytes(), params)?.write(&dir.join(KEY_FILE))?;
        finish_creation(dir)?;
        let conn = db::open_encrypted(&dir.join(DB_FILE), &key)?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn: Mutex::new(Some(conn)),
        })
    }

    /// Opens a vault locked (the Rust-side form of [`Vault::open`]).
    pub fn open_locked(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(AlongsideError::NotAVault);
        }
        match KeyFile::read(&dir.join(KEY_FILE)) {
            Err(AlongsideError::NotAVault) if dir.join(DB_FILE).exists() => return Err(AlongsideError::VaultDamaged),
            other => other?,
        };
        if !dir.join(DB_FILE).exists() && dir.join(NEW_DB_FILE).is_file() {
            finish_creation(dir)?;
        }
        db::check_file(&dir.join(DB_FILE))?;
        make_owner_only(dir);
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn: Mutex::new(None),
        })
    }

    /// Wraps an already-open connection (plain SQLite) in a vault. Benchmarks only: it is
    /// how the same public queries run against an unencrypted baseline.
    #[doc(hidden)]
    pub fn from_plain_database(path: &Path) -> Result<Self> {
        let conn = db::open_plain(path)?;
        Ok(Vault {
            dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            conn: Mutex::new(Some(conn)),
        })
    }

    /// Unlocks with the raw database key, skipping the KDF. Benchmarks only: it measures
    /// the cost of opening the encrypted database apart from Argon2id.
    #[doc(hidden)]
    pub fn unlock_with_key_for_bench(&self, passcode: &str) -> Result<impl FnMut() -> Result<()> + '_> {
        let key = KeyFile::read(&self.key_path())?.open(passcode.as_bytes())?;
        let path = self.dir.join(DB_FILE);
        Ok(move || {
            let conn = db::open_encrypted(&path, &key)?;
            *self.guard() = Some(conn);
            Ok(())
        })
    }

    /// The raw database key, for tests that decrypt every page of the file themselves to
    /// check what is left in it (free pages included). Tests only.
    #[doc(hidden)]
    pub fn database_key_for_tests(&self, passcode: &str) -> Result<Zeroizing<Vec<u8>>> {
        let key = KeyFile::read(&self.key_path())?.open(passcode.as_bytes())?;
        Ok(Zeroizing::new(key.as_ref().to_vec()))
    }

    /// The folder this vault lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The database file, for tests that inspect what is on disk.
    #[doc(hidden)]
    pub fn database_path(&self) -> PathBuf {
        self.dir.join(DB_FILE)
    }

    fn key_path(&self) -> PathBuf {
        self.dir.join(KEY_FILE)
    }

    fn guard(&self) -> MutexGuard<'_, Option<Connection>> {
        // A panic while holding the lock cannot leave a half-written transaction behind
        // (SQLite rolls back), so a poisoned lock is safe to keep using.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn unwrap_key(&self, passcode: &[u8], now: Moment) -> Result<keyfile::DbKey> {
        let attempts_path = self.dir.join(ATTEMPTS_FILE);
        let attempts = Attempts::load(&attempts_path, now)?;
        let wait = attempts.wait_at(now);
        if wait > 0 {
            return Err(AlongsideError::TooManyAttempts {
                retry_after_seconds: wait,
            });
        }
        let file = match KeyFile::read(&self.key_path()) {
            // It was there when the vault was opened: gone now, the vault is incomplete.
            Err(AlongsideError::NotAVault) => return Err(AlongsideError::VaultDamaged),
            other => other?,
        };
        match file.open(passcode) {
            Ok(key) => {
                if attempts != Attempts::default() {
                    Attempts::default().store(&attempts_path)?;
                }
                Ok(key)
            }
            Err(AlongsideError::WrongPasscode { .. }) => {
                let next = attempts.failed(now);
                next.store(&attempts_path)?;
                Err(AlongsideError::WrongPasscode {
                    retry_after_seconds: Attempts::pause_after(next.failures),
                })
            }
            Err(other) => Err(other),
        }
    }

    /// Rebuilds the database file after a deletion she asked for, so no freed page keeps
    /// what was deleted, and empties the write-ahead log, whose old frames would otherwise
    /// still hold the deleted rows' pages until reused.
    pub(crate) fn compact(&self) -> Result<()> {
        let guard = self.guard();
        let conn = guard.as_ref().ok_or(AlongsideError::Locked)?;
        conn.execute_batch("VACUUM;")?;
        // One connection uses the file, so the checkpoint is never blocked by a reader.
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Runs `f` with the open connection, or fails with `Locked`.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let guard = self.guard();
        let conn = guard.as_ref().ok_or(AlongsideError::Locked)?;
        f(conn)
    }

    /// Runs `f` inside one immediate transaction: everything it writes commits together or
    /// not at all. An error from `f` rolls back.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut guard = self.guard();
        let conn = guard.as_mut().ok_or(AlongsideError::Locked)?;
        let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

impl std::fmt::Debug for Vault {
    // Never the folder path (it can name her) and never key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("locked", &self.is_locked())
            .finish_non_exhaustive()
    }
}

fn check_passcode(passcode: &str) -> Result<()> {
    if passcode.chars().count() < MIN_PASSCODE_CHARS {
        return Err(AlongsideError::refused("passcode", "error-passcode-too-short"));
    }
    Ok(())
}

fn wipe_dir(dir: &Path) -> Result<()> {
    // The key file goes first: once it is gone nothing else can be decrypted.
    fsutil::shred(&dir.join(KEY_FILE))?;
    fsutil::sync_dir(&dir.join(KEY_FILE))?;
    for name in [
        DB_FILE,
        "vault.db-wal",
        "vault.db-shm",
        NEW_DB_FILE,
        "vault.db.new-journal",
        "vault.key.tmp",
        ATTEMPTS_FILE,
        "unlock-attempts.tmp",
    ] {
        fsutil::shred(&dir.join(name))?;
    }
    // Remove the folder only if nothing of hers (or anyone's) else is in it.
    let _ = std::fs::remove_dir(dir);
    Ok(())
}

/// Takes group and other permissions off the files of a vault made before they were
/// owner-only. (Its folder is left alone: it may be one she uses for other things.)
fn make_owner_only(dir: &Path) {
    for name in [KEY_FILE, DB_FILE, "vault.db-wal", "vault.db-shm", ATTEMPTS_FILE] {
        fsutil::make_owner_only(&dir.join(name), fsutil::PRIVATE_FILE);
    }
}

/// Moves a new vault's finished database into place, once its key file exists.
fn finish_creation(dir: &Path) -> Result<()> {
    std::fs::rename(dir.join(NEW_DB_FILE), dir.join(DB_FILE))?;
    fsutil::sync_dir(&dir.join(DB_FILE))
}

/// Her home time zone, read inside a read or write.
pub(crate) fn settings_zone(conn: &Connection) -> Result<String> {
    Ok(settings::load(conn)?.time_zone)
}

/// All settings, read inside a read or write.
pub(crate) fn load_settings(conn: &Connection) -> Result<Settings> {
    settings::load(conn)
}
