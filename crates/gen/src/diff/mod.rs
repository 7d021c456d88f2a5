//! What changed between two catalogs, and whether it breaks clients: the error-code counterpart
//! of `buf breaking`. A client matches on codes and symbols, so anything that makes a code or a
//! symbol it knows mean something else, or nothing, is breaking.

mod report;

use std::collections::BTreeMap;

use crate::catalog::{Catalog, Code, Entry, Namespace};
pub use report::{to_changelog, to_json, to_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Breaking,
    Compatible,
}

/// One change, with the namespace, code and symbol it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub severity: Severity,
    /// Stable kebab-case name of the change (`code-removed`, `message-changed`, ...).
    pub kind: &'static str,
    pub namespace: String,
    pub code: Option<Code>,
    pub symbol: Option<String>,
    pub detail: String,
}

/// Every change from `old` to `new`, breaking ones first, then by namespace order and code.
#[must_use]
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut out = Vec::new();
    for locale in old.locales.iter().filter(|l| !new.locales.contains(l)) {
        out.push(change(Severity::Breaking, "locale-removed", "*", None, None, format!("locale `{locale}` removed")));
    }
    for locale in new.locales.iter().filter(|l| !old.locales.contains(l)) {
        out.push(change(Severity::Compatible, "locale-added", "*", None, None, format!("locale `{locale}` added")));
    }
    diff_attributes(old, new, &mut out);
    // Problem types are URIs clients may match on: giving codes types is compatible (from
    // `about:blank`, which means nothing beyond the status), changing or dropping them is not.
    match (&old.problem_base_uri, &new.problem_base_uri) {
        (None, None) => {}
        (Some(a), Some(b)) if a == b => {}
        (None, Some(base)) => out.push(change(
            Severity::Compatible,
            "problem-base-added",
            "*",
            None,
            None,
            format!("problem types now start with `{base}`"),
        )),
        (Some(base), other) => out.push(change(
            Severity::Breaking,
            "problem-base-changed",
            "*",
            None,
            None,
            match other {
                Some(new_base) => format!("problem types moved from `{base}` to `{new_base}`"),
                None => format!("problem types under `{base}` are now `about:blank`"),
            },
        )),
    }
    for ns in &old.namespaces {
        match new.namespaces.iter().find(|n| n.name == ns.name) {
            Some(new_ns) => diff_namespace(old, ns, new, new_ns, &mut out),
            None => out.push(change(
                Severity::Breaking,
                "namespace-removed",
                &ns.name,
                None,
                None,
                format!("namespace removed (or renamed) with its {}", codes(ns)),
            )),
        }
    }
    for ns in new.namespaces.iter().filter(|n| !old.namespaces.iter().any(|o| o.name == n.name)) {
        out.push(change(
            Severity::Compatible,
            "namespace-added",
            &ns.name,
            None,
            None,
            format!("namespace added with {}", codes(ns)),
        ));
    }
    out.sort_by_key(|c| c.severity);
    out
}

/// Attribute declarations: a removed attribute or a changed type takes an accessor away or
/// changes what it returns, so it breaks clients that read it; an added one does not.
fn diff_attributes(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    for a in &old.attributes {
        match new.attributes.iter().find(|n| n.name == a.name) {
            None => out.push(change(
                Severity::Breaking,
                "attribute-removed",
                "*",
                None,
                None,
                format!("attribute `{}` removed", a.name),
            )),
            Some(n) if n.ty != a.ty => out.push(change(
                Severity::Breaking,
                "attribute-type-changed",
                "*",
                None,
                None,
                format!("attribute `{}` changed type: {} -> {}", a.name, a.ty.spelling(), n.ty.spelling()),
            )),
            Some(_) => {}
        }
    }
    for a in new.attributes.iter().filter(|n| !old.attributes.iter().any(|o| o.name == n.name)) {
        out.push(change(
            Severity::Compatible,
            "attribute-added",
            "*",
            None,
            None,
            format!("attribute `{}` ({}) added", a.name, a.ty.spelling()),
        ));
    }
}

fn change(
    severity: Severity,
    kind: &'static str,
    namespace: &str,
    code: Option<Code>,
    symbol: Option<&str>,
    detail: String,
) -> Change {
    Change { severity, kind, namespace: namespace.to_owned(), code, symbol: symbol.map(str::to_owned), detail }
}

fn codes(ns: &Namespace) -> String {
    match ns.entries.len() {
        1 => "1 code".to_owned(),
        n => format!("{n} codes"),
    }
}

/// How an attribute's value changed: a list as its items added and removed (`+Interruption
/// −RetriableError`), any other value as `old -> new`.
fn value_change(old: &crate::catalog::Value, new: &crate::catalog::Value) -> String {
    use crate::catalog::Value;
    match (old, new) {
        (Value::StringList(old), Value::StringList(new)) => {
            let added = new.iter().filter(|s| !old.contains(s)).map(|s| format!("+{s:?}"));
            let removed = old.iter().filter(|s| !new.contains(s)).map(|s| format!("\u{2212}{s:?}"));
            let parts: Vec<String> = added.chain(removed).collect();
            if parts.is_empty() { format!("reordered: {new:?}") } else { parts.join(" ") }
        }
        _ => format!("{old} -> {new}"),
    }
}

fn by_code(ns: &Namespace) -> BTreeMap<&Code, &Entry> {
    ns.entries.iter().map(|e| (&e.code, e)).collect()
}

/// Every name (symbol or alias) of a namespace, to the code it names.
fn names(ns: &Namespace) -> BTreeMap<&str, &Code> {
    ns.names().collect()
}

// One pass per kind of change, in the order a report lists them, reads best as one function.
#[allow(clippy::too_many_lines)]
fn diff_namespace(old_cat: &Catalog, old: &Namespace, new_cat: &Catalog, new: &Namespace, out: &mut Vec<Change>) {
    let ns = old.name.as_str();
    if old.code_type != new.code_type {
        out.push(change(
            Severity::Breaking,
            "code-type-changed",
            ns,
            None,
            None,
            format!(
                "codes changed from {:?} to {:?}: every code clients hold changes type",
                old.code_type, new.code_type
            )
            .to_lowercase(),
        ));
    }
    let (old_codes, new_codes) = (by_code(old), by_code(new));
    let (old_names, new_names) = (names(old), names(new));
    let mut push = |severity, kind, code: &Code, symbol: &str, detail: String| {
        out.push(change(severity, kind, ns, Some(code.clone()), Some(symbol), detail));
    };

    // Codes: removed, reused after retirement, added.
    for (code, e) in &old_codes {
        if !new_codes.contains_key(code) {
            let retired = if new.retired.codes.contains(*code) { " (now retired)" } else { "" };
            push(Severity::Breaking, "code-removed", code, &e.symbol, format!("code removed{retired}"));
        }
    }
    for (code, e) in &new_codes {
        if old.retired.codes.contains(*code) {
            // Clients that kept the code's old handling see it again: breaking either way, but
            // a code back under a symbol the catalog retired is not "a new meaning".
            let how = if old.retired.symbols.contains(&e.symbol) {
                format!("a retired code is used again, under the retired symbol `{}`", e.symbol)
            } else {
                "a retired code is used again, with a new meaning".to_owned()
            };
            push(Severity::Breaking, "code-reused", code, &e.symbol, how);
        } else if !old_codes.contains_key(code) {
            push(Severity::Compatible, "code-added", code, &e.symbol, "code added".to_owned());
        }
    }
    for code in old.retired.codes.iter().filter(|c| !new.retired.codes.contains(c) && !new_codes.contains_key(c)) {
        push(Severity::Breaking, "retirement-removed", code, "", "code no longer retired: it may be reused".to_owned());
    }

    // Names: every symbol and alias a client may have written must still name the same code.
    for (name, code) in &old_names {
        match new_names.get(name) {
            Some(new_code) if new_code == code => {}
            Some(new_code) => {
                push(Severity::Breaking, "symbol-moved", code, name, format!("symbol now names code {new_code}"));
            }
            None if new_codes.contains_key(code) => {
                let (kind, what) = if old_codes[code].symbol == *name {
                    ("symbol-renamed", "symbol")
                } else {
                    ("alias-removed", "alias")
                };
                // Reported under the code's symbol now, as its other changes are.
                let now = &new_codes[code].symbol;
                push(
                    Severity::Breaking,
                    kind,
                    code,
                    now,
                    format!("{what} `{name}` removed; the code is now `{now}` (keep the old name as an alias)"),
                );
            }
            // The name's code is gone: `code-removed` already says so.
            None => {}
        }
    }

    // Entries present in both: canonical symbol, aliases, messages, deprecation.
    for (code, new_e) in &new_codes {
        let Some(old_e) = old_codes.get(code) else { continue };
        if old_e.symbol != new_e.symbol && new_names.get(old_e.symbol.as_str()) == Some(code) {
            push(
                Severity::Compatible,
                "symbol-renamed-with-alias",
                code,
                &new_e.symbol,
                format!("symbol renamed from `{}`, which stays an alias", old_e.symbol),
            );
        }
        for alias in new_e.aliases.iter().filter(|a| !old_names.contains_key(a.as_str())) {
            push(Severity::Compatible, "alias-added", code, &new_e.symbol, format!("alias `{alias}` added"));
        }
        for (i, locale) in new_cat.locales.iter().enumerate() {
            let Some(j) = old_cat.locales.iter().position(|l| l == locale) else { continue };
            // A removed translation is compatible: `message` falls back to the default locale,
            // and only `translation` (exact locale) sees the difference.
            let (rule, change) = match (&old_e.messages[j], &new_e.messages[i]) {
                (Some(old), Some(new)) if old != new => ("message-changed", format!("{old:?} -> {new:?}")),
                (None, Some(new)) => ("translation-added", format!("translated: {new:?}")),
                (Some(old), None) => ("translation-removed", format!("no longer translated (was {old:?})")),
                _ => continue,
            };
            push(Severity::Compatible, rule, code, &new_e.symbol, format!("`{locale}` message: {change}"));
        }
        // The generated formatting functions take the parameters in order, by name and type:
        // any change to them breaks a caller.
        if old_e.params != new_e.params {
            let shown = |params: &[crate::catalog::Param]| {
                let list: Vec<String> = params.iter().map(|p| format!("{}: {}", p.name, p.ty.name())).collect();
                format!("{{{}}}", list.join(", "))
            };
            push(
                Severity::Breaking,
                "params-changed",
                code,
                &new_e.symbol,
                format!("params {} -> {}", shown(&old_e.params), shown(&new_e.params)),
            );
        }
        // A value changes what clients read but not what a code means: compatible, and listed.
        for (i, a) in new_cat.attributes.iter().enumerate() {
            let Some(j) = old_cat.attributes.iter().position(|o| o.name == a.name && o.ty == a.ty) else { continue };
            if old_e.attributes[j] != new_e.attributes[i] {
                push(
                    Severity::Compatible,
                    "attribute-changed",
                    code,
                    &new_e.symbol,
                    format!("`{}`: {}", a.name, value_change(&old_e.attributes[j], &new_e.attributes[i])),
                );
            }
        }
        match (&old_e.deprecated, &new_e.deprecated) {
            (None, Some(d)) => {
                push(Severity::Compatible, "code-deprecated", code, &new_e.symbol, format!("deprecated: {}", d.note()));
            }
            (Some(_), None) => {
                push(
                    Severity::Compatible,
                    "deprecation-lifted",
                    code,
                    &new_e.symbol,
                    "no longer deprecated".to_owned(),
                );
            }
            _ => {}
        }
    }
    for code in new.retired.codes.iter().filter(|c| !old.retired.codes.contains(c)) {
        let symbol = old_codes.get(code).map_or("", |e| e.symbol.as_str());
        push(Severity::Compatible, "code-retired", code, symbol, "code retired: it may never be reused".to_owned());
    }
    // Retired symbols: a name clients may still match on, kept from being reused.
    for symbol in new.retired.symbols.iter().filter(|s| !old.retired.symbols.contains(s)) {
        out.push(change(
            Severity::Compatible,
            "symbol-retired",
            ns,
            old_names.get(symbol.as_str()).map(|c| (*c).clone()),
            Some(symbol),
            format!("symbol `{symbol}` retired: it may never be reused"),
        ));
    }
    for symbol in old.retired.symbols.iter().filter(|s| !new.retired.symbols.contains(s)) {
        if !new_names.contains_key(symbol.as_str()) {
            out.push(change(
                Severity::Breaking,
                "symbol-retirement-removed",
                ns,
                None,
                Some(symbol),
                format!("symbol `{symbol}` no longer retired: it may be reused"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_valid_with_hostile_text() {
        let change = Change {
            severity: Severity::Breaking,
            kind: "code-removed",
            namespace: "a\"b".to_owned(),
            code: Some(Code::Int(-1)),
            symbol: None,
            detail: "quote \" backslash \\ newline \n nul \0 tab \t 中".to_owned(),
        };
        let text = to_json(&[change.clone(), change], None);
        assert!(text.contains(r#""detail": "quote \" backslash \\ newline \n nul \u0000 tab \t 中""#), "{text}");
        assert_eq!(to_json(&[], None), "{\n  \"breaking\": 0,\n  \"compatible\": 0,\n  \"changes\": []\n}\n");
    }
}
