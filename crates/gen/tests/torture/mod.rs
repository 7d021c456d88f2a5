//! The name torture catalog: names drawn from what every target writes beside the catalog's
//! names (`Target::emits`) and from the languages' reserved and well-known words, in every slot a
//! catalog name goes (namespace, symbol, alias, attribute, parameter, locale). Whatever `gen`
//! accepts of them is gathered into one catalog, which the consumer harness then builds and reads
//! back with each language's real toolchain, as it does every fixture.
//!
//! The draw is deterministic for a seed: `GEN_TORTURE_SEED=N cargo test -p gen --test consumers`
//! tries another sample (a long run is a loop over seeds); the default seed is the bounded sample
//! every `cargo test` builds.

use std::fmt::Write as _;

use errgen::synthetic::Rng;
use errgen::targets::{ALL, emits::Scope};

/// Words the languages reserve or give a meaning to, beside what the targets list as emitted.
const WORDS: &[&str] = &[
    "type",
    "class",
    "def",
    "func",
    "fn",
    "match",
    "self",
    "super",
    "crate",
    "async",
    "await",
    "yield",
    "none",
    "true",
    "false",
    "null",
    "nil",
    "var",
    "let",
    "const",
    "static",
    "interface",
    "package",
    "import",
    "export",
    "default",
    "enum",
    "struct",
    "impl",
    "trait",
    "where",
    "mod",
    "pub",
    "use",
    "in",
    "is",
    "as",
    "not",
    "and",
    "or",
    "lambda",
    "with",
    "from",
    "global",
    "else",
    "switch",
    "case",
    "break",
    "continue",
    "return",
    "new",
    "delete",
    "void",
    "typeof",
    "instanceof",
    "this",
    "throw",
    "throws",
    "try",
    "catch",
    "finally",
    "goto",
    "chan",
    "go",
    "map",
    "range",
    "select",
    "defer",
    "string",
    "int",
    "float",
    "bool",
    "byte",
    "rune",
    "error",
    "any",
    "object",
    "list",
    "dict",
    "set",
    "str",
    "len",
    "print",
    "code",
    "locale",
    "arguments",
    "message",
    "symbol",
    "name",
    "value",
    "values",
    "ordinal",
    "hash",
    "equals",
    "clone",
    "format",
    "index",
    "main",
    "core",
    "std",
    "alloc",
    "serde",
    "test",
    "lib",
    "status",
    "title",
    "detail",
    "instance",
    "problem",
    "params",
    "known",
    "to_string",
    "from_str",
    "into",
    "get_class",
    "hash_code",
    "to_json",
    "marshal_json",
    "unwrap",
    "read_byte",
    "string_value",
    "name_of",
    "values_of",
    // C's keywords and the names its library gives a meaning to (every C name is global).
    "auto",
    "register",
    "volatile",
    "restrict",
    "inline",
    "signed",
    "unsigned",
    "sizeof",
    "typedef",
    "extern",
    "union",
    "errno",
    "size_t",
    "int32_t",
    "uint8_max",
    "null",
    "eof",
    "arg",
    "arg_kind",
    "resolve_locale",
    "from_symbol",
    "format_message",
    "code_at",
    "retired_count",
    // Kotlin's keywords and what a value class or companion may not declare.
    "typealias",
    "companion",
    "value",
    "data",
    "sealed",
    "reified",
    "lateinit",
    "override",
    "internal",
    "open",
    "init",
    "field",
    "it",
    "box",
    "unbox",
    "is_known",
    "to_problem",
    "from_problem",
    "all",
    "retired",
    "deprecation",
    "translation",
    "locales",
];

/// `items` in a shuffled order, the same for the same generator state.
fn shuffled<T: Clone>(draw: &mut Rng, items: &[T]) -> Vec<T> {
    let mut out = items.to_vec();
    for i in (1..out.len()).rev() {
        let j = usize::try_from(draw.next_u64() % (i as u64 + 1)).unwrap();
        out.swap(i, j);
    }
    out
}

/// Every candidate word in `lower_snake`: the targets' emitted names and the list above.
fn candidates() -> Vec<String> {
    let mut words: Vec<String> = WORDS.iter().map(|w| (*w).to_owned()).collect();
    for target in ALL {
        for scope in [Scope::Parameter, Scope::Member, Scope::Module, Scope::File] {
            for name in target.emits(scope) {
                let stem = name.split('.').next().unwrap_or(name);
                words.push(heck::AsSnakeCase(stem).to_string());
            }
        }
    }
    words.retain(|w| !w.is_empty() && w.starts_with(|c: char| c.is_ascii_lowercase()));
    words.sort();
    words.dedup();
    words
}

/// The parts of a torture catalog; rendered by [`Parts::text`].
#[derive(Clone, Default)]
struct Parts {
    namespaces: Vec<String>,
    /// (namespace index, symbol, alias, params)
    entries: Vec<(usize, String, Option<String>, Vec<String>)>,
    attributes: Vec<String>,
}

impl Parts {
    fn text(&self, name: &str) -> String {
        let mut text = format!(
            "package: {name}\nversion: 1.0.0\ntargets:\n  java: {{package: org.example.{}}}\n  go: {{module: example.org/{name}}}\ndefault_locale: en\nlocales: [en, de-CH]\n",
            name.replace('-', "_")
        );
        if !self.attributes.is_empty() {
            text.push_str("attributes:\n");
            for a in &self.attributes {
                let _ = writeln!(text, "  {a}: {{type: string, default: \"{a}\"}}");
            }
        }
        text.push_str("namespaces:\n");
        for (i, ns) in self.namespaces.iter().enumerate() {
            let _ = write!(text, "  - name: {ns}\n    description: The {ns} namespace\n    entries:\n");
            // Every namespace has an entry, whatever else was accepted.
            let _ = writeln!(text, "      - {{code: 1, symbol: FIRST, message: {{en: \"first of {ns}\"}}}}");
            for (code, (_, symbol, alias, params)) in self.entries.iter().filter(|(n, ..)| *n == i).enumerate() {
                let code = code + 2;
                let placeholders = params.iter().fold(String::new(), |mut out, p| {
                    let _ = write!(out, " {{{p}}}");
                    out
                });
                let declared: Vec<String> = params.iter().map(|p| format!("{p}: string")).collect();
                let _ = write!(text, "      - code: {code}\n        symbol: {symbol}\n");
                if let Some(alias) = alias {
                    let _ = writeln!(text, "        aliases: [{alias}]");
                }
                if !params.is_empty() {
                    let _ = writeln!(text, "        params: {{{}}}", declared.join(", "));
                }
                let _ = writeln!(
                    text,
                    "        message: {{en: \"{symbol} says{placeholders}\", de-CH: \"{symbol} sagt{placeholders}\"}}"
                );
            }
        }
        text
    }

    fn accepted(&self, name: &str) -> bool {
        errgen::load_str(&self.text(name), "torture.yaml").is_ok()
    }
}

/// The torture catalog for `seed`, named `name`: up to four namespaces, twenty entries (symbols as
/// written and in upper case, aliases, parameters) and eight attributes, each added only if `gen`
/// still accepts the whole.
#[must_use]
pub fn catalog(name: &str, seed: u64) -> String {
    let words = shuffled(&mut Rng(seed), &candidates());
    let mut parts = Parts { namespaces: vec!["plain".to_owned()], ..Parts::default() };
    let try_add = |parts: &mut Parts, change: &dyn Fn(&mut Parts)| {
        let mut next = parts.clone();
        change(&mut next);
        if next.accepted(name) {
            *parts = next;
        }
    };
    for word in words.iter().take(40) {
        if parts.namespaces.len() < 4 {
            try_add(&mut parts, &|p| p.namespaces.push(word.clone()));
        }
    }
    for (i, word) in words.iter().rev().take(60).enumerate() {
        if parts.entries.len() >= 20 {
            break;
        }
        let ns = i % parts.namespaces.len();
        let symbol = if i % 2 == 0 { word.to_uppercase() } else { word.clone() };
        let param = words[(i * 7) % words.len()].clone();
        let alias = (i % 3 == 0).then(|| format!("{}_ALIAS", word.to_uppercase()));
        try_add(&mut parts, &|p| p.entries.push((ns, symbol.clone(), alias.clone(), vec![param.clone()])));
        // Refused with its parameter (or alias): the symbol alone, then.
        try_add(&mut parts, &|p| {
            if !p.entries.iter().any(|(n, s, ..)| *n == ns && *s == symbol) {
                p.entries.push((ns, symbol.clone(), None, Vec::new()));
            }
        });
    }
    for word in words.iter().skip(40).take(40) {
        if parts.attributes.len() < 8 {
            try_add(&mut parts, &|p| p.attributes.push(word.clone()));
        }
    }
    let text = parts.text(name);
    assert!(parts.accepted(name), "the torture catalog is refused:\n{text}");
    text
}

/// The seed of this run's sample.
#[must_use]
pub fn seed() -> u64 {
    std::env::var("GEN_TORTURE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(2026)
}
