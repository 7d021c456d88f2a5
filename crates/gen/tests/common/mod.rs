#![allow(dead_code)] // each test binary uses some of these
//! Helpers shared by the integration tests.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The workspace root, where `catalog.yaml` and `tests/fixtures/` are.
#[must_use]
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs many snapshot assertions and fails once at the end, naming every snapshot that changed,
/// so one `cargo test` run writes every `.snap.new` for `cargo insta review` (insta's own
/// assertion stops a test at the first).
#[derive(Default)]
pub struct Snapshots {
    changed: Vec<String>,
}

impl Snapshots {
    pub fn check(&mut self, name: &str, assertion: impl FnOnce()) {
        if catch_unwind(AssertUnwindSafe(assertion)).is_err() {
            self.changed.push(name.to_owned());
        }
    }

    /// # Panics
    /// When a snapshot changed.
    pub fn finish(self) {
        assert!(
            self.changed.is_empty(),
            "{} snapshot(s) changed: {}\nreview each with `cargo insta review`",
            self.changed.len(),
            self.changed.join(", ")
        );
    }
}
