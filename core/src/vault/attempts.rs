//! Slows down passcode guessing: growing pauses after repeated wrong passcodes.
//!
//! The count lives in a file beside the key file, so closing and reopening the app does
//! not reset it. The first few mistakes cost nothing (people mistype); after that the pause
//! doubles, capped at an hour so she is never locked out of her own diary for long.

use serde::{Deserialize, Serialize};
use std::path::Path;

use super::fsutil::write_atomically;
use crate::error::{AlongsideError, Result};

/// Wrong passcodes allowed before any pause.
pub const FREE_ATTEMPTS: u32 = 3;
const FIRST_PAUSE_SECONDS: u64 = 30;
const MAX_PAUSE_SECONDS: u64 = 60 * 60;
/// The largest counter file read: one is about 50 bytes.
const MAX_FILE_BYTES: usize = 4096;

/// Consecutive failures and when the last one happened (unix seconds).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempts {
    pub failures: u32,
    pub last_failure_unix: i64,
}

impl Attempts {
    /// Reads the counter. A missing file means no failures; an unreadable one is treated
    /// as the maximum pause rather than as zero, so deleting or corrupting it gains nothing
    /// but the pause.
    pub fn load(path: &Path) -> Result<Self> {
        use alongside_protocol::bounded::{read_file, BoundedError};
        let damaged = Attempts {
            failures: u32::MAX / 2,
            last_failure_unix: 0,
        };
        match read_file(path, MAX_FILE_BYTES) {
            Ok(bytes) => Ok(serde_json::from_slice(&bytes).unwrap_or(damaged)),
            // Read no further than a counter can be: an oversized one is a damaged one.
            Err(BoundedError::TooLarge { .. }) => Ok(damaged),
            Err(BoundedError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(Attempts::default()),
            Err(BoundedError::Io(e)) => Err(e.into()),
        }
    }

    pub fn store(&self, path: &Path) -> Result<()> {
        let bytes = serde_json::to_vec(self).map_err(|_| AlongsideError::Storage {
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

    /// Seconds she must still wait at `now`; 0 if she may try. A clock set backwards never
    /// makes the wait longer than the pause itself.
    pub fn wait_at(&self, now_unix: i64) -> u64 {
        let pause = Self::pause_after(self.failures);
        if pause == 0 {
            return 0;
        }
        let elapsed = now_unix.saturating_sub(self.last_failure_unix).max(0) as u64;
        pause.saturating_sub(elapsed).min(pause)
    }

    /// The state after one more failure at `now`.
    pub fn failed(self, now_unix: i64) -> Self {
        Attempts {
            failures: self.failures.saturating_add(1),
            last_failure_unix: now_unix,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(Attempts::pause_after(40), 3600);
        assert_eq!(Attempts::pause_after(u32::MAX), 3600);
    }

    #[test]
    fn the_wait_shrinks_as_time_passes_and_ends() {
        let a = Attempts {
            failures: 3,
            last_failure_unix: 1000,
        };
        assert_eq!(a.wait_at(1000), 30);
        assert_eq!(a.wait_at(1020), 10);
        assert_eq!(a.wait_at(1030), 0);
        assert_eq!(a.wait_at(10), 30, "clock moved back: never more than the pause");
    }

    #[cfg(unix)]
    #[test]
    fn a_counter_file_that_never_ends_is_read_no_further_than_a_counter_can_be() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        let pipe = crate::test_fifo::Fifo::at(&path);
        let a = Attempts::load(&path).unwrap();
        assert_eq!(a.failures, u32::MAX / 2, "read as damaged: the longest pause");
        let taken = pipe.taken();
        assert!(taken < 1024 * 1024, "read {taken} bytes of a counter");
    }

    #[test]
    fn a_corrupted_counter_file_means_the_longest_pause_not_a_reset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attempts");
        std::fs::write(&path, b"garbage").unwrap();
        let a = Attempts::load(&path).unwrap();
        assert_eq!(a.wait_at(0), 3600);
    }
}
