//! Everything that can stop a command, and how it is reported: a plain message, a stable
//! `kind` for scripts, and an exit code (1 refused or not done, 2 usage, 3 cannot get into
//! the vault).
//!
//! Messages never repeat what she typed: the core's messages name the field, never the
//! value, and the CLI's own messages follow the same rule.

use alongside_core::AlongsideError;
use serde_json::{json, Map, Value};

/// Exit code for input the app refused, something that could not be found, or an action
/// that could not be done (a directory update that failed).
pub const EXIT_REFUSED: u8 = 1;
/// Exit code for a command line that could not be understood (clap's own code).
pub const EXIT_USAGE: u8 = 2;
/// Exit code for not getting into the vault: passcode, lock, missing or damaged vault.
pub const EXIT_ACCESS: u8 = 3;

/// Why a command did not finish.
#[derive(Debug)]
pub struct CliError {
    /// Stable, snake_case name for scripts (`invalid_input`, `wrong_passcode`, `usage`, ...).
    pub kind: &'static str,
    pub message: String,
    pub exit_code: u8,
    /// Extra machine-readable facts (the field at fault, seconds to wait).
    pub details: Map<String, Value>,
}

impl CliError {
    fn new(kind: &'static str, message: impl Into<String>, exit_code: u8) -> Self {
        CliError {
            kind,
            message: message.into(),
            exit_code,
            details: Map::new(),
        }
    }

    /// The command line itself is wrong (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new("usage", message, EXIT_USAGE)
    }

    /// She chose not to go ahead (exit 1, so scripts know nothing happened).
    pub fn cancelled(message: impl Into<String>) -> Self {
        Self::new("cancelled", message, EXIT_REFUSED)
    }

    /// No passcode could be read, so the vault can't be opened (exit 3).
    pub fn passcode(message: impl Into<String>) -> Self {
        Self::new("no_passcode", message, EXIT_ACCESS)
    }

    /// The two typed copies of a new passcode differ (exit 1).
    pub fn passcodes_differ() -> Self {
        Self::new(
            "passcodes_differ",
            crate::words::ui("cli-error-passcodes-differ"),
            EXIT_REFUSED,
        )
    }

    /// What she asked for was not done, for a reason the message gives (exit 1): a
    /// directory update that could not be checked, or was refused.
    pub fn not_done(kind: &'static str, message: impl Into<String>) -> Self {
        Self::new(kind, message, EXIT_REFUSED)
    }

    /// A file outside the vault could not be written (exit 1).
    pub fn file(message: impl Into<String>) -> Self {
        Self::new("storage", message, EXIT_REFUSED)
    }

    /// A hint printed under the message in text mode, e.g. what to run next.
    pub fn hint(&self) -> Option<String> {
        let id = match self.kind {
            "not_a_vault" => "cli-hint-init",
            "needs_confirmation" => "cli-hint-change",
            "wrong_passcode" | "too_many_attempts" => "cli-hint-forgotten-passcode",
            _ => return None,
        };
        Some(crate::words::ui(id))
    }

    /// The error as `{"error": {"kind": ..., "message": ..., ...}}`.
    pub fn to_json(&self) -> Value {
        let mut inner = Map::new();
        inner.insert("kind".into(), json!(self.kind));
        inner.insert("message".into(), json!(self.message));
        inner.insert("exit_code".into(), json!(self.exit_code));
        for (k, v) in &self.details {
            inner.insert(k.clone(), v.clone());
        }
        json!({ "error": inner })
    }
}

impl From<AlongsideError> for CliError {
    fn from(e: AlongsideError) -> Self {
        let message = e.to_string();
        let mut details = Map::new();
        let (kind, exit_code) = match &e {
            AlongsideError::InvalidInput { field, .. } => {
                details.insert("field".into(), json!(field));
                ("invalid_input", EXIT_REFUSED)
            }
            AlongsideError::NotFound { what } => {
                details.insert("what".into(), json!(what));
                ("not_found", EXIT_REFUSED)
            }
            AlongsideError::VaultExists => ("vault_exists", EXIT_REFUSED),
            AlongsideError::Storage { detail } => {
                details.insert("detail".into(), json!(detail));
                ("storage", EXIT_REFUSED)
            }
            AlongsideError::WrongPasscode { retry_after_seconds } => {
                details.insert("retry_after_seconds".into(), json!(retry_after_seconds));
                ("wrong_passcode", EXIT_ACCESS)
            }
            AlongsideError::TooManyAttempts { retry_after_seconds } => {
                details.insert("retry_after_seconds".into(), json!(retry_after_seconds));
                ("too_many_attempts", EXIT_ACCESS)
            }
            AlongsideError::NotAVault => ("not_a_vault", EXIT_ACCESS),
            AlongsideError::KeyFileDamaged => ("key_file_damaged", EXIT_ACCESS),
            AlongsideError::VaultDamaged => ("vault_damaged", EXIT_ACCESS),
            AlongsideError::VaultUnreadable { .. } => ("vault_unreadable", EXIT_ACCESS),
            AlongsideError::Locked => ("locked", EXIT_ACCESS),
            AlongsideError::BundleRefused { reason, .. } => {
                details.insert("reason".into(), json!(reason));
                ("bundle_refused", EXIT_REFUSED)
            }
            AlongsideError::NeedsConfirmation {
                confirm_label,
                cancel_label,
                ..
            } => {
                details.insert("confirm_label".into(), json!(confirm_label));
                details.insert("cancel_label".into(), json!(cancel_label));
                ("needs_confirmation", EXIT_REFUSED)
            }
        };
        CliError {
            kind,
            message,
            exit_code,
            details,
        }
    }
}

/// Result type for commands.
pub type CliResult<T> = Result<T, CliError>;
