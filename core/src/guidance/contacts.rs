//! The single table of phone numbers (`content/contacts.toml`) and the `{contact:id}`
//! placeholders that are the only way a number reaches the words she reads. One table means
//! a number checked on the organisation's own page is the number every screen shows.

use serde::{Deserialize, Serialize};

use super::error::{ContentError, ContentResult};
use crate::content::text;

/// A crisis or support line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct SupportContact {
    /// Kebab-case id, as used in `{contact:id}`.
    pub id: String,
    pub name: String,
    /// The number as shown ("116 123").
    pub number: String,
    /// Digits only: what the phone dials ("116123").
    pub dial: String,
    /// When they answer and what it costs, in plain words.
    pub hours: String,
    /// What they can help with.
    pub about: String,
    pub url: Option<String>,
    /// The date ("YYYY-MM-DD") the number was checked on the organisation's own page.
    pub checked: String,
    /// Where the line serves ("UK", "England", "Scotland", ...).
    pub region: String,
    /// "Samaritans on 116 123": the words an article shows in place of `{contact:id}`.
    #[serde(default)]
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    contact: Vec<Raw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    name: String,
    number: String,
    dial: String,
    hours: String,
    about: String,
    url: Option<String>,
    checked: String,
    region: String,
}

/// Parses the contacts table, checking every entry.
pub fn parse(file: &str, source: &str) -> ContentResult<Vec<SupportContact>> {
    let parsed: File = toml::from_str(source).map_err(|e| toml_error(file, source, &e))?;
    let mut out: Vec<SupportContact> = Vec::new();
    for r in parsed.contact {
        let problem = |p: &str| ContentError::new(file, format!("contact '{}': {p}", r.id));
        if !super::rules::is_kebab(&r.id) {
            return Err(problem("the id must be kebab-case"));
        }
        if out.iter().any(|c| c.id == r.id) {
            return Err(problem("the id is used twice"));
        }
        if r.dial.is_empty() || !r.dial.chars().all(|c| c.is_ascii_digit()) {
            return Err(problem("dial must be digits only"));
        }
        let shown: String = r.number.chars().filter(char::is_ascii_digit).collect();
        if shown != r.dial {
            return Err(problem("the number shown and the number dialled differ"));
        }
        if r.checked.parse::<jiff::civil::Date>().is_err() {
            return Err(problem("checked must be a date (YYYY-MM-DD)"));
        }
        if [&r.name, &r.hours, &r.about, &r.region]
            .iter()
            .any(|s| s.trim().is_empty())
        {
            return Err(problem("name, hours, about and region must not be empty"));
        }
        let label = text(
            "guidance-contact-inline",
            &[("name", r.name.as_str().into()), ("number", r.number.as_str().into())],
        );
        out.push(SupportContact {
            id: r.id,
            name: r.name,
            number: r.number,
            dial: r.dial,
            hours: r.hours,
            about: r.about,
            url: r.url,
            checked: r.checked,
            region: r.region,
            label,
        });
    }
    if out.is_empty() {
        return Err(ContentError::new(file, "there are no contacts"));
    }
    Ok(out)
}

/// Replaces every `{contact:id}` in `text` with "Name on NUMBER", and records which
/// contacts were used in `used` (in first-use order). Any other `{...}` is refused: the
/// content format has no other placeholders, so a stray brace is a mistake.
pub fn substitute(
    file: &str,
    text: &str,
    contacts: &[SupportContact],
    used: &mut Vec<String>,
) -> ContentResult<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            return Err(ContentError::new(file, "a '{' is never closed"));
        };
        let inner = &after[..end];
        let Some(id) = inner.strip_prefix("contact:") else {
            return Err(ContentError::new(
                file,
                format!("'{{{inner}}}' is not a placeholder the app knows (only {{contact:id}})"),
            ));
        };
        let Some(c) = contacts.iter().find(|c| c.id == id.trim()) else {
            return Err(ContentError::new(
                file,
                format!("no contact has the id '{}'", id.trim()),
            ));
        };
        out.push_str(&c.label);
        if !used.contains(&c.id) {
            used.push(c.id.clone());
        }
        rest = &after[end + 1..];
    }
    if rest.contains('}') {
        return Err(ContentError::new(file, "a '}' has no matching '{'"));
    }
    out.push_str(rest);
    Ok(out)
}

/// A TOML error with its line, without echoing the file's text.
pub(crate) fn toml_error(file: &str, source: &str, e: &toml::de::Error) -> ContentError {
    let message = e.message().to_string();
    match e.span() {
        Some(span) => ContentError::at(file, line_of(source, span.start), message),
        None => ContentError::new(file, message),
    }
}

/// The 1-based line holding byte `offset`.
pub(crate) fn line_of(source: &str, offset: usize) -> usize {
    source
        .as_bytes()
        .iter()
        .take(offset.min(source.len()))
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[contact]]
id = "samaritans"
name = "Samaritans"
number = "116 123"
dial = "116123"
hours = "Free, day or night"
about = "Someone to talk to."
url = "https://www.samaritans.org/"
checked = "2026-11-21"
region = "UK"
"#;

    #[test]
    fn a_placeholder_becomes_the_name_and_number() {
        let contacts = parse("contacts.toml", ONE).unwrap();
        let mut used = vec![];
        let out = substitute("a.md", "You can call {contact:samaritans} now.", &contacts, &mut used).unwrap();
        assert_eq!(out, "You can call Samaritans on 116 123 now.");
        assert_eq!(used, vec!["samaritans"]);
    }

    #[test]
    fn an_unknown_contact_or_other_placeholder_is_refused() {
        let contacts = parse("contacts.toml", ONE).unwrap();
        let mut used = vec![];
        let e = substitute("a.md", "Call {contact:nobody}.", &contacts, &mut used).unwrap_err();
        assert!(e.problem.contains("nobody"), "{e}");
        assert!(substitute("a.md", "Hello {name}.", &contacts, &mut used).is_err());
        assert!(substitute("a.md", "Open { brace", &contacts, &mut used).is_err());
        assert!(substitute("a.md", "Close } brace", &contacts, &mut used).is_err());
    }

    #[test]
    fn a_number_that_differs_from_its_dial_digits_is_refused() {
        let bad = ONE.replace("dial = \"116123\"", "dial = \"116124\"");
        assert!(parse("contacts.toml", &bad).is_err());
        let typo = ONE.replace("region =", "regoin =");
        let e = parse("contacts.toml", &typo).unwrap_err();
        assert!(e.line.is_some(), "{e}");
    }
}
