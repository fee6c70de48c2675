//! Every sentence and label the command line prints comes from the Fluent copy
//! (`core/content/ui/en-GB.ftl`), never from English written in the CLI's code, so the
//! terminal says the same reviewed words as the phones.
//!
//! These read the CLI's own source: a rule about how the code is written is checked
//! against the code, as `core/tests/words_come_from_the_copy.rs` does for the core.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The sample diary `alongside demo` fills in: made-up data (appointment titles, notes,
/// names), not interface copy, as the demo's entries would be her own words.
const DATA_FILES: &[&str] = &["demo.rs"];

/// Literals that look like words but are values for scripts, not words she reads: the
/// `field` a refusal names in JSON.
const MACHINE_VALUES: &[(&str, &str)] = &[("commands/dose/mod.rs", "taken at")];

/// Files whose English has still to move into the copy. This list may only shrink.
const NOT_YET_CONVERTED: &[&str] = &[];

/// One string literal in the source: where it is and what it says.
struct Literal {
    file: String,
    line: usize,
    text: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("cli/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The CLI's source files, each as its name under `src/` and its text up to its unit
/// tests (which may hold English on purpose, as expected words).
fn cli_source() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("a source file is readable");
            let code = match text.find("#[cfg(test)]") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            let name = p.strip_prefix(&root).expect("under src").display().to_string();
            (name, code)
        })
        .collect()
}

/// Every string literal outside comments, with its line. Knows escapes, raw strings and
/// char literals well enough for this code base; `compile_error!` messages are for the
/// developer building on an unsupported platform, not for her, so they are skipped.
fn literals(file: &str, code: &str) -> Vec<Literal> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('"', '\'') or a lifetime ('a): skip a char literal whole.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            let mut hashes = 0;
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start_line = line;
            let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            let rest: String = chars[j + 1..].iter().collect();
            let end = rest.find(&close).unwrap_or(rest.len());
            let text = rest[..end].to_string();
            line += text.matches('\n').count();
            i = j + 1 + text.chars().count() + close.len();
            push(&mut out, file, start_line, text, &chars, i);
        } else if c == '"' {
            let start_line = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    // `\` at a line's end joins the next line, leading spaces dropped.
                    if chars.get(i + 1) == Some(&'\n') {
                        i += 2;
                        line += 1;
                        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                            line += usize::from(chars[i] == '\n');
                            i += 1;
                        }
                        continue;
                    }
                    text.push(' ');
                    i += 2;
                    continue;
                }
                line += usize::from(chars[i] == '\n');
                text.push(chars[i]);
                i += 1;
            }
            i += 1;
            push(&mut out, file, start_line, text, &chars, i);
        } else {
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Keeps a literal unless it is a `compile_error!` message (`end` is just past it).
fn push(out: &mut Vec<Literal>, file: &str, line: usize, text: String, chars: &[char], end: usize) {
    let start = end.saturating_sub(text.chars().count() + 40);
    let before: String = chars[start..end].iter().collect();
    if before.contains("compile_error!(") {
        return;
    }
    out.push(Literal {
        file: file.to_string(),
        line,
        text,
    });
}

/// True when `text` reads as English a person would read: two words in a row ("Saved
/// your changes", "is not a number"), or one capitalised word ended like a sentence
/// ("Logged."). Placeholders (`{}`, `{id}`), options (`--preview`) and a command to
/// paste (from `alongside ` to the end) are not words.
fn reads_as_english(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let plain = match plain.find("alongside ") {
        Some(i) => &plain[..i],
        None => &plain[..],
    };
    let words: Vec<&str> = plain
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty() && !w.starts_with("--"))
        .collect();
    let is_word = |w: &str| {
        let core = w.trim_matches(|c: char| !c.is_alphabetic() && c != '\'');
        core.chars().count() >= 2 && core.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-')
    };
    let lower = |w: &str| w.chars().all(|c| !c.is_uppercase());
    // Two words in a row, the second in lower case ("Global options"; not "YYYY-MM-DD HH:MM").
    let two_words = words
        .windows(2)
        .any(|p| is_word(p[0]) && is_word(p[1]) && lower(p[1]) && !p[0].ends_with([',', ';']) && !p[0].contains('_'));
    // "Logged.", "Cancelled."
    let one_sentence = words.len() == 1 && {
        let w = words[0];
        w.len() > 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.ends_with(['.', '!', '?'])
            && is_word(w)
            && lower(&w[1..])
    };
    // A label laid out with a value: "  Dose      {}", "Pharmacy: {p}" (a bare "Patient"
    // alone is a code, like FHIR's resource types).
    let laid_out = text.trim() != text || text.contains('{');
    let label = laid_out
        && words.iter().any(|w| {
            let core = w.trim_end_matches([':', '.', ',']);
            is_word(core) && core.starts_with(|c: char| c.is_uppercase()) && lower(&core[1..])
        });
    two_words || one_sentence || label
}

fn english_in(source: &[(String, String)]) -> Vec<String> {
    let mut english = Vec::new();
    for (file, code) in source {
        let name = Path::new(file).file_name().and_then(|n| n.to_str()).unwrap_or("");
        if DATA_FILES.contains(&name) || NOT_YET_CONVERTED.contains(&file.as_str()) {
            continue;
        }
        for l in literals(file, code) {
            if MACHINE_VALUES.contains(&(l.file.as_str(), l.text.as_str())) {
                continue;
            }
            if reads_as_english(&l.text) {
                english.push(format!("cli/src/{}:{}: {:?}", l.file, l.line, l.text));
            }
        }
    }
    english
}

#[test]
fn nothing_the_command_line_prints_is_english_written_in_its_code() {
    let english = english_in(&cli_source());
    assert!(
        english.is_empty(),
        "English in the CLI's code where the copy's words belong (move it to a cli-* message \
         in core/content/ui/en-GB.ftl and render it with crate::words):\n{}",
        english.join("\n")
    );
}

#[test]
fn the_files_still_to_convert_all_still_exist_and_still_hold_english() {
    // So the allow-list only shrinks: a converted (or removed) file must leave it.
    let source = cli_source();
    for file in NOT_YET_CONVERTED {
        let code = source
            .iter()
            .find(|(name, _)| name == file)
            .map(|(_, code)| code.as_str())
            .unwrap_or_else(|| panic!("{file} is in NOT_YET_CONVERTED but no longer exists"));
        assert!(
            literals(file, code).iter().any(|l| reads_as_english(&l.text)),
            "{file} holds no English now: take it off NOT_YET_CONVERTED"
        );
    }
}

/// Doc comments clap shows as help: those on the fields and variants of a clap-derived
/// item (`#[derive(Parser | Subcommand | Args | ValueEnum)]`), except on a `flatten` or
/// `subcommand` field, whose doc clap does not show. Each gives its file and line.
fn help_in_doc_comments(file: &str, code: &str) -> Vec<String> {
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let derive = lines[i].trim_start();
        let clap_item = derive.starts_with("#[derive(")
            && ["Parser", "Subcommand", "Args", "ValueEnum"]
                .iter()
                .any(|k| derive.split(|c: char| !c.is_alphanumeric()).any(|w| w == *k));
        i += 1;
        if !clap_item {
            continue;
        }
        // The item's body: from its first `{` to the matching `}`.
        while i < lines.len() && !lines[i].contains('{') && !lines[i].trim_end().ends_with(';') {
            i += 1;
        }
        if i >= lines.len() || lines[i].trim_end().ends_with("{}") || lines[i].trim_end().ends_with(';') {
            continue;
        }
        let mut depth = 0i32;
        while let Some(line) = lines.get(i) {
            let text = line.trim_start();
            if text.starts_with("///") && depth > 0 {
                let start = i;
                // Skip the rest of the doc block and its attributes to see what it documents.
                let mut j = i;
                let mut attributes = String::new();
                while let Some(next) = lines.get(j) {
                    let t = next.trim_start();
                    if t.starts_with("///") || t.starts_with("//") || t.starts_with("#[") {
                        if t.starts_with("#[") {
                            attributes.push_str(t);
                        }
                        j += 1;
                    } else {
                        break;
                    }
                }
                if !attributes.contains("flatten") && !attributes.contains("subcommand)") {
                    found.push(format!("cli/src/{file}:{}: {}", start + 1, text));
                }
                i = j;
                continue;
            }
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
            i += 1;
            if depth <= 0 {
                break;
            }
        }
    }
    found
}

#[test]
fn no_help_text_is_english_written_in_doc_comments() {
    let found: Vec<String> = cli_source()
        .iter()
        .flat_map(|(file, code)| help_in_doc_comments(file, code))
        .collect();
    assert!(
        found.is_empty(),
        "help text in doc comments, which clap shows: give it from the copy instead \
         (#[arg(help = crate::words::ui(\"cli-help-...\"))], #[command(about = ...)], \
         #[value(help = ...)]):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_help_check_finds_a_doc_comment_on_an_option_but_not_on_a_flattened_group() {
    let code = "#[derive(Debug, clap::Args)]\npub struct Args {\n    /// The new time.\n    #[arg(long)]\n    pub to: String,\n    /// Shared options.\n    #[command(flatten)]\n    pub more: More,\n}\n";
    assert_eq!(
        help_in_doc_comments("x.rs", code),
        vec!["cli/src/x.rs:3: /// The new time.".to_string()]
    );
}

fn fluent_ids() -> HashSet<String> {
    alongside_core::content::UI_EN_GB
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_string)
        .collect()
}

/// Message ids the CLI names: the first argument of the `words` helpers, and any literal
/// shaped like one of the command line's or the care team's ids (`cli-…`, `team-…`),
/// wherever it is passed.
fn ids_used(source: &[(String, String)]) -> Vec<(String, String)> {
    let calls = ["ui(", "text(", "count(", "prompt(", "heading(", "directory_contents("];
    let id_shaped = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && t.contains('-')
    };
    let mut out = Vec::new();
    for (file, code) in source {
        for l in literals(file, code) {
            if (l.text.starts_with("cli-") || l.text.starts_with("team-")) && id_shaped(&l.text) {
                out.push((format!("cli/src/{}:{}", l.file, l.line), l.text.clone()));
            }
        }
        for call in calls {
            for (i, _) in code.match_indices(call) {
                if ident_before(&code.chars().collect::<Vec<_>>(), code[..i].chars().count()) {
                    continue;
                }
                let rest = code[i + call.len()..].trim_start();
                let Some(id) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                    continue;
                };
                if id_shaped(id) {
                    let line = code[..i].matches('\n').count() + 1;
                    out.push((format!("cli/src/{file}:{line}"), id.to_string()));
                }
            }
        }
    }
    out
}

#[test]
fn every_message_the_command_line_names_is_in_the_copy() {
    let ids = fluent_ids();
    let used = ids_used(&cli_source());
    assert!(used.len() > 100, "the scan found too few ids: {}", used.len());
    let mut missing: Vec<String> = used
        .iter()
        .filter(|(_, id)| !ids.contains(id))
        .map(|(at, id)| format!("{at}: {id}"))
        .collect();
    missing.dedup();
    assert!(missing.is_empty(), "not in en-GB.ftl:\n{}", missing.join("\n"));
}

#[test]
fn the_check_finds_sentences_and_labels_but_not_commands_placeholders_or_codes() {
    for english in [
        "Logged.",
        "Saved your changes.",
        "Moved to the new time.",
        "  Dose      {}",
        "Pharmacy: {p}",
        "Global options",
        "is not a column this tool reads",
        "{} is not a number",
        "Saved as your plan. See it again with: alongside guidance plan",
        "You can mark these: alongside appointment status ID attended (or missed)",
    ] {
        assert!(reads_as_english(english), "{english:?} should count as English");
    }
    for not_english in [
        "cli-added",
        "{}: alongside dose answer {} {}{}",
        "alongside diary --month --date {}",
        "YYYY-MM-DD HH:MM",
        "{place}: {}",
        "  {:<9} {}",
        "resourceType",
        "Patient",
        "self_referral",
        "error: ",
        "%a %-d %b, %H:%M",
        "{amounts} · {}",
    ] {
        assert!(
            !reads_as_english(not_english),
            "{not_english:?} should not count as English"
        );
    }
}

#[test]
fn literals_are_read_with_their_lines_and_comments_are_not_read() {
    let code =
        "// \"Not this.\"\nlet a = '\"';\nlet b = \"Saved.\";\n/* \"nor this\" */ let c = r#\"Raw \"words\" here\"#;\n";
    let found: Vec<(usize, String)> = literals("x.rs", code).into_iter().map(|l| (l.line, l.text)).collect();
    assert_eq!(
        found,
        vec![(3, "Saved.".to_string()), (4, "Raw \"words\" here".to_string())]
    );
}
