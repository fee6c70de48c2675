//! The medicine actions the shells call: add a prescription, change the dose, stop, list.

use std::time::SystemTime;

use super::medicine::{validate_regimen, DoseChange, Medicine, MedicineDraft};
use super::medicine_store as store;
use crate::error::{AlongsideError, Result};
use crate::sharing::items::Change;
use crate::time;
use crate::vault::Vault;

#[uniffi::export]
impl Vault {
    /// Adds a prescription and returns its id.
    pub fn add_medicine(&self, draft: MedicineDraft, now: SystemTime) -> Result<String> {
        let now = time::unix(now)?;
        let valid = draft.validate()?;
        self.write(|tx| {
            let id = uuid::Uuid::new_v4().to_string();
            store::insert(tx, &id, &valid, now)?;
            crate::sharing::changed(tx, Change::Medicine(id.clone()), now)?;
            Ok(id)
        })
    }

    /// Records a new dose (and optionally schedule) from a date. Earlier doses stay in the
    /// history; a change on the same date as an earlier one supersedes it from then on.
    pub fn change_dose(&self, medicine_id: String, change: DoseChange, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        let effective = time::parse_date("effective date", &change.effective_date)?;
        self.write(|tx| {
            let m = store::load_one(tx, &medicine_id)?;
            if effective < m.start || m.end.is_some_and(|e| effective > e) {
                return Err(AlongsideError::refused(
                    "effective date",
                    "error-dose-change-outside-dates",
                ));
            }
            let current = m.regimen_on(effective).unwrap_or(&m.regimens[0]);
            let schedule = change.schedule.clone().unwrap_or_else(|| current.schedule.clone());
            let r = validate_regimen(
                m.kind,
                m.unit,
                effective,
                &schedule,
                change.amount,
                change.evening_amount,
                &change.note,
            )?;
            store::insert_regimen(tx, &medicine_id, &r, now)?;
            crate::sharing::changed(tx, Change::Medicine(medicine_id.clone()), now)
        })
    }

    /// Ends a prescription on `end_date` (inclusive). Its history and dose log are kept.
    pub fn stop_medicine(&self, medicine_id: String, end_date: String, now: SystemTime) -> Result<()> {
        let now = time::unix(now)?;
        let end = time::parse_date("end date", &end_date)?;
        self.write(|tx| {
            let m = store::load_one(tx, &medicine_id)?;
            if end < m.start {
                return Err(AlongsideError::refused("end date", "error-end-before-start"));
            }
            store::set_end(tx, &medicine_id, end)?;
            crate::sharing::changed(tx, Change::Medicine(medicine_id.clone()), now)
        })
    }

    /// Every medicine, with the dose in effect on today's date (her home zone).
    pub fn medicines(&self, now: SystemTime) -> Result<Vec<Medicine>> {
        let now = time::timestamp(now)?;
        self.read(|conn| {
            let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
            let today = now.to_zoned(tz).date();
            Ok(store::load(conn, None)?.iter().map(|m| m.to_record(today)).collect())
        })
    }
}
