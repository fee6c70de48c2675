//! "I'm not safe right now": the crisis contacts, at once and offline. Built from the
//! compiled-in contacts table with no network call and no vault, so it works locked,
//! with no signal, and on a phone with no data plan.

use crate::content::text;
use crate::error::Result;
use crate::guidance::SupportContact;

/// What the crisis screen shows.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CrisisHelp {
    /// "If you are not safe right now".
    pub heading: String,
    /// "You don't need signal to see these numbers. If you are in danger now, call 999."
    pub intro: String,
    /// Every support line, emergency first, each with a one-tap number to dial.
    pub contacts: Vec<SupportContact>,
}

/// The crisis screen: needs no passcode and no network.
#[uniffi::export]
pub fn crisis_help() -> Result<CrisisHelp> {
    let mut contacts = crate::guidance::support_contacts()?;
    // Emergency first: it is the one to call when in danger now.
    contacts.sort_by_key(|c| c.id != "emergency");
    Ok(CrisisHelp {
        heading: text("support-crisis-heading", &[]),
        intro: text(
            "support-crisis-intro",
            &[("emergency", crate::views::today::emergency_number().into())],
        ),
        contacts,
    })
}
