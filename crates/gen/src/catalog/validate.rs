//! Every rule a catalog must keep, in one place. All problems are collected, each naming its
//! place, entry, rule and fix; only a catalog with none becomes a [`Catalog`].

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::diagnostic::Diagnostic;
use super::locate::Locator;
use super::model::{Attribute, Catalog, Code, CodeType, Deprecation, Entry, Namespace, Param, ParamType, Retired};
use super::raw::{RawCatalog, RawEntry, RawNamespace, Scalar};
use super::template;
use super::{attributes, metadata};
use crate::naming;

pub fn validate(raw: &RawCatalog, loc: &Locator) -> Result<Catalog, Vec<Diagnostic>> {
    let mut out = Vec::new();
    check_package(raw, loc, &mut out);
    let locales = check_locales(raw, loc, &mut out);
    let attributes = attributes::declarations(raw, loc, &mut out);
    let metadata = metadata::check(raw, loc, &mut out);
    if raw.namespaces.is_empty() {
        out.push(
            Diagnostic::new(
                "no-namespaces",
                "the catalog has no namespaces",
                "add a namespace with at least one entry",
            )
            .at(loc.top("namespaces")),
        );
    }

    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    let mut namespaces = Vec::new();
    for (n, ns) in raw.namespaces.iter().enumerate() {
        let at = || loc.namespace(n, "name");
        if let Some(first) = names.insert(&ns.name, n) {
            out.push(
                Diagnostic::new(
                    "duplicate-namespace",
                    format!("namespace `{}` is declared twice", ns.name),
                    format!("merge it with the first one (line {}) or rename one", loc.namespace(first, "name").0),
                )
                .at(at()),
            );
        } else if !naming::is_lower_snake(&ns.name) {
            out.push(
                Diagnostic::new(
                    "namespace-name",
                    format!("namespace name `{}` is not lower_snake ASCII starting with a letter", ns.name),
                    format!("rename it, e.g. `{}`", naming::snake(&ns.name)),
                )
                .at(at()),
            );
        }
        if ns.entries.is_empty() {
            out.push(
                Diagnostic::new(
                    "empty-namespace",
                    format!("namespace `{}` has no entries", ns.name),
                    "add an entry or remove the namespace",
                )
                .at(loc.namespace(n, "entries"))
                .entry(&ns.name),
            );
        }
        let code_type = check_code_type(n, ns, loc, &mut out);
        let (entries, retired) = check_entries(n, ns, code_type, &locales, &attributes, raw, loc, &mut out);
        namespaces.push(Namespace {
            name: ns.name.clone(),
            at: loc.namespace(n, "name"),
            code_type,
            description: ns.description.clone(),
            entries,
            retired,
        });
    }

    if !out.is_empty() {
        return Err(out);
    }
    let default_locale = raw.locales.iter().position(|l| *l == raw.default_locale).unwrap_or(0);
    Ok(Catalog {
        source: String::new(),
        package: raw.package.clone(),
        version: raw.version.clone(),
        targets: targets_with_old_spellings(raw),
        generate: raw.generate.clone(),
        locales: raw.locales.clone(),
        default_locale,
        attributes,
        problem_base_uri: raw.problem_base_uri.clone(),
        metadata,
        namespaces,
        top: [
            "package",
            "version",
            "targets",
            "generate",
            "default_locale",
            "locales",
            "attributes",
            "problem_base_uri",
            "metadata",
            "namespaces",
        ]
        .into_iter()
        .map(|key| (key, loc.top(key)))
        .collect(),
    })
}

/// The `targets` section, with `java_package` (the spelling before per-target settings, still
/// read so that `gen diff` can compare with catalogs written before) moved into it.
fn targets_with_old_spellings(raw: &RawCatalog) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut targets = raw.targets.clone();
    if let Some(package) = &raw.java_package {
        targets.entry("java".to_owned()).or_default().entry("package".to_owned()).or_insert_with(|| package.clone());
    }
    targets
}

fn check_package(raw: &RawCatalog, loc: &Locator, out: &mut Vec<Diagnostic>) {
    if let Some(base) = &raw.problem_base_uri {
        // A URI that every language writes as is inside a string literal, and that ends where
        // the namespace and symbol are appended.
        let scheme_ok = ["https://", "http://", "urn:", "tag:"].iter().any(|s| base.starts_with(s));
        if !scheme_ok || !base.chars().all(|c| c.is_ascii_graphic()) || !(base.ends_with('/') || base.ends_with(':')) {
            out.push(
                Diagnostic::new(
                    "problem-base-uri",
                    format!("problem_base_uri `{base}` is not an absolute URI ending in `/` or `:`"),
                    "write e.g. `https://errors.example.com/`: each code's problem type is the base, the namespace, `/` and the symbol",
                )
                .at(loc.top("problem_base_uri")),
            );
        }
    }
    if raw.java_package.is_some() && raw.targets.get("java").is_some_and(|java| java.contains_key("package")) {
        out.push(
            Diagnostic::new(
                "moved-setting",
                "the Java package is given twice: as `java_package` and as `targets.java.package`",
                "remove `java_package`: it is the old spelling of `targets: {java: {package: ...}}`",
            )
            .at(loc.top("java_package")),
        );
    }
    let kebab = raw
        .package
        .split('-')
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
        && raw.package.starts_with(|c: char| c.is_ascii_lowercase());
    if !kebab {
        out.push(
            Diagnostic::new(
                "package-name",
                format!("package name `{}` is not kebab-case ASCII starting with a letter", raw.package),
                "use lowercase words joined by `-`, e.g. `api-errors`",
            )
            .at(loc.top("package")),
        );
    }
    if let Err(why) = semver(&raw.version) {
        out.push(
            Diagnostic::new(
                "version",
                format!("version `{}` is not MAJOR.MINOR.PATCH: {why}", raw.version),
                "write three numbers without leading zeros, e.g. `1.2.0`: every package manager targeted accepts that form",
            )
            .at(loc.top("version")),
        );
    }
}

/// Checks `locales` and `default_locale`; returns the declared set.
fn check_locales<'a>(raw: &'a RawCatalog, loc: &Locator, out: &mut Vec<Diagnostic>) -> BTreeSet<&'a str> {
    let mut declared = BTreeSet::new();
    // Tags compare case-insensitively (BCP 47), so `zh-Hant` and `zh-hant` are one locale.
    let mut folded = BTreeSet::new();
    if raw.locales.is_empty() {
        out.push(
            Diagnostic::new(
                "no-locales",
                "the catalog declares no locales",
                "declare at least one, e.g. `locales: [en]`",
            )
            .at(loc.top("locales")),
        );
    }
    for tag in &raw.locales {
        let well_formed = tag.split('-').enumerate().all(|(i, part)| {
            let len_ok = if i == 0 { (2..=3).contains(&part.len()) } else { (1..=8).contains(&part.len()) };
            len_ok && part.chars().all(|c| if i == 0 { c.is_ascii_lowercase() } else { c.is_ascii_alphanumeric() })
        });
        if !well_formed {
            out.push(
                Diagnostic::new(
                    "locale-tag",
                    format!("locale `{tag}` is not a BCP 47 tag like `en` or `zh-Hant`"),
                    "write a lowercase language code, optionally followed by `-` and a region or script",
                )
                .at(loc.top("locales")),
            );
        }
        declared.insert(tag.as_str());
        if !folded.insert(tag.to_ascii_lowercase()) {
            out.push(
                Diagnostic::new("duplicate-locale", format!("locale `{tag}` is declared twice"), "remove the repeat")
                    .at(loc.top("locales")),
            );
        }
    }
    if !declared.contains(raw.default_locale.as_str()) {
        out.push(
            Diagnostic::new(
                "default-locale",
                format!("default locale `{}` is not among the declared locales", raw.default_locale),
                format!("declare it in `locales` or pick one of: {}", raw.locales.join(", ")),
            )
            .at(loc.top("default_locale")),
        );
    }
    declared
}

/// The namespace's `code_type`: `integer` when not given.
fn check_code_type(n: usize, raw_ns: &RawNamespace, loc: &Locator, out: &mut Vec<Diagnostic>) -> CodeType {
    match raw_ns.code_type.as_deref() {
        None | Some("integer") => CodeType::Integer,
        Some("string") => CodeType::String,
        Some(other) => {
            out.push(
                Diagnostic::new(
                    "code-type",
                    format!("code_type `{other}` is neither `integer` nor `string`"),
                    "write `code_type: string` for codes like `42P01`, or leave it out for integer codes",
                )
                .at(loc.namespace(n, "code_type"))
                .entry(&raw_ns.name),
            );
            CodeType::Integer
        }
    }
}

/// A namespace this large is checked in two halves at once (see [`check_entries`]).
const PARALLEL_ENTRIES: usize = 20_000;

#[allow(clippy::too_many_arguments)]
fn check_entries(
    n: usize,
    raw_ns: &RawNamespace,
    code_type: CodeType,
    locales: &BTreeSet<&str>,
    attributes: &[Attribute],
    raw: &RawCatalog,
    loc: &Locator,
    out: &mut Vec<Diagnostic>,
) -> (Vec<Entry>, Retired) {
    let retired = check_retired(n, raw_ns, code_type, loc, out);
    let rules = EntryRules { n, raw_ns, code_type, locales, attributes, raw, loc, retired: &retired };
    let all = 0..raw_ns.entries.len();
    // A large namespace is checked in two halves on two threads. Each entry's rules are its
    // own but for the codes and names that must be unique, so the halves make exactly what one
    // pass would when neither found a problem and no code or name is in both; otherwise the
    // one pass runs, to report every problem in order.
    let entries = if all.len() >= PARALLEL_ENTRIES {
        let half = all.len() / 2;
        let ((first, first_out), (second, second_out)) = std::thread::scope(|scope| {
            let second = scope.spawn(|| rules.check_alone(half..all.len()));
            let first = rules.check_alone(0..half);
            (first, second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        let apart = first.codes.keys().all(|c| !second.codes.contains_key(c))
            && first.names.keys().all(|name| !second.names.contains_key(name));
        if first_out.is_empty() && second_out.is_empty() && apart {
            let mut entries = first.entries;
            entries.extend(second.entries);
            entries
        } else {
            rules.check(all, out).entries
        }
    } else {
        rules.check(all, out).entries
    };
    check_replacements(n, &raw_ns.name, &entries, loc, out);
    (entries, retired)
}

/// What the rules for entries need to know of the catalog and namespace.
struct EntryRules<'a, 's> {
    n: usize,
    raw_ns: &'a RawNamespace,
    code_type: CodeType,
    locales: &'a BTreeSet<&'a str>,
    attributes: &'a [Attribute],
    raw: &'a RawCatalog,
    loc: &'a Locator<'s>,
    retired: &'a Retired,
}

/// Entries checked, with the codes and names they use, each with its entry.
struct Checked<'a> {
    entries: Vec<Entry>,
    codes: BTreeMap<Code, usize>,
    names: HashMap<&'a str, usize>,
}

impl<'a> EntryRules<'a, '_> {
    /// [`Self::check`], with its own list of problems.
    fn check_alone(&self, range: std::ops::Range<usize>) -> (Checked<'a>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        (self.check(range, &mut out), out)
    }

    /// The entries in `range`, each rule in its place: one pass reads best as one function.
    fn check(&self, range: std::ops::Range<usize>, out: &mut Vec<Diagnostic>) -> Checked<'a> {
        let Self { n, raw_ns, code_type, locales, attributes, raw, loc, retired } = *self;
        let ns = raw_ns.name.as_str();
        let mut codes = Codes { raw_ns, code_type, retired, seen: BTreeMap::new() };
        // Symbols and aliases share one name space: either may be looked up by name. Each name
        // keeps the entry that has it, to point at on a repeat.
        let mut names: HashMap<&str, usize> =
            HashMap::with_capacity(raw_ns.entries[range.clone()].iter().map(|e| 1 + e.aliases.len()).sum());
        let mut entries = Vec::with_capacity(range.len());
        for e in range {
            let raw_entry = &raw_ns.entries[e];
            let RawEntry { code, symbol, deprecated, attributes: given, .. } = raw_entry;
            let symbol = symbol.as_ref().and_then(text).unwrap_or_default();
            // How diagnostics name the entry: by code when it has a usable one, else by position
            // (written only for a diagnostic: most entries have none).
            let label = || {
                let label = match code {
                    Scalar::Int(c) => format!("{ns} {c} {symbol}"),
                    Scalar::Text(c) if code_type == CodeType::String => format!("{ns} {c} {symbol}"),
                    _ => format!("{ns} entry #{} {symbol}", e + 1),
                };
                label.trim_end().to_owned()
            };
            let at = |key: &str| loc.entry(n, e, key);
            let diag = |rule, msg: String, help: String, key: &str| {
                Diagnostic::new(rule, msg, help).at(at(key)).entry(label())
            };

            let line_of = |entry: usize| loc.entry(n, entry, "code").0;
            let checked = codes.check(code, e, &diag, &line_of, out);

            let (aliases, message) = entry_texts(raw_entry, &diag, out);
            let message = &message;
            for (name, key) in std::iter::once((symbol, "symbol"))
                .filter(|(s, _)| !s.is_empty())
                .chain(aliases.iter().map(|a| (*a, "aliases")))
            {
                let what = if key == "symbol" { "symbol" } else { "alias" };
                if !naming::is_wire_name(name) {
                    out.push(diag(
                        "symbol-form",
                        format!("{what} `{name}` is not ASCII letters, digits and `_` starting with a letter"),
                        wire_name_help(name),
                        key,
                    ));
                    continue;
                }
                if let Some(first) = names.insert(name, e) {
                    let other = &raw_ns.entries[first];
                    // The line of the name in the first entry: its symbol, else among its aliases.
                    let first_key =
                        if other.symbol.as_ref().and_then(text) == Some(name) { "symbol" } else { "aliases" };
                    out.push(diag(
                        "duplicate-symbol",
                        format!("{what} `{name}` is used twice in namespace `{ns}`"),
                        format!(
                            "code {} (line {}) already has it as a symbol or alias; give this one a name of its own",
                            other.code,
                            loc.entry(n, first, first_key).0
                        ),
                        key,
                    ));
                }
                if retired.symbols.iter().any(|s| s == name) {
                    out.push(diag(
                        "retired-symbol-reused",
                        format!("{what} `{name}` is retired in namespace `{ns}` and may not be used again"),
                        "clients may still match the old meaning: pick a new name".to_owned(),
                        key,
                    ));
                }
            }

            out.extend(
                check_messages(message, locales, raw)
                    .into_iter()
                    .map(|(rule, msg, help, key)| diag(rule, msg, help, &key)),
            );
            if deprecated.as_ref().is_some_and(|d| d.reason.trim().is_empty()) {
                out.push(diag(
                    "deprecation-reason",
                    "the deprecation has no reason".to_owned(),
                    "say why the code should no longer be used, so a reader of the warning can act".to_owned(),
                    "deprecated",
                ));
            }

            let values = attributes::values(attributes, raw, given, &diag, out);
            let params = check_params(raw_entry, &diag, out);
            let messages = check_templates(message, &params, &raw.locales, &diag, out);
            entries.push(Entry {
                at: at("symbol"),
                code: checked.unwrap_or(Code::Int(0)),
                symbol: symbol.to_owned(),
                messages,
                aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
                deprecated: deprecated
                    .as_ref()
                    .map(|d| Deprecation { reason: d.reason.clone(), replacement: d.replacement.clone() }),
                attributes: values,
                params,
            });
        }
        Checked { entries, codes: codes.seen, names }
    }
}

/// An entry's symbol, aliases and messages, each checked to be text (they are read as any
/// scalar so that each wrong one is reported here, with the others): the aliases that are, and
/// the messages by locale.
fn entry_texts<'a>(
    raw_entry: &'a RawEntry,
    diag: &dyn Fn(&'static str, String, String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) -> (Vec<&'a str>, BTreeMap<&'a str, Cow<'a, str>>) {
    let RawEntry { aliases, message, .. } = raw_entry;
    match &raw_entry.symbol {
        None => out.push(diag(
            "missing-field",
            "the entry has no `symbol`".to_owned(),
            "add `symbol: NAME`, the name clients use for the code".to_owned(),
            "code",
        )),
        Some(value) if text(value).is_none() => out.push(diag(
            "wrong-type",
            format!("the symbol is {}, not a name", described(value)),
            "write the name as the API spells it, e.g. `symbol: DuplicateKey`".to_owned(),
            "symbol",
        )),
        Some(_) => {}
    }
    for alias in aliases.iter().filter(|a| text(a).is_none()) {
        out.push(diag(
            "wrong-type",
            format!("an alias is {}, not a name", described(alias)),
            "write each alias as the API spells it: `aliases: [OLD_NAME]`".to_owned(),
            "aliases",
        ));
    }
    let aliases: Vec<&str> = aliases.iter().filter_map(text).collect();
    // A message of the wrong type is reported here and kept as a stand-in, so it is not also
    // reported missing (the catalog is refused either way).
    let message = message
        .iter()
        .map(|(tag, value)| {
            if let Some(t) = text(value) {
                return (tag.as_str(), Cow::Borrowed(t));
            }
            out.push(diag(
                "wrong-type",
                format!("the `{tag}` message is {}, not text", described(value)),
                "write the message as text; quote it if it looks like a number: `\"404\"`".to_owned(),
                tag,
            ));
            (tag.as_str(), Cow::Owned(value.to_string()))
        })
        .collect();
    (aliases, message)
}

/// The codes of one namespace seen so far, to check each next one against.
struct Codes<'a> {
    raw_ns: &'a RawNamespace,
    code_type: CodeType,
    retired: &'a Retired,
    /// Code to the index of the entry that has it.
    seen: BTreeMap<Code, usize>,
}

impl Codes<'_> {
    /// Entry `e`'s code: an integer in range, unique, not retired (in any order: iteration keeps the
    /// order the catalog declares, as gRPC declares its codes). Returns it when it is
    /// usable, so later checks can name the entry by it.
    fn check(
        &mut self,
        code: &Scalar,
        e: usize,
        diag: &dyn Fn(&'static str, String, String, &str) -> Diagnostic,
        line_of: &dyn Fn(usize) -> usize,
        out: &mut Vec<Diagnostic>,
    ) -> Result<Code, ()> {
        let Self { raw_ns, code_type, retired, seen: codes } = self;
        let ns = raw_ns.name.as_str();
        let code = code_of(code, *code_type, "code").map_err(|d| out.push(diag(d.rule, d.message, d.help, "code")))?;
        if let Some(first) = codes.insert(code.clone(), e) {
            out.push(diag(
                "duplicate-code",
                format!("code {code} is used twice in namespace `{ns}`"),
                format!(
                    "it is already `{}` (line {}); give this entry a code of its own",
                    raw_ns.entries[first].symbol.as_ref().and_then(text).unwrap_or_default(),
                    line_of(first)
                ),
                "code",
            ));
        }
        if retired.codes.contains(&code) {
            out.push(diag(
                "retired-code-reused",
                format!("code {code} is retired in namespace `{ns}` and may not be used again"),
                "clients may still match the old meaning: pick a new code".to_owned(),
                "code",
            ));
        }
        Ok(code)
    }
}

/// Each deprecation's replacement names another entry of the namespace: known only once every
/// entry is read.
fn check_replacements(n: usize, ns: &str, entries: &[Entry], loc: &Locator, out: &mut Vec<Diagnostic>) {
    for (e, entry) in entries.iter().enumerate() {
        let Some(replacement) = entry.deprecated.as_ref().and_then(|d| d.replacement.as_ref()) else { continue };
        let target = entries.iter().find(|other| other.symbol == *replacement);
        let problem = match target {
            None => Some(format!("replacement `{replacement}` is not a symbol of namespace `{ns}`")),
            Some(other) if other.code == entry.code => Some(format!("`{replacement}` cannot replace itself")),
            Some(_) => None,
        };
        if let Some(message) = problem {
            out.push(
                Diagnostic::new("deprecation-replacement", message, "name the symbol of the entry to use instead")
                    .at(loc.entry(n, e, "deprecated"))
                    .entry(format!("{ns} {} {}", entry.code, entry.symbol)),
            );
        }
    }
}

/// Problems with one entry's messages, as `(rule, message, help, key to point at)`.
fn check_messages(
    message: &BTreeMap<&str, Cow<'_, str>>,
    declared: &BTreeSet<&str>,
    raw: &RawCatalog,
) -> Vec<(&'static str, String, String, String)> {
    let mut out = Vec::new();
    let locales = &raw.locales;
    // Only the default locale is required: a missing translation falls back to it at run time,
    // and the docs and `gen`'s coverage line show what is missing.
    if declared.contains(raw.default_locale.as_str()) && !message.contains_key(raw.default_locale.as_str()) {
        let tag = &raw.default_locale;
        out.push((
            "missing-message",
            format!("no `{tag}` message"),
            format!("add `{tag}: ...` under `message`: the default locale's message is what every other falls back to"),
            "message".to_owned(),
        ));
    }
    for tag in locales {
        if message.get(tag.as_str()).is_some_and(|text| text.trim().is_empty()) {
            out.push((
                "empty-message",
                format!("the `{tag}` message is empty"),
                "write the message, or leave the locale out: an empty string helps no reader".to_owned(),
                tag.clone(),
            ));
        }
    }
    for tag in message.keys().filter(|t| !declared.contains(*t)) {
        out.push((
            "undeclared-locale",
            format!("message in locale `{tag}`, which the catalog does not declare"),
            format!("add `{tag}` to `locales` at the top, or fix the tag ({})", locales.join(", ")),
            (*tag).to_owned(),
        ));
    }
    out
}

/// The entry's `params`: each a `lower_snake` name and one of the types.
fn check_params(
    raw_entry: &RawEntry,
    diag: &dyn Fn(&'static str, String, String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) -> Vec<Param> {
    let mut params = Vec::new();
    for (name, ty) in &raw_entry.params.0 {
        if !naming::is_lower_snake(name) {
            out.push(diag(
                "param-declaration",
                format!("parameter name `{name}` is not lower_snake ASCII starting with a letter"),
                format!("rename it, e.g. `{}`: each language derives its argument's name from it", naming::snake(name)),
                "params",
            ));
        }
        let ty = match text(ty) {
            Some("string") => ParamType::String,
            Some("int") => ParamType::Int,
            Some("float") => ParamType::Float,
            _ => {
                out.push(diag(
                    "param-declaration",
                    format!("parameter `{name}` has type `{ty}`"),
                    "the types are `string`, `int` (64-bit) and `float`: `params: {table: string, count: int}`"
                        .to_owned(),
                    "params",
                ));
                ParamType::String
            }
        };
        params.push(Param { name: name.clone(), ty });
    }
    params
}

/// Each message read as a template: braces well-formed, every placeholder a declared
/// parameter, every parameter used. Returns each declared locale's text as the model keeps it
/// (see [`Entry::messages`]).
fn check_templates(
    message: &BTreeMap<&str, Cow<'_, str>>,
    params: &[Param],
    locales: &[String],
    diag: &dyn Fn(&'static str, String, String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) -> Vec<Option<String>> {
    let declared: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    let mut texts = vec![None; locales.len()];
    // In the order of the declared locales (that of the lines, as a rule), then the others.
    let mut written: Vec<(Option<usize>, &str, &str)> =
        message.iter().map(|(tag, text)| (locales.iter().position(|l| l == tag), *tag, text.as_ref())).collect();
    written.sort_by_key(|(position, ..)| position.unwrap_or(usize::MAX));
    for (position, tag, written) in written {
        let keep = |texts: &mut Vec<Option<String>>, text: String| {
            if let Some(i) = position {
                texts[i] = Some(text);
            }
        };
        // Most messages have no braces: nothing to read, and the text is as written.
        if declared.is_empty() && !written.contains(['{', '}']) {
            keep(&mut texts, written.to_owned());
            continue;
        }
        let pieces = match template::pieces(written) {
            Ok(pieces) => pieces,
            Err(e) => {
                let at = written[..e.offset].chars().count() + 1;
                out.push(diag(
                    "message-brace",
                    format!("the `{tag}` message has {} (character {at})", e.reason),
                    "write `{{` and `}}` for a literal brace; `{name}` is a parameter, declared under `params`"
                        .to_owned(),
                    tag,
                ));
                keep(&mut texts, written.to_owned());
                continue;
            }
        };
        let used: Vec<&str> = pieces
            .iter()
            .filter_map(|p| match p {
                template::Piece::Param(name) => Some(name.as_str()),
                template::Piece::Text(_) => None,
            })
            .collect();
        for name in used.iter().filter(|n| !declared.contains(n)) {
            let literal = format!("write `{{{{{name}}}}}` for the literal text `{{{name}}}`");
            let help = match attributes::did_you_mean(name, &declared) {
                Some(close) => format!("did you mean `{{{close}}}`?"),
                None if naming::is_lower_snake(name) => {
                    format!("declare it, `params: {{{name}: string}}`, or {literal}")
                }
                None => literal,
            };
            out.push(diag(
                "message-placeholder",
                format!("the `{tag}` message uses `{{{name}}}`, which the entry does not declare"),
                help,
                tag,
            ));
        }
        for name in declared.iter().filter(|n| !used.contains(n)) {
            out.push(diag(
                "param-unused",
                format!("the `{tag}` message does not use parameter `{name}`"),
                format!(
                    "every message, in every locale, says each parameter: add `{{{name}}}` to it, or remove `{name}` from `params`"
                ),
                tag,
            ));
        }
        let text = if params.is_empty() { template::text(pieces) } else { written.to_owned() };
        keep(&mut texts, text);
    }
    texts
}

/// The text of a value read as any scalar, if it is text.
fn text(value: &Scalar) -> Option<&str> {
    match value {
        Scalar::Text(t) => Some(t),
        _ => None,
    }
}

/// What a value that should have been text is, for a message: `the number 404`, `a list`.
fn described(value: &Scalar) -> String {
    match value {
        Scalar::Int(n) => format!("the number {n}"),
        other => other.to_string(),
    }
}

/// The fix for a symbol that is not a wire name: with ASCII punctuation as `_` (`NO-ACCESS` ->
/// `NO_ACCESS`), when that makes one; no guess for a leading digit or a non-ASCII letter.
fn wire_name_help(name: &str) -> String {
    let kept: String = name.chars().map(|c| if c.is_ascii_punctuation() { '_' } else { c }).collect();
    if naming::is_wire_name(&kept) {
        format!("write the name the API sends, e.g. `{kept}`: identifiers in each language are derived from it")
    } else {
        "write the name the API sends: ASCII letters, digits and `_`, starting with a letter".to_owned()
    }
}

/// `value` as a code of a namespace of `code_type` (`what` names it in the message: `code`,
/// `retired code`), or the diagnostic that says why it is not one. No conversion: a number in a
/// string namespace is refused, not read as its digits.
fn code_of(value: &Scalar, code_type: CodeType, what: &str) -> Result<Code, Diagnostic> {
    match (code_type, value) {
        (CodeType::Integer, Scalar::Int(c)) => i32::try_from(*c).map(Code::Int).map_err(|_| {
            Diagnostic::new("code-range", format!("{what} {c} does not fit in a signed 32-bit integer"), range_help())
        }),
        (CodeType::Integer, other) => Err(wrong_code(other, what)),
        (CodeType::String, Scalar::Text(text)) => {
            if !text.is_empty() && text.chars().all(|c| c.is_ascii_graphic()) {
                Ok(Code::Str(text.clone()))
            } else {
                Err(Diagnostic::new(
                    "code-type",
                    format!("{what} {text:?} is not printable ASCII without spaces"),
                    "a string code is one token of printable ASCII, as the wire carries it: `42P01`, `E0001`, `AUTH_TOKEN_EXPIRED`",
                ))
            }
        }
        (CodeType::String, Scalar::Int(c)) => Err(Diagnostic::new(
            "code-type",
            format!("{what} {c} is a number, but namespace codes are strings (`code_type: string`)"),
            format!("quote it, `\"{c}\"`, if the code is that text: numbers are not converted"),
        )),
        (CodeType::String, other) => Err(Diagnostic::new(
            "code-type",
            format!("{what} is {other}, not a string"),
            "write the code as a quoted string, e.g. `code: \"42P01\"`",
        )),
    }
}

/// A code that is not an integer at all. A number followed by words is almost always the next
/// line indented too far, so that YAML read it as part of this value: say so.
fn wrong_code(value: &Scalar, what: &str) -> Diagnostic {
    let shown = match value {
        Scalar::Text(text) => format!("the text `{text}`"),
        other => other.to_string(),
    };
    let help = match value {
        Scalar::Text(text) if text.split_whitespace().next().is_some_and(|w| w.parse::<i64>().is_ok()) && text.contains(char::is_whitespace) => {
            "this looks like an indentation problem: the line after the code is indented further than `code:`, so YAML read it as part of the code. Indent it like `code:`".to_owned()
        }
        _ => "write the code as a number without quotes, e.g. `code: 131604`".to_owned(),
    };
    Diagnostic::new("code-type", format!("{what} is {shown}, not a 32-bit integer"), help)
}

fn range_help() -> String {
    format!("use a code from {} to {}: the range every target language holds", i32::MIN, i32::MAX)
}

/// The namespace's retired codes and symbols, each well-formed.
fn check_retired(
    n: usize,
    raw_ns: &RawNamespace,
    code_type: CodeType,
    loc: &Locator,
    out: &mut Vec<Diagnostic>,
) -> Retired {
    let at = || loc.namespace(n, "retired");
    let mut retired = Retired::default();
    for code in &raw_ns.retired.codes {
        match code_of(code, code_type, "retired code") {
            Ok(code) => retired.codes.push(code),
            Err(d) => out.push(d.at(at()).entry(&raw_ns.name)),
        }
    }
    for symbol in &raw_ns.retired.symbols {
        if !naming::is_wire_name(symbol) {
            out.push(
                Diagnostic::new(
                    "symbol-form",
                    format!("retired symbol `{symbol}` is not ASCII letters, digits and `_` starting with a letter"),
                    "write it as the symbol was written",
                )
                .at(at())
                .entry(&raw_ns.name),
            );
        }
        retired.symbols.push(symbol.clone());
    }
    retired
}

/// The largest number in a version every registry holds: npm's (JavaScript's largest safe
/// integer; cargo takes up to `2^64 - 1`, `PyPI` and Maven any).
const MAX_VERSION_NUMBER: u64 = (1 << 53) - 1;

/// A `SemVer` 2.0 core version as every registry reads it: three numbers, no leading zeros
/// ("Numeric identifiers MUST NOT include leading zeroes"), none past [`MAX_VERSION_NUMBER`].
fn semver(version: &str) -> Result<(), String> {
    let parts: Vec<&str> = version.split('.').collect();
    if parts.len() != 3 {
        return Err(format!("{} {}, not 3", parts.len(), if parts.len() == 1 { "part" } else { "parts" }));
    }
    for part in parts {
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("`{}` is not a number", part.escape_debug()));
        }
        if part.len() > 1 && part.starts_with('0') {
            return Err(format!("`{part}` has a leading zero"));
        }
        if part.parse::<u64>().map_or(true, |n| n > MAX_VERSION_NUMBER) {
            return Err(format!("`{part}` is past {MAX_VERSION_NUMBER}, the largest npm holds"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_semver_as_every_registry_reads_it() {
        for good in ["0.1.0", "1.0.0", "10.20.30", "9007199254740991.0.0"] {
            assert!(semver(good).is_ok(), "{good}");
        }
        for bad in [
            "01.0.0",
            "1.00.0",
            "1.0",
            "1.0.0.0",
            "1.0.0-rc.1",
            "99999999999999999999.0.0",
            "9007199254740992.0.0",
            "1..0",
            " 1.0.0",
        ] {
            assert!(semver(bad).is_err(), "{bad}");
        }
    }

    /// The entries and problems of namespace 0 of `text`: as `validate` checks them (in two
    /// halves for a large namespace), and in one pass.
    type Found = (Vec<Entry>, Vec<Diagnostic>);
    fn both_ways(text: &str) -> (Found, Found) {
        let raw: RawCatalog = serde_yaml::from_str(text).unwrap();
        let loc = Locator::new(text);
        let locales: BTreeSet<&str> = raw.locales.iter().map(String::as_str).collect();
        let raw_ns = &raw.namespaces[0];
        let mut halves = Vec::new();
        let (entries, retired) = check_entries(0, raw_ns, CodeType::Integer, &locales, &[], &raw, &loc, &mut halves);
        let rules = EntryRules {
            n: 0,
            raw_ns,
            code_type: CodeType::Integer,
            locales: &locales,
            attributes: &[],
            raw: &raw,
            loc: &loc,
            retired: &retired,
        };
        let mut one_pass = Vec::new();
        let checked = rules.check(0..raw_ns.entries.len(), &mut one_pass);
        check_replacements(0, &raw_ns.name, &checked.entries, &loc, &mut one_pass);
        ((entries, halves), (checked.entries, one_pass))
    }

    /// Checking a large namespace in two halves finds what one pass finds: the same entries when
    /// there is no problem, and the same problems, in order, when a half has one or a code or
    /// name is in both halves.
    #[test]
    fn halves_find_what_one_pass_finds() {
        let valid = crate::synthetic::shaped(PARALLEL_ENTRIES + 7, 1, PARALLEL_ENTRIES + 7, 3);
        let field = |text: &str, key: &str, nth_from_end: usize| {
            let lines: Vec<&str> =
                text.lines().filter(|l| l.trim_start().trim_start_matches("- ").starts_with(key)).collect();
            (lines[0].to_owned(), lines[lines.len() - 1 - nth_from_end].to_owned())
        };
        let (first_code, last_code) = field(&valid, "code:", 0);
        let (first_symbol, last_symbol) = field(&valid, "symbol:", 0);
        let first_code_value = first_code.split("code:").nth(1).unwrap();
        let first_symbol_value = first_symbol.split("symbol:").nth(1).unwrap();
        let cases = [
            ("valid", valid.clone()),
            (
                "duplicate-code",
                valid.replacen(
                    &last_code,
                    &last_code.replace(last_code.split("code:").nth(1).unwrap(), first_code_value),
                    1,
                ),
            ),
            (
                "duplicate-symbol",
                valid.replacen(
                    &last_symbol,
                    &last_symbol.replace(last_symbol.split("symbol:").nth(1).unwrap(), first_symbol_value),
                    1,
                ),
            ),
            ("symbol-form", valid.replacen(&last_symbol, &last_symbol.replace("symbol: ", "symbol: 1"), 1)),
        ];
        for (rule, text) in cases {
            let ((entries, halves), (one_entries, one_pass)) = both_ways(&text);
            assert_eq!(halves, one_pass, "{rule}");
            assert_eq!(entries, one_entries, "{rule}");
            assert_eq!(entries.len(), PARALLEL_ENTRIES + 7, "{rule}");
            if rule == "valid" {
                assert!(halves.is_empty(), "{halves:?}");
            } else {
                assert_eq!(halves.iter().map(|d| d.rule).collect::<Vec<_>>(), [rule], "{halves:?}");
            }
        }
    }
}
