//! For tests only: a named pipe that offers far more bytes than any file the core reads
//! should hold, counting how many the reader took before it stopped. A reader bounded
//! while reading closes early; one that reads to the end takes them all.

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;

/// What the pipe offers in all: large enough to tell a bounded reader from an unbounded
/// one, small enough that an unbounded one (the code before its fix) costs little.
pub const OFFERED: usize = 16 * 1024 * 1024;

/// A pipe at `path` being written by a thread; `taken` counts bytes the reader accepted.
pub struct Fifo {
    writer: Option<JoinHandle<()>>,
    taken: Arc<AtomicUsize>,
}

impl Fifo {
    pub fn at(path: &Path) -> Fifo {
        let made = std::process::Command::new("mkfifo").arg(path).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let taken = Arc::new(AtomicUsize::new(0));
        let (path, count) = (path.to_path_buf(), taken.clone());
        let writer = std::thread::spawn(move || {
            // Opening blocks until the reader opens its end.
            let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(&path) else {
                return;
            };
            let chunk = vec![b'{'; 64 * 1024];
            while count.load(Ordering::SeqCst) < OFFERED {
                // Fails (EPIPE) once the reader has closed its end.
                if pipe.write_all(&chunk).is_err() {
                    return;
                }
                count.fetch_add(chunk.len(), Ordering::SeqCst);
            }
        });
        Fifo {
            writer: Some(writer),
            taken,
        }
    }

    /// Bytes the reader took, once the writer has finished (the reader closed or all was sent).
    pub fn taken(mut self) -> usize {
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
        self.taken.load(Ordering::SeqCst)
    }
}
