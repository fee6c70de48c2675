//! What is on disk: the database and key files hold none of what she wrote, in the clear.

mod common;

use alongside_core::*;
use common::*;

const MARKERS: [&str; 6] = [
    "ZEBRA-TITLE-7731",
    "ZEBRA-NOTE-1188",
    "ZEBRA-PLACE-4410",
    "ZEBRA-PHARMACY-2290",
    "ZEBRA-DOSENOTE-5521",
    "ZEBRA-MEDICINE-9034",
];

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn assert_no_markers(dir: &std::path::Path) {
    let found = files(dir);
    assert!(found.iter().any(|(n, _)| n == "vault.db"));
    for (name, bytes) in found {
        let text = String::from_utf8_lossy(&bytes);
        for m in MARKERS {
            assert!(!text.contains(m), "{name} holds {m} in the clear");
        }
        assert!(!text.contains(PASSCODE), "{name} holds the passcode");
    }
}

#[test]
fn the_database_files_hold_none_of_the_plaintext_written_into_them() {
    let tv = new_vault();
    let v = &tv.vault;
    let mut d = weekly(MARKERS[0], "2026-11-24T10:00", 1, 10);
    d.notes = Some(MARKERS[1].into());
    d.location = Some(MARKERS[2].into());
    v.add_appointment(d, monday_morning()).unwrap();
    let med = MedicineDraft {
        kind: MedicineKind::Other,
        name: Some(MARKERS[5].into()),
        pharmacy: Some(MARKERS[3].into()),
        ..methadone("2026-11-01", 5.0)
    };
    let id = v.add_medicine(med, monday_morning()).unwrap();
    let entry = DoseEntry {
        medicine_id: id,
        date: "2026-11-23".into(),
        slot: DoseSlot::Only,
        status: DoseStatus::Taken,
        taken_at: None,
        note: Some(MARKERS[4].into()),
        amount_taken: None,
        confirm_change: false,
    };
    v.log_dose(entry, monday_morning()).unwrap();
    // While unlocked, the write-ahead log holds recent pages: check it too.
    assert_no_markers(&tv.path());
    v.lock();
    assert_no_markers(&tv.path());
}
