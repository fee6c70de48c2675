//! Her dates (due date, baby's date of birth): optional, kept after a restart, cleared by
//! leaving them out, refused with her words when they can't be right (nothing changed),
//! never shared and left out of her export.

mod common;
mod sharing_support;

use alongside_core::*;
use common::*;

fn set(v: &Vault, due: Option<&str>, born: Option<&str>) -> Result<HerDatesView, AlongsideError> {
    v.set_her_dates(
        HerDates {
            due_date: due.map(str::to_string),
            baby_born: born.map(str::to_string),
        },
        monday_morning(),
    )
}

#[test]
fn her_dates_are_empty_until_she_gives_them_and_kept_after_a_restart() {
    let tv = new_vault();
    let none = tv.vault.her_dates().unwrap();
    assert_eq!(none.dates, HerDates::default());
    assert_eq!((none.due_date_label, none.baby_born_label), (None, None));

    let view = set(&tv.vault, Some("2026-11-30"), Some(" 2026-11-10 ")).unwrap();
    assert_eq!(view.dates.baby_born.as_deref(), Some("2026-11-10"));
    assert_eq!(
        view.baby_born_label.as_deref(),
        Some("Your baby's date of birth: Tuesday 10 November 2026")
    );
    assert_eq!(
        view.due_date_label.as_deref(),
        Some("Due date: Monday 30 November 2026")
    );
    assert!(view.message.contains("never shared"), "{}", view.message);

    let again = tv.reopen();
    again.unlock(PASSCODE.into(), monday_morning(), since_boot()).unwrap();
    assert_eq!(again.her_dates().unwrap(), view);
}

#[test]
fn leaving_a_date_out_clears_it() {
    let tv = new_vault();
    set(&tv.vault, Some("2027-03-01"), None).unwrap();
    let view = set(&tv.vault, None, Some("2026-11-20")).unwrap();
    assert_eq!(view.dates.due_date, None);
    let view = set(&tv.vault, Some(""), None).unwrap();
    assert_eq!(view.dates, HerDates::default());
}

#[test]
fn a_date_that_cannot_be_right_is_refused_in_her_words_and_nothing_changes() {
    let tv = new_vault();
    let kept = set(&tv.vault, Some("2027-03-01"), None).unwrap();
    for (due, born, field, words) in [
        (None, Some("2026-11-24"), "baby's date of birth", "can't be after today"),
        (
            None,
            Some("2022-01-01"),
            "baby's date of birth",
            "more than 3 years ago",
        ),
        (Some("2027-12-01"), None, "due date", "never more than 10 months ahead"),
        (Some("2023-01-01"), None, "due date", "more than 2 years ago"),
        (
            Some("2027-04-30"),
            Some("2026-11-20"),
            "baby's date of birth",
            "too far from the due date",
        ),
        (Some("1 March"), None, "due date", "real date"),
    ] {
        match set(&tv.vault, due, born) {
            Err(AlongsideError::InvalidInput { field: f, reason }) => {
                assert_eq!(f, field);
                assert!(reason.contains(words), "{reason}");
            }
            other => panic!("{due:?} {born:?}: expected InvalidInput, got {other:?}"),
        }
        assert_eq!(tv.vault.her_dates().unwrap(), kept);
    }
}

#[test]
fn her_dates_are_never_shared_and_stay_out_of_her_export() {
    let tv = new_vault();
    let v = &tv.vault;
    sharing_support::share_everything_with_maya(v, monday_morning());
    let ledger = v.share_ledger().unwrap();
    let pending = v.sharing_pending().unwrap();
    set(v, Some("2026-11-30"), Some("2026-11-10")).unwrap();
    assert_eq!(v.share_ledger().unwrap(), ledger);
    assert_eq!(v.sharing_pending().unwrap(), pending);
    let export = v.export_json(monday_morning()).unwrap();
    assert!(!export.contains("2026-11-10"), "{export}");
    assert!(!export.contains("2026-11-30"), "{export}");
}
