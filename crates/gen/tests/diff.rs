//! `gen diff`: each kind of change between `tests/fixtures/diff/base.yaml` and a file beside it,
//! reported as text and as JSON, snapshotted.

use std::path::{Path, PathBuf};

use errgen::{catalog, diff};

fn fixture(name: &str) -> catalog::Catalog {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/fixtures/diff/{name}.yaml"));
    errgen::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn attribute_changes() {
    let before = fixture("attributes-before");
    assert!(diff::diff(&before, &before).is_empty());
    for (name, breaking) in [("attributes-compatible", false), ("attributes-breaking", true)] {
        let changes = diff::diff(&before, &fixture(name));
        assert!(!changes.is_empty(), "{name}");
        assert_eq!(changes.iter().any(|c| c.severity == diff::Severity::Breaking), breaking, "{name}");
        insta::assert_snapshot!(format!("{name}.txt"), diff::to_text(&changes));
    }
}

#[test]
fn param_changes() {
    let before = fixture("../params");
    let changes = diff::diff(&before, &fixture("params-changed"));
    // Each entry whose parameters changed is breaking; the reworded template is not.
    for (code, breaking) in [("1050", true), ("1062", true), ("1118", true), ("3024", false)] {
        let found: Vec<_> = changes.iter().filter(|c| c.code.as_ref().is_some_and(|c| c.to_string() == code)).collect();
        assert!(!found.is_empty(), "{code}: {changes:?}");
        assert_eq!(found.iter().any(|c| c.severity == diff::Severity::Breaking), breaking, "{code}");
    }
    insta::assert_snapshot!("params-changed.txt", diff::to_text(&changes));
}

#[test]
fn each_kind_of_change() {
    let base = fixture("base");
    assert!(diff::diff(&base, &base).is_empty());
    for (name, breaking) in [
        ("code-removed", true),
        ("symbol-renamed", true),
        ("symbol-moved", true),
        ("alias-removed", true),
        ("code-reused", true),
        ("namespace-removed", true),
        ("locale-removed", true),
        ("compatible", false),
    ] {
        let changes = diff::diff(&base, &fixture(name));
        assert!(!changes.is_empty(), "{name}");
        assert_eq!(changes.iter().any(|c| c.severity == diff::Severity::Breaking), breaking, "{name}");
        insta::assert_snapshot!(format!("{name}.txt"), diff::to_text(&changes));
        let json = diff::to_json(&changes, None);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}\n{json}"));
        assert_eq!(parsed["changes"].as_array().map(Vec::len), Some(changes.len()), "{name}");
        insta::assert_snapshot!(format!("{name}.json"), json);
    }
}

#[test]
fn catalog_text_reaches_a_terminal_and_a_changelog_inert() {
    let catalog = |message: &str, reason: &str| {
        let text = format!(
            "package: inert\nversion: 1.0.0\ntargets: {{java: {{package: org.example.inert}}}}\ndefault_locale: en\nlocales: [en]\nnamespaces:\n  - name: service\n    code_type: string\n    entries:\n      - code: \"<!--\"\n        symbol: ONE\n        message: {{en: \"{message}\"}}\n{reason}"
        );
        errgen::load_str(&text, "inert.yaml").unwrap_or_else(|e| panic!("{e}"))
    };
    let old = catalog("plain", "");
    let new = catalog(
        "<img src=x onerror=alert(1)> \\e[31mred",
        "        deprecated: {reason: \"\\e[2J\\u009b cleared <!-- hidden\"}\n",
    );
    let changes = diff::diff(&old, &new);
    let text = diff::to_text(&changes);
    assert!(!text.contains(['\u{1b}', '\u{9b}']), "{text:?}");
    assert!(text.contains("deprecated") && text.contains("\\u{001b}[2J"), "{text}");
    let changelog = diff::to_changelog(&changes, "1.1.0");
    assert!(!changelog.contains(['\u{1b}', '\u{9b}']), "{changelog:?}");
    assert!(!changelog.contains("<img") && !changelog.contains("<!--"), "{changelog}");
    assert!(changelog.contains("&lt;img") && changelog.contains("&lt;!--"), "{changelog}");
}
