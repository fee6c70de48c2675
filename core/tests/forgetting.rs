//! Forgetting on purpose: old entries, one day, one appointment. What is forgotten is gone
//! from the screens, the copies she can take, and the database files themselves (every page
//! decrypted and scanned, free ones and the write-ahead log's included).

mod common;
mod sharing_support;

use aes::cipher::{BlockDecryptMut, KeyIvInit};
use alongside_core::*;
use common::*;

const OLD_TITLE: &str = "ZEBRA-OLD-4471";
const OLD_NOTE: &str = "ZEBRA-DOSENOTE-3307";
const KEPT_TITLE: &str = "ZEBRA-KEPT-5510";
const SERIES_TITLE: &str = "ZEBRA-SERIES-2093";

/// SQLCipher 4's page layout: 4096-byte pages ending in a 16-byte IV and a 64-byte HMAC;
/// the first page's first 16 bytes are the salt, stored in the clear.
const PAGE: usize = 4096;
const RESERVE: usize = 80;

type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

fn decrypt_page(key: &[u8], page: &[u8], first: bool) -> Vec<u8> {
    let skip = if first { 16 } else { 0 };
    let iv = &page[PAGE - RESERVE..PAGE - RESERVE + 16];
    let mut body = page[skip..PAGE - RESERVE].to_vec();
    Aes256CbcDec::new_from_slices(key, iv)
        .expect("key and iv lengths")
        .decrypt_padded_mut::<aes::cipher::block_padding::NoPadding>(&mut body)
        .expect("whole blocks");
    body
}

/// Every page of the database file and every frame of its write-ahead log, decrypted.
fn decrypted_pages(dir: &std::path::Path, key: &[u8]) -> Vec<Vec<u8>> {
    let db = std::fs::read(dir.join("vault.db")).unwrap();
    assert_eq!(db.len() % PAGE, 0, "the database is whole pages");
    let mut pages: Vec<Vec<u8>> = db
        .chunks(PAGE)
        .enumerate()
        .map(|(i, p)| decrypt_page(key, p, i == 0))
        .collect();
    if let Ok(wal) = std::fs::read(dir.join("vault.db-wal")) {
        // A 32-byte header, then frames: a 24-byte header naming the page, then the page.
        for frame in wal.get(32..).unwrap_or_default().chunks(24 + PAGE) {
            if frame.len() == 24 + PAGE {
                let page_no = u32::from_be_bytes([frame[0], frame[1], frame[2], frame[3]]);
                pages.push(decrypt_page(key, &frame[24..], page_no == 1));
            }
        }
    }
    pages
}

fn holds(pages: &[Vec<u8>], marker: &str) -> bool {
    pages
        .iter()
        .any(|p| p.windows(marker.len()).any(|w| w == marker.as_bytes()))
}

/// Her diary on Monday 23 November 2026: an appointment and a dose note from July, a
/// weekly group that started in July and goes on into next year, and one from November.
fn diary() -> (TestVault, String, String) {
    let tv = new_vault();
    let v = &tv.vault;
    v.add_appointment(draft(OLD_TITLE, "2026-07-10T10:00"), monday_morning())
        .unwrap();
    let series = v
        .add_appointment(weekly(SERIES_TITLE, "2026-07-01T18:00", 1, 30), monday_morning())
        .unwrap();
    v.add_appointment(draft(KEPT_TITLE, "2026-11-20T10:00"), monday_morning())
        .unwrap();
    let med = v.add_medicine(methadone("2026-06-01", 40.0), monday_morning()).unwrap();
    v.log_dose(
        DoseEntry {
            medicine_id: med.clone(),
            date: "2026-07-15".into(),
            slot: DoseSlot::Only,
            status: DoseStatus::Taken,
            taken_at: None,
            note: Some(OLD_NOTE.into()),
            amount_taken: None,
            confirm_change: false,
        },
        monday_morning(),
    )
    .unwrap();
    log(
        v,
        &med,
        "2026-11-22",
        DoseSlot::Only,
        DoseStatus::Taken,
        monday_morning(),
    )
    .unwrap();
    (tv, series, med)
}

fn titles(v: &Vault) -> Vec<(String, String)> {
    everything(v)
        .into_iter()
        .map(|o| (o.title, o.start_local[..10].to_string()))
        .collect()
}

#[test]
fn forgetting_entries_older_than_three_months_leaves_no_trace_of_their_titles_in_the_vault_files() {
    let (tv, _, _) = diary();
    let key = tv.vault.database_key_for_tests(PASSCODE).unwrap();
    // The scan can see: before forgetting, the decrypted pages hold both titles.
    let before = decrypted_pages(&tv.path(), &key);
    assert!(holds(&before, OLD_TITLE) && holds(&before, KEPT_TITLE));

    tv.vault.forget_older_than(3, monday_morning()).unwrap();

    let after = decrypted_pages(&tv.path(), &key);
    assert!(holds(&after, KEPT_TITLE), "what she kept is still readable");
    assert!(
        !holds(&after, OLD_TITLE),
        "a forgotten title lingers in the database or its log"
    );
    assert!(
        !holds(&after, OLD_NOTE),
        "a forgotten dose note lingers in the database or its log"
    );
}

#[test]
fn forgetting_old_entries_keeps_a_repeating_appointments_future_dates() {
    let (tv, series, _) = diary();
    let v = &tv.vault;
    let dates_before: Vec<String> = titles(v)
        .into_iter()
        .filter(|(t, d)| t == SERIES_TITLE && d.as_str() >= "2026-08-23")
        .map(|(_, d)| d)
        .collect();

    let done = v.forget_older_than(3, monday_morning()).unwrap();

    let left = titles(v);
    assert!(!left.iter().any(|(t, _)| t == OLD_TITLE));
    let series_dates: Vec<String> = left
        .iter()
        .filter(|(t, _)| t == SERIES_TITLE)
        .map(|(_, d)| d.clone())
        .collect();
    assert_eq!(
        series_dates, dates_before,
        "the group's dates from 23 August on are all kept"
    );
    // 1 one-off in July and 8 Wednesdays of the group from 1 July to 19 August.
    assert_eq!((done.appointments, done.doses, done.support_requests), (9, 1, 0));
    assert_eq!(v.appointment(series).unwrap().title, SERIES_TITLE);
    // Nor does the calendar copy bring them back.
    let ics = v.export_ics(monday_morning()).unwrap();
    assert!(!ics.contains(OLD_TITLE));
    assert!(ics.contains("EXDATE;TZID=Europe/London:20260701T180000"));
}

#[test]
fn forgetting_one_day_removes_that_days_appointments_and_doses_and_nothing_else() {
    let (tv, _, med) = diary();
    let v = &tv.vault;
    let preview = v.forget_day_preview("2026-11-22".into()).unwrap();
    assert_eq!((preview.appointments, preview.doses), (0, 1));

    let done = v.forget_day("2026-07-15".into(), monday_morning()).unwrap();
    assert_eq!(
        (done.appointments, done.doses),
        (1, 1),
        "the group on 15 July and the dose"
    );

    let left = titles(v);
    assert!(!left.iter().any(|(_, d)| d == "2026-07-15"));
    assert!(left.iter().any(|(t, d)| t == SERIES_TITLE && d == "2026-07-08"));
    assert!(left.iter().any(|(t, _)| t == OLD_TITLE));
    let json = v.export_json(monday_morning()).unwrap();
    assert!(!json.contains(OLD_NOTE));
    assert!(json.contains(&med));
}

#[test]
fn forgetting_one_date_of_a_series_keeps_the_others_and_forgetting_the_last_removes_the_series() {
    let tv = new_vault();
    let v = &tv.vault;
    let id = v
        .add_appointment(weekly(SERIES_TITLE, "2026-11-24T18:00", 1, 2), monday_morning())
        .unwrap();
    v.forget_appointment(id.clone(), Some(0), monday_morning()).unwrap();
    assert_eq!(titles(v), vec![(SERIES_TITLE.to_string(), "2026-12-01".to_string())]);
    // The forgotten date cannot be marked or brought back.
    assert!(v
        .set_appointment_status(id.clone(), 0, AppointmentStatus::Planned, monday_morning())
        .is_err());
    v.forget_appointment(id.clone(), Some(1), monday_morning()).unwrap();
    assert!(titles(v).is_empty());
    assert!(matches!(v.appointment(id), Err(AlongsideError::NotFound { .. })));
}

#[test]
fn the_preview_counts_what_would_go_says_her_team_keeps_what_she_shared_and_changes_nothing() {
    let (tv, _, _) = diary();
    let v = &tv.vault;
    let before = titles(v);
    let preview = v.forget_preview(3, monday_morning()).unwrap();
    assert_eq!(
        (preview.appointments, preview.doses, preview.support_requests),
        (9, 1, 0)
    );
    assert!(!preview.nothing);
    assert!(preview.summary.contains("23 August 2026"), "{}", preview.summary);
    assert!(preview.team_note.contains("care team"), "{}", preview.team_note);
    assert!(preview.team_note.contains("stays with them"), "{}", preview.team_note);
    assert_eq!(titles(v), before);
    assert!(v.forget_preview(12, monday_morning()).unwrap().nothing);
}

#[test]
fn a_period_the_screen_does_not_offer_is_refused_and_nothing_is_forgotten() {
    let (tv, _, _) = diary();
    let v = &tv.vault;
    let before = titles(v);
    assert_invalid(v.forget_older_than(2, monday_morning()), "months");
    assert_invalid(v.set_forget_after(7, monday_morning()), "months");
    assert_invalid(v.forget_day("23/11/2026".into(), monday_morning()), "date");
    // "Keep everything" forgets nothing.
    assert!(v.forget_preview(0, monday_morning()).unwrap().nothing);
    assert!(v.forget_older_than(0, monday_morning()).unwrap().nothing);
    assert_eq!(titles(v), before);
    assert_eq!(v.settings_view(monday_morning()).unwrap().forget.current_months, 0);
}

#[test]
fn her_setting_forgets_entries_as_they_grow_old_at_the_next_unlock() {
    let (tv, _, _) = diary();
    let v = &tv.vault;
    let set = v.set_forget_after(3, monday_morning()).unwrap();
    assert_eq!(set.appointments, 9);
    let view = v.settings_view(monday_morning()).unwrap().forget;
    assert_eq!(view.current_months, 3);
    assert_eq!(
        view.choices.iter().map(|c| c.months).collect::<Vec<_>>(),
        vec![0, 1, 3, 6, 12]
    );
    v.lock();

    // Five months later the November appointment is older than three months.
    let later = at("2027-04-23T09:00:00Z");
    let v = tv.reopen();
    v.unlock(PASSCODE.into(), later, since_boot()).unwrap();
    assert!(!titles(&v).iter().any(|(t, _)| t == KEPT_TITLE));
    assert!(titles(&v).iter().all(|(_, d)| d.as_str() >= "2027-01-23"));
}

#[test]
fn forgetting_an_appointment_she_shared_sends_nothing_and_her_ledger_keeps_the_line_without_its_words() {
    let tv = new_vault();
    let v = &tv.vault;
    sharing_support::share_everything_with_maya(v, monday_morning());
    let id = v
        .add_appointment(draft(OLD_TITLE, "2026-11-24T10:00"), monday_morning())
        .unwrap();
    let before = v.share_ledger().unwrap();
    let queued = before.iter().filter(|e| e.summary.contains(OLD_TITLE)).count();
    assert_eq!(queued, 1, "the appointment was queued for Maya");

    v.forget_appointment(id, None, monday_morning()).unwrap();

    let after = v.share_ledger().unwrap();
    assert_eq!(
        after.len(),
        before.len(),
        "no tombstone or other item is queued for her team"
    );
    assert!(after.iter().all(|e| !e.summary.contains(OLD_TITLE)));
    let forgotten: Vec<_> = after
        .iter()
        .filter(|e| e.summary == "An entry you chose to forget")
        .collect();
    assert_eq!(forgotten.len(), 1);
    assert!(forgotten[0].withdrawn, "what had not gone yet is withdrawn, not sent");
    let key = v.database_key_for_tests(PASSCODE).unwrap();
    assert!(
        !holds(&decrypted_pages(&tv.path(), &key), OLD_TITLE),
        "the queued copy is gone too"
    );
}
