//! Per-device rate limits: a token bucket per device key hash, in memory. Quotas (how much
//! a device may have waiting) are kept by the store, since they must survive restarts.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// Above this many tracked devices, full buckets are forgotten (they carry no information).
const PRUNE_ABOVE: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Token buckets keyed by device hash.
#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<[u8; 32], Bucket>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32, burst: u32) -> Self {
        RateLimiter {
            per_second: f64::from(per_minute) / 60.0,
            burst: f64::from(burst.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `device`; `Err(seconds)` says how long until one is free.
    pub fn check(&self, device: &[u8; 32], now: Instant) -> Result<(), u64> {
        self.check_n(device, now, 1)
    }

    /// Takes `n` tokens for `device` at once (a batched put costs one per envelope), or
    /// none; `Err(seconds)` says how long until they are free. More than the burst costs
    /// the whole burst, so a batch is never refused for ever.
    pub fn check_n(&self, device: &[u8; 32], now: Instant, n: u32) -> Result<(), u64> {
        let cost = f64::from(n.max(1)).min(self.burst);
        // A poisoned lock only means another request panicked mid-update; the map is still usable.
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > PRUNE_ABOVE {
            let (rate, burst) = (self.per_second, self.burst);
            buckets.retain(|_, b| b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * rate < burst);
        }
        let bucket = buckets.entry(*device).or_insert(Bucket {
            tokens: self.burst,
            at: now,
        });
        let refill = now.saturating_duration_since(bucket.at).as_secs_f64() * self.per_second;
        bucket.tokens = (bucket.tokens + refill).min(self.burst);
        bucket.at = now;
        if bucket.tokens >= cost {
            bucket.tokens -= cost;
            Ok(())
        } else if self.per_second > 0.0 {
            Err(((cost - bucket.tokens) / self.per_second).ceil() as u64)
        } else {
            Err(60)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_device_may_burst_then_waits_for_the_rate() {
        let limiter = RateLimiter::new(60, 3);
        let t = Instant::now();
        let d = [1; 32];
        for _ in 0..3 {
            assert_eq!(limiter.check(&d, t), Ok(()));
        }
        assert_eq!(limiter.check(&d, t), Err(1));
        assert_eq!(
            limiter.check(&[2; 32], t),
            Ok(()),
            "other devices have their own bucket"
        );
        assert_eq!(limiter.check(&d, t + Duration::from_secs(1)), Ok(()));
    }

    #[test]
    fn a_batch_costs_one_token_per_envelope_up_to_the_burst() {
        let limiter = RateLimiter::new(60, 10);
        let t = Instant::now();
        let d = [1; 32];
        assert_eq!(limiter.check_n(&d, t, 6), Ok(()));
        assert_eq!(limiter.check_n(&d, t, 6), Err(2), "4 left, 2 more seconds for 6");
        assert_eq!(limiter.check_n(&d, t, 4), Ok(()));
        let later = t + Duration::from_secs(60);
        assert_eq!(
            limiter.check_n(&d, later, 64),
            Ok(()),
            "a batch above the burst costs the burst"
        );
        assert_eq!(limiter.check(&d, later), Err(1));
    }
}
