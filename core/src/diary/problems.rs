//! Every problem with a draft, each beside its field.
//!
//! A form shows them all before she saves (`check_appointment_draft`,
//! `check_medicine_draft`), so she is not sent back once per mistake. Saving runs the very
//! same check and refuses with the first problem as `InvalidInput`, so what the form says
//! and what saving does cannot differ.

use std::time::SystemTime;

use super::appointment::AppointmentDraft;
use super::medicine::MedicineDraft;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

#[uniffi::export]
impl Vault {
    /// Every problem with an appointment draft, each with its field and her words; empty
    /// when saving it would work. `appointment_id` is the appointment being edited, if
    /// any: a directory place it already had is kept even if the directory dropped it.
    /// Nothing is written.
    #[uniffi::method(default(appointment_id))]
    pub fn check_appointment_draft(
        &self,
        draft: AppointmentDraft,
        now: SystemTime,
        appointment_id: Option<String>,
    ) -> Result<Vec<DraftProblem>> {
        time::unix(now)?;
        self.read(|conn| {
            let already = match appointment_id.as_deref() {
                Some(id) => super::appointment_store::load(conn, id)?.v.venue_id,
                None => None,
            };
            let mut problems = Problems::default();
            super::appointment_api::check_draft(conn, &draft, already.as_deref(), &mut problems)?;
            Ok(problems.into_vec())
        })
    }

    /// Every problem with a medicine draft, each with its field and her words; empty when
    /// `add_medicine` would take it. Nothing is written.
    pub fn check_medicine_draft(&self, draft: MedicineDraft, now: SystemTime) -> Result<Vec<DraftProblem>> {
        time::unix(now)?;
        self.read(|_| {
            let mut problems = Problems::default();
            draft.check(&mut problems)?;
            Ok(problems.into_vec())
        })
    }
}

/// One thing in a draft that can't be used, beside the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DraftProblem {
    /// The field, by the same code `InvalidInput.field` carries and the form's `FormField.field`
    /// names ("title", "start", "dose", ...), so the form can show it there.
    pub field: String,
    /// What is wrong and what she can do, in her words.
    pub reason: String,
}

/// The problems found so far while checking a draft.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<DraftProblem>);

impl Problems {
    /// The value of a check that passed. A refused input is noted and gives `None`, so
    /// the next field is checked too; any other error (storage) is passed up.
    pub fn take<T>(&mut self, checked: Result<T>) -> Result<Option<T>> {
        match checked {
            Ok(v) => Ok(Some(v)),
            Err(AlongsideError::InvalidInput { field, reason }) => {
                self.0.push(DraftProblem { field, reason });
                Ok(None)
            }
            Err(other) => Err(other),
        }
    }

    /// Notes a refusal whose reason is the message `id` of the copy (named like
    /// `AlongsideError::refused`, so the test that every id is in the copy finds it).
    pub fn refused(&mut self, field: &str, id: &str) {
        self.0.push(DraftProblem {
            field: field.to_string(),
            reason: crate::content::text(id, &[]),
        });
    }

    /// How many problems are noted so far.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn into_vec(self) -> Vec<DraftProblem> {
        self.0
    }

    /// What saving does with a checked draft: the value when nothing was wrong, else the
    /// first problem as `InvalidInput`.
    pub fn into_result<T>(self, value: Option<T>) -> Result<T> {
        match (self.0.into_iter().next(), value) {
            (Some(first), _) => Err(AlongsideError::InvalidInput {
                field: first.field,
                reason: first.reason,
            }),
            (None, Some(v)) => Ok(v),
            // A check that gives no value always notes why; this keeps that promise typed.
            (None, None) => Err(AlongsideError::refused("draft", "diary-draft-not-saved")),
        }
    }
}
