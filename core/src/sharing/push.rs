//! Putting sealed envelopes at a relay: in batches, one signed request for up to 64
//! (`POST /v1/envelopes`), which costs the phone one round trip and the relay one
//! signature check and one commit instead of one each per envelope. If the relay refuses a
//! batch as a whole (one envelope is over the size cap, or it is a relay from before
//! batched puts), its envelopes go one at a time, so one bad envelope never holds back the
//! rest and an older relay still gets everything. Every envelope keeps its id, so sending
//! again after a dropped connection is a no-op at the relay either way.

use alongside_protocol::device::DeviceKey;
use alongside_protocol::relay_api::{BatchEnvelope, PutOutcome, MAX_BATCH_BYTES, MAX_BATCH_ENVELOPES};
use alongside_relay::client::{ClientError, RelayClient};

/// One sealed envelope ready to put.
pub(crate) struct Sealed {
    /// Its id at the relay (hex).
    pub id: String,
    pub body: Vec<u8>,
}

/// True when the relay could not be reached or asked her to wait: try again later.
pub(crate) fn not_ok(e: &ClientError) -> bool {
    matches!(e, ClientError::Unreachable) || e.status().is_some_and(|s| s == 429 || s >= 500)
}

/// The batch body's framing: a version byte and a count, then per envelope the lengths of
/// its inbox, id and body (see `alongside_protocol::relay_api::encode_batch`).
const FRAME: usize = 3;
const PER_ENVELOPE: usize = 6;

/// Splits `sealed` into batches the relay accepts by count and by size.
fn batches<'a>(inbox: &str, sealed: &'a [Sealed]) -> Vec<&'a [Sealed]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, FRAME);
    for (i, s) in sealed.iter().enumerate() {
        let size = PER_ENVELOPE + inbox.len() + s.id.len() + s.body.len();
        if i > start && (i - start == MAX_BATCH_ENVELOPES || bytes + size > MAX_BATCH_BYTES) {
            out.push(&sealed[start..i]);
            (start, bytes) = (i, FRAME);
        }
        bytes += size;
    }
    if start < sealed.len() {
        out.push(&sealed[start..]);
    }
    out
}

/// Puts `sealed` into `inbox`. Returns, for the envelopes it got to, in order, whether the
/// relay holds each (stored now or before), and whether it stopped because the relay could
/// not be reached.
pub(crate) fn push(client: &mut RelayClient<DeviceKey>, inbox: &str, sealed: &[Sealed]) -> (Vec<bool>, bool) {
    let mut held = Vec::with_capacity(sealed.len());
    for batch in batches(inbox, sealed) {
        let envelopes: Vec<BatchEnvelope> = batch
            .iter()
            .map(|s| BatchEnvelope {
                inbox,
                id: &s.id,
                body: &s.body,
            })
            .collect();
        match client.put_batch(&envelopes) {
            Ok(r) if r.results.len() == batch.len() && r.results.iter().zip(batch).all(|(r, s)| r.id == s.id) => {
                held.extend(
                    r.results
                        .iter()
                        .map(|r| matches!(r.outcome, PutOutcome::Stored | PutOutcome::AlreadyStored)),
                );
            }
            Err(e) if not_ok(&e) => return (held, true),
            // Refused as a whole, or an answer that doesn't match what was sent: one at a time.
            _ => {
                for s in batch {
                    match client.put(inbox, &s.id, &s.body) {
                        Ok(_) => held.push(true),
                        Err(e) if not_ok(&e) => return (held, true),
                        Err(_) => held.push(false),
                    }
                }
            }
        }
    }
    (held, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(n: usize, size: usize) -> Vec<Sealed> {
        (0..n)
            .map(|i| Sealed {
                id: format!("{i:032x}"),
                body: vec![0; size],
            })
            .collect()
    }

    #[test]
    fn batches_hold_at_most_64_envelopes_and_4_mib() {
        let small = sealed(130, 100);
        let sizes: Vec<usize> = batches("inbox", &small).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [64, 64, 2]);
        let large = sealed(40, 200 * 1024);
        let sizes: Vec<usize> = batches("inbox", &large).iter().map(|b| b.len()).collect();
        assert_eq!(
            sizes,
            [20, 20],
            "twenty 200 KiB envelopes fit in 4 MiB, twenty-one do not"
        );
        assert!(batches("inbox", &[]).is_empty());
    }
}
