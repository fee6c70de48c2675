//! Getting passcodes without showing them: from the environment (for scripts and tests) or
//! typed at a prompt with echo off. Passcodes are wiped from memory when dropped and are
//! never printed, not even in errors.

use zeroize::Zeroizing;

use crate::error::{CliError, CliResult};

/// Where scripts put the passcode.
pub const ENV_PASSCODE: &str = "ALONGSIDE_PASSCODE";
/// Where scripts put the new passcode for `passcode change`.
pub const ENV_NEW_PASSCODE: &str = "ALONGSIDE_NEW_PASSCODE";

/// A passcode held only as long as needed.
pub type Secret = Zeroizing<String>;

/// The passcode to unlock an existing vault.
pub fn current(prompt: &str) -> CliResult<Secret> {
    from_env(ENV_PASSCODE).map_or_else(|| ask(prompt), Ok)
}

/// A passcode chosen now (a new vault): typed twice at a prompt so a slip is caught.
pub fn chosen() -> CliResult<Secret> {
    from_env(ENV_PASSCODE).map_or_else(|| ask_twice("Choose a passcode: "), Ok)
}

/// The new passcode for `passcode change`.
pub fn new_passcode() -> CliResult<Secret> {
    from_env(ENV_NEW_PASSCODE).map_or_else(|| ask_twice("New passcode: "), Ok)
}

fn from_env(name: &str) -> Option<Secret> {
    std::env::var(name).ok().map(Zeroizing::new)
}

fn ask(prompt: &str) -> CliResult<Secret> {
    rpassword::prompt_password(prompt).map(Zeroizing::new).map_err(|_| {
        CliError::passcode(format!(
            "Couldn't read a passcode. Type it at the prompt, or set {ENV_PASSCODE}."
        ))
    })
}

fn ask_twice(prompt: &str) -> CliResult<Secret> {
    let first = ask(prompt)?;
    let second = ask("Type it again: ")?;
    if *first != *second {
        return Err(CliError::passcodes_differ());
    }
    Ok(first)
}

/// The passcode as the owned `String` the core's API takes. The core wipes its copy; the
/// `Secret` wipes ours.
pub fn reveal(secret: &Secret) -> String {
    secret.as_str().to_owned()
}
