//! The services screen as one call: the directory's status, the kinds of help, what her
//! search found, and the places where several services meet over the next two weeks (how
//! far ahead is the core's, not a constant in each shell).

mod common;
mod directory_support;

use alongside_core::*;
use common::*;
use directory_support::*;

#[test]
fn without_a_directory_the_screen_says_so_and_still_offers_every_kind_of_help() {
    let tv = new_vault();
    let view = tv.vault.services_screen(query(), monday_morning()).unwrap();
    assert!(view.status.is_none());
    assert!(view.results.is_empty() && view.hubs.is_empty());
    assert_eq!(view.kinds, services::service_categories());
    assert_eq!(view.today, "2026-11-23");
}

#[test]
fn the_places_list_looks_two_weeks_ahead_so_a_first_thursday_session_shows() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let view = tv.vault.services_screen(query(), monday_morning()).unwrap();
    assert_eq!(view.hub_days, 14);
    assert_eq!(
        view.hubs_intro,
        "Over the next two weeks. One trip to one of these places can cover more than one thing."
    );
    assert_eq!(view.no_hubs, "No places found for the next two weeks.");
    let hub = view.hubs.iter().find(|h| h.venue.id == "hub").unwrap();
    let dates: Vec<&str> = hub.days.iter().map(|d| d.date.as_str()).collect();
    // Health visitors meet at the hub on the first and third Thursdays: 3 December is ten
    // days away, inside the two weeks.
    assert!(dates.contains(&"2026-12-03"), "{dates:?}");
    assert!(!dates.iter().any(|d| *d > "2026-12-06"), "{dates:?}");
    assert_eq!(view.status, tv.vault.directory_status(monday_morning()).unwrap());
}

#[test]
fn her_words_and_kinds_choose_the_services_and_the_places() {
    let tv = new_vault();
    import(&tv.vault, &bundle(1), monday_morning()).unwrap();
    let view = tv.vault.services_screen(text("food bank"), monday_morning()).unwrap();
    assert_eq!(ids(&view.results), ["food-bank"]);

    let blank = tv.vault.services_screen(text("   "), monday_morning()).unwrap();
    assert_eq!(blank.results.len(), 7, "blank words filter nothing");

    let food = ServiceQuery {
        categories: vec![Category::Food],
        ..query()
    };
    let view = tv.vault.services_screen(food, monday_morning()).unwrap();
    assert_eq!(ids(&view.results), ["food-bank"]);
    let places: Vec<&str> = view.hubs.iter().map(|h| h.venue.id.as_str()).collect();
    assert_eq!(places, ["hall"]);
}
