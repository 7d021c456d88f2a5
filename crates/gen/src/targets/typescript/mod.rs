//! TypeScript: an npm package of plain JavaScript plus declaration files, so Node 20 runs it as
//! is and TypeScript checks it under the strictest flags: ES modules (`.js`, `.d.ts`) for
//! `import`, and their `CommonJS` twins (`.cjs`, `.d.cts`, see `commonjs.rs`) for `require`. No
//! `enum` (rejected by `erasableSyntaxOnly`): an `as const` object and a same-named union type per
//! namespace. Top-level data is marked `@__PURE__`, so a bundler keeps a namespace's messages
//! only when something that reads them is imported.

use askama::Template;

mod commonjs;

use super::package::{self, Readme};
use super::{Name, Naming, Target, capacity, render_sized};
use crate::catalog::{AttributeType, Catalog, Code, CodeType, Entry, Namespace, Value};
use crate::escape::{braced_unicode_escape, json_string, markdown_text, quote_into, quoted};
use crate::naming;
use crate::output::File;

pub struct TypeScript;

/// ECMAScript reserved words (ECMA-262 §13.1, strict mode included) and TypeScript's own
/// (`TypeScript/src/compiler/scanner.ts`, `textToKeywordObj`, the reserved ones). A namespace
/// is exported as a module namespace object; a reserved name gets a trailing underscore so it
/// can be imported by name.
const RESERVED: &[&str] = &[
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// What `index.js` exports beside one module namespace object per namespace.
const PACKAGE_EXPORTS: &[&str] = &["DEFAULT_LOCALE", "LOCALES", "resolveLocale", "formatArgument", "formatNumber"];

/// Modules the package itself defines beside one per namespace.
/// The files the package writes beside its namespaces' (each module twice: ES and `CommonJS`).
const OWN_FILES: &[&str] = &[
    "index.js",
    "index.cjs",
    "index.d.ts",
    "index.d.cts",
    "locale.js",
    "locale.cjs",
    "locale.d.ts",
    "locale.d.cts",
    "format.js",
    "format.cjs",
    "format.d.ts",
    "format.d.cts",
    "frozen-map.js",
    "frozen-map.cjs",
    "package.json",
];

impl Naming for TypeScript {
    fn package(&self, catalog: &Catalog) -> String {
        catalog.package.clone()
    }

    /// The name `index.js` exports a namespace's module as: lowerCamelCase, with a trailing
    /// underscore for a reserved word.
    fn module(&self, namespace: &str) -> String {
        let export = naming::lower_camel(namespace);
        if RESERVED.contains(&export.as_str()) { format!("{export}_") } else { export }
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{}Code", naming::pascal(namespace))
    }

    /// Properties of the `as const` object keep the catalog's spelling.
    fn constant(&self, _namespace: &str, symbol: &str) -> String {
        symbol.to_owned()
    }

    fn function(&self, _namespace: &str, name: &str) -> String {
        naming::lower_camel(name)
    }

    fn file(&self, namespace: &str) -> String {
        format!("{namespace}.js")
    }

    /// A field of each entry object.
    fn attribute(&self, name: &str) -> String {
        naming::lower_camel(name)
    }
}

impl Target for TypeScript {
    fn name(&self) -> &'static str {
        "typescript"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        match name {
            Name::Namespace(ns) => {
                let export = self.module(ns);
                if PACKAGE_EXPORTS.contains(&export.as_str()) {
                    Some(format!("its export `{export}` would clash with the `{export}` `index.js` exports"))
                } else {
                    super::file_too_long(&format!("{ns}.d.ts"))
                }
            }
            Name::Attribute(name) => {
                let field = self.attribute(name);
                super::attribute_clash(name, &field, ENTRY_FIELDS)
                    .or_else(|| super::attribute_clash(name, &format!("{field}Of"), MODULE_EXPORTS))
            }
            _ => None,
        }
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
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
        let header = super::header(catalog);
        let namespaces: Vec<NamespaceView<'_>> =
            catalog.namespaces.iter().map(|ns| namespace_view(catalog, ns)).collect();
        let locales: Vec<String> = catalog.locales.iter().map(|l| literal(l)).collect();
        let default_locale = literal(catalog.default_locale_tag());
        let mut files = vec![
            File::new(
                "package.json",
                PackageJson { header: &header, catalog, namespaces: &namespaces, manifest: manifest(catalog) }
                    .render()?,
            ),
            File::new("index.js", IndexJs { header: &header, namespaces: &namespaces }.render()?),
            File::new("index.d.ts", IndexDts { header: &header, namespaces: &namespaces }.render()?),
            File::new(
                "locale.js",
                LocaleJs { header: &header, locales: &locales, default_locale: &default_locale }.render()?,
            ),
            File::new(
                "locale.d.ts",
                LocaleDts { header: &header, locales: &locales, default_locale: &default_locale }.render()?,
            ),
            File::new("format.js", FormatJs { header: &header }.render()?),
            File::new("frozen-map.js", FrozenMapJs { header: &header }.render()?),
            File::new("format.d.ts", FormatDts { header: &header }.render()?),
        ];
        for (ns, source) in namespaces.iter().zip(&catalog.namespaces) {
            let capacity = capacity(source);
            let js = NamespaceJs { header: &header, ns };
            files.push(File::new(format!("{}.js", ns.file), render_sized(&js, capacity)?));
            let dts = NamespaceDts { header: &header, ns };
            files.push(File::new(format!("{}.d.ts", ns.file), render_sized(&dts, capacity)?));
        }
        // Each module's CommonJS twin, for `require` (see `commonjs.rs`).
        let stems: Vec<String> = files
            .iter()
            .filter_map(|f| f.path.to_str().and_then(|p| p.strip_suffix(".js")).map(str::to_owned))
            .collect();
        let siblings = commonjs::Siblings::new(stems.iter().map(String::as_str));
        let mut twins = Vec::with_capacity(files.len());
        for file in &files {
            let path = file.path.to_string_lossy();
            if let Some(stem) = path.strip_suffix(".d.ts") {
                twins.push(File::new(format!("{stem}.d.cts"), commonjs::declarations(&file.contents, &siblings)));
            } else if let Some(stem) = path.strip_suffix(".js") {
                twins.push(File::new(
                    format!("{stem}.cjs"),
                    commonjs::module(&file.contents, &siblings).map_err(askama::Error::custom)?,
                ));
            }
        }
        files.extend(twins);
        let (ns, entry) = (&namespaces[0], &catalog.namespaces[0].entries[0]);
        files.extend(package::files(
            catalog,
            &Readme::shell(
                catalog,
                TypeScript.name(),
                ("npm install", "npm install"),
                "ts",
                format!(
                    "import {{ {ty}, messageOf }} from \"{}/{}\";\n\nconst code = {ty}.{};\nconsole.log(code, messageOf(code, {}));",
                    catalog.package,
                    ns.file,
                    entry.symbol,
                    literal(catalog.default_locale_tag()),
                    ty = TypeScript.type_name(&catalog.namespaces[0].name),
                ),
            ),
        )?);
        Ok(files)
    }
}

struct NamespaceView<'a> {
    /// The module file stem and the name `index.js` exports it as.
    file: String,
    export: String,
    pascal: String,
    ty: String,
    /// The namespace's error class (`LarkeaError`) and problem details interface.
    error: String,
    problem: String,
    /// What the namespace's problem types start with, as a string literal.
    problem_prefix: Option<String>,
    /// Whether problems carry a status (the catalog declares an `int` attribute `http_status`).
    status: bool,
    doc: String,
    entries: Vec<EntryView<'a>>,
    /// The retired codes as literals.
    retired: Vec<String>,
    attributes: Vec<AttributeView>,
    /// The codes with parameters, grouped by their arguments' object type: `(1050 | 1051,
    /// { readonly table: string })`. One union member per distinct parameter list keeps a
    /// catalog of thousands of codes with parameters quick to type-check.
    param_groups: Vec<(String, String)>,
    /// `number` or `string`.
    code_type: &'static str,
    /// The same as a `JSDoc` type, braces included (`{number}`).
    code_jsdoc: String,
    string_codes: bool,
    /// How docs name a code of the namespace's type (`an integer code of 32 bits`).
    code_noun: &'static str,
    /// The error constructor's options as a `JSDoc` type.
    options_jsdoc: &'static str,
    /// The options of `of` (a cause only) as a `JSDoc` type.
    cause_jsdoc: &'static str,
}

/// Fields of an entry object, which an attribute's field must not repeat.
const ENTRY_FIELDS: &[&str] = &["code", "symbol", "deprecated", "messages", "params"];

/// What a namespace module exports besides its type, which an attribute's `<name>Of` lookup
/// must not repeat.
const MODULE_EXPORTS: &[&str] = &[
    "entries",
    "paramsOf",
    "format",
    "codes",
    "retiredCodes",
    "deprecationOf",
    "isKnown",
    "symbolOf",
    "messageOf",
    "translationOf",
    "fromSymbol",
];

/// An attribute's entry field and lookup function.
struct AttributeView {
    /// The field (`httpStatus`).
    field: String,
    /// What an entry has that does not set it, as a literal.
    unset: String,
    /// The lookup (`httpStatusOf`).
    lookup: String,
    /// The TypeScript type (`number`, `readonly string[]`).
    ty: &'static str,
    doc: String,
}

/// One entry as the templates write it, each value made when asked for (see the Rust target's
/// `EntryView`: a namespace of 100,000 codes would otherwise hold a million small strings).
#[derive(Clone, Copy)]
struct EntryView<'a> {
    catalog: &'a Catalog,
    entry: &'a Entry,
}

impl<'a> EntryView<'a> {
    /// The code as a literal (`131604`, `"42P01"`).
    fn code(&self) -> String {
        code_literal(&self.entry.code)
    }

    /// The code in a doc comment: an integer in backticks, a string as escaped text.
    fn code_doc(&self) -> String {
        match &self.entry.code {
            Code::Int(n) => format!("`{n}`"),
            Code::Str(s) => block_comment_text(s),
        }
    }

    /// `(field, value literal)` per attribute whose value is not the one in `UNSET`: an
    /// attribute with a default costs a line per code that sets it.
    fn attributes(&self) -> impl Iterator<Item = (String, String)> {
        self.catalog
            .attributes
            .iter()
            .zip(&self.entry.attributes)
            .filter(|(a, v)| **v != a.unset())
            .map(|(a, v)| (TypeScript.attribute(&a.name), value_literal(v)))
    }

    fn symbol(&self) -> &'a str {
        &self.entry.symbol
    }

    fn symbol_literal(&self) -> String {
        literal(&self.entry.symbol)
    }

    /// `locale: message` literals for each translation the catalog has, comma-separated: one
    /// string per entry (this is most of the module).
    fn messages(&self) -> String {
        let mut members = String::with_capacity(self.entry.messages.iter().flatten().map(|m| m.len() + 12).sum());
        for (tag, m) in self.catalog.locales.iter().zip(&self.entry.messages) {
            let Some(m) = m else { continue };
            if !members.is_empty() {
                members.push_str(", ");
            }
            literal_into(&mut members, tag);
            members.push_str(": ");
            literal_into(&mut members, m);
        }
        members
    }

    fn doc(&self) -> String {
        block_comment_text(self.entry.default_message(self.catalog))
    }

    fn aliases(&self) -> &'a [String] {
        &self.entry.aliases
    }

    /// The deprecation note: as a literal, and as comment text for `@deprecated`.
    fn deprecated(&self) -> Option<(String, String)> {
        self.entry.deprecated.as_ref().map(|d| (literal(&d.note()), block_comment_text(&d.note())))
    }

    /// The parameter names as an array literal, for an entry with parameters.
    fn params(&self) -> Option<String> {
        (!self.entry.params.is_empty()).then(|| {
            let names: Vec<String> = self.entry.params.iter().map(|p| literal(&p.name)).collect();
            frozen_array(&names.join(", "))
        })
    }
}

/// The codes with parameters grouped by their arguments' object type (see
/// `NamespaceView::param_groups`).
fn param_groups(ns: &Namespace) -> Vec<(String, String)> {
    let (lists, of_entry) = ns.param_lists();
    let mut codes: Vec<Vec<String>> = vec![Vec::new(); lists.len()];
    for (e, list) in ns.entries.iter().zip(of_entry) {
        if let Some(list) = list {
            codes[list].push(code_literal(&e.code));
        }
    }
    lists
        .iter()
        .zip(codes)
        .map(|(params, codes)| {
            let fields: Vec<String> = params
                .iter()
                .map(|p| {
                    let ty = match p.ty {
                        crate::catalog::ParamType::String => "string",
                        crate::catalog::ParamType::Int => "number | bigint",
                        crate::catalog::ParamType::Float => "number",
                    };
                    format!("readonly {}: {ty}", p.name)
                })
                .collect();
            (codes.join(" | "), format!("{{ {} }}", fields.join("; ")))
        })
        .collect()
}

/// Symbols are the object's keys exactly as the API spells them: any wire name is a property
/// name, and `fromSymbol` looks them up there.
fn namespace_view<'a>(catalog: &'a Catalog, ns: &'a Namespace) -> NamespaceView<'a> {
    let export = TypeScript.module(&ns.name);
    NamespaceView {
        file: ns.name.clone(),
        export,
        param_groups: param_groups(ns),
        pascal: naming::pascal(&ns.name),
        ty: TypeScript.type_name(&ns.name),
        error: TypeScript.error_type(&ns.name),
        problem: TypeScript.problem_type(&ns.name),
        problem_prefix: catalog.problem_prefix(&ns.name).map(|p| literal(&p)),
        status: catalog.has_http_status(),
        doc: block_comment_text(&ns.description),
        retired: ns.retired.codes.iter().map(code_literal).collect(),
        code_type: ts_code_type(ns.code_type),
        code_jsdoc: format!("{{{}}}", ts_code_type(ns.code_type)),
        string_codes: ns.code_type == CodeType::String,
        code_noun: match ns.code_type {
            CodeType::Integer => "an integer code of 32 bits",
            CodeType::String => "a string code",
        },
        options_jsdoc: "{{ cause?: unknown, arguments?: Readonly<Record<string, string | number | bigint>> } | undefined}",
        cause_jsdoc: "{{ cause?: unknown } | undefined}",
        attributes: catalog
            .attributes
            .iter()
            .map(|a| AttributeView {
                field: TypeScript.attribute(&a.name),
                unset: value_literal(&a.unset()),
                lookup: format!("{}Of", TypeScript.attribute(&a.name)),
                ty: match a.ty {
                    AttributeType::Int => "number",
                    AttributeType::Bool => "boolean",
                    AttributeType::String => "string",
                    AttributeType::StringList => "readonly string[]",
                },
                doc: block_comment_text(if a.doc.is_empty() { &a.name } else { &a.doc }),
            })
            .collect(),
        entries: ns.entries.iter().map(|entry| EntryView { catalog, entry }).collect(),
    }
}

/// Catalog text inside a `/** */` comment, which editors render as Markdown: [`markdown_text`],
/// with no `*/` to close the comment early, and `@` as a character reference, since `JSDoc`
/// starts a tag at `@` even after a backslash.
fn block_comment_text(s: &str) -> String {
    let mut text = markdown_text(s);
    // Rare: most text is copied once, not three times.
    if text.contains("*/") {
        text = text.replace("*/", "*&#47;");
    }
    if text.contains("\\@") {
        text = text.replace("\\@", "&#64;");
    }
    text
}

/// The TypeScript type of a namespace's codes.
fn ts_code_type(code_type: CodeType) -> &'static str {
    match code_type {
        CodeType::Integer => "number",
        CodeType::String => "string",
    }
}

/// A code as a JavaScript literal.
fn code_literal(code: &Code) -> String {
    super::code_literal(code, |n| n.to_string(), literal)
}

/// An attribute value as a JavaScript literal; a list is frozen like the rest of the data.
fn value_literal(value: &Value) -> String {
    match value {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => literal(s),
        Value::StringList(items) => frozen_array(&items.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", ")),
    }
}

/// A JavaScript string literal; printable text stays readable.
fn literal(s: &str) -> String {
    quoted(s, braced_unicode_escape)
}

/// [`literal`], appended to `out`.
fn literal_into(out: &mut String, s: &str) {
    quote_into(out, s, braced_unicode_escape);
}

#[derive(Template)]
#[template(path = "typescript/package.json", escape = "none")]
struct PackageJson<'a> {
    header: &'a str,
    catalog: &'a Catalog,
    namespaces: &'a [NamespaceView<'a>],
    /// `"key": value` members from the catalog's metadata.
    manifest: Vec<String>,
}

/// The `package.json` members npm reads, from the catalog's metadata: `"private": true` unless
/// the catalog publishes the npm package (npm then refuses to publish it), `UNLICENSED` without
/// a license.
fn manifest(catalog: &Catalog) -> Vec<String> {
    let meta = &catalog.metadata;
    let mut lines = vec![
        format!("\"description\": {}", json_string(&meta.description)),
        format!("\"license\": {}", json_string(meta.license.as_deref().unwrap_or("UNLICENSED"))),
    ];
    lines.extend(meta.homepage.iter().map(|url| format!("\"homepage\": {}", json_string(url))));
    if let Some(git) = meta.git_url() {
        lines.push(format!("\"repository\": {{ \"type\": \"git\", \"url\": {} }}", json_string(&format!("git+{git}"))));
    }
    if let Some(first) = meta.authors.first() {
        lines.push(format!("\"author\": {}", json_string(first)));
    }
    if meta.authors.len() > 1 {
        let rest: Vec<String> = meta.authors[1..].iter().map(|a| json_string(a)).collect();
        lines.push(format!("\"contributors\": [{}]", rest.join(", ")));
    }
    if !meta.keywords.is_empty() {
        let words: Vec<String> = meta.keywords.iter().map(|k| json_string(k)).collect();
        lines.push(format!("\"keywords\": [{}]", words.join(", ")));
    }
    if !meta.publish.to(TypeScript.name()) {
        lines.push("\"private\": true".to_owned());
    }
    lines
}

#[derive(Template)]
#[template(path = "typescript/index.js", escape = "none")]
struct IndexJs<'a> {
    header: &'a str,
    namespaces: &'a [NamespaceView<'a>],
}

#[derive(Template)]
#[template(path = "typescript/index.d.ts", escape = "none")]
struct IndexDts<'a> {
    header: &'a str,
    namespaces: &'a [NamespaceView<'a>],
}

#[derive(Template)]
#[template(path = "typescript/frozen-map.js", escape = "none")]
struct FrozenMapJs<'a> {
    header: &'a str,
}

#[derive(Template)]
#[template(path = "typescript/format.js", escape = "none")]
struct FormatJs<'a> {
    header: &'a str,
}

#[derive(Template)]
#[template(path = "typescript/format.d.ts", escape = "none")]
struct FormatDts<'a> {
    header: &'a str,
}

#[derive(Template)]
#[template(path = "typescript/locale.js", escape = "none")]
struct LocaleJs<'a> {
    header: &'a str,
    locales: &'a [String],
    default_locale: &'a str,
}

#[derive(Template)]
#[template(path = "typescript/locale.d.ts", escape = "none")]
struct LocaleDts<'a> {
    header: &'a str,
    locales: &'a [String],
    default_locale: &'a str,
}

#[derive(Template)]
#[template(path = "typescript/namespace.js", escape = "none")]
struct NamespaceJs<'a> {
    header: &'a str,
    ns: &'a NamespaceView<'a>,
}

#[derive(Template)]
#[template(path = "typescript/namespace.d.ts", escape = "none")]
struct NamespaceDts<'a> {
    header: &'a str,
    ns: &'a NamespaceView<'a>,
}

/// A frozen array of `items` (JavaScript expressions), marked pure: inside the entries, which a
/// bundler may drop only when every call in them is marked so.
fn frozen_array(items: &str) -> String {
    format!("/* @__PURE__ */ Object.freeze([{items}])")
}
