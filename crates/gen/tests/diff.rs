//! `gen diff`: each kind of change between `tests/fixtures/diff/base.yaml` and a file beside it,
//! reported as text and as JSON, snapshotted.

use std::fmt::Write as _;
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
        insta::assert_snapshot!(format!("{name}.txt"), diff::to_text(&changes, None));
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
    insta::assert_snapshot!("params-changed.txt", diff::to_text(&changes, None));
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
        insta::assert_snapshot!(format!("{name}.txt"), diff::to_text(&changes, None));
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
    let text = diff::to_text(&changes, None);
    assert!(!text.contains(['\u{1b}', '\u{9b}']), "{text:?}");
    assert!(text.contains("deprecated") && text.contains("\\u{001b}[2J"), "{text}");
    let changelog = diff::to_changelog(&changes, "1.1.0");
    assert!(!changelog.contains(['\u{1b}', '\u{9b}']), "{changelog:?}");
    assert!(!changelog.contains("<img") && !changelog.contains("<!--"), "{changelog}");
    assert!(changelog.contains("&lt;img") && changelog.contains("&lt;!--"), "{changelog}");
}

/// A catalog of `codes` (code, symbol) in namespace `api`, its retired codes and symbols, and a
/// `categories` list attribute set on code 1.
fn written(codes: &[(i64, &str)], retired: &str, categories: &str) -> catalog::Catalog {
    let mut entries = String::new();
    for (code, symbol) in codes {
        let attributes =
            if *code == 1 { format!("\n        attributes: {{categories: {categories}}}") } else { String::new() };
        writeln!(
            entries,
            "      - code: {code}\n        symbol: {symbol}\n        message: {{en: m{code}}}{attributes}"
        )
        .unwrap();
    }
    let text = format!(
        "package: review\nversion: 1.0.0\ntargets: {{java: {{package: org.example.review}}}}\ndefault_locale: en\nlocales: [en]\nattributes:\n  categories: {{type: list<string>, default: []}}\nnamespaces:\n  - name: api\n    retired: {retired}\n    entries:\n{entries}"
    );
    errgen::load_str(&text, "review.yaml").unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// The report reads as a review: the verdict first and last, one block per code, breaking ones
/// first, then changes to existing codes, then additions, summarised past ten; lists as what
/// changed; retirements with their symbols.
#[test]
fn the_text_report_reads_as_a_review() {
    let old = written(&[(1, "ONE"), (2, "TWO"), (3, "THREE")], "{codes: [9], symbols: [NINE, OLD]}", "[A, B]");
    let mut codes = vec![(1, "ONE"), (3, "THREE_RENAMED")];
    let names: Vec<String> = (100..120).map(|n| format!("ADDED_{n}")).collect();
    codes.extend((100..120).zip(names.iter().map(String::as_str)));
    let new = written(&codes, "{codes: [2, 9], symbols: [NINE, TWO]}", "[B, C]");
    let changes = diff::diff(&old, &new);
    let verdict = errgen::version::check("1.0.0", "1.1.0", &changes);
    let text = diff::to_text(&changes, Some(&verdict));
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("version 1.0.0 -> 1.1.0") && lines.last().unwrap().starts_with("version 1.0.0"),
        "{text}"
    );
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("no `{needle}` in\n{text}"));
    // Breaking (the rename, the removal), then changed (the list), then the additions.
    assert!(at("breaking (") < at("changed (") && at("changed (") < at("added ("), "{text}");
    // One block for the renamed code, under its symbol now.
    assert!(text.contains("  api 3 THREE_RENAMED\n    [symbol-renamed] symbol `THREE` removed"), "{text}");
    // The removed code's block carries its retirement, with the symbol.
    assert!(text.contains("  api 2 TWO\n    [code-removed] code removed (now retired)\n    [code-retired]"), "{text}");
    assert!(text.contains("`categories`: +\"C\" \u{2212}\"A\""), "{text}");
    assert!(text.contains("[symbol-retired] symbol `TWO` retired"), "{text}");
    assert!(text.contains("[symbol-retirement-removed] symbol `OLD` no longer retired"), "{text}");
    assert!(text.contains("api: 20 codes added, from api 100 ADDED_100 to api 119 ADDED_119"), "{text}");
    let changelog = diff::to_changelog(&changes, "1.1.0");
    let removed = &changelog[changelog.find("### Removed").unwrap()..];
    assert!(removed.contains("`api` 2 `TWO`: code retired"), "{changelog}");
}

/// A code back under the symbol it was retired with is not reported as "a new meaning".
#[test]
fn a_reused_code_under_its_retired_symbol_says_so() {
    let old = written(&[(1, "ONE")], "{codes: [2], symbols: [TWO]}", "[]");
    let new = written(&[(1, "ONE"), (2, "TWO")], "{codes: [], symbols: []}", "[]");
    let changes = diff::diff(&old, &new);
    let reused = changes.iter().find(|c| c.kind == "code-reused").expect("code-reused");
    assert!(reused.detail.contains("under the retired symbol `TWO`"), "{}", reused.detail);
}
