//! Reference docs: one Markdown page per namespace per locale, so a reviewer reads the human
//! change (a message, a deprecation) next to the code change.

use std::fmt::Write as _;

use askama::Template;

mod words;

use super::{Name, Refusal, Target, capacity, render_sized};
use crate::catalog::{Catalog, Code, Entry, Namespace};
use crate::escape::markdown_text;
use crate::output::File;

pub struct Docs;

impl Target for Docs {
    fn name(&self) -> &'static str {
        "docs"
    }

    fn reject(&self, _name: Name<'_>) -> Option<String> {
        None
    }

    /// A page per namespace and locale: `<namespace>.<locale>.md` must fit in a file name.
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        let longest = catalog.locales.iter().max_by_key(|l| l.len()).map_or("", String::as_str);
        catalog
            .namespaces
            .iter()
            .filter_map(|ns| {
                super::file_too_long(&format!("{}.{longest}.md", ns.name)).map(|reason| Refusal {
                    rule: "reserved-name",
                    help: super::RENAME,
                    at: ns.at,
                    entry: None,
                    reason,
                })
            })
            .collect()
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let pages: Vec<PageLink> = catalog
            .namespaces
            .iter()
            .map(|ns| PageLink {
                name: ns.name.clone(),
                description: markdown_text(&ns.description),
                locales: catalog
                    .locales
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let translated = ns.entries.iter().filter(|e| e.messages[i].is_some()).count();
                        (l.clone(), page_file(ns, l), format!("{translated}/{}", ns.entries.len()))
                    })
                    .collect(),
            })
            .collect();
        let attributes: Vec<AttributeRow> = catalog
            .attributes
            .iter()
            .map(|a| AttributeRow {
                name: a.name.clone(),
                ty: a.ty.spelling(),
                default: a.default.as_ref().map_or_else(
                    || {
                        format!(
                            "none: every entry sets it (a code not listed has {})",
                            markdown_text(&a.unset().to_string())
                        )
                    },
                    |d| markdown_text(&d.to_string()),
                ),
                doc: markdown_text(&a.doc),
            })
            .collect();
        let mut files = vec![File::new(
            "index.md",
            Index { header: &header, catalog, pages: &pages, attributes: &attributes }.render()?,
        )];
        for (ns, link) in catalog.namespaces.iter().zip(&pages) {
            for (i, locale) in catalog.locales.iter().enumerate() {
                let words = words::for_locale(locale);
                let default = catalog.default_locale_tag();
                let page = Page {
                    header: &header,
                    ns: link,
                    locale,
                    title: words.title.replace("{ns}", &format!("`{}`", ns.name)),
                    words,
                    coverage: (i != catalog.default_locale).then(|| {
                        words
                            .coverage
                            .replace("{locale}", locale)
                            .replace("{coverage}", &link.locales[i].2)
                            .replace("{default}", default)
                    }),
                    rows: ns.entries.iter().map(|entry| Row { catalog, entry, locale: i, words }).collect(),
                    attribute_rows: ns
                        .entries
                        .iter()
                        .map(|entry| Row { catalog, entry, locale: i, words })
                        .filter_map(|row| Some((row.code_link(), row.attributes())).filter(|(_, a)| !a.is_empty()))
                        .collect(),
                    retired: retired(ns),
                };
                files.push(File::new(page_file(ns, locale), render_sized(&page, capacity(ns) / 2)?));
            }
        }
        Ok(files)
    }
}

fn page_file(ns: &Namespace, locale: &str) -> String {
    format!("{}.{locale}.md", ns.name)
}

struct PageLink {
    name: String,
    description: String,
    /// `(locale, page file, entries translated of all, as `12/40`)`.
    locales: Vec<(String, String, String)>,
}

/// A declared attribute, for the index's table.
struct AttributeRow {
    name: String,
    ty: &'static str,
    default: String,
    doc: String,
}

/// One entry's row of a page, each cell made when the template asks for it (see the Rust
/// target's `EntryView`: a page of 100,000 codes would otherwise hold half a million strings).
/// An entry the catalog does not translate into the page's locale shows the default locale's
/// message, marked, as the generated code falls back to it.
#[derive(Clone, Copy)]
struct Row<'a> {
    catalog: &'a Catalog,
    entry: &'a Entry,
    /// The page's locale, by position.
    locale: usize,
    words: &'static words::Words,
}

impl Row<'_> {
    /// An anchor per code, by its symbol (a wire name: a valid id, unique in the page), so a
    /// link can point at one: `larkea.en.md#DEVICE_NOT_FOUND`.
    fn code(&self) -> String {
        match &self.entry.code {
            // Digits need no escaping.
            Code::Int(n) => format!("<a id=\"{}\"></a>{n}", self.entry.symbol),
            Code::Str(code) => format!("<a id=\"{}\"></a>{}", self.entry.symbol, markdown_text(code)),
        }
    }

    /// The code as a link to its row (which holds the anchor): for the attributes' table.
    fn code_link(&self) -> String {
        let code = match &self.entry.code {
            Code::Int(n) => n.to_string(),
            Code::Str(code) => markdown_text(code),
        };
        format!("[{code}](#{})", self.entry.symbol)
    }

    fn symbols(&self) -> String {
        let mut symbols = String::with_capacity(self.entry.aliases.iter().map(|a| a.len() + 4).sum::<usize>() + 32);
        let _ = write!(symbols, "`{}`", self.entry.symbol);
        for alias in &self.entry.aliases {
            let _ = write!(symbols, ", `{alias}`");
        }
        symbols
    }

    fn message(&self) -> String {
        let (e, catalog, words) = (self.entry, self.catalog, self.words);
        let mut message = match &e.messages[self.locale] {
            Some(m) => markdown_text(m),
            None => format!(
                "{} *({})*",
                markdown_text(e.default_message(catalog)),
                words.not_translated.replace("{default}", catalog.default_locale_tag())
            ),
        };
        // A template's placeholders, with what each takes.
        for (i, p) in e.params.iter().enumerate() {
            if i == 0 {
                let _ = write!(message, "<br>{}: ", words.parameters);
            } else {
                message.push_str(", ");
            }
            let _ = write!(message, "`{}` {}", p.name, p.ty.name());
        }
        message
    }

    fn deprecated(&self) -> String {
        self.entry.deprecated.as_ref().map(|d| markdown_text(&d.note())).unwrap_or_default()
    }

    /// `name: value` per attribute, joined.
    /// The attribute values that are not the attribute's default (the index lists those), or
    /// empty: the attributes' table lists only codes that set one, so that an attribute with a
    /// default adds lines in proportion to them.
    fn attributes(&self) -> String {
        self.catalog
            .attributes
            .iter()
            .zip(&self.entry.attributes)
            .filter(|(a, v)| **v != a.unset())
            .map(|(a, v)| format!("{}: {}", a.name, markdown_text(&v.to_string())))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The retired codes and symbols as one line, or empty.
fn retired(ns: &Namespace) -> String {
    let codes: Vec<String> = ns.retired.codes.iter().map(|c| format!("`{c}`")).collect();
    let symbols: Vec<String> = ns.retired.symbols.iter().map(|s| format!("`{s}`")).collect();
    [codes, symbols].concat().join(", ")
}

#[derive(Template)]
#[template(path = "docs/index.md", escape = "none")]
struct Index<'a> {
    header: &'a str,
    catalog: &'a Catalog,
    pages: &'a [PageLink],
    attributes: &'a [AttributeRow],
}

#[derive(Template)]
#[template(path = "docs/namespace.md", escape = "none")]
struct Page<'a> {
    header: &'a str,
    ns: &'a PageLink,
    locale: &'a str,
    /// The page's fixed text in the locale's language.
    words: &'static words::Words,
    title: String,
    /// How much of the namespace is translated into the locale (none on the default's page).
    coverage: Option<String>,
    rows: Vec<Row<'a>>,
    /// `(code, attribute values)` of the codes that set an attribute apart from its default, in
    /// a table of their own: a new attribute adds no cell to every row.
    attribute_rows: Vec<(String, String)>,
    retired: String,
}
