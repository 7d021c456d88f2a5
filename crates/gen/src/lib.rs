//! The error-code generator: `catalog.yaml` in, one package per language out.
//!
//! Data flows one way: [`catalog::load`] parses and validates the YAML into a [`catalog::Catalog`],
//! each [`targets::Target`] renders it through its askama templates into [`output::File`]s, and
//! [`output`] writes them atomically or checks them against what is on disk.

pub mod catalog;
pub mod diff;
pub mod escape;
pub mod git;
pub mod import;
pub mod naming;
pub mod output;
pub mod project;
pub mod starter;
pub mod synthetic;
pub mod targets;
pub mod version;

/// Reads, validates and checks the catalog at `path` against every target: what the CLI does
/// before it writes anything (it runs each target's check with its rendering, see
/// `targets::check_then`).
///
/// # Errors
/// Every problem found, with its place in the file.
pub fn load(path: &std::path::Path) -> Result<catalog::Catalog, catalog::Diagnostics> {
    load_str(&catalog::read(path)?, &path.display().to_string())
}

/// [`load`] for catalog text; `file` names it in diagnostics.
///
/// # Errors
/// Every problem found, with its place in the text.
pub fn load_str(src: &str, file: &str) -> Result<catalog::Catalog, catalog::Diagnostics> {
    let catalog = catalog::load_str(src, file)?;
    match targets::check(&catalog) {
        Ok(()) => Ok(catalog),
        Err(items) => Err(catalog::Diagnostics::new(file, src, items)),
    }
}

/// How the generator writes: [`output`] told how the targets' headers look (to adopt an output
/// written before its record was kept), and whether to replace files edited by hand (`--force`).
#[must_use]
pub fn output_options(force: bool) -> output::Options {
    output::Options { force, adopts: targets::is_header }
}
