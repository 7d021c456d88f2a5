//! The library as a build system takes it: a `CMakeLists.txt` with a library target and an
//! install rule, and the pkg-config file it installs.

use askama::Template;

use super::NamespaceView;
use crate::catalog::Catalog;
use crate::output::File;

/// `CMakeLists.txt` and `<pkg>.pc.in`, which CMake fills in at install; `description` is the
/// catalog's, as a comment shows it (one line of ASCII).
pub fn files(
    catalog: &Catalog,
    header: &str,
    pkg: &str,
    namespaces: &[NamespaceView],
    description: &str,
) -> askama::Result<Vec<File>> {
    // CMake takes a version of numbers only: a pre-release or build suffix is dropped.
    let cmake_version = catalog.version.split(['-', '+']).next().unwrap_or(&catalog.version);
    let cmake = CMakeLists { header, pkg, cmake_version, description: &cmake_string(description), namespaces };
    let pc = PkgConfig { header, pkg, version: &catalog.version, description_line: &pc_text(description) };
    Ok(vec![File::new("CMakeLists.txt", cmake.render()?), File::new(format!("{pkg}.pc.in"), pc.render()?)])
}

/// Text as a CMake quoted argument.
fn cmake_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if matches!(c, '"' | '\\' | '$' | ';') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Text as a pkg-config value, through CMake's `configure_file(@ONLY)`: `$` doubled (a variable
/// otherwise), `#` escaped (a comment otherwise), and `@` written `(at)`, which `configure_file`
/// would take for the start of a variable.
fn pc_text(s: &str) -> String {
    s.replace('$', "$$").replace('#', "\\#").replace('@', "(at)")
}

#[derive(Template)]
#[template(path = "c/CMakeLists.txt", escape = "none")]
struct CMakeLists<'a> {
    header: &'a str,
    pkg: &'a str,
    cmake_version: &'a str,
    description: &'a str,
    namespaces: &'a [NamespaceView],
}

#[derive(Template)]
#[template(path = "c/pc.in", escape = "none")]
struct PkgConfig<'a> {
    header: &'a str,
    pkg: &'a str,
    version: &'a str,
    description_line: &'a str,
}
