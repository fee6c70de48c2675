//! Reading the installed directory back out of the vault, and turning stored rows into the
//! records the shells see (with their words). Text is made safe as it is read (see
//! `crate::free_text`): a directory installed before the free-text rules may hold anything.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use super::model::{
    dial_number, Category, HubSession, Referral, ServiceResult, SessionAccess, SessionView, VenueSummary,
};
use super::schedule::{clock, days_in, weeks_in, Slot};
use crate::content::{label, text};
use crate::error::Result;
use crate::free_text::{line, notes, opt_notes};

/// The installed directory's provenance.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Meta {
    pub publisher: String,
    pub publisher_key: String,
    pub area: String,
    pub version: i64,
    pub issued: String,
    pub expires: String,
    pub sample: bool,
    pub imported_at: i64,
    /// SHA-256 of the signed payload, hex; `None` for a directory installed before the app
    /// kept it.
    pub content_sha256: Option<String>,
}

pub(crate) fn meta(conn: &Connection) -> Result<Option<Meta>> {
    Ok(conn
        .query_row(
            "SELECT publisher, publisher_key, area, version, issued, expires, sample, imported_at, content_sha256 \
             FROM dir_meta",
            [],
            |r| {
                Ok(Meta {
                    publisher: line(r.get(0)?),
                    publisher_key: r.get(1)?,
                    area: line(r.get(2)?),
                    version: r.get(3)?,
                    issued: r.get(4)?,
                    expires: r.get(5)?,
                    sample: r.get(6)?,
                    imported_at: r.get(7)?,
                    content_sha256: r.get(8)?,
                })
            },
        )
        .optional()?)
}

pub(crate) fn set_meta(conn: &Connection, m: &Meta) -> Result<()> {
    conn.execute(
        "INSERT INTO dir_meta (id, publisher, publisher_key, area, version, issued, expires, sample, imported_at, \
         content_sha256) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        rusqlite::params![
            m.publisher,
            m.publisher_key,
            m.area,
            m.version,
            m.issued,
            m.expires,
            m.sample,
            m.imported_at,
            m.content_sha256
        ],
    )?;
    Ok(())
}

/// Whether the installed directory is sample data (false when none is installed).
pub(crate) fn is_sample(conn: &Connection) -> Result<bool> {
    Ok(meta(conn)?.is_some_and(|m| m.sample))
}

pub(crate) fn count(conn: &Connection, table: &str) -> Result<u32> {
    Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
}

fn venue_row(r: &Row) -> rusqlite::Result<VenueSummary> {
    Ok(VenueSummary {
        id: r.get(0)?,
        name: line(r.get(1)?),
        address: notes(r.get(2)?),
        postcode: line(r.get(3)?),
        latitude: r.get(4)?,
        longitude: r.get(5)?,
        step_free: r.get(6)?,
        accessibility: opt_notes(r.get(7)?),
        transport: opt_notes(r.get(8)?),
    })
}

const VENUE_COLUMNS: &str =
    "id, name, address, postcode, latitude, longitude, step_free, accessibility, transport FROM dir_venues";

/// Every venue, by id.
pub(crate) fn venues(conn: &Connection) -> Result<HashMap<String, VenueSummary>> {
    let mut stmt = conn.prepare(&format!("SELECT {VENUE_COLUMNS}"))?;
    let rows = stmt.query_map([], venue_row)?;
    let mut out = HashMap::new();
    for v in rows {
        let v = v?;
        out.insert(v.id.clone(), v);
    }
    Ok(out)
}

/// Every venue's name, by id: all a session in a search result needs.
pub(crate) fn venue_names(conn: &Connection) -> Result<HashMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT id, name FROM dir_venues")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, line(r.get(1)?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn venue(conn: &Connection, id: &str) -> Result<Option<VenueSummary>> {
    Ok(conn
        .query_row(&format!("SELECT {VENUE_COLUMNS} WHERE id = ?1"), [id], venue_row)
        .optional()?)
}

fn parse_code<T: serde::de::DeserializeOwned>(code: String) -> rusqlite::Result<T> {
    crate::codes::parse(&code)
        .ok_or_else(|| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, "unknown code".into()))
}

/// A stored category code, without a round trip through JSON: the slot queries read
/// thousands of rows.
fn parse_category(code: &str) -> rusqlite::Result<Category> {
    static CODES: OnceLock<Vec<(String, Category)>> = OnceLock::new();
    let codes = CODES.get_or_init(|| Category::ALL.iter().map(|c| (c.code(), *c)).collect());
    match codes.iter().find(|(k, _)| k == code) {
        Some((_, c)) => Ok(*c),
        None => parse_code(code.to_string()),
    }
}

fn parse_access(code: &str) -> rusqlite::Result<SessionAccess> {
    match code {
        "drop_in" => Ok(SessionAccess::DropIn),
        "by_appointment" => Ok(SessionAccess::ByAppointment),
        other => parse_code(other.to_string()),
    }
}

fn date(text: Option<String>) -> Option<Date> {
    text.and_then(|t| t.parse().ok())
}

/// Which sessions to read.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SlotFilter<'a> {
    pub venue_id: Option<&'a str>,
    pub service_id: Option<&'a str>,
    /// Only these categories; empty means all.
    pub categories: &'a [Category],
    /// Only these services: a JSON array of their rowids.
    pub service_rowids: Option<&'a str>,
    /// Leave out services about a baby being there (support mode).
    pub without_baby_centred: bool,
}

/// Sessions, with their service's name and category, in venue, start-time order. The
/// conditions are put into the SQL only when asked for, so SQLite can use its indexes.
pub(crate) fn slots(conn: &Connection, f: SlotFilter) -> Result<Vec<Slot>> {
    let mut sql = String::from(
        "SELECT s.service_id, v.name, v.category, s.venue_id, s.days, s.start_minute, s.end_minute, \
         s.weeks_of_month, s.valid_from, s.valid_until, s.access, s.notes \
         FROM dir_services v JOIN dir_sessions s ON s.service_id = v.id WHERE 1",
    );
    let mut params: Vec<String> = Vec::new();
    if let Some(v) = f.venue_id {
        params.push(v.to_string());
        sql.push_str(&format!(" AND s.venue_id = ?{}", params.len()));
    }
    if let Some(v) = f.service_id {
        params.push(v.to_string());
        sql.push_str(&format!(" AND v.id = ?{}", params.len()));
    }
    if !f.categories.is_empty() {
        let codes: Vec<String> = f.categories.iter().map(|c| c.code()).collect();
        params.push(serde_json::to_string(&codes)?);
        sql.push_str(&format!(
            " AND v.category IN (SELECT value FROM json_each(?{}))",
            params.len()
        ));
    }
    if let Some(rowids) = f.service_rowids {
        params.push(rowids.to_string());
        sql.push_str(&format!(
            " AND v.rowid IN (SELECT value FROM json_each(?{}))",
            params.len()
        ));
    }
    if f.without_baby_centred {
        sql.push_str(" AND v.baby_centred = 0");
    }
    sql.push_str(" ORDER BY s.venue_id, s.start_minute, s.service_id, s.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        Ok(Slot {
            service_id: r.get(0)?,
            service_name: line(r.get(1)?),
            category: parse_category(r.get_ref(2)?.as_str()?)?,
            venue_id: r.get(3)?,
            days: r.get(4)?,
            start_minute: r.get(5)?,
            end_minute: r.get(6)?,
            weeks: r.get(7)?,
            valid_from: date(r.get(8)?),
            valid_until: date(r.get(9)?),
            access: parse_access(r.get_ref(10)?.as_str()?)?,
            notes: opt_notes(r.get(11)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Which services to read.
pub(crate) enum Services<'a> {
    /// Every service, by name.
    All,
    /// The services with these rowids (a JSON array), in rowid order.
    Rowids(&'a str),
}

/// Services without their sessions, with their rowids.
pub(crate) fn services(conn: &Connection, sample: bool, which: Services) -> Result<Vec<(i64, ServiceResult)>> {
    const COLUMNS: &str =
        "SELECT rowid, id, name, organisation, category, description, phone, web, referral, eligibility, languages, \
         requests IS NOT NULL, baby_centred \
         FROM dir_services";
    let (mut stmt, param) = match which {
        Services::All => (conn.prepare_cached(&format!("{COLUMNS} ORDER BY name, id"))?, None),
        Services::Rowids(rowids) => (
            conn.prepare_cached(&format!(
                "{COLUMNS} WHERE rowid IN (SELECT value FROM json_each(?1)) ORDER BY rowid"
            ))?,
            Some(rowids),
        ),
    };
    let params: &[&dyn rusqlite::ToSql] = match &param {
        Some(m) => &[m],
        None => &[],
    };
    let rows = stmt.query_map(params, |r| {
        let category = parse_category(r.get_ref(4)?.as_str()?)?;
        let referral: Referral = parse_code(r.get(8)?)?;
        let languages: String = r.get(10)?;
        let phone: Option<String> = r.get(6)?;
        Ok((
            r.get(0)?,
            ServiceResult {
                id: r.get(1)?,
                name: line(r.get(2)?),
                organisation: line(r.get(3)?),
                category,
                category_label: category.label(),
                description: notes(r.get(5)?),
                phone_dial: phone.as_deref().and_then(dial_number),
                phone,
                web: r.get(7)?,
                referral,
                referral_label: referral_label(referral),
                eligibility: opt_notes(r.get(9)?),
                languages: serde_json::from_str::<Vec<String>>(&languages)
                    .unwrap_or_default()
                    .into_iter()
                    .map(line)
                    .collect(),
                accepts_requests: r.get(11)?,
                baby_centred: r.get(12)?,
                sessions: Vec::new(),
                sample,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Words that depend only on a small key (a pair of times, a days and weeks pattern),
/// rendered once per run: a large directory asks for the same few thousands of times.
type WordsKey = (char, u16, u16);

fn cached(key: WordsKey, render: impl FnOnce() -> String) -> String {
    static CACHE: OnceLock<Mutex<HashMap<WordsKey, String>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = map.get(&key) {
        return v.clone();
    }
    let v = render();
    map.insert(key, v.clone());
    v
}

/// "Every Tuesday and Thursday", "The first and third Monday of the month".
pub fn days_label(days: u8, weeks: u8) -> String {
    cached(('d', days.into(), weeks.into()), || render_days(days, weeks))
}

fn render_days(days: u8, weeks: u8) -> String {
    let names: Vec<String> = days_in(days).into_iter().map(|d| label("weekday", &d)).collect();
    let days = join(&names);
    if weeks == 0 {
        return text("directory-every-week", &[("days", days.into())]);
    }
    let ordinals: Vec<String> = weeks_in(weeks)
        .into_iter()
        .map(|w| text(&format!("directory-week-{w}"), &[]))
        .collect();
    text(
        "directory-weeks-of-month",
        &[("weeks", join(&ordinals).into()), ("days", days.into())],
    )
}

/// "A", "A and B", "A, B and C".
pub(crate) fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => text(
            "directory-and",
            &[("first", rest.join(", ").into()), ("last", last.clone().into())],
        ),
    }
}

fn time_label(s: &Slot) -> String {
    cached(('t', s.start_minute, s.end_minute), || {
        text(
            "time-range",
            &[
                ("start", clock(s.start_minute).into()),
                ("end", clock(s.end_minute).into()),
            ],
        )
    })
}

/// "Drop in", "By appointment".
fn access_label(a: SessionAccess) -> String {
    let code = match a {
        SessionAccess::DropIn => 0,
        SessionAccess::ByAppointment => 1,
    };
    cached(('a', code, 0), || label("access", &a))
}

/// How she gets in, in words.
fn referral_label(r: Referral) -> String {
    let code = match r {
        Referral::SelfReferral => 0,
        Referral::ThroughProfessional => 1,
        Referral::Either => 2,
    };
    cached(('r', code, 0), || label("referral", &r))
}

/// A stored session as the shells see it.
pub(crate) fn session_view(s: &Slot, venue_name: &str) -> SessionView {
    SessionView {
        service_id: s.service_id.clone(),
        service_name: s.service_name.clone(),
        category: s.category,
        category_label: s.category.label(),
        venue_id: s.venue_id.clone(),
        venue_name: venue_name.to_string(),
        days: days_in(s.days),
        days_label: days_label(s.days, s.weeks),
        start: clock(s.start_minute),
        end: clock(s.end_minute),
        time_label: time_label(s),
        weeks_of_month: weeks_in(s.weeks).into_iter().map(u32::from).collect(),
        valid_from: s.valid_from.map(|d| d.to_string()),
        valid_until: s.valid_until.map(|d| d.to_string()),
        access: s.access,
        access_label: access_label(s.access),
        notes: s.notes.clone(),
    }
}

/// A session on one day.
pub(crate) fn hub_session(s: &Slot) -> HubSession {
    HubSession {
        service_id: s.service_id.clone(),
        service_name: s.service_name.clone(),
        category: s.category,
        category_label: s.category.label(),
        start: clock(s.start_minute),
        end: clock(s.end_minute),
        time_label: time_label(s),
        access: s.access,
        access_label: access_label(s.access),
    }
}

/// Labels for a list of categories.
pub(crate) fn labels(categories: &[Category]) -> Vec<String> {
    categories.iter().map(|c| c.label()).collect()
}
