//! The core's reviewed words for labels and screen copy, so the terminal says what the
//! phones say. Fetched once from `ui_strings()`, the same call the phones make.

use std::collections::HashMap;
use std::sync::OnceLock;

fn strings() -> &'static HashMap<String, String> {
    static STRINGS: OnceLock<HashMap<String, String>> = OnceLock::new();
    STRINGS.get_or_init(alongside_core::ui_strings)
}

/// Screen copy by message id ("today-later" → "Later today"). A missing id shows as
/// itself, as in the core, so a gap is visible rather than silent.
pub fn ui(id: &str) -> String {
    strings().get(id).cloned().unwrap_or_else(|| id.to_string())
}

/// Screen copy as a `&'static str`, for the few places clap wants one (a help heading).
/// A missing id shows as itself, as with `ui`.
pub fn heading(id: &'static str) -> &'static str {
    strings().get(id).map_or(id, String::as_str)
}

/// A message with arguments, in the core's words:
/// `text("cli-added", &[("id", id.into())])` gives "Added. Its id is …".
pub use alongside_core::content::text;

/// A prompt in the core's words, with the space the cursor waits after (the copy's
/// messages are trimmed, so the space lives here).
pub fn prompt(id: &str) -> String {
    format!("{} ", ui(id))
}

/// A counted noun in the core's words, so one thing never reads as "1 things":
/// `count("share-ready-to-send", 1)` gives "1 item is ready to send".
pub fn count(id: &str, n: usize) -> String {
    alongside_core::content::text(id, &[("count", n.into())])
}

/// "45 services, 14 places, 73 sessions", in the core's words; `id` is
/// "directory-contents" for her, "directory-build-contents" (venues) for a publisher.
pub fn directory_contents(id: &str, services: usize, venues: usize, sessions: usize) -> String {
    alongside_core::content::text(
        id,
        &[
            ("services", services.into()),
            ("venues", venues.into()),
            ("sessions", sessions.into()),
        ],
    )
}

/// The label for one of the core's enum values ("kind" + HealthVisitor → "Health visitor"),
/// rendered by the core, as the phones' records are.
pub use alongside_core::content::label;
