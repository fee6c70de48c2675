//! The uniffi-bindgen command, built from the same pinned uniffi as the core so the
//! generated Kotlin, Swift and Python always match the library's scaffolding.
fn main() {
    uniffi::uniffi_bindgen_main()
}
