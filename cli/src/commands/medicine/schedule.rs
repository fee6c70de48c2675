//! The schedule options (`--daily`, `--split`, `--weekly`, `--monthly`, `--as-needed`),
//! read into the core's `DoseSchedule`. Times are passed on as typed; the core checks them.

use alongside_core::{DoseSchedule, Weekday};

use crate::words::ui;

/// When doses are due. Give one of these.
#[derive(Debug, Default, clap::Args)]
#[group(multiple = false)]
pub struct ScheduleArgs {
    #[arg(help = crate::words::ui("cli-help-medicine-schedule-schedule--daily"))]
    #[arg(long, value_name = "HH:MM")]
    pub daily: Option<String>,
    #[arg(help = crate::words::ui("cli-help-medicine-schedule-schedule--split"))]
    #[arg(long, value_name = "HH:MM,HH:MM", value_parser = split)]
    pub split: Option<(String, String)>,
    #[arg(help = crate::words::ui("cli-help-medicine-schedule-schedule--weekly"))]
    #[arg(long, value_name = "DAY@HH:MM", value_parser = weekly)]
    pub weekly: Option<(Weekday, String)>,
    #[arg(help = crate::words::ui("cli-help-medicine-schedule-schedule--monthly"))]
    #[arg(long, value_name = "N@HH:MM", value_parser = monthly, allow_hyphen_values = true)]
    pub monthly: Option<(u8, String)>,
    #[arg(help = crate::words::ui("cli-help-medicine-schedule-schedule--as-needed"))]
    #[arg(long)]
    pub as_needed: bool,
}

impl ScheduleArgs {
    /// The schedule she gave, if any.
    pub fn schedule(&self) -> Option<DoseSchedule> {
        if let Some(time) = &self.daily {
            return Some(DoseSchedule::Daily { time: time.clone() });
        }
        if let Some((morning_time, evening_time)) = &self.split {
            return Some(DoseSchedule::SplitDaily {
                morning_time: morning_time.clone(),
                evening_time: evening_time.clone(),
            });
        }
        if let Some((weekday, time)) = &self.weekly {
            return Some(DoseSchedule::Weekly {
                weekday: *weekday,
                time: time.clone(),
            });
        }
        if let Some((day_of_month, time)) = &self.monthly {
            return Some(DoseSchedule::Monthly {
                day_of_month: *day_of_month,
                time: time.clone(),
            });
        }
        self.as_needed.then_some(DoseSchedule::AsNeeded)
    }
}

fn split(text: &str) -> Result<(String, String), String> {
    text.split_once(',')
        .map(|(m, e)| (m.trim().to_string(), e.trim().to_string()))
        .ok_or_else(|| ui("cli-option-split"))
}

fn weekly(text: &str) -> Result<(Weekday, String), String> {
    let bad = || ui("cli-option-weekly");
    let (day, time) = text.split_once('@').ok_or_else(bad)?;
    Ok((Weekday::parse(day).ok_or_else(bad)?, time.trim().to_string()))
}

fn monthly(text: &str) -> Result<(u8, String), String> {
    let bad = || ui("cli-option-monthly");
    let (day, time) = text.split_once('@').ok_or_else(bad)?;
    Ok((day.trim().parse().map_err(|_| bad())?, time.trim().to_string()))
}

/// Reads "mon,sat" style day lists for `--take-home-days`.
pub fn weekday(text: &str) -> Result<Weekday, String> {
    Weekday::parse(text).ok_or_else(|| ui("cli-option-weekdays"))
}
