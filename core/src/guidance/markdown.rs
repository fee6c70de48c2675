//! The article body: a strict subset of Markdown read with pulldown-cmark. Sections are
//! `## ` headings, each followed by a line saying which sources back it (or that it is
//! not clinical); inside a section only paragraphs and `- ` bullets, with `**bold**`.
//! Anything else (links, images, tables, deeper headings, code) is refused, so both phones
//! can render every article the same way with no Markdown engine of their own.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::contacts::line_of;
use super::error::{ContentError, ContentResult};

/// A run of text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub strong: bool,
}

/// A block before contacts are filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawBlock {
    Paragraph(Vec<Run>),
    Bullets(Vec<Vec<Run>>),
}

/// A section before sources and contacts are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSection {
    pub heading: String,
    /// `None` for a section marked `<!-- not-clinical -->`.
    pub sources: Option<Vec<String>>,
    pub blocks: Vec<RawBlock>,
    pub line: usize,
}

struct State<'a> {
    file: &'a str,
    body: &'a str,
    /// Lines before the body (the front matter), so errors name the file's real line.
    line_offset: usize,
    sections: Vec<RawSection>,
    heading: Option<String>,
    /// The heading just closed, waiting for its sources line.
    awaiting_marker: bool,
    html: Option<String>,
    paragraph: Option<Vec<Run>>,
    list: Option<Vec<Vec<Run>>>,
    item: Option<Vec<Run>>,
    strong: usize,
}

impl State<'_> {
    fn err(&self, offset: usize, problem: impl Into<String>) -> ContentError {
        ContentError::at(self.file, line_of(self.body, offset) + self.line_offset, problem)
    }

    fn section(&mut self, offset: usize) -> ContentResult<&mut RawSection> {
        if self.awaiting_marker {
            return Err(self.err(
                offset,
                "a section heading must be followed by <!-- sources: ... --> or <!-- not-clinical -->",
            ));
        }
        let e = self.err(offset, "text must come under a '## ' section heading");
        self.sections.last_mut().ok_or(e)
    }

    fn push_text(&mut self, offset: usize, text: &str) -> ContentResult<()> {
        let strong = self.strong > 0;
        if let Some(h) = self.heading.as_mut() {
            h.push_str(text);
            return Ok(());
        }
        if let Some(h) = self.html.as_mut() {
            h.push_str(text);
            return Ok(());
        }
        let runs = match (self.item.as_mut(), self.paragraph.as_mut()) {
            (Some(item), _) => item,
            (None, Some(p)) => p,
            (None, None) => return Err(self.err(offset, "text outside a paragraph or bullet")),
        };
        match runs.last_mut() {
            Some(last) if last.strong == strong => last.text.push_str(text),
            _ => runs.push(Run {
                text: text.to_string(),
                strong,
            }),
        }
        Ok(())
    }
}

/// Splits an article body into sections. `line_offset` is the number of lines before it.
pub fn parse(file: &str, body: &str, line_offset: usize) -> ContentResult<Vec<RawSection>> {
    let mut s = State {
        file,
        body,
        line_offset,
        sections: Vec::new(),
        heading: None,
        awaiting_marker: false,
        html: None,
        paragraph: None,
        list: None,
        item: None,
        strong: 0,
    };
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        let at = range.start;
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if level != HeadingLevel::H2 {
                    return Err(s.err(at, "only '## ' headings are allowed"));
                }
                if s.awaiting_marker {
                    return Err(s.err(at, "the heading before this one has no sources line"));
                }
                s.heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                let heading = s.heading.take().unwrap_or_default().trim().to_string();
                if heading.is_empty() {
                    return Err(s.err(at, "a heading is empty"));
                }
                s.sections.push(RawSection {
                    heading,
                    sources: None,
                    blocks: Vec::new(),
                    line: line_of(body, at) + line_offset,
                });
                s.awaiting_marker = true;
            }
            Event::Start(Tag::HtmlBlock) => {
                if !s.awaiting_marker {
                    return Err(s.err(at, "HTML and comments are only allowed right under a heading"));
                }
                s.html = Some(String::new());
            }
            Event::Html(text) => s.push_text(at, &text)?,
            Event::End(TagEnd::HtmlBlock) => {
                let html = s.html.take().unwrap_or_default();
                let sources = marker(&html).ok_or_else(|| {
                    s.err(
                        at,
                        "expected <!-- sources: id, id --> or <!-- not-clinical --> under the heading",
                    )
                })?;
                s.awaiting_marker = false;
                if let Some(sec) = s.sections.last_mut() {
                    sec.sources = sources;
                }
            }
            Event::Start(Tag::Paragraph) => {
                s.section(at)?;
                if s.item.is_none() {
                    s.paragraph = Some(Vec::new());
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some(runs) = s.paragraph.take() {
                    if runs.first().is_some_and(|r| r.text.trim_start().starts_with('|')) {
                        return Err(s.err(at, "tables are not allowed"));
                    }
                    let runs = tidy(runs);
                    if !runs.is_empty() {
                        s.section(at)?.blocks.push(RawBlock::Paragraph(runs));
                    }
                } else if let Some(item) = s.item.as_mut() {
                    // A loose list: paragraphs inside one bullet read as one line.
                    item.push(Run {
                        text: " ".to_string(),
                        strong: false,
                    });
                }
            }
            Event::Start(Tag::List(first)) => {
                if first.is_some() {
                    return Err(s.err(at, "only '- ' bullet lists are allowed, not numbered lists"));
                }
                if s.list.is_some() {
                    return Err(s.err(at, "bullets inside bullets are not allowed"));
                }
                s.section(at)?;
                s.list = Some(Vec::new());
            }
            Event::End(TagEnd::List(_)) => {
                let items = s.list.take().unwrap_or_default();
                s.section(at)?.blocks.push(RawBlock::Bullets(items));
            }
            Event::Start(Tag::Item) => s.item = Some(Vec::new()),
            Event::End(TagEnd::Item) => {
                let runs = tidy(s.item.take().unwrap_or_default());
                if runs.is_empty() {
                    return Err(s.err(at, "a bullet is empty"));
                }
                if let Some(list) = s.list.as_mut() {
                    list.push(runs);
                }
            }
            Event::Start(Tag::Strong) => s.strong += 1,
            Event::End(TagEnd::Strong) => s.strong = s.strong.saturating_sub(1),
            Event::Text(text) => s.push_text(at, &text)?,
            Event::SoftBreak | Event::HardBreak => s.push_text(at, " ")?,
            Event::Start(Tag::Emphasis) => return Err(s.err(at, "only **bold** is allowed, not italics")),
            Event::Start(Tag::Link { .. }) => return Err(s.err(at, "links are not allowed")),
            Event::Start(Tag::Image { .. }) => return Err(s.err(at, "images are not allowed")),
            Event::Start(Tag::Table(_)) => return Err(s.err(at, "tables are not allowed")),
            Event::InlineHtml(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                return Err(s.err(at, "HTML is not allowed inside text"))
            }
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => return Err(s.err(at, "code is not allowed")),
            Event::Start(Tag::BlockQuote(_)) => return Err(s.err(at, "quotes are not allowed")),
            Event::Rule => return Err(s.err(at, "lines across the page are not allowed")),
            Event::Start(_) => return Err(s.err(at, "this kind of Markdown is not allowed")),
            _ => {}
        }
    }
    if s.awaiting_marker {
        return Err(ContentError::new(
            file,
            "the last heading has no <!-- sources: ... --> or <!-- not-clinical --> line",
        ));
    }
    if s.sections.is_empty() {
        return Err(ContentError::new(file, "the article has no '## ' sections"));
    }
    for sec in &s.sections {
        if sec.blocks.is_empty() {
            return Err(ContentError::at(
                file,
                sec.line,
                format!("section '{}' is empty", sec.heading),
            ));
        }
    }
    Ok(s.sections)
}

/// Reads a sources line: `Some(Some(ids))` for sources, `Some(None)` for not clinical.
fn marker(html: &str) -> Option<Option<Vec<String>>> {
    let inner = html.trim().strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    if inner == "not-clinical" {
        return Some(None);
    }
    let ids: Vec<String> = inner
        .strip_prefix("sources:")?
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    // A clinical section with no source is exactly what the sources line is there to stop.
    (!ids.is_empty()).then_some(Some(ids))
}

/// Collapses whitespace so a line break in the file reads as one space, and drops empty runs.
fn tidy(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for r in runs {
        let mut text = String::with_capacity(r.text.len());
        let mut space = false;
        for c in r.text.chars() {
            if c.is_whitespace() {
                space = true;
            } else {
                if space && !(text.is_empty() && out.is_empty()) {
                    text.push(' ');
                }
                space = false;
                text.push(c);
            }
        }
        if space && !text.is_empty() {
            text.push(' ');
        }
        match out.last_mut() {
            Some(last) if last.strong == r.strong => last.text.push_str(&text),
            _ if text.is_empty() => {}
            _ => out.push(Run { text, strong: r.strong }),
        }
    }
    if let Some(last) = out.last_mut() {
        last.text.truncate(last.text.trim_end().len());
    }
    out.retain(|r| !r.text.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(runs: &[Run]) -> String {
        runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn sections_paragraphs_bullets_and_bold_are_read() {
        let body = "## What is normal\n<!-- sources: abm-21-2023, who-2014-pregnancy -->\n\nShort \
                    sentences.\nOne idea each.\n\n- A **bold** bullet.\n- Another.\n\n## Talk\n<!-- not-clinical -->\n\nText.\n";
        let s = parse("a.md", body, 0).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(
            s[0].sources,
            Some(vec!["abm-21-2023".to_string(), "who-2014-pregnancy".to_string()])
        );
        assert_eq!(s[1].sources, None);
        let RawBlock::Paragraph(p) = &s[0].blocks[0] else {
            panic!("paragraph")
        };
        assert_eq!(plain(p), "Short sentences. One idea each.");
        let RawBlock::Bullets(items) = &s[0].blocks[1] else {
            panic!("bullets")
        };
        assert_eq!(items.len(), 2);
        assert_eq!(plain(&items[0]), "A bold bullet.");
        assert_eq!(
            items[0][1],
            Run {
                text: "bold".into(),
                strong: true
            }
        );
    }

    #[test]
    fn a_heading_without_a_sources_line_is_refused_with_its_line() {
        let e = parse("a.md", "## Heading\n\nText.\n", 5).unwrap_err();
        assert_eq!(e.line, Some(8), "{e}");
        assert!(parse("a.md", "## Heading\n<!-- sources: -->\n\nText.\n", 0).is_err());
        assert!(parse("a.md", "## Heading\n", 0).is_err());
    }

    #[test]
    fn links_images_tables_deeper_headings_and_numbered_lists_are_refused() {
        let head = "## H\n<!-- not-clinical -->\n\n";
        for bad in [
            "A [link](https://example.org).",
            "![image](a.png)",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "### Deeper",
            "1. one\n2. two",
            "Some *italic* words.",
            "Some `code`.",
            "> quoted",
            "- outer\n  - inner",
            "Inline <b>html</b>.",
        ] {
            assert!(parse("a.md", &format!("{head}{bad}\n"), 0).is_err(), "{bad}");
        }
        assert!(parse(
            "a.md",
            "Intro before any heading.\n\n## H\n<!-- not-clinical -->\n\nText.\n",
            0
        )
        .is_err());
    }
}
