//! Writing generated files as carefully as cargo and git treat a user's disk:
//!
//! - only files the generator wrote are touched, only inside each target's folder under `--out`,
//!   never through a symlink (a symlinked `--out` itself is allowed: the user chose it);
//! - a file is the generator's own only if its first line is the generator's header;
//! - all or nothing: every target is planned and every changed file staged (written in full and
//!   flushed to disk beside its destination) before the first one is renamed into place; a
//!   failure before that leaves the previous output byte-identical, and a run killed during the
//!   renames is repaired by the next run, which also removes the temporary files it left;
//! - runs into one folder are serialized by a lock on the folder, as cargo locks its build dir;
//! - `--check` writes nothing and reports every stale, missing or orphaned file and every
//!   leftover temporary file, with a unified diff.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Component, Path, PathBuf};

/// One generated file: its path relative to its target's folder and its full contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: PathBuf,
    pub contents: String,
}

impl File {
    /// A file whose text ends with exactly one newline, whatever the template left at its end.
    pub fn new(path: impl Into<PathBuf>, mut contents: String) -> Self {
        contents.truncate(contents.trim_end_matches('\n').len());
        contents.push('\n');
        Self { path: path.into(), contents }
    }
}

/// One target's files, to go under `--out/<dir>`.
pub struct Package<'a> {
    pub dir: &'a str,
    pub files: &'a [File],
}

/// What a write or a check found. Paths are relative to the output folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Files whose bytes were (or, for a check, would be) written.
    pub changed: Vec<PathBuf>,
    /// Generated files the catalog no longer produces, and temporary files an interrupted run
    /// left: removed, or reported by a check.
    pub removed: Vec<PathBuf>,
    /// Files already exactly as generated.
    pub unchanged: usize,
    /// Hand-written files kept where the generator would write its own README or license:
    /// a package's author may write those themselves.
    pub kept: Vec<PathBuf>,
    /// For a check, a unified diff of each stale, missing or orphaned file.
    pub diff: String,
}

impl Report {
    #[must_use]
    pub fn is_fresh(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty()
    }
}

/// Why the output could not be written or checked; nothing was changed unless it says so.
#[derive(Debug)]
pub enum Error {
    /// A symlink where the generator would write, or inside a target's folder.
    Symlink(PathBuf),
    /// Something other than a regular file where a generated file goes, or other than a folder
    /// where a folder goes.
    InTheWay(PathBuf),
    /// A file the generator did not write where one of its files goes.
    Foreign(PathBuf),
    /// A file or folder name longer than file systems hold.
    NameTooLong(PathBuf),
    /// An operation on `path` failed. `switched` says whether some files were already replaced
    /// (the run was cut short between renames; the next run repairs it).
    Io { path: PathBuf, error: io::Error, switched: bool },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Symlink(path) => write!(
                f,
                "{} is a symlink: the generator never writes or removes through one; replace it with a real folder or file",
                path.display()
            ),
            Self::InTheWay(path) => write!(
                f,
                "{} is in the way: the generator needs a file there (or a folder, for a parent); move it away",
                path.display()
            ),
            Self::Foreign(path) => write!(
                f,
                "{} was not written by the generator (its first line is not the generator's header), and the generator writes a file there: move it away",
                path.display()
            ),
            Self::NameTooLong(path) => {
                write!(f, "{}: a name in this path is longer than the 255 bytes file systems hold", path.display())
            }
            Self::Io { path, error, switched: false } => {
                write!(f, "{}: {error}; nothing was changed", path.display())
            }
            Self::Io { path, error, switched: true } => write!(
                f,
                "{}: {error}; the output is partly updated: run the generator again to complete it",
                path.display()
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Folders the generated packages' own tools create inside a target's folder: never ours to
/// read, remove or check.
const TOOL_DIRS: &[&str] = &["target", "node_modules", "__pycache__", "build", "dist", ".venv"];

/// What every generated file's first line says after its comment opener (see
/// `targets::header`): a file is the generator's own exactly when its first line starts so.
pub const MARKER: &str = "@generated by `gen`";

/// The marker of versions before `gen` could be installed, so their files are still recognized.
const LEGACY_MARKER: &str = "@generated by `cargo run -p gen`";

/// The header's form in Go, which its tools recognize only as `// Code generated ... DO NOT EDIT.`
pub const GO_MARKER: &str = "Code generated by `gen`";

/// Comment openers a header line may start with, in the generated languages; `{ "//": "` is
/// a JSON file's (npm reads a `"//"` member as a comment).
const COMMENT_OPENERS: &[&str] = &["//", "#", "<!--", "{ \"//\": \""];

/// Temporary files are named `.gen-tmp-PID-N`: the next run recognizes a killed run's leftovers.
const TEMP_PREFIX: &str = ".gen-tmp-";

/// The longest file or folder name the common file systems (ext4, APFS, NTFS) hold, in bytes.
pub const MAX_NAME_BYTES: usize = 255;

/// Is `first_line` the generator's header?
#[must_use]
pub fn is_header(first_line: &str) -> bool {
    COMMENT_OPENERS.iter().any(|opener| {
        first_line.strip_prefix(opener).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(MARKER) || rest.starts_with(LEGACY_MARKER) || rest.starts_with(GO_MARKER)
        })
    })
}

/// Writes every package under `out`, all or nothing (see the module documentation).
///
/// # Errors
/// A symlink or a foreign file in the way, a name too long, or a failed read, write or rename.
pub fn write(out: &Path, packages: &[Package<'_>]) -> Result<Report, Error> {
    let writer = Writer::open(out)?;
    // Each target on a thread of its own (they are separate folders), so the flushes overlap.
    let staged: Vec<Result<Staging, Error>> = std::thread::scope(|scope| {
        let writer = &writer;
        let handles: Vec<_> = packages.iter().map(|p| scope.spawn(move || writer.stage(p))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    writer.commit(staged.into_iter().collect::<Result<_, _>>()?)
}

/// A write in progress: the folder locked, packages staged one by one (by the caller, on as
/// many threads as it likes, each as soon as it is rendered, so that its text can be freed),
/// then all switched into place by [`Writer::commit`]. Dropping a [`Staging`] instead removes
/// what it staged: nothing of the previous output has changed until the commit.
pub struct Writer {
    out: PathBuf,
    /// The folders `open` made, outermost first: removed again unless a commit fills them.
    created: Vec<PathBuf>,
    _lock: Lock,
}

impl Drop for Writer {
    fn drop(&mut self) {
        for dir in self.created.iter().rev() {
            if fs::remove_dir(dir).is_err() {
                break;
            }
        }
    }
}

/// One package staged by [`Writer::stage`]: its changed files written under temporary names,
/// and what else the commit does for it. Owns no file contents.
pub struct Staging {
    dir: String,
    staged: Vec<(Staged, PathBuf)>,
    unchanged: usize,
    orphans: Vec<PathBuf>,
    temps: Vec<PathBuf>,
    kept: Vec<PathBuf>,
    /// Folders made for the staged files, removed again if the write does not happen.
    created: Vec<PathBuf>,
}

impl Drop for Staging {
    fn drop(&mut self) {
        // The staged files remove themselves when dropped; then the folders made for them,
        // deepest first.
        self.staged.clear();
        self.created.sort_by_key(|dir| std::cmp::Reverse(dir.components().count()));
        for dir in self.created.drain(..) {
            let _ = fs::remove_dir(dir);
        }
    }
}

impl Writer {
    /// Creates `out` if needed and locks it against other writers.
    ///
    /// # Errors
    /// `out` cannot be created or locked.
    pub fn open(out: &Path) -> Result<Self, Error> {
        let created: Vec<PathBuf> = out
            .ancestors()
            .take_while(|dir| !dir.as_os_str().is_empty() && !dir.exists())
            .map(Path::to_path_buf)
            .collect();
        fs::create_dir_all(out).map_err(|error| Error::Io { path: out.to_owned(), error, switched: false })?;
        let created = created.into_iter().rev().collect();
        Ok(Self { out: out.to_owned(), created, _lock: Lock::exclusive(out)? })
    }

    /// Plans one package and stages each of its changed files, flushed to disk.
    ///
    /// # Errors
    /// A symlink or a foreign file in the way, a name too long, or a failed read or write.
    pub fn stage(&self, package: &Package<'_>) -> Result<Staging, Error> {
        let out = self.out.as_path();
        let plan = Plan::new(out, package)?;
        let mut staging = Staging {
            dir: plan.dir.to_owned(),
            staged: Vec::with_capacity(plan.changed.len()),
            unchanged: plan.unchanged,
            orphans: plan.orphans,
            temps: plan.temps,
            kept: plan.kept,
            created: Vec::new(),
        };
        let parents = plan
            .changed
            .iter()
            .map(|(rel, _)| make_parent(out, rel, &mut staging.created))
            .collect::<Result<Vec<_>, _>>()?;
        // Flushing a file waits on the disk, not the processor: the files of a package of
        // hundreds (the Java classes of a large namespace) are written on several threads at
        // once, or the run would wait for each flush in turn.
        let per_thread = plan.changed.len().div_ceil(WRITERS).max(1);
        let written: Vec<Result<Staged, Error>> = std::thread::scope(|scope| {
            let handles: Vec<_> = plan
                .changed
                .chunks(per_thread)
                .zip(parents.chunks(per_thread))
                .map(|(files, parents)| {
                    scope.spawn(move || {
                        files
                            .iter()
                            .zip(parents)
                            .map(|((rel, contents), parent)| {
                                Staged::write(parent, contents.as_bytes()).map_err(|error| Error::Io {
                                    path: rel.clone(),
                                    error,
                                    switched: false,
                                })
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                .collect()
        });
        for (temp, (rel, _)) in written.into_iter().zip(plan.changed) {
            staging.staged.push((temp?, rel));
        }
        Ok(staging)
    }

    /// Switches every staged package into place: renames each staged file over its
    /// destination, then removes what is no longer ours.
    ///
    /// # Errors
    /// A failed rename or removal (the error says whether files were already replaced).
    pub fn commit(mut self, packages: Vec<Staging>) -> Result<Report, Error> {
        // From here on the folders are the output's, whatever happens.
        self.created.clear();
        let out = self.out.as_path();
        let mut report = Report::default();
        for mut package in packages {
            for (temp, rel) in std::mem::take(&mut package.staged) {
                temp.persist(&out.join(&rel)).map_err(|error| Error::Io {
                    path: rel.clone(),
                    error,
                    switched: !report.changed.is_empty(),
                })?;
                report.changed.push(rel);
            }
            // Its folders now hold the files: they stay.
            package.created.clear();
            report.unchanged += package.unchanged;
            report.kept.append(&mut package.kept);
            for rel in std::mem::take(&mut package.orphans).into_iter().chain(std::mem::take(&mut package.temps)) {
                let path = out.join(&rel);
                fs::remove_file(&path).map_err(|error| Error::Io { path: rel.clone(), error, switched: true })?;
                remove_empty_parents(out, &rel, &package.dir);
                report.removed.push(rel);
            }
        }
        Ok(report)
    }
}

/// Compares every package with what is under `out`, writing nothing.
///
/// # Errors
/// A symlink or a foreign file in the way, a name too long, or a failed read.
pub fn check(out: &Path, packages: &[Package<'_>]) -> Result<Report, Error> {
    let _lock = if out.is_dir() { Some(Lock::shared(out)?) } else { None };
    let mut report = Report::default();
    for package in packages {
        let mut plan = Plan::new(out, package)?;
        report.unchanged += plan.unchanged;
        report.kept.append(&mut plan.kept);
        for (rel, contents) in plan.changed {
            let old = read_lossy(&out.join(&rel));
            report.diff.push_str(&unified_diff(&rel, &old, contents));
            report.changed.push(rel);
        }
        for rel in plan.orphans {
            report.diff.push_str(&unified_diff(&rel, &read_lossy(&out.join(&rel)), ""));
            report.removed.push(rel);
        }
        for rel in plan.temps {
            let _ = writeln!(
                report.diff,
                "--- a/{}\n(a temporary file an interrupted run left: the next run removes it)",
                rel.display()
            );
            report.removed.push(rel);
        }
    }
    Ok(report)
}

/// What one package needs done, found before anything is written.
struct Plan<'a> {
    dir: &'a str,
    /// Files whose bytes differ from (or are missing on) the disk, relative to `out`.
    changed: Vec<(PathBuf, &'a str)>,
    unchanged: usize,
    /// Files with the generator's header that the package no longer has.
    orphans: Vec<PathBuf>,
    /// Temporary files an interrupted run left.
    temps: Vec<PathBuf>,
    /// Hand-written READMEs and licenses kept (see [`Report::kept`]).
    kept: Vec<PathBuf>,
}

impl<'a> Plan<'a> {
    fn new(out: &Path, package: &Package<'a>) -> Result<Self, Error> {
        let dir = Path::new(package.dir);
        let mut plan = Plan {
            dir: package.dir,
            changed: Vec::new(),
            unchanged: 0,
            orphans: Vec::new(),
            temps: Vec::new(),
            kept: Vec::new(),
        };
        let mut wanted = BTreeSet::new();
        for file in package.files {
            let rel = dir.join(&file.path);
            check_path(out, &rel)?;
            let path = out.join(&rel);
            // Read through only when it could be the same bytes: a file of another length
            // (someone else's, however large) is told apart by its first bytes.
            let old = match fs::metadata(&path) {
                Ok(meta) if meta.len() == file.contents.len() as u64 => {
                    if holds(&path, file.contents.as_bytes()).map_err(|error| Error::Io {
                        path: rel.clone(),
                        error,
                        switched: false,
                    })? {
                        plan.unchanged += 1;
                        wanted.insert(rel);
                        continue;
                    }
                    read_prefix(&path)
                }
                Ok(_) => read_prefix(&path),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    plan.changed.push((rel.clone(), &file.contents));
                    wanted.insert(rel);
                    continue;
                }
                Err(error) => return Err(Error::Io { path: rel, error, switched: false }),
            };
            match old {
                old if !is_own(&rel, &old) => {
                    if !is_courtesy(&rel) {
                        return Err(Error::Foreign(shown(out, &path)));
                    }
                    plan.kept.push(rel.clone());
                }
                _ => plan.changed.push((rel.clone(), &file.contents)),
            }
            wanted.insert(rel);
        }
        let mut found = Vec::new();
        walk(out, dir, &mut found)?;
        found.sort();
        for rel in found {
            let name = rel.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            if is_temp_name(&name) {
                plan.temps.push(rel);
            } else if !wanted.contains(&rel) && is_own(&rel, &read_prefix(&out.join(&rel))) {
                plan.orphans.push(rel);
            }
        }
        Ok(plan)
    }
}

/// Checks that `rel` (relative to `out`) can be written without following a symlink or
/// replacing something that is not a regular file, and that each of its names fits.
fn check_path(out: &Path, rel: &Path) -> Result<(), Error> {
    let mut path = out.to_path_buf();
    let components: Vec<Component<'_>> = rel.components().collect();
    for (i, component) in components.iter().enumerate() {
        let Component::Normal(name) = component else {
            return Err(Error::InTheWay(rel.to_owned()));
        };
        if name.len() > MAX_NAME_BYTES {
            return Err(Error::NameTooLong(rel.to_owned()));
        }
        path.push(name);
        let last = i + 1 == components.len();
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(Error::Symlink(shown(out, &path))),
            Ok(meta) if last && !meta.is_file() => return Err(Error::InTheWay(shown(out, &path))),
            Ok(meta) if !last && !meta.is_dir() => return Err(Error::InTheWay(shown(out, &path))),
            Ok(_) => {}
            // Nothing there yet: nothing below it can be a symlink either.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(error) => return Err(Error::Io { path: shown(out, &path), error, switched: false }),
        }
    }
    Ok(())
}

/// `path` as the user knows it: under `out`.
fn shown(out: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(out).map_or_else(|_| path.to_owned(), |rel| out.join(rel))
}

/// Threads that write one package's changed files.
const WRITERS: usize = 8;

/// The folder `out/rel` goes in, made with any missing parents (recorded in `created`, so a
/// failed run can remove them again).
fn make_parent(out: &Path, rel: &Path, created: &mut Vec<PathBuf>) -> Result<PathBuf, Error> {
    let io_error = |error| Error::Io { path: rel.to_owned(), error, switched: false };
    let parent = out.join(rel).parent().map_or_else(|| out.to_owned(), Path::to_path_buf);
    let mut missing = Vec::new();
    let mut dir = parent.as_path();
    while !dir.exists() && dir != out {
        missing.push(dir.to_path_buf());
        dir = dir.parent().unwrap_or(out);
    }
    for dir in missing.into_iter().rev() {
        fs::create_dir(&dir).map_err(io_error)?;
        created.push(dir);
    }
    Ok(parent)
}

/// A file written in full and flushed to disk under a temporary name beside its destination,
/// removed again if it is dropped before [`Staged::persist`] renames it into place. (The
/// `tempfile` crate does the same; these few lines keep it, and the half of the generator's cold
/// build its dependencies cost, out of the binary.)
struct Staged {
    path: PathBuf,
    persisted: bool,
}

impl Staged {
    /// A new `.gen-tmp-<pid>-<n>` file in `dir`, created exclusively (never an existing file,
    /// never through a symlink someone placed there), holding `bytes`, synced.
    fn write(dir: &Path, bytes: &[u8]) -> io::Result<Self> {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        loop {
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let path = dir.join(format!("{TEMP_PREFIX}{}-{n}", std::process::id()));
            match fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    let staged = Self { path, persisted: false };
                    file.write_all(bytes)?;
                    file.sync_all()?;
                    return Ok(staged);
                }
                // A killed run's leftover with the same name: the next number.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Renames the file over `destination`, atomically.
    fn persist(mut self, destination: &Path) -> io::Result<()> {
        fs::rename(&self.path, destination)?;
        self.persisted = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.persisted {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Removes the folders above `rel` that its removal left empty, up to the target's folder.
fn remove_empty_parents(out: &Path, rel: &Path, dir: &str) {
    let top = out.join(dir);
    let mut path = out.join(rel);
    while path.pop() && path != top && path.starts_with(&top) {
        if fs::remove_dir(&path).is_err() {
            break;
        }
    }
}

/// Every regular file under `out/rel`, relative to `out`, outside the tools' folders. A symlink
/// anywhere there is an error: the generator neither follows nor removes one.
fn walk(out: &Path, rel: &Path, found: &mut Vec<PathBuf>) -> Result<(), Error> {
    let io_error = |path: &Path, error| Error::Io { path: path.to_owned(), error, switched: false };
    let entries = match fs::read_dir(out.join(rel)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(io_error(rel, error)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| io_error(rel, e))?;
        let name = entry.file_name();
        let child = rel.join(&name);
        let kind = entry.file_type().map_err(|e| io_error(&child, e))?;
        if kind.is_symlink() {
            return Err(Error::Symlink(out.join(&child)));
        } else if kind.is_dir() {
            let name = name.to_string_lossy();
            if !TOOL_DIRS.contains(&name.as_ref()) && !name.ends_with(".egg-info") {
                walk(out, &child, found)?;
            }
        } else if kind.is_file() {
            found.push(child);
        }
    }
    Ok(())
}

/// A temporary file of this generator: `.gen-tmp-PID-N`, or `.NAME.PID.tmp` from versions before
/// it. Both forms exactly, numbers included, so a user's file that merely starts so is left alone.
fn is_temp_name(name: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(pid, n)| digits(pid) && digits(n))
        || name
            .strip_suffix(".tmp")
            .and_then(|s| s.strip_prefix('.'))
            .and_then(|s| s.rsplit_once('.'))
            .is_some_and(|(base, pid)| !base.is_empty() && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Is `bytes`, the file at `rel`, one the generator wrote? Its first line is the generator's
/// header, or, for a license file (whose text must stay exactly the license's, for the tools
/// that recognize licenses), it is one of the license texts the generator ships.
fn is_own(rel: &Path, bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else { return false };
    is_header(text.lines().next().unwrap_or_default())
        || (is_license_name(rel) && crate::targets::package::is_license_text(text))
        || is_legacy(rel, text)
}

/// The two files versions before December 2026 wrote without a header: `package.json`
/// (recognized by the file list only the generator wrote) and an empty `py.typed`.
fn is_legacy(rel: &Path, text: &str) -> bool {
    match rel.file_name().and_then(|n| n.to_str()) {
        Some("package.json") => text.starts_with("{\n") && text.contains("\n  \"files\": [\"*.js\", "),
        Some("py.typed") => text.trim().is_empty(),
        _ => false,
    }
}

/// Whether the file at `path` holds exactly `expected`: read a piece at a time into one buffer
/// and compared as it comes, so that checking an unchanged package of hundreds of megabytes
/// costs no memory of its size.
fn holds(path: &Path, expected: &[u8]) -> io::Result<bool> {
    let mut file = fs::File::open(path)?;
    let mut buffer = vec![0; 256 * 1024];
    let mut rest = expected;
    loop {
        let n = match file.read(&mut buffer) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            read => read?,
        };
        if n == 0 {
            return Ok(rest.is_empty());
        }
        if n > rest.len() || buffer[..n] != rest[..n] {
            return Ok(false);
        }
        rest = &rest[n..];
    }
}

/// The first 64 KiB of the file at `path` (empty if unreadable): enough to tell a generated
/// file (its first line) or a license text (a few KiB) from someone else's file, however large
/// that one is.
fn read_prefix(path: &Path) -> Vec<u8> {
    let mut prefix = Vec::new();
    if let Ok(file) = fs::File::open(path) {
        let _ = file.take(64 * 1024).read_to_end(&mut prefix);
    }
    prefix
}

fn is_license_name(rel: &Path) -> bool {
    rel.file_name().and_then(|n| n.to_str()).is_some_and(|n| n == "LICENSE" || n.starts_with("LICENSE-"))
}

/// A README or license a package's author may have written themselves: kept, not replaced.
fn is_courtesy(rel: &Path) -> bool {
    is_license_name(rel) || rel.file_name().is_some_and(|n| n == "README.md")
}

fn read_lossy(path: &Path) -> String {
    fs::read(path).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}

fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// A lock on the output folder itself (no lock file to leave behind): writers exclusive,
/// checkers shared. Released when dropped.
struct Lock {
    _held: fs::File,
}

impl Lock {
    fn exclusive(dir: &Path) -> Result<Self, Error> {
        Self::take(dir, true)
    }

    fn shared(dir: &Path) -> Result<Self, Error> {
        Self::take(dir, false)
    }

    fn take(dir: &Path, exclusive: bool) -> Result<Self, Error> {
        let io_error = |error| Error::Io { path: dir.to_owned(), error, switched: false };
        let file = fs::File::open(dir).map_err(io_error)?;
        let busy = if exclusive { file.try_lock() } else { file.try_lock_shared() };
        if busy.is_err() {
            eprintln!("waiting for another run of gen to finish writing {} ...", dir.display());
            if exclusive { file.lock() } else { file.lock_shared() }.map_err(io_error)?;
        }
        Ok(Self { _held: file })
    }
}

#[cfg(test)]
mod tests {
    use super::{holds, is_header, is_temp_name};

    #[test]
    fn headers_and_temp_names() {
        assert!(is_header("// @generated by `gen` from catalog.yaml. Do not edit."));
        assert!(is_header("<!-- @generated by `gen` from x -->"));
        assert!(!is_header("This file was @generated by `gen` once."));
        assert!(!is_header(""));
        assert!(is_temp_name(".gen-tmp-4242-0"));
        assert!(!is_temp_name(".gen-tmp-notes") && !is_temp_name(".gen-tmp-1-x"));
        assert!(is_temp_name(".larkea.en.md.4242.tmp"));
        assert!(!is_temp_name(".larkea.tmp") && !is_temp_name("notes.tmp"));
    }

    /// Compared a piece at a time: a difference anywhere, in the last piece or past the first,
    /// and a length that changed, are all told.
    #[test]
    fn a_file_holds_exactly_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        let big: Vec<u8> = (0..700_000u32).map(|i| b"abcdefgh"[(i % 8) as usize]).collect();
        std::fs::write(&path, &big).unwrap();
        assert!(holds(&path, &big).unwrap());
        let mut late = big.clone();
        *late.last_mut().unwrap() = b'!';
        assert!(!holds(&path, &late).unwrap());
        let mut second_piece = big.clone();
        second_piece[300_000] = b'!';
        assert!(!holds(&path, &second_piece).unwrap());
        assert!(!holds(&path, &big[..big.len() - 1]).unwrap());
        assert!(!holds(&path, &[big.as_slice(), b"x"].concat()).unwrap());
        std::fs::write(&path, b"").unwrap();
        assert!(holds(&path, b"").unwrap() && !holds(&path, b"x").unwrap());
        assert!(holds(&dir.path().join("missing"), b"").is_err());
    }
}
