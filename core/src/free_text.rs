//! Free text in the core: what she types or pastes, and what a stranger sends, is made safe
//! to show before it is stored, and again as it is read back for a screen or an export, so
//! text stored before these rules existed can't fake a screen either.
//!
//! The rules themselves (which characters go, which stay) live in
//! [`alongside_protocol::free_text`], because the directory rules and invite codes, which
//! refuse such text rather than tidy it, are checked there too: one definition for all.
//!
//! What she types is tidied, never refused: a title pasted with a trailing newline should
//! simply work. A one-line field (title, place, name, pharmacy) turns line breaks and tabs
//! into spaces; a note keeps its line breaks as `\n`. Control characters and bidirectional
//! embeddings, overrides and isolates are removed in both.

pub use alongside_protocol::free_text::{check, is_forbidden, lines, one_line, Disallowed, Layout};
use alongside_protocol::free_text::{lines_owned, one_line_owned};

/// Stored one-line text, safe to show (no copy when it already was).
pub(crate) fn line(text: String) -> String {
    one_line_owned(text)
}

/// Stored optional one-line text, safe to show.
pub(crate) fn opt_line(text: Option<String>) -> Option<String> {
    text.map(one_line_owned)
}

/// Stored text of several lines (notes, messages), safe to show.
pub(crate) fn notes(text: String) -> String {
    lines_owned(text)
}

/// Stored optional text of several lines, safe to show.
pub(crate) fn opt_notes(text: Option<String>) -> Option<String> {
    text.map(lines_owned)
}

/// What she typed in a one-line field, tidied and trimmed.
pub(crate) fn typed_line(text: &str) -> String {
    one_line(text).trim().to_string()
}

/// What she typed in a field of several lines, tidied and trimmed.
pub(crate) fn typed_lines(text: &str) -> String {
    lines(text).trim().to_string()
}

#[cfg(test)]
mod tests {
    use crate::vault::kdf::KdfParams;
    use crate::*;
    use std::time::SystemTime;

    fn at(text: &str) -> SystemTime {
        SystemTime::from(text.parse::<jiff::Timestamp>().unwrap())
    }

    fn unsafe_in(text: &str) -> bool {
        text.chars()
            .any(|c| (c.is_control() && c != '\n') || super::is_forbidden(c))
    }

    /// Rows written before the free-text rules, as an older app stored them: straight
    /// into the tables, untidied.
    #[test]
    fn text_stored_before_the_rules_is_shown_tidied_on_today_and_in_exports() {
        let dir = tempfile::tempdir().unwrap();
        let v = Vault::create_with(
            &dir.path().join("vault"),
            "river stone 27".into(),
            Some(KdfParams::insecure_for_tests()),
        )
        .unwrap();
        let now = at("2026-11-23T09:00:00Z");
        let draft = AppointmentDraft {
            title: "Midwife".into(),
            kind: AppointmentKind::SpecialistMidwife,
            start: "2026-11-20T10:00".into(),
            time_zone: None,
            duration_minutes: 60,
            location: Some("Hub".into()),
            with_whom: None,
            notes: Some("Notes".into()),
            reminder_minutes_before: vec![],
            repeat: None,
            venue_id: None,
            clock_change: None,
        };
        let id = v.add_appointment(draft, at("2026-11-19T09:00:00Z")).unwrap();
        v.set_appointment_status(id.clone(), 0, AppointmentStatus::Missed, now)
            .unwrap();
        v.write(|tx| {
            tx.execute(
                "UPDATE appointments SET title = ?2, location = ?3, notes = ?4 WHERE id = ?1",
                rusqlite::params![
                    id,
                    "Midwife\r\nEND:VEVENT\u{202E}",
                    "Hub\n\u{1B}[2J",
                    "Line one\r\nline two\u{2066}"
                ],
            )?;
            Ok(())
        })
        .unwrap();

        let today = v.today(now).unwrap();
        let alert = today
            .alerts
            .iter()
            .find(|a| a.kind == AlertKind::MissedAppointmentFollowUp);
        let alert = alert.expect("a missed appointment alert");
        assert!(alert.title.contains("Midwife END:VEVENT"), "{}", alert.title);
        assert!(
            !unsafe_in(&alert.title) && !alert.title.contains('\n'),
            "{}",
            alert.title
        );
        let shown = v
            .appointments_between("2026-11-20".into(), "2026-11-20".into())
            .unwrap();
        assert_eq!(shown[0].title, "Midwife END:VEVENT");
        assert_eq!(shown[0].location.as_deref(), Some("Hub [2J"));
        assert_eq!(shown[0].notes.as_deref(), Some("Line one\nline two"));

        let ics = v.export_ics(now).unwrap();
        let ends = ics.split(['\r', '\n']).filter(|l| *l == "END:VEVENT").count();
        assert_eq!(ends, 1, "{ics}");
        assert!(ics.split("\r\n").all(|l| !unsafe_in(l)), "{ics}");
        let json: serde_json::Value = serde_json::from_str(&v.export_json(now).unwrap()).unwrap();
        assert_eq!(json["appointments"][0]["title"], "Midwife END:VEVENT");
    }
}
