//! Consumer checks that passed, remembered by a hash of everything they read, so that a second
//! `cargo test` does not run the same strict tools over the same bytes again: the way cargo does
//! not recompile an unchanged crate. A check runs again when any input changes: the package's
//! files, the catalog, the consumer's sources and lockfiles in `tests/<language>/`, the
//! conformance cases, the tools' versions, or the harness itself (this test binary, which holds
//! the generator and every driver). `GEN_CONSUMER_CACHE=off` runs everything.

use std::path::{Path, PathBuf};

/// Folders that hold what tools made, not what they read.
const MADE: &[&str] = &["node_modules", ".venv", "target", "dist", "__pycache__", ".mypy_cache", ".ruff_cache"];

/// A language's record of passed checks, under `target/consumer-stamps/<language>/`.
pub struct Stamps {
    dir: PathBuf,
    /// The hash of what every check of the language reads.
    base: Vec<u8>,
    enabled: bool,
}

impl Stamps {
    /// `tools`: the versions the tools printed.
    pub fn new(main: &Path, language: &str, tools: &str) -> Self {
        static HARNESS: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let harness =
            HARNESS.get_or_init(|| hash_files(&std::fs::read(std::env::current_exe().unwrap()).unwrap(), &[]));
        let mut seed = harness.clone();
        seed.extend_from_slice(tools.as_bytes());
        let mut files = Vec::new();
        for dir in [main.join("tests").join(language), main.join("tests/conformance")] {
            walk(&dir, &dir, &mut files);
        }
        let base = hash_files(&seed, &files);
        let enabled = std::env::var("GEN_CONSUMER_CACHE").map_or(true, |v| v != "off" && v != "0");
        Self { dir: main.join("target/consumer-stamps").join(language), base, enabled }
    }

    /// The key of check `what` reading `inputs` (files or folders).
    pub fn key(&self, what: &str, inputs: &[PathBuf]) -> String {
        let mut files = Vec::new();
        for input in inputs {
            walk(input, input, &mut files);
        }
        let mut seed = self.base.clone();
        seed.extend_from_slice(what.as_bytes());
        let digest = hash_files(&seed, &files);
        format!("{what}-{:032x}", u128::from_le_bytes(digest[..16].try_into().unwrap()))
    }

    /// Whether check `key` passed before; says so when it did.
    pub fn passed(&self, key: &str) -> bool {
        let hit = self.enabled && self.dir.join(key).exists();
        if hit {
            eprintln!("cached: {key} passed before with these exact inputs (GEN_CONSUMER_CACHE=off runs it)");
        }
        hit
    }

    /// Records that check `key` passed.
    pub fn record(&self, key: &str) {
        std::fs::create_dir_all(&self.dir).unwrap();
        std::fs::write(self.dir.join(key), b"").unwrap();
    }
}

/// Every file under `path` (or `path` itself), sorted, skipping tools' output: its path from
/// `root` (a fixture's folder changes from run to run; what is in it does not) and its path.
fn walk(root: &Path, path: &Path, out: &mut Vec<(PathBuf, PathBuf)>) {
    let Ok(meta) = std::fs::metadata(path) else { return };
    if meta.is_file() {
        let name = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        out.push((name, path.to_path_buf()));
        return;
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for entry in entries {
        let name = entry.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if !MADE.contains(&name.as_str()) {
            walk(root, &entry, out);
        }
    }
}

/// XXH3-128 over `seed`, then each file's name and bytes (each length-prefixed, so no two
/// lists of files run together into the same bytes).
fn hash_files(seed: &[u8], files: &[(PathBuf, PathBuf)]) -> Vec<u8> {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(seed);
    for (name, file) in files {
        let bytes = std::fs::read(file).unwrap();
        for part in [name.as_os_str().as_encoded_bytes(), bytes.as_slice()] {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    hasher.digest128().to_le_bytes().to_vec()
}
