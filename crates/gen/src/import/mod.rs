//! `gen import`: a first catalog from the error tables a team already has. Each source kind
//! reads its format into a [`Draft`] (one module per kind); [`finish`] makes the decisions a
//! catalog needs (symbols, duplicates, translations), each one recorded beside its entry; and
//! [`emit`] writes the catalog, which `gen` then accepts as it is (checked before it is shown).

mod columns;
mod csv;
mod emit;
mod finish;
mod markdown;
mod mongodb;
mod mysql;
mod postgres;
mod printf;
mod proto;
mod read;
mod rst;
mod symbol;
mod table;

pub use columns::Columns;
pub use read::read;

use crate::catalog::{Diagnostic, Diagnostics};

/// The formats `gen import` reads, by the name `--from` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Markdown,
    Rst,
    Csv,
    Postgres,
    Mysql,
    Mongodb,
    Proto,
}

impl Kind {
    pub const ALL: [(Self, &'static str, &'static str); 7] = [
        (Self::Markdown, "markdown", "Markdown tables (GitHub's pipe tables)"),
        (Self::Rst, "rst", "reStructuredText simple and grid tables"),
        (Self::Csv, "csv", "a spreadsheet exported as CSV (comma, semicolon or tab)"),
        (Self::Postgres, "postgres", "PostgreSQL's errcodes.txt"),
        (Self::Mysql, "mysql", "MySQL's messages_to_clients.txt or MariaDB's errmsg-utf8.txt"),
        (Self::Mongodb, "mongodb", "MongoDB's error_codes.yml"),
        (Self::Proto, "proto", "every enum of a .proto file"),
    ];

    #[must_use]
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n, _)| *n == name).map(|(k, _, _)| *k)
    }

    #[must_use]
    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(k, _, _)| *k == self).map_or("", |(_, n, _)| n)
    }
}

/// What the command line adds to the sources.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// Every table or enum into this one namespace.
    pub namespace: Option<String>,
    /// Table columns by position, instead of found from the headers.
    pub columns: Option<Columns>,
}

/// One source file: its name as shown in errors and comments, and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: String,
    pub text: String,
}

/// The catalog written, and the decisions made, one line per kind (for stderr).
#[derive(Debug)]
pub struct Imported {
    pub catalog: String,
    pub summary: Vec<String>,
}

/// A catalog on its way from a source: what the source said, before the decisions a catalog
/// needs are made.
#[derive(Debug, Default)]
pub struct Draft {
    /// Every locale the source holds (BCP 47), in the order first seen.
    pub locales: Vec<String>,
    /// The locale the source treats as the original (`default-language` in MySQL's), if it says.
    pub default_locale: Option<String>,
    pub attributes: Vec<DraftAttribute>,
    pub namespaces: Vec<DraftNamespace>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftAttribute {
    pub name: String,
    /// `string`, `int`, `bool` or `list<string>`: the catalog's spelling.
    pub ty: &'static str,
    pub doc: String,
}

#[derive(Debug, Default)]
pub struct DraftNamespace {
    pub name: String,
    pub description: String,
    /// Where the namespace came from, for the comment above it.
    pub origin: String,
    /// Codes are text (SQLSTATE `42P01`), not integers.
    pub string_codes: bool,
    pub entries: Vec<DraftEntry>,
    /// Codes retired in the source, each with the name it had.
    pub retired: Vec<(Code, String)>,
    /// Names the source reserves (protobuf's `reserved "FOO"`).
    pub retired_symbols: Vec<String>,
    /// Decisions that hold for every entry (`MongoDB has no messages: ...`).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    Int(i64),
    Text(String),
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Text(s) => f.write_str(s),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct DraftEntry {
    /// The source line the entry was read from.
    pub line: usize,
    pub code: Option<Code>,
    pub symbol: Option<String>,
    pub aliases: Vec<String>,
    /// Locale to message template (`{p1}` parameters, literal braces doubled).
    pub messages: Vec<(String, String)>,
    /// Parameter name to type, in argument order.
    pub params: Vec<(String, &'static str)>,
    pub deprecated: Option<String>,
    pub attributes: Vec<(String, Value)>,
    /// The decisions made for this entry, each a comment beside it.
    pub decisions: Vec<Decision>,
}

/// An attribute value as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Text(String),
    List(Vec<String>),
}

/// One decision the import made that a reviewer should see: its kind (counted in the summary)
/// and what exactly was decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub kind: &'static str,
    pub text: String,
}

impl Decision {
    pub fn new(kind: &'static str, text: impl Into<String>) -> Self {
        Self { kind, text: text.into() }
    }
}

impl DraftEntry {
    fn message(&self, locale: &str) -> Option<&str> {
        self.messages.iter().find(|(l, _)| l == locale).map(|(_, m)| m.as_str())
    }

    fn decide(&mut self, kind: &'static str, text: impl Into<String>) {
        self.decisions.push(Decision::new(kind, text));
    }
}

/// A catalog from `sources`, read as `kind`.
///
/// # Errors
/// Every problem with the sources, located in them; or, should the catalog made be one `gen`
/// refuses, that catalog's problems.
pub fn import(kind: Kind, sources: &[Source], options: &Options) -> Result<Imported, Vec<Diagnostics>> {
    let mut drafts = Vec::new();
    let mut errors = Vec::new();
    for source in sources {
        let read = match kind {
            Kind::Markdown => table::draft(Ok(markdown::tables(&source.text)), source, options),
            Kind::Rst => rst::tables(&source.text).and_then(|tables| table::draft(Ok(tables), source, options)),
            Kind::Csv => table::draft(csv::tables(&source.text), source, options),
            Kind::Postgres => postgres::draft(source),
            Kind::Mysql => mysql::draft(source),
            Kind::Mongodb => mongodb::draft(source),
            Kind::Proto => proto::draft(source),
        };
        match read {
            Ok(draft) => drafts.push(draft),
            Err(items) => errors
                .push(Diagnostics { subject: "the source", ..Diagnostics::new(&source.file, &source.text, items) }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let from: Vec<&str> = sources.iter().map(|s| s.file.as_str()).collect();
    let mut draft = finish::merge(drafts, options.namespace.as_deref());
    finish::decide(&mut draft);
    let catalog = emit::checked(&mut draft, kind, &from).map_err(|d| vec![d])?;
    Ok(Imported { catalog, summary: finish::summary(&draft) })
}

/// A problem at a source line (1-based; column 1).
fn at(line: usize, rule: &'static str, message: impl Into<String>, help: impl Into<String>) -> Diagnostic {
    Diagnostic::new(rule, message, help).at((line.max(1), 1))
}

/// Text as a message template: a catalog reads `{` and `}` as parameter braces.
fn literal(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}
