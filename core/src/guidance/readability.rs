//! Flesch reading ease, so each article's reading level is measured by a test rather than
//! guessed. CONTENT.md asks for 60 or above (plain English, a reading age of about 9 to 11).
//!
//! Hand-written on purpose: the formula is one line, and the crates that offer it are
//! small, little-maintained, and count syllables in ways we could not check. The syllable
//! count here is the usual vowel-group estimate with the common English corrections; it is
//! an estimate (as every Flesch score is), good enough to hold a threshold.

use super::article::{Article, GuidanceBlock};

/// Flesch reading ease of `text`: 206.835 − 1.015 × words per sentence − 84.6 ×
/// syllables per word. Higher is easier. Empty text scores 100.
pub fn flesch(text: &str) -> f64 {
    let mut words = 0usize;
    let mut syllables = 0usize;
    let mut sentences = 0usize;
    for token in text.split_whitespace() {
        let letters: String = token.chars().filter(|c| c.is_alphabetic()).collect();
        if !letters.is_empty() {
            words += 1;
            syllables += count_syllables(&letters);
        }
        if token.ends_with(['.', '!', '?', ':']) || token.ends_with(".)") {
            sentences += 1;
        }
    }
    if words == 0 {
        return 100.0;
    }
    let sentences = sentences.max(1) as f64;
    206.835 - 1.015 * (words as f64 / sentences) - 84.6 * (syllables as f64 / words as f64)
}

/// An estimate of the syllables in one word.
pub fn count_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut prev = false;
    for (i, &c) in w.iter().enumerate() {
        // A leading 'y' is a consonant ("you", "your").
        let v = vowel(c) && !(c == 'y' && i == 0);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    let n = w.len();
    let ends = |s: &str| word.to_lowercase().ends_with(s);
    // A silent final 'e' ("take", "time"), but not "-le" after a consonant ("little").
    if w[n - 1] == 'e' && !(ends("le") && n > 2 && !vowel(w[n - 3])) && groups > 1 {
        groups -= 1;
    }
    // "-ed" is usually silent ("helped"), except after t or d ("wanted").
    if ends("ed") && n > 3 && !matches!(w[n - 3], 't' | 'd') && !vowel(w[n - 3]) && groups > 1 {
        groups -= 1;
    }
    // "-es" is silent after most consonants ("takes"), not after s, x, z, ch, sh, g, c.
    if ends("es") && n > 3 && !matches!(w[n - 3], 's' | 'x' | 'z' | 'h' | 'g' | 'c') && !vowel(w[n - 3]) && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// The words she reads in an article (summary, every paragraph and bullet, and the safety
/// net), with each bullet ending as a sentence.
pub fn article_words(a: &Article) -> String {
    let mut out = vec![sentence(&a.summary)];
    for s in &a.sections {
        for b in &s.blocks {
            match b {
                GuidanceBlock::Paragraph { text } => out.push(sentence(&text.text)),
                GuidanceBlock::Bullets { items } => out.extend(items.iter().map(|i| sentence(&i.text))),
            }
        }
    }
    if let Some(net) = &a.safety_net {
        out.push(sentence(net));
    }
    out.join(" ")
}

/// A piece of text that counts as at least one sentence.
pub fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.ends_with(['.', '!', '?', ':']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_counted_as_a_reader_would() {
        for (word, n) in [
            ("baby", 2),
            ("you", 1),
            ("your", 1),
            ("take", 1),
            ("little", 2),
            ("helped", 1),
            ("wanted", 2),
            ("medicine", 3),
            ("breastfeeding", 3),
            ("methadone", 3),
            ("takes", 1),
            ("buprenorphine", 4),
        ] {
            assert_eq!(count_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_high_and_long_latinate_ones_low() {
        let plain = "You can feed your baby. Ask your midwife if you want help. It is fine to stop.";
        let hard = "Pharmacological considerations regarding opioid maintenance pharmacotherapy necessitate \
                    individualised multidisciplinary evaluation incorporating comprehensive consideration.";
        assert!(flesch(plain) > 80.0, "{}", flesch(plain));
        assert!(flesch(hard) < 0.0, "{}", flesch(hard));
        assert_eq!(flesch(""), 100.0);
    }
}
