//! What one package needs done, found before anything is written: which files change, which
//! are the generator's to replace or remove (by its record, see [`super::manifest`]), and which
//! are someone else's.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::disk::{self, check_path, holds, read_prefix, shown};
use super::manifest::{self, Hash, Manifest};
use super::{Error, Package};

/// What one package needs done, found before anything is written.
pub struct Plan<'a> {
    pub dir: &'a str,
    /// Files whose bytes differ from (or are missing on) the disk, relative to `out`.
    pub changed: Vec<(PathBuf, &'a str)>,
    pub unchanged: usize,
    /// Recorded files the package no longer has, with their recorded bytes.
    pub orphans: Vec<PathBuf>,
    /// Temporary files an interrupted run left.
    pub temps: Vec<PathBuf>,
    /// Hand-written READMEs and licenses kept (see [`Report::kept`]).
    pub kept: Vec<PathBuf>,
    /// Recorded files the package has, edited by hand since.
    pub edited: Vec<PathBuf>,
    /// Recorded files the package no longer has, edited by hand since.
    pub left: Vec<PathBuf>,
    /// Every file the package writes and will be the generator's, with its hash.
    pub records: Vec<(PathBuf, Hash)>,
}

/// Whose a file at a destination is.
enum Owner {
    /// The generator's: recorded with these bytes, or adopted by its header.
    Generator,
    /// Recorded, but its bytes changed since.
    Edited,
    /// Not recorded (and not adopted).
    Someone,
}

impl<'a> Plan<'a> {
    pub fn new(
        out: &Path,
        package: &Package<'a>,
        manifest: &Manifest,
        adopts: fn(&str) -> bool,
    ) -> Result<Self, Error> {
        let dir = Path::new(package.dir);
        // A folder the record lists nothing in was written before the record was kept (or never
        // written): its files are adopted by their header.
        let adopting = !manifest.lists_any_under(package.dir);
        let mut plan = Plan {
            dir: package.dir,
            changed: Vec::new(),
            unchanged: 0,
            orphans: Vec::new(),
            temps: Vec::new(),
            kept: Vec::new(),
            edited: Vec::new(),
            left: Vec::new(),
            records: Vec::with_capacity(package.files.len()),
        };
        let io_error = |rel: &Path, error| Error::Io { path: rel.to_owned(), error, switched: false };
        let mut wanted = BTreeSet::new();
        // The folders the generator writes in: where an interrupted run's temporary files are.
        let mut folders = BTreeSet::from([dir.to_path_buf()]);
        for file in package.files {
            let rel = dir.join(&file.path);
            check_path(out, &rel)?;
            let path = out.join(&rel);
            wanted.insert(rel.clone());
            folders.extend(rel.parent().map(Path::to_path_buf));
            let record = (rel.clone(), manifest::hash(file.contents.as_bytes()));
            match fs::metadata(&path) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => plan.changed.push((rel, &file.contents)),
                Err(error) => return Err(io_error(&rel, error)),
                // Read through only when it could be the same bytes: a file of another length
                // (someone else's, however large) is told apart without reading it whole.
                Ok(meta)
                    if meta.len() == file.contents.len() as u64
                        && holds(&path, file.contents.as_bytes()).map_err(|e| io_error(&rel, e))? =>
                {
                    plan.unchanged += 1;
                }
                Ok(_) => match owner(&rel, &path, manifest, adopting, adopts).map_err(|e| io_error(&rel, e))? {
                    Owner::Generator => plan.changed.push((rel, &file.contents)),
                    Owner::Edited | Owner::Someone if is_courtesy(&rel) => {
                        plan.kept.push(rel);
                        continue;
                    }
                    Owner::Edited => plan.edited.push(rel),
                    Owner::Someone => return Err(Error::Foreign(shown(out, &path))),
                },
            }
            plan.records.push(record);
        }
        // A package of no files (a target the catalog no longer generates) has nothing to adopt
        // from: only what the record lists of it is removed.
        if adopting && package.files.is_empty() {
            return Ok(plan);
        }
        if adopting {
            let mut found = Vec::new();
            disk::walk(out, dir, &mut found)?;
            found.sort();
            for rel in found {
                let name = rel.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
                if disk::is_temp_name(&name) {
                    plan.temps.push(rel);
                } else if !wanted.contains(&rel) && adopts(&first_line(&read_prefix(&out.join(&rel)))) {
                    plan.orphans.push(rel);
                }
            }
            return Ok(plan);
        }
        for (rel, hashes) in manifest.under(package.dir) {
            if wanted.contains(rel) {
                continue;
            }
            match check_path(out, rel) {
                Ok(()) => {}
                Err(e @ Error::Symlink(_)) => return Err(e),
                // A folder or another kind of file stands there now: not the generator's.
                Err(_) => continue,
            }
            let path = out.join(rel);
            if !fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_file()) {
                continue;
            }
            folders.extend(rel.parent().map(Path::to_path_buf));
            if hashes.contains(&manifest::hash_file(&path).map_err(|e| io_error(rel, e))?) {
                plan.orphans.push(rel.clone());
            } else {
                plan.left.push(rel.clone());
            }
        }
        for folder in folders {
            disk::temps_in(out, &folder, &mut plan.temps);
        }
        Ok(plan)
    }
}

/// Whose the file at `path` (`rel` under `out`) is, when its bytes are not the generated ones.
fn owner(rel: &Path, path: &Path, manifest: &Manifest, adopting: bool, adopts: fn(&str) -> bool) -> io::Result<Owner> {
    Ok(match manifest.hashes(rel) {
        Some(hashes) if hashes.contains(&manifest::hash_file(path)?) => Owner::Generator,
        Some(_) => Owner::Edited,
        None if adopting && adopts(&first_line(&read_prefix(path))) => Owner::Generator,
        None => Owner::Someone,
    })
}

fn first_line(bytes: &[u8]) -> String {
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    String::from_utf8_lossy(line).into_owned()
}

/// A README or license a package's author may have written themselves: kept, not replaced.
fn is_courtesy(rel: &Path) -> bool {
    rel.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n == "README.md" || n == "LICENSE" || n.starts_with("LICENSE-"))
}

pub fn read_lossy(path: &Path) -> String {
    fs::read(path).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}
