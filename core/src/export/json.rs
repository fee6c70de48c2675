//! The JSON export: a versioned document of everything she has entered.

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::diary::appointment::{Appointment, AppointmentStatus};
use crate::diary::dose::DoseStatus;
use crate::diary::medicine::{DoseSlot, Medicine};
use crate::diary::{appointment_store, dose_store, medicine_store};
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Settings;

const FORMAT: &str = "alongside-export";
const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document {
    format: &'static str,
    version: u32,
    exported_at: String,
    settings: Settings,
    appointments: Vec<AppointmentOut>,
    medicines: Vec<Medicine>,
    dose_log: Vec<DoseOut>,
    /// Days with nothing logged that she said she was not sure about, or set aside, when
    /// Today asked ("not_sure" or "dismissed").
    dose_days_not_logged: Vec<DoseDayOut>,
    /// Her breastfeeding plan as saved: her answers and the advice as it was given.
    breastfeeding_plan: Option<serde_json::Value>,
    /// The requests for support she sent: to whom, the words, and how far each got.
    support_requests: Vec<crate::support::SupportRequestView>,
}

#[derive(Serialize)]
struct DoseDayOut {
    medicine_id: String,
    date: String,
    answer: String,
}

#[derive(Serialize)]
struct AppointmentOut {
    #[serde(flatten)]
    appointment: Appointment,
    occurrences: Vec<OccurrenceOut>,
}

#[derive(Serialize)]
struct OccurrenceOut {
    occurrence: u32,
    status: AppointmentStatus,
    moved_to: Option<String>,
    /// Which of two equal clock times `moved_to` is, when it happens twice that night.
    #[serde(skip_serializing_if = "Option::is_none")]
    moved_to_clock_change: Option<time::ClockChangeChoice>,
}

#[derive(Serialize)]
struct DoseOut {
    medicine_id: String,
    date: String,
    slot: DoseSlot,
    status: DoseStatus,
    taken_at: Option<String>,
    amount: Option<f64>,
    note: Option<String>,
}

pub(super) fn export(conn: &Connection, now: Timestamp) -> Result<String> {
    let settings = crate::vault::load_settings(conn)?;
    let tz = time::zone(&settings.time_zone)?;
    let today = now.to_zoned(tz).date();
    let appointments = appointment_store::load_all(conn)?
        .into_iter()
        .map(|s| {
            let mut occurrences: Vec<OccurrenceOut> = s
                .states
                .iter()
                .map(|(i, st)| OccurrenceOut {
                    occurrence: *i,
                    status: st.status,
                    moved_to: st.moved_to.map(time::format_local),
                    moved_to_clock_change: st.moved_to.filter(|m| time::happens_twice(*m, &s.v.zone)).map(|_| {
                        if st.moved_second {
                            time::ClockChangeChoice::Second
                        } else {
                            time::ClockChangeChoice::First
                        }
                    }),
                })
                .collect();
            occurrences.sort_by_key(|o| o.occurrence);
            AppointmentOut {
                appointment: s.to_record(),
                occurrences,
            }
        })
        .collect();
    let medicines = medicine_store::load(conn, None)?
        .iter()
        .map(|m| m.to_record(today))
        .collect();
    let min = jiff::civil::date(1900, 1, 1);
    let max = jiff::civil::date(2200, 1, 1);
    let dose_log = dose_store::between(conn, min, max, None)?
        .into_iter()
        .map(|l| DoseOut {
            medicine_id: l.medicine_id,
            date: l.date.to_string(),
            slot: match l.slot {
                None => DoseSlot::AsNeeded,
                Some(1) => DoseSlot::Evening,
                Some(_) => DoseSlot::Only,
            },
            status: l.status,
            taken_at: l
                .taken_at
                .and_then(|s| Timestamp::from_second(s).ok())
                .map(|t| t.to_string()),
            amount: l.amount,
            note: l.note,
        })
        .collect();
    let breastfeeding_plan = conn
        .query_row(
            "SELECT answers, advice, made_at FROM breastfeeding_plan WHERE id = 1",
            [],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)),
        )
        .optional()?
        .map(|(answers, advice, made_at)| -> Result<serde_json::Value> {
            Ok(serde_json::json!({
                "made_at": Timestamp::from_second(made_at).map(|t| t.to_string()).unwrap_or_default(),
                "answers": serde_json::from_str::<serde_json::Value>(&answers)?,
                "advice": serde_json::from_str::<serde_json::Value>(&advice)?,
            }))
        })
        .transpose()?;
    let mut dose_days_not_logged: Vec<DoseDayOut> = crate::diary::dose_question::answered(conn, min)?
        .into_iter()
        .map(|((medicine_id, date), answer)| DoseDayOut {
            medicine_id,
            date: date.to_string(),
            answer,
        })
        .collect();
    dose_days_not_logged.sort_by(|a, b| (&a.date, &a.medicine_id).cmp(&(&b.date, &b.medicine_id)));
    let support_requests = crate::support::request_api::views(conn)?;
    let doc = Document {
        format: FORMAT,
        version: VERSION,
        exported_at: now.to_string(),
        settings,
        appointments,
        medicines,
        dose_log,
        dose_days_not_logged,
        breastfeeding_plan,
        support_requests,
    };
    serde_json::to_string_pretty(&doc).map_err(|_| AlongsideError::Storage {
        detail: "export could not be encoded".to_string(),
    })
}
