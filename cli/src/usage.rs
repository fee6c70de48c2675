//! Clap's command-line errors, reworded where clap would quote what she typed.
//!
//! Clap's messages repeat a bad value or a stray word ("unexpected argument 'Street'"),
//! and that word can be part of a private title or name. Those errors get a message that
//! names the option, never the value; the rest keep clap's wording, which only names
//! options.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::error::Error as _;

const MORE: &str = "For more information, try '--help'.";

/// A message for `e` that repeats nothing she typed.
pub fn message(e: &clap::Error) -> String {
    let arg = e
        .get(ContextKind::InvalidArg)
        .map(ContextValue::to_string)
        .unwrap_or_else(|| "an option".to_string());
    let safe = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut m = format!("That value for {arg} can't be used");
            // Our own value parsers explain the form wanted, without the value.
            if let Some(reason) = e.source() {
                m.push_str(&format!(": {reason}"));
            }
            if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
                m.push_str(&format!(". Choose one of: {}", valid.join(", ")));
            }
            m.push('.');
            m
        }
        ErrorKind::UnknownArgument | ErrorKind::TooManyValues | ErrorKind::NoEquals | ErrorKind::InvalidUtf8 => {
            "Some of this command line couldn't be understood. If a value has spaces, put it in quotes.".to_string()
        }
        ErrorKind::InvalidSubcommand => "That isn't a command alongside knows.".to_string(),
        _ => {
            let rendered = e.render().to_string();
            return capitalised(rendered.trim().trim_start_matches("error: "));
        }
    };
    format!("{safe}\n\n{MORE}")
}

/// Clap starts its messages in lower case; ours start with a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}
