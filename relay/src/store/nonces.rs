//! Unused challenge nonces in memory, for the SQLite store: a SQLite file serves one relay
//! process, and a nonce lives 60 seconds, so writing nonces to disk would cost a commit per
//! request for nothing. After a restart, outstanding nonces are simply unknown (the client
//! asks for new ones). PostgreSQL keeps them in its database instead, where several relay
//! processes can share them.

use std::collections::HashMap;

use super::DeviceHash;

/// The most nonces held for all devices together, bounding memory whatever keys callers invent.
const MAX_HELD: usize = 1_000_000;

/// Outstanding nonces: for whom, until when (Unix seconds).
#[derive(Debug, Default)]
pub struct Nonces {
    by_nonce: HashMap<[u8; 32], (DeviceHash, i64)>,
    held: HashMap<DeviceHash, u64>,
}

impl Nonces {
    fn forget(&mut self, device: &DeviceHash) {
        if let Some(n) = self.held.get_mut(device) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.held.remove(device);
            }
        }
    }

    /// Drops every expired nonce.
    pub fn sweep(&mut self, now: i64) {
        let expired: Vec<([u8; 32], DeviceHash)> = self
            .by_nonce
            .iter()
            .filter(|(_, (_, exp))| *exp <= now)
            .map(|(n, (d, _))| (*n, *d))
            .collect();
        for (nonce, device) in expired {
            self.by_nonce.remove(&nonce);
            self.forget(&device);
        }
    }

    /// Adds `nonces` for `device` unless it would then hold more than `max_outstanding`
    /// (or the relay more than it can keep); false if refused.
    pub fn add(&mut self, device: DeviceHash, nonces: Vec<[u8; 32]>, now: i64, expires_at: i64, max: u64) -> bool {
        let fits = |s: &Self| {
            s.held.get(&device).copied().unwrap_or(0) + nonces.len() as u64 <= max
                && s.by_nonce.len() + nonces.len() <= MAX_HELD
        };
        if !fits(self) {
            self.sweep(now);
            if !fits(self) {
                return false;
            }
        }
        for n in nonces {
            if self.by_nonce.insert(n, (device, expires_at)).is_none() {
                *self.held.entry(device).or_insert(0) += 1;
            }
        }
        true
    }

    /// Spends a nonce: true exactly once, if it was issued to `device` and is unexpired.
    pub fn spend(&mut self, nonce: [u8; 32], device: DeviceHash, now: i64) -> bool {
        match self.by_nonce.get(&nonce) {
            Some((owner, _)) if *owner != device => false,
            Some((_, exp)) => {
                let live = *exp > now;
                self.by_nonce.remove(&nonce);
                self.forget(&device);
                live
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_is_spent_once_by_its_device_before_it_expires() {
        let mut n = Nonces::default();
        assert!(n.add([1; 32], vec![[7; 32], [8; 32], [9; 32]], 0, 60, 3));
        assert!(
            !n.add([1; 32], vec![[6; 32]], 0, 60, 3),
            "a device holds at most its quota"
        );
        assert!(!n.spend([7; 32], [2; 32], 10), "another device cannot spend it");
        assert!(n.spend([7; 32], [1; 32], 10));
        assert!(!n.spend([7; 32], [1; 32], 10), "spent once");
        assert!(!n.spend([8; 32], [1; 32], 60), "expired at 60 s");
        n.sweep(60);
        assert!(n.by_nonce.is_empty() && n.held.is_empty());
    }
}
