#![allow(dead_code)] // each test binary uses some of these
//! Helpers shared by the integration tests.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The workspace root, where `catalog.yaml` and `tests/fixtures/` are.
#[must_use]
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the workspace exists")
}

/// Every file under `dir` with its bytes (a symlink as its target), sorted: a whole output folder
/// to compare before and after a run.
#[must_use]
pub fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.file_type().is_symlink() {
                out.push((path.clone(), std::fs::read_link(&path).unwrap().into_os_string().into_encoded_bytes()));
            } else if meta.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
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
