//! The time since this computer started, for the core's passcode pauses. It comes from the
//! system, never from `--now`: a pause must end only when it has really passed, whatever
//! clock the command line asks for.

use std::time::Duration;

/// Time since the system started, including time asleep (Linux `CLOCK_BOOTTIME`; on
/// Apple systems `CLOCK_MONOTONIC`, which also counts sleep there).
#[cfg(unix)]
pub fn since_boot() -> Duration {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let id = rustix::time::ClockId::Boottime;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    let id = rustix::time::ClockId::Monotonic;
    let t = rustix::time::clock_gettime(id);
    Duration::new(
        u64::try_from(t.tv_sec).unwrap_or(0),
        u32::try_from(t.tv_nsec).unwrap_or(0),
    )
}

#[cfg(not(unix))]
compile_error!("the passcode pauses need this platform's time since start: add it here");
