//! A namespace as the Kotlin templates show it: its value class, its data objects (codes in
//! catalog order, a bounded number each) and its attributes' parts, every text a Kotlin literal.

use std::fmt::Write as _;

use super::Kotlin;
use crate::catalog::{Attribute, AttributeType, Catalog, Code, CodeType, Namespace, ParamType, Value};
use crate::escape::{must_escape, quoted, visible_codepoint};
use crate::targets::Naming;
use crate::targets::jvm::{CONSTANT_PART_BYTES, DATA_ELEMENTS, chunk_size, split_modified_utf8};

/// A Kotlin string literal: `"`, `\` and `$` (a template otherwise) escaped, every character
/// [`must_escape`] flags as `\uXXXX` (UTF-16 units), other text as it is (Kotlin reads UTF-8).
/// Past a constant's 65,535 bytes, parts joined when the class loads (the compiler would fold
/// `"a" + "b"` into one constant).
pub fn literal(s: &str) -> String {
    if s.len() > CONSTANT_PART_BYTES / 3 {
        let parts = split_modified_utf8(s, CONSTANT_PART_BYTES);
        if parts.len() > 1 {
            let parts: Vec<String> = parts.into_iter().map(part_literal).collect();
            return format!("arrayOf({}).joinToString(\"\")", parts.join(", "));
        }
    }
    part_literal(s)
}

fn part_literal(s: &str) -> String {
    quoted(s, |c, out| {
        if must_escape(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
            true
        } else {
            false
        }
    })
    .replace('$', "\\$")
}

/// Catalog text in a `KDoc` comment: one line, `*/` and `/*` (Kotlin nests comments) broken up,
/// invisible and control characters as `U+XXXX`.
pub fn kdoc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c == '/' && out.ends_with('*')) || (c == '*' && out.ends_with('/')) {
            out.push(' ');
        }
        if must_escape(c) {
            visible_codepoint(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

pub struct NamespaceView {
    pub name: String,
    pub description: String,
    pub ty: String,
    pub error: String,
    pub table: String,
    /// `Int` or `String`.
    pub value_type: &'static str,
    pub array_type: &'static str,
    pub string: bool,
    pub code_noun: &'static str,
    pub serial_name: String,
    pub primitive: &'static str,
    pub primitive_name: &'static str,
    pub constants: Vec<ConstantView>,
    pub retired: Vec<String>,
    pub attributes: Vec<AttributeView>,
    pub factories: Vec<FactoryView>,
    pub problem_prefix: Option<String>,
    pub status: bool,
    /// Codes per data object.
    pub chunk: usize,
    /// The data objects, in order.
    pub chunks: Vec<String>,
}

pub struct ConstantView {
    pub name: String,
    pub value: String,
    pub doc: String,
}

pub struct AttributeView {
    pub property: String,
    pub ty: &'static str,
    pub doc: String,
    /// The value at position `it`, an expression.
    pub expr: String,
}

pub struct FactoryView {
    pub name: String,
    pub doc: String,
    pub code: String,
    pub params: Vec<ParamView>,
}

pub struct ParamView {
    pub name: String,
    pub ty: &'static str,
    pub key: String,
}

pub struct DataFile {
    pub name: String,
    pub first: usize,
    pub last: usize,
    pub array_type: &'static str,
    pub array_of: &'static str,
    pub codes: Vec<String>,
    pub symbols: Vec<String>,
    pub deprecations: Vec<String>,
    pub params: Vec<bool>,
    pub messages: Vec<String>,
    pub aliases: Vec<(String, usize)>,
    pub capacity: usize,
}

pub struct AttributeFile {
    pub name: String,
    pub attribute: String,
    pub ty: &'static str,
    pub values_type: &'static str,
    pub values_of: &'static str,
    pub at: Vec<usize>,
    pub values: Vec<String>,
}

fn code_literal(code: &Code) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Str(s) => literal(s),
    }
}

fn value_literal(value: &Value) -> String {
    match value {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => literal(s),
        Value::StringList(items) => {
            format!("listOf<String>({})", items.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", "))
        }
    }
}

/// Codes per data object: a code, its symbol, deprecation and parameters flag, room for an
/// alias, and a message per locale.
pub fn chunk(catalog: &Catalog) -> usize {
    chunk_size(5 + catalog.locales.len())
}

/// The view of `ns`, its data objects and its attributes' parts.
pub fn namespace(
    catalog: &Catalog,
    ns: &Namespace,
    package: &str,
) -> (NamespaceView, Vec<DataFile>, Vec<AttributeFile>) {
    let ty = Kotlin.type_name(&ns.name);
    let string = ns.code_type == CodeType::String;
    let (value_type, array_type, array_of) =
        if string { ("String", "Array<String>", "arrayOf") } else { ("Int", "IntArray", "intArrayOf") };
    let mut constants = Vec::new();
    for e in &ns.entries {
        let doc = kdoc(e.message(catalog, catalog.default_locale));
        constants.push(ConstantView { name: Kotlin.constant(&ns.name, &e.symbol), value: code_literal(&e.code), doc });
        for alias in &e.aliases {
            constants.push(ConstantView {
                name: Kotlin.constant(&ns.name, alias),
                value: code_literal(&e.code),
                doc: format!("An alias of [{}].", Kotlin.constant(&ns.name, &e.symbol)),
            });
        }
    }
    let chunk = chunk(catalog);
    let mut data = Vec::new();
    for (n, entries) in ns.entries.chunks(chunk).enumerate() {
        let first = n * chunk;
        let messages = entries
            .iter()
            .flat_map(|e| e.messages.iter().map(|m| m.as_deref().map_or_else(|| "null".to_owned(), literal)))
            .collect::<Vec<_>>();
        let capacity = messages.iter().map(String::len).sum::<usize>() + entries.len() * 200;
        data.push(DataFile {
            name: format!("{ty}Data{n}"),
            first,
            last: first + entries.len() - 1,
            array_type,
            array_of,
            codes: entries.iter().map(|e| code_literal(&e.code)).collect(),
            symbols: entries.iter().map(|e| literal(&e.symbol)).collect(),
            deprecations: entries
                .iter()
                .map(|e| e.deprecated.as_ref().map_or_else(|| "null".to_owned(), |d| literal(&d.note())))
                .collect(),
            params: entries.iter().map(|e| !e.params.is_empty()).collect(),
            messages,
            aliases: entries
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.aliases.iter().map(move |a| (literal(a), first + i)))
                .collect(),
            capacity,
        });
    }
    let mut parts = Vec::new();
    let attributes = catalog.attributes.iter().enumerate().map(|(i, a)| attribute(ns, i, a, &ty, &mut parts)).collect();
    let factories = ns
        .entries
        .iter()
        .filter(|e| !e.params.is_empty())
        .map(|e| FactoryView {
            name: Kotlin.constructor(&ns.name, &e.symbol).expect("Kotlin names a factory per code"),
            doc: kdoc(e.message(catalog, catalog.default_locale)),
            code: code_literal(&e.code),
            params: e
                .params
                .iter()
                .map(|p| ParamView {
                    name: Kotlin.parameter(&p.name),
                    ty: match p.ty {
                        ParamType::String => "String",
                        ParamType::Int => "Long",
                        ParamType::Float => "Double",
                    },
                    key: literal(&p.name),
                })
                .collect(),
        })
        .collect();
    let view = NamespaceView {
        name: ns.name.clone(),
        description: kdoc(&ns.description),
        error: Kotlin.error_type(&ns.name),
        table: format!("{ty}Table"),
        value_type,
        array_type,
        string,
        code_noun: if string { "a string" } else { "an integer (32 bits)" },
        serial_name: literal(&format!("{package}.{ty}")),
        primitive: if string { "STRING" } else { "INT" },
        primitive_name: value_type,
        constants,
        retired: ns.retired.codes.iter().map(code_literal).collect(),
        attributes,
        factories,
        problem_prefix: catalog.problem_prefix(&ns.name).map(|p| literal(&p)),
        status: catalog.has_http_status(),
        chunk,
        chunks: data.iter().map(|d| d.name.clone()).collect(),
        ty,
    };
    (view, data, parts)
}

/// An attribute's property, and the parts holding the codes whose value is not the default, a
/// bounded number of array elements each.
fn attribute(ns: &Namespace, i: usize, a: &Attribute, ty: &str, parts: &mut Vec<AttributeFile>) -> AttributeView {
    let (kotlin_type, values_type, values_of) = match a.ty {
        AttributeType::Int => ("Int", "IntArray", "intArrayOf"),
        AttributeType::Bool => ("Boolean", "BooleanArray", "booleanArrayOf"),
        AttributeType::String => ("String", "Array<String>", "arrayOf"),
        AttributeType::StringList => ("List<String>", "Array<List<String>>", "arrayOf"),
    };
    let property = Kotlin.attribute(&a.name);
    let exceptions = ns.attribute_exceptions(i, a);
    let cost = |v: &Value| 2 + if let Value::StringList(items) = v { items.len() } else { 0 };
    let mut names = Vec::new();
    let mut rest = exceptions.as_slice();
    while !rest.is_empty() {
        let mut take = 0;
        let mut spent = 0;
        while take < rest.len() && (spent + cost(rest[take].1) <= DATA_ELEMENTS || take == 0) {
            spent += cost(rest[take].1);
            take += 1;
        }
        let name = format!("{ty}Attribute{}{}", crate::naming::pascal(&a.name), names.len());
        parts.push(AttributeFile {
            name: name.clone(),
            attribute: a.name.clone(),
            ty: kotlin_type,
            values_type,
            values_of,
            at: rest[..take].iter().map(|(p, _)| *p).collect(),
            values: rest[..take].iter().map(|(_, v)| value_literal(v)).collect(),
        });
        names.push(name);
        rest = &rest[take..];
    }
    let expr = names
        .iter()
        .map(|n| format!("{n}.at(it)"))
        .chain(std::iter::once(value_literal(&a.unset())))
        .collect::<Vec<_>>()
        .join(" ?: ");
    AttributeView { property, ty: kotlin_type, doc: kdoc(&a.doc), expr }
}
