//! The one error type that crosses the FFI boundary.
//!
//! Modules keep their own detailed errors; everything a shell or the CLI can see is mapped
//! here to a small set of cases a person can act on. Messages never contain personal data:
//! they name the field or the problem, never the value she typed.

/// What went wrong, in words a person can act on. Kotlin sees `AlongsideException.*`,
/// Swift sees `AlongsideError.*`.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum AlongsideError {
    /// Something she entered cannot be used. `field` names the input, `reason` says why.
    #[error("{field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// The passcode did not match. `retry_after_seconds` is how long before the next try
    /// is allowed (0 means straight away).
    #[error("{}", crate::content::text("unlock-wrong", &[]))]
    WrongPasscode { retry_after_seconds: u64 },
    /// Too many wrong passcodes in a row: the next try is allowed after a pause.
    #[error("{}", crate::content::too_many_attempts(.retry_after_seconds))]
    TooManyAttempts { retry_after_seconds: u64 },
    /// The folder holds no Alongside vault.
    #[error("{}", crate::content::text("error-not-a-vault", &[]))]
    NotAVault,
    /// A vault already exists in this folder; creating another would destroy it.
    #[error("{}", crate::content::text("error-vault-exists", &[]))]
    VaultExists,
    /// The key file is truncated or has been altered, so the vault cannot be opened.
    #[error("{}", crate::content::text("error-key-file-damaged", &[]))]
    KeyFileDamaged,
    /// The vault is damaged or incomplete: its database is missing, cut short or not the one
    /// its key file belongs to, or its key file is missing beside its database. Nothing was
    /// changed, and no empty diary is made in its place.
    #[error("{}", crate::content::text("error-vault-damaged", &[]))]
    VaultDamaged,
    /// The vault's data could not be read (damaged, or written by a newer app version).
    #[error("{}", crate::content::text("error-vault-unreadable", &[]))]
    VaultUnreadable { reason: String },
    /// The vault is locked; unlock it first.
    #[error("{}", crate::content::text("error-locked", &[]))]
    Locked,
    /// The item asked for does not exist (it may have been deleted).
    #[error("{}", crate::content::not_found(what))]
    NotFound { what: String },
    /// A directory (or other signed bundle) was refused; nothing was changed. `reason` says
    /// why, for code; `explanation` says it in words she can read, from the content file.
    #[error("{explanation}")]
    BundleRefused {
        reason: crate::services::BundleRefusal,
        explanation: String,
    },
    /// Doing this would change something she already recorded, so it needs her yes first;
    /// nothing was changed. Show `question` with two buttons, `confirm_label` and
    /// `cancel_label`; on yes, make the same call again, confirmed (for a dose,
    /// `DoseEntry::confirm_change`).
    #[error("{question}")]
    NeedsConfirmation {
        question: String,
        confirm_label: String,
        cancel_label: String,
    },
    /// The phone's storage failed (full disk, permissions). Nothing was changed.
    #[error("{}", crate::content::text("error-storage", &[]))]
    Storage { detail: String },
}

/// Result type used across the core.
pub type Result<T, E = AlongsideError> = std::result::Result<T, E>;

impl AlongsideError {
    /// An input error whose reason is the message `id` of the Fluent copy: every reason
    /// she reads is reviewed copy, never English in code.
    pub(crate) fn refused(field: &str, id: &str) -> Self {
        Self::invalid(field, &crate::content::text(id, &[]))
    }

    /// As [`Self::refused`], for a message that takes arguments (a limit, say).
    pub(crate) fn refused_with(field: &str, id: &str, args: crate::content::Args) -> Self {
        Self::invalid(field, &crate::content::text(id, args))
    }

    /// An input error whose reason is already in her words (rendered from the copy).
    pub(crate) fn invalid(field: &str, reason: &str) -> Self {
        AlongsideError::InvalidInput {
            field: field.to_string(),
            reason: reason.to_string(),
        }
    }

    pub(crate) fn not_found(what: &str) -> Self {
        AlongsideError::NotFound { what: what.to_string() }
    }
}

impl From<rusqlite::Error> for AlongsideError {
    fn from(e: rusqlite::Error) -> Self {
        // SQLite messages can quote values (e.g. constraint failures), so only the error
        // code crosses the boundary.
        let detail = match &e {
            // Every database the core opens is her vault's, so a corrupt page is a damaged
            // vault, whichever call reads it first.
            rusqlite::Error::SqliteFailure(code, _)
                if matches!(
                    code.code,
                    rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
                ) =>
            {
                return AlongsideError::VaultDamaged;
            }
            rusqlite::Error::SqliteFailure(code, _) => {
                format!("sqlite error {:?} ({})", code.code, code.extended_code)
            }
            other => format!("database error ({})", error_kind(other)),
        };
        AlongsideError::Storage { detail }
    }
}

fn error_kind(e: &rusqlite::Error) -> &'static str {
    match e {
        rusqlite::Error::QueryReturnedNoRows => "no rows",
        rusqlite::Error::InvalidColumnType(..) => "column type",
        rusqlite::Error::FromSqlConversionFailure(..) => "conversion",
        _ => "other",
    }
}

impl From<std::io::Error> for AlongsideError {
    fn from(e: std::io::Error) -> Self {
        // io::Error's Display can include a path, and paths can be personal.
        AlongsideError::Storage {
            detail: format!("io error ({:?})", e.kind()),
        }
    }
}

impl From<serde_json::Error> for AlongsideError {
    fn from(e: serde_json::Error) -> Self {
        AlongsideError::VaultUnreadable {
            reason: format!("stored record could not be decoded ({:?})", e.classify()),
        }
    }
}
