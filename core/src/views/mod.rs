//! Ready-to-render screen models built from the diary: one call, one record per screen.

pub mod diary;
pub mod today;
