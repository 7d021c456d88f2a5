//! Java 17: a Maven module with one class per namespace, its constants in interfaces and its
//! data in package-private classes, each sized for the JVM's limits (any namespace size). Sources are pure ASCII (`\uXXXX`
//! escapes), so they compile whatever the platform's default charset.

use std::fmt::Write as _;

use askama::Template;

use super::jvm::{CONSTANT_PART_BYTES, DATA_ELEMENTS, chunk_size, split_modified_utf8};
use super::package::{self, Readme};
use super::{BYTES_PER_ENTRY, Name, Naming, Refusal, Setting, Target, render_sized};
use crate::catalog::{AttributeType, Catalog, Code, CodeType, Entry, Namespace, ParamType, Value};
use crate::escape::{must_escape, quoted, visible_codepoint, xml_text};
use crate::naming;
use crate::output::File;

pub struct Java;

/// Keywords and literals of JLS 17 §3.9 and §3.10.3 to §3.10.8: none can be a package segment,
/// and Java has no way to escape one.
const KEYWORDS: &[&str] = &[
    "_",
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "false",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "true",
    "try",
    "void",
    "volatile",
    "while",
];

/// Static fields the generated class declares beside its constants, which would hide a constant
/// of the same name (Java has one name space for fields).
const MEMBERS: &[&str] = &[
    "RETIRED_CODES",
    "CHUNK",
    "CODES",
    "SYMBOLS",
    "DEPRECATIONS",
    "MESSAGES",
    "VALUES",
    "ALL",
    "BY_CODE",
    "SORTED_CODES",
    "SORTED_POSITIONS",
    "BY_SYMBOL",
];

/// Methods the generated class has (its own and `Object`'s), which an attribute's accessor or
/// its `<name>Of` lookup must not repeat.
const METHODS: &[&str] = &[
    "at",
    "values",
    "code",
    "symbol",
    "message",
    "translation",
    "deprecation",
    "fromCode",
    "fromSymbol",
    "isKnown",
    "symbolOf",
    "messageOf",
    "translationOf",
    "deprecationOf",
    "params",
    "paramsOf",
    "of",
    "equals",
    "hashCode",
    "toString",
    "getClass",
    "wait",
    "notify",
    "notifyAll",
    "clone",
    "finalize",
];

/// An attribute's accessor, lookup and tables.
struct AttributeView {
    method: String,
    lookup: String,
    /// The table in each data class and in the namespace class (`httpStatusTable`).
    table: String,
    /// The accessor's type (`int`, `List<String>`), and its boxed form for `Optional`.
    ty: &'static str,
    boxed: &'static str,
    /// A table element's type (`int`, `String[]`).
    element: &'static str,
    /// Whether a value is a list, kept as an array and handed out as an unmodifiable `List`.
    list: bool,
    doc: String,
    /// What an unknown code answers: the declared default, else the type's zero value; also
    /// what a known code answers that the tables do not list.
    unknown: String,
    /// The fields holding the positions and the values of the codes whose value is not
    /// `unknown`, piece by piece: `(ServerCodeAttributes0.httpStatus_at0, ServerCodeAttributes0.httpStatus_values0)`.
    pieces: Vec<(String, String)>,
}

fn attribute_views(catalog: &Catalog) -> Vec<AttributeView> {
    catalog
        .attributes
        .iter()
        .map(|a| {
            let (ty, boxed, element) = match a.ty {
                AttributeType::Int => ("int", "Integer", "int"),
                AttributeType::Bool => ("boolean", "Boolean", "boolean"),
                AttributeType::String => ("String", "String", "String"),
                AttributeType::StringList => ("List<String>", "List<String>", "String[]"),
            };
            AttributeView {
                method: Java.attribute(&a.name),
                lookup: format!("{}Of", Java.attribute(&a.name)),
                // Lower camel case, so no constant (always upper case) can be hidden by it.
                table: format!("{}Table", Java.attribute(&a.name)),
                ty,
                boxed,
                element,
                list: a.ty == AttributeType::StringList,
                doc: doc_text(if a.doc.is_empty() { &a.name } else { &a.doc }),
                unknown: match (&a.default, a.ty) {
                    (Some(Value::StringList(items)), _) => {
                        format!("List.of({})", items.iter().map(|i| literal(i)).collect::<Vec<_>>().join(", "))
                    }
                    (Some(value), _) => value_literal(value),
                    (None, AttributeType::Int) => "0".to_owned(),
                    (None, AttributeType::Bool) => "false".to_owned(),
                    (None, AttributeType::String) => "\"\"".to_owned(),
                    (None, AttributeType::StringList) => "List.of()".to_owned(),
                },
                pieces: Vec::new(),
            }
        })
        .collect()
}

/// One class of attribute data: `ServerCodeAttributes0`, holding pieces of each attribute's
/// exceptions (the codes whose value is not the common one).
struct AttributeHolder {
    name: String,
    pieces: Vec<AttributePiece>,
}

/// Up to a class's share of one attribute's exceptions: their positions in catalog order
/// (ascending) in the field `at`, their values in `values`.
struct AttributePiece {
    at: String,
    values: String,
    element: &'static str,
    exceptions: Vec<(usize, String)>,
}

/// Every attribute's exceptions in classes of their own, filled in attribute order: adding an
/// attribute adds its pieces after the others', so the change is as large as the number of codes
/// that set it. Fills `pieces` of each view with the fields the namespace class reads.
fn attribute_holders(ns: &Namespace, catalog: &Catalog, views: &mut [AttributeView], ty: &str) -> Vec<AttributeHolder> {
    let mut holders: Vec<AttributeHolder> = Vec::new();
    let mut used = DATA_ELEMENTS;
    for (i, (a, view)) in catalog.attributes.iter().zip(views.iter_mut()).enumerate() {
        let exceptions = ns.attribute_exceptions(i, a);
        // A position, and a value (a list's items each).
        let cost = |v: &Value| 1 + if let Value::StringList(items) = v { items.len().max(1) } else { 1 };
        let mut rest = exceptions.as_slice();
        while !rest.is_empty() {
            let mut take = 0;
            let mut spent = 0;
            // A value too large for any class goes alone into a fresh one.
            while take < rest.len() && (used + spent + cost(rest[take].1) <= DATA_ELEMENTS || used + spent == 0) {
                spent += cost(rest[take].1);
                take += 1;
            }
            if take == 0 {
                // The current class is full (or there is none yet): start the next.
                holders.push(AttributeHolder { name: format!("{ty}Attributes{}", holders.len()), pieces: Vec::new() });
                used = 0;
                continue;
            }
            let holder = holders.last_mut().expect("a holder was started");
            let n = view.pieces.len();
            let piece = AttributePiece {
                // `_` parts them from any accessor's name (lower camel case, never an `_`).
                at: format!("{}_at{n}", view.method),
                values: format!("{}_values{n}", view.method),
                element: view.element,
                exceptions: rest[..take].iter().map(|(p, v)| (*p, value_literal(v))).collect(),
            };
            view.pieces.push((format!("{}.{}", holder.name, piece.at), format!("{}.{}", holder.name, piece.values)));
            holder.pieces.push(piece);
            used += spent;
            rest = &rest[take..];
        }
    }
    holders
}

/// A code as a Java literal.
fn code_literal(code: &Code) -> String {
    super::code_literal(code, |n| n.to_string(), literal)
}

/// An attribute value as an element of its table's array initializer (a list as a nested one).
fn value_literal(value: &Value) -> String {
    match value {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => literal(s),
        Value::StringList(items) => format!("{{{}}}", items.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", ")),
    }
}

/// The Java package of the generated classes: `targets.java.package` (required, so checked to be
/// there before any target renders).
fn package(catalog: &Catalog) -> &str {
    catalog.setting("java", "package").unwrap_or_default()
}

/// Why `package` cannot hold the generated classes, if it cannot.
fn reject_package(package: &str) -> Option<String> {
    let bad = package.split('.').find(|seg| {
        KEYWORDS.contains(seg)
            || !seg.starts_with(|c: char| c.is_ascii_lowercase())
            || !seg.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    });
    if let Some(seg) = bad {
        return Some(format!(
            "package `{package}`: `{seg}` is not a lowercase Java identifier that is not a keyword (JLS 3.9)"
        ));
    }
    let owner = PLATFORM_PACKAGES
        .iter()
        .find(|root| package == **root || package.strip_prefix(**root).is_some_and(|rest| rest.starts_with('.')))?;
    Some(format!(
        "package `{package}`: `{owner}` and its subpackages belong to the Java platform's modules, and javac or the class loader refuses classes there"
    ))
}

/// The packages of the Java platform's modules, by the roots that hold them all (JDK 17:
/// `java --describe-module` of every module): `java.*` is refused by the class loader, the others
/// are modules' packages that javac will not let a classpath class join ("package exists in
/// another module").
const PLATFORM_PACKAGES: &[&str] = &[
    "java",
    "javax",
    "jdk",
    "sun",
    "com.sun",
    "netscape.javascript",
    "org.ietf.jgss",
    "org.jcp.xml.dsig.internal",
    "org.w3c.dom",
    "org.xml.sax",
];

/// Classes the package defines beside one per namespace.
const OWN_CLASSES: &[&str] = &["Locales", "Arguments"];

/// The files the package writes beside its namespaces' classes.
const OWN_FILES: &[&str] = &["Locales.java", "Arguments.java"];

/// The methods every class has from `java.lang.Object`, which an attribute's accessor (a method
/// of the code class) would override or overload.
const OBJECT_METHODS: &[&str] =
    &["clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait"];

/// The longest identifier or string constant a class file holds, in bytes of modified UTF-8.
const MAX_CONSTANT_BYTES: usize = 65_535;

/// What a factory, whose arguments are an entry's parameters, declares beside them: its local.
const FACTORY_SCOPE: &[&str] = &["arguments"];

impl Naming for Java {
    fn parameter(&self, name: &str) -> String {
        naming::lower_camel(name)
    }

    fn package(&self, catalog: &Catalog) -> String {
        package(catalog).to_owned()
    }

    /// A namespace is reached through its class.
    fn module(&self, namespace: &str) -> String {
        self.type_name(namespace)
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{}Code", naming::pascal(namespace))
    }

    /// Java names what is thrown an exception.
    fn error_type(&self, namespace: &str) -> String {
        format!("{}Exception", naming::pascal(namespace))
    }

    /// Constants are `UPPER_SNAKE`, as Java names them.
    fn constant(&self, _namespace: &str, symbol: &str) -> String {
        naming::upper_snake_constant(symbol)
    }

    fn function(&self, _namespace: &str, name: &str) -> String {
        naming::lower_camel(name)
    }

    fn file(&self, namespace: &str) -> String {
        format!("{}.java", self.type_name(namespace))
    }

    fn attribute(&self, name: &str) -> String {
        naming::lower_camel(name)
    }

    /// A static factory of the exception, in lowerCamelCase (`erTableExistsError`).
    fn constructor(&self, namespace: &str, symbol: &str) -> Option<String> {
        Some(naming::lower_camel(&self.constant(namespace, symbol)))
    }
}

/// What a namespace's exception declares or inherits, which a per-code factory
/// (`MysqlException.erTableExistsError`) must not repeat.
const EXCEPTION_MEMBERS: &[&str] = &[
    "code",
    "known",
    "message",
    "arguments",
    "toProblem",
    "fromProblem",
    "getMessage",
    "getLocalizedMessage",
    "getCause",
    "initCause",
    "toString",
    "printStackTrace",
    "getStackTrace",
    "setStackTrace",
    "fillInStackTrace",
    "addSuppressed",
    "getSuppressed",
    "equals",
    "hashCode",
    "getClass",
    "notify",
    "notifyAll",
    "wait",
    "clone",
    "finalize",
];

impl Target for Java {
    fn name(&self) -> &'static str {
        "java"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        // A class file holds each identifier and string constant in at most 65,535 bytes of
        // modified UTF-8 ("constant string too long"); the catalog's names are ASCII.
        if let Name::Symbol(text) | Name::Constructor(text) | Name::Attribute(text) | Name::Param(text) = name
            && text.len() > MAX_CONSTANT_BYTES
        {
            return Some(format!(
                "`{}...` is {} bytes long, more than the {MAX_CONSTANT_BYTES} a Java class file holds in one constant",
                &text[..16.min(text.len())],
                text.len()
            ));
        }
        match name {
            Name::Namespace(ns) => {
                let ty = self.type_name(ns);
                if OWN_CLASSES.contains(&ty.as_str()) {
                    Some(format!("`{ty}` is a class the generated package defines itself"))
                } else {
                    super::file_too_long(&self.file(ns))
                }
            }
            Name::Symbol(symbol) => {
                let constant = self.constant("", symbol);
                MEMBERS.contains(&constant.as_str()).then(|| {
                    format!(
                        "{} clashes with a static field the generated class declares",
                        super::becomes(symbol, &constant)
                    )
                })
            }
            Name::Attribute(name) => {
                let method = self.attribute(name);
                if KEYWORDS.contains(&method.as_str()) {
                    Some(format!("attribute {} is a Java keyword", super::becomes(name, &method)))
                } else {
                    super::attribute_clash(name, &method, METHODS)
                        .or_else(|| super::attribute_clash(name, &format!("{method}Of"), METHODS))
                }
            }
            Name::Param(name) => {
                let argument = naming::lower_camel(name);
                KEYWORDS
                    .contains(&argument.as_str())
                    .then(|| format!("parameter {} is a Java keyword", super::becomes(name, &argument)))
            }
            Name::Constructor(symbol) => {
                let factory = self.constructor("", symbol).unwrap_or_default();
                if KEYWORDS.contains(&factory.as_str()) {
                    Some(format!("{} is a Java keyword", super::becomes(symbol, &factory)))
                } else {
                    EXCEPTION_MEMBERS.contains(&factory.as_str()).then(|| {
                        format!(
                            "{} clashes with a method of the namespace's exception",
                            super::becomes(symbol, &factory)
                        )
                    })
                }
            }
            Name::Package(_) | Name::Locale(_) => None,
        }
    }

    fn settings(&self) -> &'static [Setting] {
        &[Setting {
            key: "package",
            required: true,
            doc: "the Java package of the generated classes, also the Maven groupId",
        }]
    }

    /// The package must be one Java can hold; any namespace size is (see [`chunk_size`]).
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        reject_package(package(catalog))
            .map(|reason| Refusal {
                rule: "reserved-name",
                help: super::RENAME,
                at: catalog.top_at("targets"),
                entry: None,
                reason,
            })
            .into_iter()
            .collect()
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
            super::emits::Scope::Parameter => FACTORY_SCOPE,
            super::emits::Scope::Member => OBJECT_METHODS,
            super::emits::Scope::File => OWN_FILES,
            super::emits::Scope::Module => &[],
        }
    }

    fn features(&self) -> &'static [super::Feature] {
        super::Feature::ALL
    }

    fn naming(&self) -> Option<&dyn Naming> {
        Some(self)
    }

    fn registry_requires(&self) -> &'static [&'static str] {
        &["license", "repository", "authors"]
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let package = package(catalog);
        let dir = format!("src/main/java/{}", package.replace('.', "/"));
        let locales: Vec<String> = catalog.locales.iter().map(|l| literal(l)).collect();
        let mut files = vec![
            File::new(
                "pom.xml",
                Pom {
                    header: &header,
                    catalog,
                    group: package,
                    manifest: manifest(catalog),
                    published: catalog.metadata.publish.to(Java.name()),
                }
                .render()?,
            ),
            File::new(
                format!("{dir}/Locales.java"),
                LocalesJava { header: &header, package, locales: &locales, default_locale: catalog.default_locale }
                    .render()?,
            ),
            File::new(format!("{dir}/Arguments.java"), ArgumentsJava { header: &header, package }.render()?),
        ];
        for ns in &catalog.namespaces {
            let view = namespace_view(catalog, ns);
            files.push(File::new(
                format!("{dir}/{}.java", view.ty),
                NamespaceJava { header: &header, package, ns: &view }.render()?,
            ));
            files.push(File::new(
                format!("{dir}/{}.java", Java.error_type(&ns.name)),
                ExceptionJava { header: &header, package, ns: &view, error: &Java.error_type(&ns.name) }.render()?,
            ));
            for group in &view.groups {
                files.push(File::new(
                    format!("{dir}/{}.java", group.name),
                    render_sized(
                        &ConstantsJava { header: &header, package, ns: &view, group },
                        group.constants.len() * BYTES_PER_ENTRY / 2,
                    )?,
                ));
            }
            for holder in &view.holders {
                files.push(File::new(
                    format!("{dir}/{}.java", holder.name),
                    AttributesJava { header: &header, package, ns: &view, holder }.render()?,
                ));
            }
            for chunk in &view.chunks {
                files.push(File::new(
                    format!("{dir}/{}.java", chunk.name),
                    render_sized(
                        &DataJava { header: &header, package, ns: &view, chunk, locales: catalog.locales.len() },
                        chunk.entries.len() * BYTES_PER_ENTRY,
                    )?,
                ));
            }
        }
        let entry = &catalog.namespaces[0].entries[0];
        let ty = Java.type_name(&catalog.namespaces[0].name);
        let dependency = format!(
            "<dependency>\n  <groupId>{package}</groupId>\n  <artifactId>{}</artifactId>\n  <version>{}</version>\n</dependency>",
            catalog.package, catalog.version
        );
        files.extend(package::files(
            catalog,
            &Readme {
                name: catalog.package.clone(),
                install_lang: "xml",
                install: dependency.clone(),
                local: format!("<!-- after `mvn install` in this folder -->\n{dependency}"),
                target: Java.name(),
                lang: "java",
                example: format!(
                    "import {package}.{ty};\n\n{ty}.fromSymbol({}).ifPresent(code -> System.out.println(code.message({})));",
                    literal(&entry.symbol),
                    literal(catalog.default_locale_tag()),
                ),
            },
        )?);
        Ok(files)
    }
}

struct NamespaceView<'a> {
    name: String,
    ty: String,
    /// How many codes the namespace has.
    count: usize,
    /// The retired codes as literals.
    retired: Vec<String>,
    attributes: Vec<AttributeView>,
    /// Whether codes are strings, looked up in a map rather than by binary search.
    string_codes: bool,
    /// The codes' type (`int`, `String`), boxed (`Integer`), and how docs name one (`an int`).
    code_java: &'static str,
    code_boxed: &'static str,
    code_noun: &'static str,
    /// Codes per data class: every data class but the last holds this many.
    chunk: usize,
    /// Whether some entry has parameters (its data classes then hold each code's names).
    has_params: bool,
    /// A typed factory of the exception per entry with parameters.
    factories: Vec<FactoryView>,
    /// What the namespace's problem types start with, as a string literal.
    problem_prefix: Option<String>,
    /// Whether problems carry a status (the catalog declares an `int` attribute `http_status`).
    status: bool,
    /// The interfaces holding the constants, in order.
    groups: Vec<ConstantGroup<'a>>,
    /// The classes holding the catalog's data, in catalog order.
    chunks: Vec<DataChunk<'a>>,
    /// The classes of attribute data.
    holders: Vec<AttributeHolder>,
}

/// `MysqlException.erTableExistsError(String table)`: an exception of one code with its
/// arguments.
struct FactoryView {
    name: String,
    /// The code as a literal: its constant may be deprecated, which the factory is in turn.
    code: String,
    /// The deprecation note as Javadoc text.
    deprecated: Option<String>,
    /// Javadoc text: the code and its default message.
    doc: String,
    /// `String table, long count`.
    args: String,
    /// `(name literal, argument identifier, name)` in declared order.
    params: Vec<(String, String, String)>,
}

/// One interface of constants: `LarkeaCodeConstants0`.
struct ConstantGroup<'a> {
    name: String,
    constants: Vec<ConstantView<'a>>,
}

/// A `public static final` constant: a symbol or an alias. Like [`EntryData`], each value is
/// made when the template asks for it.
#[derive(Clone, Copy)]
struct ConstantView<'a> {
    catalog: &'a Catalog,
    namespace: &'a str,
    entry: &'a Entry,
    /// The alias this constant is, or `None` for the entry's symbol.
    alias: Option<&'a str>,
    /// The code's position in catalog order.
    index: usize,
}

impl ConstantView<'_> {
    fn name(&self) -> String {
        Java.constant(self.namespace, self.alias.unwrap_or(&self.entry.symbol))
    }

    /// Javadoc text: the code and its default message, or which constant it is an alias of.
    fn doc(&self) -> String {
        let e = self.entry;
        if self.alias.is_some() {
            let ty = Java.type_name(self.namespace);
            format!("Alias of {{@link {ty}#{}}}.", Java.constant(self.namespace, &e.symbol))
        } else {
            format!("{{@code {}}}: {}", doc_text(&e.code.to_string()), doc_text(e.default_message(self.catalog)))
        }
    }

    /// The deprecation note as Javadoc text.
    fn deprecated(&self) -> Option<String> {
        self.entry.deprecated.as_ref().map(|d| doc_text(&d.note()))
    }
}

/// One class of catalog data: `LarkeaCodeData0`, with the codes from `first` on.
struct DataChunk<'a> {
    name: String,
    first: usize,
    entries: &'a [Entry],
    /// `(alias literal, position)` of the aliases of this chunk's codes.
    aliases: Vec<(String, usize)>,
}

/// An entry's values as the data classes hold them, each made when the template asks for it
/// (see the Rust target's `EntryView`).
trait EntryData {
    /// The code as a literal (`131604`, `"42P01"`).
    fn code_literal(&self) -> String;
    /// The wire name as a string literal.
    fn symbol_literal(&self) -> String;
    /// The deprecation note as a literal, or `null`.
    fn deprecation(&self) -> String;
    /// The translation in the `locale`th catalog locale as a literal, `null` where missing.
    fn message_literal(&self, locale: usize) -> String;
    /// The parameter names joined by `,` as a literal, or `null`.
    fn params_literal(&self) -> String;
}

impl EntryData for Entry {
    fn code_literal(&self) -> String {
        code_literal(&self.code)
    }

    fn symbol_literal(&self) -> String {
        literal(&self.symbol)
    }

    fn deprecation(&self) -> String {
        self.deprecated.as_ref().map_or_else(|| "null".to_owned(), |d| literal(&d.note()))
    }

    fn message_literal(&self, locale: usize) -> String {
        self.messages[locale].as_deref().map_or_else(|| "null".to_owned(), literal)
    }

    fn params_literal(&self) -> String {
        // `lower_snake` names: `,` is no part of one.
        if self.params.is_empty() {
            "null".to_owned()
        } else {
            literal(&self.params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(","))
        }
    }
}

/// The most constants per interface: each takes about 9 bytes of its initializer's bytecode and
/// 4 constant-pool entries, so 2,000 stay well inside the JVM's 64 KiB and 65,535.
const CONSTANTS_PER_GROUP: usize = 2_000;

fn namespace_view<'a>(catalog: &'a Catalog, ns: &'a Namespace) -> NamespaceView<'a> {
    let ty = Java.type_name(&ns.name);
    // Code, symbol, deprecation, a message per locale, the parameter names if any entry has
    // some, and room for an alias. Attributes are held apart (`attribute_holders`), so that a
    // new one does not move every code to another class.
    let has_params = ns.entries.iter().any(|e| !e.params.is_empty());
    let chunk = chunk_size(4 + catalog.locales.len() + usize::from(has_params));
    let mut attributes = attribute_views(catalog);
    let holders = attribute_holders(ns, catalog, &mut attributes, &ty);
    let positions: Vec<usize> = (0..ns.entries.len()).collect();
    let chunks = positions
        .chunks(chunk)
        .enumerate()
        .map(|(n, range)| {
            let first = range[0];
            let entries = &ns.entries[first..first + range.len()];
            DataChunk {
                name: format!("{ty}Data{n}"),
                first,
                aliases: entries
                    .iter()
                    .enumerate()
                    .flat_map(|(i, e)| e.aliases.iter().map(move |a| (literal(a), first + i)))
                    .collect(),
                entries,
            }
        })
        .collect();
    let mut constants = Vec::new();
    for (index, entry) in ns.entries.iter().enumerate() {
        let constant = |alias| ConstantView { catalog, namespace: &ns.name, entry, alias, index };
        constants.push(constant(None));
        constants.extend(entry.aliases.iter().map(|alias| constant(Some(alias.as_str()))));
    }
    let mut groups: Vec<ConstantGroup<'_>> = Vec::new();
    for (n, constant) in constants.into_iter().enumerate() {
        if n % CONSTANTS_PER_GROUP == 0 {
            groups.push(ConstantGroup { name: format!("{ty}Constants{}", groups.len()), constants: Vec::new() });
        }
        groups.last_mut().expect("a group was just pushed").constants.push(constant);
    }
    NamespaceView {
        attributes,
        holders,
        name: ns.name.clone(),
        ty,
        count: ns.entries.len(),
        retired: ns.retired.codes.iter().map(code_literal).collect(),
        string_codes: ns.code_type == CodeType::String,
        code_java: if ns.code_type == CodeType::String { "String" } else { "int" },
        code_boxed: if ns.code_type == CodeType::String { "String" } else { "Integer" },
        code_noun: if ns.code_type == CodeType::String { "a {@code String}" } else { "an {@code int}" },
        chunk,
        has_params,
        factories: factory_views(catalog, ns),
        groups,
        chunks,
        problem_prefix: catalog.problem_prefix(&ns.name).map(|p| literal(&p)),
        status: catalog.has_http_status(),
    }
}

/// A typed factory of the exception per entry with parameters.
fn factory_views(catalog: &Catalog, ns: &Namespace) -> Vec<FactoryView> {
    ns.entries
        .iter()
        .filter(|e| !e.params.is_empty())
        .map(|e| FactoryView {
            name: Java.constructor(&ns.name, &e.symbol).unwrap_or_default(),
            code: code_literal(&e.code),
            deprecated: e.deprecated.as_ref().map(|d| doc_text(&d.note())),
            doc: format!("{{@code {}}}: {}", doc_text(&e.code.to_string()), doc_text(e.default_message(catalog))),
            args: e
                .params
                .iter()
                .map(|p| {
                    let ty = match p.ty {
                        ParamType::String => "String",
                        ParamType::Int => "long",
                        ParamType::Float => "double",
                    };
                    format!("{ty} {}", naming::lower_camel(&p.name))
                })
                .collect::<Vec<_>>()
                .join(", "),
            params: e.params.iter().map(|p| (literal(&p.name), naming::lower_camel(&p.name), p.name.clone())).collect(),
        })
        .collect()
}

/// Catalog text inside Javadoc (HTML): one line, pure ASCII, with every character that could
/// start a tag, an entity, an inline tag (`{@`), a block tag (`@`), end the comment (`*/`) or
/// begin a `\u` escape (which javac reads even in comments) written as a character reference.
/// Invisible and control characters show as `U+XXXX`.
fn doc_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' | '<' | '>' | '@' | '{' | '}' | '/' | '\\' | '*' => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            c if must_escape(c) => visible_codepoint(c, &mut out),
            ' '..='~' => out.push(c),
            c => {
                let _ = write!(out, "&#x{:x};", u32::from(c));
            }
        }
    }
    out
}

/// A Java string literal in pure ASCII. Every character outside printable ASCII is a `\uXXXX`
/// escape of its UTF-16 units, except line terminators: javac turns `\u000a` into a real newline
/// before it reads the literal, so those take `\n` and `\r`.
///
/// A constant string holds at most 65,535 bytes of modified UTF-8, and javac folds `"a" + "b"`
/// into one constant; so a longer text becomes `String.join("", ...)` of parts that each fit,
/// joined when the class loads.
fn literal(s: &str) -> String {
    // A character takes at most twice its UTF-8 bytes in modified UTF-8.
    if s.len() <= CONSTANT_PART_BYTES / 2 {
        return ascii_literal(s);
    }
    let parts = split_modified_utf8(s, CONSTANT_PART_BYTES);
    if parts.len() == 1 {
        return ascii_literal(s);
    }
    let parts: Vec<String> = parts.into_iter().map(ascii_literal).collect();
    format!("String.join(\"\", {})", parts.join(", "))
}

fn ascii_literal(s: &str) -> String {
    // `quoted` keeps printable ASCII; everything else reaching here is escaped.
    quoted(s, |c, out| {
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            out.push_str("\\u");
            // Four lowercase hex digits, as `{:04x}` writes them, without a formatter per
            // character (most of a Chinese message).
            out.extend((0..4).rev().map(|i| char::from(b"0123456789abcdef"[usize::from((*unit >> (4 * i)) & 0xf)])));
        }
        true
    })
}

#[derive(Template)]
#[template(path = "java/pom.xml", escape = "none")]
struct Pom<'a> {
    header: &'a str,
    catalog: &'a Catalog,
    group: &'a str,
    /// Elements of `<project>` from the catalog's metadata.
    manifest: Vec<String>,
    published: bool,
}

/// The `<project>` elements Maven Central requires (name, description, url, licenses, scm,
/// developers), from the catalog's metadata: each the catalog gives.
fn manifest(catalog: &Catalog) -> Vec<String> {
    let meta = &catalog.metadata;
    let mut lines = vec![
        format!("<name>{}</name>", xml_text(&catalog.package)),
        format!("<description>{}</description>", xml_text(&meta.description)),
    ];
    if let Some(url) = meta.homepage.as_ref().or(meta.repository.as_ref()) {
        lines.push(format!("<url>{}</url>", xml_text(url)));
    }
    if !meta.license_ids.is_empty() {
        lines.push("<licenses>".to_owned());
        for id in &meta.license_ids {
            lines.push(format!("  <license><name>{id}</name><url>https://spdx.org/licenses/{id}.html</url></license>"));
        }
        lines.push("</licenses>".to_owned());
    }
    if let (Some(url), Some(git)) = (&meta.repository, meta.git_url()) {
        let (url, git) = (xml_text(url), xml_text(&git));
        lines.push(format!("<scm><url>{url}</url><connection>scm:git:{git}</connection></scm>"));
    }
    if !meta.authors.is_empty() {
        lines.push("<developers>".to_owned());
        for (name, email) in meta.people() {
            let email = email.map(|e| format!("<email>{}</email>", xml_text(e))).unwrap_or_default();
            lines.push(format!("  <developer><name>{}</name>{email}</developer>", xml_text(name)));
        }
        lines.push("</developers>".to_owned());
    }
    lines
}

#[derive(Template)]
#[template(path = "java/Locales.java", escape = "none")]
struct LocalesJava<'a> {
    header: &'a str,
    package: &'a str,
    locales: &'a [String],
    default_locale: usize,
}

#[derive(Template)]
#[template(path = "java/Arguments.java", escape = "none")]
struct ArgumentsJava<'a> {
    header: &'a str,
    package: &'a str,
}

#[derive(Template)]
#[template(path = "java/namespace.java", escape = "none")]
struct NamespaceJava<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView<'a>,
}

#[derive(Template)]
#[template(path = "java/exception.java", escape = "none")]
struct ExceptionJava<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView<'a>,
    error: &'a str,
}

#[derive(Template)]
#[template(path = "java/constants.java", escape = "none")]
struct ConstantsJava<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView<'a>,
    group: &'a ConstantGroup<'a>,
}

#[derive(Template)]
#[template(path = "java/attributes.java", escape = "none")]
struct AttributesJava<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView<'a>,
    holder: &'a AttributeHolder,
}

#[derive(Template)]
#[template(path = "java/data.java", escape = "none")]
struct DataJava<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView<'a>,
    chunk: &'a DataChunk<'a>,
    locales: usize,
}

#[cfg(test)]
mod tests {
    use super::{doc_text, literal, split_modified_utf8};

    #[test]
    fn ascii_literals() {
        assert_eq!(literal("a\"\\\n\r\u{0}错😀"), r#""a\"\\\n\r\u0000\u9519\ud83d\ude00""#);
    }

    #[test]
    fn long_texts_are_joined_from_parts_that_fit() {
        let long = "错".repeat(30_000);
        let parts = split_modified_utf8(&long, 60_000);
        assert_eq!(parts, ["错".repeat(20_000), "错".repeat(10_000)]);
        assert!(literal(&long).starts_with("String.join(\"\", \"\\u9519"));
        assert_eq!(split_modified_utf8("a😀b", 6), ["a", "😀", "b"]);
    }

    #[test]
    fn javadoc_text_is_inert() {
        assert_eq!(
            doc_text("a\nb */ {@code x} \\u000a <b>"),
            "aU+000Ab &#42;&#47; &#123;&#64;code x&#125; &#92;u000a &#60;b&#62;"
        );
    }
}
