//! One guidance article: TOML front matter between `+++` lines, then the Markdown body,
//! turned into the records both phones render. Sources and contacts are resolved here, so
//! an article that names an unknown source or contact never loads.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::contacts::{self, SupportContact};
use super::error::{ContentError, ContentResult};
use super::markdown::{self, RawBlock, Run};
use crate::content::{long_date, text, SourceRef};

/// A piece of text, with bold runs marked. `text` is the whole thing without markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct RichText {
    pub text: String,
    pub runs: Vec<TextRun>,
}

/// Part of a [`RichText`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct TextRun {
    pub text: String,
    pub strong: bool,
}

/// A paragraph or a bulleted list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Enum)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum GuidanceBlock {
    Paragraph { text: RichText },
    Bullets { items: Vec<RichText> },
}

/// One `## ` section of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct GuidanceSection {
    pub heading: String,
    /// True when the section makes clinical statements; then `sources` is never empty.
    pub clinical: bool,
    pub blocks: Vec<GuidanceBlock>,
    pub sources: Vec<SourceRef>,
}

/// A whole article, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Goes up with every change of wording.
    pub version: u32,
    /// "YYYY-MM-DD".
    pub last_reviewed: String,
    pub review_by: String,
    /// "Checked Saturday 21 November 2026. Next check by Sunday 21 November 2027."
    pub checked_label: String,
    /// What to do now if something is wrong (contacts filled in). Every article with a
    /// clinical section has one.
    pub safety_net: Option<String>,
    pub sections: Vec<GuidanceSection>,
    /// The contacts the article mentions, in first-mention order, for call buttons.
    pub contacts: Vec<SupportContact>,
}

/// An article as listed: enough to choose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub version: u32,
    pub last_reviewed: String,
    pub review_by: String,
    pub checked_label: String,
}

impl Article {
    /// The list entry for this article.
    pub fn summary(&self) -> ArticleSummary {
        ArticleSummary {
            id: self.id.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            version: self.version,
            last_reviewed: self.last_reviewed.clone(),
            review_by: self.review_by.clone(),
            checked_label: self.checked_label.clone(),
        }
    }

    /// The section with exactly this heading.
    pub fn section(&self, heading: &str) -> Option<&GuidanceSection> {
        self.sections.iter().find(|s| s.heading == heading)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    title: String,
    summary: String,
    version: u32,
    last_reviewed: String,
    review_by: String,
    safety_net: Option<String>,
    /// Sources for the article as a whole; optional, checked like section sources.
    #[serde(default)]
    sources: Vec<String>,
}

/// The longest an article may go between reviews.
const MAX_REVIEW_MONTHS: i32 = 12;

/// Parses one article file. `name` is its path under the content folder, and the `id`
/// must match the file name.
pub fn parse(
    name: &str,
    source: &str,
    sources: &[SourceRef],
    all_contacts: &[SupportContact],
) -> ContentResult<Article> {
    let (front, body, body_line) = split(name, source)?;
    let fm: FrontMatter = toml::from_str(front).map_err(|e| {
        let mut err = contacts::toml_error(name, front, &e);
        // The front matter starts on line 2 of the file.
        err.line = err.line.map(|l| l + 1);
        err
    })?;
    let stem = name.rsplit('/').next().unwrap_or(name).trim_end_matches(".md");
    if fm.id != stem {
        return Err(ContentError::new(
            name,
            format!("id '{}' differs from the file name", fm.id),
        ));
    }
    if !super::rules::is_kebab(&fm.id) {
        return Err(ContentError::new(name, "the id must be kebab-case"));
    }
    if fm.version == 0 {
        return Err(ContentError::new(name, "version starts at 1"));
    }
    let (reviewed, review_by) = review_dates(name, &fm.last_reviewed, &fm.review_by)?;
    for field in [&fm.title, &fm.summary] {
        if field.trim().is_empty() {
            return Err(ContentError::new(name, "title and summary must not be empty"));
        }
    }
    let mut used = Vec::new();
    let mut sections = Vec::new();
    for raw in markdown::parse(name, body, body_line)? {
        let refs = match &raw.sources {
            Some(ids) => resolve_sources(name, ids, sources)?,
            None => Vec::new(),
        };
        let mut blocks = Vec::new();
        for b in raw.blocks {
            blocks.push(match b {
                RawBlock::Paragraph(runs) => GuidanceBlock::Paragraph {
                    text: rich(name, runs, all_contacts, &mut used)?,
                },
                RawBlock::Bullets(items) => GuidanceBlock::Bullets {
                    items: items
                        .into_iter()
                        .map(|runs| rich(name, runs, all_contacts, &mut used))
                        .collect::<ContentResult<_>>()?,
                },
            });
        }
        let heading = contacts::substitute(name, &raw.heading, all_contacts, &mut used)?;
        if sections.iter().any(|s: &GuidanceSection| s.heading == heading) {
            return Err(ContentError::at(
                name,
                raw.line,
                format!("the heading '{heading}' is used twice"),
            ));
        }
        sections.push(GuidanceSection {
            heading,
            clinical: raw.sources.is_some(),
            blocks,
            sources: refs,
        });
    }
    resolve_sources(name, &fm.sources, sources)?;
    let safety_net = match &fm.safety_net {
        Some(s) if !s.trim().is_empty() => Some(contacts::substitute(name, s, all_contacts, &mut used)?),
        _ => None,
    };
    if safety_net.is_none() && sections.iter().any(|s| s.clinical) {
        return Err(ContentError::new(
            name,
            "an article with clinical sections needs a safety_net",
        ));
    }
    let title = contacts::substitute(name, &fm.title, all_contacts, &mut used)?;
    let summary = contacts::substitute(name, &fm.summary, all_contacts, &mut used)?;
    let contacts = used
        .iter()
        .filter_map(|id| all_contacts.iter().find(|c| &c.id == id).cloned())
        .collect();
    Ok(Article {
        id: fm.id,
        title,
        summary,
        version: fm.version,
        checked_label: checked_label(reviewed, review_by),
        last_reviewed: reviewed.to_string(),
        review_by: review_by.to_string(),
        safety_net,
        sections,
        contacts,
    })
}

/// "Checked … Next check by …", in words.
pub fn checked_label(reviewed: Date, review_by: Date) -> String {
    text(
        "alert-checked",
        &[
            ("reviewed", long_date(reviewed).into()),
            ("review_by", long_date(review_by).into()),
        ],
    )
}

/// Parses and checks a pair of review dates: review-by is after the review, and at most a
/// year on, so no clinical statement goes unchecked for longer.
pub fn review_dates(file: &str, reviewed: &str, review_by: &str) -> ContentResult<(Date, Date)> {
    let parse = |field: &str, v: &str| {
        v.trim()
            .parse::<Date>()
            .map_err(|_| ContentError::new(file, format!("{field} must be a date (YYYY-MM-DD)")))
    };
    let reviewed = parse("last_reviewed", reviewed)?;
    let review_by = parse("review_by", review_by)?;
    let limit = reviewed
        .checked_add(jiff::Span::new().months(MAX_REVIEW_MONTHS))
        .map_err(|_| ContentError::new(file, "last_reviewed is out of range"))?;
    if review_by <= reviewed || review_by > limit {
        return Err(ContentError::new(
            file,
            "review_by must be after last_reviewed and at most a year on",
        ));
    }
    Ok((reviewed, review_by))
}

/// Looks up source ids; an unknown id is an error.
pub fn resolve_sources(file: &str, ids: &[String], sources: &[SourceRef]) -> ContentResult<Vec<SourceRef>> {
    ids.iter()
        .map(|id| {
            sources
                .iter()
                .find(|s| &s.id == id)
                .cloned()
                .ok_or_else(|| ContentError::new(file, format!("no source has the id '{id}'")))
        })
        .collect()
}

fn rich(file: &str, runs: Vec<Run>, contacts: &[SupportContact], used: &mut Vec<String>) -> ContentResult<RichText> {
    let runs = runs
        .into_iter()
        .map(|r| {
            Ok(TextRun {
                text: contacts::substitute(file, &r.text, contacts, used)?,
                strong: r.strong,
            })
        })
        .collect::<ContentResult<Vec<_>>>()?;
    Ok(RichText {
        text: runs.iter().map(|r| r.text.as_str()).collect(),
        runs,
    })
}

/// Splits `+++` front matter from the body; returns the body's line offset too.
fn split<'a>(file: &str, source: &'a str) -> ContentResult<(&'a str, &'a str, usize)> {
    let missing = || ContentError::at(file, 1, "the file must start with front matter between '+++' lines");
    let rest = source
        .strip_prefix("+++\n")
        .or_else(|| source.strip_prefix("+++\r\n"))
        .ok_or_else(missing)?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = front.lines().count() + 2;
            return Ok((front, body, body_line));
        }
        offset += line.len();
    }
    Err(missing())
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const CONTACTS: &str = "[[contact]]\nid = \"emergency\"\nname = \"Emergency services\"\nnumber = \"999\"\n\
        dial = \"999\"\nhours = \"Free, day or night\"\nabout = \"Danger.\"\nchecked = \"2026-11-21\"\nregion = \"UK\"\n";

    fn sources() -> Vec<SourceRef> {
        vec![SourceRef {
            id: "abm-21-2023".into(),
            organisation: "Academy of Breastfeeding Medicine".into(),
            title: "Protocol 21".into(),
            year: Some(2023),
            section: None,
            url: None,
            citation: "ABM".into(),
        }]
    }

    fn article(front_extra: &str, body: &str) -> ContentResult<Article> {
        let contacts = contacts::parse("contacts.toml", CONTACTS).unwrap();
        let src = format!(
            "+++\nid = \"nows\"\ntitle = \"Withdrawal in babies\"\nsummary = \"What is normal.\"\nversion = 2\n\
             last_reviewed = \"2026-11-21\"\nreview_by = \"2027-11-21\"\n{front_extra}+++\n\n{body}"
        );
        parse("articles/nows.md", &src, &sources(), &contacts)
    }

    #[test]
    fn an_article_becomes_sections_with_sources_and_contacts_filled_in() {
        let a = article(
            "safety_net = \"If your baby is floppy, call {contact:emergency} now.\"\n",
            "## What is normal\n<!-- sources: abm-21-2023 -->\n\nMost babies are fine.\n\n## Talk\n<!-- not-clinical -->\n\n- Ask **anyone**.\n",
        )
        .unwrap();
        assert_eq!(a.id, "nows");
        assert_eq!(a.version, 2);
        assert_eq!(
            a.safety_net.as_deref(),
            Some("If your baby is floppy, call Emergency services on 999 now.")
        );
        assert_eq!(a.contacts.len(), 1);
        assert!(a.sections[0].clinical);
        assert_eq!(a.sections[0].sources[0].id, "abm-21-2023");
        assert!(!a.sections[1].clinical);
        assert_eq!(
            a.checked_label,
            "Checked Saturday 21 November 2026. Next check by Sunday 21 November 2027."
        );
        let GuidanceBlock::Bullets { items } = &a.sections[1].blocks[0] else {
            panic!("bullets")
        };
        assert_eq!(items[0].text, "Ask anyone.");
        assert!(items[0].runs[1].strong);
    }

    #[test]
    fn an_unknown_source_a_missing_safety_net_or_a_wrong_id_is_a_typed_error() {
        let clinical = "## What is normal\n<!-- sources: abm-21-2023 -->\n\nText.\n";
        assert!(article("", clinical).unwrap_err().problem.contains("safety_net"));
        let unknown = clinical.replace("abm-21-2023", "made-up-source");
        let e = article("safety_net = \"Call.\"\n", &unknown).unwrap_err();
        assert!(e.problem.contains("made-up-source"), "{e}");
        let e = article("id = \"other\"\n", clinical).unwrap_err();
        assert_eq!(e.file, "articles/nows.md");
        assert!(e.line.is_some(), "a duplicate key names its line: {e}");
    }

    #[test]
    fn review_dates_must_be_in_order_and_at_most_a_year_apart() {
        assert!(review_dates("f", "2026-11-21", "2027-11-21").is_ok());
        assert!(review_dates("f", "2026-11-21", "2027-11-22").is_err());
        assert!(review_dates("f", "2026-11-21", "2026-11-21").is_err());
        assert!(review_dates("f", "21/11/2026", "2027-11-21").is_err());
    }

    #[test]
    fn a_file_without_front_matter_is_refused_not_a_panic() {
        let contacts = contacts::parse("contacts.toml", CONTACTS).unwrap();
        for bad in ["", "+++", "no front matter", "+++\nid = \"x\"\n", "+++\n+++\n"] {
            assert!(parse("articles/x.md", bad, &sources(), &contacts).is_err(), "{bad:?}");
        }
    }
}
