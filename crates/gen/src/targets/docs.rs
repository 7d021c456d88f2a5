//! Reference docs: one Markdown page per namespace per locale, so a reviewer reads the human
//! change (a message, a deprecation) next to the code change.

use std::fmt::Write as _;

use askama::Template;

use super::{BYTES_PER_ENTRY, Name, Target, must_escape, render_sized};
use crate::catalog::{Catalog, Namespace};
use crate::output::File;

pub struct Docs;

impl Target for Docs {
    fn name(&self) -> &'static str {
        "docs"
    }

    fn reject(&self, _name: Name<'_>) -> Option<String> {
        None
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let pages: Vec<PageLink> = catalog
            .namespaces
            .iter()
            .map(|ns| PageLink {
                name: ns.name.clone(),
                description: text(&ns.description),
                locales: catalog.locales.iter().map(|l| (l.clone(), page_file(ns, l))).collect(),
            })
            .collect();
        let mut files = vec![File::new("index.md", Index { header: &header, catalog, pages: &pages }.render()?)];
        for (ns, link) in catalog.namespaces.iter().zip(&pages) {
            for (i, locale) in catalog.locales.iter().enumerate() {
                let page = Page { header: &header, ns: link, locale, rows: rows(ns, i), retired: retired(ns) };
                files.push(File::new(page_file(ns, locale), render_sized(&page, ns.entries.len() * BYTES_PER_ENTRY / 2)?));
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
    /// `(locale, page file)`.
    locales: Vec<(String, String)>,
}

struct Row {
    code: i32,
    symbols: String,
    message: String,
    deprecated: String,
}

fn rows(ns: &Namespace, locale: usize) -> Vec<Row> {
    ns.entries
        .iter()
        .map(|e| {
            let mut symbols = format!("`{}`", e.symbol);
            for alias in &e.aliases {
                let _ = write!(symbols, ", `{alias}`");
            }
            Row {
                code: e.code,
                symbols,
                message: text(&e.messages[locale]),
                deprecated: e.deprecated.as_ref().map(|d| text(&d.note())).unwrap_or_default(),
            }
        })
        .collect()
}

/// The retired codes and symbols as one line, or empty.
fn retired(ns: &Namespace) -> String {
    let codes: Vec<String> = ns.retired.codes.iter().map(i32::to_string).collect();
    let symbols: Vec<String> = ns.retired.symbols.iter().map(|s| format!("`{s}`")).collect();
    [codes, symbols].concat().join(", ")
}

/// Catalog text as Markdown that reads as written: inline markup, HTML and table pipes escaped,
/// line breaks as `<br>`, invisible and control characters as numeric references.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("<br>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '{' | '}' | '$' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if must_escape(c) => {
                let _ = write!(out, "&#x{:x};", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

#[derive(Template)]
#[template(path = "docs/index.md", escape = "none")]
struct Index<'a> {
    header: &'a str,
    catalog: &'a Catalog,
    pages: &'a [PageLink],
}

#[derive(Template)]
#[template(path = "docs/namespace.md", escape = "none")]
struct Page<'a> {
    header: &'a str,
    ns: &'a PageLink,
    locale: &'a str,
    rows: Vec<Row>,
    retired: String,
}
