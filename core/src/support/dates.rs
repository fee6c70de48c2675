//! Her dates: her due date and her baby's date of birth, both optional and private. They
//! let the app place things in time (the 6 to 8 week check is due 6 to 8 weeks after the
//! birth) instead of guessing. Like her baby's situation, they are one setting in her
//! vault: no sharing category covers them and her JSON export leaves them out, because an
//! export is a document that may be read by others (a partner, a court) and these dates say
//! more about her and her baby than her diary needs to.

use jiff::civil::Date;
use jiff::ToSpan;
use std::time::SystemTime;

use crate::content::{long_date, text};
use crate::error::{AlongsideError, Result};
use crate::services::options::{get, remove, set};
use crate::time;
use crate::vault::Vault;

const KEY: &str = "her_dates";
const DUE_FIELD: &str = "due date";
const BORN_FIELD: &str = "baby's date of birth";

/// How far ahead a due date can be: a pregnancy is about 40 weeks from its start.
const DUE_AHEAD_MONTHS: i64 = 10;
/// How long ago a due date can be when she sets it: the app is for up to 18 months
/// after the birth, so a due date past that is almost surely a typing slip.
const DUE_PAST_MONTHS: i64 = 24;
/// How long ago a birth can be: the app is for the first 18 months, with room to spare.
const BORN_PAST_YEARS: i64 = 3;
/// How far a birth can come before its due date (about 22 weeks into a pregnancy) or after
/// it (about 44 weeks): beyond these, one of the two dates is almost surely mistyped.
const BORN_EARLY_DAYS: i64 = 18 * 7;
const BORN_LATE_DAYS: i64 = 6 * 7;

/// Her dates as she gives them, "YYYY-MM-DD"; `None` (or blank) clears one.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record, serde::Serialize, serde::Deserialize)]
pub struct HerDates {
    /// When her baby is due.
    #[uniffi(default = None)]
    pub due_date: Option<String>,
    /// When her baby was born.
    #[uniffi(default = None)]
    pub baby_born: Option<String>,
}

/// Her dates as the shells show them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HerDatesView {
    pub dates: HerDates,
    /// "Due date: Monday 1 March 2027".
    pub due_date_label: Option<String>,
    /// "Your baby's date of birth: Tuesday 10 November 2026".
    pub baby_born_label: Option<String>,
    /// That they stay on this phone, are never shared, and can be changed or cleared.
    pub message: String,
}

#[uniffi::export]
impl Vault {
    /// Her due date and her baby's date of birth, as she last gave them (none until she
    /// does).
    pub fn her_dates(&self) -> Result<HerDatesView> {
        self.read(|conn| Ok(view(load(conn)?)))
    }

    /// Sets both of her dates at once; a date left out or blank is cleared. Refused with
    /// `InvalidInput`, and nothing changed, when a date is not real or not plausible: a
    /// birth after today or more than 3 years ago, a due date more than 10 months ahead or
    /// more than 2 years ago, or a birth too far from its due date. Kept only on this
    /// phone: nothing is sent because of it.
    pub fn set_her_dates(&self, dates: HerDates, now: SystemTime) -> Result<HerDatesView> {
        let now = time::timestamp(now)?;
        let blank = |d: Option<String>| d.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let dates = HerDates {
            due_date: blank(dates.due_date),
            baby_born: blank(dates.baby_born),
        };
        self.write(|tx| {
            let today = now.to_zoned(time::zone(&crate::vault::settings_zone(tx)?)?).date();
            let parsed = check(&dates, today)?;
            if parsed == (None, None) {
                remove(tx, KEY)?;
            } else {
                // Stored as parsed, so "2027-3-1"-style slips can't be kept half-read.
                let stored = HerDates {
                    due_date: parsed.0.map(|d| d.to_string()),
                    baby_born: parsed.1.map(|d| d.to_string()),
                };
                set(tx, KEY, &serde_json::to_string(&stored)?)?;
            }
            Ok(view(load(tx)?))
        })
    }
}

/// Checks her dates against `today`, giving them parsed.
fn check(dates: &HerDates, today: Date) -> Result<(Option<Date>, Option<Date>)> {
    let refuse = |field: &str, id: &str| AlongsideError::invalid(field, &text(id, &[]));
    let months = |n: i64| today.checked_add(n.months()).unwrap_or(today);
    let due = dates
        .due_date
        .as_deref()
        .map(|s| time::parse_date(DUE_FIELD, s))
        .transpose()?;
    let born = dates
        .baby_born
        .as_deref()
        .map(|s| time::parse_date(BORN_FIELD, s))
        .transpose()?;
    if let Some(d) = due {
        if d > months(DUE_AHEAD_MONTHS) {
            return Err(refuse(DUE_FIELD, "her-dates-due-too-far"));
        }
        if d < months(-DUE_PAST_MONTHS) {
            return Err(refuse(DUE_FIELD, "her-dates-due-long-past"));
        }
    }
    if let Some(b) = born {
        if b > today {
            return Err(refuse(BORN_FIELD, "her-dates-born-after-today"));
        }
        if b < months(-12 * BORN_PAST_YEARS) {
            return Err(refuse(BORN_FIELD, "her-dates-born-long-ago"));
        }
    }
    if let (Some(d), Some(b)) = (due, born) {
        // Civil dates' spans are whole days by default.
        let days_late = i64::from(d.until(b).map(|s| s.get_days()).unwrap_or(0));
        if !(-BORN_EARLY_DAYS..=BORN_LATE_DAYS).contains(&days_late) {
            return Err(refuse(BORN_FIELD, "her-dates-do-not-fit"));
        }
    }
    Ok((due, born))
}

fn view(dates: HerDates) -> HerDatesView {
    let label = |id: &str, d: &Option<String>| {
        d.as_deref()
            .and_then(|s| s.parse::<Date>().ok())
            .map(|d| text(id, &[("date", long_date(d).into())]))
    };
    HerDatesView {
        due_date_label: label("her-dates-due", &dates.due_date),
        baby_born_label: label("her-dates-born", &dates.baby_born),
        dates,
        message: text("her-dates-message", &[]),
    }
}

fn load(conn: &rusqlite::Connection) -> Result<HerDates> {
    Ok(match get(conn, KEY)? {
        Some(json) => serde_json::from_str(&json).map_err(|_| AlongsideError::VaultUnreadable {
            reason: "a setting is damaged".to_string(),
        })?,
        None => HerDates::default(),
    })
}

/// Her baby's date of birth, if she gave it, for the other parts of the core.
pub(crate) fn baby_born(conn: &rusqlite::Connection) -> Result<Option<Date>> {
    Ok(load(conn)?.baby_born.and_then(|d| d.parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(due: Option<&str>, born: Option<&str>) -> HerDates {
        HerDates {
            due_date: due.map(str::to_string),
            baby_born: born.map(str::to_string),
        }
    }

    fn field(r: Result<(Option<Date>, Option<Date>)>) -> String {
        match r {
            Err(AlongsideError::InvalidInput { field, .. }) => field,
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn plausible_dates_pass_and_implausible_ones_name_the_date_to_check() {
        let today = jiff::civil::date(2026, 11, 23);
        assert!(check(&dates(Some("2027-03-01"), None), today).is_ok());
        assert!(check(&dates(Some("2026-11-30"), Some("2026-11-10")), today).is_ok());
        assert!(check(&dates(None, Some("2026-11-23")), today).is_ok());
        assert_eq!(field(check(&dates(None, Some("2026-11-24")), today)), BORN_FIELD);
        assert_eq!(field(check(&dates(None, Some("2023-11-01")), today)), BORN_FIELD);
        assert_eq!(field(check(&dates(Some("2027-10-01"), None), today)), DUE_FIELD);
        assert_eq!(field(check(&dates(Some("2024-10-01"), None), today)), DUE_FIELD);
        assert_eq!(field(check(&dates(Some("2026-31-01"), None), today)), DUE_FIELD);
        // Born five months before it was due: one of the two is mistyped.
        assert_eq!(
            field(check(&dates(Some("2027-04-20"), Some("2026-11-20")), today)),
            BORN_FIELD
        );
    }
}
