//! The services screen: the installed directory's status, the kinds of help she can
//! choose, what her search found, and the places where several services meet over the
//! next [`HUB_DAYS`] days. One call, so how far ahead to look is the core's, not a constant
//! in each shell.

use std::time::SystemTime;

use crate::content::text;
use crate::error::Result;
use crate::services::{service_categories, CategoryChoice, DirectoryStatus, ServiceQuery, ServiceResult, VenueHub};
use crate::time;
use crate::vault::Vault;

/// How many days from today the "in one place" list looks at: two weeks, long enough to
/// catch fortnightly sessions, short enough to plan a trip.
pub const HUB_DAYS: u32 = 14;

/// Everything the services screen shows for one search.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ServicesView {
    /// Her date at `now` ("YYYY-MM-DD"): the first day the places list covers.
    pub today: String,
    /// The installed directory; `None` when there is none (then the lists are empty).
    pub status: Option<DirectoryStatus>,
    /// Every kind of help, in display order, with its words: her filter's choices.
    pub kinds: Vec<CategoryChoice>,
    /// Services matching her search, best first when she typed words.
    pub results: Vec<ServiceResult>,
    /// Places where the kinds of help she chose (all, when none) meet over the next
    /// `hub_days` days, those covering the most first.
    pub hubs: Vec<VenueHub>,
    /// How many days from `today` the places list covers (the core's choice).
    pub hub_days: u32,
    /// "Over the next two weeks. One trip …": the places list's introduction.
    pub hubs_intro: String,
    /// What to say when no place is found.
    pub no_hubs: String,
}

#[uniffi::export]
impl Vault {
    /// The services screen at `now` for her search (her words as typed, and the kinds of
    /// help she ticked; words with no letters or digits, and no kinds, filter nothing).
    pub fn services_screen(&self, query: ServiceQuery, now: SystemTime) -> Result<ServicesView> {
        let at = time::timestamp(now)?;
        let tz = self.read(|conn| time::zone(&crate::vault::settings_zone(conn)?))?;
        let today = at.to_zoned(tz).date().to_string();
        let status = self.directory_status(now)?;
        let hubs = self.venue_hubs(query.categories.clone(), today.clone(), HUB_DAYS)?;
        Ok(ServicesView {
            results: self.search_services(query)?,
            hubs,
            status,
            kinds: service_categories(),
            hub_days: HUB_DAYS,
            hubs_intro: text("services-screen-hubs-intro", &[("days", HUB_DAYS.into())]),
            no_hubs: text("services-screen-no-hubs", &[("days", HUB_DAYS.into())]),
            today,
        })
    }
}
