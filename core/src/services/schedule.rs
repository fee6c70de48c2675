//! When a session happens. Sessions are wall-clock times in her home zone ("Tuesdays
//! 09:30 to 12:00"), so a clock change never moves them.
//!
//! A session occurs on a date when the weekday is one of its days, the date's week of the
//! month (days 1-7 are week 1, 8-14 week 2, and so on) is one of its weeks (or it runs every
//! week), and the date is within its valid-from and valid-until dates.

use jiff::civil::{Date, Time};

use super::model::{Category, SessionAccess};
use crate::time::Weekday;

/// The days in stored order; bit `i` of the days mask is `ALL_DAYS[i]`.
pub const ALL_DAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// One session as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub service_id: String,
    pub service_name: String,
    pub category: Category,
    pub venue_id: String,
    pub days: u8,
    pub start_minute: u16,
    pub end_minute: u16,
    pub weeks: u8,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub access: SessionAccess,
    pub notes: Option<String>,
}

/// The mask bit for a weekday.
pub fn day_bit(d: Weekday) -> u8 {
    let i = ALL_DAYS.iter().position(|x| *x == d).unwrap_or(0);
    1 << i
}

/// The weekdays in a mask, Monday first.
pub fn days_in(mask: u8) -> Vec<Weekday> {
    ALL_DAYS.into_iter().filter(|d| mask & day_bit(*d) != 0).collect()
}

/// The weeks (1 to 5) in a mask.
pub fn weeks_in(mask: u8) -> Vec<u8> {
    (1..=5u8).filter(|w| mask & (1 << (w - 1)) != 0).collect()
}

/// Which week of the month a date is in: days 1-7 are week 1, 8-14 week 2, ...
pub fn week_of_month(date: Date) -> u8 {
    ((date.day() as u8 - 1) / 7) + 1
}

impl Slot {
    /// Whether the session happens on `date`.
    pub fn occurs_on(&self, date: Date) -> bool {
        self.days & day_bit(date.weekday().into()) != 0
            && (self.weeks == 0 || self.weeks & (1 << (week_of_month(date) - 1)) != 0)
            && self.valid_from.is_none_or(|f| date >= f)
            && self.valid_until.is_none_or(|u| date <= u)
    }

    /// Whether the session is running at local `time` on `date` (start inclusive, end not).
    pub fn open_at(&self, date: Date, time: Time) -> bool {
        let minute = time.hour() as u16 * 60 + time.minute() as u16;
        self.occurs_on(date) && self.start_minute <= minute && minute < self.end_minute
    }
}

/// "HH:MM" for minutes after midnight.
pub fn clock(minute: u16) -> String {
    // Written digit by digit: a large search result shows thousands of times.
    let (h, m) = (minute / 60, minute % 60);
    if h >= 100 {
        return format!("{h:02}:{m:02}");
    }
    let digit = |d: u16| char::from(b'0' + d as u8);
    let mut out = String::with_capacity(5);
    out.extend([digit(h / 10), digit(h % 10), ':', digit(m / 10), digit(m % 10)]);
    out
}

/// Minutes after midnight for a validated "HH:MM".
pub fn minutes(text: &str) -> Option<u16> {
    let t: Time = text.trim().parse().ok()?;
    Some(t.hour() as u16 * 60 + t.minute() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn slot(days: u8, weeks: u8) -> Slot {
        Slot {
            service_id: "s".into(),
            service_name: "S".into(),
            category: Category::Food,
            venue_id: "v".into(),
            days,
            start_minute: 600,
            end_minute: 720,
            weeks,
            valid_from: Some(date(2026, 11, 1)),
            valid_until: Some(date(2027, 1, 31)),
            access: SessionAccess::DropIn,
            notes: None,
        }
    }

    #[test]
    fn a_first_and_third_monday_session_skips_the_other_mondays() {
        let s = slot(day_bit(Weekday::Monday), 0b101);
        // December 2026: Mondays are the 7th, 14th, 21st and 28th.
        let on: Vec<i8> = [7, 14, 21, 28]
            .into_iter()
            .filter(|d| s.occurs_on(date(2026, 12, *d)))
            .collect();
        assert_eq!(on, [7, 21]);
        assert!(!s.occurs_on(date(2026, 12, 8)), "a Tuesday");
    }

    #[test]
    fn a_session_runs_only_between_its_valid_dates_and_its_times() {
        let s = slot(day_bit(Weekday::Monday), 0);
        assert!(!s.occurs_on(date(2026, 10, 26)));
        assert!(s.occurs_on(date(2026, 11, 2)));
        assert!(!s.occurs_on(date(2027, 2, 1)));
        let d = date(2026, 11, 2);
        assert!(s.open_at(d, Time::constant(10, 0, 0, 0)));
        assert!(!s.open_at(d, Time::constant(12, 0, 0, 0)), "the end is not inclusive");
        assert_eq!(days_in(0b1000001), [Weekday::Monday, Weekday::Sunday]);
        assert_eq!(weeks_in(0b10010), [2, 5]);
        assert_eq!(clock(575), "09:35");
    }
}
