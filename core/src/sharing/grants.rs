//! Consent grants: checked when she makes one, stored for good (the ledger refers to
//! them), and read back for enforcement.

use jiff::civil::Date;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{ConsentGrant, GrantDraft, ShareCategory, SharePurpose};
use crate::content::{label, long_date, text};
use crate::diary::appointment::AppointmentKind;
use crate::error::{AlongsideError, Result};

/// The longest a grant may run before she is asked again.
const MAX_GRANT_DAYS: i32 = 2 * 366;

/// A grant as enforcement needs it.
#[derive(Debug, Clone)]
pub(crate) struct StoredGrant {
    pub id: String,
    pub contact_id: String,
    pub categories: Vec<ShareCategory>,
    /// With appointments, the kinds it covers; empty without.
    pub appointment_kinds: Vec<AppointmentKind>,
    pub start: Date,
    pub end: Option<Date>,
    pub purpose: SharePurpose,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// Her yes to one request for support, and nothing else.
    pub one_off: bool,
}

fn corrupt() -> AlongsideError {
    AlongsideError::VaultUnreadable {
        reason: "a sharing record is damaged".to_string(),
    }
}

/// A draft, checked.
pub(crate) struct Checked {
    pub categories: Vec<ShareCategory>,
    pub appointment_kinds: Vec<AppointmentKind>,
    pub start: Date,
    pub end: Option<Date>,
}

/// Checks a draft: at least one category (and, with appointments, at least one kind of
/// appointment), a start date, an end on or after it and not too far away.
pub(crate) fn validate(d: &GrantDraft) -> Result<Checked> {
    let mut categories = d.categories.clone();
    categories.sort();
    categories.dedup();
    if categories.is_empty() {
        return Err(AlongsideError::refused("categories", "error-choose-something-to-share"));
    }
    if categories.contains(&ShareCategory::SupportRequests) {
        return Err(AlongsideError::refused("categories", "error-requests-one-at-a-time"));
    }
    let appointment_kinds = if categories.contains(&ShareCategory::Appointments) {
        super::kinds::chosen(d.appointment_kinds.as_deref())?
    } else {
        Vec::new()
    };
    let start = crate::time::parse_date("start date", &d.start_date)?;
    crate::diary::appointment::check_year("start date", start)?;
    let end = match d.end_date.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        None => None,
        Some(e) => {
            let end = crate::time::parse_date("end date", e)?;
            if end < start {
                return Err(AlongsideError::refused("end date", "error-end-before-start"));
            }
            if (end - start).get_days() > MAX_GRANT_DAYS {
                return Err(AlongsideError::refused("end date", "error-sharing-too-long"));
            }
            Some(end)
        }
    };
    Ok(Checked {
        categories,
        appointment_kinds,
        start,
        end,
    })
}

pub(crate) fn insert(conn: &Connection, g: &StoredGrant) -> Result<()> {
    conn.execute(
        "INSERT INTO consent_grants (id, contact_id, categories, start_date, end_date, purpose, created_at, one_off,
             appointment_kinds)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            g.id,
            g.contact_id,
            serde_json::to_string(&g.categories)?,
            g.start.to_string(),
            g.end.map(|e| e.to_string()),
            crate::codes::code(&g.purpose),
            g.created_at,
            g.one_off,
            serde_json::to_string(&g.appointment_kinds)?
        ],
    )?;
    Ok(())
}

const COLUMNS: &str =
    "id, contact_id, categories, start_date, end_date, purpose, created_at, revoked_at, one_off, appointment_kinds";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
    ))
}

type Row = (
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    i64,
    Option<i64>,
    bool,
    String,
);

fn parse(r: Row) -> Result<StoredGrant> {
    let (id, contact_id, categories, start, end, purpose, created_at, revoked_at, one_off, kinds) = r;
    Ok(StoredGrant {
        id,
        contact_id,
        categories: serde_json::from_str(&categories).map_err(|_| corrupt())?,
        appointment_kinds: serde_json::from_str(&kinds).map_err(|_| corrupt())?,
        start: start.parse().map_err(|_| corrupt())?,
        end: match end {
            Some(e) => Some(e.parse().map_err(|_| corrupt())?),
            None => None,
        },
        purpose: crate::codes::parse(&purpose).ok_or_else(corrupt)?,
        created_at,
        revoked_at,
        one_off,
    })
}

fn query(conn: &Connection, filter: &str, p: impl rusqlite::Params) -> Result<Vec<StoredGrant>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consent_grants {filter} ORDER BY created_at, rowid"
    ))?;
    let rows: Vec<Row> = stmt.query_map(p, row)?.collect::<rusqlite::Result<_>>()?;
    rows.into_iter().map(parse).collect()
}

/// Standing grants not stopped: what the diary's sharing hook shares under. A one-off
/// yes to a request for support is never one of them.
pub(crate) fn active(conn: &Connection) -> Result<Vec<StoredGrant>> {
    query(conn, "WHERE revoked_at IS NULL AND one_off = 0", [])
}

/// Every grant: standing ones, stopped ones and her one-off yeses to requests.
pub(crate) fn all(conn: &Connection) -> Result<Vec<StoredGrant>> {
    query(conn, "", [])
}

/// Every standing grant, stopped ones too: her sharing agreements.
pub(crate) fn standing(conn: &Connection) -> Result<Vec<StoredGrant>> {
    query(conn, "WHERE one_off = 0", [])
}

pub(crate) fn load(conn: &Connection, id: &str) -> Result<StoredGrant> {
    let r: Option<Row> = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM consent_grants WHERE id = ?1"),
            [id],
            row,
        )
        .optional()?;
    parse(r.ok_or_else(|| AlongsideError::not_found("sharing agreement"))?)
}

pub(crate) fn set_revoked(conn: &Connection, id: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE consent_grants SET revoked_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

/// Each category a grant covers, in words; appointments say which kinds are left out.
fn labels(g: &StoredGrant) -> Vec<String> {
    g.categories
        .iter()
        .map(|c| match c {
            ShareCategory::Appointments => super::kinds::appointments_label(&g.appointment_kinds),
            _ => label("share-category", c),
        })
        .collect()
}

/// What a grant covers, in words: "Appointments (not Family time), Medicines and doses".
pub(crate) fn what(g: &StoredGrant) -> String {
    labels(g).join(", ")
}

/// The grant as the shells show it.
pub(crate) fn record(g: &StoredGrant, contact_name: &str) -> ConsentGrant {
    let category_labels = labels(g);
    let summary = match g.end {
        Some(end) => text(
            "share-grant-summary-until",
            &[
                ("name", contact_name.into()),
                ("what", what(g).into()),
                ("start", long_date(g.start).into()),
                ("end", long_date(end).into()),
            ],
        ),
        None => text(
            "share-grant-summary-open",
            &[
                ("name", contact_name.into()),
                ("what", what(g).into()),
                ("start", long_date(g.start).into()),
            ],
        ),
    };
    ConsentGrant {
        id: g.id.clone(),
        contact_id: g.contact_id.clone(),
        contact_name: contact_name.to_string(),
        categories: g.categories.clone(),
        category_labels,
        appointment_kinds: g.appointment_kinds.clone(),
        start_date: g.start.to_string(),
        end_date: g.end.map(|e| e.to_string()),
        purpose: g.purpose,
        purpose_label: label("share-purpose", &g.purpose),
        active: g.revoked_at.is_none(),
        summary,
        created_at: crate::time::system_time(jiff::Timestamp::from_second(g.created_at).unwrap_or_default()),
        revoked_at: g
            .revoked_at
            .map(|t| crate::time::system_time(jiff::Timestamp::from_second(t).unwrap_or_default())),
    }
}
