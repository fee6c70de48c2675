//! Schema migrations: numbered SQL files, each applied in its own transaction.
//!
//! `PRAGMA user_version` records the last one applied. A fresh vault runs them all, so a
//! vault upgraded from any earlier version and a new one go through the same statements;
//! the tests prove the resulting schemas and data agree.

use rusqlite::Connection;

use crate::error::{AlongsideError, Result};

/// The migrations in order; the vault's schema version is the number applied.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_missed_follow_up.sql"),
    include_str!("../../migrations/0003_rebook_index.sql"),
    include_str!("../../migrations/0004_directory.sql"),
    include_str!("../../migrations/0005_directory_indexes.sql"),
    include_str!("../../migrations/0006_appointment_venue.sql"),
    include_str!("../../migrations/0007_sharing.sql"),
    include_str!("../../migrations/0008_guidance.sql"),
    include_str!("../../migrations/0009_care_messages.sql"),
    include_str!("../../migrations/0010_support_requests.sql"),
    include_str!("../../migrations/0011_directory_digest.sql"),
    include_str!("../../migrations/0012_baby_centred_services.sql"),
    include_str!("../../migrations/0013_clock_changes_and_dose_days.sql"),
    include_str!("../../migrations/0014_sharing_ledger_and_kinds.sql"),
    include_str!("../../migrations/0015_forgetting.sql"),
];

/// The schema version this build writes.
pub fn latest_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Applies every migration the database has not seen yet.
pub fn migrate(conn: &Connection) -> Result<()> {
    migrate_to(conn, latest_version())
}

/// Applies migrations up to `target`. Tests use a lower target to build old vaults.
#[doc(hidden)]
pub fn migrate_to(conn: &Connection, target: u32) -> Result<()> {
    let current: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > latest_version() {
        return Err(AlongsideError::VaultUnreadable {
            reason: "it was written by a newer version of the app; please update".to_string(),
        });
    }
    for version in current..target {
        let sql = MIGRATIONS[version as usize];
        // One transaction per step: a crash mid-way leaves the previous version intact.
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {};\nCOMMIT;",
            version + 1
        ))
        .inspect_err(|_| {
            let _ = conn.execute_batch("ROLLBACK;");
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(conn: &Connection) -> Vec<(String, String, String)> {
        let mut stmt = conn
            .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<String>>(2)?.unwrap_or_default()))
        })
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
    }

    fn columns(conn: &Connection, table: &str) -> Vec<(String, String, bool, Option<String>)> {
        let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})")).unwrap();
        stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn a_vault_from_every_earlier_version_migrates_to_equal_a_fresh_one() {
        let fresh = Connection::open_in_memory().unwrap();
        migrate(&fresh).unwrap();
        for old in 0..latest_version() {
            let conn = Connection::open_in_memory().unwrap();
            migrate_to(&conn, old).unwrap();
            if old >= 1 {
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES ('time_zone', 'Europe/London')",
                    [],
                )
                .unwrap();
            }
            migrate(&conn).unwrap();
            let v: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            assert_eq!(v, latest_version());
            let names: Vec<_> = schema(&fresh).into_iter().map(|(t, n, _)| (t, n)).collect();
            let migrated: Vec<_> = schema(&conn).into_iter().map(|(t, n, _)| (t, n)).collect();
            assert_eq!(migrated, names, "objects differ after migrating from v{old}");
            for (kind, name) in &names {
                if kind == "table" {
                    assert_eq!(columns(&conn, name), columns(&fresh, name), "{name} from v{old}");
                }
            }
            if old >= 1 {
                let kept: String = conn
                    .query_row("SELECT value FROM settings WHERE key = 'time_zone'", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(kept, "Europe/London", "data lost migrating from v{old}");
            }
        }
    }

    #[test]
    fn an_agreement_made_before_kinds_could_be_chosen_leaves_out_family_time_court_and_social_worker() {
        let conn = Connection::open_in_memory().unwrap();
        migrate_to(&conn, 10).unwrap();
        conn.execute_batch(
            "INSERT INTO care_contacts (id, name, role, relay_url, inbox_id, signing_key, box_key, added_at, updated_at)
                 VALUES ('c', 'Maya', 'midwife', 'http://127.0.0.1:1', 'i', 's', 'b', 0, 0);
             INSERT INTO consent_grants (id, contact_id, categories, start_date, purpose, created_at)
                 VALUES ('with', 'c', '[\"appointments\",\"medicines_and_doses\"]', '2026-11-01', 'treatment', 0),
                        ('without', 'c', '[\"medicines_and_doses\"]', '2026-11-01', 'treatment', 0);",
        )
        .unwrap();
        migrate(&conn).unwrap();
        let kinds = |id: &str| -> String {
            conn.query_row(
                "SELECT appointment_kinds FROM consent_grants WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(
            kinds("with"),
            serde_json::to_string(&crate::sharing::kinds::defaults()).unwrap()
        );
        assert_eq!(kinds("without"), "[]");
    }

    #[test]
    fn a_vault_from_a_newer_app_is_refused_untouched() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!("PRAGMA user_version = {}", latest_version() + 1))
            .unwrap();
        assert!(matches!(migrate(&conn), Err(AlongsideError::VaultUnreadable { .. })));
        let v: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, latest_version() + 1);
    }
}
