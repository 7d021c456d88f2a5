//! Problems found in a catalog, reported the way rustc reports them: rule, place, the source
//! line with a caret under the value, entry, fix. annotate-snippets lays the report out.

use std::fmt::{self, Write as _};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// One problem, at a 1-based line and column of the catalog file (0 when the place is unknown,
/// as for a file that cannot be read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Short kebab-case name of the rule broken, stable for tools and tests.
    pub rule: &'static str,
    pub message: String,
    pub line: usize,
    pub column: usize,
    /// The entry concerned, as `namespace code SYMBOL` (or just the namespace), if any.
    pub entry: Option<String>,
    /// How to fix it.
    pub help: String,
}

/// Every problem found in one catalog file. Loading reports all of them, not just the first.
#[derive(Clone, PartialEq, Eq)]
pub struct Diagnostics {
    pub file: String,
    /// The catalog's text, for the excerpts (empty when it could not be read).
    pub source: String,
    pub items: Vec<Diagnostic>,
    /// What the file is, for the last line: `the catalog`, or `the source` of `gen import`.
    pub subject: &'static str,
}

impl std::error::Error for Diagnostics {}

impl Diagnostic {
    pub fn new(rule: &'static str, message: impl Into<String>, help: impl Into<String>) -> Self {
        Self { rule, message: message.into(), line: 0, column: 0, entry: None, help: help.into() }
    }

    #[must_use]
    pub fn at(mut self, (line, column): (usize, usize)) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    #[must_use]
    pub fn entry(mut self, entry: impl Into<String>) -> Self {
        self.entry = Some(entry.into());
        self
    }
}

impl Diagnostics {
    #[must_use]
    pub fn new(file: &str, source: &str, items: Vec<Diagnostic>) -> Self {
        Self { file: file.to_owned(), source: source.to_owned(), items, subject: "the catalog" }
    }

    /// The report, in colour when `styled` (for a terminal).
    #[must_use]
    pub fn render(&self, styled: bool) -> String {
        let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
        let mut out = String::new();
        for d in &self.items {
            let title = Level::ERROR.primary_title(d.message.as_str()).id(d.rule);
            let line = (d.line > 0).then(|| self.source.lines().nth(d.line - 1)).flatten();
            let mut group: Group<'_> = match line {
                Some(text) => {
                    let span = value_span(text, d.column);
                    title.element(
                        Snippet::source(text)
                            .line_start(d.line)
                            .path(self.file.as_str())
                            .annotation(AnnotationKind::Primary.span(span)),
                    )
                }
                None => title.element(annotate_snippets::Origin::path(self.place(d))),
            };
            if let Some(entry) = &d.entry {
                group = group.element(Level::NOTE.message(format!("entry: {}", clipped(entry))));
            }
            group = group.element(Level::HELP.message(d.help.as_str()));
            out.push_str(&renderer.render(&[group]));
            out.push_str("\n\n");
        }
        let n = self.items.len();
        let _ = write!(
            out,
            "{}: {n} error{} in {}; nothing was written",
            self.file,
            if n == 1 { "" } else { "s" },
            self.subject
        );
        out
    }

    /// `file:line:column`, or just the file when the place is unknown.
    fn place(&self, d: &Diagnostic) -> String {
        if d.line == 0 { self.file.clone() } else { format!("{}:{}:{}", self.file, d.line, d.column) }
    }
}

/// The byte range a caret goes under: from the 1-based `column` over the key that starts there
/// and its value (`code: one`), or over the value alone (a quoted string to its closing quote,
/// a plain word to the next space, comma or bracket); at least one character.
/// `text` cut to what a terminal line shows (a symbol may be 70,000 characters long; the source
/// line above it is cut by annotate-snippets the same way).
fn clipped(text: &str) -> std::borrow::Cow<'_, str> {
    const SHOWN: usize = 120;
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}...", &text[..end]).into(),
        None => text.into(),
    }
}

fn value_span(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line.char_indices().nth(column.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let key = rest.find(": ").filter(|&k| rest[..k].chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-'));
    let (offset, value) = match key {
        Some(k) => {
            let v = k + 2 + rest[k + 2..].len() - rest[k + 2..].trim_start().len();
            (v, &rest[v..])
        }
        None => (0, rest),
    };
    let len = match value.chars().next() {
        Some(q @ ('"' | '\'')) => value[1..].find(q).map_or(value.len(), |end| end + 2),
        Some('{' | '[') if key.is_some() => value.len(),
        Some(_) => value.find([' ', ',', '}', ']', '#']).filter(|&e| e > 0).unwrap_or(value.len()),
        None => 0,
    };
    let end = (start + offset + len).min(line.len());
    if end > start { start..end } else { start..start + rest.chars().next().map_or(0, char::len_utf8) }
}

/// The report without the catalog's text, which may be megabytes.
impl fmt::Debug for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Diagnostics")
            .field("file", &self.file)
            .field("source", &format_args!("{} bytes", self.source.len()))
            .field("items", &self.items)
            .field("subject", &self.subject)
            .finish()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

#[cfg(test)]
mod tests {
    use super::value_span;

    #[test]
    fn carets_cover_the_key_and_its_value() {
        assert_eq!(value_span("      - code: one", 9), 8..17);
        assert_eq!(value_span("  symbol: \"a b\"  # c", 3), 2..15);
        assert_eq!(value_span("message: {en: x, en: y}", 18), 17..22);
        assert_eq!(value_span("a: [1]", 1), 0..6);
        assert_eq!(value_span("x", 5), 1..1);
    }
}
