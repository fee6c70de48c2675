//! Opening the SQLCipher database with a raw key, and the connection settings every
//! vault uses.

use rusqlite::Connection;
use std::path::Path;
use std::sync::Once;

use super::keyfile::DbKey;
use super::migrations;
use crate::error::{AlongsideError, Result};

/// Runs SQLite's (and so SQLCipher's) global initialisation once, before any database is
/// keyed. `sqlite3_initialize` marks itself done *before* it runs SQLCipher's extra-init
/// hook, so a second thread opening its first connection at the same moment could key a
/// database while SQLCipher is still uninitialised ("sqlcipher not initialized"). Opening
/// a throwaway in-memory connection inside `Once` finishes the whole sequence first.
fn initialise_sqlcipher_once() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let _ = Connection::open_in_memory();
    });
}

/// Opens (or creates) the encrypted database and brings its schema up to date.
pub fn open_encrypted(path: &Path, key: &DbKey) -> Result<Connection> {
    initialise_sqlcipher_once();
    let conn = Connection::open(path)?;
    // Keep SQLCipher quiet: its log can include file paths.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    // A raw key skips SQLCipher's own PBKDF2: Argon2id already did the slow part.
    let hex_key = zeroize::Zeroizing::new(hex::encode(key.as_ref()));
    let pragma = zeroize::Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex_key.as_str()));
    conn.execute_batch(&pragma)?;
    check_readable(&conn)?;
    configure(&conn)?;
    migrations::migrate(&conn)?;
    Ok(conn)
}

/// Opens an unencrypted database with the same settings. Only benchmarks use this, to
/// measure the cost of encryption against the same queries on plain SQLite.
#[doc(hidden)]
pub fn open_plain(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    check_readable(&conn)?;
    configure(&conn)?;
    migrations::migrate(&conn)?;
    Ok(conn)
}

fn check_readable(conn: &Connection) -> Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .map(|_| ())
        .map_err(|_| AlongsideError::VaultUnreadable {
            reason: "the data does not match this key".to_string(),
        })
}

fn configure(conn: &Connection) -> Result<()> {
    // FULL: a committed entry must survive power loss, not just a crash of the app.
    // An 8 MiB page cache: directory questions read more pages than SQLite's default 2 MiB
    // holds, and every page dropped must be decrypted again when re-read (measured: about a
    // third of a large search's time).
    conn.execute_batch(
        "PRAGMA cache_size = -8192;
         PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    Ok(())
}
