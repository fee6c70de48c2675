//! The appointment form: everything the phone needs to add or change an appointment,
//! move, cancel, delete or mark one date of it, as one record. The choices, current
//! values and words all come from here, so both phones offer the same and hold no rule.

use jiff::civil::{DateTime, Time};
use std::time::SystemTime;

use crate::content::{long_date, reminder_before, text};
use crate::diary::appointment::{AppointmentDraft, AppointmentKind, MoveScope, Scope};
use crate::diary::appointment_store as store;
use crate::error::{AlongsideError, Result};
use crate::time::{self, ClockChangeChoice};
use crate::vault::Vault;

/// The durations the form offers, in minutes; she can still type another.
const DURATIONS: [u32; 8] = [15, 30, 45, 60, 90, 120, 180, 240];
/// The reminders the form offers, in minutes before the start.
const REMINDERS: [u32; 7] = [15, 30, 60, 120, 1440, 2 * 1440, 7 * 1440];
/// How often a repeat can be chosen from the list, in weeks; 0 is "doesn't repeat".
const REPEATS: [u32; 5] = [0, 1, 2, 3, 4];
/// The most reminders one appointment can have (the draft check says the same).
const MAX_REMINDERS: u32 = 5;

/// A field of a form: the code problems name it by (`DraftProblem.field`), with its label
/// and, where it helps, a hint.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct FormField {
    /// "title", "start", "duration", ... as in `DraftProblem.field` and `InvalidInput.field`.
    pub field: String,
    /// The label shown above the field.
    pub label: String,
    /// A line of help under it, if any.
    pub hint: Option<String>,
}

/// A kind of appointment she can choose, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct AppointmentKindOption {
    pub kind: AppointmentKind,
    /// "Health visitor".
    pub label: String,
}

/// A number of minutes she can choose (a duration, or a reminder before the start), with
/// its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct MinutesChoice {
    pub minutes: u32,
    /// "1 hour 30 minutes", "1 day before".
    pub label: String,
}

/// How often an appointment repeats, with its words. `every_weeks` 0 is "Doesn't repeat"
/// (the draft's `repeat` is then `None`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct RepeatChoice {
    pub every_weeks: u32,
    /// "Every fortnight".
    pub label: String,
}

/// Which dates a move applies to, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct MoveScopeChoice {
    pub scope: MoveScope,
    /// "Only this date".
    pub label: String,
}

/// Which dates a cancellation applies to, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CancelScopeChoice {
    pub scope: Scope,
    /// "Only this date".
    pub label: String,
}

/// One of the two times a clock time happens on the night the clocks go back.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ClockChangeOption {
    pub choice: ClockChangeChoice,
    /// "The first time, before the clocks go back".
    pub label: String,
}

/// A place from the installed service directory she can pick.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct VenueChoice {
    /// Goes into the draft's `venue_id`.
    pub id: String,
    pub name: String,
    /// Address and postcode on one line.
    pub address: String,
}

/// The words of an action she confirms first: its button, the question, and the two
/// answers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ConfirmWords {
    /// The button that opens the question ("Delete").
    pub button: String,
    /// "Delete Midwife check? ...".
    pub question: String,
    /// The answer that goes ahead ("Yes, delete it").
    pub confirm: String,
    /// The answer that changes nothing ("No, keep it").
    pub keep: String,
}

/// The appointment form: adding one, or changing one (and one of its dates).
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AppointmentForm {
    /// "New appointment" or "Change appointment".
    pub title: String,
    /// The appointment being changed (`edit_appointment`); `None` when adding
    /// (`add_appointment`).
    pub appointment_id: Option<String>,
    /// The date of it she opened, when she opened one (for move, cancel, mark).
    pub occurrence: Option<u32>,
    /// That date in words ("Tuesday 24 November 2026").
    pub occurrence_label: Option<String>,
    /// What the fields hold to begin with: its current values, or sensible defaults for
    /// a new one (the next whole hour, an hour long, her diary's time zone).
    pub values: AppointmentDraft,
    /// Whether it repeats: editing `start` then moves every date, and a move asks which
    /// dates (`move_scopes`).
    pub repeats: bool,
    /// Every field with its label and hint, in the order the form shows them. Field
    /// codes: title, kind, start, duration, location, place, with whom, notes, reminders,
    /// repeat, repeat until, repeat count, clock change, time zone.
    pub fields: Vec<FormField>,
    pub kinds: Vec<AppointmentKindOption>,
    pub durations: Vec<MinutesChoice>,
    pub repeat_choices: Vec<RepeatChoice>,
    /// "Until a date" and "A number of times": how a repeat ends (it must end).
    pub repeat_end_until_label: String,
    pub repeat_end_count_label: String,
    pub reminder_choices: Vec<MinutesChoice>,
    /// How many reminders she can choose.
    pub max_reminders: u32,
    /// Places from the installed directory, by name; empty when none is installed.
    pub venues: Vec<VenueChoice>,
    /// "None of these".
    pub venue_none_label: String,
    /// Her diary's time zone, used when the draft gives none.
    pub time_zone: String,
    /// The two times of a clock time that happens twice, for the "clock change" field
    /// (shown only when a check reports a problem on that field).
    pub clock_change_choices: Vec<ClockChangeOption>,
    /// For a repeating appointment: which dates a move applies to
    /// (`move_appointment`). Empty for a one-off.
    pub move_scopes: Vec<MoveScopeChoice>,
    /// For a repeating appointment: which dates a cancellation applies to
    /// (`cancel_appointment`). Empty for a one-off.
    pub cancel_scopes: Vec<CancelScopeChoice>,
    /// "Move" and "Choose the new date and time."
    pub move_label: String,
    pub move_hint: String,
    /// Cancelling the date she opened (`cancel_appointment`), when she opened one.
    pub cancel: Option<ConfirmWords>,
    /// Deleting the whole appointment (`delete_appointment`), when changing one.
    pub delete: Option<ConfirmWords>,
    /// "I went" and "I missed it" (`set_appointment_status`).
    pub went_label: String,
    pub missed_label: String,
    /// "Save".
    pub save_label: String,
}

#[uniffi::export]
impl Vault {
    /// The appointment form at `now`: empty with defaults when `appointment_id` is
    /// `None`, else that appointment's values; with `occurrence`, the words to move,
    /// cancel or mark that date too.
    #[uniffi::method(default(occurrence))]
    pub fn appointment_form(
        &self,
        appointment_id: Option<String>,
        now: SystemTime,
        occurrence: Option<u32>,
    ) -> Result<AppointmentForm> {
        let now = time::timestamp(now)?;
        self.read(|conn| build(conn, appointment_id.as_deref(), occurrence, now))
    }
}

fn build(
    conn: &rusqlite::Connection,
    id: Option<&str>,
    occurrence: Option<u32>,
    now: jiff::Timestamp,
) -> Result<AppointmentForm> {
    let zone_name = crate::vault::settings_zone(conn)?;
    let tz = time::zone(&zone_name)?;
    let series = id.map(|id| store::load(conn, id)).transpose()?;
    let (values, repeats) = match &series {
        Some(s) => {
            let a = s.to_record();
            let draft = AppointmentDraft {
                title: a.title,
                kind: a.kind,
                start: a.start,
                time_zone: Some(a.time_zone),
                duration_minutes: a.duration_minutes,
                location: a.location,
                with_whom: a.with_whom,
                notes: a.notes,
                reminder_minutes_before: a.reminder_minutes_before,
                repeat: a.repeat,
                venue_id: a.venue_id,
                clock_change: a.clock_change,
            };
            let repeats = draft.repeat.is_some();
            (draft, repeats)
        }
        None => (new_draft(now.to_zoned(tz).datetime(), &zone_name), false),
    };
    // The date she opened, where it now is (a moved date shows at its new place).
    let date = match (&series, occurrence) {
        (Some(s), Some(i)) => {
            let scheduled = s.scheduled(i).ok_or_else(|| AlongsideError::not_found("appointment"))?;
            let moved = s.states.get(&i).and_then(|st| st.moved_to);
            Some(moved.unwrap_or(scheduled).date())
        }
        _ => None,
    };
    let title_words = values.title.clone();
    let mut venues: Vec<VenueChoice> = crate::services::store::venues(conn)?
        .into_values()
        .map(|v| VenueChoice {
            address: address(&v.address, &v.postcode),
            id: v.id,
            name: v.name,
        })
        .collect();
    venues.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    Ok(AppointmentForm {
        title: text(
            if series.is_some() {
                "appointment-form-edit"
            } else {
                "appointment-form-add"
            },
            &[],
        ),
        appointment_id: series.as_ref().map(|s| s.id.clone()),
        occurrence: date.and(occurrence),
        occurrence_label: date.map(long_date),
        repeats,
        fields: fields(repeats, &zone_name),
        kinds: AppointmentKind::ALL
            .iter()
            .map(|k| AppointmentKindOption {
                kind: *k,
                label: crate::content::label("kind", k),
            })
            .collect(),
        durations: DURATIONS
            .iter()
            .map(|m| MinutesChoice {
                minutes: *m,
                label: duration_words(*m),
            })
            .collect(),
        repeat_choices: REPEATS
            .iter()
            .map(|w| RepeatChoice {
                every_weeks: *w,
                label: match w {
                    0 => text("appointment-repeat-none", &[]),
                    w => text("repeat-every", &[("weeks", (*w).into())]),
                },
            })
            .collect(),
        repeat_end_until_label: text("appointment-repeat-end-until", &[]),
        repeat_end_count_label: text("appointment-repeat-end-count", &[]),
        reminder_choices: REMINDERS
            .iter()
            .map(|m| MinutesChoice {
                minutes: *m,
                label: reminder_before(*m),
            })
            .collect(),
        max_reminders: MAX_REMINDERS,
        venues,
        venue_none_label: text("appointment-venue-none", &[]),
        time_zone: zone_name,
        clock_change_choices: [
            (ClockChangeChoice::First, "appointment-clock-change-first"),
            (ClockChangeChoice::Second, "appointment-clock-change-second"),
        ]
        .iter()
        .map(|(choice, id)| ClockChangeOption {
            choice: *choice,
            label: text(id, &[]),
        })
        .collect(),
        move_scopes: if repeats {
            [
                (MoveScope::ThisDate, "appointment-scope-this-date"),
                (MoveScope::ThisAndFollowing, "appointment-scope-this-and-following"),
                (MoveScope::AllDates, "appointment-scope-all-dates"),
            ]
            .iter()
            .map(|(scope, id)| MoveScopeChoice {
                scope: *scope,
                label: text(id, &[]),
            })
            .collect()
        } else {
            vec![]
        },
        cancel_scopes: if repeats {
            [
                (Scope::ThisOccurrence, "appointment-scope-this-date"),
                (Scope::ThisAndFollowing, "appointment-scope-this-and-following"),
            ]
            .iter()
            .map(|(scope, id)| CancelScopeChoice {
                scope: *scope,
                label: text(id, &[]),
            })
            .collect()
        } else {
            vec![]
        },
        move_label: text("appointment-move", &[]),
        move_hint: text("appointment-move-hint", &[]),
        cancel: date.map(|d| {
            confirm(
                "appointment-cancel",
                text(
                    "appointment-cancel-question",
                    &[("title", title_words.as_str().into()), ("date", long_date(d).into())],
                ),
                "appointment-cancel-confirm",
                "appointment-cancel-keep",
            )
        }),
        delete: series.as_ref().map(|_| {
            confirm(
                "appointment-delete",
                text(
                    "appointment-delete-question",
                    &[
                        ("title", title_words.as_str().into()),
                        ("series", if repeats { "yes" } else { "no" }.into()),
                    ],
                ),
                "appointment-delete-confirm",
                "appointment-delete-keep",
            )
        }),
        went_label: text("appointment-went", &[]),
        missed_label: text("appointment-missed", &[]),
        save_label: text("appointment-form-save", &[]),
        values,
    })
}

/// A new appointment's values: the next whole hour today, or ten tomorrow morning when
/// the day is nearly over; an hour long; in her diary's zone.
fn new_draft(local_now: DateTime, zone: &str) -> AppointmentDraft {
    let next_hour = local_now.hour() + 1;
    let start = if next_hour <= 20 {
        local_now.date().to_datetime(Time::constant(next_hour, 0, 0, 0))
    } else {
        let tomorrow = local_now.date().tomorrow().unwrap_or(local_now.date());
        tomorrow.to_datetime(Time::constant(10, 0, 0, 0))
    };
    AppointmentDraft {
        title: String::new(),
        kind: AppointmentKind::Other,
        start: start.strftime("%Y-%m-%dT%H:%M").to_string(),
        time_zone: Some(zone.to_string()),
        duration_minutes: 60,
        location: None,
        with_whom: None,
        notes: None,
        reminder_minutes_before: vec![],
        repeat: None,
        venue_id: None,
        clock_change: None,
    }
}

fn fields(repeats: bool, zone: &str) -> Vec<FormField> {
    let f = |field: &str, label: &str, hint: Option<String>| FormField {
        field: field.to_string(),
        label: text(label, &[]),
        hint,
    };
    let h = |id: &str| Some(text(id, &[]));
    vec![
        f("title", "appointment-field-title", h("appointment-hint-title")),
        f("kind", "appointment-field-kind", None),
        if repeats {
            f(
                "start",
                "appointment-field-start-series",
                h("appointment-hint-start-series"),
            )
        } else {
            f("start", "appointment-field-start", None)
        },
        f("duration", "appointment-field-duration", None),
        f("location", "appointment-field-location", h("appointment-hint-location")),
        f("place", "appointment-field-venue", None),
        f(
            "with whom",
            "appointment-field-with-whom",
            h("appointment-hint-with-whom"),
        ),
        f("notes", "appointment-field-notes", h("appointment-hint-notes")),
        f(
            "reminders",
            "appointment-field-reminders",
            Some(text("appointment-hint-reminders", &[("max", MAX_REMINDERS.into())])),
        ),
        f("repeat", "appointment-field-repeat", None),
        f("repeat until", "appointment-field-repeat-until", None),
        f("repeat count", "appointment-field-repeat-count", None),
        f(
            "clock change",
            "appointment-field-clock-change",
            h("appointment-hint-clock-change"),
        ),
        f(
            "time zone",
            "appointment-field-time-zone",
            Some(text("appointment-hint-time-zone", &[("zone", zone.into())])),
        ),
    ]
}

/// A duration in words: "45 minutes", "1 hour", "1 hour 30 minutes".
fn duration_words(minutes: u32) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (hours, rest) {
        (0, m) => text("duration-minutes", &[("minutes", m.into())]),
        (h, 0) => text("duration-hours", &[("hours", h.into())]),
        (h, m) => text("duration-hours-minutes", &[("hours", h.into()), ("minutes", m.into())]),
    }
}

/// Address and postcode on one line, written as appointment locations write them.
fn address(address: &str, postcode: &str) -> String {
    let mut parts = vec![address.trim()];
    if !address.contains(postcode.trim()) {
        parts.push(postcode.trim());
    }
    parts.retain(|p| !p.is_empty());
    crate::free_text::one_line(&parts.join(", ")).into_owned()
}

fn confirm(button: &str, question: String, yes: &str, no: &str) -> ConfirmWords {
    ConfirmWords {
        button: text(button, &[]),
        question,
        confirm: text(yes, &[]),
        keep: text(no, &[]),
    }
}
