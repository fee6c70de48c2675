//! Expanding an appointment series into dated occurrences.
//!
//! A series is a wall-clock start repeated every N weeks: the local time stays the same
//! across clock changes, so the instants shift by an hour twice a year, as she expects.
//! Per-occurrence state (attended, missed, moved) is keyed by position in the series.
//!
//! The times she typed (the first start, a moved occurrence) were checked against clock
//! changes when she typed them, and keep her choice of the first or second of two equal
//! times. A later date of a series can still land in a gap or an overlap; it then follows
//! RFC 5545, as phones' calendars do: a time in the gap moves forward by the gap's length
//! (a weekly 01:30 is at 02:30 on the spring-forward night) and a repeated time is the
//! first of the two. What she is shown is always the true local time, with words saying
//! what the clocks did.

use jiff::civil::DateTime;
use jiff::{Timestamp, ToSpan};
use std::collections::HashMap;

use super::appointment::{AppointmentStatus, End, Occurrence, Valid};
use crate::error::Result;
use crate::time;

/// State kept for one occurrence when it is not simply "planned".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OccurrenceState {
    pub status: AppointmentStatus,
    pub moved_to: Option<DateTime>,
    /// `moved_to` is the second of two equal clock times.
    pub moved_second: bool,
    pub follow_up_dismissed: bool,
    /// She forgot this date on purpose: it is no longer shown, exported or shared.
    pub forgotten: bool,
}

/// A stored appointment series with its per-occurrence state.
#[derive(Debug, Clone)]
pub(crate) struct Series {
    pub id: String,
    pub v: Valid,
    pub states: HashMap<u32, OccurrenceState>,
}

/// An occurrence before it is turned into the exported record.
#[derive(Debug, Clone)]
pub(crate) struct Expanded {
    pub index: u32,
    pub scheduled: DateTime,
    pub start: DateTime,
    pub start_at: Timestamp,
    pub end_at: Timestamp,
    pub status: AppointmentStatus,
}

impl Series {
    /// The scheduled wall-clock start of occurrence `i`, if the series has one.
    pub fn scheduled(&self, i: u32) -> Option<DateTime> {
        let (every, end) = match &self.v.repeat {
            None => return (i == 0).then_some(self.v.start),
            Some(r) => r,
        };
        let days = i64::from(i) * 7 * i64::from(*every);
        let dt = self.v.start.checked_add(days.days()).ok()?;
        match end {
            End::Count(n) if i >= *n => None,
            End::Until(d) if dt.date() > *d => None,
            _ => Some(dt),
        }
    }

    /// Number of occurrences in the series.
    pub fn count(&self) -> u32 {
        match &self.v.repeat {
            None => 1,
            Some((_, End::Count(n))) => *n,
            Some((every, End::Until(d))) => {
                let days = (*d - self.v.start.date()).get_days().max(0) as u32;
                days / (7 * every) + 1
            }
        }
    }

    /// Whether she forgot occurrence `i` on purpose.
    pub fn is_forgotten(&self, i: u32) -> bool {
        self.states.get(&i).is_some_and(|s| s.forgotten)
    }

    /// Expands occurrence `i` with its state applied; none for a date she forgot.
    pub fn expand(&self, i: u32) -> Result<Option<Expanded>> {
        if self.is_forgotten(i) {
            return Ok(None);
        }
        self.expand_any(i)
    }

    /// Expands occurrence `i` even if she forgot it: for the series' own bounds and shape.
    pub fn expand_any(&self, i: u32) -> Result<Option<Expanded>> {
        let Some(scheduled) = self.scheduled(i) else {
            return Ok(None);
        };
        let state = self.states.get(&i);
        let moved = state.filter(|s| s.moved_to.is_some());
        let start = moved.and_then(|s| s.moved_to).unwrap_or(scheduled);
        let second = match moved {
            Some(s) => s.moved_second,
            None => i == 0 && self.v.start_second,
        };
        let zoned = time::resolve_choice(start, &self.v.zone, second)?;
        let end = zoned
            .checked_add(i64::from(self.v.duration_minutes).minutes())
            .map_err(|_| crate::error::AlongsideError::refused("start", "error-date-out-of-range"))?;
        Ok(Some(Expanded {
            index: i,
            scheduled,
            start,
            start_at: zoned.timestamp(),
            end_at: end.timestamp(),
            status: state.map(|s| s.status).unwrap_or(AppointmentStatus::Planned),
        }))
    }

    /// Every occurrence that overlaps `[from, to)`.
    pub fn in_window(&self, from: Timestamp, to: Timestamp) -> Result<Vec<Expanded>> {
        let mut out = Vec::new();
        // Moved occurrences can sit anywhere; check them all (there are few).
        let mut moved: Vec<u32> = self
            .states
            .iter()
            .filter(|(_, s)| s.moved_to.is_some())
            .map(|(i, _)| *i)
            .collect();
        moved.sort_unstable();
        for i in &moved {
            if let Some(e) = self.expand(*i)? {
                if e.start_at < to && e.end_at > from {
                    out.push(e);
                }
            }
        }
        let first = self.first_index_near(from);
        let mut i = first;
        while let Some(e) = self.expand_any(i)? {
            if e.start_at >= to && self.states.get(&i).and_then(|s| s.moved_to).is_none() {
                break;
            }
            if !moved.contains(&i) && !self.is_forgotten(i) && e.start_at < to && e.end_at > from {
                out.push(e);
            }
            i += 1;
        }
        out.sort_by_key(|e| (e.start_at, e.index));
        Ok(out)
    }

    /// An index at or before the first occurrence that could overlap `from`, found by
    /// arithmetic so a long series is not walked from its start.
    fn first_index_near(&self, from: Timestamp) -> u32 {
        let Some((every, _)) = &self.v.repeat else { return 0 };
        let from_date = from.to_zoned(self.v.zone.clone()).date();
        let days = (from_date - self.v.start.date()).get_days();
        if days <= 0 {
            return 0;
        }
        // Step back one period to allow for durations and clock changes.
        ((days as u32) / (7 * every)).saturating_sub(1)
    }

    /// Bounds of every occurrence (scheduled and moved), for the window index.
    pub fn bounds(&self) -> Result<(Timestamp, Timestamp)> {
        let mut lo: Option<Timestamp> = None;
        let mut hi: Option<Timestamp> = None;
        let mut consider = |e: &Expanded| {
            lo = Some(lo.map_or(e.start_at, |l| l.min(e.start_at)));
            hi = Some(hi.map_or(e.end_at, |h| h.max(e.end_at)));
        };
        if let Some(e) = self.expand_any(0)? {
            consider(&e);
        }
        if let Some(e) = self.expand_any(self.count().saturating_sub(1))? {
            consider(&e);
        }
        for (i, s) in &self.states {
            if s.moved_to.is_some() {
                if let Some(e) = self.expand(*i)? {
                    consider(&e);
                }
            }
        }
        let zero = time::resolve(self.v.start, &self.v.zone)?.timestamp();
        Ok((lo.unwrap_or(zero), hi.unwrap_or(zero)))
    }

    /// The whole series as the exported record.
    pub fn to_record(&self) -> super::appointment::Appointment {
        let v = &self.v;
        super::appointment::Appointment {
            id: self.id.clone(),
            title: v.title.clone(),
            kind: v.kind,
            start: time::format_local(v.start),
            time_zone: v.zone_name.clone(),
            duration_minutes: v.duration_minutes,
            location: v.location.clone(),
            with_whom: v.with_whom.clone(),
            notes: v.notes.clone(),
            reminder_minutes_before: v.reminders.clone(),
            repeat: v.repeat.as_ref().map(|(every, end)| super::appointment::Repeat {
                every_weeks: *every,
                end: end.into(),
            }),
            venue_id: v.venue_id.clone(),
            clock_change: time::happens_twice(v.start, &v.zone).then_some(if v.start_second {
                time::ClockChangeChoice::Second
            } else {
                time::ClockChangeChoice::First
            }),
            kind_label: crate::content::label("kind", &v.kind),
            repeat_label: v
                .repeat
                .as_ref()
                .map(|(every, end)| crate::content::repeat_words(*every, &end.into())),
            reminder_labels: v
                .reminders
                .iter()
                .map(|m| crate::content::reminder_before(*m))
                .collect(),
            occurrence_count: self.count(),
        }
    }

    /// Builds the record the shells show.
    pub fn occurrence(&self, e: &Expanded) -> Result<Occurrence> {
        let start = e.start_at.to_zoned(self.v.zone.clone());
        let end = e.end_at.to_zoned(self.v.zone.clone());
        let moved = self.states.get(&e.index).and_then(|s| s.moved_to).is_some();
        Ok(Occurrence {
            appointment_id: self.id.clone(),
            occurrence: e.index,
            title: self.v.title.clone(),
            kind: self.v.kind,
            kind_label: crate::content::label("kind", &self.v.kind),
            start_local: time::format_local(start.datetime()),
            end_local: time::format_local(end.datetime()),
            time_zone: self.v.zone_name.clone(),
            starts_at: time::system_time(e.start_at),
            ends_at: time::system_time(e.end_at),
            location: self.v.location.clone(),
            with_whom: self.v.with_whom.clone(),
            notes: self.v.notes.clone(),
            status: e.status,
            status_label: crate::content::label("status", &e.status),
            date_label: crate::content::long_date(start.date()),
            time_label: crate::content::text(
                "time-range",
                &[
                    ("start", time::clock_words(&start).into()),
                    ("end", time::clock_words(&end).into()),
                ],
            ),
            clock_change_label: time::clock_change_words(e.start, &start, &end),
            moved_from_local: moved.then(|| time::format_local(e.scheduled)),
            moved_from_label: moved.then(|| {
                let when = format!(
                    "{}, {}",
                    crate::content::short_date(e.scheduled.date()),
                    time::format_time(e.scheduled.time())
                );
                crate::content::text("occurrence-moved-from", &[("when", when.into())])
            }),
            repeats: self.v.repeat.is_some(),
            reminder_minutes_before: self.v.reminders.clone(),
            venue_id: self.v.venue_id.clone(),
            place: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::appointment::{AppointmentDraft, AppointmentKind, Repeat, RepeatEnd};

    fn series(start: &str, repeat: Option<Repeat>) -> Series {
        let draft = AppointmentDraft {
            title: "Group".into(),
            kind: AppointmentKind::PeerSupport,
            start: start.into(),
            time_zone: None,
            duration_minutes: 60,
            location: None,
            with_whom: None,
            notes: None,
            reminder_minutes_before: vec![],
            repeat,
            venue_id: None,
            clock_change: None,
        };
        Series {
            id: "s".into(),
            v: draft
                .check("Europe/London", &mut crate::diary::problems::Problems::default())
                .unwrap()
                .unwrap(),
            states: HashMap::new(),
        }
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn a_weekly_group_stays_at_ten_oclock_local_time_across_the_clock_change() {
        let s = series(
            "2026-10-18T10:00",
            Some(Repeat {
                every_weeks: 1,
                end: RepeatEnd::Count { occurrences: 3 },
            }),
        );
        let all = s.in_window(ts("2026-10-01T00:00Z"), ts("2026-12-01T00:00Z")).unwrap();
        let utc: Vec<String> = all.iter().map(|e| e.start_at.to_string()).collect();
        // BST (UTC+1) on 18 Oct, GMT after the 25 Oct change.
        assert_eq!(
            utc,
            ["2026-10-18T09:00:00Z", "2026-10-25T10:00:00Z", "2026-11-01T10:00:00Z"]
        );
    }

    #[test]
    fn a_fortnightly_repeat_until_a_date_includes_that_date() {
        let s = series(
            "2026-01-05T09:30",
            Some(Repeat {
                every_weeks: 2,
                end: RepeatEnd::Until {
                    date: "2026-02-02".into(),
                },
            }),
        );
        assert_eq!(s.count(), 3);
        let dates: Vec<String> = (0..5)
            .filter_map(|i| s.scheduled(i))
            .map(|d| d.date().to_string())
            .collect();
        assert_eq!(dates, ["2026-01-05", "2026-01-19", "2026-02-02"]);
    }

    #[test]
    fn a_later_date_whose_time_does_not_exist_on_the_spring_change_moves_forward() {
        let s = series(
            "2026-03-22T01:30",
            Some(Repeat {
                every_weeks: 1,
                end: RepeatEnd::Count { occurrences: 2 },
            }),
        );
        let e = s.expand(1).unwrap().unwrap();
        assert_eq!(
            e.start_at.to_string(),
            "2026-03-29T01:30:00Z",
            "02:30 BST, an hour later on the clock"
        );
        let o = s.occurrence(&e).unwrap();
        assert_eq!(o.start_local, "2026-03-29T02:30", "the true local time is shown");
        assert_eq!(
            o.clock_change_label.as_deref(),
            Some("The clocks go forward that day, so there is no 01:30. It's at 02:30 instead.")
        );
    }

    #[test]
    fn a_later_date_whose_time_happens_twice_is_the_first_and_says_so() {
        let s = series(
            "2026-10-18T01:30",
            Some(Repeat {
                every_weeks: 1,
                end: RepeatEnd::Count { occurrences: 2 },
            }),
        );
        let o = s.occurrence(&s.expand(1).unwrap().unwrap()).unwrap();
        assert_eq!(
            jiff::Timestamp::try_from(o.starts_at).unwrap().to_string(),
            "2026-10-25T00:30:00Z",
            "the first 01:30, in summer time"
        );
        assert_eq!(
            o.time_label,
            "01:30 (before the clocks go back) to 01:30 (after the clocks go back)"
        );
        assert_eq!(
            o.clock_change_label.as_deref(),
            Some("The clocks go back an hour at 02:00 during this.")
        );
    }

    #[test]
    fn a_window_deep_into_a_long_series_finds_the_right_occurrences() {
        let s = series(
            "2026-01-01T12:00",
            Some(Repeat {
                every_weeks: 1,
                end: RepeatEnd::Count { occurrences: 500 },
            }),
        );
        let got = s.in_window(ts("2030-01-01T00:00Z"), ts("2030-01-15T00:00Z")).unwrap();
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|e| e.start_at >= ts("2030-01-01T00:00Z")));
    }
}
