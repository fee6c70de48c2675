//! `alongside forget`: shows what would go and that her team keeps what she shared, and
//! forgets for good only with --yes.

mod common;

use common::{id, Sandbox};

#[test]
fn forget_shows_what_would_go_and_forgets_only_with_yes() {
    let s = Sandbox::new();
    s.init();
    let old = s.json(&[
        "appointment",
        "add",
        "--title",
        "Old visit",
        "--kind",
        "gp",
        "--start",
        "2026-07-10 10:00",
    ]);
    s.json(&[
        "appointment",
        "add",
        "--title",
        "New visit",
        "--kind",
        "gp",
        "--start",
        "2026-11-20 10:00",
    ]);

    let preview = s.ok(&["forget", "--older-than", "3"]);
    assert!(preview.contains("care team"), "{preview}");
    assert!(preview.contains("--yes"), "{preview}");
    let diary = s.ok(&["diary", "--date", "2026-07-10"]);
    assert!(diary.contains("Old visit"), "the preview changed nothing: {diary}");

    let done = s.json(&["forget", "--older-than", "3", "--yes"]);
    assert_eq!(done["appointments"], 1, "{done}");
    assert_eq!(done["forgotten"], true, "{done}");
    let diary = s.ok(&["diary", "--date", "2026-07-10"]);
    assert!(!diary.contains("Old visit"), "{diary}");
    let out = s.run(&["--json", "appointment", "show", &id(&old)]);
    assert_eq!(out.status.code(), Some(1));

    let set = s.json(&["forget", "--after", "6", "--yes"]);
    assert_eq!(set["forgotten"], true, "{set}");
    let refused = s.run(&["forget", "--after", "2", "--yes"]);
    assert_eq!(refused.status.code(), Some(1));
}
