//! Alongside core: every rule of the Alongside app, shared by the Android and iOS shells
//! (through UniFFI) and the `alongside` CLI.
//!
//! The entry point is [`Vault`]: create or open one, unlock it, then call the diary, Today,
//! reminder and export methods on it. All methods are blocking; shells call them off the
//! main thread. Time is always an input (`now`), so every rule can be tested on fixed dates.

uniffi::setup_scaffolding!();

mod bundles;
pub mod codes;
pub mod content;
pub mod diary;
pub mod error;
pub mod export;
pub mod free_text;
pub mod guidance;
pub mod services;
pub mod sharing;
pub mod support;
#[cfg(test)]
mod test_fifo;
pub mod time;
pub mod vault;
pub mod views;

pub use diary::appointment::{
    Appointment, AppointmentDraft, AppointmentKind, AppointmentStatus, MoveScope, Occurrence, Repeat, RepeatEnd, Scope,
};
pub use diary::dose::{DoseEntry, DosePart, DoseState, DoseStatus, DoseView};
pub use diary::dose_question::{DoseAnswer, DoseAnswerChoice, DoseQuestion, DoseQuestionDay};
pub use diary::forget::ForgetPreview;
pub use diary::medicine::{
    Collection, DoseChange, DoseSchedule, DoseSlot, DoseUnit, Medicine, MedicineDraft, MedicineKind, Regimen,
    ScheduleKind,
};
pub use diary::problems::DraftProblem;
pub use diary::reminders::{Reminder, ReminderKind};
pub use diary::restart_reminders::{restart_reminders, RestartReminder};
pub use error::AlongsideError;
pub use export::{ExportFile, ExportFormat};
pub use guidance::{
    breastfeeding_advice, breastfeeding_answers_from_codes, breastfeeding_questions, guidance_article,
    guidance_articles, support_contacts, AdviceLevel, AdviceReason, AnswerLine, AnswerOption, Article, ArticleSummary,
    BabySituation, BreastfeedingAdvice, BreastfeedingAnswers, BreastfeedingPlan, BreastfeedingQuestion, GuidanceBlock,
    GuidanceSection, HivStatus, OstMedicine, OtherSubstance, RichText, SupportContact, TextRun, YesNoAnswer,
};
pub use services::{
    BundleRefusal, Category, CategoryChoice, DirectoryOptions, DirectoryStatus, HubDay, HubSession, PlanOption,
    Referral, ServiceQuery, ServiceResult, SessionAccess, SessionView, VenueDetail, VenueDistance, VenueHub,
    VenueSummary,
};
pub use support::{GeoPoint, HerDates, HerDatesView, SupportOffer, SupportOfferKind, SupportService, SupportToday};
pub use time::{ClockChangeChoice, Weekday};
pub use vault::{
    quick_exit_control, system_screen_hold_ms, vault_exists, wipe_vault, NotificationWording, QuickExitControl,
    QuickExitDestination, Settings, Vault,
};
pub use views::appointment_form::{
    AppointmentForm, AppointmentKindOption, CancelScopeChoice, ClockChangeOption, ConfirmWords, FormField,
    MinutesChoice, MoveScopeChoice, RepeatChoice, VenueChoice,
};
pub use views::diary::{DiaryAppointment, DiaryAttention, DiaryDay, DiaryPage, DiaryRange, DiaryView};
pub use views::medicine_form::{
    CollectionChoice, DoseChangeForm, MedicineForm, MedicineKindChoice, ScheduleChoice, UnitChoice, WeekdayChoice,
};
pub use views::medicine_history::{DoseChangeRow, HistoryDay, HistoryPage, MedicineHistory};
pub use views::services::{ServicesView, HUB_DAYS};
pub use views::settings::{
    BabySettings, BabyStatusChoice, DatesSettings, DirectorySettings, ExportChoice, ExportSettings, NotificationChoice,
    NotificationSettings, PasscodeWords, QuickExitChoice, QuickExitSettings, SettingsView, TimeZoneChoice,
    TimeZoneSettings, WipeWords,
};
pub use views::sharing::{SharingContact, SharingView};
pub use views::today::{Alert, AlertAction, AlertKind, BusyDay, TodayView, WeekSummary};

/// Every static piece of screen copy (titles, buttons), by message id, so both phones
/// show the same reviewed words. Fetch once at start-up.
#[uniffi::export]
pub fn ui_strings() -> std::collections::HashMap<String, String> {
    content::static_strings()
}

/// Whether what she typed confirms wiping the diary (the word shown by `wipe-confirm`,
/// ignoring surrounding spaces and case), so the shells hold no copy of the word.
#[uniffi::export]
pub fn wipe_confirmation_accepted(typed: String) -> bool {
    let word = content::text("wipe-confirm-word", &[]);
    !word.is_empty() && typed.trim().eq_ignore_ascii_case(&word)
}

/// The version of the core library, for an "about" screen and bug reports.
#[uniffi::export]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
