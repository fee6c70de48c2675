//! Regression test: many threads opening their first vaults at the same instant, at the
//! very start of a process (this file holds one test, so nothing has touched SQLite yet).
//! SQLCipher used to refuse some of them with "sqlcipher not initialized", because
//! SQLite reports itself initialised before SQLCipher's own set-up has run.

mod common;

use alongside_core::vault::kdf::KdfParams;
use alongside_core::Vault;
use std::sync::{Arc, Barrier};

#[test]
fn vaults_opened_from_many_threads_at_start_up_all_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let threads = 16;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let path = dir.path().join(format!("v{i}"));
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                Vault::create_with(&path, common::PASSCODE.into(), Some(KdfParams::insecure_for_tests())).map(|_| ())
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap().expect("every vault opens");
    }
}
