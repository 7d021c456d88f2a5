//! The ownership record: every file the generator wrote under `--out`, with a hash of its bytes,
//! committed with the output as `cargo vendor` commits `.cargo-checksum.json` and `go mod vendor`
//! commits `vendor/modules.txt`.
//!
//! A file is the generator's to replace or remove exactly when this record lists it and its
//! bytes still hash as recorded: what a file says (a header, a license text, an empty marker
//! file) never makes it the generator's.
//!
//! The format is text, one file a line, sorted, so that it diffs and merges like the output:
//!
//! ```text
//! # comment lines
//! <32 hex digits of the XXH3-128 hash>  <path relative to --out, `/`-separated>
//! ```
//!
//! A path may be listed with two hashes: a run records the old and the new bytes of every file it
//! is about to replace before it replaces any, so that a run killed halfway leaves a record that
//! still owns every file, whichever bytes it holds.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read as _};
use std::path::{Component, Path, PathBuf};

use super::Error;

/// The record's file name, directly under `--out`.
pub const NAME: &str = ".gen-manifest";

/// The largest record read: about a million files. A bigger one is not the generator's.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A file's XXH3-128 hash: fast enough to hash the hundreds of megabytes of a 100,000-code
/// output in tens of milliseconds, and stable across versions (the algorithm is specified).
pub type Hash = u128;

#[must_use]
pub fn hash(bytes: &[u8]) -> Hash {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// The hash of the file at `path`, read a piece at a time.
///
/// # Errors
/// The file cannot be read.
pub fn hash_file(path: &Path) -> io::Result<Hash> {
    let mut file = fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
    let mut buffer = vec![0; 256 * 1024];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Ok(hasher.digest128()),
            Ok(n) => hasher.update(&buffer[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// The record: each listed path (relative to `--out`) with the hashes its bytes may have.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    files: BTreeMap<PathBuf, Vec<Hash>>,
}

impl Manifest {
    /// The record under `out`; an empty one if there is none yet.
    ///
    /// # Errors
    /// The record is a symlink or not a file, cannot be read, or is not in the record's format
    /// (named by line).
    pub fn load(out: &Path) -> Result<Self, Error> {
        let path = out.join(NAME);
        let shown = || out.join(NAME);
        match fs::symlink_metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(error) => return Err(Error::Io { path: shown(), error, switched: false }),
            Ok(meta) if meta.file_type().is_symlink() => return Err(Error::Symlink(shown())),
            Ok(meta) if !meta.is_file() => return Err(Error::InTheWay(shown())),
            Ok(_) => {}
        }
        let mut bytes = Vec::new();
        fs::File::open(&path)
            .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|error| Error::Io { path: shown(), error, switched: false })?;
        let bad = |line: usize, why: &str| Error::Manifest { path: shown(), line, why: why.to_owned() };
        if bytes.len() as u64 > MAX_BYTES {
            return Err(bad(1, "larger than any record the generator writes"));
        }
        let text = String::from_utf8(bytes).map_err(|_| bad(1, "not UTF-8 text"))?;
        Self::parse(&text).map_err(|(line, why)| bad(line, why))
    }

    /// Reads the record's text; a problem is its 1-based line and what is wrong.
    fn parse(text: &str) -> Result<Self, (usize, &'static str)> {
        let mut manifest = Self::default();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (hex, path) = line.split_once("  ").ok_or((i + 1, "not `HASH  PATH`"))?;
            if hex.len() != 32 {
                return Err((i + 1, "the hash is not 32 hexadecimal digits"));
            }
            let hash = Hash::from_str_radix(hex, 16).map_err(|_| (i + 1, "the hash is not 32 hexadecimal digits"))?;
            let path = unescape(path).ok_or((i + 1, "the path has an unknown escape"))?;
            // A path that could reach outside a target's folder is never the generator's.
            let parts: Vec<Component<'_>> = path.components().collect();
            if parts.len() < 2 || !parts.iter().all(|c| matches!(c, Component::Normal(_))) {
                return Err((i + 1, "the path is not a file inside a target's folder"));
            }
            manifest.add(path, hash);
        }
        Ok(manifest)
    }

    /// The record's text: deterministic, sorted by path.
    #[must_use]
    pub fn render(&self) -> String {
        let mut text = String::from(
            "# @generated by `gen`: every file it wrote under this folder, with the XXH3-128 hash of its bytes.\n\
             # gen replaces or removes a file only while it is listed here with the bytes it has. Do not edit.\n",
        );
        for (path, hashes) in &self.files {
            for hash in hashes {
                let _ = writeln!(text, "{hash:032x}  {}", escape(path));
            }
        }
        text
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The hashes recorded for `rel`, if it is listed.
    #[must_use]
    pub fn hashes(&self, rel: &Path) -> Option<&[Hash]> {
        self.files.get(rel).map(Vec::as_slice)
    }

    /// Whether any file under the target folder `dir` is listed: a folder with none was not
    /// written by a version that keeps the record, and is adopted by its headers.
    #[must_use]
    pub fn lists_any_under(&self, dir: &str) -> bool {
        self.under(dir).next().is_some()
    }

    /// The listed files under the target folder `dir`.
    pub fn under<'a>(&'a self, dir: &'a str) -> impl Iterator<Item = (&'a PathBuf, &'a [Hash])> + 'a {
        self.files
            .range(PathBuf::from(dir)..)
            .take_while(move |(path, _)| path.starts_with(dir))
            .map(|(path, hashes)| (path, hashes.as_slice()))
    }

    /// Records `hash` for `rel`, beside any hash it has.
    pub fn add(&mut self, rel: PathBuf, hash: Hash) {
        let hashes = self.files.entry(rel).or_default();
        if !hashes.contains(&hash) {
            hashes.push(hash);
            hashes.sort_unstable();
        }
    }

    /// This record with the target folder `dir` recorded anew as `files`.
    pub fn replace_under(&mut self, dir: &str, files: impl IntoIterator<Item = (PathBuf, Hash)>) {
        let old: Vec<PathBuf> = self.under(dir).map(|(p, _)| p.clone()).collect();
        for path in old {
            self.files.remove(&path);
        }
        for (path, hash) in files {
            self.add(path, hash);
        }
    }

    /// Every file and hash of `self` and of `other`: what a run records before it replaces
    /// anything (see the module documentation).
    #[must_use]
    pub fn union(&self, other: &Self) -> Self {
        let mut all = self.clone();
        for (path, hashes) in &other.files {
            for hash in hashes {
                all.add(path.clone(), *hash);
            }
        }
        all
    }
}

/// A path as the record writes it: `/`-separated, with `\` and line breaks escaped, so that each
/// file is exactly one line whatever its name.
fn escape(path: &Path) -> String {
    let mut out = String::new();
    for (i, part) in path.components().enumerate() {
        if i > 0 {
            out.push('/');
        }
        for c in part.as_os_str().to_string_lossy().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c => out.push(c),
            }
        }
    }
    out
}

fn unescape(text: &str) -> Option<PathBuf> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\\' => match chars.next()? {
                '\\' => '\\',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            },
            c => c,
        });
    }
    Some(PathBuf::from(out))
}

#[cfg(test)]
mod tests {
    use super::{Manifest, hash};
    use std::path::PathBuf;

    #[test]
    fn the_record_reads_back_what_it_wrote() {
        let mut manifest = Manifest::default();
        manifest.add(PathBuf::from("rust/src/lib.rs"), hash(b"a"));
        manifest.add(PathBuf::from("rust/src/lib.rs"), hash(b"b"));
        manifest.add(PathBuf::from("python/odd\\name\nx.py"), hash(b""));
        let text = manifest.render();
        assert_eq!(Manifest::parse(&text).unwrap(), manifest);
        assert_eq!(text.lines().filter(|l| !l.starts_with('#')).count(), 3, "{text}");
        assert_eq!(manifest.under("rust").count(), 1);
        assert_eq!(manifest.under("rus").count(), 0, "a folder is a whole name");
    }

    #[test]
    fn a_record_that_could_reach_outside_a_target_is_refused_by_line() {
        let good = format!("{:032x}  rust/Cargo.toml\n", hash(b"x"));
        assert!(Manifest::parse(&good).is_ok());
        for (bad, line) in [
            (format!("# c\n{:032x}  ../etc/passwd\n", 1), 2),
            (format!("{:032x}  /etc/passwd\n", 1), 1),
            (format!("{:032x}  Cargo.toml\n", 1), 1),
            ("zz  rust/x\n".to_owned(), 1),
            (format!("{:032x} rust/x\n", 1), 1),
            (format!("{:032x}  rust/\\q\n", 1), 1),
        ] {
            assert_eq!(Manifest::parse(&bad).unwrap_err().0, line, "{bad}");
        }
    }
}
