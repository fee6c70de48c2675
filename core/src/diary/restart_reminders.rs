//! What of her reminders a phone may keep outside the vault, so they come back after a
//! restart before she unlocks.
//!
//! Android forgets every alarm when the phone restarts, and the vault is locked then, so
//! without a copy outside it her reminders would stay silent until she next opened the app.
//! Only this may be kept in that copy: each reminder's number, its time and the discreet
//! words. Never a title, place, medicine, dose or id that points into her diary, and never
//! the detailed words she may have chosen for the lock screen: a file outside the vault is
//! not protected by her passcode. Once she unlocks, the shell schedules the full reminders
//! again under the same numbers, replacing these.

use std::time::SystemTime;

use super::reminders::Reminder;
use crate::content::text;

/// A reminder as it may be kept outside the vault: its number, its time and the discreet
/// words, whatever her notification setting. Nothing else of her diary.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RestartReminder {
    /// The reminder's `numeric_id`, so scheduling it again later replaces this one.
    pub numeric_id: i32,
    pub fire_at: SystemTime,
    /// The discreet title ("Alongside").
    pub title: String,
    /// The discreet body ("You have a reminder").
    pub body: String,
}

/// The copy of `reminders` a phone may keep outside the vault to set them again after a
/// restart: each one's number and time with the discreet words, in the same order.
#[uniffi::export]
pub fn restart_reminders(reminders: Vec<Reminder>) -> Vec<RestartReminder> {
    let title = text("reminder-discreet-title", &[]);
    let body = text("reminder-discreet-body", &[]);
    reminders
        .into_iter()
        .map(|r| RestartReminder {
            numeric_id: r.numeric_id,
            fire_at: r.fire_at,
            title: title.clone(),
            body: body.clone(),
        })
        .collect()
}
