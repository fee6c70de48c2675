//! Clap's command-line errors, reworded where clap would quote what she typed.
//!
//! Clap's messages repeat a bad value or a stray word ("unexpected argument 'Street'"),
//! and that word can be part of a private title or name. Those errors get a message that
//! names the option, never the value, in the copy's words (`cli-usage-*`), as do missing
//! and clashing options. The rest keep clap's wording, which only names options.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::error::Error as _;

use crate::words::{text, ui};

/// A message for `e` that repeats nothing she typed.
pub fn message(e: &clap::Error) -> String {
    let arg = e
        .get(ContextKind::InvalidArg)
        .map(ContextValue::to_string)
        .unwrap_or_else(|| ui("cli-usage-an-option"));
    let safe = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            // Our own value parsers explain the form wanted, without the value.
            let mut m = match e.source() {
                Some(reason) => text(
                    "cli-usage-bad-value-reason",
                    &[("option", arg.as_str().into()), ("reason", reason.to_string().into())],
                ),
                None => text("cli-usage-bad-value", &[("option", arg.as_str().into())]),
            };
            if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
                let choices = text("cli-usage-choices", &[("choices", valid.join(", ").into())]);
                m.push_str(&format!(". {choices}"));
            }
            m.push('.');
            m
        }
        ErrorKind::UnknownArgument | ErrorKind::TooManyValues | ErrorKind::NoEquals | ErrorKind::InvalidUtf8 => {
            ui("cli-usage-not-understood")
        }
        ErrorKind::InvalidSubcommand => ui("cli-usage-unknown-command"),
        ErrorKind::MissingRequiredArgument => {
            let missing: String = match e.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(options)) => options.iter().map(|o| format!("\n  {o}")).collect(),
                _ => String::new(),
            };
            format!("{}{missing}{}", ui("cli-usage-missing"), usage_line(e))
        }
        ErrorKind::ArgumentConflict => {
            let other = match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(o)) => o.clone(),
                Some(ContextValue::Strings(o)) => o.join(", "),
                _ => ui("cli-usage-an-option"),
            };
            let conflict = text(
                "cli-usage-conflict",
                &[("option", arg.as_str().into()), ("other", other.into())],
            );
            format!("{conflict}{}", usage_line(e))
        }
        _ => {
            let rendered = e.render().to_string();
            return capitalised(rendered.trim().trim_start_matches("error: "));
        }
    };
    format!("{safe}\n\n{}", ui("cli-usage-more"))
}

/// The command's usage, as clap works it out (it names only options), under the copy's
/// heading: "\n\nUsage: alongside appointment add --title <TITLE> ...".
fn usage_line(e: &clap::Error) -> String {
    match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => {
            let usage = usage.to_string();
            let usage = usage.trim().trim_start_matches("Usage:").trim();
            format!("\n\n{}", text("cli-usage-line", &[("usage", usage.into())]))
        }
        _ => String::new(),
    }
}

/// Clap starts its messages in lower case; ours start with a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}
