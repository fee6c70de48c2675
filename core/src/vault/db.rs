//! Opening the SQLCipher database with a raw key, and the connection settings every
//! vault uses.

use rusqlite::{Connection, OpenFlags};
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

/// Makes a new encrypted database at `path`, which must not exist yet, with the whole
/// schema. It is left closed and self-contained (no write-ahead log beside it), so the
/// vault can move it into place in one rename.
pub fn create_encrypted(path: &Path, key: &DbKey) -> Result<()> {
    initialise_sqlcipher_once();
    // Made here, owner-only, before SQLite sees it: SQLite gives its `-journal`, `-wal`
    // and `-shm` files the database's own mode. `create_new`: never take over a file.
    super::fsutil::create_private_file(path)?;
    let conn = Connection::open_with_flags(path, existing_only())?;
    apply_key(&conn, key)?;
    // The default rollback journal until it is moved into place: WAL would keep part of the
    // schema in a `-wal` file named after this path.
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;")?;
    migrations::migrate(&conn)?;
    conn.close().map_err(|(_, e)| e)?;
    std::fs::File::open(path)?.sync_all()?;
    Ok(())
}

/// Opens the vault's existing encrypted database and brings its schema up to date. It
/// never creates one: a missing, empty, truncated or foreign database is `VaultDamaged`
/// (the key has already been checked against its key file, so a database it does not
/// open is not this vault's whole database).
pub fn open_encrypted(path: &Path, key: &DbKey) -> Result<Connection> {
    initialise_sqlcipher_once();
    let len = check_file(path)?;
    let conn = Connection::open_with_flags(path, existing_only())?;
    apply_key(&conn, key)?;
    check_readable(&conn)?;
    check_whole_pages(&conn, len)?;
    configure(&conn)?;
    migrations::migrate(&conn)?;
    Ok(conn)
}

/// Checks, without reading it, that the database file can be whole: present, not empty,
/// and a whole number of pages long (SQLite writes whole pages of at least 512 bytes).
/// Returns its length.
pub fn check_file(path: &Path) -> Result<u64> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(AlongsideError::VaultDamaged),
        Err(e) => return Err(e.into()),
    };
    let len = meta.len();
    if !meta.is_file() || len == 0 || len % 512 != 0 {
        return Err(AlongsideError::VaultDamaged);
    }
    Ok(len)
}

/// Flags for opening a database that must already exist.
fn existing_only() -> OpenFlags {
    OpenFlags::default().difference(OpenFlags::SQLITE_OPEN_CREATE)
}

fn apply_key(conn: &Connection, key: &DbKey) -> Result<()> {
    // Keep SQLCipher quiet: its log can include file paths.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    // A raw key skips SQLCipher's own PBKDF2: Argon2id already did the slow part.
    let hex_key = zeroize::Zeroizing::new(hex::encode(key.as_ref()));
    let pragma = zeroize::Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex_key.as_str()));
    conn.execute_batch(&pragma)?;
    Ok(())
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

/// Reads the schema, which decrypts and checks the first page. Damage there (or a database
/// that is not this key's) reads as corrupt or "not a database": the vault is damaged.
fn check_readable(conn: &Connection) -> Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .map(|_| ())
        .map_err(AlongsideError::from)
}

/// A file cut short inside a page: SQLite would only notice when that page is read.
fn check_whole_pages(conn: &Connection, len: u64) -> Result<()> {
    use rusqlite::types::Value;
    // SQLCipher answers this pragma as text, plain SQLite as an integer.
    let page_size = match conn.query_row("PRAGMA page_size", [], |r| r.get::<_, Value>(0))? {
        Value::Integer(n) => u64::try_from(n).unwrap_or(0),
        Value::Text(t) => t.trim().parse().unwrap_or(0),
        _ => 0,
    };
    if page_size == 0 || len % page_size != 0 {
        return Err(AlongsideError::VaultDamaged);
    }
    Ok(())
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
