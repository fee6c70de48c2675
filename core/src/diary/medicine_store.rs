//! Reading and writing medicines and their regimen history.

use jiff::civil::Date;
use rusqlite::{params, Connection};

use super::medicine::{
    validate_regimen, Collection, DoseSchedule, DoseSlot, DoseUnit, Medicine, MedicineKind, ValidMedicine, ValidRegimen,
};
use crate::codes::{self, code};
use crate::content::label;
use crate::error::{AlongsideError, Result};
use crate::time::{self, Weekday};

/// A medicine as stored, with every regimen oldest first.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub id: String,
    pub kind: MedicineKind,
    pub name: String,
    pub unit: DoseUnit,
    pub collection: Collection,
    pub take_home_days: Vec<Weekday>,
    pub pharmacy: Option<String>,
    pub start: Date,
    pub end: Option<Date>,
    pub regimens: Vec<ValidRegimen>,
}

impl Stored {
    /// The regimen in effect on `date`, if the medicine is active then.
    pub fn regimen_on(&self, date: Date) -> Option<&ValidRegimen> {
        if date < self.start || self.end.is_some_and(|e| date > e) {
            return None;
        }
        self.regimens.iter().rev().find(|r| r.effective <= date)
    }

    /// Whether a dose is taken at home rather than under supervision at the pharmacy.
    /// The evening part of a split dose is taken at home: pharmacies supervise one dose a
    /// day and hand over the evening part with it.
    pub fn is_take_home(&self, date: Date, slot: DoseSlot) -> bool {
        self.collection == Collection::TakeHome
            || slot == DoseSlot::Evening
            || self.take_home_days.contains(&Weekday::from(date.weekday()))
    }

    pub fn to_record(&self, on: Date) -> Medicine {
        let current = self
            .regimen_on(on)
            .or_else(|| self.regimens.iter().rev().find(|r| r.effective <= on))
            .or(self.regimens.first())
            .map(|r| r.to_record(self.unit));
        Medicine {
            id: self.id.clone(),
            kind: self.kind,
            name: self.name.clone(),
            unit: self.unit,
            collection: self.collection,
            take_home_days: self.take_home_days.clone(),
            pharmacy: self.pharmacy.clone(),
            start_date: self.start.to_string(),
            end_date: self.end.map(|d| d.to_string()),
            is_opioid_treatment: self.kind.is_opioid_treatment(),
            kind_label: label("medicine-kind", &self.kind),
            unit_label: label("unit", &self.unit),
            collection_label: label("collection", &self.collection),
            current: current.unwrap_or_else(|| self.regimens[0].to_record(self.unit)),
            history: self.regimens.iter().map(|r| r.to_record(self.unit)).collect(),
        }
    }
}

fn corrupt() -> AlongsideError {
    AlongsideError::VaultUnreadable {
        reason: "a medicine record is damaged".to_string(),
    }
}

fn enum_from<T: serde::de::DeserializeOwned>(s: String) -> Result<T> {
    codes::parse(&s).ok_or_else(corrupt)
}

/// Every medicine, oldest first. `only` limits it to one id.
pub(crate) fn load(conn: &Connection, only: Option<&str>) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, name, unit, collection, take_home_days, pharmacy, start_date, end_date
         FROM medicines WHERE (?1 IS NULL OR id = ?1) ORDER BY start_date, created_at, rowid",
    )?;
    type Row = (
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
    );
    let rows: Vec<Row> = stmt
        .query_map([only], |r| {
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
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut regs = conn.prepare_cached(
        "SELECT effective_date, schedule, amount, evening_amount, note FROM regimens WHERE medicine_id = ?1 ORDER BY effective_date, id",
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, kind, name, unit, collection, thd, pharmacy, start, end) in rows {
        let kind: MedicineKind = enum_from(kind)?;
        let unit: DoseUnit = enum_from(unit)?;
        let mut regimens = Vec::new();
        let found = regs.query_map([&id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, f64>(2)?,
                r.get::<_, Option<f64>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        for row in found {
            let (eff, schedule, amount, evening, note) = row?;
            let schedule: DoseSchedule = serde_json::from_str(&schedule).map_err(|_| corrupt())?;
            let eff = time::parse_date("effective date", &eff).map_err(|_| corrupt())?;
            regimens.push(validate_regimen(kind, unit, eff, &schedule, amount, evening, &note).map_err(|_| corrupt())?);
        }
        if regimens.is_empty() {
            return Err(corrupt());
        }
        out.push(Stored {
            id,
            kind,
            // Made safe again as read: rows written before the free-text rules may hold anything.
            name: crate::free_text::line(name),
            unit,
            collection: enum_from(collection)?,
            take_home_days: serde_json::from_str(&thd).map_err(|_| corrupt())?,
            pharmacy: crate::free_text::opt_line(pharmacy),
            start: time::parse_date("start", &start).map_err(|_| corrupt())?,
            end: end
                .map(|e| time::parse_date("end", &e))
                .transpose()
                .map_err(|_| corrupt())?,
            regimens,
        });
    }
    Ok(out)
}

/// One medicine by id.
pub(crate) fn load_one(conn: &Connection, id: &str) -> Result<Stored> {
    load(conn, Some(id))?
        .pop()
        .ok_or_else(|| AlongsideError::not_found("medicine"))
}

pub(crate) fn insert(conn: &Connection, id: &str, m: &ValidMedicine, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO medicines (id, kind, name, unit, collection, take_home_days, pharmacy, start_date, end_date, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id, code(&m.kind), m.name, code(&m.unit), code(&m.collection),
            serde_json::to_string(&m.take_home_days).unwrap_or_else(|_| "[]".into()),
            m.pharmacy, m.start.to_string(), m.end.map(|d| d.to_string()), now
        ],
    )?;
    insert_regimen(conn, id, &m.regimen, now)
}

pub(crate) fn insert_regimen(conn: &Connection, id: &str, r: &ValidRegimen, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO regimens (medicine_id, effective_date, schedule, amount, evening_amount, note, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            r.effective.to_string(),
            serde_json::to_string(&r.schedule).unwrap_or_default(),
            r.amount,
            r.evening_amount,
            r.note,
            now
        ],
    )?;
    Ok(())
}

pub(crate) fn set_end(conn: &Connection, id: &str, end: Date) -> Result<()> {
    conn.execute(
        "UPDATE medicines SET end_date = ?2 WHERE id = ?1",
        params![id, end.to_string()],
    )?;
    Ok(())
}
