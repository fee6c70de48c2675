//! Numbers typed for options. Every numeric option takes a value that starts with a
//! minus sign as its value (so `--days -3` is that option's value, not an unknown
//! option), and a value it can't use is refused naming the option ("That value for
//! --days <N> can't be used: use a whole number, 0 or more."), never repeating what was
//! typed. Ranges beyond this (a dose above zero, a latitude) are the core's to judge.

use alongside_core::content::text;

/// A count or length: a whole number, 0 or more.
pub fn whole(value: &str) -> Result<u32, String> {
    value.trim().parse().map_err(|_| text("error-option-whole-number", &[]))
}

/// A version number: a whole number, 0 or more, as large as a bundle's may be.
pub fn whole_u64(value: &str) -> Result<u64, String> {
    value.trim().parse().map_err(|_| text("error-option-whole-number", &[]))
}

/// Any finite number, negative too: a dose or a map point, checked by the core.
pub fn number(value: &str) -> Result<f64, String> {
    value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| text("error-option-number", &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_or_unreadable_numbers_are_refused_with_words_and_without_the_value() {
        assert_eq!(whole(" 14 "), Ok(14));
        assert_eq!(whole("-3"), Err("use a whole number, 0 or more".to_string()));
        assert!(whole("2.5").is_err());
        assert_eq!(whole_u64("10"), Ok(10));
        assert!(whole_u64("-1").is_err());
        assert_eq!(number("-1.5"), Ok(-1.5));
        assert_eq!(number("abc"), Err("use a number, like 2.5".to_string()));
        assert!(number("NaN").is_err() && number("inf").is_err());
    }
}
