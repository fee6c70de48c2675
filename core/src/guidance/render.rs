//! Plain-text versions of guidance, for the CLI and for the plan card she may print or
//! send. Headings and labels come from the Fluent file like every other word.

use super::article::{Article, GuidanceBlock, GuidanceSection};
use super::contacts::SupportContact;
use super::decision::BreastfeedingAdvice;
use crate::content::{text, SourceRef};

fn push(out: &mut String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

fn underline(out: &mut String, title: &str, ch: char) {
    push(out, title);
    push(out, &ch.to_string().repeat(title.chars().count()));
}

/// One section: heading, paragraphs, bullets, and its sources.
pub fn section(out: &mut String, s: &GuidanceSection) {
    out.push('\n');
    underline(out, &s.heading, '-');
    for (i, b) in s.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            GuidanceBlock::Paragraph { text } => push(out, &text.text),
            GuidanceBlock::Bullets { items } => {
                for i in items {
                    push(out, &format!("- {}", i.text));
                }
            }
        }
    }
    sources(out, &s.sources);
}

fn sources(out: &mut String, list: &[SourceRef]) {
    if !list.is_empty() {
        push(
            out,
            &format!(
                "{}: {}",
                text("alert-sources-heading", &[]),
                list.iter().map(|s| s.citation.as_str()).collect::<Vec<_>>().join("; ")
            ),
        );
    }
}

/// A whole article.
pub fn article(a: &Article) -> String {
    let mut out = String::new();
    underline(&mut out, &a.title, '=');
    push(&mut out, &a.summary);
    for s in &a.sections {
        section(&mut out, s);
    }
    if let Some(net) = &a.safety_net {
        out.push('\n');
        push(&mut out, &format!("{}: {net}", text("alert-safety-heading", &[])));
    }
    out.push('\n');
    push(&mut out, &a.checked_label);
    out
}

/// The contacts table.
pub fn contacts(list: &[SupportContact]) -> String {
    let mut out = String::new();
    underline(&mut out, &text("guidance-contacts-title", &[]), '=');
    for c in list {
        out.push('\n');
        push(&mut out, &c.label);
        push(&mut out, &format!("  {}", c.hours));
        push(&mut out, &format!("  {}", c.about));
        push(
            &mut out,
            &format!(
                "  {}",
                text("guidance-contact-region", &[("region", c.region.as_str().into())])
            ),
        );
        if let Some(url) = &c.url {
            push(&mut out, &format!("  {url}"));
        }
    }
    out
}

/// The decision aid's answer: the message, each reason with its sources, then the shared
/// sections.
pub fn advice(a: &BreastfeedingAdvice) -> String {
    let mut out = String::new();
    underline(&mut out, &a.headline, '=');
    push(&mut out, &a.body);
    if a.review_overdue {
        push(&mut out, &text("guidance-review-overdue", &[]));
    }
    out.push('\n');
    underline(&mut out, &text("guidance-reasons-heading", &[]), '-');
    for r in &a.reasons {
        push(&mut out, &format!("- {}", r.text));
        if r.uncertain {
            push(&mut out, &format!("  {}", text("guidance-uncertain", &[])));
        }
        if let Some(ask) = &r.ask_label {
            push(&mut out, &format!("  {ask}"));
        }
        let cites: Vec<&str> = r.sources.iter().map(|s| s.citation.as_str()).collect();
        push(
            &mut out,
            &format!("  {}: {}", text("alert-sources-heading", &[]), cites.join("; ")),
        );
    }
    for s in [
        &a.watch_for,
        &a.get_help_now,
        &a.safe_sleep,
        &a.stopping,
        &a.why_advice_differs,
    ] {
        section(&mut out, s);
    }
    if let Some(net) = &a.safety_net {
        out.push('\n');
        push(&mut out, &format!("{}: {net}", text("alert-safety-heading", &[])));
    }
    out.push('\n');
    push(&mut out, &a.checked_label);
    out
}
