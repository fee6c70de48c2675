//! Appointment types as the shells see them, and the checks a draft must pass before
//! anything is written.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use std::time::SystemTime;

use super::problems::Problems;
use crate::error::{AlongsideError, Result};
use crate::{free_text, time};

/// What kind of appointment this is. The list follows the services women in the
/// perinatal pathway see most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentKind {
    SpecialistMidwife,
    AntenatalClinicOrScan,
    DrugAndAlcoholKeyWorker,
    PrescriberReview,
    Gp,
    HealthVisitor,
    SocialWorker,
    PerinatalMentalHealth,
    FamilyTime,
    CourtOrLegal,
    Housing,
    PeerSupport,
    Other,
}

impl AppointmentKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [AppointmentKind; 13] = [
        AppointmentKind::SpecialistMidwife,
        AppointmentKind::AntenatalClinicOrScan,
        AppointmentKind::DrugAndAlcoholKeyWorker,
        AppointmentKind::PrescriberReview,
        AppointmentKind::Gp,
        AppointmentKind::HealthVisitor,
        AppointmentKind::SocialWorker,
        AppointmentKind::PerinatalMentalHealth,
        AppointmentKind::FamilyTime,
        AppointmentKind::CourtOrLegal,
        AppointmentKind::Housing,
        AppointmentKind::PeerSupport,
        AppointmentKind::Other,
    ];
}

/// Where an occurrence stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Planned,
    Attended,
    Missed,
    Cancelled,
    /// Moved to another time; it can still be marked attended or missed.
    Rescheduled,
}

/// How a repeating appointment ends. A repeat must end.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepeatEnd {
    /// Last possible date, inclusive ("YYYY-MM-DD").
    Until { date: String },
    /// Number of appointments in the series, the first included.
    Count { occurrences: u32 },
}

/// A weekly repeat: every week (1), fortnightly (2) or every N weeks.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize, serde::Deserialize)]
pub struct Repeat {
    pub every_weeks: u32,
    pub end: RepeatEnd,
}

/// What she enters to add or edit an appointment.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AppointmentDraft {
    pub title: String,
    pub kind: AppointmentKind,
    /// Local wall-clock start, "YYYY-MM-DDTHH:MM".
    pub start: String,
    /// IANA zone; `None` uses the vault's home zone.
    pub time_zone: Option<String>,
    pub duration_minutes: u32,
    /// Where, as free text.
    pub location: Option<String>,
    /// With whom (a name or a role).
    pub with_whom: Option<String>,
    /// Private notes; never shown in notifications.
    pub notes: Option<String>,
    /// Reminders, as minutes before the start (1440 = a day, 120 = two hours).
    pub reminder_minutes_before: Vec<u32>,
    pub repeat: Option<Repeat>,
    /// A venue from the service directory (`VenueSummary::id`). When set and `location`
    /// is empty, the venue's name and address are kept as the location too.
    #[uniffi(default)]
    pub venue_id: Option<String>,
    /// On the night the clocks go back, a start like 01:30 happens twice: which one she
    /// means. Needed only then; a start that happens twice without it is refused on the
    /// field "clock change" with words that explain the two. A start in the spring-forward
    /// gap is refused whatever this says.
    #[uniffi(default)]
    pub clock_change: Option<crate::time::ClockChangeChoice>,
}

/// Which occurrences a reschedule or cancellation applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    ThisOccurrence,
    ThisAndFollowing,
}

/// Which dates a move applies to, as the appointment form offers them
/// (`AppointmentForm::this_date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveScope {
    /// Only this date; it shows where it was moved from.
    ThisDate,
    /// This date and every later one in the series.
    ThisAndFollowing,
    /// Every date of the series, earlier ones too, by the same number of days and to
    /// the same new time.
    AllDates,
}

/// One appointment on one day, ready to show.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Occurrence {
    pub appointment_id: String,
    /// Position in its series (0 for a one-off).
    pub occurrence: u32,
    pub title: String,
    pub kind: AppointmentKind,
    /// The kind in words ("Health visitor").
    pub kind_label: String,
    /// Local start "YYYY-MM-DDTHH:MM" in `time_zone`.
    pub start_local: String,
    pub end_local: String,
    pub time_zone: String,
    #[serde(with = "crate::time::rfc3339")]
    pub starts_at: SystemTime,
    #[serde(with = "crate::time::rfc3339")]
    pub ends_at: SystemTime,
    pub location: Option<String>,
    pub with_whom: Option<String>,
    pub notes: Option<String>,
    pub status: AppointmentStatus,
    /// The status in words ("Moved").
    pub status_label: String,
    /// The day in words ("Tuesday 24 November 2026").
    pub date_label: String,
    /// The clock times in words ("10:00 to 11:00"). A clock time that happens twice that
    /// night says which ("01:30 (before the clocks go back) to 01:30 (after the clocks go
    /// back)"). `start_local` and `end_local` are the true local times too.
    pub time_label: String,
    /// What the clocks do, when they change during it or its usual time does not exist
    /// that day ("The clocks go back an hour at 02:00 during this.").
    pub clock_change_label: Option<String>,
    /// Where it was before a one-off reschedule.
    pub moved_from_local: Option<String>,
    /// "Moved from Tuesday 1 December, 10:00" for a one-off reschedule.
    pub moved_from_label: Option<String>,
    pub repeats: bool,
    pub reminder_minutes_before: Vec<u32>,
    /// The directory venue it is at, if she chose one.
    pub venue_id: Option<String>,
    /// The venue and what else meets there that day. Filled on Today and in lists;
    /// `None` when no venue was chosen or the installed directory no longer has it.
    pub place: Option<crate::services::model::AppointmentPlace>,
}

/// A whole appointment (series), as stored.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Appointment {
    pub id: String,
    pub title: String,
    pub kind: AppointmentKind,
    pub start: String,
    pub time_zone: String,
    pub duration_minutes: u32,
    pub location: Option<String>,
    pub with_whom: Option<String>,
    pub notes: Option<String>,
    pub reminder_minutes_before: Vec<u32>,
    pub repeat: Option<Repeat>,
    pub venue_id: Option<String>,
    /// Which of two equal clock times the first start is, when its start happens twice.
    pub clock_change: Option<crate::time::ClockChangeChoice>,
    /// The kind in words.
    pub kind_label: String,
    /// The repeat in words ("Every fortnight, 6 times").
    pub repeat_label: Option<String>,
    /// Each reminder in words ("1 day before").
    pub reminder_labels: Vec<String>,
    /// Number of occurrences in the series.
    pub occurrence_count: u32,
}

const MAX_TITLE: usize = 200;
const MAX_VENUE_ID: usize = 200;
const MAX_TEXT: usize = 10_000;
const MAX_DURATION: u32 = 24 * 60;
const MAX_REMINDERS: usize = 5;
const MAX_REMINDER_MINUTES: u32 = 28 * 24 * 60;
const MAX_OCCURRENCES: u32 = 520;
const MAX_EVERY_WEEKS: u32 = 52;
const EARLIEST_YEAR: i16 = 2000;
const LATEST_YEAR: i16 = 2100;

/// How a series repeats once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum End {
    Until(Date),
    Count(u32),
}

/// A draft that passed every check.
#[derive(Debug, Clone)]
pub(crate) struct Valid {
    pub title: String,
    pub kind: AppointmentKind,
    pub start: DateTime,
    /// The start is the second of two equal clock times (the clocks went back).
    pub start_second: bool,
    pub zone_name: String,
    pub zone: TimeZone,
    pub duration_minutes: u32,
    pub location: Option<String>,
    pub with_whom: Option<String>,
    pub notes: Option<String>,
    pub reminders: Vec<u32>,
    pub repeat: Option<(u32, End)>,
    pub venue_id: Option<String>,
}

impl AppointmentDraft {
    /// Checks every field, noting each problem beside its field in `problems`, and gives
    /// the cleaned values when every field passed. Checking a form and saving it both come
    /// here, so they cannot disagree.
    pub(crate) fn check(&self, home_zone: &str, problems: &mut Problems) -> Result<Option<Valid>> {
        let p = problems;
        let title = p.take(check_title(&self.title))?;
        let zone_name = self
            .time_zone
            .as_deref()
            .map(str::trim)
            .filter(|z| !z.is_empty())
            .unwrap_or(home_zone);
        let zone = p.take(time::zone(zone_name))?;
        let start = p.take(time::parse_local("start", &self.start).and_then(|s| {
            check_year("start", s.date())?;
            Ok(s)
        }))?;
        // Whether a start exists, or happens twice, depends on its zone.
        let start_second = match (start, &zone) {
            (Some(s), Some(z)) => {
                p.take(time::exact_local("start", s, z, self.clock_change).map(|(_, second)| second))?
            }
            _ => None,
        };
        let duration_minutes = p.take(check_duration(self.duration_minutes))?;
        let reminders = p.take(check_reminders(&self.reminder_minutes_before))?;
        let repeat = match &self.repeat {
            None => Some(None),
            Some(r) => check_repeat(r, start.map(|s| s.date()), p)?.map(Some),
        };
        let location = p.take(clean("location", &self.location))?;
        let with_whom = p.take(clean("with whom", &self.with_whom))?;
        let notes = p.take(clean_notes("notes", &self.notes))?;
        let venue_id = p.take(clean_id(&self.venue_id))?;
        let (
            Some(title),
            Some(zone),
            Some(start),
            Some(start_second),
            Some(duration_minutes),
            Some(reminders),
            Some(repeat),
            Some(location),
            Some(with_whom),
            Some(notes),
            Some(venue_id),
        ) = (
            title,
            zone,
            start,
            start_second,
            duration_minutes,
            reminders,
            repeat,
            location,
            with_whom,
            notes,
            venue_id,
        )
        else {
            return Ok(None);
        };
        Ok(Some(Valid {
            title,
            kind: self.kind,
            start,
            start_second,
            zone_name: zone_name.to_string(),
            zone,
            duration_minutes,
            location,
            with_whom,
            notes,
            reminders,
            repeat,
            venue_id,
        }))
    }
}

fn check_title(title: &str) -> Result<String> {
    let title = free_text::typed_line(title);
    if title.is_empty() {
        return Err(AlongsideError::refused("title", "error-appointment-needs-name"));
    }
    if title.chars().count() > MAX_TITLE {
        return Err(AlongsideError::refused_with(
            "title",
            "error-name-too-long",
            &[("max", MAX_TITLE.into())],
        ));
    }
    Ok(title)
}

fn check_duration(minutes: u32) -> Result<u32> {
    if minutes == 0 {
        return Err(AlongsideError::refused(
            "duration",
            "error-appointment-ends-before-start",
        ));
    }
    if minutes > MAX_DURATION {
        return Err(AlongsideError::refused("duration", "error-appointment-too-long"));
    }
    Ok(minutes)
}

/// Reminders, latest first and each once.
fn check_reminders(given: &[u32]) -> Result<Vec<u32>> {
    let mut reminders = given.to_vec();
    reminders.sort_unstable_by(|a, b| b.cmp(a));
    reminders.dedup();
    if reminders.len() > MAX_REMINDERS {
        return Err(AlongsideError::refused("reminders", "error-too-many-reminders"));
    }
    if reminders.iter().any(|m| *m > MAX_REMINDER_MINUTES) {
        return Err(AlongsideError::refused("reminders", "error-reminder-too-early"));
    }
    Ok(reminders)
}

/// A venue id as given: trimmed, empty meaning none. Ids are short codes, so anything
/// long is a mistake rather than a place.
pub(crate) fn clean_id(id: &Option<String>) -> Result<Option<String>> {
    let Some(id) = id.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if id.chars().count() > MAX_VENUE_ID {
        return Err(crate::services::places::not_in_directory());
    }
    Ok(Some(id.to_string()))
}

/// Checks a repeat: how often, and how it ends. `start` is the first date when it could
/// be read; without it, only what can be checked alone is.
fn check_repeat(r: &Repeat, start: Option<Date>, p: &mut Problems) -> Result<Option<(u32, End)>> {
    let every = if r.every_weeks == 0 || r.every_weeks > MAX_EVERY_WEEKS {
        p.refused("repeat", "error-repeat-interval");
        None
    } else {
        Some(r.every_weeks)
    };
    let end = match &r.end {
        RepeatEnd::Count { occurrences } => p.take(check_count(*occurrences))?,
        RepeatEnd::Until { date } => p.take(check_until(date, start, every))?,
    };
    Ok(every.zip(end))
}

fn check_count(occurrences: u32) -> Result<End> {
    if occurrences == 0 {
        return Err(AlongsideError::refused("repeat", "error-repeat-needs-end"));
    }
    if occurrences > MAX_OCCURRENCES {
        return Err(AlongsideError::refused_with(
            "repeat",
            "error-repeat-too-many",
            &[("max", MAX_OCCURRENCES.into())],
        ));
    }
    Ok(End::Count(occurrences))
}

fn check_until(date: &str, start: Option<Date>, every: Option<u32>) -> Result<End> {
    if date.trim().is_empty() {
        return Err(AlongsideError::refused("repeat", "error-repeat-needs-end"));
    }
    let until = time::parse_date("repeat until", date)?;
    let Some(start) = start else {
        // Compared with the start once the start can be read.
        check_year("repeat until", until)?;
        return Ok(End::Until(until));
    };
    if until < start {
        return Err(AlongsideError::refused(
            "repeat until",
            "error-repeat-ends-before-start",
        ));
    }
    let Some(every) = every.filter(|e| *e > 0) else {
        // How many dates it makes is counted once the interval can be used.
        return Ok(End::Until(until));
    };
    let weeks = (until - start).get_days() / 7 / every as i32 + 1;
    if weeks > MAX_OCCURRENCES as i32 {
        return Err(AlongsideError::refused_with(
            "repeat",
            "error-repeat-too-many",
            &[("max", MAX_OCCURRENCES.into())],
        ));
    }
    Ok(End::Until(until))
}

/// Refuses dates the app could not sensibly hold (typos like year 20026).
pub(crate) fn check_year(field: &str, d: Date) -> Result<()> {
    if d.year() < EARLIEST_YEAR || d.year() > LATEST_YEAR {
        return Err(AlongsideError::refused(field, "error-date-check-year"));
    }
    Ok(())
}

/// Optional one-line text (a place, a name): tidied to one line, trimmed, dropped if
/// empty, and capped in length.
pub(crate) fn clean(field: &str, text: &Option<String>) -> Result<Option<String>> {
    capped(field, text.as_deref().map(free_text::typed_line))
}

/// Optional text of several lines (notes): tidied, trimmed, dropped if empty, and capped.
pub(crate) fn clean_notes(field: &str, text: &Option<String>) -> Result<Option<String>> {
    capped(field, text.as_deref().map(free_text::typed_lines))
}

fn capped(field: &str, text: Option<String>) -> Result<Option<String>> {
    let Some(t) = text.filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if t.chars().count() > MAX_TEXT {
        return Err(AlongsideError::refused_with(
            field,
            "error-text-too-long",
            &[("max", MAX_TEXT.into())],
        ));
    }
    Ok(Some(t))
}

impl From<&End> for RepeatEnd {
    fn from(e: &End) -> Self {
        match e {
            End::Until(d) => RepeatEnd::Until { date: d.to_string() },
            End::Count(n) => RepeatEnd::Count { occurrences: *n },
        }
    }
}
