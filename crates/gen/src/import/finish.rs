//! The decisions a catalog needs that a source leaves open, each made by one rule and recorded
//! beside its entry: a symbol where there is none, one code or symbol listed twice, a message
//! missing in the original locale, a translation missing.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{Code, Draft, DraftNamespace, symbol};
use crate::naming;

/// One catalog from the drafts of every source: their namespaces side by side, or all in one
/// when `namespace` is given.
pub fn merge(drafts: Vec<Draft>, namespace: Option<&str>) -> Draft {
    let mut out = Draft::default();
    for draft in drafts {
        for locale in draft.locales {
            if !out.locales.contains(&locale) {
                out.locales.push(locale);
            }
        }
        out.default_locale = out.default_locale.or(draft.default_locale);
        for attribute in draft.attributes {
            if !out.attributes.iter().any(|a| a.name == attribute.name) {
                out.attributes.push(attribute);
            }
        }
        out.namespaces.extend(draft.namespaces);
    }
    if let Some(name) = namespace {
        let mut one = DraftNamespace { name: name.to_owned(), ..DraftNamespace::default() };
        let origins: Vec<String> = out.namespaces.iter().map(|ns| ns.origin.clone()).collect();
        one.origin = origins.join("; ");
        for ns in std::mem::take(&mut out.namespaces) {
            one.description = if one.description.is_empty() { ns.description } else { one.description };
            one.string_codes |= ns.string_codes;
            one.entries.extend(ns.entries);
            one.retired.extend(ns.retired);
            one.retired_symbols.extend(ns.retired_symbols);
            one.notes.extend(ns.notes);
        }
        out.namespaces.push(one);
    }
    // Two tables under one heading name: the later ones numbered.
    let mut seen = HashMap::new();
    for ns in &mut out.namespaces {
        let n: &mut usize = seen.entry(ns.name.clone()).or_default();
        *n += 1;
        if *n > 1 {
            ns.name = format!("{}_{n}", ns.name);
        }
    }
    out
}

/// Every decision, made in place.
pub fn decide(draft: &mut Draft) {
    if draft.locales.is_empty() {
        draft.locales.push("en".to_owned());
    }
    let default = match &draft.default_locale {
        Some(l) if draft.locales.contains(l) => l.clone(),
        _ if draft.locales.iter().any(|l| l == "en") => "en".to_owned(),
        _ => draft.locales[0].clone(),
    };
    draft.locales.retain(|l| *l != default);
    draft.locales.insert(0, default.clone());
    draft.default_locale = Some(default.clone());
    for ns in &mut draft.namespaces {
        // One kind of code per namespace: integers unless some code is text.
        if ns.entries.iter().any(|e| matches!(e.code, Some(Code::Text(_)))) {
            ns.string_codes = true;
            for e in &mut ns.entries {
                if let Some(Code::Int(n)) = e.code {
                    e.code = Some(Code::Text(n.to_string()));
                }
            }
        }
        duplicate_codes(ns);
        messages(ns, &draft.locales, &default);
        symbols(ns, &default);
    }
}

/// A code listed again: the first entry stays, the repeat is recorded beside it.
fn duplicate_codes(ns: &mut DraftNamespace) {
    let mut first: HashMap<Code, usize> = HashMap::new();
    let mut kept = Vec::new();
    for entry in std::mem::take(&mut ns.entries) {
        let Some(code) = entry.code.clone() else { continue };
        if let Some(&i) = first.get(&code) {
            let repeat = format!(
                "line {} repeats code {code}{}{}: left out",
                entry.line,
                entry.symbol.as_deref().map(|s| format!(" as {s}")).unwrap_or_default(),
                entry.messages.first().map(|(l, m)| format!(", {l}: {m:?}")).unwrap_or_default(),
            );
            let target: &mut super::DraftEntry = &mut kept[i];
            target.decide("duplicate-code", repeat);
            continue;
        }
        first.insert(code, kept.len());
        kept.push(entry);
    }
    ns.entries = kept;
}

/// A message in the original locale for every entry; a translation the source lacks noted.
fn messages(ns: &mut DraftNamespace, locales: &[String], default: &str) {
    let present: HashSet<&String> = ns.entries.iter().flat_map(|e| e.messages.iter().map(|(l, _)| l)).collect();
    let expected: Vec<String> = locales.iter().filter(|l| present.contains(l)).cloned().collect();
    for e in &mut ns.entries {
        e.messages.retain(|(_, m)| !m.trim().is_empty());
        if e.message(default).is_none() {
            let (text, from) = match (&e.symbol, e.messages.first()) {
                (_, Some((locale, text))) => (text.clone(), format!("the {locale} text")),
                (Some(symbol), None) => (super::literal(&symbol::words(symbol)), "the symbol in words".to_owned()),
                (None, None) => (
                    super::literal(&format!("error {}", e.code.as_ref().map(ToString::to_string).unwrap_or_default())),
                    "the code".to_owned(),
                ),
            };
            e.decide("message-missing", format!("no {default} text in the source: the {default} message is {from}"));
            e.messages.insert(0, (default.to_owned(), text));
        }
        let missing: Vec<&str> = expected.iter().filter(|l| e.message(l).is_none()).map(String::as_str).collect();
        if !missing.is_empty() && !e.decisions.iter().any(|d| d.kind == "translation-left-out") {
            e.decide(
                "translation-missing",
                format!("no {} text in the source: falls back to {default}", missing.join(", ")),
            );
        }
        // Messages in the order of the catalog's locales.
        e.messages.sort_by_key(|(l, _)| locales.iter().position(|x| x == l).unwrap_or(usize::MAX));
    }
}

/// A wire name for every entry, each unique in its namespace (as each language's constant too).
fn symbols(ns: &mut DraftNamespace, default: &str) {
    let mut taken: BTreeMap<String, Code> = BTreeMap::new();
    // A name in another style than the source's others (`APIError` among `UPPER_SNAKE` names)
    // is kept as written, and pointed out: it may be a name of something else.
    let given: Vec<&String> = ns.entries.iter().filter_map(|e| e.symbol.as_ref()).collect();
    let upper = given.iter().filter(|s| !s.chars().any(|c| c.is_ascii_lowercase())).count();
    let odd_out = upper * 10 >= given.len() * 9 && upper < given.len();
    for e in &mut ns.entries {
        if let Some(s) = e.symbol.as_ref().filter(|s| odd_out && s.chars().any(|c| c.is_ascii_lowercase())) {
            let text = format!(
                "{s} is not UPPER_SNAKE as the source's other names are: kept as written (its constant is {})",
                naming::upper_snake_constant(s)
            );
            e.decide("symbol-style", text);
        }
        let code = e.code.clone().unwrap_or(Code::Int(0));
        let symbol = match e.symbol.take() {
            Some(s) if naming::is_wire_name(&s) => s,
            Some(s) => {
                if let Some(fixed) = symbol::repaired(&s) {
                    let why = format!("the source's name {s:?} is written {fixed}, a name every language can hold");
                    e.decide("symbol-rewritten", why);
                    fixed
                } else {
                    let derived = symbol::derive(e.message(default).unwrap_or_default(), &code);
                    let why = format!(
                        "the source's name {s:?} cannot be a name in code: derived {derived} from the {default} text"
                    );
                    e.decide("symbol-derived", why);
                    derived
                }
            }
            None => {
                let derived = symbol::derive(e.message(default).unwrap_or_default(), &code);
                e.decide("symbol-derived", format!("symbol derived from the {default} text"));
                derived
            }
        };
        let symbol = unique(symbol, &code, &taken, e);
        taken.insert(naming::upper_snake_constant(&symbol), code.clone());
        let aliases = std::mem::take(&mut e.aliases);
        for alias in aliases {
            let key = naming::upper_snake_constant(&alias);
            if naming::is_wire_name(&alias) && !taken.contains_key(&key) {
                taken.insert(key, code.clone());
                e.aliases.push(alias);
            } else {
                e.decide(
                    "alias-left-out",
                    format!("the source's second name {alias:?} is taken or cannot be a name in code: left out"),
                );
            }
        }
        e.symbol = Some(symbol);
    }
}

/// `symbol`, or `symbol_<code>` when another entry's name already makes the same constant.
fn unique(symbol: String, code: &Code, taken: &BTreeMap<String, Code>, e: &mut super::DraftEntry) -> String {
    let Some(other) = taken.get(&naming::upper_snake_constant(&symbol)) else { return symbol };
    let mut renamed = format!("{symbol}_{}", symbol::fallback(code).trim_start_matches("CODE_"));
    let mut n = 2;
    while taken.contains_key(&naming::upper_snake_constant(&renamed)) {
        renamed = format!("{symbol}_{}_{n}", symbol::fallback(code).trim_start_matches("CODE_"));
        n += 1;
    }
    e.decide("symbol-renamed", format!("{symbol} is already the name of code {other}: this one is {renamed}"));
    renamed
}

/// One line per kind of decision, with how many entries it concerns.
pub fn summary(draft: &Draft) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in draft.namespaces.iter().flat_map(|ns| &ns.entries) {
        for d in &e.decisions {
            *counts.entry(d.kind).or_default() += 1;
        }
    }
    let entries: usize = draft.namespaces.iter().map(|ns| ns.entries.len()).sum();
    let retired: usize = draft.namespaces.iter().map(|ns| ns.retired.len()).sum();
    let mut lines = vec![format!(
        "{entries} codes in {} namespace(s), {retired} retired, locales {}",
        draft.namespaces.len(),
        draft.locales.join(", ")
    )];
    lines.extend(counts.iter().map(|(kind, n)| format!("{n} × {kind}: {}", explain(kind))));
    lines.extend(draft.namespaces.iter().flat_map(|ns| ns.notes.iter().map(move |n| format!("{}: {n}", ns.name))));
    lines
}

/// What a kind of decision means, for the summary.
fn explain(kind: &str) -> &'static str {
    match kind {
        "symbol-derived" => "symbols derived from the text (no name in the source)",
        "symbol-rewritten" => "names rewritten as names every language can hold",
        "symbol-renamed" => "names taken by another code, suffixed with the code",
        "duplicate-code" => "codes listed again, the repeat left out",
        "message-missing" => "entries without text in the original locale",
        "translation-missing" => "entries missing a translation (they fall back)",
        "translation-left-out" => "translations left out: their arguments differ from the original's",
        "cell-split" => "cells split: a symbol cell holding words of the message, or several codes",
        "alias-left-out" => "second names left out",
        "symbol-style" => "names in another style than the source's others, kept as written",
        "symbol-refused" => "names gen refuses in some language, suffixed with the code",
        "printf-kept" => "texts whose printf conversions cannot be parameters, kept as written",
        _ => "see the comments",
    }
}
