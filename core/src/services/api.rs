//! The directory methods the shells call on a [`Vault`]: import, status, options, and the
//! questions (search, hubs, one-place plan, near, one venue). Each is one call returning
//! ready-to-show records.

use alongside_protocol::keys::PublicKey;
use jiff::civil::{Date, Time};
use jiff::ToSpan;
use std::collections::{BTreeSet, HashMap};
use std::time::SystemTime;

use super::model::{
    Category, CategoryChoice, DirectoryOptions, DirectoryStatus, PlanOption, ServiceQuery, ServiceResult, VenueDetail,
    VenueDistance, VenueHub,
};
use super::search::When;
use super::update::{self, UpdateOutcome};
use super::{hubs, import, near, options, plan, search, store, trust};
use crate::content::{long_date, text};
use crate::diary::appointment::AppointmentStatus;
use crate::error::{AlongsideError, Result};
use crate::time;
use crate::vault::Vault;

/// Every kind of help the directory knows, in display order, each with its words: the
/// choices for a search's filter by kind of help. Needs no vault and no directory.
#[uniffi::export]
pub fn service_categories() -> Vec<CategoryChoice> {
    Category::ALL
        .iter()
        .map(|c| CategoryChoice {
            category: *c,
            label: c.label(),
        })
        .collect()
}

#[uniffi::export]
impl Vault {
    /// Installs a service directory bundle (the file's bytes), replacing the one she has.
    /// Refused with `BundleRefused` (and nothing changed) when it is too large, damaged,
    /// from a publisher the app does not trust, altered since signing, has mistakes, is a
    /// newer format, or is older than (`Rollback`) or the same version as the one installed
    /// from the same publisher: `AlreadyInstalled` when it is that very directory,
    /// `VersionReused` when its content differs (the publisher's mistake).
    pub fn import_directory(&self, bundle: Vec<u8>, now: SystemTime) -> Result<DirectoryStatus> {
        self.import_with(&bundle, &[], now)
    }

    /// The installed directory, or None when there is none.
    pub fn directory_status(&self, now: SystemTime) -> Result<Option<DirectoryStatus>> {
        let today = today(self, now)?;
        self.read(|conn| status(conn, today))
    }

    /// Her directory choices (sample data and updates off by default).
    pub fn directory_options(&self) -> Result<DirectoryOptions> {
        self.read(options::load)
    }

    /// Changes her directory choices (read them first and change what she changed: every
    /// field is stored). Turning sample data off also removes an installed sample
    /// directory, in the same transaction. An update address that is not `https://` (or
    /// plain `http://` to this device's loopback address) is refused with `InvalidInput`
    /// on the field "update address", as is turning updates on without an address.
    pub fn set_directory_options(&self, options: DirectoryOptions) -> Result<()> {
        self.write(|tx| {
            options::store(tx, &options)?;
            if !options.allow_sample_data && store::is_sample(tx)? {
                import::clear(tx)?;
            }
            Ok(())
        })
    }

    /// Turns directory updates on or off and sets where they come from, keeping her other
    /// directory choices; the same checks as [`Vault::set_directory_options`] (an address
    /// that is not `https://`, or updates on without one, is refused with `InvalidInput` on
    /// "update address", and nothing changes). A blank address clears it.
    pub fn set_directory_updates(&self, on: bool, address: Option<String>) -> Result<DirectoryOptions> {
        self.write(|tx| {
            let choices = DirectoryOptions {
                updates_enabled: on,
                updates_url: address,
                ..options::load(tx)?
            };
            options::store(tx, &choices)?;
            options::load(tx)
        })
    }

    /// When she has turned directory updates on, asks her update address for a newer
    /// directory (a conditional request: nothing about her is sent) and installs it
    /// through exactly the same checks as [`Vault::import_directory`]. Offline, or on any
    /// network problem, her installed directory keeps working and the outcome says so.
    /// Blocking, with timeouts (10 s to connect, 60 s in all): call it off the main thread.
    pub fn check_for_directory_update(&self, now: SystemTime) -> Result<UpdateOutcome> {
        update::check(self, now)
    }

    /// Services matching her search, best match first when she typed words (otherwise by
    /// name). Empty when no directory is installed.
    pub fn search_services(&self, query: ServiceQuery) -> Result<Vec<ServiceResult>> {
        let mut when = Vec::new();
        if let Some(d) = &query.on_date {
            when.push(When {
                date: time::parse_date("on date", d)?,
                time: None,
            });
        }
        self.read(|conn| {
            if let Some(at) = query.open_at {
                let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
                let local = time::timestamp(at)?.to_zoned(tz).datetime();
                when.push(When {
                    date: local.date(),
                    time: Some(local.time()),
                });
            }
            search::run(conn, &query, &when)
        })
    }

    /// For each venue, what meets there on each of `days` dates from `from_date`
    /// ("YYYY-MM-DD"), with the hub days when two or more services meet; only the
    /// categories she needs (empty means all). Venues covering the most needs come first.
    pub fn venue_hubs(&self, categories: Vec<Category>, from_date: String, days: u32) -> Result<Vec<VenueHub>> {
        let dates = hubs::dates(&from_date, days)?;
        self.read(|conn| hubs::venue_hubs(conn, &categories, &dates))
    }

    /// The fewest trips (a venue on a date) that cover the needs she chose, over `days`
    /// dates from `from_date`, skipping dates already past. Days with two or more diary
    /// appointments are used only when nothing else covers a need. Trips are in date
    /// order; each says what it covers and what is still left after it.
    pub fn plan_one_place(
        &self,
        needs: Vec<Category>,
        from_date: String,
        days: u32,
        now: SystemTime,
    ) -> Result<Vec<PlanOption>> {
        let today = today(self, now)?;
        let dates: Vec<Date> = hubs::dates(&from_date, days)?
            .into_iter()
            .filter(|d| *d >= today)
            .collect();
        self.read(|conn| {
            let diary = diary_counts(conn, &dates)?;
            plan::plan(conn, &needs, &dates, &diary)
        })
    }

    /// Venues nearest a point first, with their distance as the crow flies. The point is
    /// used on the phone only: it is never stored or sent.
    pub fn venues_near(&self, latitude: f64, longitude: f64, limit: u32) -> Result<Vec<VenueDistance>> {
        self.read(|conn| near::venues_near(conn, latitude, longitude, limit))
    }

    /// One venue and every session held there.
    pub fn venue(&self, id: String) -> Result<VenueDetail> {
        self.read(|conn| {
            let venue = store::venue(conn, &id)?.ok_or_else(|| AlongsideError::not_found("place"))?;
            let mut slots = store::slots(
                conn,
                store::SlotFilter {
                    venue_id: Some(&id),
                    ..Default::default()
                },
            )?;
            slots.sort_by_key(|s| (s.days.trailing_zeros(), s.start_minute));
            let categories: Vec<Category> = slots
                .iter()
                .map(|s| s.category)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            Ok(VenueDetail {
                sessions: slots.iter().map(|s| store::session_view(s, &venue.name)).collect(),
                category_labels: store::labels(&categories),
                categories,
                venue,
                sample: store::is_sample(conn)?,
            })
        })
    }
}

impl Vault {
    /// As [`Vault::import_directory`], also trusting `extra_trusted` (base64 public keys)
    /// as ordinary publishers. Tests only: the shells cannot reach it.
    #[doc(hidden)]
    pub fn import_directory_trusting(
        &self,
        bundle: &[u8],
        extra_trusted: &[String],
        now: SystemTime,
    ) -> Result<DirectoryStatus> {
        let extra: Vec<PublicKey> = extra_trusted
            .iter()
            .map(|k| PublicKey::from_base64(k).map_err(|_| AlongsideError::refused("key", "error-not-a-public-key")))
            .collect::<Result<_>>()?;
        self.import_with(bundle, &extra, now)
    }

    fn import_with(&self, bundle: &[u8], extra: &[PublicKey], now: SystemTime) -> Result<DirectoryStatus> {
        let imported_at = time::unix(now)?;
        let today = today(self, now)?;
        self.write(|tx| import_in(tx, bundle, extra, imported_at, today))
    }
}

/// The one import path, for a file and for a fetched update alike: trust, signature,
/// format, content and rollback checks, then the whole directory replaced. Call inside
/// one transaction.
pub(super) fn import_in(
    tx: &rusqlite::Connection,
    bundle: &[u8],
    extra: &[PublicKey],
    imported_at: i64,
    today: Date,
) -> Result<DirectoryStatus> {
    let mut trusted = trust::trusted_keys(&options::load(tx)?);
    trusted.extend(extra.iter().map(|k| (*k, false)));
    let checked = import::check(bundle, &trusted)?;
    import::check_newer(tx, &checked)?;
    import::replace(tx, &checked, imported_at)?;
    status(tx, today)?.ok_or_else(|| AlongsideError::not_found("directory"))
}

/// Her local date at `now`.
pub(super) fn today(vault: &Vault, now: SystemTime) -> Result<Date> {
    let now = time::timestamp(now)?;
    vault.read(|conn| {
        let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
        Ok(now.to_zoned(tz).date())
    })
}

pub(super) fn status(conn: &rusqlite::Connection, today: Date) -> Result<Option<DirectoryStatus>> {
    let Some(m) = store::meta(conn)? else { return Ok(None) };
    let issued: Option<Date> = m.issued.parse().ok();
    let expires: Option<Date> = m.expires.parse().ok();
    let out_of_date = expires.is_some_and(|e| today > e);
    let fingerprint = PublicKey::from_base64(&m.publisher_key)
        .map(|k| k.fingerprint())
        .unwrap_or_default();
    let words = |d: Option<Date>, raw: &str| d.map(long_date).unwrap_or_else(|| raw.to_string());
    let summary_id = match (m.sample, out_of_date) {
        (true, _) => "directory-summary-sample",
        (false, true) => "directory-summary-out-of-date",
        (false, false) => "directory-summary",
    };
    Ok(Some(DirectoryStatus {
        summary: text(
            summary_id,
            &[
                ("area", m.area.clone().into()),
                ("publisher", m.publisher.clone().into()),
                ("expires", words(expires, &m.expires).into()),
            ],
        ),
        issued_label: text("directory-issued", &[("date", words(issued, &m.issued).into())]),
        expires_label: text("directory-expires", &[("date", words(expires, &m.expires).into())]),
        publisher: m.publisher,
        publisher_fingerprint: fingerprint,
        area: m.area,
        version: u64::try_from(m.version).unwrap_or_default(),
        issued: m.issued,
        expires: m.expires,
        out_of_date,
        sample: m.sample,
        services: store::count(conn, "dir_services")?,
        venues: store::count(conn, "dir_venues")?,
        sessions: store::count(conn, "dir_sessions")?,
        imported_at: time::system_time(jiff::Timestamp::from_second(m.imported_at).unwrap_or_default()),
    }))
}

/// How many appointments (not cancelled) her diary holds on each date.
fn diary_counts(conn: &rusqlite::Connection, dates: &[Date]) -> Result<HashMap<Date, u32>> {
    let mut out = HashMap::new();
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return Ok(out);
    };
    let tz = time::zone(&crate::vault::settings_zone(conn)?)?;
    let start = time::resolve(first.to_datetime(Time::midnight()), &tz)?.timestamp();
    let end_date = last
        .checked_add(1.day())
        .map_err(|_| AlongsideError::refused("from date", "error-date-far-away"))?;
    let end = time::resolve(end_date.to_datetime(Time::midnight()), &tz)?.timestamp();
    for o in crate::diary::occurrences_in(conn, start, end)? {
        if o.status == AppointmentStatus::Cancelled {
            continue;
        }
        if let Some(d) = o.start_local.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            *out.entry(d).or_insert(0) += 1;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_help_is_offered_once_in_display_order_with_its_words() {
        let choices = service_categories();
        let order: Vec<Category> = choices.iter().map(|c| c.category).collect();
        assert_eq!(order, Category::ALL.to_vec());
        assert!(choices
            .iter()
            .all(|c| !c.label.is_empty() && !c.label.starts_with("category-")));
        let housing = choices
            .iter()
            .find(|c| c.category == Category::Housing)
            .map(|c| c.label.as_str());
        assert_eq!(housing, Some("Housing"));
    }
}
