//! FHIR R4 JSON for what she shares: appointments, medicines and doses, her consent, and
//! requests to her team.
//!
//! Written with `serde_json` rather than a FHIR model crate: the one well-kept Rust model
//! (`fhir-model`) covers STU3, R4B and R5 but not R4, and compiles every resource of a
//! release, which costs minutes on a phone build for the five resources used here. Each
//! builder is checked against the R4 rules for the elements and value sets it uses
//! (core/tests/sharing_fhir.rs).
//!
//! Private notes are never put into a resource: they stay on the phone.
//!
//! Identity, for a receiving system (UK Core R4 and R4 `Bundle` rules):
//! - every resource has one `identifier` in the system `urn:ietf:rfc:3986` (R4's
//!   identifier registry: "the identifier value is a URI"), whose value is a `urn:uuid:`
//!   made from her random subject id, the resource type and its id ([`full_url`]). It is
//!   stable across versions, unique across women (the subject id is in it), and it is also
//!   the Bundle entry's `fullUrl` when a team exports what she shared;
//! - references between her resources use those `urn:uuid:` URLs, since a relative
//!   `Type/id` reference cannot be resolved inside a Bundle whose entries have `urn:uuid:`
//!   full URLs (R4 Bundle, "Resolving references in Bundles");
//! - `meta.versionId` is the item's version, set when it is queued ([`versioned`]).
//!
//! Medicines and appointment kinds go as text: UK Core asks for dm+d (medicines) and
//! SNOMED CT codes where they exist, but a code goes in only with a source cited beside
//! it, and none could be cited yet. A code claimed without one could be the wrong medicine.

pub mod appointment;
pub mod communication;
pub mod consent;
pub mod medication;
pub mod patient;

use jiff::Timestamp;
use serde_json::{json, Value};
use std::time::SystemTime;

use crate::error::Result;

/// The identifier system of every resource: the value is a URI (a `urn:uuid:`).
pub const IDENTIFIER_SYSTEM: &str = "urn:ietf:rfc:3986";

/// How the phone names her in shared resources: a random id made when sharing starts,
/// never her name, NHS number or phone's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub id: String,
}

impl Subject {
    /// A reference to her `Patient` by its full URL, resolvable inside a Bundle.
    pub fn reference(&self) -> Value {
        self.link("Patient", &self.id)
    }

    /// A reference to another of her resources by its full URL.
    pub fn link(&self, resource_type: &str, id: &str) -> Value {
        json!({ "reference": full_url(self, resource_type, id), "type": resource_type })
    }

    /// `identifier` for one of her resources: its full URL, in [`IDENTIFIER_SYSTEM`].
    pub(crate) fn identifier(&self, resource_type: &str, id: &str) -> Value {
        json!([{ "system": IDENTIFIER_SYSTEM, "value": full_url(self, resource_type, id) }])
    }
}

/// The stable `urn:uuid:` of one of her resources: the first 16 bytes of SHA-256 over a
/// label, her subject id, the type and the resource id, as a UUID of version 8 (RFC 9562,
/// custom). The same inputs always give the same URL, so a team system can match versions.
pub fn full_url(subject: &Subject, resource_type: &str, id: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let id = self::id(id);
    for part in ["alongside-fhir-resource/1", &subject.id, resource_type, &id] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    format!("urn:uuid:{}", uuid::Builder::from_custom_bytes(bytes).into_uuid())
}

/// `resource` with `meta.versionId` set to the version it is queued as: the version a
/// team system sees matches the envelope's, so it can tell which is newer.
pub fn versioned(resource: &Value, version: i64) -> Value {
    let mut r = resource.clone();
    if r.get("resourceType").is_some() {
        r["meta"] = json!({ "versionId": version.to_string() });
    }
    r
}

/// A FHIR `instant`/`dateTime` in UTC with seconds ("2026-11-24T10:00:00Z").
pub(crate) fn instant(t: SystemTime) -> Result<String> {
    let t: Timestamp = crate::time::timestamp(t)?;
    Ok(t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// A FHIR `id`: letters, digits, '-' and '.', at most 64. Our ids are UUIDs with an
/// occurrence number, which already fit; anything else is mapped into the alphabet.
pub(crate) fn id(raw: &str) -> String {
    raw.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect()
}

/// A CodeableConcept with only text: no code system is claimed that the app cannot
/// stand behind.
pub(crate) fn text_concept(text: &str) -> Value {
    json!({ "text": text })
}
