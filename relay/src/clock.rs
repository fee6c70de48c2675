//! The relay's clock. Every time-dependent rule (challenge lifetime, expiry) reads it, so a
//! test can start the relay at a fixed instant (`--now`) and restart it later in time.

use jiff::Timestamp;

/// Seconds in a day; the relay keeps dates at day granularity.
const DAY: i64 = 86_400;

/// Wall-clock time, or a fixed instant for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    /// Unix seconds.
    Fixed(i64),
}

impl Clock {
    /// Parses an RFC 3339 instant (`2026-11-21T10:00:00Z`) into a fixed clock.
    pub fn fixed_at(rfc3339: &str) -> Option<Clock> {
        rfc3339.parse::<Timestamp>().ok().map(|t| Clock::Fixed(t.as_second()))
    }

    /// Unix seconds now.
    pub fn now(&self) -> i64 {
        match self {
            Clock::System => Timestamp::now().as_second(),
            Clock::Fixed(s) => *s,
        }
    }

    /// Days since 1970-01-01 (UTC), today.
    pub fn today(&self) -> i64 {
        self.now().div_euclid(DAY)
    }
}

/// A day number as `YYYY-MM-DD`.
pub fn day_string(day: i64) -> String {
    Timestamp::from_second(day.saturating_mul(DAY))
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_reads_its_instant_and_day() {
        let c = Clock::fixed_at("2026-11-21T23:59:59Z").unwrap();
        assert_eq!(day_string(c.today()), "2026-11-21");
        assert_eq!(Clock::fixed_at("yesterday"), None);
    }
}
