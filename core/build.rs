//! Compiles every guidance content file into the core.
//!
//! Walking `content/guidance/` here, rather than keeping a hand-written `include_str!`
//! list, means a new article cannot be forgotten: whatever is in the folder is compiled in.
//! A test in `guidance::set` still compares the compiled list with the folder, in case
//! this script ever stops being rerun.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content").join("guidance");
    // A directory makes cargo rescan everything under it for changes.
    println!("cargo:rerun-if-changed=content/guidance");
    println!("cargo:rerun-if-changed=build.rs");
    let mut files = Vec::new();
    if root.is_dir() {
        collect(&root, &mut files);
    }
    files.sort();
    let mut out = String::from("/// Every file under `content/guidance/`, by path relative to it.\n");
    out.push_str("pub const FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let _ = writeln!(out, "    ({rel:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("guidance_files.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=could not write the guidance file list: {e}");
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "md" || e == "toml") {
            out.push(path);
        }
    }
}
