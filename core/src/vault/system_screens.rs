//! How long the diary stays open while she is in a screen of the phone's that the app
//! opened for her (the file picker, the share sheet).
//!
//! Leaving the app locks the diary. A trip to such a screen is not leaving: were it to lock,
//! she would always come back to the unlock screen and lose the file she picked. It is
//! bounded, so a phone left in the share sheet still locks when she comes back late.

/// Two minutes: long enough to pick a file or choose where to share, short enough that
/// a phone put down in the picker locks on return.
const SYSTEM_SCREEN_HOLD_MS: u64 = 2 * 60 * 1000;

/// How long (ms of time since the phone started) a trip to a system screen the app opened
/// for her may last without locking the diary. Coming back later locks at once.
#[uniffi::export]
pub fn system_screen_hold_ms() -> u64 {
    SYSTEM_SCREEN_HOLD_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trip_to_the_file_picker_holds_the_diary_open_for_minutes_not_longer() {
        let ms = system_screen_hold_ms();
        assert!((60_000..=5 * 60_000).contains(&ms), "{ms}");
    }
}
