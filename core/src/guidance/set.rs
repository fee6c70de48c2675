//! A complete, checked set of guidance content: sources, contacts, articles and the
//! decision aid's rules, parsed together so every cross-reference is proved before any of
//! it is shown. The set compiled into the app is one; a signed content bundle is parsed
//! into another by exactly the same code.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock, RwLock};

use super::article::{self, Article};
use super::contacts::{self, SupportContact};
use super::error::{ContentError, ContentResult};
use super::rules::{self, RuleTable};
use crate::content::SourceRef;
use crate::error::Result;

mod compiled {
    // Written by build.rs: every file under content/guidance/.
    include!(concat!(env!("OUT_DIR"), "/guidance_files.rs"));
}

/// The version stamp of the content compiled into this build. A content bundle must be
/// newer than the content in use to be installed. Raise it whenever the compiled-in
/// guidance changes in a release.
pub const BUILT_IN_VERSION: u64 = 1;

pub const CONTACTS_FILE: &str = "contacts.toml";
pub const SOURCES_FILE: &str = "sources.json";
pub const RULES_FILE: &str = "breastfeeding/rules.toml";
const ARTICLES_DIR: &str = "articles/";

/// The article the decision aid takes its shared sections from.
pub const BREASTFEEDING_ARTICLE: &str = "breastfeeding";
// The headings of the sections the decision aid takes from that article. These are keys,
// not words the app shows: each finds its `## ` section in
// content/guidance/articles/breastfeeding.md, and what she reads is that section,
// heading and all, from the reviewed guidance file. Loading fails if one is missing.
pub const WATCH_FOR: &str = "What to watch for in your baby";
pub const GET_HELP_NOW: &str = "Get help straight away";
pub const SAFE_SLEEP: &str = "Safe sleep";
pub const STOPPING: &str = "When you want to stop";
pub const WHY_ADVICE_DIFFERS: &str = "Why the advice can differ";

/// Articles every content set must have: other parts of the app link to them.
pub const REQUIRED_ARTICLES: [&str; 9] = [
    BREASTFEEDING_ARTICLE,
    "nows",
    // Today's tolerance warning links here.
    "missed-doses-and-tolerance",
    "overdose-and-naloxone",
    "postnatal-check",
    "safe-sleep",
    "postnatal-ward-medicines",
    "crisis-and-support",
    // Support mode's offer about her body and milk links here.
    "your-body-and-milk",
];

/// Everything the guidance screens show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentSet {
    pub version: u64,
    pub sources: Vec<SourceRef>,
    pub contacts: Vec<SupportContact>,
    /// In the order the list shows them: the required ones first, then by title.
    pub articles: Vec<Article>,
    pub rules: RuleTable,
}

impl ContentSet {
    /// Parses and cross-checks a whole set. `files` maps paths (as under
    /// `content/guidance/`, plus `contacts.toml` and `sources.json`) to their text.
    pub fn parse(version: u64, files: &BTreeMap<String, String>) -> ContentResult<Self> {
        // Every word here reaches her screen: the free-text rules hold for content too.
        for (name, text) in files {
            if let Err(found) = crate::free_text::check(text, crate::free_text::Layout::Lines) {
                let line = text.chars().take(found.position).filter(|c| *c == '\n').count() + 1;
                return Err(ContentError::at(
                    name,
                    line,
                    format!(
                        "has a hidden control or direction-changing character ({})",
                        found.code_point()
                    ),
                ));
            }
        }
        let get = |name: &str| {
            files
                .get(name)
                .ok_or_else(|| ContentError::new(name, "the file is missing"))
        };
        let sources = parse_sources(get(SOURCES_FILE)?)?;
        let contacts = contacts::parse(CONTACTS_FILE, get(CONTACTS_FILE)?)?;
        let rules = rules::parse(RULES_FILE, get(RULES_FILE)?, &sources, &contacts)?;
        let mut articles = Vec::new();
        for (name, text) in files {
            if [SOURCES_FILE, CONTACTS_FILE, RULES_FILE].contains(&name.as_str()) {
                continue;
            }
            let is_article = name
                .strip_prefix(ARTICLES_DIR)
                .is_some_and(|n| n.ends_with(".md") && !n.contains('/'));
            if !is_article {
                return Err(ContentError::new(name, "this file is not part of the content format"));
            }
            articles.push(article::parse(name, text, &sources, &contacts)?);
        }
        for id in REQUIRED_ARTICLES {
            if !articles.iter().any(|a| a.id == id) {
                return Err(ContentError::new(
                    &format!("{ARTICLES_DIR}{id}.md"),
                    "the article is missing",
                ));
            }
        }
        let order = |a: &Article| {
            let i = REQUIRED_ARTICLES.iter().position(|r| *r == a.id).unwrap_or(usize::MAX);
            (i, a.title.clone())
        };
        articles.sort_by_key(order);
        let set = ContentSet {
            version,
            sources,
            contacts,
            articles,
            rules,
        };
        let bf = set
            .article(BREASTFEEDING_ARTICLE)
            .ok_or_else(|| ContentError::new("articles/breastfeeding.md", "the article is missing"))?;
        for heading in [WATCH_FOR, GET_HELP_NOW, SAFE_SLEEP, STOPPING, WHY_ADVICE_DIFFERS] {
            if bf.section(heading).is_none() {
                return Err(ContentError::new(
                    "articles/breastfeeding.md",
                    format!("the decision aid needs a section headed '## {heading}'"),
                ));
            }
        }
        Ok(set)
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&SupportContact> {
        self.contacts.iter().find(|c| c.id == id)
    }
}

fn parse_sources(text: &str) -> ContentResult<Vec<SourceRef>> {
    let list: Vec<SourceRef> = serde_json::from_str(text)
        .map_err(|e| ContentError::at(SOURCES_FILE, e.line(), "the sources list is not valid (check the JSON)"))?;
    let mut out: Vec<SourceRef> = Vec::new();
    for s in list {
        if !rules::is_kebab(&s.id) || out.iter().any(|o| o.id == s.id) {
            return Err(ContentError::new(
                SOURCES_FILE,
                format!("source '{}' needs a unique kebab-case id", s.id),
            ));
        }
        out.push(s.with_citation());
    }
    Ok(out)
}

/// The paths of the content compiled into this build, as [`ContentSet::parse`] takes them.
pub fn compiled_files() -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = compiled::FILES
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    files.insert(
        CONTACTS_FILE.to_string(),
        include_str!("../../content/contacts.toml").to_string(),
    );
    files.insert(
        SOURCES_FILE.to_string(),
        include_str!("../../content/sources.json").to_string(),
    );
    files
}

/// The content in use, which a verified content bundle may replace for the rest of the run.
pub struct Library {
    current: RwLock<Arc<ContentSet>>,
}

impl Library {
    pub fn new(set: ContentSet) -> Self {
        Library {
            current: RwLock::new(Arc::new(set)),
        }
    }

    /// The set in use now.
    pub fn current(&self) -> Arc<ContentSet> {
        // A poisoned lock still holds a whole set: sets are swapped, never edited.
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Installs a content bundle signed by one of `trusted`: verified, parsed and checked
    /// against the version in use first. On any refusal the set in use is unchanged.
    pub fn install(&self, bundle: &[u8], trusted: &[alongside_protocol::keys::PublicKey]) -> Result<u64> {
        let mut guard = self.current.write().unwrap_or_else(|e| e.into_inner());
        let set = super::bundle::check(bundle, trusted, guard.version)?;
        let version = set.version;
        *guard = Arc::new(set);
        Ok(version)
    }
}

/// The app's library, starting with the compiled-in content.
pub fn library() -> Result<&'static Library> {
    static LIB: OnceLock<std::result::Result<Library, ContentError>> = OnceLock::new();
    LIB.get_or_init(|| ContentSet::parse(BUILT_IN_VERSION, &compiled_files()).map(Library::new))
        .as_ref()
        .map_err(|e| e.clone().into())
}

/// The content in use.
pub fn current() -> Result<Arc<ContentSet>> {
    Ok(library()?.current())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_in_the_guidance_folder_is_compiled_in() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/guidance");
        let mut on_disk = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    let rel = p.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
                    on_disk.push((rel, std::fs::read_to_string(&p).unwrap()));
                }
            }
        }
        on_disk.sort();
        let compiled: Vec<(String, String)> = compiled::FILES
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        assert_eq!(
            compiled.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            on_disk.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            "a file in content/guidance is not compiled in (or is not .md/.toml)"
        );
        assert_eq!(compiled, on_disk, "a compiled-in file differs from the one on disk");
    }

    #[test]
    fn content_holding_a_control_or_direction_character_is_refused_with_its_line() {
        let mut files = compiled_files();
        let (name, text) = files
            .iter_mut()
            .find(|(n, _)| n.starts_with(ARTICLES_DIR))
            .expect("an article");
        let name = name.clone();
        *text = text.replacen('\n', "\n\u{202E}", 1);
        let Err(err) = ContentSet::parse(BUILT_IN_VERSION + 1, &files) else {
            panic!("content with U+202E was accepted")
        };
        assert_eq!((err.file.as_str(), err.line), (name.as_str(), Some(2)), "{err}");
        assert!(err.problem.contains("U+202E"), "{err}");
    }

    #[test]
    fn the_compiled_in_content_loads() {
        let set = current().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(set.version, BUILT_IN_VERSION);
        for id in REQUIRED_ARTICLES {
            assert!(set.article(id).is_some(), "{id}");
        }
    }
}
