// The time since the phone started, for the core's passcode pauses.
//
// Why this exists: a pause after wrong passcodes must end only when it has really passed,
// so the core measures it on a clock the phone's holder cannot set as well as on the wall
// clock. On Apple platforms CLOCK_MONOTONIC counts from start-up and keeps counting while
// the phone sleeps; CLOCK_UPTIME_RAW (like mach_absolute_time and
// ProcessInfo.systemUptime) stops during sleep, which would stretch every pause.
// (Android: SystemClock.elapsedRealtime().)
import Foundation

/// Seconds since the phone started, including time asleep.
func timeSinceBoot() -> TimeInterval {
    TimeInterval(clock_gettime_nsec_np(CLOCK_MONOTONIC)) / 1_000_000_000
}
