//! Slows down passcode guessing: growing pauses after repeated wrong passcodes.
//!
//! The count lives in a file beside the key file, so closing and reopening the app does
//! not reset it. The first few mistakes cost nothing (people mistype); after that the pause
//! doubles, capped at an hour so she is never locked out of her own diary for long.
//!
//! A pause ends only when it has really passed. The wall clock can be moved by whoever
//! holds the phone (or by `--now`), so every failure also records the time since the phone
//! started, a clock they cannot set, and a pause ends only when both clocks say it has
//! passed. A restart of the phone resets that clock; the time since this start is then
//! still a true lower bound of the time passed, so a restart can lengthen a pause but never
//! shorten it. A wall clock set back before the last failure can measure nothing, so then
//! the start clock alone decides. A damaged counter means the longest pause, from now.

use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::fsutil::write_atomically;
use crate::error::{AlongsideError, Result};
use crate::time;

/// Wrong passcodes allowed before any pause.
pub const FREE_ATTEMPTS: u32 = 3;
const FIRST_PAUSE_SECONDS: u64 = 30;
const MAX_PAUSE_SECONDS: u64 = 60 * 60;
/// A count of failures whose pause is the longest (30 s doubled 7 times passes an hour).
const FAILURES_FOR_LONGEST_PAUSE: u32 = FREE_ATTEMPTS + 7;
/// A real counter is under 200 bytes; anything much larger is damage, not a counter.
const MAX_FILE_BYTES: u64 = 4096;

/// One moment on both clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// The wall clock, in milliseconds since the Unix epoch.
    pub wall_ms: i64,
    /// The time since the phone started, in milliseconds.
    pub since_boot_ms: u64,
}

impl Moment {
    pub fn new(now: SystemTime, since_boot: Duration) -> Result<Self> {
        Ok(Moment {
            wall_ms: time::timestamp(now)?.as_millisecond(),
            since_boot_ms: u64::try_from(since_boot.as_millis()).unwrap_or(u64::MAX),
        })
    }
}

/// Consecutive failures and when the last one happened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attempts {
    pub failures: u32,
    /// Set whenever `failures` is above zero.
    pub last_failure: Option<Moment>,
}

/// The file's form. Both readings are optional only so that a counter at zero written by
/// an earlier version (which kept only the wall clock) still reads as zero.
#[derive(Serialize, Deserialize)]
struct Stored {
    failures: u32,
    #[serde(default)]
    last_failure_wall_ms: Option<i64>,
    #[serde(default)]
    last_failure_since_boot_ms: Option<u64>,
}

impl Attempts {
    /// Reads the counter. A missing file means no failures. A file that can't be read or
    /// makes no sense means the longest pause, starting `now`: that is written back at
    /// once, so the pause runs down from here rather than starting again at every try, and
    /// deleting or corrupting the file gains nothing but the pause.
    pub fn load(path: &Path, now: Moment) -> Result<Self> {
        match read_bounded(path) {
            Ok(Some(bytes)) => {
                if let Some(a) = Self::parse(&bytes) {
                    return Ok(a);
                }
            }
            Ok(None) => return Ok(Attempts::default()),
            Err(_) => {}
        }
        let longest = Attempts {
            failures: FAILURES_FOR_LONGEST_PAUSE,
            last_failure: Some(now),
        };
        longest.store(path)?;
        Ok(longest)
    }

    fn parse(bytes: &[u8]) -> Option<Self> {
        let s: Stored = serde_json::from_slice(bytes).ok()?;
        match (s.failures, s.last_failure_wall_ms, s.last_failure_since_boot_ms) {
            (0, _, _) => Some(Attempts::default()),
            (failures, Some(wall_ms), Some(since_boot_ms)) => Some(Attempts {
                failures,
                last_failure: Some(Moment { wall_ms, since_boot_ms }),
            }),
            _ => None,
        }
    }

    pub fn store(&self, path: &Path) -> Result<()> {
        let stored = Stored {
            failures: self.failures,
            last_failure_wall_ms: self.last_failure.map(|m| m.wall_ms),
            last_failure_since_boot_ms: self.last_failure.map(|m| m.since_boot_ms),
        };
        let bytes = serde_json::to_vec(&stored).map_err(|_| AlongsideError::Storage {
            detail: "could not encode attempt counter".to_string(),
        })?;
        write_atomically(path, &bytes)
    }

    /// The pause that follows `failures` consecutive wrong passcodes.
    pub fn pause_after(failures: u32) -> u64 {
        if failures < FREE_ATTEMPTS {
            return 0;
        }
        let doublings = (failures - FREE_ATTEMPTS).min(16);
        (FIRST_PAUSE_SECONDS << doublings).min(MAX_PAUSE_SECONDS)
    }

    /// Seconds she must still wait at `now` (rounded up); 0 if she may try.
    pub fn wait_at(&self, now: Moment) -> u64 {
        let pause_ms = Self::pause_after(self.failures) * 1000;
        let Some(last) = self.last_failure else { return 0 };
        if pause_ms == 0 {
            return 0;
        }
        let since_boot = if now.since_boot_ms >= last.since_boot_ms {
            now.since_boot_ms - last.since_boot_ms
        } else {
            // The phone restarted since: at least this start's time has passed.
            now.since_boot_ms
        };
        let passed = match u64::try_from(now.wall_ms.saturating_sub(last.wall_ms)) {
            Ok(wall) => wall.min(since_boot),
            // The wall clock was set back before the failure: it can measure nothing.
            Err(_) => since_boot,
        };
        pause_ms.saturating_sub(passed).div_ceil(1000)
    }

    /// The state after one more failure at `now`.
    pub fn failed(self, now: Moment) -> Self {
        Attempts {
            failures: self.failures.saturating_add(1),
            last_failure: Some(now),
        }
    }
}

/// The file's bytes, read no further than a counter can be long; `None` if there is none.
fn read_bounded(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::ErrorKind::InvalidData.into());
    }
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(wall_s: i64, since_boot_s: u64) -> Moment {
        Moment {
            wall_ms: wall_s * 1000,
            since_boot_ms: since_boot_s * 1000,
        }
    }

    fn three_failures_at(m: Moment) -> Attempts {
        Attempts {
            failures: 3,
            last_failure: Some(m),
        }
    }

    #[test]
    fn the_first_three_mistakes_cost_no_waiting() {
        assert_eq!(Attempts::pause_after(1), 0);
        assert_eq!(Attempts::pause_after(2), 0);
        assert_eq!(Attempts::pause_after(3), 30);
    }

    #[test]
    fn pauses_double_and_stop_growing_at_an_hour() {
        assert_eq!(Attempts::pause_after(4), 60);
        assert_eq!(Attempts::pause_after(5), 120);
        assert_eq!(Attempts::pause_after(FAILURES_FOR_LONGEST_PAUSE), 3600);
        assert_eq!(Attempts::pause_after(40), 3600);
        assert_eq!(Attempts::pause_after(u32::MAX), 3600);
    }

    #[test]
    fn the_wait_shrinks_as_time_passes_on_both_clocks_and_ends() {
        let a = three_failures_at(at(1000, 500));
        assert_eq!(a.wait_at(at(1000, 500)), 30);
        assert_eq!(a.wait_at(at(1020, 520)), 10);
        assert_eq!(a.wait_at(at(1030, 530)), 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_counter_file_that_never_ends_is_read_no_further_than_a_counter_can_be() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        let pipe = crate::test_fifo::Fifo::at(&path);
        let now = at(1000, 500);
        let a = Attempts::load(&path, now).unwrap();
        assert_eq!(a.wait_at(now), MAX_PAUSE_SECONDS, "read as damaged: the longest pause");
        let taken = pipe.taken();
        assert!(taken < 1024 * 1024, "read {taken} bytes of a counter");
    }

    #[test]
    fn moving_the_wall_clock_forward_does_not_shorten_the_wait() {
        let a = three_failures_at(at(1000, 500));
        assert_eq!(a.wait_at(at(1000 + 86_400, 510)), 20);
        assert_eq!(a.wait_at(at(1000 + 86_400, 530)), 0);
    }

    #[test]
    fn moving_the_wall_clock_back_does_not_shorten_the_wait_nor_lock_her_out() {
        let a = three_failures_at(at(1000, 500));
        assert_eq!(a.wait_at(at(10, 510)), 20, "set back before the failure");
        assert_eq!(
            a.wait_at(at(1005, 520)),
            25,
            "set back, not before the failure: it still counts"
        );
        assert_eq!(
            a.wait_at(at(10, 530)),
            0,
            "the full pause has passed since the phone started"
        );
    }

    #[test]
    fn a_restart_of_the_phone_can_lengthen_the_wait_but_never_shorten_it() {
        let a = three_failures_at(at(1000, 5000));
        // Restarted: the start clock reads less than at the failure.
        assert_eq!(a.wait_at(at(1020, 12)), 18, "only 12 s are certain");
        assert_eq!(
            a.wait_at(at(1020, 25)),
            10,
            "25 s since the start, but 20 s on the wall clock"
        );
        // Restarted, and the start clock has already passed the failure's reading.
        let b = three_failures_at(at(1000, 10));
        assert_eq!(b.wait_at(at(1100, 20)), 20, "only 10 s are certain");
    }

    #[test]
    fn a_corrupted_counter_file_means_the_longest_pause_from_now_not_a_reset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        std::fs::write(&path, b"garbage").unwrap();
        let now = at(1_800_000_000, 100);
        let a = Attempts::load(&path, now).unwrap();
        assert_eq!(a.wait_at(now), 3600);
        // Written back: the pause runs down rather than starting again at each look.
        let later = at(1_800_000_600, 700);
        assert_eq!(Attempts::load(&path, later).unwrap().wait_at(later), 3000);
    }

    #[test]
    fn a_counter_with_failures_but_no_time_or_too_long_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        let now = at(1_800_000_000, 100);
        for bytes in [
            br#"{"failures":5,"last_failure_unix":0}"#.to_vec(),
            br#"{"failures":5,"last_failure_wall_ms":0}"#.to_vec(),
            vec![b' '; 10_000],
        ] {
            std::fs::write(&path, &bytes).unwrap();
            assert_eq!(Attempts::load(&path, now).unwrap().wait_at(now), 3600);
        }
    }

    #[test]
    fn a_counter_at_zero_from_an_earlier_version_means_no_wait() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        std::fs::write(&path, br#"{"failures":0,"last_failure_unix":0}"#).unwrap();
        assert_eq!(Attempts::load(&path, at(0, 0)).unwrap(), Attempts::default());
    }

    #[test]
    fn a_stored_counter_reads_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        let a = three_failures_at(at(1_800_000_000, 42)).failed(at(1_800_000_030, 72));
        a.store(&path).unwrap();
        assert_eq!(Attempts::load(&path, at(0, 0)).unwrap(), a);
    }
}
