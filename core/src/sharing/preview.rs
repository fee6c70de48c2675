//! What an agreement would share, and what it would not, in her words, before she agrees:
//! the same check as making it, and nothing written.

use super::grants::Checked;
use super::model::{ConsentPreview, ShareCategory};
use crate::content::{label, long_date, text};

/// The preview of `g` for the contact named `name`.
pub(crate) fn preview(g: &Checked, name: &str) -> ConsentPreview {
    let heading = match g.end {
        Some(end) => text(
            "share-preview-heading-until",
            &[
                ("name", name.into()),
                ("start", long_date(g.start).into()),
                ("end", long_date(end).into()),
            ],
        ),
        None => text(
            "share-preview-heading-open",
            &[("name", name.into()), ("start", long_date(g.start).into())],
        ),
    };
    let mut shared = Vec::new();
    let mut not_shared = Vec::new();
    for c in ShareCategory::STANDING {
        let chosen = g.categories.contains(&c);
        match c {
            ShareCategory::Appointments if chosen => {
                shared.push(text(
                    "share-preview-appointments",
                    &[("kinds", super::kinds::in_words(&g.appointment_kinds).into())],
                ));
                let out = super::kinds::left_out(&g.appointment_kinds);
                if !out.is_empty() {
                    not_shared.push(text(
                        "share-preview-appointments",
                        &[("kinds", super::kinds::in_words(&out).into())],
                    ));
                }
            }
            _ if chosen => shared.push(label("share-category", &c)),
            _ => not_shared.push(label("share-category", &c)),
        }
    }
    not_shared.push(text("share-preview-never-notes", &[]));
    ConsentPreview {
        heading,
        shared,
        not_shared_heading: text("share-preview-not-shared", &[("name", name.into())]),
        not_shared,
    }
}
