//! The guidance list as she should see it. While her baby is not with her, articles about
//! her own care come first and the baby-feeding ones (the breastfeeding decision aid) go
//! to the end: still there for her to open, but no longer put in front of her.

use crate::error::Result;
use crate::guidance::article::ArticleSummary;
use crate::guidance::set;
use crate::vault::Vault;

/// Her own care, first in support mode, in this order.
const HER_CARE_FIRST: [&str; 5] = [
    "your-body-and-milk",
    "postnatal-check",
    "overdose-and-naloxone",
    "missed-doses-and-tolerance",
    "crisis-and-support",
];

/// About feeding her baby: last in support mode.
const BABY_FEEDING: [&str; 1] = [set::BREASTFEEDING_ARTICLE];

#[uniffi::export]
impl Vault {
    /// Every guidance article in the order her list shows them. Usually the same as
    /// `guidance_articles()`; in support mode her own care comes first and the
    /// baby-feeding guidance goes last (she can still open it).
    pub fn guidance_for_me(&self) -> Result<Vec<ArticleSummary>> {
        let support_mode = self.read(super::status::support_mode)?;
        let mut list: Vec<ArticleSummary> = set::current()?.articles.iter().map(|a| a.summary()).collect();
        if support_mode {
            // A stable sort keeps the usual order within each group.
            list.sort_by_key(|a| match HER_CARE_FIRST.iter().position(|id| *id == a.id) {
                Some(i) => i,
                None if BABY_FEEDING.contains(&a.id.as_str()) => usize::MAX,
                None => HER_CARE_FIRST.len(),
            });
        }
        Ok(list)
    }
}
