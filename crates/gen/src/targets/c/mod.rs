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

/// The functions of a namespace, after `<pkg>_<namespace>_`, and its code type's `code`: an
/// attribute's accessor goes beside them.
const FUNCTIONS: &[&str] = &[
    "code",
    "symbol",
    "from_symbol",
    "message",
    "translation",
    "deprecation",
    "format_message",
    "format_error",
    "count",
    "code_at",
    "retired_count",
    "retired_at",
];

/// The package's own names after `<pkg>_` (types and functions) and `<PKG>_` (macros).
const OWN: &[&str] = &[
    "arg",
    "arg_kind",
    "text_arg",
    "int_arg",
    "float_arg",
    "locale_count",
    "locale_at",
    "resolve_locale",
    "format_arg",
];
const OWN_MACROS: &[&str] = &["H", "H_INTERNAL", "VERSION", "DEFAULT_LOCALE", "ARG_TEXT", "ARG_INT", "ARG_FLOAT"];

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

/// Names the C standard library's headers that the package includes, or a program beside it
/// likely does, define: a public name equal to one would not compile (`INT_LEAST8_MAX`, made of
/// a package `int`, a namespace `least8` and a symbol `MAX`).
fn standard_name(name: &str) -> bool {
    const STEMS: &[&str] = &[
        "INT",
        "UINT",
        "INTPTR",
        "UINTPTR",
        "INTMAX",
        "UINTMAX",
        "SIZE",
        "PTRDIFF",
        "SIG_ATOMIC",
        "WCHAR",
        "WINT",
        "CHAR",
        "SCHAR",
        "UCHAR",
        "SHRT",
        "USHRT",
        "LONG",
        "ULONG",
        "LLONG",
        "ULLONG",
        "FLT",
        "DBL",
        "LDBL",
    ];
    const TYPES: &[&str] = &["intptr", "uintptr", "intmax", "uintmax", "size", "ptrdiff", "wchar", "wint"];
    // `INT8`, `UINT_LEAST16`, `INT_FAST32`: an exact-width, least or fast integer type's stem.
    let integer = |stem: &str| {
        let stem = stem.strip_prefix('U').unwrap_or(stem);
        let digits = stem
            .strip_prefix("INT_LEAST")
            .or_else(|| stem.strip_prefix("INT_FAST"))
            .or_else(|| stem.strip_prefix("INT"));
        digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    let limit = ["_MAX", "_MIN", "_C", "_WIDTH"]
        .iter()
        .any(|suffix| name.strip_suffix(suffix).is_some_and(|stem| STEMS.contains(&stem) || integer(stem)));
    let type_name =
        name.strip_suffix("_t").is_some_and(|stem| integer(&stem.to_ascii_uppercase()) || TYPES.contains(&stem));
    limit || type_name || ["bool", "true", "false", "NULL", "EOF", "BUFSIZ", "FILENAME_MAX"].contains(&name)
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
            super::emits::Scope::Member => FUNCTIONS,
            super::emits::Scope::File => OWN_FILES,
            _ => &[],
        }
    }

    /// Every public name is declared once in the program: the package's own, each namespace's
    /// functions, code type and accessors (`<pkg>_<ns>_<name>`), and each constant
    /// (`<PKG>_<NS>_<SYMBOL>`); none is a name the C library defines.
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        let pkg = prefix(catalog);
        let upper = pkg.to_ascii_uppercase();
        let mut out = nul_refusals(catalog);
        let mut names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        let mut claim = |name: String, owner: String, at| {
            if standard_name(&name) {
                out.push(Refusal {
                    rule: "reserved-name",
                    help: super::RENAME,
                    at,
                    entry: None,
                    reason: format!("`{name}`, for {owner}, is a name the C library defines"),
                });
            } else if let Some(first) = names.insert(name.clone(), owner.clone())
                && first != owner
            {
                out.push(Refusal {
                    rule: "reserved-name",
                    help: super::RENAME,
                    at,
                    entry: None,
                    reason: format!("`{name}` would be declared twice in the C library: for {first} and for {owner}"),
                });
            }
        };
        let at = catalog.top_at("package");
        for own in OWN {
            claim(format!("{pkg}_{own}"), "the package itself".to_owned(), at);
        }
        for own in OWN_MACROS {
            claim(format!("{upper}_{own}"), "the package itself".to_owned(), at);
        }
        for ns in &catalog.namespaces {
            let owner = format!("namespace `{}`", ns.name);
            for function in FUNCTIONS {
                claim(format!("{pkg}_{}", self.function(&ns.name, function)), owner.clone(), ns.at);
            }
            // An accessor named like a function is refused once, as a clash (`emits`).
            for a in catalog.attributes.iter().filter(|a| !FUNCTIONS.contains(&a.name.as_str())) {
                claim(format!("{pkg}_{}_{}", ns.name, a.name), format!("attribute `{}` of {owner}", a.name), ns.at);
            }
            for e in &ns.entries {
                for symbol in std::iter::once(&e.symbol).chain(&e.aliases) {
                    // Two symbols of one namespace are the shared check's (`symbol-collision`).
                    let name = format!("{upper}_{}", self.constant(&ns.name, symbol));
                    claim(name, format!("{owner}'s symbols"), e.at);
                }
            }
        }
        out
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
        let cmake_version = catalog.version.split(['-', '+']).next().unwrap_or(&catalog.version).to_owned();
        files.push(File::new(
            "CMakeLists.txt",
            CMakeLists {
                header: &header,
                pkg: &pkg,
                cmake_version: &cmake_version,
                description: &cmake_string(&comment(&catalog.metadata.description)),
                namespaces: &namespaces,
            }
            .render()?,
        ));
        files.push(File::new(
            format!("{pkg}.pc.in"),
            PkgConfig {
                header: &header,
                pkg: &pkg,
                version: &catalog.version,
                description_line: &pc_text(&comment(&catalog.metadata.description)),
            }
            .render()?,
        ));
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
                install_lang: "sh",
                install: format!("cmake -S path/to/this/folder -B build && cmake --install build  # then: pkg-config --cflags --libs {pkg}"),
                local: "add_subdirectory(path/to/this/folder)  # in your CMakeLists.txt".to_owned(),
                target: self.name(),
                lang: "c",
                example,
            },
        )?);
        Ok(files)
    }
}

/// Text a C string cannot hold: one with a NUL, where every C reader would stop. A message,
/// a deprecation note or an attribute's text with one is refused, not cut.
fn nul_refusals(catalog: &Catalog) -> Vec<Refusal> {
    let mut out = Vec::new();
    for ns in &catalog.namespaces {
        for e in &ns.entries {
            let texts =
                e.messages.iter().flatten().cloned().chain(e.deprecated.iter().map(crate::catalog::Deprecation::note));
            let values = e.attributes.iter().flat_map(|v| match v {
                crate::catalog::Value::String(s) => vec![s.clone()],
                crate::catalog::Value::StringList(items) => items.clone(),
                _ => Vec::new(),
            });
            if texts.chain(values).any(|t| t.contains('\0')) {
                out.push(Refusal {
                    rule: "nul-in-text",
                    help: "remove the NUL (U+0000), or leave `c` out of `generate`",
                    at: e.at,
                    entry: Some(format!("{} {} {}", ns.name, e.code, e.symbol)),
                    reason: "a text holds a NUL (U+0000), where a C string ends".to_owned(),
                });
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_c_library_defines_are_known() {
        for name in ["INT_LEAST8_MAX", "UINT64_C", "SIZE_MAX", "int32_t", "uint_fast16_t", "bool", "NULL"] {
            assert!(standard_name(name), "{name}");
        }
        for name in ["API_ERRORS_LARKEA_X", "api_errors_larkea_symbol", "INT_X_MAX_Y"] {
            assert!(!standard_name(name), "{name}");
        }
    }

    #[test]
    fn macro_names_have_no_double_underscore() {
        assert_eq!(macro_case("OBSOLETE_ER_FOO__UNUSED"), "OBSOLETE_ER_FOO_UNUSED");
        assert_eq!(macro_case("DuplicateKey"), "DUPLICATE_KEY");
    }
}
