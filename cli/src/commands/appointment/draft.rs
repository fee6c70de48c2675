//! The appointment details she types (`add`, `edit`, `rebook`), turned into the core's
//! `AppointmentDraft`. Text is passed through untouched; the core checks it.

use alongside_core::{Appointment, AppointmentDraft, AppointmentKind, Repeat, RepeatEnd};
use clap::ValueEnum;

use crate::error::{CliError, CliResult};
use crate::when;

/// What kind of appointment it is.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-specialist-midwife"))]
    SpecialistMidwife,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-antenatal-clinic-or-scan"))]
    AntenatalClinicOrScan,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-drug-and-alcohol-key-worker"))]
    DrugAndAlcoholKeyWorker,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-prescriber-review"))]
    PrescriberReview,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-gp"))]
    Gp,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-health-visitor"))]
    HealthVisitor,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-social-worker"))]
    SocialWorker,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-perinatal-mental-health"))]
    PerinatalMentalHealth,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-family-time"))]
    FamilyTime,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-court-or-legal"))]
    CourtOrLegal,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-housing"))]
    Housing,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-peer-support"))]
    PeerSupport,
    #[value(help = crate::words::ui("cli-help-appointment-draft-kind-other"))]
    Other,
}

impl From<KindArg> for AppointmentKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::SpecialistMidwife => AppointmentKind::SpecialistMidwife,
            KindArg::AntenatalClinicOrScan => AppointmentKind::AntenatalClinicOrScan,
            KindArg::DrugAndAlcoholKeyWorker => AppointmentKind::DrugAndAlcoholKeyWorker,
            KindArg::PrescriberReview => AppointmentKind::PrescriberReview,
            KindArg::Gp => AppointmentKind::Gp,
            KindArg::HealthVisitor => AppointmentKind::HealthVisitor,
            KindArg::SocialWorker => AppointmentKind::SocialWorker,
            KindArg::PerinatalMentalHealth => AppointmentKind::PerinatalMentalHealth,
            KindArg::FamilyTime => AppointmentKind::FamilyTime,
            KindArg::CourtOrLegal => AppointmentKind::CourtOrLegal,
            KindArg::Housing => AppointmentKind::Housing,
            KindArg::PeerSupport => AppointmentKind::PeerSupport,
            KindArg::Other => AppointmentKind::Other,
        }
    }
}

/// Options for a new appointment.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    #[arg(help = crate::words::ui("cli-help-appointment-draft-add--title"))]
    #[arg(long)]
    pub title: String,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-add--kind"))]
    #[arg(long, value_enum)]
    pub kind: KindArg,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-add--start"))]
    #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
    pub start: String,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-add--duration"))]
    #[arg(long, value_name = "MINUTES", default_value_t = 60, value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub duration: u32,
    #[command(flatten)]
    pub details: DetailArgs,
    #[command(flatten)]
    pub repeat: RepeatArgs,
}

/// Optional details shared by add, edit and rebook.
#[derive(Debug, clap::Args)]
pub struct DetailArgs {
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--zone"))]
    #[arg(long, value_name = "ZONE")]
    pub zone: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--location"))]
    #[arg(long = "where", value_name = "PLACE")]
    pub location: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--venue"))]
    #[arg(long, value_name = "VENUE_ID")]
    pub venue: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--with-whom"))]
    #[arg(long = "with", value_name = "WHO")]
    pub with_whom: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--notes"))]
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--remind"))]
    #[arg(long = "remind", value_name = "BEFORE", value_parser = when::reminder_minutes, allow_hyphen_values = true)]
    pub remind: Vec<u32>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-detail--clock-change"))]
    #[arg(long, value_enum, value_name = "WHICH")]
    pub clock_change: Option<when::ClockChangeArg>,
}

/// How a series repeats.
#[derive(Debug, clap::Args)]
pub struct RepeatArgs {
    #[arg(help = crate::words::ui("cli-help-appointment-draft-repeat--every-weeks"))]
    #[arg(long, value_name = "N", value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub every_weeks: Option<u32>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-repeat--until"))]
    #[arg(long, value_name = "DATE", conflicts_with = "count")]
    pub until: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-repeat--count"))]
    #[arg(long, value_name = "N", value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub count: Option<u32>,
}

/// Options to change an appointment; anything left out stays as it is.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--target"))]
    #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
    pub target: when::OccurrenceRef,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--title"))]
    #[arg(long)]
    pub title: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--kind"))]
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--start"))]
    #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
    pub start: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--duration"))]
    #[arg(long, value_name = "MINUTES", value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub duration: Option<u32>,
    #[command(flatten)]
    pub details: DetailArgs,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--no-reminders"))]
    #[arg(long, conflicts_with = "remind")]
    pub no_reminders: bool,
    #[command(flatten)]
    pub repeat: RepeatArgs,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-edit--no-repeat"))]
    #[arg(long, conflicts_with_all = ["every_weeks", "until", "count"])]
    pub no_repeat: bool,
}

/// Options for booking a new time after a missed appointment.
#[derive(Debug, clap::Args)]
pub struct RebookArgs {
    #[arg(help = crate::words::ui("cli-help-appointment-draft-rebook--target"))]
    #[arg(value_name = "ID", value_parser = when::occurrence_ref)]
    pub target: when::OccurrenceRef,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-rebook--start"))]
    #[arg(long, value_name = "YYYY-MM-DD HH:MM")]
    pub start: String,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-rebook--title"))]
    #[arg(long)]
    pub title: Option<String>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-rebook--kind"))]
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    #[arg(help = crate::words::ui("cli-help-appointment-draft-rebook--duration"))]
    #[arg(long, value_name = "MINUTES", value_parser = crate::numbers::whole, allow_negative_numbers = true)]
    pub duration: Option<u32>,
    #[command(flatten)]
    pub details: DetailArgs,
}

/// A draft for a new appointment.
pub fn new_draft(a: AddArgs) -> CliResult<AppointmentDraft> {
    let repeat = repeat(None, &a.repeat)?;
    Ok(AppointmentDraft {
        title: a.title,
        kind: a.kind.into(),
        start: a.start,
        time_zone: a.details.zone,
        duration_minutes: a.duration,
        location: a.details.location,
        with_whom: a.details.with_whom,
        notes: a.details.notes,
        reminder_minutes_before: a.details.remind,
        repeat,
        venue_id: a.details.venue,
        clock_change: a.details.clock_change.map(Into::into),
    })
}

/// The stored appointment with her changes laid over it.
pub fn edited_draft(current: Appointment, a: EditArgs) -> CliResult<AppointmentDraft> {
    let repeat = if a.no_repeat {
        None
    } else {
        repeat(current.repeat.clone(), &a.repeat)?
    };
    let reminders = if a.no_reminders {
        vec![]
    } else if a.details.remind.is_empty() {
        current.reminder_minutes_before
    } else {
        a.details.remind
    };
    // A choice between two equal times belongs to the start it was made for.
    let clock_change = match (&a.start, a.details.clock_change) {
        (_, Some(c)) => Some(c.into()),
        (None, None) => current.clock_change,
        (Some(_), None) => None,
    };
    Ok(AppointmentDraft {
        clock_change,
        title: a.title.unwrap_or(current.title),
        kind: a.kind.map(Into::into).unwrap_or(current.kind),
        start: a.start.unwrap_or(current.start),
        time_zone: Some(a.details.zone.unwrap_or(current.time_zone)),
        duration_minutes: a.duration.unwrap_or(current.duration_minutes),
        // A new venue brings its own address unless she gives one.
        location: match (&a.details.venue, a.details.location) {
            (_, Some(l)) => Some(l),
            (Some(_), None) => None,
            (None, None) => current.location,
        },
        with_whom: a.details.with_whom.or(current.with_whom),
        notes: a.details.notes.or(current.notes),
        reminder_minutes_before: reminders,
        repeat,
        venue_id: a.details.venue.or(current.venue_id),
    })
}

/// A one-off at the new time, otherwise like the missed appointment unless she changed it.
pub fn rebook_draft(missed: Appointment, a: RebookArgs) -> AppointmentDraft {
    let reminders = if a.details.remind.is_empty() {
        missed.reminder_minutes_before
    } else {
        a.details.remind
    };
    AppointmentDraft {
        title: a.title.unwrap_or(missed.title),
        kind: a.kind.map(Into::into).unwrap_or(missed.kind),
        start: a.start,
        time_zone: Some(a.details.zone.unwrap_or(missed.time_zone)),
        duration_minutes: a.duration.unwrap_or(missed.duration_minutes),
        location: a.details.location.or(missed.location),
        with_whom: a.details.with_whom.or(missed.with_whom),
        notes: a.details.notes.or(missed.notes),
        reminder_minutes_before: reminders,
        repeat: None,
        venue_id: a.details.venue.or(missed.venue_id),
        clock_change: a.details.clock_change.map(Into::into),
    }
}

/// The repeat she asked for, laid over the current one. A repeat with no end is passed on
/// with an empty end date so that the core refuses it in its own words.
fn repeat(current: Option<Repeat>, a: &RepeatArgs) -> CliResult<Option<Repeat>> {
    let end = match (&a.until, a.count) {
        (Some(date), _) => Some(RepeatEnd::Until { date: date.clone() }),
        (None, Some(occurrences)) => Some(RepeatEnd::Count { occurrences }),
        (None, None) => None,
    };
    let every_weeks = a.every_weeks.or(current.as_ref().map(|r| r.every_weeks));
    match (every_weeks, end) {
        (None, None) => Ok(None),
        (None, Some(_)) => Err(CliError::usage(crate::words::ui("cli-error-repeat-needs-every-weeks"))),
        (Some(every_weeks), end) => Ok(Some(Repeat {
            every_weeks,
            end: end
                .or(current.map(|r| r.end))
                .unwrap_or(RepeatEnd::Until { date: String::new() }),
        })),
    }
}
