//! What a command hands back, and how it reaches the terminal: every command builds both
//! the text a person reads and the JSON a script reads, so `--json` works everywhere.

use alongside_core::free_text::lines;
use serde_json::Value;
use std::io::Write;

use crate::error::CliError;

/// A finished command's result, in both forms.
pub struct Outcome {
    pub text: String,
    pub json: Value,
    /// A file's content (an export) is printed byte for byte: a calendar's lines end in
    /// CRLF. The core built it from tidied text.
    pub verbatim: bool,
}

impl Outcome {
    pub fn new(text: impl Into<String>, json: Value) -> Self {
        Outcome {
            text: text.into(),
            json,
            verbatim: false,
        }
    }

    /// A document to print exactly as the core made it.
    pub fn document(text: impl Into<String>, json: Value) -> Self {
        Outcome {
            verbatim: true,
            ..Outcome::new(text, json)
        }
    }
}

/// Prints the result on stdout. A closed pipe (`| head`) is not an error worth reporting.
/// Text goes through the core's free-text rules on the way out, so nothing printed can
/// send a terminal a control sequence, whatever a command forgot to tidy. (JSON escapes
/// control characters itself.)
pub fn print(outcome: &Outcome, json: bool) {
    let mut out = std::io::stdout().lock();
    let body = if json {
        serde_json::to_string_pretty(&outcome.json).unwrap_or_else(|_| "{}".to_string())
    } else if outcome.verbatim {
        outcome.text.clone()
    } else {
        lines(&outcome.text).into_owned()
    };
    let _ = if body.ends_with('\n') || body.is_empty() {
        write!(out, "{body}")
    } else {
        writeln!(out, "{body}")
    };
    let _ = out.flush();
}

/// Prints an error on stderr, as text or as `{"error": ...}`.
pub fn print_error(err: &CliError, json: bool) {
    let mut out = std::io::stderr().lock();
    if json {
        let body = serde_json::to_string_pretty(&err.to_json()).unwrap_or_else(|_| "{}".to_string());
        let _ = writeln!(out, "{body}");
    } else {
        let _ = writeln!(out, "{}", lines(&err.message));
        if let Some(hint) = err.hint() {
            let _ = writeln!(out, "{hint}");
        }
    }
}

/// Appends a line to a text block.
pub fn line(buf: &mut String, text: impl AsRef<str>) {
    buf.push_str(text.as_ref());
    buf.push('\n');
}
