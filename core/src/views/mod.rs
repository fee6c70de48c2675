//! Ready-to-render screen models built from the diary: one call, one record per screen.

pub mod services;
pub mod settings;
pub mod sharing;
pub mod today;
