//! A namespace's tables as C initializers: entries and messages in catalog order, the index
//! tables its lookups search by halves (by code, by symbol), and each attribute's exceptions to
//! its default. Every text is a literal of ASCII only, or, past the 4,095 bytes C promises a
//! literal, a `char` array of its own.

use std::fmt::Write as _;

use super::{C, comment};
use crate::catalog::{Attribute, AttributeType, Catalog, Code, CodeType, Namespace, Value};
use crate::escape::c_string;
use crate::targets::Naming;

/// The longest text written as a string literal: C11's translation limit is 4,095 characters
/// after concatenation (`gcc -pedantic` warns past it), less room for the NUL.
const LITERAL_BYTES: usize = 4_000;

/// Where a literal's source line is broken into adjacent literals.
const LINE_BYTES: usize = 96;

/// What a namespace's file and the header's section of it show.
pub struct NamespaceView {
    pub name: String,
    pub description: String,
    /// `<pkg>_<namespace>`, the start of every function of it.
    pub prefix: String,
    /// `<pkg>_<namespace>_code`.
    pub type_name: String,
    /// The type before a declarator: `int32_t ` or `const char *`.
    pub code_type: &'static str,
    pub string: bool,
    /// `int` or `string`: which entry struct and search it uses.
    pub kind: &'static str,
    /// What a lookup past the end answers: `0` or `NULL`.
    pub zero: &'static str,
    pub constants: Vec<ConstantView>,
    pub long_texts: Vec<LongText>,
    pub entries: Vec<String>,
    pub messages: Vec<String>,
    pub by_code: Vec<String>,
    pub names: Vec<String>,
    pub retired: Vec<String>,
    pub attributes: Vec<AttributeView>,
    /// Bytes to reserve for the rendered file.
    pub capacity: usize,
}

pub struct ConstantView {
    pub name: String,
    pub value: String,
    pub doc: String,
}

/// A text past [`LITERAL_BYTES`], as a `char` array with its NUL.
pub struct LongText {
    pub name: String,
    pub length: usize,
    pub lines: Vec<String>,
}

pub struct AttributeView {
    pub name: String,
    pub doc: String,
    /// `<pkg>_<namespace>_<attribute>`.
    pub function: String,
    /// The type before `*value`: `int32_t `, `bool `, `const char *`, `const char *const *`.
    pub c_type: &'static str,
    /// The values table's type before its name.
    pub table_type: &'static str,
    /// The tables' name: `attribute<i>`.
    pub id: String,
    /// The entries (by position) whose value is not `unset`, in order, and their values.
    pub at: Vec<String>,
    pub values: Vec<String>,
    pub unset: String,
    /// The string lists the values point at.
    pub lists: Vec<ListView>,
}

pub struct ListView {
    pub name: String,
    pub items: Vec<String>,
}

/// Texts of a file: each a literal, or a name of a [`LongText`] it adds.
struct Texts {
    long: Vec<LongText>,
}

impl Texts {
    /// `s` as an expression of type `const char *`; `hint` names its array if it needs one.
    fn text(&mut self, s: &str, hint: impl FnOnce() -> String) -> String {
        if s.len() <= LITERAL_BYTES {
            return c_string(s, LINE_BYTES, "        ");
        }
        let name = hint();
        let bytes: Vec<String> = s.bytes().chain([0]).map(|b| format!("'\\{b:03o}'")).collect();
        let lines = bytes.chunks(12).map(|chunk| format!("{},", chunk.join(", "))).collect();
        self.long.push(LongText { name: name.clone(), length: s.len() + 1, lines });
        name
    }
}

/// A code as a C constant expression (`131601`, `(-2147483647 - 1)`, `"42P01"`).
fn code_literal(code: &Code, texts: &mut Texts, hint: impl FnOnce() -> String) -> String {
    match code {
        Code::Int(i32::MIN) => "(-2147483647 - 1)".to_owned(),
        Code::Int(n) => n.to_string(),
        Code::Str(s) => texts.text(s, hint),
    }
}

/// The order the C side searches in: integers by value, strings as `strcmp` compares them
/// (bytes as unsigned char, which is `str`'s order).
fn code_order(a: &Code, b: &Code) -> std::cmp::Ordering {
    match (a, b) {
        (Code::Int(a), Code::Int(b)) => a.cmp(b),
        (Code::Str(a), Code::Str(b)) => a.as_bytes().cmp(b.as_bytes()),
        _ => std::cmp::Ordering::Equal,
    }
}

pub fn namespace_view(catalog: &Catalog, ns: &Namespace, pkg: &str) -> NamespaceView {
    let string = ns.code_type == CodeType::String;
    let upper = pkg.to_ascii_uppercase();
    let mut texts = Texts { long: Vec::new() };
    let mut constants = Vec::new();
    let mut entries = Vec::with_capacity(ns.entries.len());
    let mut messages = Vec::with_capacity(ns.entries.len());
    for (i, e) in ns.entries.iter().enumerate() {
        let code = code_literal(&e.code, &mut texts, || format!("code{i}"));
        let value = match &e.code {
            Code::Int(_) => format!("((int32_t){code})"),
            Code::Str(_) => code.clone(),
        };
        let doc = comment(e.message(catalog, catalog.default_locale));
        constants.push(ConstantView {
            name: format!("{upper}_{}", C.constant(&ns.name, &e.symbol)),
            value: value.clone(),
            doc,
        });
        for alias in &e.aliases {
            constants.push(ConstantView {
                name: format!("{upper}_{}", C.constant(&ns.name, alias)),
                value: value.clone(),
                doc: format!("An alias of {upper}_{}.", C.constant(&ns.name, &e.symbol)),
            });
        }
        let symbol = texts.text(&e.symbol, || format!("symbol{i}"));
        let deprecation = e
            .deprecated
            .as_ref()
            .map_or_else(|| "NULL".to_owned(), |d| texts.text(&d.note(), || format!("deprecation{i}")));
        entries.push(format!("{{{code}, {symbol}, {}, {deprecation}}}", !e.params.is_empty()));
        let row: Vec<String> = e
            .messages
            .iter()
            .enumerate()
            .map(|(l, m)| {
                m.as_deref().map_or_else(|| "NULL".to_owned(), |m| texts.text(m, || format!("message{i}At{l}")))
            })
            .collect();
        messages.push(row.join(",\n    "));
    }
    let mut order: Vec<usize> = (0..ns.entries.len()).collect();
    order.sort_by(|&a, &b| code_order(&ns.entries[a].code, &ns.entries[b].code));
    let by_code = numbers(order.iter());
    let mut symbols: Vec<(&str, usize)> = ns
        .entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            std::iter::once(e.symbol.as_str()).chain(e.aliases.iter().map(String::as_str)).map(move |s| (s, i))
        })
        .collect();
    symbols.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let names = symbols
        .iter()
        .enumerate()
        .map(|(n, (symbol, i))| format!("{{{}, {i}}}", texts.text(symbol, || format!("name{n}"))))
        .collect();
    let retired = ns
        .retired
        .codes
        .iter()
        .enumerate()
        .map(|(r, code)| code_literal(code, &mut texts, || format!("retired{r}")))
        .collect();
    let attributes =
        catalog.attributes.iter().enumerate().map(|(i, a)| attribute_view(ns, i, a, pkg, &mut texts)).collect();
    let messages_bytes: usize = ns.entries.iter().flat_map(|e| e.messages.iter().flatten()).map(String::len).sum();
    NamespaceView {
        name: ns.name.clone(),
        description: comment(&ns.description),
        prefix: format!("{pkg}_{}", ns.name),
        type_name: format!("{pkg}_{}", C.type_name(&ns.name)),
        code_type: if string { "const char *" } else { "int32_t " },
        string,
        kind: if string { "string" } else { "int" },
        zero: if string { "NULL" } else { "0" },
        constants,
        long_texts: texts.long,
        entries,
        messages,
        by_code,
        names,
        retired,
        attributes,
        capacity: ns.entries.len() * super::super::BYTES_PER_ENTRY + messages_bytes * 5,
    }
}

/// Numbers, 16 to a line, each followed by a comma.
fn numbers<'a>(items: impl Iterator<Item = &'a usize>) -> Vec<String> {
    let items: Vec<String> = items.map(ToString::to_string).collect();
    items.chunks(16).map(|chunk| format!("{},", chunk.join(", "))).collect()
}

fn attribute_view(ns: &Namespace, i: usize, a: &Attribute, pkg: &str, texts: &mut Texts) -> AttributeView {
    let id = format!("attribute{i}");
    let mut lists = Vec::new();
    let mut value = |v: &Value, hint: String, texts: &mut Texts| match v {
        Value::Int(i32::MIN) => "(-2147483647 - 1)".to_owned(),
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => texts.text(s, || hint),
        Value::StringList(items) => {
            let items = items.iter().enumerate().map(|(k, s)| texts.text(s, || format!("{hint}Item{k}"))).collect();
            lists.push(ListView { name: hint.clone(), items });
            hint
        }
    };
    let unset = value(&a.unset(), format!("{id}Unset"), texts);
    let exceptions = ns.attribute_exceptions(i, a);
    let at = exceptions.iter().map(|(p, _)| p.to_string()).collect();
    let values = exceptions.iter().map(|(p, v)| value(v, format!("{id}Entry{p}"), texts)).collect();
    let (c_type, table_type) = match a.ty {
        AttributeType::Int => ("int32_t ", "const int32_t "),
        AttributeType::Bool => ("bool ", "const bool "),
        AttributeType::String => ("const char *", "const char *const "),
        AttributeType::StringList => ("const char *const *", "const char *const *const "),
    };
    let mut doc = comment(&a.doc);
    if doc.is_empty() {
        let _ = write!(doc, "`{}`", a.name);
    }
    AttributeView {
        name: a.name.clone(),
        doc,
        function: format!("{pkg}_{}_{}", ns.name, C.attribute(&a.name)),
        c_type,
        table_type,
        id,
        at,
        values,
        unset,
        lists,
    }
}
