//! Enum codes: the snake_case name serde gives each variant ("partly_taken"). One place
//! turns values into the codes stored in the vault and used in message ids, and back, so
//! a stored code and a label id can never disagree about a name.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The code for `value` ("drug_and_alcohol_key_worker"); empty for a non-unit value.
pub fn code<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The value a code names, if any.
pub fn parse<T: DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_string())).ok()
}

#[cfg(test)]
mod tests {
    use crate::diary::dose::DoseStatus;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        assert_eq!(super::code(&DoseStatus::PartlyTaken), "partly_taken");
        assert_eq!(
            super::parse::<DoseStatus>("partly_taken"),
            Some(DoseStatus::PartlyTaken)
        );
        assert_eq!(super::parse::<DoseStatus>("PartlyTaken"), None);
    }
}
