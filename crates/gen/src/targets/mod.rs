//! The languages the generator writes. Each target turns the validated [`Catalog`] into views
//! (identifiers converted and escaped, literals quoted) and renders them through its templates
//! in `templates/<target>/`.
//!
//! Adding a language: one module here, one template folder, one consumer test folder under
//! `tests/`, and one line in [`ALL`].

mod c;
mod docs;
pub mod emits;
mod go;
pub mod header;
mod java;
mod json;
mod jvm;
mod kotlin;
pub mod package;
mod python;
mod rust;
mod typescript;

use crate::catalog::{Catalog, Diagnostic};
use crate::naming;
use crate::output::File;
pub use header::{header, header_source, is_header};

/// Every target, in the order they are generated and reported.
pub static ALL: &[&dyn Target] = &[
    &rust::Rust,
    &typescript::TypeScript,
    &python::Python,
    &java::Java,
    &go::Go,
    &c::C,
    &kotlin::Kotlin,
    &docs::Docs,
    &json::Json,
];

/// A part of the contract every generated package keeps (README, "One answer for every edge"),
/// as diplomat's backends declare the attributes they support.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// A code's symbol, lookup by symbol or alias, its message in a locale.
    Lookups,
    /// An error with arguments: its text and its message in a locale.
    Errors,
    /// Problem details (RFC 9457), made and read.
    Problems,
    /// A code through the language's JSON library and back.
    Serializers,
    /// Numbers as message arguments.
    Numbers,
}

impl Feature {
    /// Every feature: what the five languages so far offer.
    pub const ALL: &'static [Self] = &[Self::Lookups, Self::Errors, Self::Problems, Self::Serializers, Self::Numbers];
}

/// A name from the catalog that becomes an identifier or a file name in generated code.
#[derive(Debug, Clone, Copy)]
pub enum Name<'a> {
    /// The kebab-case package name (`api-errors`).
    Package(&'a str),
    /// A `lower_snake` namespace name.
    Namespace(&'a str),
    /// A symbol or alias, as the API spells it.
    Symbol(&'a str),
    /// A BCP 47 locale tag.
    Locale(&'a str),
    /// A `lower_snake` attribute name, which becomes an accessor beside the generated ones.
    Attribute(&'a str),
    /// A `lower_snake` message parameter, which becomes an argument of a formatting function.
    Param(&'a str),
    /// The symbol of an entry with parameters, which some targets turn into a function that
    /// takes them ([`Naming::constructor`]).
    Constructor(&'a str),
}

/// How a target names what it generates: one method per kind of identifier, in the language's
/// own conventions, reserved words escaped. The target's views, its name checks, the shared
/// collision check below and the consumer tests all ask it; nothing assumes another target's
/// names.
pub trait Naming {
    /// The package users install or import (`api_errors`, `apierrors`, `dev.apierrors`).
    fn package(&self, catalog: &Catalog) -> String;

    /// What a namespace's code is imported or reached as (`larkea`, `r#return`, `return_`).
    fn module(&self, namespace: &str) -> String;

    /// The type of a namespace's codes (`LarkeaCode`).
    fn type_name(&self, namespace: &str) -> String;

    /// The error type a service raises or returns with a namespace's code (`LarkeaError`,
    /// `LarkeaException`).
    fn error_type(&self, namespace: &str) -> String {
        format!("{}Error", naming::pascal(namespace))
    }

    /// The constant of a symbol or alias (`DEVICE_NOT_FOUND`, `LarkeaDeviceNotFound`).
    fn constant(&self, namespace: &str, symbol: &str) -> String;

    /// A namespace's function called `name` in `snake_case` in the neutral model (`from_symbol`,
    /// `codes`): `fromSymbol`, `LarkeaCodes`...
    fn function(&self, namespace: &str, name: &str) -> String;

    /// The file a namespace's code is written to, relative to the package folder.
    fn file(&self, namespace: &str) -> String;

    /// The accessor of a `lower_snake` attribute on a code (`http_status`, `httpStatus`,
    /// `HttpStatus`).
    fn attribute(&self, name: &str) -> String;

    /// The type of a namespace's problem details, for a target that declares one per namespace
    /// (`LarkeaProblem`).
    fn problem_type(&self, namespace: &str) -> String {
        format!("{}Problem", naming::pascal(namespace))
    }

    /// A `lower_snake` message parameter as an argument of the functions that take them
    /// (`device_id`, `deviceId`, `deviceID`).
    fn parameter(&self, name: &str) -> String {
        name.to_owned()
    }

    /// The function that makes an error of an entry with parameters from typed arguments
    /// (`er_table_exists_error`), for a target that names one per code; `None` for a target
    /// whose typed formatting is keyed by the code instead (TypeScript, Python).
    fn constructor(&self, _namespace: &str, _symbol: &str) -> Option<String> {
        None
    }
}

/// One of a [`Naming`]'s per-namespace methods.
type NameOf = fn(&dyn Naming, &str) -> String;

/// Namespaces whose names a target's naming turns into one type, module or file.
fn naming_collisions(naming: &dyn Naming, catalog: &Catalog) -> Vec<Refusal> {
    use std::collections::hash_map::Entry;
    let mut out = Vec::new();
    // One report per pair of namespaces: the first kind of name they share.
    let mut reported = std::collections::BTreeSet::new();
    let kinds: [(&str, NameOf); 3] =
        [("type", |n, ns| n.type_name(ns)), ("module", |n, ns| n.module(ns)), ("file", |n, ns| n.file(ns))];
    for (kind, name_of) in kinds {
        let mut seen = std::collections::BTreeMap::new();
        for ns in &catalog.namespaces {
            let name = name_of(naming, &ns.name);
            if let Some(first) = seen.insert(name.clone(), &ns.name)
                && reported.insert((first, &ns.name))
            {
                out.push(Refusal {
                    rule: "namespace-collision",
                    help: "rename one of them so that every language tells them apart",
                    at: ns.at,
                    entry: None,
                    reason: format!("namespaces `{first}` and `{}` both become the {kind} `{name}`", ns.name),
                });
            }
        }
    }
    // Two wire names of one namespace that the target's convention turns into one constant
    // (`DuplicateKey`, `DUPLICATE_KEY`).
    for ns in &catalog.namespaces {
        let mut seen = std::collections::HashMap::with_capacity(ns.entries.len());
        for e in &ns.entries {
            for symbol in std::iter::once(&e.symbol).chain(&e.aliases) {
                match seen.entry(naming.constant(&ns.name, symbol)) {
                    Entry::Vacant(slot) => {
                        slot.insert(symbol);
                    }
                    Entry::Occupied(first) => out.push(Refusal {
                        rule: "symbol-collision",
                        help: "rename one of them, or drop the one that only differs in case",
                        at: e.at,
                        entry: Some(format!("{} {} {}", ns.name, e.code, e.symbol)),
                        reason: format!(
                            "symbols `{}` and `{symbol}` both become the constant `{}`",
                            first.get(),
                            first.key()
                        ),
                    }),
                }
            }
        }
    }
    // Two parameters of one entry that the target's convention turns into one argument
    // (`a_id` and `a_i_d` are both Go's `aID`).
    for ns in &catalog.namespaces {
        for e in ns.entries.iter().filter(|e| e.params.len() > 1) {
            let mut seen = std::collections::HashMap::new();
            for p in &e.params {
                if let Some(first) = seen.insert(naming.parameter(&p.name), &p.name) {
                    out.push(Refusal {
                        rule: "param-collision",
                        help: "rename one of them",
                        at: e.at,
                        entry: Some(format!("{} {} {}", ns.name, e.code, e.symbol)),
                        reason: format!(
                            "parameters `{first}` and `{}` both become the argument `{}`",
                            p.name,
                            naming.parameter(&p.name)
                        ),
                    });
                }
            }
        }
    }
    // Two entries with parameters whose functions one name would hold (`A_B1`, `A_B_1` are both
    // Java's `aB1`), unless their constants already meet (reported above).
    for ns in &catalog.namespaces {
        let mut seen = std::collections::HashMap::new();
        for e in ns.entries.iter().filter(|e| !e.params.is_empty()) {
            let Some(function) = naming.constructor(&ns.name, &e.symbol) else { continue };
            match seen.entry(function) {
                Entry::Vacant(slot) => {
                    slot.insert(&e.symbol);
                }
                Entry::Occupied(first)
                    if naming.constant(&ns.name, first.get()) == naming.constant(&ns.name, &e.symbol) => {}
                Entry::Occupied(first) => out.push(Refusal {
                    rule: "symbol-collision",
                    help: "rename one of them",
                    at: e.at,
                    entry: Some(format!("{} {} {}", ns.name, e.code, e.symbol)),
                    reason: format!(
                        "symbols `{}` and `{}` both become the function `{}`",
                        first.get(),
                        e.symbol,
                        first.key()
                    ),
                }),
            }
        }
    }
    out
}

/// A problem a target has with a catalog that passed validation: where, which entry, and why.
pub struct Refusal {
    /// The rule's kebab-case name in the diagnostic: `reserved-name`, `symbol-collision`...
    pub rule: &'static str,
    /// How to fix it.
    pub help: &'static str,
    pub at: crate::catalog::Pos,
    pub entry: Option<String>,
    pub reason: String,
}

/// A name to check, its place, and for a symbol its namespace and entry (to label a refusal).
type Named<'a> = (Name<'a>, crate::catalog::Pos, Option<(&'a str, &'a crate::catalog::Entry)>);

/// Every target's check of the validated catalog (see [`Target::reject`] and
/// [`Target::refuse`]), as diagnostics: the pass after validation, so the catalog model never
/// needs to know a target language.
///
/// # Errors
/// Every name or size some target cannot hold.
pub fn check(catalog: &Catalog) -> Result<(), Vec<Diagnostic>> {
    check_then(catalog, &[], |_| ()).map(|_| ())
}

/// [`check`], and `then` for each of `selected` on the thread that checked it, once that target
/// has refused nothing: what generation does, so that one target renders while another is still
/// being checked. Results are in the order of `selected`. Any refusal, by any target, makes the
/// whole an error (the other results are dropped).
///
/// # Errors
/// Every name or size some target cannot hold.
pub fn check_then<R: Send>(
    catalog: &Catalog,
    selected: &[&dyn Target],
    then: impl Fn(&dyn Target) -> R + Sync,
) -> Result<Vec<R>, Vec<Diagnostic>> {
    // Each name with its place and, for a symbol, its entry (labelled only if refused).
    let mut names: Vec<Named<'_>> = vec![(Name::Package(&catalog.package), catalog.top_at("package"), None)];
    names.extend(catalog.locales.iter().map(|l| (Name::Locale(l), catalog.top_at("locales"), None)));
    names.extend(catalog.attributes.iter().map(|a| (Name::Attribute(&a.name), a.at, None)));
    for ns in &catalog.namespaces {
        names.push((Name::Namespace(&ns.name), ns.at, None));
        for e in &ns.entries {
            names.extend(
                std::iter::once(&e.symbol)
                    .chain(&e.aliases)
                    .map(|n| (Name::Symbol(n), e.at, Some((ns.name.as_str(), e)))),
            );
            if !e.params.is_empty() {
                names.push((Name::Constructor(&e.symbol), e.at, Some((ns.name.as_str(), e))));
                names.extend(e.params.iter().map(|p| (Name::Param(&p.name), e.at, Some((ns.name.as_str(), e)))));
            }
        }
    }
    // Only the targets that will render are checked: those asked for, else those the catalog
    // generates. A name or setting only another language minds is not refused.
    let checked: Vec<&dyn Target> = if selected.is_empty() { chosen(catalog) } else { selected.to_vec() };
    let mut out = check_settings(catalog, &checked);
    if !out.is_empty() {
        // A target reads its settings only once they are known to be there.
        return Err(out);
    }
    // Each target's refusals, the targets on threads of their own (a namespace of 100,000 codes
    // is 600,000 names to derive and compare).
    let per_target: Vec<(Vec<Refusal>, Option<R>)> = std::thread::scope(|scope| {
        let (names, then) = (&names, &then);
        let handles: Vec<_> = checked
            .iter()
            .map(|target| {
                scope.spawn(move || {
                    let refused = refusals(*target, names, catalog);
                    let wanted = selected.iter().any(|s| s.name() == target.name());
                    let result = (refused.is_empty() && wanted).then(|| then(*target));
                    (refused, result)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    // One diagnostic per problem, naming every target that has it.
    let mut found: Vec<(Refusal, Vec<&str>)> = Vec::new();
    let mut results: Vec<Option<R>> = Vec::with_capacity(checked.len());
    for (target, (refusals, result)) in checked.iter().zip(per_target) {
        results.push(result);
        for refusal in refusals {
            let same = |(r, _): &&mut (Refusal, Vec<&str>)| {
                (r.rule, r.at, &r.entry, &r.reason) == (refusal.rule, refusal.at, &refusal.entry, &refusal.reason)
            };
            match found.iter_mut().find(same) {
                Some((_, targets)) => targets.push(target.name()),
                None => found.push((refusal, vec![target.name()])),
            }
        }
    }
    for (Refusal { rule, help, at, entry, reason }, targets) in found {
        let mut d = Diagnostic::new(rule, format!("{}: {reason}", targets.join(", ")), help).at(at);
        if let Some(entry) = entry {
            d = d.entry(entry);
        }
        out.push(d);
    }
    if !out.is_empty() {
        return Err(out);
    }
    // In the order asked for (each selected target was checked, and refused nothing).
    Ok(selected
        .iter()
        .filter_map(|s| checked.iter().position(|t| t.name() == s.name()).and_then(|i| results[i].take()))
        .collect())
}

/// The targets the catalog generates (its `generate:` list, in [`ALL`]'s order), or every target.
#[must_use]
pub fn chosen(catalog: &Catalog) -> Vec<&'static dyn Target> {
    ALL.iter()
        .copied()
        .filter(|t| catalog.generate.as_ref().is_none_or(|names| names.iter().any(|n| n == t.name())))
        .collect()
}

/// Everything `target` refuses in `catalog`: names it cannot express, names its naming makes
/// collide, and what it cannot hold as a whole.
fn refusals(target: &dyn Target, names: &[Named<'_>], catalog: &Catalog) -> Vec<Refusal> {
    let collisions = target.naming().map(|naming| naming_collisions(naming, catalog)).unwrap_or_default();
    names
        .iter()
        .filter_map(|(name, at, entry)| {
            emits::clash(target, *name).or_else(|| target.reject(*name)).map(|reason| Refusal {
                rule: "reserved-name",
                help: RENAME,
                at: *at,
                entry: entry.map(|(ns, e)| format!("{ns} {} {}", e.code, e.symbol)),
                reason,
            })
        })
        .chain(collisions)
        .chain(target.refuse(catalog))
        .collect()
}

/// A key a target takes in its section of the catalog's `targets:`.
pub struct Setting {
    pub key: &'static str,
    /// Whether the catalog must give it (else the target derives a default).
    pub required: bool,
    /// What it is, for the error that asks for it.
    pub doc: &'static str,
}

/// The `targets:` section against what each target takes: no unknown target or key, every
/// required key given.
fn check_settings(catalog: &Catalog, checked: &[&dyn Target]) -> Vec<Diagnostic> {
    let at = catalog.top_at("targets");
    let mut out = Vec::new();
    let names: Vec<&str> = ALL.iter().map(|t| t.name()).collect();
    match &catalog.generate {
        Some(list) if list.is_empty() => out.push(
            Diagnostic::new(
                "generate",
                "`generate` lists no target",
                format!("list the targets to generate ({}), or leave `generate` out for all", names.join(", ")),
            )
            .at(catalog.top_at("generate")),
        ),
        Some(list) => {
            for (i, name) in list.iter().enumerate() {
                if !names.contains(&name.as_str()) {
                    out.push(
                        Diagnostic::new(
                            "generate",
                            format!("`generate` names `{}`, which is not a target", name.escape_debug()),
                            format!("the targets are {}", names.join(", ")),
                        )
                        .at(catalog.top_at("generate")),
                    );
                } else if list[..i].contains(name) {
                    out.push(
                        Diagnostic::new("generate", format!("`generate` names `{name}` twice"), "list it once")
                            .at(catalog.top_at("generate")),
                    );
                }
            }
        }
        None => {}
    }
    for (name, section) in &catalog.targets {
        let Some(target) = by_name(name) else {
            let names: Vec<&str> = ALL.iter().map(|t| t.name()).collect();
            let near = names
                .iter()
                .find(|n| strsim::levenshtein(n, name) <= 2 || name.starts_with(**n) || n.starts_with(name.as_str()));
            let help = near
                .map_or_else(|| format!("the targets are {}", names.join(", ")), |n| format!("did you mean `{n}`?"));
            out.push(
                Diagnostic::new(
                    "unknown-setting",
                    format!("`targets` has a section `{name}`, which is not a target"),
                    help,
                )
                .at(at),
            );
            continue;
        };
        for key in section.keys().filter(|k| !target.settings().iter().any(|s| s.key == k.as_str())) {
            let known: Vec<&str> = target.settings().iter().map(|s| s.key).collect();
            out.push(
                Diagnostic::new(
                    "unknown-setting",
                    format!("`targets.{name}` has no setting `{key}`"),
                    if known.is_empty() {
                        format!("{name} takes no settings")
                    } else {
                        format!("{name} takes: {}", known.join(", "))
                    },
                )
                .at(at),
            );
        }
    }
    for target in checked {
        for setting in
            target.settings().iter().filter(|s| s.required && catalog.setting(target.name(), s.key).is_none())
        {
            out.push(
                Diagnostic::new(
                    "missing-setting",
                    format!("`targets.{}.{}` is missing: {}", target.name(), setting.key, setting.doc),
                    format!("add `targets: {{{}: {{{}: ...}}}}`", target.name(), setting.key),
                )
                .at(at),
            );
        }
    }
    check_publish(catalog, checked, &mut out);
    out
}

/// `metadata.publish` names only targets, and each registry published to gets what it refuses
/// a package without (each target's [`Target::registry_requires`]).
fn check_publish(catalog: &Catalog, checked: &[&dyn Target], out: &mut Vec<Diagnostic>) {
    let meta = &catalog.metadata;
    if let crate::catalog::Publish::Only(names) = &meta.publish {
        for (name, at) in names.iter().filter(|(n, _)| by_name(n).is_none()) {
            let names: Vec<&str> = ALL.iter().map(|t| t.name()).collect();
            out.push(
                Diagnostic::new(
                    "metadata-publish",
                    format!("`metadata.publish` names `{name}`, which is not a target"),
                    format!("the targets are {}", names.join(", ")),
                )
                .at(*at),
            );
        }
    }
    let at = catalog.top_at("metadata");
    for target in checked.iter().filter(|t| meta.publish.to(t.name())) {
        for key in target.registry_requires().iter().filter(|key| !meta.has(key)) {
            out.push(
                Diagnostic::new(
                    "metadata-publish",
                    format!("the {} package is published, but `metadata.{key}` is missing", target.name()),
                    format!("its registry refuses a package without it: add `{key}` to `metadata`"),
                )
                .at(at),
            );
        }
    }
}

/// How a refusal names a symbol and the identifier a target makes of it: `` `ALL` `` when they
/// are the same, `` `All` (as `ALL`) `` when not.
#[must_use]
pub fn becomes(symbol: &str, identifier: &str) -> String {
    if symbol == identifier { format!("`{symbol}`") } else { format!("`{symbol}` (as `{identifier}`)") }
}

/// Why an attribute cannot be called `name` in a target whose generated code already has
/// `members` (methods, fields, functions), as the target spells the accessor (`accessor`).
#[must_use]
pub fn attribute_clash(name: &str, accessor: &str, members: &[&str]) -> Option<String> {
    members
        .contains(&accessor)
        .then(|| format!("attribute {} clashes with a member the generated code defines", becomes(name, accessor)))
}

/// A code as a literal of a target language: `int` writes an integer code, `string` quotes a
/// string code.
pub fn code_literal(
    code: &crate::catalog::Code,
    int: impl Fn(i32) -> String,
    string: impl Fn(&str) -> String,
) -> String {
    match code {
        crate::catalog::Code::Int(n) => int(*n),
        crate::catalog::Code::Str(s) => string(s),
    }
}

/// The fix for a name a target cannot hold.
pub const RENAME: &str = "rename it: every target language must be able to express it";

/// Why a file called `name` cannot exist, if it cannot: longer than file systems hold.
#[must_use]
pub fn file_too_long(name: &str) -> Option<String> {
    (name.len() > crate::output::MAX_NAME_BYTES).then(|| {
        format!(
            "its file `{name}` would be {} bytes long, more than the {} file systems hold",
            name.len(),
            crate::output::MAX_NAME_BYTES
        )
    })
}

pub trait Target: Sync {
    /// The target's name on the command line and its folder under `generated/` and `templates/`.
    fn name(&self) -> &'static str;

    /// Why this language cannot express `name`, if it cannot (a reserved word it cannot escape,
    /// a clash with a member the generated code defines, a file name too long). `None` when it can.
    fn reject(&self, name: Name<'_>) -> Option<String>;

    /// How the target names what it generates, if it generates code (the docs do not).
    fn naming(&self) -> Option<&dyn Naming> {
        None
    }

    /// Whether `c`, which [`crate::escape::must_escape`] flags, may still appear raw in this target's output
    /// (outside the catalog's text, which is always escaped): a newline everywhere, and a tab
    /// where the language's formatter indents with tabs.
    fn allows_raw(&self, c: char) -> bool {
        c == '\n'
    }

    /// The `metadata` keys the target's registry refuses a package without (crates.io a
    /// license; Maven Central a license, the repository and developers): required when the
    /// catalog publishes the target's package.
    fn registry_requires(&self) -> &'static [&'static str] {
        &[]
    }

    /// The keys this target takes in the catalog's `targets:` section.
    fn settings(&self) -> &'static [Setting] {
        &[]
    }

    /// What the target's package offers, of what the conformance suite asks every language
    /// (`tests/conformance/`): the suite runs the cases of these features only, so a target
    /// with fewer (C has no exceptions or problem objects) runs the cases it can. None for a
    /// target that writes no code.
    fn features(&self) -> &'static [Feature] {
        &[]
    }

    /// Every identifier the target writes in `scope` beside the catalog's names: a catalog name
    /// that becomes one of them is refused (see [`emits`]).
    fn emits(&self, _scope: emits::Scope) -> &'static [&'static str] {
        &[]
    }

    /// What this language cannot hold in the catalog as a whole: two names that become one
    /// identifier, a package name it cannot use. Empty when it can hold everything.
    fn refuse(&self, _catalog: &Catalog) -> Vec<Refusal> {
        Vec::new()
    }

    /// Every file of the package, paths relative to the target's folder.
    ///
    /// # Errors
    /// When a template fails to render.
    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>>;
}

/// Renders `template` into a string of `capacity` bytes to start with: a namespace file of
/// thousands of entries would otherwise grow, and be copied, a dozen times.
///
/// # Errors
/// When the template fails to render.
pub fn render_sized(template: &impl askama::Template, capacity: usize) -> askama::Result<String> {
    let mut out = String::with_capacity(capacity);
    template.render_into(&mut out)?;
    Ok(out)
}

/// Bytes to reserve per catalog entry when rendering a namespace file.
pub const BYTES_PER_ENTRY: usize = 320;

/// Bytes to reserve for a file of `ns`'s entries: [`BYTES_PER_ENTRY`] each for names and code,
/// and room for every message to appear three times (a translation table, a doc comment, an
/// example). Reserving more than is written costs nothing, as the pages are never touched;
/// reserving less makes the string grow and be copied, twice or more for a namespace of
/// 100,000 codes in three locales.
pub fn capacity(ns: &crate::catalog::Namespace) -> usize {
    let messages: usize = ns.entries.iter().flat_map(|e| e.messages.iter().flatten()).map(String::len).sum();
    ns.entries.len() * BYTES_PER_ENTRY + messages * 3
}

/// The target called `name`.
pub fn by_name(name: &str) -> Option<&'static dyn Target> {
    ALL.iter().copied().find(|t| t.name() == name)
}
