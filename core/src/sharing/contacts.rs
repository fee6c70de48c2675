//! Care-team contacts she has paired with, as stored.

use rusqlite::{params, Connection, OptionalExtension};

use super::model::CareContact;
use crate::error::{AlongsideError, Result};

/// A contact with the keys sharing needs.
#[derive(Debug, Clone)]
pub(crate) struct StoredContact {
    pub id: String,
    pub name: String,
    pub role: String,
    pub relay_url: String,
    pub inbox_id: String,
    pub signing_key: String,
    pub box_key: String,
    pub verified: bool,
    pub frozen: bool,
    pub added_at: i64,
    /// The directory service this contact was made from, for requests for support; `None`
    /// for someone she paired with.
    pub directory_service: Option<String>,
}

impl StoredContact {
    pub fn record(&self) -> CareContact {
        CareContact {
            id: self.id.clone(),
            name: self.name.clone(),
            role: self.role.clone(),
            relay_url: self.relay_url.clone(),
            verified: self.verified,
            frozen: self.frozen,
            added_at: crate::time::system_time(jiff::Timestamp::from_second(self.added_at).unwrap_or_default()),
        }
    }

    /// "Maya Okafor (specialist midwife)".
    pub fn display(&self) -> String {
        crate::content::text(
            "share-contact-display",
            &[("name", self.name.as_str().into()), ("role", self.role.as_str().into())],
        )
    }
}

pub(crate) fn insert(conn: &Connection, c: &StoredContact) -> Result<()> {
    conn.execute(
        "INSERT INTO care_contacts (id, name, role, relay_url, inbox_id, signing_key, box_key, verified, frozen,
             added_at, updated_at, directory_service)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)",
        params![
            c.id,
            c.name,
            c.role,
            c.relay_url,
            c.inbox_id,
            c.signing_key,
            c.box_key,
            c.verified,
            c.frozen,
            c.added_at,
            c.directory_service
        ],
    )?;
    Ok(())
}

const COLUMNS: &str =
    "id, name, role, relay_url, inbox_id, signing_key, box_key, verified, frozen, added_at, directory_service";

fn row(r: &rusqlite::Row) -> rusqlite::Result<StoredContact> {
    Ok(StoredContact {
        id: r.get(0)?,
        // Made safe again as read: names stored before invite codes refused such text.
        name: crate::free_text::line(r.get(1)?),
        role: crate::free_text::line(r.get(2)?),
        relay_url: r.get(3)?,
        inbox_id: r.get(4)?,
        signing_key: r.get(5)?,
        box_key: r.get(6)?,
        verified: r.get(7)?,
        frozen: r.get(8)?,
        added_at: r.get(9)?,
        directory_service: r.get(10)?,
    })
}

pub(crate) fn all(conn: &Connection) -> Result<Vec<StoredContact>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM care_contacts ORDER BY added_at, rowid"))?;
    let rows = stmt.query_map([], row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every contact's name as she sees it ("Maya Okafor (specialist midwife)"), by id: read
/// once for a list, not once per line.
pub(crate) fn display_names(conn: &Connection) -> Result<std::collections::HashMap<String, String>> {
    Ok(all(conn)?.into_iter().map(|c| (c.id.clone(), c.display())).collect())
}

/// The people she paired with (not services she wrote to from the directory).
pub(crate) fn paired(conn: &Connection) -> Result<Vec<StoredContact>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM care_contacts WHERE directory_service IS NULL ORDER BY added_at, rowid"
    ))?;
    let rows = stmt.query_map([], row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The contact made from a directory service, if she has written to it before.
pub(crate) fn for_service(conn: &Connection, service_id: &str) -> Result<Option<StoredContact>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM care_contacts WHERE directory_service = ?1"),
            [service_id],
            row,
        )
        .optional()?)
}

pub(crate) fn load(conn: &Connection, id: &str) -> Result<StoredContact> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM care_contacts WHERE id = ?1"), [id], row)
        .optional()?
        .ok_or_else(|| AlongsideError::not_found("care team contact"))
}

pub(crate) fn set_verified(conn: &Connection, id: &str, verified: bool, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE care_contacts SET verified = ?2, frozen = CASE WHEN ?2 THEN 0 ELSE frozen END, updated_at = ?3
         WHERE id = ?1",
        params![id, verified, now],
    )?;
    Ok(())
}
