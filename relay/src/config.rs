//! What a running relay is configured with: limits, expiry and the clock.

use crate::clock::Clock;

/// Per-device limits and retention. Defaults suit one woman's phone syncing a few thousand
/// items and a care-team member pulling for a caseload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Requests per minute each device key may make (token refill rate).
    pub rate_per_minute: u32,
    /// Requests a device may make in a burst before the rate applies.
    pub burst: u32,
    /// Undelivered envelopes one sending device may have waiting at once.
    pub quota_envelopes: u64,
    /// Bytes of undelivered envelopes one sending device may have waiting at once.
    pub quota_bytes: u64,
    /// Inboxes one device may register.
    pub quota_inboxes: u64,
    /// Unused challenge nonces one device may hold at once.
    pub max_outstanding_nonces: u64,
    /// Days an envelope waits before it is dropped undelivered.
    pub expiry_days: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            rate_per_minute: 6_000,
            burst: 2_000,
            quota_envelopes: 10_000,
            quota_bytes: 256 * 1024 * 1024,
            quota_inboxes: 1_000,
            max_outstanding_nonces: 500,
            expiry_days: 30,
        }
    }
}

/// Everything a relay needs besides its store and its listening socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub limits: Limits,
    pub clock: Clock,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            limits: Limits::default(),
            clock: Clock::System,
        }
    }
}
