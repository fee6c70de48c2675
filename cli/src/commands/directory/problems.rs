//! Problems found in a directory, each pointing at the place to fix it: a spreadsheet's
//! file, line and column, or a command-line option. All of them are reported at once, so
//! a publisher can fix a spreadsheet in one pass.

use serde::Serialize;
use serde_json::{json, Map};

use crate::error::{CliError, EXIT_REFUSED};

/// Where a problem is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located {
    /// The file's name as given, or "command line".
    pub file: String,
    /// 1-based line in the file (the header is line 1); absent for options and whole files.
    pub line: Option<u64>,
    /// The column's header, or the option (`--area`).
    pub column: Option<String>,
    pub message: String,
}

impl Located {
    pub fn new(file: &str, line: Option<u64>, column: Option<&str>, message: impl Into<String>) -> Self {
        Located {
            file: file.to_string(),
            line,
            column: column.map(str::to_string),
            message: message.into(),
        }
    }

    /// "services.csv, line 4, category: is not a known category".
    pub fn describe(&self) -> String {
        let mut place = self.file.clone();
        if let Some(l) = self.line {
            place.push_str(&format!(
                ", {}",
                crate::words::text("cli-build-line", &[("line", l.into())])
            ));
        }
        if let Some(c) = &self.column {
            place.push_str(&format!(", {c}"));
        }
        format!("{place}: {}", self.message)
    }

    /// True when this problem and `other` point at the same cell.
    pub fn same_place(&self, other: &Located) -> bool {
        self.file == other.file && self.line == other.line && self.column == other.column
    }
}

/// The refusal carrying every problem: listed one a line in text, as `problems` in JSON.
pub fn refusal(what: &str, problems: &[Located]) -> CliError {
    let mut message = alongside_core::content::text(
        "directory-build-problems",
        &[("what", what.into()), ("count", problems.len().into())],
    );
    for p in problems {
        message.push('\n');
        message.push_str("  ");
        message.push_str(&p.describe());
    }
    let mut details = Map::new();
    details.insert("problems".into(), json!(problems));
    CliError {
        kind: "invalid_directory",
        message,
        exit_code: EXIT_REFUSED,
        details,
    }
}
