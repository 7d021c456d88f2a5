//! Writing generated files as carefully as cargo and git treat a user's disk:
//!
//! - a file is the generator's only if its record, `--out/.gen-manifest` ([`manifest`]), lists
//!   it and its bytes still hash as recorded; a listed file edited by hand is named and left
//!   alone (unless the run is told `--force`), and a file the record does not list is never
//!   touched, whatever it contains. An output without a record (written before there was one)
//!   is adopted once: its files whose first line is a generator's header;
//! - only inside each target's folder under `--out`, never through a symlink (a symlinked `--out`
//!   itself is allowed: the user chose it); folders the record does not lead into (the package
//!   tools' `node_modules`, `target`, ...) are never looked into;
//! - all or nothing: every target is planned and every changed file staged (written in full and
//!   flushed to disk beside its destination) before the first one is renamed into place; a
//!   failure before that leaves the previous output byte-identical, and a run killed during the
//!   renames is repaired by the next run, which also removes the temporary files it left;
//! - runs into one folder are serialized by a lock on the folder, as cargo locks its build dir;
//! - `--check` writes nothing and reports every stale, missing, orphaned or edited file and every
//!   leftover temporary file, with a diff bounded in time and size.

mod diff;
mod disk;
pub mod manifest;
mod plan;

use std::fmt::{self, Write as _};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use disk::MAX_NAME_BYTES;
use disk::{Lock, Staged, make_parent, remove_empty_parents};
use manifest::{Hash, Manifest};
use plan::{Plan, read_lossy};

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

/// How a run treats files it does not plainly own.
#[derive(Clone, Copy)]
pub struct Options {
    /// Replace (or remove) files the record lists that were edited by hand since.
    pub force: bool,
    /// Whether a first line is a generator's header: how the files of an output without a record
    /// are adopted (the targets know their comment forms; this layer knows no language).
    pub adopts: fn(&str) -> bool,
}

/// What a write or a check found. Paths are relative to the output folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Files whose bytes were (or, for a check, would be) written, the record included.
    pub changed: Vec<PathBuf>,
    /// Generated files the catalog no longer produces, and temporary files an interrupted run
    /// left: removed, or reported by a check.
    pub removed: Vec<PathBuf>,
    /// Files already exactly as generated.
    pub unchanged: usize,
    /// Hand-written files kept where the generator would write its own README or license:
    /// a package's author may write those themselves.
    pub kept: Vec<PathBuf>,
    /// Recorded files edited by hand since: for a check, stale files that a run would refuse
    /// to replace without `--force`; for a forced run, the edited files it replaced or removed.
    pub edited: Vec<PathBuf>,
    /// Recorded files the catalog no longer produces that were edited by hand: left where they
    /// are and struck from the record (they are the user's now).
    pub left: Vec<PathBuf>,
    /// For a check, a unified diff of each stale, missing or orphaned file (bounded: see
    /// `note`).
    pub diff: String,
    /// For a check whose diff was cut, how to see all of it.
    pub note: Option<String>,
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
    /// Files the record lists that were edited by hand since the generator wrote them.
    Edited(Vec<PathBuf>),
    /// The record is not in its format.
    Manifest { path: PathBuf, line: usize, why: String },
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
                "{} was not written by the generator (its record, {}, does not list it), and the generator writes a file there: move it away; nothing was changed",
                path.display(),
                manifest::NAME
            ),
            Self::Edited(paths) => {
                let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                write!(
                    f,
                    "{} {} edited by hand since the generator wrote {} (the bytes differ from its record, {}): the generator leaves edits alone. Make the change in the catalog instead, or pass --force to replace the edited {} with the generated text; nothing was changed",
                    names.join(", "),
                    if paths.len() == 1 { "was" } else { "were" },
                    if paths.len() == 1 { "it" } else { "them" },
                    manifest::NAME,
                    if paths.len() == 1 { "file" } else { "files" },
                )
            }
            Self::Manifest { path, line, why } => write!(
                f,
                "{}:{line}: {why}. This file is the generator's record of the files it wrote: restore it from version control, or delete it to have the files that start with the generator's header adopted again; nothing was changed",
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

/// Writes every package under `out`, all or nothing (see the module documentation).
///
/// # Errors
/// A symlink, a foreign or edited file in the way, a name too long, a broken record, or a
/// failed read, write or rename.
pub fn write(out: &Path, packages: &[Package<'_>], options: Options) -> Result<Report, Error> {
    let writer = Writer::open(out, options)?;
    // Each target on a thread of its own (they are separate folders), so the flushes overlap.
    let staged: Vec<Result<Staging, Error>> = std::thread::scope(|scope| {
        let writer = &writer;
        let handles: Vec<_> = packages.iter().map(|p| scope.spawn(move || writer.stage(p))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    writer.commit(staged.into_iter().collect::<Result<_, _>>()?)
}

/// A write in progress: the folder locked and its record read, packages staged one by one (by
/// the caller, on as many threads as it likes, each as soon as it is rendered, so that its text
/// can be freed), then all switched into place by [`Writer::commit`]. Dropping a [`Staging`]
/// instead removes what it staged: nothing of the previous output has changed until the commit.
pub struct Writer {
    out: PathBuf,
    /// The folders `open` made, outermost first: removed again unless a commit fills them.
    created: Vec<PathBuf>,
    manifest: Manifest,
    options: Options,
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
    edited: Vec<PathBuf>,
    left: Vec<PathBuf>,
    /// What the record will say of this package.
    records: Vec<(PathBuf, Hash)>,
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

/// Threads that write one package's changed files.
const WRITERS: usize = 8;

impl Writer {
    /// Creates `out` if needed, locks it against other writers and reads its record.
    ///
    /// # Errors
    /// `out` cannot be created or locked, or its record cannot be read.
    pub fn open(out: &Path, options: Options) -> Result<Self, Error> {
        let created: Vec<PathBuf> = out
            .ancestors()
            .take_while(|dir| !dir.as_os_str().is_empty() && !dir.exists())
            .map(Path::to_path_buf)
            .collect();
        fs::create_dir_all(out).map_err(|error| Error::Io { path: out.to_owned(), error, switched: false })?;
        let created = created.into_iter().rev().collect();
        let lock = Lock::exclusive(out)?;
        let manifest = Manifest::load(out)?;
        Ok(Self { out: out.to_owned(), created, manifest, options, _lock: lock })
    }

    /// Plans one package and stages each of its changed files, flushed to disk.
    ///
    /// # Errors
    /// A symlink, a foreign or edited file in the way, a name too long, or a failed read or
    /// write.
    pub fn stage(&self, package: &Package<'_>) -> Result<Staging, Error> {
        let out = self.out.as_path();
        let plan = Plan::new(out, package, &self.manifest, self.options.adopts)?;
        let mut edited = plan.edited;
        let mut changed = plan.changed;
        if self.options.force {
            changed.extend(edited.iter().filter_map(|rel| {
                package
                    .files
                    .iter()
                    .find(|f| Path::new(package.dir).join(&f.path) == *rel)
                    .map(|f| (rel.clone(), f.contents.as_str()))
            }));
        } else if !edited.is_empty() {
            return Err(Error::Edited(edited.iter().map(|rel| out.join(rel)).collect()));
        }
        let mut orphans = plan.orphans;
        let mut left = plan.left;
        if self.options.force {
            edited.extend(left.iter().cloned());
            orphans.append(&mut left);
        }
        let mut staging = Staging {
            dir: plan.dir.to_owned(),
            staged: Vec::with_capacity(changed.len()),
            unchanged: plan.unchanged,
            orphans,
            temps: plan.temps,
            kept: plan.kept,
            edited,
            left,
            records: plan.records,
            created: Vec::new(),
        };
        let parents = changed
            .iter()
            .map(|(rel, _)| make_parent(out, rel, &mut staging.created))
            .collect::<Result<Vec<_>, _>>()?;
        // Flushing a file waits on the disk, not the processor: the files of a package of
        // hundreds (the Java classes of a large namespace) are written on several threads at
        // once, or the run would wait for each flush in turn.
        let per_thread = changed.len().div_ceil(WRITERS).max(1);
        let written: Vec<Result<Staged, Error>> = std::thread::scope(|scope| {
            let handles: Vec<_> = changed
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
        for (temp, (rel, _)) in written.into_iter().zip(changed) {
            staging.staged.push((temp?, rel));
        }
        Ok(staging)
    }

    /// Switches every staged package into place: records the old and new hashes of every file
    /// it replaces, renames each staged file over its destination, removes what is no longer the
    /// generator's, then records what the output now is.
    ///
    /// # Errors
    /// A failed write, rename or removal (the error says whether files were already replaced).
    pub fn commit(mut self, packages: Vec<Staging>) -> Result<Report, Error> {
        let out = self.out.as_path();
        let mut next = self.manifest.clone();
        for package in &packages {
            next.replace_under(&package.dir, package.records.iter().cloned());
        }
        let switching = packages.iter().any(|p| !p.staged.is_empty() || !p.orphans.is_empty() || !p.temps.is_empty());
        let on_disk = fs::read_to_string(out.join(manifest::NAME)).ok();
        let mut recorded = on_disk.clone();
        if switching {
            // A run killed from here on leaves a record that owns both the old and the new bytes.
            let both = self.manifest.union(&next).render();
            if recorded.as_deref() != Some(both.as_str()) {
                write_record(out, &both, false)?;
                recorded = Some(both);
            }
        }
        // From here on the folders are the output's, whatever happens.
        self.created.clear();
        let mut report = Report::default();
        for mut package in packages {
            for (temp, rel) in std::mem::take(&mut package.staged) {
                temp.persist(&out.join(&rel)).map_err(|error| Error::Io {
                    path: rel.clone(),
                    error,
                    switched: true,
                })?;
                report.changed.push(rel);
            }
            // Its folders now hold the files: they stay.
            package.created.clear();
            report.unchanged += package.unchanged;
            report.kept.append(&mut package.kept);
            report.edited.append(&mut package.edited);
            report.left.append(&mut package.left);
            for rel in std::mem::take(&mut package.orphans).into_iter().chain(std::mem::take(&mut package.temps)) {
                let path = out.join(&rel);
                fs::remove_file(&path).map_err(|error| Error::Io { path: rel.clone(), error, switched: true })?;
                remove_empty_parents(out, &rel, &package.dir);
                report.removed.push(rel);
            }
            // A package of no files (a target no longer generated): its folder goes too, if
            // nothing of anyone else's is left in it.
            if package.records.is_empty() {
                let _ = fs::remove_dir(out.join(&package.dir));
            }
        }
        let text = next.render();
        if recorded.as_deref() != Some(text.as_str()) && !(next.is_empty() && recorded.is_none()) {
            write_record(out, &text, switching)?;
        }
        if on_disk.as_deref() != Some(text.as_str()) && !(next.is_empty() && on_disk.is_none()) {
            report.changed.push(PathBuf::from(manifest::NAME));
        }
        Ok(report)
    }
}

/// Replaces the record, atomically.
fn write_record(out: &Path, text: &str, switched: bool) -> Result<(), Error> {
    let io_error = |error| Error::Io { path: out.join(manifest::NAME), error, switched };
    Staged::write(out, text.as_bytes()).map_err(io_error)?.persist(&out.join(manifest::NAME)).map_err(io_error)
}

/// Compares every package with what is under `out`, writing nothing.
///
/// # Errors
/// A symlink or a foreign file in the way, a name too long, a broken record, or a failed read.
pub fn check(out: &Path, packages: &[Package<'_>], options: Options) -> Result<Report, Error> {
    let _lock = if out.is_dir() { Some(Lock::shared(out)?) } else { None };
    let manifest = Manifest::load(out)?;
    let mut next = manifest.clone();
    let mut report = Report::default();
    let mut diffs = diff::Diffs::default();
    for package in packages {
        let plan = Plan::new(out, package, &manifest, options.adopts)?;
        report.unchanged += plan.unchanged;
        report.kept.extend(plan.kept);
        let edited = plan.edited.iter().filter_map(|rel| {
            package
                .files
                .iter()
                .find(|f| Path::new(package.dir).join(&f.path) == *rel)
                .map(|f| (rel.clone(), f.contents.as_str()))
        });
        for (rel, contents) in plan.changed.into_iter().chain(edited) {
            diffs.add(&rel, &read_lossy(&out.join(&rel)), contents);
            report.changed.push(rel);
        }
        for rel in plan.orphans {
            diffs.add(&rel, &read_lossy(&out.join(&rel)), "");
            report.removed.push(rel);
        }
        for rel in plan.temps {
            let _ = writeln!(
                diffs.text,
                "--- a/{}\n(a temporary file an interrupted run left: the next run removes it)",
                rel.display()
            );
            report.removed.push(rel);
        }
        report.edited.extend(plan.edited);
        report.left.extend(plan.left);
        next.replace_under(package.dir, plan.records);
    }
    let on_disk = fs::read_to_string(out.join(manifest::NAME)).ok();
    let text = next.render();
    if on_disk.as_deref() != Some(text.as_str()) && !(next.is_empty() && on_disk.is_none()) {
        diffs.add(Path::new(manifest::NAME), on_disk.as_deref().unwrap_or_default(), &text);
        report.changed.push(PathBuf::from(manifest::NAME));
    }
    report.note = diffs.note();
    report.diff = diffs.text;
    Ok(report)
}
