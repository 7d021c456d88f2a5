//! Property tests: no input makes the generator panic, and every catalog it accepts renders in
//! every target with no raw control or invisible character in the output; no source makes
//! `gen import` panic, and what it imports `gen` accepts.
//!
//! The default run is short; a long one: `PROPTEST_CASES=100000 cargo test -p gen --test properties --release`.

use std::collections::BTreeMap;

use errgen::load_str;
use errgen::targets;
use proptest::prelude::*;
use serde_yaml::{Mapping, Value};

const CATALOG: &str = include_str!("../../../catalog.yaml");

/// Loading either succeeds or yields diagnostics that each name a rule and a message; and an
/// accepted catalog renders in every target, every file ending in a newline and holding no
/// character that `must_escape` (raw controls, separators, bidi overrides) beyond what the target
/// says its own layout uses (newlines; tabs in Go).
fn check(text: &str) {
    match load_str(text, "prop.yaml") {
        Err(diagnostics) => {
            assert!(!diagnostics.items.is_empty());
            for d in &diagnostics.items {
                assert!(!d.rule.is_empty() && !d.message.is_empty() && !d.help.is_empty(), "{d:?}");
            }
            assert!(diagnostics.to_string().contains("prop.yaml"));
        }
        Ok(catalog) => {
            for target in targets::ALL {
                let files = target.render(&catalog).unwrap_or_else(|e| panic!("{}: {e}", target.name()));
                for file in files {
                    assert!(file.contents.ends_with('\n'));
                    let bad = file.contents.chars().find(|&c| errgen::escape::must_escape(c) && !target.allows_raw(c));
                    assert!(bad.is_none(), "{}: raw {bad:?} in {}", target.name(), file.path.display());
                }
            }
        }
    }
}

/// Names that are sometimes valid, sometimes not: the interesting edge of each rule.
fn name(valid: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::string::string_regex(valid).unwrap(),
        1 => prop_oneof![
            Just("ALL".to_owned()), Just("self".to_owned()), Just("return".to_owned()),
            Just("APIError".to_owned()), Just("_X".to_owned()), Just(String::new()),
        ],
        1 => any::<String>(),
    ]
}

fn code() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => -5i64..5,
        2 => any::<i32>().prop_map(i64::from),
        1 => Just(i64::from(i32::MIN)), 1 => Just(i64::from(i32::MAX)),
        1 => Just(i64::from(i32::MAX) + 1),
    ]
}

fn entry(locales: Vec<String>) -> impl Strategy<Value = Value> {
    let messages = proptest::collection::vec(any::<String>(), locales.len()..=locales.len());
    (code(), name("[A-Z][A-Z0-9]{0,3}(_[A-Z0-9]{1,3}){0,2}"), messages).prop_map(move |(code, symbol, messages)| {
        let mut message = Mapping::new();
        for (l, m) in locales.iter().zip(messages) {
            // Literal braces doubled, as a message without parameters writes them.
            message.insert(l.clone().into(), m.replace('{', "{{").replace('}', "}}").into());
        }
        let mut e = Mapping::new();
        e.insert("code".into(), code.into());
        e.insert("symbol".into(), symbol.into());
        e.insert("message".into(), message.into());
        Value::Mapping(e)
    })
}

fn catalog() -> impl Strategy<Value = String> {
    let locales = prop_oneof![
        Just(vec!["en".to_owned()]),
        Just(vec!["en".to_owned(), "zh".to_owned()]),
        Just(vec!["en".to_owned(), "zh-Hant".to_owned(), "pt-BR".to_owned()]),
    ];
    locales.prop_flat_map(|locales| {
        let namespace =
            (name("[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,3}){0,1}"), proptest::collection::vec(entry(locales.clone()), 1..6));
        (Just(locales), proptest::collection::vec(namespace, 1..4)).prop_map(|(locales, namespaces)| {
            let namespaces: Vec<Value> = namespaces
                .into_iter()
                .map(|(name, mut entries)| {
                    // Mostly ascending, as validation wants; sometimes not.
                    if name.len() % 2 == 0 {
                        entries.sort_by_key(|e| e.get("code").and_then(Value::as_i64));
                    }
                    let mut ns = Mapping::new();
                    ns.insert("name".into(), name.into());
                    ns.insert("entries".into(), Value::Sequence(entries));
                    Value::Mapping(ns)
                })
                .collect();
            let mut top = BTreeMap::new();
            top.insert("package", Value::from("prop-test"));
            top.insert("version", Value::from("1.0.0"));
            top.insert("targets", serde_yaml::from_str("{java: {package: org.example.prop}}").unwrap());
            top.insert("default_locale", Value::from("en"));
            top.insert("locales", Value::Sequence(locales.into_iter().map(Value::from).collect()));
            top.insert("namespaces", Value::Sequence(namespaces));
            serde_yaml::to_string(&top).unwrap()
        })
    })
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let path = std::env::temp_dir().join(format!("gen-prop-{}.yaml", std::process::id()));
        std::fs::write(&path, &bytes).unwrap();
        let _ = errgen::load(&path);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check(text);
        }
    }

    /// The real catalog with a random cut and a random insertion: near-valid YAML that reaches
    /// every rule and the locator's reading of the layout.
    #[test]
    fn edited_catalog_never_panics(cut in 0..CATALOG.len(), len in 0usize..40, at in 0..CATALOG.len(), insert in ".{0,12}") {
        let mut text = CATALOG.to_owned();
        let floor = |i: usize, s: &str| (0..=i.min(s.len())).rev().find(|&j| s.is_char_boundary(j)).unwrap_or(0);
        let start = floor(cut, &text);
        let end = floor(start + len, &text);
        text.replace_range(start..end, "");
        let at = floor(at, &text);
        text.insert_str(at, &insert);
        check(&text);
    }

    #[test]
    fn generated_catalogs_validate_or_render(text in catalog()) {
        check(&text);
    }

    /// Any catalog, valid or not, with one YAML feature a catalog refuses: the refusal names
    /// that feature's rule, whatever else is wrong with the catalog.
    #[test]
    fn refused_yaml_features_are_named(text in catalog(), feature in 0..5usize, depth in 17usize..5_000) {
        prop_assume!(text.contains("version: 1.0.0\n"));
        let (mutated, rule) = match feature {
            0 => (text.replacen("version: 1.0.0", "version: &v 1.0.0\nalias: *v", 1), "yaml-anchor"),
            1 => (text.replacen("version: 1.0.0", "version: !!str 1.0.0", 1), "yaml-tag"),
            2 => (format!("{text}version: 1.0.0\n"), "duplicate-key"),
            3 => (format!("{text}deep: {}{}\n", "[".repeat(depth), "]".repeat(depth)), "yaml-depth"),
            _ => (text.replacen("version: 1.0.0", "version: ~", 1), "null-value"),
        };
        let diagnostics = load_str(&mutated, "prop.yaml").expect_err("refused");
        prop_assert!(diagnostics.items.iter().any(|d| d.rule == rule), "{rule}: {diagnostics}");
    }
}

/// Text shaped like each import kind's sources, cut and spliced: markers of the formats
/// (table pipes and borders, quotes, `%` conversions, braces, directives) in arbitrary places.
fn source_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("| code | symbol | English | 中文 |\n|---|:---:|---|---|\n".to_owned()),
        Just("| 1 | A B | x |\n".to_owned()),
        Just("====  ======  ====\n".to_owned()),
        Just("+----+----+\n| 1  | a  |\n+====+====+\n".to_owned()),
        Just("code,name,en\n1,\"a,\"\"b\",c\n".to_owned()),
        Just("Section: Class 22 - X\n22000 E ERRCODE_A a_b\n".to_owned()),
        Just("languages english=eng latin1, german=ger latin1;\nstart-error-number 1\nER_A 42000\n  eng \"%s %d %1$s %.*s {x}\"\n  ger \"%d\"\n".to_owned()),
        Just("error_categories: [A]\nerror_codes:\n  - {code: 1, name: OBSOLETE_X, categories: [A]}\n".to_owned()),
        Just("enum E { option allow_alias = true; A = 0; B = 0 [deprecated = true]; reserved 1 to 3, \"C\"; }\nmessage M { message N { enum F { X = -1; } } }\n// HTTP Mapping: 404\n/* c */".to_owned()),
        "[ -~\\n\\t|=+%{}\"'#\\-]{0,40}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..8).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: ProptestConfig::default().cases.max(300), ..ProptestConfig::default() })]

    /// No source makes `gen import` panic: it imports a catalog `gen` accepts, or refuses with
    /// located problems.
    #[test]
    fn any_source_imports_or_is_refused(text in source_text()) {
        use errgen::import::{self, Kind, Options, Source};
        for (kind, _, _) in Kind::ALL {
            let source = Source { file: "prop.src".to_owned(), text: text.clone() };
            match import::import(kind, &[source], &Options::default()) {
                Ok(out) => {
                    if let Err(e) = load_str(&out.catalog, "imported.yaml") {
                        panic!("{}: gen refuses what it imported:\n{e}\n{}", kind.name(), out.catalog);
                    }
                }
                Err(all) => {
                    for d in all.iter().flat_map(|d| &d.items) {
                        prop_assert!(!d.rule.is_empty() && !d.message.is_empty() && d.line > 0, "{d:?}");
                    }
                }
            }
        }
    }
}
