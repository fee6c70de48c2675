//! Ready-to-render screen models built from the diary: one call, one record per screen.

pub mod appointment_form;
pub mod diary;
pub mod medicine_form;
pub mod medicine_history;
pub mod services;
pub mod settings;
pub mod sharing;
pub mod today;
