//! Python 3.11+: a package with one `enum.IntEnum` (`StrEnum` for string codes) per namespace,
//! typed (`py.typed`), clean under `mypy --strict` and `ruff check`.

use std::fmt::Write as _;

use askama::Template;

use super::package::{self, Readme};
use super::{Name, Naming, Refusal, Target, capacity, render_sized};
use crate::catalog::{AttributeType, Catalog, Code, CodeType, Entry, Namespace, Value};
use crate::escape::{quote_into, quoted, short_and_long_unicode_escape, toml_string};
use crate::naming;
use crate::output::File;

pub struct Python;

/// `keyword.kwlist` of Python 3.11 (<https://docs.python.org/3.11/reference/lexical_analysis.html#keywords>).
/// A namespace becomes a module and the package an import name; a keyword gets a trailing
/// underscore (PEP 8's convention), since `import x.class` cannot be written.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// What `__init__.py` exports beside one module and one class per namespace.
const PACKAGE_EXPORTS: [&str; 5] = ["DEFAULT_LOCALE", "LOCALES", "resolve_locale", "format_argument", "format_number"];

/// What `format_message`, whose keyword arguments are an entry's parameters, declares and names
/// beside them: its positional parameters, its local, and the builtins its annotations and body
/// use (a parameter of one of these names would shadow or repeat it).
const FORMAT_SCOPE: &[&str] = &["code", "locale", "arguments", "str", "float", "int", "dict"];

/// The files the package writes beside its namespaces' `<namespace>.py`.
const OWN_FILES: &[&str] = &["__init__.py", "_locale.py", "_format.py", "py.typed"];

impl Naming for Python {
    fn package(&self, catalog: &Catalog) -> String {
        identifier(&naming::snake(&catalog.package))
    }

    fn module(&self, namespace: &str) -> String {
        identifier(namespace)
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{}Code", naming::pascal(namespace))
    }

    /// Enum members are `UPPER_SNAKE`, as PEP 8 names constants.
    fn constant(&self, _namespace: &str, symbol: &str) -> String {
        naming::upper_snake_constant(symbol)
    }

    fn function(&self, _namespace: &str, name: &str) -> String {
        name.to_owned()
    }

    fn file(&self, namespace: &str) -> String {
        format!("{}.py", identifier(namespace))
    }

    /// A property of each member; a keyword gets a trailing underscore.
    fn attribute(&self, name: &str) -> String {
        identifier(name)
    }
}

impl Target for Python {
    fn name(&self) -> &'static str {
        "python"
    }

    /// A keyword gets a trailing underscore, and the package's own module, `_locale`, starts
    /// with an underscore no namespace may start with; but a namespace module named like a name
    /// `__init__.py` exports would shadow it.
    fn reject(&self, name: Name<'_>) -> Option<String> {
        match name {
            Name::Namespace(ns) => {
                let module = self.module(ns);
                if PACKAGE_EXPORTS.contains(&module.as_str()) {
                    Some(format!("module `{module}` would shadow the `{module}` the package exports"))
                } else {
                    super::file_too_long(&format!("{module}.py"))
                }
            }
            // A parameter is a keyword argument of `format_message`.
            Name::Param(name) => KEYWORDS
                .contains(&name)
                .then(|| format!("parameter `{name}` is a Python keyword, which cannot be a keyword argument")),
            Name::Attribute(name) => {
                let property = self.attribute(name);
                super::attribute_clash(name, &property, MEMBERS)
                    .or_else(|| super::attribute_clash(name, &format!("{property}_of"), MODULE_FUNCTIONS))
            }
            _ => None,
        }
    }

    /// A string namespace's members are `str`s: an attribute's property must not hide a `str`
    /// method there (`title`, `index`), which mypy refuses as an incompatible override.
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        if !catalog.namespaces.iter().any(|ns| ns.code_type == CodeType::String) {
            return Vec::new();
        }
        catalog
            .attributes
            .iter()
            .filter_map(|a| {
                let property = self.attribute(&a.name);
                super::attribute_clash(&a.name, &property, STR_METHODS).map(|reason| Refusal {
                    rule: "reserved-name",
                    help: super::RENAME,
                    at: a.at,
                    entry: None,
                    reason: format!("{reason} (a `str` method, and this catalog has string codes)"),
                })
            })
            .collect()
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
            super::emits::Scope::Parameter => FORMAT_SCOPE,
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

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let mut header = super::header(catalog);
        // A long catalog path makes the one line longer than linters allow: the marker and the
        // path stay on the first line (which marks the file as generated), the advice goes on
        // the next.
        if 2 + width(&header) > MAX_LINE {
            let source = super::header_source(catalog);
            header =
                format!("{} from {source}.\n# Do not edit: change {source} and regenerate.", super::header::MARKER);
        }
        let module = self.package(catalog);
        let namespaces: Vec<NamespaceView<'_>> =
            catalog.namespaces.iter().map(|ns| namespace_view(catalog, ns)).collect();
        // `__init__.py` imports and exports in the order ruff's isort rules (I001, RUF022) want.
        let mut sorted: Vec<&NamespaceView> = namespaces.iter().collect();
        sorted.sort_by(|a, b| a.module.cmp(&b.module));
        let mut exports: Vec<String> = PACKAGE_EXPORTS.map(String::from).to_vec();
        exports.extend(
            namespaces.iter().flat_map(|ns| [ns.ty.clone(), ns.error.clone(), ns.problem.clone(), ns.module.clone()]),
        );
        exports.sort_by_key(|name| (isort_group(name), name.clone()));
        let tags: Vec<Option<&str>> = catalog.locales.iter().map(|l| Some(l.as_str())).collect();
        let locales = tuple(&tags, 0, "LOCALES: Final[tuple[str, ...]] = ".len());
        let default_locale = literal(catalog.default_locale_tag());
        let mut files = vec![
            File::new(
                "pyproject.toml",
                Pyproject { header: &header, catalog, module: &module, manifest: manifest(catalog) }.render()?,
            ),
            // PEP 561 reads only whether the marker says `partial`; the header makes it ours.
            File::new(format!("{module}/py.typed"), format!("# {header}\n")),
            File::new(
                format!("{module}/__init__.py"),
                Init { header: &header, namespaces: &sorted, exports: &exports }.render()?,
            ),
            File::new(
                format!("{module}/_locale.py"),
                LocalePy { header: &header, locales: &locales, default_locale: &default_locale }.render()?,
            ),
            File::new(format!("{module}/_format.py"), FormatPy { header: &header }.render()?),
        ];
        for (ns, source) in namespaces.iter().zip(&catalog.namespaces) {
            files.push(File::new(
                format!("{module}/{}", Python.file(&ns.module)),
                render_sized(&NamespacePy { header: &header, ns }, capacity(source))?,
            ));
        }
        let (ns, entry) = (&namespaces[0], &catalog.namespaces[0].entries[0]);
        files.extend(package::files(
            catalog,
            &Readme::shell(
                catalog,
                Python.name(),
                ("pip install", "pip install"),
                "python",
                format!(
                    "from {module}.{} import {ty}\n\ncode = {ty}.{}\nprint(code.symbol, code.message({}))",
                    ns.module,
                    Python.constant(&catalog.namespaces[0].name, &entry.symbol),
                    literal(catalog.default_locale_tag()),
                    ty = ns.ty,
                ),
            ),
        )?);
        Ok(files)
    }
}

struct NamespaceView<'a> {
    module: String,
    ty: String,
    /// The namespace's exception (`LarkeaError`).
    error: String,
    /// The `TypedDict` of its problem details (`LarkeaProblem`).
    problem: String,
    string_codes: bool,
    /// What `__init__.py` imports from the module, in isort's order.
    imports: String,
    /// What the namespace's problem types start with, as a string literal.
    problem_prefix: Option<String>,
    /// Whether problems carry a status (the catalog declares an `int` attribute `http_status`).
    status: bool,
    doc: String,
    entries: Vec<EntryView<'a>>,
    /// The retired codes as a frozenset literal.
    retired: String,
    attributes: Vec<AttributeView>,
    /// The codes' type (`int`, `str`), its enum base (`IntEnum`, `StrEnum`), and how docs name
    /// an unknown one (`an int`).
    code_py: &'static str,
    base: &'static str,
    code_noun: &'static str,
    formats: Vec<Signature>,
}

/// Members an `IntEnum` member already has (the enum's and `int`'s) and those the generated
/// class adds, which an attribute's property must not repeat.
const MEMBERS: &[&str] = &[
    "name",
    "value",
    "symbol",
    "deprecation",
    "message",
    "translation",
    "from_code",
    "from_symbol",
    "real",
    "imag",
    "numerator",
    "denominator",
    "bit_length",
    "bit_count",
    "conjugate",
    "to_bytes",
    "from_bytes",
    "as_integer_ratio",
    "is_integer",
];

/// The methods of `str` (Python 3.11), which a `StrEnum` member has.
const STR_METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];

/// Functions a namespace module defines, which an attribute's `<name>_of` must not repeat.
const MODULE_FUNCTIONS: &[&str] =
    &["is_known", "symbol_of", "message_of", "translation_of", "params_of", "format_message"];

/// An attribute's property, lookup function and table.
struct AttributeView {
    property: String,
    lookup: String,
    table: String,
    /// The Python type (`int`, `tuple[str, ...]`).
    ty: &'static str,
    /// The property's docstring, and the lookup function's, each wrapped for its indentation.
    doc: String,
    lookup_doc: String,
    /// The value of a known code the table does not list (`{table}_UNSET`).
    unset: String,
    /// `(code literal, value literal)` per entry whose value is not `unset`: an attribute with a
    /// default costs a line per code that sets it.
    values: Vec<(String, String)>,
}

/// One entry as the templates write it, each value made when asked for (see the Rust target's
/// `EntryView`: a namespace of 100,000 codes would otherwise hold a million small strings).
#[derive(Clone, Copy)]
struct EntryView<'a> {
    namespace: &'a str,
    entry: &'a Entry,
}

impl EntryView<'_> {
    /// The code as a literal (`131604`, `"42P01"`).
    fn code(&self) -> String {
        code_literal(&self.entry.code)
    }

    /// The enum member.
    fn constant(&self) -> String {
        Python.constant(self.namespace, &self.entry.symbol)
    }

    /// The wire name as a string literal.
    fn symbol(&self) -> String {
        literal(&self.entry.symbol)
    }

    /// `(member, wire name literal)`.
    fn aliases(&self) -> impl Iterator<Item = (String, String)> {
        self.entry.aliases.iter().map(|a| (Python.constant(self.namespace, a), literal(a)))
    }

    /// Where a value of a table keyed by this entry's code starts (`    CODE: `).
    fn value_column(&self) -> usize {
        6 + code_literal(&self.entry.code).len()
    }

    /// The deprecation note as a string literal.
    fn deprecated(&self) -> Option<String> {
        self.entry.deprecated.as_ref().map(|d| wrapped(&d.note(), 4, self.value_column()))
    }

    /// The translations as a tuple literal, in catalog locale order, `None` where missing.
    fn messages(&self) -> String {
        tuple(&self.entry.messages.iter().map(Option::as_deref).collect::<Vec<_>>(), 4, self.value_column())
    }

    /// The parameter names as a tuple literal, for an entry with parameters.
    fn params(&self) -> Option<String> {
        (!self.entry.params.is_empty()).then(|| {
            let names: Vec<Option<&str>> = self.entry.params.iter().map(|p| Some(p.name.as_str())).collect();
            tuple(&names, 4, self.value_column())
        })
    }
}

/// isort's order of names: CONSTANTS, then Classes, then everything else.
fn isort_group(name: &str) -> u8 {
    if name.chars().all(|c| !c.is_ascii_lowercase()) {
        0
    } else if name.starts_with(|c: char| c.is_ascii_uppercase()) {
        1
    } else {
        2
    }
}

fn identifier(name: &str) -> String {
    if KEYWORDS.contains(&name) { format!("{name}_") } else { name.to_owned() }
}

/// One of `format_message`'s typed signatures: the members that share it, and each keyword
/// argument's name and type (`table`, `str`).
struct Signature {
    members: Vec<String>,
    arguments: Vec<(String, &'static str)>,
}

/// `format_message`'s typed signatures: the members whose parameters are the same names and
/// types share one (an overload per distinct list keeps a catalog of thousands of codes with
/// parameters quick to import and to type-check), with each keyword argument's name and type.
fn format_signatures(ns: &Namespace) -> Vec<Signature> {
    let (lists, of_entry) = ns.param_lists();
    let mut signatures: Vec<Signature> = lists
        .iter()
        .map(|params| Signature {
            members: Vec::new(),
            arguments: params
                .iter()
                .map(|p| {
                    let ty = match p.ty {
                        crate::catalog::ParamType::String => "str",
                        crate::catalog::ParamType::Int => "int",
                        crate::catalog::ParamType::Float => "float",
                    };
                    (p.name.clone(), ty)
                })
                .collect(),
        })
        .collect();
    for (e, list) in ns.entries.iter().zip(of_entry) {
        if let Some(list) = list {
            signatures[list].members.push(Python.constant(&ns.name, &e.symbol));
        }
    }
    signatures
}

fn namespace_view<'a>(catalog: &'a Catalog, ns: &'a Namespace) -> NamespaceView<'a> {
    // Symbols are looked up by their exact wire spelling (`_BY_SYMBOL`); members are derived.
    NamespaceView {
        formats: format_signatures(ns),
        module: Python.module(&ns.name),
        ty: Python.type_name(&ns.name),
        error: Python.error_type(&ns.name),
        problem: Python.problem_type(&ns.name),
        string_codes: ns.code_type == CodeType::String,
        problem_prefix: catalog.problem_prefix(&ns.name).map(|p| literal(&p)),
        status: catalog.has_http_status(),
        imports: {
            let mut names = [Python.type_name(&ns.name), Python.error_type(&ns.name), Python.problem_type(&ns.name)];
            names.sort_by_key(|name| (isort_group(name), name.clone()));
            let module = Python.module(&ns.name);
            // isort's layout at ruff's default line length, 88: one line, or one name a line.
            if "from . import ".len() + module.len() + names.iter().map(|n| n.len() + 2).sum::<usize>() - 2 <= 88 {
                names.join(", ")
            } else {
                format!("(\n    {},\n)", names.join(",\n    "))
            }
        },
        doc: wrapped(&ns.description, 0, "DESCRIPTION: Final[str] = ".len()),
        retired: if ns.retired.codes.is_empty() {
            "frozenset()".to_owned()
        } else {
            format!("frozenset({{{}}})", ns.retired.codes.iter().map(code_literal).collect::<Vec<_>>().join(", "))
        },
        code_py: match ns.code_type {
            CodeType::Integer => "int",
            CodeType::String => "str",
        },
        base: match ns.code_type {
            CodeType::Integer => "IntEnum",
            CodeType::String => "StrEnum",
        },
        code_noun: match ns.code_type {
            CodeType::Integer => "an int",
            CodeType::String => "a str",
        },
        attributes: catalog
            .attributes
            .iter()
            .enumerate()
            .map(|(i, a)| AttributeView {
                property: Python.attribute(&a.name),
                lookup: format!("{}_of", Python.attribute(&a.name)),
                table: format!("_ATTR_{}", a.name.to_ascii_uppercase()),
                ty: match a.ty {
                    AttributeType::Int => "int",
                    AttributeType::Bool => "bool",
                    AttributeType::String => "str",
                    AttributeType::StringList => "tuple[str, ...]",
                },
                doc: docstring(&docstring_text(if a.doc.is_empty() { &a.name } else { &a.doc }), 8),
                lookup_doc: docstring(
                    &format!(
                        "{}: the value for ``code``, or ``None`` for an unknown code.",
                        docstring_text(if a.doc.is_empty() { &a.name } else { &a.doc })
                    ),
                    4,
                ),
                unset: {
                    let lead = format!("_ATTR_{}_UNSET: Final[] = ", a.name.to_ascii_uppercase()).len();
                    value_literal(&a.unset(), lead + 16)
                },
                values: ns
                    .attribute_exceptions(i, a)
                    .into_iter()
                    .map(|(p, value)| {
                        let code = code_literal(&ns.entries[p].code);
                        let value = value_literal(value, 6 + code.len());
                        (code, value)
                    })
                    .collect(),
            })
            .collect(),
        entries: ns.entries.iter().map(|entry| EntryView { namespace: &ns.name, entry }).collect(),
    }
}

/// The widest line generated Python holds, in columns: pycodestyle's default, the strictest
/// limit a linter is commonly set to, so the package is clean under any of them (identifiers
/// aside).
const MAX_LINE: usize = 79;

/// Columns `s` takes in an editor: wide (East Asian) characters count two. Conservative: every
/// non-ASCII character counts two.
fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// `s` as a Python expression that starts at column `lead` of a line indented by `indent`: one
/// literal when it fits in [`MAX_LINE`], else adjacent literals on their own lines inside
/// parentheses, which Python joins into one string.
fn wrapped(s: &str, indent: usize, lead: usize) -> String {
    // `<`: one column stays for the comma or parenthesis that follows.
    if lead + literal_width(s) < MAX_LINE {
        return literal(s);
    }
    let mut out = String::with_capacity(s.len() + 2 * indent + 16);
    out.push_str("(\n");
    for (i, piece) in line_pieces(s, indent + 4).into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        pad(&mut out, indent + 4);
        literal_into(&mut out, piece);
    }
    out.push('\n');
    pad(&mut out, indent);
    out.push(')');
    out
}

/// `n` spaces of indentation, appended to `out`.
fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// The pieces `s` is cut into so that each, as a literal, fits on a line indented by `indent`:
/// after a space where one is at hand, never inside an escape.
fn line_pieces(s: &str, indent: usize) -> Vec<&str> {
    let room = MAX_LINE.saturating_sub(indent + 2).max(16);
    let mut pieces = Vec::new();
    // The piece starts at `start` and is `used` columns wide so far; the last space in it ends
    // at `after_space`, `used_to_space` columns from `start`.
    let (mut start, mut used, mut after_space, mut used_to_space) = (0, 0, None, 0);
    for (i, c) in s.char_indices() {
        let w = quoted_width(c);
        if used + w > room && i > start {
            let cut = after_space.filter(|&a| a > start).unwrap_or(i);
            pieces.push(&s[start..cut]);
            used = if cut == i { 0 } else { used - used_to_space };
            start = cut;
            after_space = None;
        }
        used += w;
        if c == ' ' {
            after_space = Some(i + 1);
            used_to_space = used;
        }
    }
    pieces.push(&s[start..]);
    pieces
}

/// The columns `s` takes as a string [`literal`]: `width(&literal(s))`, without building it.
fn literal_width(s: &str) -> usize {
    2 + s.chars().map(quoted_width).sum::<usize>()
}

/// The columns `c` takes inside a string [`literal`]: `width(&literal(c)) - 2`, without
/// building the literal (this runs for every character of every long message).
fn quoted_width(c: char) -> usize {
    match c {
        '"' | '\\' | '\n' | '\r' | '\t' => 2,
        ' '..='~' => 1,
        c if crate::escape::must_escape(c) => {
            if u32::from(c) <= 0xffff {
                6
            } else {
                10
            }
        }
        c if c.is_ascii() => 1,
        _ => 2,
    }
}

/// A tuple literal of `items`, `None` for a missing one (with the trailing comma a one-item tuple
/// needs), starting at column `lead` of a line indented by `indent`: on one line when it fits,
/// else one item per line, each wrapped.
fn tuple(items: &[Option<&str>], indent: usize, lead: usize) -> String {
    let item_width = |item: Option<&str>| item.map_or("None".len(), literal_width);
    // `(a, b)`, or `(a,)` for one item.
    let one_line = 2
        + items.iter().copied().map(item_width).sum::<usize>()
        + if items.len() == 1 { 1 } else { 2 * items.len().saturating_sub(1) };
    let item_into = |out: &mut String, item: Option<&str>| match item {
        Some(item) => literal_into(out, item),
        None => out.push_str("None"),
    };
    let mut out = String::new();
    // `<`: one column stays for the comma or parenthesis that follows.
    if lead + one_line < MAX_LINE {
        out.push('(');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item_into(&mut out, *item);
        }
        out.push_str(if items.len() == 1 { ",)" } else { ")" });
        return out;
    }
    out.push_str("(\n");
    for item in items {
        match item {
            None => {
                pad(&mut out, indent + 4);
                out.push_str("None,\n");
            }
            Some(item) if indent + 4 + literal_width(item) < MAX_LINE => {
                pad(&mut out, indent + 4);
                literal_into(&mut out, item);
                out.push_str(",\n");
            }
            // Too long for a line: its pieces in parentheses of their own, as ruff's ISC004
            // asks of an implicit concatenation inside a collection (a missing comma would
            // read the same).
            Some(item) => {
                out.push_str(&" ".repeat(indent + 4));
                out.push_str(&wrapped(item, indent + 4, MAX_LINE));
                out.push_str(",\n");
            }
        }
    }
    pad(&mut out, indent);
    out.push(')');
    out
}

/// A code as a Python literal.
fn code_literal(code: &Code) -> String {
    super::code_literal(code, |n| n.to_string(), literal)
}

/// An attribute value as a Python literal starting at column `lead` of a line indented by 4.
fn value_literal(value: &Value, lead: usize) -> String {
    match value {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        Value::String(s) => wrapped(s, 4, lead),
        Value::StringList(items) => tuple(&items.iter().map(|s| Some(s.as_str())).collect::<Vec<_>>(), 4, lead),
    }
}

/// Catalog text in a one-line docstring: what could end it (`"""`, a backslash, a line
/// break) is left out or spaced, since the exact text is data elsewhere.
fn docstring_text(s: &str) -> String {
    let flat: String = s.chars().map(|c| if c.is_control() || c == '\\' { ' ' } else { c }).collect();
    flat.replace('"', "'")
}

/// A docstring (quotes included) for a body indented by `indent`: one line when it fits in
/// [`MAX_LINE`], else wrapped at spaces, the closing quotes on a line of their own.
fn docstring(text: &str, indent: usize) -> String {
    if indent + 6 + width(text) <= MAX_LINE {
        return format!("\"\"\"{text}\"\"\"");
    }
    let pad = " ".repeat(indent);
    let room = MAX_LINE - indent;
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split(' ') {
        // The first line also holds the opening quotes.
        let limit = if lines.len() == 1 { room - 3 } else { room };
        let last = lines.last_mut().expect("one line at least");
        if !last.is_empty() && width(last) + 1 + width(word) > limit {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    let (first, rest) = lines.split_first().expect("one line at least");
    let mut out = format!("\"\"\"{first}");
    if !rest.is_empty() {
        out.push('\n');
        for line in rest {
            let _ = writeln!(out, "{pad}{line}");
        }
        out.push_str(&pad);
    }
    out.push_str("\"\"\"");
    out
}

/// A Python string literal; printable text stays readable.
fn literal(s: &str) -> String {
    quoted(s, short_and_long_unicode_escape)
}

/// [`literal`], appended to `out`.
fn literal_into(out: &mut String, s: &str) {
    quote_into(out, s, short_and_long_unicode_escape);
}

#[cfg(test)]
mod tests {
    /// The width the wrapping counts per character is the width of its literal.
    #[test]
    fn quoted_width_is_the_literals() {
        for c in
            ['a', ' ', '"', '\\', '\n', '\t', '\u{7f}', '\u{1}', 'é', '日', '\u{202e}', '\u{2028}', '😀', '\u{e0001}']
        {
            assert_eq!(super::quoted_width(c), super::width(&super::literal(&c.to_string())) - 2, "{c:?}");
        }
    }
}

#[derive(Template)]
#[template(path = "python/pyproject.toml", escape = "none")]
struct Pyproject<'a> {
    header: &'a str,
    catalog: &'a Catalog,
    module: &'a str,
    /// `[project]` keys from the catalog's metadata.
    manifest: Vec<String>,
}

/// The `[project]` keys the Python Package Index reads (PEP 621, the license as a PEP 639 expression), from the
/// catalog's metadata; the classifier the index refuses uploads with unless the catalog publishes
/// the Python package.
fn manifest(catalog: &Catalog) -> Vec<String> {
    let meta = &catalog.metadata;
    let mut lines = vec![format!("description = {}", toml_string(&meta.description))];
    if let Some(license) = &meta.license {
        lines.push(format!("license = {}", toml_string(license)));
        let files: Vec<String> =
            meta.license_ids.iter().map(|id| toml_string(&package::license_file(catalog, id))).collect();
        lines.push(format!("license-files = [{}]", files.join(", ")));
    }
    if !meta.authors.is_empty() {
        let people: Vec<String> = meta
            .people()
            .map(|(name, email)| match email {
                Some(email) => format!("{{ name = {}, email = {} }}", toml_string(name), toml_string(email)),
                None => format!("{{ name = {} }}", toml_string(name)),
            })
            .collect();
        lines.push(format!("authors = [{}]", people.join(", ")));
    }
    if !meta.keywords.is_empty() {
        let words: Vec<String> = meta.keywords.iter().map(|k| toml_string(k)).collect();
        lines.push(format!("keywords = [{}]", words.join(", ")));
    }
    let mut classifiers = vec![toml_string("Typing :: Typed")];
    if !meta.publish.to(Python.name()) {
        classifiers.push(toml_string("Private :: Do Not Upload"));
    }
    lines.push(format!("classifiers = [{}]", classifiers.join(", ")));
    let urls: Vec<String> = [("Homepage", &meta.homepage), ("Repository", &meta.repository)]
        .into_iter()
        .filter_map(|(key, url)| url.as_ref().map(|url| format!("{key} = {}", toml_string(url))))
        .collect();
    if !urls.is_empty() {
        lines.push(format!("\n[project.urls]\n{}", urls.join("\n")));
    }
    lines
}

#[derive(Template)]
#[template(path = "python/__init__.py", escape = "none")]
struct Init<'a> {
    header: &'a str,
    namespaces: &'a [&'a NamespaceView<'a>],
    exports: &'a [String],
}

#[derive(Template)]
#[template(path = "python/_locale.py", escape = "none")]
struct LocalePy<'a> {
    header: &'a str,
    locales: &'a str,
    default_locale: &'a str,
}

#[derive(Template)]
#[template(path = "python/_format.py", escape = "none")]
struct FormatPy<'a> {
    header: &'a str,
}

#[derive(Template)]
#[template(path = "python/namespace.py", escape = "none")]
struct NamespacePy<'a> {
    header: &'a str,
    ns: &'a NamespaceView<'a>,
}
