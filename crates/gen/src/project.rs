//! Where the catalog and the output are, found from the current folder as cargo and git find
//! their project: never from paths compiled into the binary, so an installed `gen` works in any
//! checkout.

use std::path::{Component, Path, PathBuf};

/// The file a project is recognized by, searched for upward from the current folder.
pub const CATALOG_FILE: &str = "catalog.yaml";

/// The folder, beside the catalog, that the packages go to unless `--out` says otherwise.
pub const OUT_DIR: &str = "generated";

/// The catalog and output folder one run uses, as absolute, normalized paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub cwd: PathBuf,
    pub catalog: PathBuf,
    pub out: PathBuf,
}

impl Project {
    /// Resolves `--catalog` and `--out` against `cwd`. Without `--catalog`, the nearest
    /// `catalog.yaml` in `cwd` or a parent; without `--out`, `generated/` beside the catalog.
    ///
    /// # Errors
    /// When no `--catalog` is given and no folder from `cwd` up holds a `catalog.yaml`.
    pub fn find(cwd: &Path, catalog: Option<&Path>, out: Option<&Path>) -> Result<Self, String> {
        let cwd = normalize(cwd);
        let catalog = match catalog {
            Some(path) => normalize(&cwd.join(path)),
            None => cwd.ancestors().map(|dir| dir.join(CATALOG_FILE)).find(|p| p.is_file()).ok_or_else(|| {
                format!(
                    "no {CATALOG_FILE} in {} or any folder above it: run gen inside a project, or pass --catalog PATH",
                    cwd.display()
                )
            })?,
        };
        let out = match out {
            Some(path) => normalize(&cwd.join(path)),
            None => catalog.parent().unwrap_or(&cwd).join(OUT_DIR),
        };
        Ok(Self { cwd, catalog, out })
    }

    /// `path` as a person at `cwd` would type it: relative when it is below `cwd`.
    #[must_use]
    pub fn shown(&self, path: &Path) -> String {
        path.strip_prefix(&self.cwd).map_or_else(
            |_| path.display().to_string(),
            |rel| {
                if rel.as_os_str().is_empty() { ".".to_owned() } else { rel.display().to_string() }
            },
        )
    }

    /// The catalog as the generated headers name it: relative to the folder that holds the
    /// output folder (the project), or just its file name when it lies elsewhere.
    #[must_use]
    pub fn catalog_in_project(&self) -> String {
        let project = self.out.parent().unwrap_or(&self.out);
        self.catalog.strip_prefix(project).map_or_else(
            |_| self.catalog.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            |rel| rel.display().to_string(),
        )
    }
}

/// `path` without `.` and `..` components, lexically (a symlinked folder is not resolved: the
/// user named it).
#[must_use]
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalized_and_shown_relative() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("repo");
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join(CATALOG_FILE), "").unwrap();
        let project = Project::find(&root.join("a/b"), None, None).unwrap();
        assert_eq!(project.catalog, root.join(CATALOG_FILE));
        assert_eq!(project.out, root.join(OUT_DIR));
        assert_eq!(project.shown(&project.catalog), project.catalog.display().to_string());
        assert_eq!(project.catalog_in_project(), CATALOG_FILE);

        let at_root = Project::find(&root, Some(Path::new("a/../catalog.yaml")), Some(Path::new("./out"))).unwrap();
        assert_eq!(at_root.shown(&at_root.catalog), CATALOG_FILE);
        assert_eq!(at_root.shown(&at_root.out), "out");

        let outside = Project::find(dir.path(), None, None).unwrap_err();
        assert!(outside.contains("no catalog.yaml in"), "{outside}");
    }
}
