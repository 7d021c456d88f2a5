//! Java 17: a Maven module with one `enum` per namespace. Sources are pure ASCII (`\uXXXX`
//! escapes), so they compile whatever the platform's default charset.

use std::fmt::Write as _;

use askama::Template;

use super::{BYTES_PER_ENTRY, Name, Target, comment_text, quoted, render_sized};
use crate::catalog::{Catalog, Namespace};
use crate::naming;
use crate::output::File;

pub struct Java;

/// Keywords and literals of JLS 17 §3.9 and §3.10.3 to §3.10.8: none can be a package segment,
/// and Java has no way to escape one.
const KEYWORDS: &[&str] = &[
    "_", "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
    "continue", "default", "do", "double", "else", "enum", "extends", "false", "final", "finally",
    "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
    "native", "new", "null", "package", "private", "protected", "public", "return", "short",
    "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient",
    "true", "try", "void", "volatile", "while",
];

/// Static fields the generated enum declares beside its constants (same name space in Java).
const MEMBERS: &[&str] = &["VALUES", "CODES", "BY_SYMBOL", "RETIRED_CODES"];

/// Classes the package defines beside one per namespace.
const OWN_CLASSES: &[&str] = &["Locales"];

impl Target for Java {
    fn name(&self) -> &'static str {
        "java"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        match name {
            Name::JavaPackage(package) => {
                let bad = package.split('.').find(|seg| {
                    KEYWORDS.contains(seg)
                        || !seg.starts_with(|c: char| c.is_ascii_lowercase())
                        || !seg.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                });
                bad.map(|seg| {
                    format!("java_package `{package}`: `{seg}` is not a lowercase Java identifier that is not a keyword (JLS 3.9)")
                })
            }
            Name::Namespace(ns) => {
                let ty = naming::type_name(ns);
                OWN_CLASSES.contains(&ty.as_str()).then(|| format!("`{ty}` is a class the generated package defines itself"))
            }
            Name::Symbol(symbol) => MEMBERS
                .contains(&symbol)
                .then(|| format!("`{symbol}` clashes with a static field the generated enum declares")),
            Name::Package(_) => None,
        }
    }

    /// javac compiles all enum constants into one class initializer, and a JVM method holds at
    /// most 64 KiB of bytecode: about 25 bytes a constant plus 6 a message (measured with two
    /// locales: 1,800 codes compile, 1,900 do not). The limit keeps a margin below that.
    fn reject_size(&self, entries: usize, locales: usize) -> Option<String> {
        let limit = 56_000 / (25 + 6 * locales) / 100 * 100;
        (entries > limit).then(|| {
            format!("{entries} codes is more than the {limit} a Java enum can hold with {locales} locales (javac's 64 KiB class-initializer limit)")
        })
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let dir = format!("src/main/java/{}", catalog.java_package.replace('.', "/"));
        let locales: Vec<String> = catalog.locales.iter().map(|l| literal(l)).collect();
        let mut files = vec![
            File::new("pom.xml", Pom { header: &header, catalog }.render()?),
            File::new(
                format!("{dir}/Locales.java"),
                LocalesJava {
                    header: &header,
                    package: &catalog.java_package,
                    locales: &locales,
                    default_locale: catalog.default_locale,
                }
                .render()?,
            ),
        ];
        for ns in &catalog.namespaces {
            let view = namespace_view(ns);
            files.push(File::new(
                format!("{dir}/{}.java", view.ty),
                render_sized(&NamespaceJava { header: &header, package: &catalog.java_package, ns: &view }, view.entries.len() * BYTES_PER_ENTRY)?,
            ));
        }
        Ok(files)
    }
}

struct NamespaceView {
    name: String,
    ty: String,
    entries: Vec<EntryView>,
    retired: Vec<i32>,
}

struct EntryView {
    code: i32,
    symbol: String,
    /// `(alias, its string literal)`.
    aliases: Vec<(String, String)>,
    /// The deprecation note: as a literal, and as Javadoc text.
    deprecated: Option<(String, String)>,
    /// The messages as constructor arguments, in catalog locale order.
    messages: String,
}

fn namespace_view(ns: &Namespace) -> NamespaceView {
    NamespaceView {
        name: ns.name.clone(),
        ty: naming::type_name(&ns.name),
        retired: ns.retired.codes.clone(),
        entries: ns
            .entries
            .iter()
            .map(|e| EntryView {
                code: e.code,
                symbol: e.symbol.clone(),
                aliases: e.aliases.iter().map(|a| (a.clone(), literal(a))).collect(),
                deprecated: e.deprecated.as_ref().map(|d| (literal(&d.note()), doc_text(&d.note()))),
                messages: e.messages.iter().map(|m| literal(m)).collect::<Vec<_>>().join(", "),
            })
            .collect(),
    }
}

/// Catalog text inside Javadoc: one line with backslashes doubled (so javac reads no `\u`
/// escape, see [`comment_text`]), and HTML-escaped, so no `*/`, tag or `{@` inline tag forms.
fn doc_text(s: &str) -> String {
    let mut out = String::new();
    for c in comment_text(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '@' => out.push_str("&#64;"),
            '{' => out.push_str("&#123;"),
            '/' => out.push_str("&#47;"),
            c if !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "&#x{unit:04x};");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A Java string literal in pure ASCII. Every character outside printable ASCII is a `\uXXXX`
/// escape of its UTF-16 units, except line terminators: javac turns `\u000a` into a real newline
/// before it reads the literal, so those take `\n` and `\r`.
fn literal(s: &str) -> String {
    // `quoted` keeps printable ASCII; everything else reaching here is escaped.
    quoted(s, |c, out| {
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            let _ = write!(out, "\\u{unit:04x}");
        }
        true
    })
}

#[derive(Template)]
#[template(path = "java/pom.xml", escape = "none")]
struct Pom<'a> {
    header: &'a str,
    catalog: &'a Catalog,
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
#[template(path = "java/namespace.java", escape = "none")]
struct NamespaceJava<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView,
}

#[cfg(test)]
mod tests {
    use super::literal;

    #[test]
    fn ascii_literals() {
        assert_eq!(literal("a\"\\\n\r\u{0}错😀"), r#""a\"\\\n\r\u0000\u9519\ud83d\ude00""#);
    }
}
