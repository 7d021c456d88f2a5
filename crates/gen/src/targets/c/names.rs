//! The C library's names: C has one name space for a whole program, so every public name is
//! claimed once here, against the others and against the names the C library defines; and the
//! texts a C string cannot hold.

use super::{C, prefix};
use crate::catalog::Catalog;
use crate::targets::{Naming, RENAME, Refusal};

/// The functions of a namespace, after `<pkg>_<namespace>_`, and its code type's `code`: an
/// attribute's accessor goes beside them.
pub const FUNCTIONS: &[&str] = &[
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

/// Everything the C target refuses in `catalog`.
pub fn refusals(catalog: &Catalog) -> Vec<Refusal> {
    let pkg = prefix(catalog);
    let upper = pkg.to_ascii_uppercase();
    let mut out = nul_refusals(catalog);
    let mut names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut claim = |name: String, owner: String, at| {
        if standard_name(&name) {
            out.push(Refusal {
                rule: "reserved-name",
                help: RENAME,
                at,
                entry: None,
                reason: format!("`{name}`, for {owner}, is a name the C library defines"),
            });
        } else if let Some(first) = names.insert(name.clone(), owner.clone())
            && first != owner
        {
            out.push(Refusal {
                rule: "reserved-name",
                help: RENAME,
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
            claim(format!("{pkg}_{}", C.function(&ns.name, function)), owner.clone(), ns.at);
        }
        // An accessor named like a function is refused once, as a clash (`emits`).
        for a in catalog.attributes.iter().filter(|a| !FUNCTIONS.contains(&a.name.as_str())) {
            claim(format!("{pkg}_{}_{}", ns.name, a.name), format!("attribute `{}` of {owner}", a.name), ns.at);
        }
        for e in &ns.entries {
            for symbol in std::iter::once(&e.symbol).chain(&e.aliases) {
                // Two symbols of one namespace are the shared check's (`symbol-collision`).
                let name = format!("{upper}_{}", C.constant(&ns.name, symbol));
                claim(name, format!("{owner}'s symbols"), e.at);
            }
        }
    }
    out
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
        assert_eq!(super::super::macro_case("OBSOLETE_ER_FOO__UNUSED"), "OBSOLETE_ER_FOO_UNUSED");
        assert_eq!(super::super::macro_case("DuplicateKey"), "DUPLICATE_KEY");
    }
}
