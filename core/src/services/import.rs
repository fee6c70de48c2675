//! Installing a directory bundle. Everything is checked before anything is written: the
//! size, the container, that a pinned publisher signed it, the signature, the format
//! version, every record's content, and that it is newer than what she has. Then the old
//! directory is replaced as a whole inside the caller's one transaction, so a refusal or a
//! crash leaves the directory she had exactly as it was.

use alongside_protocol::directory::{self as proto, Directory, SCHEMA_VERSION};
use alongside_protocol::keys::PublicKey;
use alongside_protocol::signed::BundleKind;
use rusqlite::Connection;

use super::model::{BundleRefusal, Category};
use super::schedule::{day_bit, minutes};
use super::store::{self, Meta};
use crate::error::{AlongsideError, Result};

/// A bundle that passed every check that needs no vault.
#[derive(Debug)]
pub(crate) struct Checked {
    pub directory: Directory,
    pub key: PublicKey,
    /// Made-up data: a sample publisher signed it, or it says so itself.
    pub sample: bool,
    /// SHA-256 of the signed payload, hex.
    pub digest: String,
}

fn refused(reason: BundleRefusal) -> AlongsideError {
    AlongsideError::BundleRefused {
        reason,
        explanation: crate::content::label("directory-refused", &reason),
    }
}

/// The most bytes a directory file can have. A phone reading a file she picked reads at
/// most one byte more and hands that to `import_directory`, which refuses a larger file as
/// too large in her words; so no file, however large, is ever held whole.
#[uniffi::export]
pub fn directory_file_limit() -> u64 {
    proto::MAX_BUNDLE_BYTES as u64
}

/// Reads a bundle from a file or a stream (a pipe, a device), refusing one larger than a
/// directory may be as soon as it is: at most one byte past the limit is ever read, so an
/// endless stream costs no more memory than the largest directory. The phones hand the
/// core bytes; the CLI reads files through this.
pub fn read_bundle(reader: impl std::io::Read) -> Result<Vec<u8>> {
    alongside_protocol::bounded::read_to_limit(reader, proto::MAX_BUNDLE_BYTES).map_err(|e| {
        if e.is_too_large() {
            refused(BundleRefusal::TooLarge)
        } else {
            // Cut short while reading: what arrived is not a whole directory.
            refused(BundleRefusal::Malformed)
        }
    })
}

/// Checks signature, trust, format and content. `trusted` pairs each key with whether it
/// is a sample publisher.
pub(crate) fn check(bundle: &[u8], trusted: &[(PublicKey, bool)]) -> Result<Checked> {
    let keys: Vec<PublicKey> = trusted.iter().map(|(k, _)| *k).collect();
    let opened = crate::bundles::open(
        bundle,
        BundleKind::Directory,
        &keys,
        proto::MAX_BUNDLE_BYTES,
        SCHEMA_VERSION,
        refused,
    )?;
    let directory: Directory = serde_json::from_value(opened.payload).map_err(|_| refused(BundleRefusal::Malformed))?;
    if !directory.validate().is_empty() {
        return Err(refused(BundleRefusal::Invalid));
    }
    // SQLite integers are signed; a version beyond that cannot be compared safely.
    if i64::try_from(directory.version).is_err() {
        return Err(refused(BundleRefusal::Invalid));
    }
    let sample_publisher = trusted.iter().any(|(k, s)| *s && *k == opened.publisher);
    Ok(Checked {
        sample: directory.sample || sample_publisher,
        directory,
        key: opened.publisher,
        digest: opened.digest,
    })
}

/// Refuses an older version from the same publisher, and the same version unless it is
/// new to her: the same content is already installed; different content under the same
/// version number is the publisher's mistake (two directories, one number), and neither
/// can be trusted to be the newer, so she keeps the one she has. A different trusted
/// publisher (she has moved area) replaces the directory whatever its version number,
/// since version numbers only order one publisher's bundles.
pub(crate) fn check_newer(conn: &Connection, c: &Checked) -> Result<()> {
    if let Some(old) = store::meta(conn)? {
        if old.publisher_key == c.key.to_base64() {
            let new = c.directory.version as i64;
            if new < old.version {
                return Err(refused(BundleRefusal::Rollback));
            }
            if new == old.version {
                return match old.content_sha256 {
                    Some(d) if d == c.digest => Err(refused(BundleRefusal::AlreadyInstalled)),
                    Some(_) => Err(refused(BundleRefusal::VersionReused)),
                    // Installed before digests were kept: the content can't be compared, so
                    // the signed bundle in hand replaces it and its digest is kept from now.
                    None => Ok(()),
                };
            }
        }
    }
    Ok(())
}

/// Deletes the installed directory, if any.
pub(crate) fn clear(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM dir_search; DELETE FROM dir_sessions; DELETE FROM dir_services; \
         DELETE FROM dir_venues; DELETE FROM dir_meta;",
    )?;
    Ok(())
}

/// Replaces the installed directory with `c`. Call inside one transaction.
pub(crate) fn replace(conn: &Connection, c: &Checked, imported_at: i64) -> Result<()> {
    clear(conn)?;
    let d = &c.directory;
    store::set_meta(
        conn,
        &Meta {
            publisher: d.publisher.clone(),
            publisher_key: c.key.to_base64(),
            area: d.area.clone(),
            version: d.version as i64,
            issued: d.issued.trim().to_string(),
            expires: d.expires.trim().to_string(),
            sample: c.sample,
            imported_at,
            content_sha256: Some(c.digest.clone()),
        },
    )?;
    let mut svc = conn.prepare(
        "INSERT INTO dir_services (rowid, id, name, organisation, category, description, phone, web, referral, \
         eligibility, languages, requests, baby_centred) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    let mut fts = conn.prepare(
        "INSERT INTO dir_search (rowid, name, organisation, description, category_words) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, s) in d.services.iter().enumerate() {
        let rowid = i as i64 + 1;
        let category = Category::from(s.category);
        svc.execute(rusqlite::params![
            rowid,
            s.id,
            s.name,
            s.organisation,
            category.code(),
            s.description,
            s.phone,
            s.web,
            crate::codes::code(&s.referral),
            s.eligibility,
            serde_json::to_string(&s.languages)?,
            s.requests,
            s.baby_centred,
        ])?;
        fts.execute(rusqlite::params![
            rowid,
            s.name,
            s.organisation,
            s.description,
            category.label()
        ])?;
    }
    let mut venue = conn.prepare(
        "INSERT INTO dir_venues (id, name, address, postcode, latitude, longitude, step_free, accessibility, \
         transport) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for v in &d.venues {
        venue.execute(rusqlite::params![
            v.id,
            v.name,
            v.address,
            v.postcode,
            v.latitude,
            v.longitude,
            v.step_free,
            v.accessibility,
            v.transport
        ])?;
    }
    let mut session = conn.prepare(
        "INSERT INTO dir_sessions (service_id, venue_id, days, start_minute, end_minute, weeks_of_month, \
         valid_from, valid_until, access, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for s in &d.sessions {
        let days = s.days.iter().fold(0u8, |m, d| m | day_bit(weekday(*d)));
        let weeks = s.weeks_of_month.iter().fold(0u8, |m, w| m | (1 << (w - 1)));
        // Validation has checked both times and that the end is after the start.
        let (Some(start), Some(end)) = (minutes(&s.start), minutes(&s.end)) else {
            return Err(refused(BundleRefusal::Invalid));
        };
        session.execute(rusqlite::params![
            s.service_id,
            s.venue_id,
            days,
            start,
            end,
            weeks,
            s.valid_from.as_deref().map(str::trim),
            s.valid_until.as_deref().map(str::trim),
            crate::codes::code(&s.access),
            s.notes
        ])?;
    }
    Ok(())
}

fn weekday(d: proto::Day) -> crate::time::Weekday {
    use crate::time::Weekday as W;
    match d {
        proto::Day::Monday => W::Monday,
        proto::Day::Tuesday => W::Tuesday,
        proto::Day::Wednesday => W::Wednesday,
        proto::Day::Thursday => W::Thursday,
        proto::Day::Friday => W::Friday,
        proto::Day::Saturday => W::Saturday,
        proto::Day::Sunday => W::Sunday,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alongside_protocol::keys::PublisherKey;
    use alongside_protocol::signed::seal;

    fn checked(version: u64, area: &str) -> (Checked, PublicKey) {
        let key = PublisherKey::from_seed(&[9; 32]);
        let d = serde_json::json!({
            "schema_version": 1, "publisher": "Testshire Council", "area": area, "version": version,
            "issued": "2026-11-01", "expires": "2027-05-01", "sample": false,
            "services": [], "venues": [], "sessions": [],
        });
        let bundle = seal(BundleKind::Directory, &serde_json::to_vec(&d).unwrap(), &key);
        (check(&bundle, &[(key.public(), false)]).unwrap(), key.public())
    }

    #[test]
    fn a_directory_installed_before_digests_were_kept_is_replaced_by_the_same_version() {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::migrations::migrate(&conn).unwrap();
        let (first, _) = checked(3, "Testshire");
        replace(&conn, &first, 0).unwrap();
        let (same, _) = checked(3, "Testshire");
        assert!(matches!(
            check_newer(&conn, &same),
            Err(AlongsideError::BundleRefused {
                reason: BundleRefusal::AlreadyInstalled,
                ..
            })
        ));
        // As an older app left it: no digest, so the content can't be compared.
        conn.execute("UPDATE dir_meta SET content_sha256 = NULL", []).unwrap();
        let (other, _) = checked(3, "Testshire North");
        assert!(check_newer(&conn, &other).is_ok());
    }

    use std::io::Read;

    /// A stream that never ends (like `/dev/zero` or a FIFO nobody closes), counting what
    /// is taken from it.
    struct Endless {
        given: usize,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b'{');
            self.given += buf.len();
            Ok(buf.len())
        }
    }

    #[test]
    fn a_bundle_from_an_endless_stream_is_refused_as_too_large_after_the_limit() {
        let mut stream = Endless { given: 0 };
        match read_bundle(&mut stream) {
            Err(AlongsideError::BundleRefused { reason, explanation }) => {
                assert_eq!(reason, BundleRefusal::TooLarge);
                assert_eq!(explanation, crate::content::text("directory-refused-too-large", &[]));
            }
            other => panic!("expected a too-large refusal, got {:?}", other.map(|b| b.len())),
        }
        assert_eq!(stream.given, proto::MAX_BUNDLE_BYTES + 1, "read no further than needed");
    }

    #[test]
    fn a_file_read_one_byte_past_the_phones_limit_is_refused_as_too_large() {
        let limit = usize::try_from(directory_file_limit()).unwrap();
        match check(&vec![b'{'; limit + 1], &[]) {
            Err(AlongsideError::BundleRefused { reason, .. }) => assert_eq!(reason, BundleRefusal::TooLarge),
            other => panic!("expected a too-large refusal, got {:?}", other.map(|c| c.digest)),
        }
    }

    #[test]
    fn a_bundle_up_to_the_limit_is_read_whole() {
        let bytes = vec![b'x'; 1000];
        assert_eq!(read_bundle(bytes.as_slice()).ok(), Some(bytes));
    }
}
