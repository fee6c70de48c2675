//! Her private diary: appointments (one-off and repeating), medicines with their dose
//! history, the dose log, and the reminders a phone should schedule for them.

pub mod appointment;
pub(crate) mod appointment_api;
mod appointment_move;
pub(crate) mod appointment_store;
pub mod dose;
pub(crate) mod dose_api;
mod dose_choice;
pub mod dose_question;
pub(crate) mod dose_store;
pub mod forget;
pub mod medicine;
mod medicine_api;
pub(crate) mod medicine_store;
pub mod problems;
pub(crate) mod recurrence;
pub mod reminders;
pub mod restart_reminders;
pub(crate) mod tolerance;

pub(crate) use appointment_api::occurrences_in;
