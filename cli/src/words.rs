//! The core's reviewed words for labels and screen copy, so the terminal says what the
//! phones say. Fetched once from `ui_strings()`, the same call the phones make.

use serde::Serialize;
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

/// The label for one of the core's enum values: `prefix-` and its serde name, kebab-cased
/// ("kind" + HealthVisitor → "kind-health-visitor" → "Health visitor").
pub fn label<T: Serialize>(prefix: &str, value: &T) -> String {
    let code = serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_default();
    ui(&format!("{prefix}-{code}"))
}
