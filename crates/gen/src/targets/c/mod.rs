//! C: a C11 library for devices and anything that links C. `include/<pkg>.h` declares every
//! namespace's constants and lookups, `src/<pkg>.c` holds what they share (locales, searches,
//! writing a message with its arguments into a caller's buffer, as snprintf does) and
//! `src/namespaces/<namespace>.c` each namespace's tables, so a static link takes only the
//! namespaces a program uses. Nothing is allocated and nothing written at run time: every table
//! is `static const` and every lookup a search by halves. Clean under `gcc -std=c11 -Wall -Wextra
//! -Werror -pedantic`, and the header from C++ (`extern "C"`). A `CMakeLists.txt` and a
//! pkg-config file package it.
//!
//! C has one name space for a whole program, so every public name carries the package's prefix:
//! `api_errors_larkea_symbol`, `API_ERRORS_LARKEA_DEVICE_NOT_FOUND`. The [`Naming`] methods give
//! the names after that prefix (`larkea_symbol`, `LARKEA_DEVICE_NOT_FOUND`): the prefix is the same
//! for every name, so two names meet with it exactly when they meet without it. What two
//! namespaces' names could still share (`a` + `from_symbol`, `a_from` + `symbol`) is refused by
//! [`C::refuse`].

mod build;
mod names;
mod tables;

use askama::Template;

use super::package::{self, Readme};
use super::{Feature, Name, Naming, Refusal, Target};
use crate::catalog::Catalog;
use crate::escape::{c_comment, c_string};
use crate::naming;
use crate::output::File;
use tables::NamespaceView;

pub struct C;

/// The files beside the namespaces' in `src/namespaces/`: none.
const OWN_FILES: &[&str] = &[];

/// The most bytes a comment quotes of catalog text: C's portable logical line is 4,095
/// characters, and the exact text is in the tables.
const COMMENT_BYTES: usize = 160;

/// The package's prefix of functions and types: the package name in `snake_case` (`api_errors`).
fn prefix(catalog: &Catalog) -> String {
    naming::snake(&catalog.package)
}

/// An `UPPER_SNAKE` name with each run of `_` made one: C++ reserves every identifier with a
/// double underscore, and the header is C++'s too.
fn macro_case(s: &str) -> String {
    let upper = naming::upper_snake_constant(s);
    let mut out = String::with_capacity(upper.len());
    for c in upper.chars() {
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out
}

/// Catalog text for a comment: one ASCII line, at most [`COMMENT_BYTES`] of it.
fn comment(s: &str) -> String {
    let text = c_comment(s);
    if text.len() <= COMMENT_BYTES {
        return text;
    }
    let mut cut = COMMENT_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}...", &text[..cut])
}

impl Naming for C {
    fn package(&self, catalog: &Catalog) -> String {
        prefix(catalog)
    }

    /// What every public name of a namespace starts with, after the package's prefix.
    fn module(&self, namespace: &str) -> String {
        namespace.to_owned()
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{namespace}_code")
    }

    /// C has no error type: a code is reported with its message.
    fn error_type(&self, namespace: &str) -> String {
        self.type_name(namespace)
    }

    fn constant(&self, namespace: &str, symbol: &str) -> String {
        format!("{}_{}", macro_case(namespace), macro_case(symbol))
    }

    fn function(&self, namespace: &str, name: &str) -> String {
        format!("{namespace}_{name}")
    }

    fn file(&self, namespace: &str) -> String {
        format!("src/namespaces/{namespace}.c")
    }

    fn attribute(&self, name: &str) -> String {
        name.to_owned()
    }
}

impl Target for C {
    fn name(&self) -> &'static str {
        "c"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        match name {
            Name::Namespace(ns) => super::file_too_long(&format!("{ns}.c")),
            _ => None,
        }
    }

    fn naming(&self) -> Option<&dyn Naming> {
        Some(self)
    }

    /// C has no exception type, no problem objects and no JSON library of its own.
    fn features(&self) -> &'static [Feature] {
        &[Feature::Lookups, Feature::Errors, Feature::Numbers]
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
            super::emits::Scope::Member => names::FUNCTIONS,
            super::emits::Scope::File => OWN_FILES,
            _ => &[],
        }
    }

    /// Every public name is declared once in the program, none is one the C library defines,
    /// and no text holds a NUL (see [`names`]).
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        names::refusals(catalog)
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let pkg = prefix(catalog);
        let macro_prefix = pkg.to_ascii_uppercase();
        let guard = format!("{macro_prefix}_H");
        let namespaces: Vec<NamespaceView> =
            catalog.namespaces.iter().map(|ns| tables::namespace_view(catalog, ns, &pkg)).collect();
        let mut files = vec![
            File::new(
                format!("include/{pkg}.h"),
                HeaderH {
                    header: &header,
                    pkg: &pkg,
                    macro_prefix: &macro_prefix,
                    guard: &guard,
                    version: &c_string(&catalog.version, usize::MAX, ""),
                    description: &comment(&catalog.metadata.description),
                    default_locale: &c_string(catalog.default_locale_tag(), usize::MAX, ""),
                    namespaces: &namespaces,
                }
                .render()?,
            ),
            File::new(
                "src/internal.h",
                InternalH {
                    header: &header,
                    pkg: &pkg,
                    macro_prefix: &macro_prefix,
                    guard: &guard,
                    locale_count: catalog.locales.len(),
                    default_locale: catalog.default_locale,
                }
                .render()?,
            ),
            File::new(
                format!("src/{pkg}.c"),
                RuntimeC {
                    header: &header,
                    pkg: &pkg,
                    macro_prefix: &macro_prefix,
                    locales: &catalog.locales.iter().map(|l| c_string(l, usize::MAX, "")).collect::<Vec<_>>(),
                }
                .render()?,
            ),
        ];
        for ns in &namespaces {
            let template = NamespaceC { header: &header, pkg: &pkg, macro_prefix: &macro_prefix, ns };
            files.push(File::new(self.file(&ns.name), super::render_sized(&template, ns.capacity)?));
        }
        files.extend(build::files(catalog, &header, &pkg, &namespaces, &comment(&catalog.metadata.description))?);
        let first = &catalog.namespaces[0];
        let symbol = &first.entries[0].symbol;
        let constant = format!("{macro_prefix}_{}", self.constant(&first.name, symbol));
        let lookup = format!("{pkg}_{}", self.function(&first.name, "message"));
        let example = format!(
            "#include <stdio.h>\n#include \"{pkg}.h\"\n\nint main(void) {{\n    printf(\"%s\\n\", {lookup}({constant}, {macro_prefix}_DEFAULT_LOCALE));\n    return 0;\n}}"
        );
        files.extend(package::files(
            catalog,
            &Readme {
                name: pkg.clone(),
                // No registry takes C: a project adds the folder, or installs it and finds it
                // with pkg-config (the README's Use section).
                install_lang: "cmake",
                install: format!(
                    "add_subdirectory(path/to/this/folder)\ntarget_link_libraries(your_program PRIVATE {pkg})"
                ),
                local: format!(
                    "add_subdirectory(path/to/this/folder)\ntarget_link_libraries(your_program PRIVATE {pkg})"
                ),
                target: self.name(),
                lang: "c",
                example,
            },
        )?);
        Ok(files)
    }
}

#[derive(Template)]
#[template(path = "c/header.h", escape = "none")]
struct HeaderH<'a> {
    header: &'a str,
    pkg: &'a str,
    macro_prefix: &'a str,
    guard: &'a str,
    version: &'a str,
    description: &'a str,
    default_locale: &'a str,
    namespaces: &'a [NamespaceView],
}

#[derive(Template)]
#[template(path = "c/internal.h", escape = "none")]
struct InternalH<'a> {
    header: &'a str,
    pkg: &'a str,
    macro_prefix: &'a str,
    guard: &'a str,
    locale_count: usize,
    default_locale: usize,
}

#[derive(Template)]
#[template(path = "c/runtime.c", escape = "none")]
struct RuntimeC<'a> {
    header: &'a str,
    pkg: &'a str,
    macro_prefix: &'a str,
    locales: &'a [String],
}

#[derive(Template)]
#[template(path = "c/namespace.c", escape = "none")]
struct NamespaceC<'a> {
    header: &'a str,
    pkg: &'a str,
    macro_prefix: &'a str,
    ns: &'a NamespaceView,
}
