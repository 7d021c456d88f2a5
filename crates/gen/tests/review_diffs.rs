//! A catalog change reviews as a diff as large as the change: adding an attribute with a
//! default, even the first one, changes a number of generated lines that does not grow with
//! the number of entries, in every target (entries that take the default get no line).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use errgen::targets;

/// A catalog of `n` codes, with `attribute` (a YAML declaration) when given, set by the first
/// entry to `true`.
fn catalog(n: usize, attribute: Option<&str>) -> String {
    let mut text = String::from(
        "package: review\nversion: 1.0.0\ndefault_locale: en\nlocales: [en, de]\ntargets: {java: {package: org.example.review}, go: {module: example.org/review}}\n",
    );
    if let Some(declaration) = attribute {
        let _ = write!(text, "attributes:\n  {declaration}\n");
    }
    text.push_str("namespaces:\n  - name: shop\n    entries:\n");
    for i in 0..n {
        let code = 1000 + i;
        let _ = write!(
            text,
            "      - code: {code}\n        symbol: CODE_{i}\n        message: {{en: code {i}, de: Code {i}}}\n"
        );
        if i == 0 && attribute.is_some() {
            text.push_str("        attributes: {retryable: true}\n");
        }
    }
    text
}

/// Lines inserted or removed per target from rendering `before` to rendering `after`.
fn changed_lines(before: &str, after: &str) -> BTreeMap<&'static str, usize> {
    let before = errgen::load_str(before, "before.yaml").unwrap_or_else(|e| panic!("{e}"));
    let after = errgen::load_str(after, "after.yaml").unwrap_or_else(|e| panic!("{e}"));
    let mut out = BTreeMap::new();
    for target in targets::ALL {
        let old: BTreeMap<_, _> = target.render(&before).unwrap().into_iter().map(|f| (f.path, f.contents)).collect();
        let new: BTreeMap<_, _> = target.render(&after).unwrap().into_iter().map(|f| (f.path, f.contents)).collect();
        let mut lines = 0;
        for path in old.keys().chain(new.keys().filter(|p| !old.contains_key(*p))) {
            let (a, b) = (old.get(path).map_or("", String::as_str), new.get(path).map_or("", String::as_str));
            let diff = similar::TextDiff::from_lines(a, b);
            lines += diff.iter_all_changes().filter(|c| c.tag() != similar::ChangeTag::Equal).count();
        }
        out.insert(target.name(), lines);
    }
    out
}

#[test]
fn adding_an_attribute_with_a_default_changes_lines_in_proportion_to_the_codes_that_set_it() {
    let attribute = "retryable: {type: bool, default: false, doc: Whether a retry may succeed}";
    let small = changed_lines(&catalog(20, None), &catalog(20, Some(attribute)));
    let large = changed_lines(&catalog(400, None), &catalog(400, Some(attribute)));
    for (target, lines) in &small {
        assert!(*lines > 0, "{target}: adding an attribute changed nothing");
        assert_eq!(
            large[target], *lines,
            "{target}: with 20 codes {lines} lines change, with 400 codes {}",
            large[target]
        );
    }
}
