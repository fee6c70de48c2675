//! The settings screen: what reminders say, where a quick exit goes, her time zone, changing the passcode, taking a
//! copy of her diary, the service directory, her baby's situation and her dates, and
//! deleting the diary. One call builds it all, with every choice and its words, so the
//! shells hold no rule (which zones to offer, what "discreet" means). Every change she
//! makes there is one call of its own.

use std::time::SystemTime;

use crate::content::{label, long_date, text};
use crate::error::Result;
use crate::export::ExportFormat;
use crate::services::DirectoryStatus;
use crate::support::{BabyStatus, BabyStatusView, HerDatesView};
use crate::time;
use crate::vault::{quick_exit, NotificationWording, QuickExitDestination, Vault, MIN_PASSCODE_CHARS, OFFERED_ZONES};

/// One way reminders can read, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NotificationChoice {
    pub wording: NotificationWording,
    /// "Discreet (recommended)".
    pub label: String,
    /// What a reminder then shows, and who could see it.
    pub detail: String,
}

/// What reminders say: her choice and the choices (`set_notification_wording`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NotificationSettings {
    pub heading: String,
    /// Discreet unless she chose otherwise.
    pub current: NotificationWording,
    pub choices: Vec<NotificationChoice>,
}

/// One place a quick exit can go, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuickExitChoice {
    pub destination: QuickExitDestination,
    /// "The home screen".
    pub label: String,
    pub detail: String,
}

/// Quick exit: where it goes (`set_quick_exit_destination`), and what it can't do.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuickExitSettings {
    pub heading: String,
    pub explainer: String,
    /// The home screen unless she chose otherwise.
    pub current: QuickExitDestination,
    /// The places an Android phone can go.
    pub choices: Vec<QuickExitChoice>,
    /// What an iPhone does instead, shown there in place of the choices.
    pub iphone_explainer: String,
    /// What quick exit cannot hide.
    pub limits: String,
}

/// A time zone the screen offers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimeZoneChoice {
    /// The IANA name to pass to `set_time_zone`.
    pub zone: String,
    /// "UK time (England, Scotland, Wales and Northern Ireland)".
    pub label: String,
}

/// Her time zone and the few the screen offers (hers among them).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimeZoneSettings {
    pub heading: String,
    pub explainer: String,
    /// Her home zone now (IANA name).
    pub current: String,
    pub choices: Vec<TimeZoneChoice>,
}

/// The words of the passcode change form (`change_passcode`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PasscodeWords {
    pub heading: String,
    pub current_label: String,
    /// Says how long it must be.
    pub new_label: String,
    pub again_label: String,
    /// What to say when the two new ones differ (nothing is changed).
    pub mismatch: String,
    pub button: String,
    /// What to say once it has changed.
    pub changed: String,
}

/// One copy of her diary she can take (`export_file`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportChoice {
    pub format: ExportFormat,
    pub label: String,
    /// What is in it, what is left out, and who could read it.
    pub detail: String,
}

/// Taking a copy of her diary through the platform's share sheet.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportSettings {
    pub heading: String,
    /// That the copy is not locked with her passcode.
    pub explainer: String,
    pub choices: Vec<ExportChoice>,
    pub button: String,
}

/// The service directory: what is installed, adding one from a file (`import_directory`),
/// the sample directory (`set_sample_directory`) and updates (`set_directory_updates`,
/// `check_for_directory_update`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DirectorySettings {
    pub heading: String,
    /// The installed directory, if any.
    pub status: Option<DirectoryStatus>,
    /// Its summary, or that there is none yet.
    pub status_label: String,
    pub install_label: String,
    pub install_detail: String,
    /// Sample data is on (and the sample directory installed, unless she added another
    /// before turning it on).
    pub sample_on: bool,
    /// Whether turning the sample on is possible now: not while a real directory is
    /// installed, since the sample would replace it.
    pub sample_available: bool,
    pub sample_label: String,
    pub sample_detail: String,
    pub updates_on: bool,
    pub updates_address: Option<String>,
    pub updates_label: String,
    /// That nothing about her is sent.
    pub updates_detail: String,
    pub address_label: String,
    pub check_now_label: String,
    /// "Last checked Monday 23 November 2026", once a check has worked.
    pub last_checked_label: Option<String>,
}

/// One answer to where her baby is living.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BabyStatusChoice {
    pub status: BabyStatus,
    pub label: String,
}

/// Her baby's situation (`set_baby_status`): private, and what turns support mode on.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BabySettings {
    pub heading: String,
    /// That it stays on this phone and is never shared.
    pub explainer: String,
    pub current: BabyStatusView,
    pub choices: Vec<BabyStatusChoice>,
    pub since_label: String,
    pub save_label: String,
}

/// Her due date and her baby's date of birth (`set_her_dates`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DatesSettings {
    pub heading: String,
    pub current: HerDatesView,
    pub due_label: String,
    pub born_label: String,
    pub save_label: String,
}

/// One period after which entries are forgotten.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ForgetChoice {
    /// Months; 0 is "keep everything". Pass to `forget_preview` and `set_forget_after`.
    pub months: u32,
    pub label: String,
}

/// Forgetting old entries (`forget_preview`, then `set_forget_after`), and the words for
/// forgetting one day (`forget_day_preview`, then `forget_day`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ForgetSettings {
    pub heading: String,
    /// What forgetting does: gone for good, appointments to come kept.
    pub explainer: String,
    /// Her choice now (0: keep everything).
    pub current_months: u32,
    pub choices: Vec<ForgetChoice>,
    /// That what she already shared stays with her care team.
    pub team_note: String,
    pub preview_label: String,
    pub confirm_label: String,
    /// "Forget this day", for the diary's day.
    pub day_label: String,
    /// What to say once it is done.
    pub done: String,
}

/// Deleting the diary (`wipe`, after `wipe_confirmation_accepted`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WipeWords {
    pub heading: String,
    pub explainer: String,
    /// "Type DELETE to confirm".
    pub confirm_prompt: String,
    /// The word she types.
    pub confirm_word: String,
    pub button: String,
}

/// Everything the settings screen shows.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SettingsView {
    pub title: String,
    pub notifications: NotificationSettings,
    pub quick_exit: QuickExitSettings,
    pub time_zone: TimeZoneSettings,
    pub passcode: PasscodeWords,
    pub export: ExportSettings,
    pub directory: DirectorySettings,
    pub baby: BabySettings,
    pub dates: DatesSettings,
    pub forget: ForgetSettings,
    pub wipe: WipeWords,
}

#[uniffi::export]
impl Vault {
    /// The settings screen at `now`: every choice with its words, and her current values.
    pub fn settings_view(&self, now: SystemTime) -> Result<SettingsView> {
        let settings = self.settings()?;
        let tz = time::zone(&settings.time_zone)?;
        let directory = self.directory_status(now)?;
        let choices = self.directory_options()?;
        Ok(SettingsView {
            title: text("settings-title", &[]),
            notifications: notifications(NotificationWording::of(&settings)),
            quick_exit: quick_exit(self.read(quick_exit::load)?),
            time_zone: time_zones(&settings.time_zone),
            passcode: passcode(),
            export: export(),
            directory: DirectorySettings {
                heading: text("settings-directory-heading", &[]),
                status_label: directory
                    .as_ref()
                    .map(|d| d.summary.clone())
                    .unwrap_or_else(|| text("settings-directory-none", &[])),
                sample_available: directory.as_ref().is_none_or(|d| d.sample),
                status: directory,
                install_label: text("settings-directory-install", &[]),
                install_detail: text("settings-directory-install-detail", &[]),
                sample_on: choices.allow_sample_data,
                sample_label: text("directory-allow-sample", &[]),
                sample_detail: text("settings-directory-sample-detail", &[]),
                updates_on: choices.updates_enabled,
                updates_address: choices.updates_url,
                updates_label: text("directory-updates-setting", &[]),
                updates_detail: text("directory-updates-explained", &[]),
                address_label: text("settings-directory-update-address", &[]),
                check_now_label: text("settings-directory-check-now", &[]),
                last_checked_label: choices
                    .updates_last_checked
                    .and_then(|t| time::timestamp(t).ok())
                    .map(|t| {
                        let date = long_date(t.to_zoned(tz.clone()).date());
                        text("settings-directory-last-checked", &[("date", date.into())])
                    }),
            },
            baby: BabySettings {
                heading: text("settings-baby-heading", &[]),
                explainer: text("settings-baby-explainer", &[]),
                current: self.baby_status()?,
                choices: BABY_STATUSES
                    .iter()
                    .map(|s| BabyStatusChoice {
                        status: *s,
                        label: label("baby-status", s),
                    })
                    .collect(),
                since_label: text("settings-baby-since", &[]),
                save_label: text("settings-baby-save", &[]),
            },
            dates: DatesSettings {
                heading: text("settings-dates-heading", &[]),
                current: self.her_dates()?,
                due_label: text("settings-dates-due", &[]),
                born_label: text("settings-dates-born", &[]),
                save_label: text("settings-dates-save", &[]),
            },
            forget: forget(self.read(crate::diary::forget::current_setting)?),
            wipe: WipeWords {
                heading: text("settings-wipe-heading", &[]),
                explainer: text("wipe-explainer", &[]),
                confirm_prompt: text("wipe-confirm", &[]),
                confirm_word: text("wipe-confirm-word", &[]),
                button: text("wipe-button", &[]),
            },
        })
    }
}

const BABY_STATUSES: [BabyStatus; 4] = [
    BabyStatus::WithHer,
    BabyStatus::TakenIntoCare,
    BabyStatus::LivingWithFamily,
    BabyStatus::Other,
];

fn notifications(current: NotificationWording) -> NotificationSettings {
    NotificationSettings {
        heading: text("settings-notifications-heading", &[]),
        current,
        choices: NotificationWording::ALL
            .iter()
            .map(|w| NotificationChoice {
                wording: *w,
                label: label("settings-notifications", w),
                detail: text(&format!("{}-detail", label_id("settings-notifications", w)), &[]),
            })
            .collect(),
    }
}

fn quick_exit(current: QuickExitDestination) -> QuickExitSettings {
    QuickExitSettings {
        heading: text("settings-quick-exit-heading", &[]),
        explainer: text("settings-quick-exit-explainer", &[]),
        current,
        choices: QuickExitDestination::ALL
            .iter()
            .map(|d| QuickExitChoice {
                destination: *d,
                label: label("settings-quick-exit", d),
                detail: text(&format!("{}-detail", label_id("settings-quick-exit", d)), &[]),
            })
            .collect(),
        iphone_explainer: text("settings-quick-exit-iphone", &[]),
        limits: text("settings-quick-exit-limits", &[]),
    }
}

/// The message id `label` would use for `value`.
fn label_id<T: serde::Serialize>(prefix: &str, value: &T) -> String {
    format!("{prefix}-{}", crate::codes::code(value).replace('_', "-"))
}

/// The zones offered, hers added last when she set another one some other way.
fn time_zones(current: &str) -> TimeZoneSettings {
    let zone_label = |z: &str| text(&format!("settings-zone-{}", z.to_lowercase().replace('/', "-")), &[]);
    let mut choices: Vec<TimeZoneChoice> = OFFERED_ZONES
        .iter()
        .map(|z| TimeZoneChoice {
            zone: z.to_string(),
            label: zone_label(z),
        })
        .collect();
    if !OFFERED_ZONES.contains(&current) {
        choices.push(TimeZoneChoice {
            zone: current.to_string(),
            label: text("settings-zone-other", &[("zone", current.into())]),
        });
    }
    TimeZoneSettings {
        heading: text("settings-time-zone-heading", &[]),
        explainer: text("settings-time-zone-explainer", &[]),
        current: current.to_string(),
        choices,
    }
}

fn passcode() -> PasscodeWords {
    PasscodeWords {
        heading: text("settings-passcode-heading", &[]),
        current_label: text("settings-passcode-current", &[]),
        new_label: text("settings-passcode-new", &[("min", MIN_PASSCODE_CHARS.into())]),
        again_label: text("setup-passcode-again", &[]),
        mismatch: text("setup-passcode-mismatch", &[]),
        button: text("settings-passcode-button", &[]),
        changed: text("settings-passcode-changed", &[]),
    }
}

fn export() -> ExportSettings {
    ExportSettings {
        heading: text("settings-export-heading", &[]),
        explainer: text("settings-export-explainer", &[]),
        choices: ExportFormat::ALL
            .iter()
            .map(|f| ExportChoice {
                format: *f,
                label: label("settings-export", f),
                detail: text(&format!("{}-detail", label_id("settings-export", f)), &[]),
            })
            .collect(),
        button: text("settings-export-button", &[]),
    }
}

fn forget(current_months: u32) -> ForgetSettings {
    ForgetSettings {
        heading: text("settings-forget-heading", &[]),
        explainer: text("settings-forget-explainer", &[]),
        current_months,
        choices: crate::diary::forget::FORGET_CHOICES
            .iter()
            .map(|&months| ForgetChoice {
                months,
                label: if months == 0 {
                    text("settings-forget-never", &[])
                } else {
                    text("settings-forget-months", &[("months", months.into())])
                },
            })
            .collect(),
        team_note: text("forget-team-note", &[]),
        preview_label: text("settings-forget-preview", &[]),
        confirm_label: text("settings-forget-confirm", &[]),
        day_label: text("settings-forget-day", &[]),
        done: text("forget-done", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_on_the_settings_screen_has_words_from_the_copy() {
        let zones = time_zones("Europe/London");
        assert_eq!(zones.choices.len(), OFFERED_ZONES.len());
        let n = notifications(NotificationWording::Discreet);
        let e = export();
        let q = quick_exit(QuickExitDestination::HomeScreen);
        let words = zones
            .choices
            .iter()
            .map(|c| c.label.clone())
            .chain(n.choices.iter().flat_map(|c| [c.label.clone(), c.detail.clone()]))
            .chain(e.choices.iter().flat_map(|c| [c.label.clone(), c.detail.clone()]))
            .chain(q.choices.iter().flat_map(|c| [c.label.clone(), c.detail.clone()]))
            .chain([q.heading, q.explainer, q.iphone_explainer, q.limits]);
        for w in words {
            assert!(!w.is_empty() && !w.starts_with("settings-"), "no copy for {w}");
        }
    }
}
