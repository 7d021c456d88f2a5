//! What each target writes beside the catalog's own names, by scope, and the one check that
//! refuses a catalog name meeting one of them.
//!
//! A target states, in [`super::Target::emits`], every identifier it declares in each scope where
//! a catalog name lands: the other parameters and locals of the functions a message parameter
//! becomes an argument of (Python's `code`, Java's `arguments`), the members of the code type
//! where an attribute's accessor goes (with the method names the language's tools give a
//! meaning to: Go's `Unwrap`, `ReadByte`, `GobEncode`; Java's `Object` methods), and the package's
//! own modules and files, beside which a namespace's go (TypeScript's `format.js`, Rust's
//! `core`). The drift test below renders every target and fails when a file appears that its
//! list does not name.

use super::{Name, Target};

/// Where in a target's output a catalog name lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The parameters, locals and names the bodies use of the functions whose arguments are an
    /// entry's message parameters ([`super::Naming::parameter`]).
    Parameter,
    /// The members of a namespace's code type, where an attribute's accessor goes
    /// ([`super::Naming::attribute`]).
    Member,
    /// The package's own modules, crates and top-level names, beside a namespace's module
    /// ([`super::Naming::module`]).
    Module,
    /// The names of the package's own files in the folder of the namespaces' files
    /// ([`super::Naming::file`]).
    File,
}

impl Scope {
    fn place(self) -> &'static str {
        match self {
            Self::Parameter => "beside the parameters of its formatting function",
            Self::Member => "among the members of the code type",
            Self::Module => "among the package's own modules",
            Self::File => "among the package's own files",
        }
    }
}

/// Why `name` cannot be written by `target`: it becomes a name the target already writes in
/// the same scope.
pub fn clash(target: &dyn Target, name: Name<'_>) -> Option<String> {
    let naming = target.naming()?;
    let (scope, what, given, written) = match name {
        Name::Param(p) => (Scope::Parameter, "parameter", p, naming.parameter(p)),
        Name::Attribute(a) => (Scope::Member, "attribute", a, naming.attribute(a)),
        Name::Namespace(ns) => {
            let module = naming.module(ns);
            if target.emits(Scope::Module).contains(&module.as_str()) {
                (Scope::Module, "namespace", ns, module)
            } else {
                (Scope::File, "namespace", ns, file_name(&naming.file(ns)).to_owned())
            }
        }
        _ => return None,
    };
    target.emits(scope).contains(&written.as_str()).then(|| {
        format!(
            "{what} {} meets `{written}`, which the generated code declares {}",
            super::becomes(given, &written),
            scope.place()
        )
    })
}

/// A file's name without its folder: `src/main.rs` is `main.rs`.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::{Scope, file_name};
    use crate::targets::ALL;

    /// Every file a target renders in its namespaces' folder is a namespace's (its name starts
    /// with the namespace's, in the target's case), a README or license, or one its `File` scope
    /// names: a new helper module the list forgets fails here, not in a user's build.
    #[test]
    fn every_target_names_the_files_it_writes() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/params.yaml")).unwrap();
        let catalog = crate::load_str(&text, "params.yaml").unwrap_or_else(|e| panic!("{e}"));
        let squash = |s: &str| s.replace(['_', '-'], "").to_lowercase();
        for target in ALL {
            let Some(naming) = target.naming() else { continue };
            let folder = |path: &str| path.rsplit_once('/').map_or("", |(dir, _)| dir).to_owned();
            let files: Vec<String> =
                target.render(&catalog).unwrap().iter().map(|f| f.path.to_string_lossy().replace('\\', "/")).collect();
            // Where the namespaces' files are, as rendered (`file` may be relative to a folder).
            let folders: Vec<String> = catalog
                .namespaces
                .iter()
                .filter_map(|ns| files.iter().find(|f| f.ends_with(&naming.file(&ns.name))).map(|f| folder(f)))
                .collect();
            assert_eq!(
                folders.len(),
                catalog.namespaces.len(),
                "{}: a namespace's file is not rendered",
                target.name()
            );
            for path in &files {
                let name = file_name(path);
                let namespace_file = catalog.namespaces.iter().any(|ns| squash(name).starts_with(&squash(&ns.name)));
                if !folders.contains(&folder(path))
                    || namespace_file
                    || name.starts_with("README")
                    || name.starts_with("LICENSE")
                {
                    continue;
                }
                assert!(
                    target.emits(Scope::File).contains(&name),
                    "{}: `{path}` is not in its emitted files",
                    target.name()
                );
            }
        }
    }
}
