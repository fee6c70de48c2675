//! What can be wrong with a content file. Content is compiled in and checked by tests, and
//! signed update bundles are parsed with the same code, so a mistake must come back as a
//! typed error naming the file, the line and the problem — never as a panic.

use crate::error::AlongsideError;

/// A problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {problem}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
pub struct ContentError {
    /// The file, relative to the content folder ("articles/nows.md").
    pub file: String,
    /// The 1-based line, where one can be named.
    pub line: Option<usize>,
    pub problem: String,
}

impl ContentError {
    pub(crate) fn new(file: &str, problem: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line: None,
            problem: problem.into(),
        }
    }

    pub(crate) fn at(file: &str, line: usize, problem: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line: Some(line),
            problem: problem.into(),
        }
    }
}

impl From<ContentError> for AlongsideError {
    // Content is public text, so naming the file and the problem leaks nothing of hers.
    fn from(e: ContentError) -> Self {
        AlongsideError::InvalidInput {
            field: "guidance content".to_string(),
            reason: e.to_string(),
        }
    }
}

/// Result type for content parsing.
pub type ContentResult<T> = Result<T, ContentError>;
