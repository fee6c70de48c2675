//! Every reason an error gives her comes from the Fluent copy, never from English written
//! in the core's code, so both phones and the command line show the same reviewed words.
//!
//! These read the core's own source: a rule about how the code is written is checked
//! against the code, the way the content tests check the content.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The core's source files, each with its text up to its unit tests (which may hold
/// English on purpose, as expected words).
fn core_source() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let code = match text.find("#[cfg(test)]") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            (p.strip_prefix(&root).unwrap().display().to_string(), code)
        })
        .collect()
}

fn fluent_ids() -> std::collections::HashSet<String> {
    alongside_core::content::UI_EN_GB
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_string)
        .collect()
}

/// The text after each `needle` in `code`, whitespace squeezed, for a few characters.
fn calls<'a>(code: &'a str, needle: &'a str) -> impl Iterator<Item = String> + 'a {
    code.match_indices(needle).map(move |(i, _)| {
        code[i + needle.len()..]
            .chars()
            .take(400)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

#[test]
fn no_reason_for_refusing_what_she_entered_is_english_written_in_the_code() {
    let mut english = Vec::new();
    for (file, code) in core_source() {
        for args in calls(&code, "invalid(") {
            // invalid(field, reason): the reason must be rendered copy, not a literal.
            let Some((_, reason)) = split_first_argument(&args) else {
                continue;
            };
            if reason.starts_with('"') {
                english.push(format!("{file}: invalid({args:.80}"));
            }
        }
        for args in calls(&code, "#[error(\"") {
            if args.starts_with(|c: char| c.is_ascii_alphabetic()) {
                english.push(format!("{file}: #[error(\"{args:.60}"));
            }
        }
    }
    assert!(
        english.is_empty(),
        "English in the code where the copy's words belong:\n{}",
        english.join("\n")
    );
}

#[test]
fn every_reason_the_core_names_is_in_the_copy() {
    let ids = fluent_ids();
    let mut missing = Vec::new();
    for (file, code) in core_source() {
        for args in calls(&code, "refused(").chain(calls(&code, "refused_with(")) {
            let Some((_, rest)) = split_first_argument(&args) else {
                continue;
            };
            let Some(id) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                continue;
            };
            if !ids.contains(id) {
                missing.push(format!("{file}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "not in en-GB.ftl:\n{}", missing.join("\n"));
}

#[test]
fn errors_read_in_her_words_from_the_copy() {
    use alongside_core::AlongsideError;
    let shown = [
        (AlongsideError::NotAVault, "error-not-a-vault"),
        (AlongsideError::VaultExists, "error-vault-exists"),
        (AlongsideError::KeyFileDamaged, "error-key-file-damaged"),
        (AlongsideError::Locked, "error-locked"),
        (AlongsideError::WrongPasscode { retry_after_seconds: 0 }, "unlock-wrong"),
        (AlongsideError::Storage { detail: "io".into() }, "error-storage"),
        (
            AlongsideError::VaultUnreadable { reason: "newer".into() },
            "error-vault-unreadable",
        ),
    ];
    for (e, id) in shown {
        assert_eq!(e.to_string(), alongside_core::content::text(id, &[]), "{e:?}");
    }
    let gone = AlongsideError::NotFound {
        what: "care team contact".into(),
    }
    .to_string();
    assert_eq!(
        gone,
        "That care team contact could not be found. It may have been deleted."
    );
}

/// Splits `field, reason...)` at the first comma outside brackets and quotes.
fn split_first_argument(args: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    let mut quoted = false;
    let mut prev = ' ';
    for (i, c) in args.char_indices() {
        match c {
            '"' if prev != '\\' => quoted = !quoted,
            '(' | '[' | '{' if !quoted => depth += 1,
            ')' | ']' | '}' if !quoted => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            ',' if !quoted && depth == 0 => return Some((&args[..i], args[i + 1..].trim_start())),
            _ => {}
        }
        prev = c;
    }
    None
}
