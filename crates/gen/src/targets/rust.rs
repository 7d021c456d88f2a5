//! Rust: a crate with one newtype over `i32` per namespace, like `http::StatusCode`.

use askama::Template;

use super::package::{self, Readme};
use super::{Name, Naming, Refusal, Target, capacity, render_sized};
use crate::catalog::{AttributeType, Catalog, Code, CodeType, Entry, Namespace, ParamType, Value};
use crate::escape::{braced_unicode_escape, markdown_text, quote_into, quoted, toml_string};
use crate::naming;
use crate::output::File;

pub struct Rust;

/// Keywords of the Rust reference (strict, reserved and 2018+ edition keywords),
/// <https://doc.rust-lang.org/reference/keywords.html>. Namespaces become module names: most
/// keywords are written as raw identifiers (`r#match`); these four cannot be.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// What a namespace's error type defines or takes from the traits it implements, which a
/// per-code constructor (`MysqlError::er_table_exists_error`) must not repeat.
const ERROR_MEMBERS: &[&str] = &[
    "new",
    "with_arg",
    "with_cause",
    "arguments",
    "code",
    "message",
    "problem",
    "from_problem",
    "fmt",
    "source",
    "description",
    "cause",
    "provide",
    "to_string",
    "from",
    "into",
    "try_from",
    "try_into",
    "type_id",
    "borrow",
    "borrow_mut",
];

/// Methods of standard traits that clippy's `should_implement_trait` expects only as those
/// traits' methods: a constructor (`fn from_str(arg: &str) -> Self`) named so fails the
/// consumers' `clippy -D warnings`. (Found by the name torture.)
const TRAIT_METHODS: &[&str] = &[
    "add",
    "as_mut",
    "as_ref",
    "bitand",
    "bitor",
    "bitxor",
    "borrow",
    "borrow_mut",
    "clone",
    "cmp",
    "default",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "eq",
    "from_iter",
    "from_str",
    "hash",
    "index",
    "index_mut",
    "into_iter",
    "mul",
    "neg",
    "next",
    "not",
    "rem",
    "shl",
    "shr",
    "sub",
];

/// The crates every Rust program can name without a dependency.
const STD_CRATES: &[&str] = &["std", "core", "alloc", "proc_macro", "test"];

/// Names a namespace's module would shadow at the crate root: the crates the generated code
/// names by path (the standard ones, and `serde` behind its feature).
const ROOT_NAMES: &[&str] = &["std", "core", "alloc", "proc_macro", "test", "serde"];

/// The files the crate writes beside its namespaces' `src/<namespace>.rs` (`src/main.rs` would
/// make cargo build a binary).
const OWN_FILES: &[&str] = &["lib.rs", "main.rs"];

/// Associated items the generated type defines beside the symbol constants.
const MEMBERS: &[&str] = &["ALL"];

/// Methods the generated type defines (and those of the traits it derives), which an
/// attribute's accessor must not repeat.
const METHODS: &[&str] = &[
    "new",
    "params",
    "code",
    "is_known",
    "symbol",
    "deprecation",
    "message",
    "translation",
    "message_for",
    "from_symbol",
    "index",
    "clone",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "hash",
    "fmt",
    "from",
    "into",
    "max",
    "min",
    "clamp",
];

impl Naming for Rust {
    fn package(&self, catalog: &Catalog) -> String {
        naming::snake(&catalog.package)
    }

    /// A keyword becomes a raw identifier (`r#return`).
    fn module(&self, namespace: &str) -> String {
        let module = naming::snake(namespace);
        if KEYWORDS.contains(&module.as_str()) { format!("r#{module}") } else { module }
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{}Code", naming::pascal(namespace))
    }

    /// Associated constants are `UPPER_SNAKE`, as the Rust API guidelines ask.
    fn constant(&self, _namespace: &str, symbol: &str) -> String {
        naming::upper_snake_constant(symbol)
    }

    /// Methods and functions are `snake_case`, as the neutral name is.
    fn function(&self, _namespace: &str, name: &str) -> String {
        name.to_owned()
    }

    fn file(&self, namespace: &str) -> String {
        format!("src/{}.rs", naming::snake(namespace))
    }

    /// A method; a keyword becomes a raw identifier (`r#type`).
    fn attribute(&self, name: &str) -> String {
        if KEYWORDS.contains(&name) { format!("r#{name}") } else { name.to_owned() }
    }

    /// An associated function of the error type, in `snake_case`: the constant, lower-cased.
    fn constructor(&self, namespace: &str, symbol: &str) -> Option<String> {
        Some(self.attribute(&self.constant(namespace, symbol).to_ascii_lowercase()))
    }
}

impl Target for Rust {
    fn name(&self) -> &'static str {
        "rust"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        match name {
            // A namespace's module lives in `src/<name>.rs`, beside the crate root `src/lib.rs`.
            // The crate root defines `ParseError` itself.
            Name::Namespace(ns) if self.error_type(ns) == "ParseError" => {
                Some("its error type `ParseError` clashes with the crate's own `ParseError`".to_owned())
            }
            Name::Namespace(ns) => {
                let ident = naming::snake(ns);
                if NOT_RAW.contains(&ident.as_str()) {
                    Some(format!("`{ident}` is a Rust keyword that cannot be a raw identifier"))
                } else {
                    super::file_too_long(&format!("{ident}.rs"))
                }
            }
            // Cargo refuses a keyword as a package name, and a crate named like a standard
            // crate shadows it in every `use std::...` of the crate's own doctests.
            Name::Package(package) => {
                let ident = naming::snake(package);
                if KEYWORDS.contains(&ident.as_str()) {
                    Some(format!("`{ident}` is a Rust keyword, which cargo refuses as a crate name"))
                } else {
                    STD_CRATES
                        .contains(&ident.as_str())
                        .then(|| format!("a crate named `{ident}` would shadow Rust's own `{ident}` crate"))
                }
            }
            Name::Symbol(s) => {
                let constant = self.constant("", s);
                MEMBERS.contains(&constant.as_str()).then(|| {
                    format!(
                        "{} clashes with the associated constant the generated type defines",
                        super::becomes(s, &constant)
                    )
                })
            }
            Name::Locale(_) => None,
            // An accessor method: `crate`, `self`, `super` cannot be one even as a raw identifier.
            Name::Attribute(name) if NOT_RAW.contains(&name) => {
                Some(format!("attribute `{name}` is a Rust keyword that cannot be a raw identifier"))
            }
            Name::Attribute(name) => super::attribute_clash(name, name, METHODS),
            Name::Param(name) => NOT_RAW
                .contains(&name)
                .then(|| format!("parameter `{name}` is a Rust keyword that cannot be an argument's name")),
            Name::Constructor(symbol) => {
                let function = self.constant("", symbol).to_ascii_lowercase();
                if NOT_RAW.contains(&function.as_str()) {
                    Some(format!("{} is a Rust keyword that cannot name a function", super::becomes(symbol, &function)))
                } else if TRAIT_METHODS.contains(&function.as_str()) {
                    Some(format!(
                        "{} is the name of a standard trait's method, which clippy (should_implement_trait) refuses for a constructor",
                        super::becomes(symbol, &function)
                    ))
                } else {
                    ERROR_MEMBERS.contains(&function.as_str()).then(|| {
                        format!(
                            "{} clashes with a member of the namespace's error type",
                            super::becomes(symbol, &function)
                        )
                    })
                }
            }
        }
    }

    /// Locales become `Locale` variants in `UpperCamelCase`: two tags that differ only in their
    /// hyphens (`en-a1`, `en-a-1`) would be one variant.
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        let mut seen = std::collections::BTreeMap::new();
        let mut out = Vec::new();
        for tag in &catalog.locales {
            let variant = naming::pascal(tag);
            if let Some(first) = seen.insert(variant.clone(), tag) {
                out.push(Refusal {
                    rule: "reserved-name",
                    help: super::RENAME,
                    at: catalog.top_at("locales"),
                    entry: None,
                    reason: format!("locales `{first}` and `{tag}` both become the variant `Locale::{variant}`"),
                });
            }
        }
        out.extend(keyword_refusals(catalog));
        out
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
            super::emits::Scope::Module => ROOT_NAMES,
            super::emits::Scope::File => OWN_FILES,
            _ => &[],
        }
    }

    fn features(&self) -> &'static [super::Feature] {
        super::Feature::ALL
    }

    fn naming(&self) -> Option<&dyn Naming> {
        Some(self)
    }

    fn registry_requires(&self) -> &'static [&'static str] {
        &["license"]
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let crate_name = self.package(catalog);
        let locales: Vec<LocaleView> =
            catalog.locales.iter().map(|tag| LocaleView { variant: naming::pascal(tag), tag: literal(tag) }).collect();
        let default_variant = locales[catalog.default_locale].variant.clone();
        let namespaces: Vec<NamespaceView<'_>> =
            catalog.namespaces.iter().map(|ns| namespace_view(catalog, ns)).collect();
        let mut files = vec![
            File::new("rustfmt.toml", RustfmtToml { header: &header }.render()?),
            File::new(
                "Cargo.toml",
                CargoToml { header: &header, catalog, crate_name: &crate_name, manifest: manifest(catalog) }
                    .render()?,
            ),
            File::new(
                "src/lib.rs",
                LibRs {
                    header: &header,
                    locales: &locales,
                    default_variant,
                    namespaces: &namespaces,
                    has_attributes: !catalog.attributes.is_empty(),
                }
                .render()?,
            ),
        ];
        for (ns, source) in namespaces.iter().zip(&catalog.namespaces) {
            let path = ns.file.clone();
            let capacity = capacity(source);
            let text = if ns.string_codes {
                render_sized(
                    &StringNamespaceRs { header: &header, crate_name: &crate_name, ns, locales: &locales },
                    capacity,
                )?
            } else {
                render_sized(
                    &NamespaceRs { header: &header, crate_name: &crate_name, ns, locales: &locales },
                    capacity,
                )?
            };
            files.push(File::new(path, text));
        }
        let (ns, entry) = (&catalog.namespaces[0], &catalog.namespaces[0].entries[0]);
        files.extend(package::files(
            catalog,
            &Readme::shell(
                catalog,
                Rust.name(),
                ("cargo add", "cargo add --path"),
                "rust",
                format!(
                    "use {crate_name}::{}::{ty};\n\nlet code = {ty}::from_symbol({}).expect(\"in the catalog\");\nprintln!(\"{{}}: {{}}\", code.code(), code.message_for({}).unwrap_or_default());",
                    Rust.module(&ns.name),
                    literal(&entry.symbol),
                    literal(catalog.default_locale_tag()),
                    ty = Rust.type_name(&ns.name),
                ),
            ),
        )?);
        Ok(files)
    }
}

struct LocaleView {
    variant: String,
    tag: String,
}

struct NamespaceView<'a> {
    /// The module identifier, raw when it is a keyword.
    module: String,
    /// The file, relative to the crate.
    file: String,
    ty: String,
    /// The namespace's error type (`LarkeaError`).
    error: String,
    /// What the namespace's problem types start with, as a string literal.
    problem_prefix: Option<String>,
    /// Whether problems carry a status (the catalog declares an `int` attribute `http_status`).
    status: bool,
    doc: String,
    entries: Vec<EntryView<'a>>,
    /// A code the namespace does not list, for the doc example.
    unknown: String,
    /// Whether codes are strings (a type like rust-postgres's `SqlState`, from
    /// `string_namespace.rs`) rather than `i32`s.
    string_codes: bool,
    /// How the lookups take the code (`self`, a `Copy` integer; `&self`, a string) and the
    /// method that finds its position in catalog order (`index`, `position`).
    receiver: &'static str,
    position: &'static str,
    retired: Vec<String>,
    /// `BY_SYMBOL`'s value type (`i32` codes, or `u32` positions for string codes) and what
    /// its doc calls the value.
    by_symbol_ty: &'static str,
    by_symbol_doc: &'static str,
    /// Every symbol and alias with its entry's position, in catalog order.
    by_symbol: Vec<BySymbol<'a>>,
    hash: HashTable,
    symbol_hash: HashTable,
    attributes: Vec<AttributeView>,
    /// Each distinct list of parameter names (string literals, comma-separated), the first
    /// empty, and each entry's list by position; no lists when no entry has parameters. A table
    /// rather than a `match`: a namespace of 100,000 codes is tens of thousands of arms.
    param_lists: Vec<String>,
    param_index: Vec<usize>,
    /// A typed constructor of the error type per entry with parameters.
    constructors: Vec<ConstructorView>,
}

/// `MysqlError::er_table_exists_error(table: &str)`: an error of one code with its arguments.
struct ConstructorView {
    name: String,
    /// The code as a literal: its constant may be deprecated, which the constructor is in turn.
    code: String,
    /// The `#[deprecated]` note as a string literal.
    deprecated: Option<String>,
    doc: String,
    /// `table: &str, count: i64`.
    args: String,
    /// `(name literal, argument identifier)` in declared order.
    params: Vec<(String, String)>,
}

fn constructor_views(catalog: &Catalog, ns: &Namespace) -> Vec<ConstructorView> {
    ns.entries
        .iter()
        .filter(|e| !e.params.is_empty())
        .map(|e| {
            let ident = |name: &str| Rust.attribute(name);
            let ty = |p: &crate::catalog::Param| match p.ty {
                ParamType::String => "&str",
                ParamType::Int => "i64",
                ParamType::Float => "f64",
            };
            ConstructorView {
                name: Rust.constructor(&ns.name, &e.symbol).unwrap_or_default(),
                code: code_literal(&e.code),
                deprecated: e.deprecated.as_ref().map(|d| literal(&d.note())),
                doc: format!("`{}`: {}", e.code, markdown_text(e.default_message(catalog))),
                args: e.params.iter().map(|p| format!("{}: {}", ident(&p.name), ty(p))).collect::<Vec<_>>().join(", "),
                params: e.params.iter().map(|p| (literal(&p.name), ident(&p.name))).collect(),
            }
        })
        .collect()
}

/// An attribute's accessor and its table.
struct AttributeView {
    /// The method, raw when it is a keyword (`r#type`).
    method: String,
    /// The static tables' name (`ATTR_HTTP_STATUS`, and `ATTR_HTTP_STATUS_AT` for the positions).
    table: String,
    /// What the accessor returns (`i32`, `&'static str`).
    ty: &'static str,
    /// The table's element type: the same without `'static` (`&str`).
    element: String,
    doc: String,
    /// The value of a known code the table does not list, as a literal.
    unset: String,
    /// The positions (in catalog order, ascending) of the codes whose value is another, each
    /// with it as a literal: an attribute with a default costs a line per code that sets it.
    exceptions: Vec<(usize, String)>,
}

fn attribute_views(catalog: &Catalog, ns: &Namespace) -> Vec<AttributeView> {
    catalog
        .attributes
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let ty = match a.ty {
                AttributeType::Int => "i32",
                AttributeType::Bool => "bool",
                AttributeType::String => "&'static str",
                AttributeType::StringList => "&'static [&'static str]",
            };
            AttributeView {
                method: Rust.attribute(&a.name),
                table: format!("ATTR_{}", a.name.to_ascii_uppercase()),
                ty,
                // In a static, `'static` goes without saying (clippy's redundant_static_lifetimes).
                element: ty.replace("'static ", ""),
                doc: if a.doc.is_empty() { format!("The `{}` attribute", a.name) } else { markdown_text(&a.doc) },
                unset: value_literal(&a.unset()),
                exceptions: ns.attribute_exceptions(i, a).into_iter().map(|(p, v)| (p, value_literal(v))).collect(),
            }
        })
        .collect()
}

/// An attribute value as a Rust literal.
fn value_literal(value: &Value) -> String {
    match value {
        Value::Int(n) => int_literal(*n),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => literal(s),
        Value::StringList(items) => format!("&[{}]", items.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", ")),
    }
}

/// An open-addressing table from code to position, laid out here so the generated lookup is a
/// multiply, a shift and one or two probes (see `index` in `templates/rust/namespace.rs`).
struct HashTable {
    multiplier: String,
    shift: u32,
    /// Position plus one per slot, 0 for empty; a power of two at least twice the codes.
    slots: Vec<u32>,
}

impl HashTable {
    /// Fibonacci hashing: the golden-ratio multiplier spreads nearby codes over the table.
    const MULTIPLIER: u32 = 0x9e37_79b1;

    /// The table of codes (hashed as their bits).
    fn for_codes(codes: &[i32]) -> Self {
        Self::new(&codes.iter().map(|c| u32::from_ne_bytes(c.to_ne_bytes())).collect::<Vec<_>>())
    }

    /// The table of names, hashed with 32-bit FNV-1a as `from_symbol` does.
    fn for_names<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let fnv = |s: &str| s.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        Self::new(&names.map(fnv).collect::<Vec<_>>())
    }

    fn new(keys: &[u32]) -> Self {
        let size = (keys.len() * 2).next_power_of_two().max(2);
        let shift = 32 - size.trailing_zeros();
        let mut slots = vec![0u32; size];
        for (position, &key) in keys.iter().enumerate() {
            let hash = key.wrapping_mul(Self::MULTIPLIER);
            let mut slot = (hash >> shift) as usize;
            while slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = u32::try_from(position + 1).expect("a namespace holds fewer than 2^32 codes");
        }
        Self { multiplier: format!("0x{:04x}_{:04x}", Self::MULTIPLIER >> 16, Self::MULTIPLIER & 0xffff), shift, slots }
    }
}

/// One entry as the templates write it. Each value is made when a template asks for it and
/// dropped once written: built up front, a namespace of 100,000 codes held a million small
/// strings, and making and freeing them cost three times the writing.
#[derive(Clone, Copy)]
struct EntryView<'a> {
    catalog: &'a Catalog,
    namespace: &'a str,
    entry: &'a Entry,
}

impl EntryView<'_> {
    fn code(&self) -> String {
        code_literal(&self.entry.code)
    }

    /// The code in a doc comment: an integer in backticks, a string as escaped text.
    fn code_doc(&self) -> String {
        match &self.entry.code {
            Code::Int(n) => format!("`{}`", int_literal(*n)),
            Code::Str(s) => markdown_text(s),
        }
    }

    /// The associated constant.
    fn constant(&self) -> String {
        Rust.constant(self.namespace, &self.entry.symbol)
    }

    /// The wire name as a string literal.
    fn symbol_literal(&self) -> String {
        literal(&self.entry.symbol)
    }

    /// Each locale's translation as an `Option<&str>` expression, comma-separated: one string
    /// per entry (this is most of the file).
    fn translations(&self) -> String {
        let mut row = String::with_capacity(self.entry.messages.iter().flatten().map(|m| m.len() + 10).sum());
        for (i, m) in self.entry.messages.iter().enumerate() {
            if i > 0 {
                row.push_str(", ");
            }
            match m {
                Some(m) => {
                    row.push_str("Some(");
                    literal_into(&mut row, m);
                    row.push(')');
                }
                None => row.push_str("None"),
            }
        }
        row
    }

    /// The message in the first locale, falling back as `message` does, for the doc example.
    fn first_message(&self) -> String {
        literal(self.entry.message(self.catalog, 0))
    }

    fn doc(&self) -> String {
        markdown_text(self.entry.default_message(self.catalog))
    }

    /// Each alias's associated constant.
    fn aliases(&self) -> impl Iterator<Item = String> {
        self.entry.aliases.iter().map(|a| Rust.constant(self.namespace, a))
    }

    /// The `#[deprecated]` note as a string literal.
    fn deprecated(&self) -> Option<String> {
        self.entry.deprecated.as_ref().map(|d| literal(&d.note()))
    }
}

/// A symbol or alias in `BY_SYMBOL`, written when the template asks (see [`EntryView`]).
struct BySymbol<'a> {
    name: &'a str,
    code: &'a Code,
    /// The entry's position in catalog order.
    position: usize,
    string_codes: bool,
}

impl BySymbol<'_> {
    fn literal(&self) -> String {
        literal(self.name)
    }

    /// A string namespace's `BY_SYMBOL` holds positions (its codes are looked up by position);
    /// an integer namespace's holds the codes themselves.
    fn value(&self) -> String {
        if self.string_codes { self.position.to_string() } else { code_literal(self.code) }
    }
}

/// Each distinct parameter list as string literals of its names, after an empty one, and each
/// entry's list by position (0 for none); both empty when no entry has parameters.
fn param_tables(ns: &Namespace) -> (Vec<String>, Vec<usize>) {
    let (lists, of_entry) = ns.param_lists();
    if lists.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let literals = std::iter::once(String::new())
        .chain(lists.iter().map(|list| list.iter().map(|p| literal(&p.name)).collect::<Vec<_>>().join(", ")))
        .collect();
    (literals, of_entry.iter().map(|list| list.map_or(0, |i| i + 1)).collect())
}

fn namespace_view<'a>(catalog: &'a Catalog, ns: &'a Namespace) -> NamespaceView<'a> {
    let (param_lists, param_index) = param_tables(ns);
    let string_codes = ns.code_type == CodeType::String;
    let by_symbol: Vec<BySymbol<'_>> = ns
        .entries
        .iter()
        .enumerate()
        .flat_map(|(position, e)| {
            std::iter::once(&e.symbol).chain(&e.aliases).map(move |name| BySymbol {
                name,
                code: &e.code,
                position,
                string_codes,
            })
        })
        .collect();
    let unknown = if string_codes {
        let taken: std::collections::HashSet<String> = ns.entries.iter().map(|e| e.code.to_string()).collect();
        literal(&(0..=99_999).map(|n| format!("ZZ{n:03}")).find(|c| !taken.contains(c)).unwrap_or_default())
    } else {
        let taken: std::collections::HashSet<&Code> = ns.entries.iter().map(|e| &e.code).collect();
        int_literal((0..=i32::MAX).find(|c| !taken.contains(&Code::Int(*c))).unwrap_or(i32::MIN))
    };
    NamespaceView {
        module: Rust.module(&ns.name),
        file: Rust.file(&ns.name),
        ty: Rust.type_name(&ns.name),
        error: Rust.error_type(&ns.name),
        problem_prefix: catalog.problem_prefix(&ns.name).map(|p| literal(&p)),
        status: catalog.has_http_status(),
        doc: markdown_text(&ns.description),
        string_codes,
        receiver: if string_codes { "&self" } else { "self" },
        position: if string_codes { "position" } else { "index" },
        retired: ns.retired.codes.iter().map(code_literal).collect(),
        hash: if string_codes {
            HashTable::for_names(ns.entries.iter().map(|e| match &e.code {
                Code::Str(s) => s.as_str(),
                Code::Int(_) => "",
            }))
        } else {
            HashTable::for_codes(&ns.entries.iter().filter_map(|e| e.code.int()).collect::<Vec<_>>())
        },
        symbol_hash: HashTable::for_names(by_symbol.iter().map(|b| b.name)),
        by_symbol_ty: if string_codes { "u32" } else { "i32" },
        by_symbol_doc: if string_codes { "its code's position" } else { "its code" },
        by_symbol,
        attributes: attribute_views(catalog, ns),
        constructors: constructor_views(catalog, ns),
        param_lists,
        param_index,
        unknown,
        entries: ns.entries.iter().map(|entry| EntryView { catalog, namespace: &ns.name, entry }).collect(),
    }
}

/// A code as a Rust literal: an `i32` grouped by thousands, or a string.
fn code_literal(code: &Code) -> String {
    super::code_literal(code, int_literal, literal)
}

/// A Rust string literal. Printable text (Chinese included) stays readable; quotes, backslashes
/// and every character [`must_escape`] flags are escaped.
fn literal(s: &str) -> String {
    quoted(s, braced_unicode_escape)
}

/// [`literal`], appended to `out`.
fn literal_into(out: &mut String, s: &str) {
    quote_into(out, s, braced_unicode_escape);
}

/// An `i32` literal grouped by thousands (`1_000_000`), as clippy's `unreadable_literal` asks.
fn int_literal(n: i32) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) && digits.len() > 4 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[derive(Template)]
#[template(path = "rust/rustfmt.toml", escape = "none")]
struct RustfmtToml<'a> {
    header: &'a str,
}

#[derive(Template)]
#[template(path = "rust/Cargo.toml", escape = "none")]
struct CargoToml<'a> {
    header: &'a str,
    catalog: &'a Catalog,
    crate_name: &'a str,
    /// `key = value` lines of `[package]` from the catalog's metadata.
    manifest: Vec<String>,
}

/// The `[package]` keys crates.io reads, from the catalog's metadata; `publish = false` unless
/// the catalog publishes the Rust package.
fn manifest(catalog: &Catalog) -> Vec<String> {
    let meta = &catalog.metadata;
    let list = |items: &[String]| items.iter().map(|i| toml_string(i)).collect::<Vec<_>>().join(", ");
    let mut lines = vec![format!("description = {}", toml_string(&meta.description))];
    lines.extend(meta.license.iter().map(|l| format!("license = {}", toml_string(l))));
    lines.extend(meta.repository.iter().map(|url| format!("repository = {}", toml_string(url))));
    lines.extend(meta.homepage.iter().map(|url| format!("homepage = {}", toml_string(url))));
    if !meta.authors.is_empty() {
        lines.push(format!("authors = [{}]", list(&meta.authors)));
    }
    if !meta.keywords.is_empty() {
        lines.push(format!("keywords = [{}]", list(&meta.keywords)));
    }
    lines.push("readme = \"README.md\"".to_owned());
    if !meta.publish.to(Rust.name()) {
        lines.push("publish = false".to_owned());
    }
    lines
}

#[derive(Template)]
#[template(path = "rust/lib.rs", escape = "none")]
struct LibRs<'a> {
    header: &'a str,
    locales: &'a [LocaleView],
    default_variant: String,
    namespaces: &'a [NamespaceView<'a>],
    /// Whether the attributes' shared lookup is needed.
    has_attributes: bool,
}

#[derive(Template)]
#[template(path = "rust/namespace.rs", escape = "none")]
struct NamespaceRs<'a> {
    header: &'a str,
    crate_name: &'a str,
    ns: &'a NamespaceView<'a>,
    locales: &'a [LocaleView],
}

#[derive(Template)]
#[template(path = "rust/string_namespace.rs", escape = "none")]
struct StringNamespaceRs<'a> {
    header: &'a str,
    crate_name: &'a str,
    ns: &'a NamespaceView<'a>,
    locales: &'a [LocaleView],
}

/// crates.io's limits on a package's keywords: at most five, each a word of up to 20 characters.
const MAX_KEYWORDS: usize = 5;
const MAX_KEYWORD_LEN: usize = 20;

/// The catalog's `metadata.keywords` that `Cargo.toml` cannot carry to crates.io.
fn keyword_refusals(catalog: &Catalog) -> Vec<Refusal> {
    let keywords = &catalog.metadata.keywords;
    let refusal = |reason: String| Refusal {
        rule: "metadata-keywords",
        help: "keep at most five keywords, each starting with a letter, of letters, digits, `_`, `-` and `+`, at most 20 characters",
        at: catalog.top_at("metadata"),
        entry: None,
        reason,
    };
    let mut out = Vec::new();
    if keywords.len() > MAX_KEYWORDS {
        out.push(refusal(format!("{} keywords, more than crates.io takes ({MAX_KEYWORDS})", keywords.len())));
    }
    for keyword in keywords {
        let word = keyword.starts_with(|c: char| c.is_ascii_alphabetic())
            && keyword.len() <= MAX_KEYWORD_LEN
            && keyword.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'));
        if !word {
            out.push(refusal(format!("keyword `{}` is not a word crates.io takes", keyword.escape_debug())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{int_literal, literal};

    #[test]
    fn literals() {
        assert_eq!(int_literal(-1), "-1");
        assert_eq!(int_literal(1000), "1000");
        assert_eq!(int_literal(100_000), "100_000");
        assert_eq!(int_literal(1_000_000), "1_000_000");
        assert_eq!(int_literal(i32::MIN), "-2_147_483_648");
        assert_eq!(literal("a\"b\\c\n\u{2028}\u{202e}中"), r#""a\"b\\c\n\u{2028}\u{202e}中""#);
    }
}
