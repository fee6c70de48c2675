//! What free text may hold: every title, place, name, note, message and directory line a
//! person typed or a stranger sent. One definition, used by the core where text comes in
//! and where screens and exports are built, by the directory rules (shared by the
//! publisher's build and the phone's import), by invite codes and by the care-team tools.
//!
//! Free text is shown on screens, printed in terminals and written into calendar files, so
//! it must not be able to draw anything but itself: no line breaks where one line is shown
//! (a title that prints as `END:VEVENT` on a line of its own), no control characters
//! (terminal escapes), and no bidirectional embeddings, overrides or isolates (text that
//! displays in a different order from the one it is stored in).
//!
//! What stays: every letter in every script, emoji (the zero-width joiner builds many of
//! them; tag characters make regional flags), the zero-width non-joiner (Persian, Indic
//! scripts), the zero-width space (word breaks in Thai and Khmer), and the left-to-right,
//! right-to-left and Arabic letter marks, which steady mixed-direction text without being
//! able to reorder anything around them.
//!
//! Two ways to apply it: [`one_line`] and [`lines`] neutralise (what she types or pastes,
//! and text already stored), [`check`] finds the first character that would be changed, for
//! formats that refuse instead (a directory a publisher can fix, an invite code).

use std::borrow::Cow;

/// Where a piece of free text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// On one line: titles, places, names, roles, addresses.
    OneLine,
    /// Over several lines: notes, messages, descriptions. Line breaks are kept, as `\n`.
    Lines,
}

/// Characters that end a line: CR and LF, vertical tab, form feed, next line, and the
/// Unicode line and paragraph separators.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters free text never holds, in any layout (line breaks and tabs aside, which are
/// turned into spaces or `\n`).
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        // Bidirectional embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates
        // (LRI, RLI, FSI, PDI): they reorder how the text around them is displayed.
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        // Deprecated format characters (symmetric swapping, digit shapes): no text needs them.
        || ('\u{206A}'..='\u{206F}').contains(&c)
        // Interlinear annotation marks: they hide the text between them on many screens.
        || ('\u{FFF9}'..='\u{FFFB}').contains(&c)
        // A byte order mark pasted from a file: invisible, and meaningless inside text.
        || c == '\u{FEFF}'
}

/// Whether `c` is something `layout` would change.
fn needs_change(c: char, layout: Layout) -> bool {
    match layout {
        Layout::OneLine => is_line_break(c) || is_forbidden(c),
        Layout::Lines => c != '\n' && (is_line_break(c) || is_forbidden(c)),
    }
}

/// The first character of `text` that `layout` does not allow, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disallowed {
    /// 1-based position among the text's characters, to point a person at it.
    pub position: usize,
    pub character: char,
}

impl Disallowed {
    /// The character as a code point, "U+202E": most of these cannot be seen.
    pub fn code_point(&self) -> String {
        format!("U+{:04X}", u32::from(self.character))
    }
}

/// Finds the first character `layout` does not allow, for formats that refuse rather than
/// tidy (directory spreadsheets and bundles, invite codes).
pub fn check(text: &str, layout: Layout) -> Result<(), Disallowed> {
    match text.chars().enumerate().find(|(_, c)| needs_change(*c, layout)) {
        Some((i, character)) => Err(Disallowed {
            position: i + 1,
            character,
        }),
        None => Ok(()),
    }
}

/// `text` made safe to show on one line: each run of line breaks becomes one space, a tab
/// becomes a space, and forbidden characters are removed. Nothing is trimmed. Text that is
/// already safe comes back borrowed, so checking stored text costs no copy.
pub fn one_line(text: &str) -> Cow<'_, str> {
    tidy(text, Layout::OneLine)
}

/// `text` made safe to show over several lines: CRLF, CR and the other line breaks become
/// `\n`, a tab becomes a space, and forbidden characters are removed. Nothing is trimmed.
pub fn lines(text: &str) -> Cow<'_, str> {
    tidy(text, Layout::Lines)
}

/// [`one_line`] for text already owned: no copy when nothing changes.
pub fn one_line_owned(text: String) -> String {
    owned(text, Layout::OneLine)
}

/// [`lines`] for text already owned: no copy when nothing changes.
pub fn lines_owned(text: String) -> String {
    owned(text, Layout::Lines)
}

fn owned(text: String, layout: Layout) -> String {
    match tidy(&text, layout) {
        Cow::Borrowed(_) => text,
        Cow::Owned(tidied) => tidied,
    }
}

fn tidy(text: &str, layout: Layout) -> Cow<'_, str> {
    // Printable ASCII is by far the most common case and needs no look at each character.
    if text.bytes().all(|b| (0x20..0x7F).contains(&b)) || check(text, layout).is_ok() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            match layout {
                Layout::OneLine => {
                    while chars.peek().is_some_and(|n| is_line_break(*n)) {
                        chars.next();
                    }
                    out.push(' ');
                }
                Layout::Lines => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                }
            }
        } else if c == '\t' {
            out.push(' ');
        } else if !is_forbidden(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_line_breaks_and_an_override_stays_on_one_line() {
        let title = "Midwife\r\nEND:VEVENT\r\nSUMMARY:Injected\u{202E}txt.exe";
        assert_eq!(one_line(title), "Midwife END:VEVENT SUMMARY:Injectedtxt.exe");
    }

    #[test]
    fn a_pasted_title_with_a_trailing_newline_keeps_its_words() {
        assert_eq!(one_line("Midwife\n").trim(), "Midwife");
        assert_eq!(one_line("Peer\tgroup"), "Peer group");
    }

    #[test]
    fn notes_keep_their_line_breaks_as_plain_newlines() {
        assert_eq!(
            lines("Bring the red book\r\nAsk about\rfeeding\u{2028}and sleep"),
            "Bring the red book\nAsk about\nfeeding\nand sleep"
        );
        assert_eq!(lines("a\u{1B}[2Jb\u{7}"), "a[2Jb");
        assert_eq!(lines("one\u{2066}two\u{2069}\u{85}three"), "onetwo\nthree");
    }

    #[test]
    fn c1_controls_and_invisible_format_marks_are_removed() {
        assert_eq!(one_line("\u{FEFF}Family\u{9B}hub\u{FFF9}"), "Familyhub");
        assert_eq!(one_line("a\u{206A}b"), "ab");
    }

    #[test]
    fn other_scripts_emoji_and_direction_marks_are_kept_as_they_are() {
        for text in [
            "Clinique de l’Enfance — Łódź",
            "مركز الأسرة\u{200F} 12",
            "שלום\u{200E} ABC",
            "می\u{200C}خواهم",
            "ภาษา\u{200B}ไทย",
            "👩\u{200D}👧 family",
            "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
            "नमस्ते",
            "co\u{AD}operative",
        ] {
            assert!(matches!(one_line(text), Cow::Borrowed(_)), "{text} was changed");
            assert_eq!(check(text, Layout::OneLine), Ok(()));
        }
    }

    #[test]
    fn a_check_points_at_the_first_character_it_would_change() {
        let found = check("Family \u{202E}hub", Layout::OneLine).unwrap_err();
        assert_eq!((found.position, found.code_point()), (8, "U+202E".to_string()));
        assert_eq!(check("two\nlines", Layout::Lines), Ok(()));
        let found = check("two\r\nlines", Layout::Lines).unwrap_err();
        assert_eq!((found.position, found.character), (4, '\r'));
        assert_eq!(check("two\nlines", Layout::OneLine).unwrap_err().position, 4);
    }

    #[test]
    fn owned_text_that_is_already_safe_is_not_copied() {
        let text = String::from("Café ☕ at ten");
        let at = text.as_ptr();
        let kept = one_line_owned(text);
        assert_eq!(kept.as_ptr(), at);
        assert_eq!(lines_owned("x\r\ny".to_string()), "x\ny");
    }
}
