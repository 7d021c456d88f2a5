//! Go: a module with one package, a `type XxxCode int32` per namespace with typed constants,
//! lookups, `String()` and `Error()`. gofmt-clean as rendered, `go vet` and staticcheck clean.
//!
//! Go has one name space per package, so every exported name carries its namespace
//! (`LarkeaDeviceNotFound`); the Go room checks that no two of them meet.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use askama::Template;

use super::package::{self, Readme};
use super::{Name, Naming, Refusal, Setting, Target, capacity, render_sized};
use crate::catalog::{Catalog, CodeType, Deprecation, Namespace};
use crate::escape::{must_escape, quote_into, quoted, short_and_long_unicode_escape, visible_codepoint};
use crate::naming;
use crate::output::File;

pub struct Go;

/// Go's keywords (The Go Programming Language Specification, "Keywords") and the predeclared
/// identifiers a package name would shadow in its own files.
const RESERVED: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "any",
    "bool",
    "byte",
    "error",
    "string",
    "int",
    "strings",
    "strconv",
    "nil",
    "true",
    "false",
    "iota",
];

/// Exported names the package defines beside the per-namespace ones.
/// Methods of a namespace's code type, which an attribute's accessor must not repeat.
const METHODS: &[&str] = &[
    "IsKnown",
    "Code",
    "Symbol",
    "Message",
    "MessageFor",
    "Translation",
    "Deprecation",
    "Params",
    "String",
    "Error",
    // Methods Go's tools give a meaning to, whatever type declares them: `go vet`'s stdmethods
    // check (fmt, encoding/gob, encoding/json, io, errors) refuses them with another signature.
    "As",
    "Format",
    "GobDecode",
    "GobEncode",
    "GoString",
    "Is",
    "MarshalBinary",
    "MarshalJSON",
    "MarshalText",
    "Peek",
    "ReadByte",
    "ReadFrom",
    "ReadRune",
    "Scan",
    "Seek",
    "UnmarshalBinary",
    "UnmarshalJSON",
    "UnmarshalText",
    "UnreadByte",
    "UnreadRune",
    "Unwrap",
    "WriteByte",
    "WriteTo",
];

/// The first elements of the standard library's import paths (Go 1.26, `go list std`), and the
/// names the go command keeps for itself: a module path starting with one is the standard
/// library's to the build.
const STD_ROOTS: &[&str] = &[
    "archive",
    "bufio",
    "builtin",
    "bytes",
    "cmd",
    "cmp",
    "compress",
    "container",
    "context",
    "crypto",
    "database",
    "debug",
    "embed",
    "encoding",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go",
    "hash",
    "html",
    "image",
    "index",
    "internal",
    "io",
    "iter",
    "log",
    "maps",
    "math",
    "mime",
    "net",
    "os",
    "path",
    "plugin",
    "reflect",
    "regexp",
    "runtime",
    "slices",
    "sort",
    "std",
    "strconv",
    "strings",
    "structs",
    "sync",
    "syscall",
    "testing",
    "text",
    "time",
    "unicode",
    "unique",
    "unsafe",
    "vendor",
    "weak",
];

/// The files the package writes beside its namespaces' `<namespace>_codes.go`.
const OWN_FILES: &[&str] = &["doc.go", "locale.go", "format.go", "go.mod"];

/// An attribute's accessor and the entry field that holds it.
struct AttributeView {
    method: String,
    /// The Go type (`int32`, `[]string`).
    ty: &'static str,
    /// What the accessor returns for an unknown code (`0`, `nil`).
    zero: &'static str,
    doc: String,
    /// What a known code the switch does not list has, as a literal.
    unset: String,
    /// `(code literal, value literal)` of each code whose value is not `unset`: an attribute
    /// with a default costs lines in proportion to the codes that set it.
    exceptions: Vec<(String, String)>,
}

/// A code as a Go literal.
fn code_literal(code: &crate::catalog::Code) -> String {
    super::code_literal(code, |n| n.to_string(), literal)
}

/// The Go type of an attribute's values.
fn go_type(ty: crate::catalog::AttributeType) -> &'static str {
    use crate::catalog::AttributeType;
    match ty {
        AttributeType::Int => "int32",
        AttributeType::Bool => "bool",
        AttributeType::String => "string",
        AttributeType::StringList => "[]string",
    }
}

/// An attribute value as a Go expression.
fn value_literal(value: &crate::catalog::Value) -> String {
    use crate::catalog::Value;
    match value {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => literal(s),
        Value::StringList(items) if items.is_empty() => "nil".to_owned(),
        Value::StringList(items) => {
            format!("[]string{{{}}}", items.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", "))
        }
    }
}

const OWN_NAMES: &[&str] =
    &["Locale", "Locales", "DefaultLocale", "ParseLocale", "ResolveLocale", "FormatInt", "FormatFloat"];

impl Naming for Go {
    fn package(&self, catalog: &Catalog) -> String {
        package(catalog)
    }

    /// Go has one name space per package: what stands for a namespace is the prefix all its
    /// exported names carry (`Larkea`).
    fn module(&self, namespace: &str) -> String {
        naming::pascal(namespace)
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{}Code", naming::pascal(namespace))
    }

    fn constant(&self, namespace: &str, symbol: &str) -> String {
        constant(namespace, symbol)
    }

    /// Package-level, so namespaced: `codes` -> `LarkeaCodes`.
    fn function(&self, namespace: &str, name: &str) -> String {
        format!("{}{}", naming::pascal(namespace), naming::pascal(name))
    }

    fn file(&self, namespace: &str) -> String {
        file(namespace)
    }

    fn attribute(&self, name: &str) -> String {
        naming::pascal(name)
    }

    fn constructor(&self, namespace: &str, symbol: &str) -> Option<String> {
        Some(constructor(namespace, symbol))
    }

    fn parameter(&self, name: &str) -> String {
        argument(name)
    }
}

impl Target for Go {
    fn name(&self) -> &'static str {
        "go"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        match name {
            Name::Namespace(ns) => super::file_too_long(&file(ns)),
            // Keywords cannot be arguments; a predeclared identifier as one would hide the type
            // or function the constructor's body uses (`string`).
            Name::Param(name) => {
                let argument = argument(name);
                RESERVED.contains(&argument.as_str()).then(|| {
                    format!("parameter {} is a Go keyword or predeclared identifier", super::becomes(name, &argument))
                })
            }
            _ => None,
        }
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
            super::emits::Scope::Member => METHODS,
            super::emits::Scope::File => OWN_FILES,
            _ => &[],
        }
    }

    /// gofmt indents with tabs.
    fn allows_raw(&self, c: char) -> bool {
        c == '\n' || c == '\t'
    }

    fn settings(&self) -> &'static [Setting] {
        &[
            Setting {
                key: "module",
                required: false,
                doc: "the Go module path of the package (default: the package name)",
            },
            Setting {
                key: "package",
                required: false,
                doc: "the Go package name (default: the package name without hyphens)",
            },
        ]
    }

    /// Every exported name is unique in the package, the package name is an identifier that is
    /// no keyword, and the module path is one `go mod` accepts.
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        let refusal = |at, reason| Refusal { rule: "reserved-name", help: super::RENAME, at, entry: None, reason };
        let mut out = Vec::new();
        let package = package(catalog);
        let identifier = package.starts_with(|c: char| c.is_ascii_lowercase())
            && package.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if package == "main" {
            out.push(refusal(
                catalog.top_at("targets"),
                "package name `main` makes a command, which no program can import; set `targets: {go: {package: ...}}`"
                    .to_owned(),
            ));
        } else if !identifier || RESERVED.contains(&package.as_str()) {
            out.push(refusal(
                catalog.top_at("targets"),
                format!("package name `{package}` is not a lowercase Go identifier that is no keyword; set `targets: {{go: {{package: ...}}}}`"),
            ));
        }
        let module = module(catalog);
        let valid_module = !module.is_empty()
            && !module.starts_with(['/', '.', '-'])
            && module.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
            && module.chars().all(|c| c.is_ascii_alphanumeric() || "-._~/".contains(c));
        let first = module.split('/').next().unwrap_or_default();
        if !valid_module {
            out.push(refusal(catalog.top_at("targets"), format!("module path `{module}` is not one `go mod` accepts")));
        } else if !first.contains('.') && STD_ROOTS.contains(&first) {
            out.push(refusal(
                catalog.top_at("targets"),
                format!("module path `{module}` shadows Go's standard library package `{first}`, which the build then cannot tell from it; use a path with a domain, e.g. `example.com/{module}`"),
            ));
        }
        let symbols: usize = catalog.namespaces.iter().flat_map(|ns| &ns.entries).map(|e| 2 + e.aliases.len()).sum();
        let mut names: HashMap<String, Owner<'_>> = HashMap::with_capacity(OWN_NAMES.len() + symbols);
        names.extend(OWN_NAMES.iter().map(|n| ((*n).to_owned(), Owner::Package)));
        let mut claim = |name: String, owner, at| {
            // Two symbols, or two constructors, of one namespace are reported by the shared check
            // (`symbol-collision`).
            let same_namespace = |first: &Owner<'_>| {
                matches!((first, &owner), (Owner::Symbol(a, _), Owner::Symbol(b, _)) if a == b)
                    || matches!((first, &owner), (Owner::Constructor(a, _), Owner::Constructor(b, _)) if a == b)
            };
            match names.entry(name) {
                Entry::Vacant(slot) => {
                    slot.insert(owner);
                }
                Entry::Occupied(mut slot) => {
                    let first = slot.insert(owner);
                    if !same_namespace(&first) {
                        out.push(refusal(
                            at,
                            format!(
                                "`{}` would be declared twice in the Go package: for {first} and for {owner}",
                                slot.key()
                            ),
                        ));
                    }
                }
            }
        };
        for tag in &catalog.locales {
            claim(locale_name(tag), Owner::Locale(tag), catalog.top_at("locales"));
        }
        // Two namespaces with one prefix are reported once, as a namespace collision (see
        // `targets::check`); the names they would then share are not reported again.
        let mut prefixes = std::collections::BTreeSet::new();
        for ns in catalog.namespaces.iter().filter(|ns| prefixes.insert(self.module(&ns.name))) {
            let names = NamespaceNames::new(&ns.name);
            for (name, what) in [
                (names.ty, "type"),
                (names.all, "list"),
                (names.retired_fn, "retired list"),
                (names.from_symbol, "lookup"),
                (names.error, "error type"),
                (names.problem, "problem type"),
            ] {
                claim(name, Owner::Namespace(what, &ns.name), ns.at);
            }
            let prefix = self.module(&ns.name);
            for e in &ns.entries {
                for symbol in std::iter::once(&e.symbol).chain(&e.aliases) {
                    claim(prefixed("", &prefix, symbol), Owner::Symbol(&ns.name, symbol), e.at);
                }
                if !e.params.is_empty() {
                    claim(prefixed("New", &prefix, &e.symbol), Owner::Constructor(&ns.name, &e.symbol), e.at);
                }
            }
        }
        out
    }

    fn features(&self) -> &'static [super::Feature] {
        super::Feature::ALL
    }

    fn naming(&self) -> Option<&dyn Naming> {
        Some(self)
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = header(catalog);
        let package = package(catalog);
        let module = module(catalog);
        let locales: Vec<LocaleView> =
            catalog.locales.iter().map(|tag| LocaleView { name: locale_name(tag), tag: literal(tag) }).collect();
        let default_locale = locale_name(catalog.default_locale_tag());
        let mut files = vec![
            File::new("go.mod", GoMod { header: &header, module: &module }.render()?),
            File::new("doc.go", DocGo { header: &header, package: &package }.render()?),
            File::new(
                "locale.go",
                LocaleGo { header: &header, package: &package, locales: &locales, default_locale: &default_locale }
                    .render()?,
            ),
            File::new("format.go", FormatGo { header: &header, package: &package }.render()?),
        ];
        for ns in &catalog.namespaces {
            let prefix = Go.module(&ns.name);
            let view = namespace_view(catalog, ns, &prefix);
            let template =
                NamespaceGo { header: &header, package: &package, ns: &view, locale_count: catalog.locales.len() };
            files.push(File::new(file(&ns.name), render_sized(&template, capacity(ns))?));
        }
        let ty = Go.type_name(&catalog.namespaces[0].name);
        files.extend(package::files(
            catalog,
            &Readme {
                name: module.clone(),
                install_lang: "sh",
                install: format!("go get {module}"),
                local: format!("go mod edit -replace {module}=path/to/this/folder"),
                target: Go.name(),
                lang: "go",
                example: format!(
                    "import \"{module}\"\n\ncode, _ := {package}.{ty}FromSymbol({})\nfmt.Println(code.Message({package}.DefaultLocale))",
                    literal(&catalog.namespaces[0].entries[0].symbol),
                ),
            },
        )?);
        Ok(files)
    }
}

/// What an exported name of the package is declared for, named only when two meet.
#[derive(Clone, Copy)]
enum Owner<'a> {
    Package,
    Locale(&'a str),
    /// What of which namespace: `type`, `list`...
    Namespace(&'static str, &'a str),
    /// A namespace's symbol or alias.
    Symbol(&'a str, &'a str),
    /// The constructor of a namespace's code with parameters (`NewMysqlErTableExistsError`).
    Constructor(&'a str, &'a str),
}

impl std::fmt::Display for Owner<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Package => f.write_str("the package itself"),
            Self::Locale(tag) => write!(f, "locale `{tag}`"),
            Self::Namespace(what, ns) => write!(f, "the {what} of namespace `{ns}`"),
            Self::Symbol(ns, symbol) => write!(f, "`{ns}` {symbol}"),
            Self::Constructor(ns, symbol) => write!(f, "the constructor of `{ns}` {symbol}"),
        }
    }
}

/// The first line of every generated Go file, in the form Go tools recognize
/// (`^// Code generated .* DO NOT EDIT\.$`), naming the catalog.
fn header(catalog: &Catalog) -> String {
    format!("{} from {}. DO NOT EDIT.", super::header::GO_MARKER, super::header_source(catalog))
}

/// The package name: the setting, or the catalog's package name without hyphens.
fn package(catalog: &Catalog) -> String {
    catalog.setting("go", "package").map_or_else(|| catalog.package.replace('-', ""), str::to_owned)
}

/// The module path: the setting, or the catalog's package name.
fn module(catalog: &Catalog) -> String {
    catalog.setting("go", "module").unwrap_or(&catalog.package).to_owned()
}

/// A namespace's file. The `_codes` suffix keeps a namespace named like a platform (`linux`) or
/// `test` from turning the file into a build-constrained or test file.
fn file(namespace: &str) -> String {
    format!("{namespace}_codes.go")
}

/// The exported constant of a locale: `LocaleZhHant`.
fn locale_name(tag: &str) -> String {
    format!("Locale{}", naming::pascal(tag))
}

/// The exported constant of a symbol or alias: the namespace, then the symbol in CamelCase
/// (`larkea`, `DEVICE_NOT_FOUND` -> `LarkeaDeviceNotFound`).
fn constant(namespace: &str, symbol: &str) -> String {
    prefixed("", &Go.module(namespace), symbol)
}

/// The function that makes an error of a code with parameters, package-level like the
/// constants: `New`, the namespace, the symbol (`NewMysqlErTableExistsError`).
fn constructor(namespace: &str, symbol: &str) -> String {
    prefixed("New", &Go.module(namespace), symbol)
}

/// `new`, the namespace's prefix ([`Naming::module`]), then the symbol in `PascalCase`:
/// [`constant`] and [`constructor`] for a namespace whose prefix is already known, as `refuse`
/// and the entry views know it for each of a namespace's symbols.
fn prefixed(new: &str, prefix: &str, symbol: &str) -> String {
    let mut name = String::with_capacity(new.len() + prefix.len() + symbol.len());
    name.push_str(new);
    name.push_str(prefix);
    name.push_str(&naming::pascal(symbol));
    name
}

/// A parameter as a Go argument: lowerCamelCase with Go's initialisms in one case, as Go's
/// naming convention writes them (`table_name` -> `tableName`, `device_id` -> `deviceID`,
/// `url_path` -> `urlPath`).
fn argument(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    // A `lower_snake` name: words of lowercase letters and digits.
    for (i, word) in name.split('_').enumerate() {
        if i == 0 {
            out.push_str(word);
        } else if INITIALISMS.contains(&word) {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(&naming::pascal(word));
        }
    }
    out
}

/// The initialisms Go writes in one case (`ID`, `URL`): the list of golint and staticcheck's
/// ST1003.
const INITIALISMS: &[&str] = &[
    "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip", "json", "lhs",
    "qps", "ram", "rhs", "rpc", "sla", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui", "uid", "uuid", "uri",
    "url", "utf8", "vm", "xml", "xmpp", "xsrf", "xss",
];

/// The names a namespace declares besides its constants.
struct NamespaceNames {
    ty: String,
    /// Unexported prefix of the namespace's tables.
    table: String,
    all: String,
    retired_fn: String,
    from_symbol: String,
    error: String,
    problem: String,
}

impl NamespaceNames {
    fn new(namespace: &str) -> Self {
        Self {
            error: Go.error_type(namespace),
            problem: Go.problem_type(namespace),
            ty: Go.type_name(namespace),
            table: naming::lower_camel(namespace),
            all: Go.function(namespace, "codes"),
            retired_fn: Go.function(namespace, "retired_codes"),
            from_symbol: Go.function(namespace, "code_from_symbol"),
        }
    }
}

struct LocaleView {
    name: String,
    tag: String,
}

struct NamespaceView<'a> {
    name: String,
    ty: String,
    /// Whether some entry has parameters (entries then hold their names).
    has_params: bool,
    /// A typed constructor per entry with parameters.
    constructors: Vec<ConstructorView>,
    error: String,
    problem: String,
    /// The problem struct's fields, laid out as gofmt aligns them.
    problem_fields: Vec<String>,
    /// What the namespace's problem types start with, as a string literal.
    problem_prefix: Option<String>,
    /// Whether problems carry a status (the catalog declares an `int` attribute `http_status`).
    status: bool,
    table: String,
    all: String,
    retired_fn: String,
    from_symbol: String,
    doc: String,
    entries: Vec<EntryView<'a>>,
    /// `(alias literal, code)` in catalog order.
    aliases: Vec<(String, String)>,
    /// The retired codes as literals.
    retired: Vec<String>,
    /// The codes' underlying type (`int32`, `string`), and the expression that shows `c` in
    /// `String` (a string code quoted, so an odd one stays visible).
    code_go: &'static str,
    shown: &'static str,
    /// The expression that writes `c` in `Error`: as it is, in every language's error text.
    text: &'static str,
    /// How docs name a code of the namespace's type (`an int32 code`).
    code_noun: &'static str,
    attributes: Vec<AttributeView>,
    /// The entry struct's `(field padded as gofmt aligns it, type)`.
    fields: Vec<(String, String)>,
}

/// One entry as the templates write it, each value made when asked for (see the Rust target's
/// `EntryView`: a namespace of 100,000 codes would otherwise hold a million small strings).
#[derive(Clone, Copy)]
struct EntryView<'a> {
    catalog: &'a Catalog,
    /// The namespace's prefix, derived once for all its constants.
    prefix: &'a str,
    entry: &'a crate::catalog::Entry,
}

impl EntryView<'_> {
    /// The code as a literal (`131604`, `"42P01"`).
    fn code(&self) -> String {
        code_literal(&self.entry.code)
    }

    /// The code in a doc comment.
    fn code_doc(&self) -> String {
        comment_text(&self.entry.code.to_string())
    }

    fn constant(&self) -> String {
        prefixed("", self.prefix, &self.entry.symbol)
    }

    fn symbol_literal(&self) -> String {
        literal(&self.entry.symbol)
    }

    /// The translations as the elements of an array literal, `""` where missing (a catalog
    /// message is never empty).
    fn messages(&self) -> String {
        let mut out = String::new();
        for (i, m) in self.entry.messages.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            literal_into(&mut out, m.as_deref().unwrap_or(""));
        }
        out
    }

    fn doc(&self) -> String {
        comment_text(self.entry.default_message(self.catalog))
    }

    /// The deprecation note as comment text, if any.
    fn deprecated(&self) -> Option<String> {
        self.entry.deprecated.as_ref().map(|d| comment_text(&d.note()))
    }

    fn deprecation_literal(&self) -> String {
        literal(&self.entry.deprecated.as_ref().map(Deprecation::note).unwrap_or_default())
    }

    /// The aliases' constant names.
    fn aliases(&self) -> impl Iterator<Item = String> {
        self.entry.aliases.iter().map(|a| prefixed("", self.prefix, a))
    }

    /// The parameter names as a struct field (`, params: []string{"table"}`), if any.
    fn params(&self) -> String {
        if self.entry.params.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = self.entry.params.iter().map(|p| literal(&p.name)).collect();
            format!(", params: []string{{{}}}", names.join(", "))
        }
    }
}

/// `prefix` is what every exported name of the namespace starts with (see [`Naming::module`]).
fn namespace_view<'a>(catalog: &'a Catalog, ns: &'a Namespace, prefix: &'a str) -> NamespaceView<'a> {
    let names = NamespaceNames::new(&ns.name);
    let mut fields: Vec<(String, String)> = vec![
        ("code".to_owned(), names.ty.clone()),
        ("symbol".to_owned(), "string".to_owned()),
        ("messages".to_owned(), format!("[{}]string", catalog.locales.len())),
        ("deprecation".to_owned(), "string".to_owned()),
    ];
    if ns.entries.iter().any(|e| !e.params.is_empty()) {
        fields.push(("params".to_owned(), "[]string".to_owned()));
    }
    let width = fields.iter().map(|(f, _)| f.len()).max().unwrap_or(0);
    let fields = fields.into_iter().map(|(f, ty)| (format!("{f:width$}"), ty)).collect();
    NamespaceView {
        fields,
        has_params: ns.entries.iter().any(|e| !e.params.is_empty()),
        constructors: constructor_views(catalog, ns),
        name: ns.name.clone(),
        ty: names.ty.clone(),
        error: names.error,
        problem_fields: problem_fields(&names.ty),
        problem: names.problem,
        problem_prefix: catalog.problem_prefix(&ns.name).map(|p| literal(&p)),
        status: catalog.has_http_status(),
        table: names.table,
        all: names.all,
        retired_fn: names.retired_fn,
        from_symbol: names.from_symbol,
        doc: comment_text(&ns.description),
        aliases: ns
            .entries
            .iter()
            .flat_map(|e| e.aliases.iter().map(|a| (literal(a), code_literal(&e.code))))
            .collect(),
        retired: ns.retired.codes.iter().map(code_literal).collect(),
        code_go: if ns.code_type == CodeType::String { "string" } else { "int32" },
        shown: if ns.code_type == CodeType::String {
            "strconv.Quote(string(c))"
        } else {
            "strconv.FormatInt(int64(c), 10)"
        },
        text: if ns.code_type == CodeType::String { "string(c)" } else { "strconv.FormatInt(int64(c), 10)" },
        code_noun: if ns.code_type == CodeType::String { "a string code" } else { "an int32 code" },
        attributes: catalog
            .attributes
            .iter()
            .enumerate()
            .map(|(i, a)| {
                use crate::catalog::AttributeType;
                let zero = match a.ty {
                    AttributeType::Int => "0",
                    AttributeType::Bool => "false",
                    AttributeType::String => "\"\"",
                    AttributeType::StringList => "nil",
                };
                let ty = go_type(a.ty);
                let method = Go.attribute(&a.name);
                AttributeView {
                    doc: comment_text(if a.doc.is_empty() { &a.name } else { &a.doc }),
                    method,
                    ty,
                    zero,
                    unset: value_literal(&a.unset()),
                    exceptions: ns
                        .attribute_exceptions(i, a)
                        .into_iter()
                        .map(|(p, v)| (code_literal(&ns.entries[p].code), value_literal(v)))
                        .collect(),
                }
            })
            .collect(),
        entries: ns.entries.iter().map(|entry| EntryView { catalog, prefix, entry }).collect(),
    }
}

/// `NewMysqlErTableExistsError(table string) *MysqlError`: an error of one code with its
/// arguments.
struct ConstructorView {
    name: String,
    constant: String,
    doc: String,
    /// The deprecation note as comment text, if any.
    deprecated: Option<String>,
    /// `table string, count int64`.
    args: String,
    /// The `Arguments` map's entries: `"table": table, "count": FormatInt(count)`.
    entries: String,
}

fn constructor_views(catalog: &Catalog, ns: &Namespace) -> Vec<ConstructorView> {
    use crate::catalog::ParamType;
    ns.entries
        .iter()
        .filter(|e| !e.params.is_empty())
        .map(|e| ConstructorView {
            name: constructor(&ns.name, &e.symbol),
            constant: constant(&ns.name, &e.symbol),
            deprecated: e.deprecated.as_ref().map(|d| comment_text(&d.note())),
            doc: comment_text(e.default_message(catalog)),
            args: e
                .params
                .iter()
                .map(|p| {
                    let ty = match p.ty {
                        ParamType::String => "string",
                        ParamType::Int => "int64",
                        ParamType::Float => "float64",
                    };
                    format!("{} {ty}", argument(&p.name))
                })
                .collect::<Vec<_>>()
                .join(", "),
            entries: e
                .params
                .iter()
                .map(|p| {
                    let value = match p.ty {
                        ParamType::String => argument(&p.name),
                        ParamType::Int => format!("FormatInt({})", argument(&p.name)),
                        ParamType::Float => format!("FormatFloat({})", argument(&p.name)),
                    };
                    format!("{}: {value}", literal(&p.name))
                })
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect()
}

/// The problem struct's fields with their JSON tags, laid out as gofmt aligns them.
fn problem_fields(code_type: &str) -> Vec<String> {
    let fields = [
        ("Type", "string", "type"),
        ("Title", "string", "title"),
        ("Status", "int32", "status,omitempty"),
        ("Detail", "string", "detail"),
        ("Code", code_type, "code"),
        ("Arguments", "map[string]string", "arguments,omitempty"),
    ];
    let name_width = fields.iter().map(|(name, _, _)| name.len()).max().unwrap_or(0);
    let width = fields.iter().map(|(_, ty, _)| ty.len()).max().unwrap_or(0);
    fields.iter().map(|(name, ty, tag)| format!("{name:name_width$} {ty:width$} `json:\"{tag}\"`")).collect()
}

/// Catalog text in a `//` doc comment, as prose (the exact text is in the string literal): one
/// line, invisible and control characters as `U+XXXX`. gofmt rewrites doc comments: it trims
/// trailing spaces and turns two backquotes or two single quotes into typographic quotes, so
/// those pairs are spaced apart and the end trimmed, and the output stays gofmt-clean. (gofmt
/// reformats lists, headings and code blocks only at a line's start, where this text never is.)
fn comment_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if must_escape(c) {
            visible_codepoint(c, &mut out);
        } else {
            if (c == '\'' || c == '`') && out.ends_with(c) {
                out.push(' ');
            }
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// A Go interpreted string literal; printable text stays readable, every character
/// [`must_escape`] flags is a `\u` or `\U` escape.
fn literal(s: &str) -> String {
    quoted(s, short_and_long_unicode_escape)
}

/// [`literal`], appended to `out`.
fn literal_into(out: &mut String, s: &str) {
    quote_into(out, s, short_and_long_unicode_escape);
}

#[derive(Template)]
#[template(path = "go/go.mod", escape = "none")]
struct GoMod<'a> {
    header: &'a str,
    module: &'a str,
}

#[derive(Template)]
#[template(path = "go/doc.go", escape = "none")]
struct DocGo<'a> {
    header: &'a str,
    package: &'a str,
}

#[derive(Template)]
#[template(path = "go/locale.go", escape = "none")]
struct LocaleGo<'a> {
    header: &'a str,
    package: &'a str,
    locales: &'a [LocaleView],
    default_locale: &'a str,
}

#[derive(Template)]
#[template(path = "go/format.go", escape = "none")]
struct FormatGo<'a> {
    header: &'a str,
    package: &'a str,
}

#[derive(Template)]
#[template(path = "go/namespace.go", escape = "none")]
struct NamespaceGo<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView<'a>,
    locale_count: usize,
}

#[cfg(test)]
mod tests {
    use super::{argument, comment_text, constant, file, literal};

    #[test]
    fn names_and_literals() {
        assert_eq!(constant("larkea", "DEVICE_NOT_FOUND"), "LarkeaDeviceNotFound");
        assert_eq!(file("linux"), "linux_codes.go");
        assert_eq!(comment_text("''' ``x `` y\n  "), "' ' ' ` `x ` ` yU+000A");
        assert_eq!(literal("a\"\\\n\u{2028}😀\u{1f}"), r#""a\"\\\n\u2028😀\u001f""#);
    }

    /// Go's initialisms keep one case past the first word, as Go's naming convention asks.
    #[test]
    fn arguments_write_initialisms_in_one_case() {
        assert_eq!(argument("device_id"), "deviceID");
        assert_eq!(argument("id"), "id");
        assert_eq!(argument("url_path"), "urlPath");
        assert_eq!(argument("user_url_2"), "userURL2");
        assert_eq!(argument("table_name"), "tableName");
        assert_eq!(argument("max_http_retries"), "maxHTTPRetries");
    }
}
