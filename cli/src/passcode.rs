//! Getting passcodes without showing them: from the environment (for scripts and tests),
//! typed at a prompt with echo off, or, when stdin is not a terminal (a pipe or a file),
//! read from stdin one a line, in the order the prompts would ask for them. Passcodes are
//! wiped from memory when dropped and are never printed, not even in errors.

use std::io::{BufRead, IsTerminal, Read};
use zeroize::Zeroizing;

use crate::error::{CliError, CliResult};

/// Where scripts put the passcode.
pub const ENV_PASSCODE: &str = "ALONGSIDE_PASSCODE";
/// Where scripts put the new passcode for `passcode change`.
pub const ENV_NEW_PASSCODE: &str = "ALONGSIDE_NEW_PASSCODE";
/// The longest line read as a passcode from stdin; more is not a passcode.
const MAX_LINE_BYTES: u64 = 1024;

/// A passcode held only as long as needed.
pub type Secret = Zeroizing<String>;

/// The passcode to unlock an existing vault.
pub fn current(prompt: &str) -> CliResult<Secret> {
    from_env(ENV_PASSCODE).map_or_else(|| ask(prompt), Ok)
}

/// A passcode chosen now (a new vault): typed twice at a prompt so a slip is caught.
pub fn chosen() -> CliResult<Secret> {
    from_env(ENV_PASSCODE).map_or_else(|| ask_twice(&crate::words::prompt("cli-prompt-choose-passcode")), Ok)
}

/// The new passcode for `passcode change`.
pub fn new_passcode() -> CliResult<Secret> {
    from_env(ENV_NEW_PASSCODE).map_or_else(|| ask_twice(&crate::words::prompt("cli-prompt-new-passcode")), Ok)
}

fn from_env(name: &str) -> Option<Secret> {
    std::env::var(name).ok().map(Zeroizing::new)
}

fn ask(prompt: &str) -> CliResult<Secret> {
    let read = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(prompt).ok().map(Zeroizing::new)
    } else {
        // rpassword reads the terminal itself, never a pipe: a script's lines come here.
        read_piped_line().ok().flatten()
    };
    read.ok_or_else(|| {
        CliError::passcode(crate::words::text(
            "cli-error-no-passcode",
            &[("variable", ENV_PASSCODE.into())],
        ))
    })
}

fn ask_twice(prompt: &str) -> CliResult<Secret> {
    let first = ask(prompt)?;
    let second = if std::io::stdin().is_terminal() {
        Some(ask(&crate::words::prompt("cli-prompt-passcode-again"))?)
    } else {
        // Piped in, the second copy is optional (nothing was typed blind), but if a script
        // sends it, as it would type at the prompts, it must match.
        read_piped_line().ok().flatten()
    };
    if second.is_some_and(|second| *first != *second) {
        return Err(CliError::passcodes_differ());
    }
    Ok(first)
}

/// The next line of stdin without its line ending; `None` at the end of the input. A line
/// longer than any passcode is an error, read no further than that.
fn read_piped_line() -> std::io::Result<Option<Secret>> {
    let mut line = Zeroizing::new(String::new());
    let read = std::io::stdin().lock().take(MAX_LINE_BYTES + 1).read_line(&mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if !line.ends_with('\n') && read as u64 > MAX_LINE_BYTES {
        return Err(std::io::ErrorKind::InvalidData.into());
    }
    let end = line.trim_end_matches(['\n', '\r']).len();
    line.truncate(end);
    Ok(Some(line))
}

/// The passcode as the owned `String` the core's API takes. The core wipes its copy; the
/// `Secret` wipes ours.
pub fn reveal(secret: &Secret) -> String {
    secret.as_str().to_owned()
}
