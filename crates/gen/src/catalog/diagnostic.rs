//! Problems found in a catalog, reported the way rustc reports them: rule, place, entry, fix.

use std::fmt;

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics {
    pub file: String,
    pub items: Vec<Diagnostic>,
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

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.items {
            writeln!(f, "error[{}]: {}", d.rule, d.message)?;
            if d.line == 0 {
                writeln!(f, "  --> {}", self.file)?;
            } else {
                writeln!(f, "  --> {}:{}:{}", self.file, d.line, d.column)?;
            }
            if let Some(entry) = &d.entry {
                writeln!(f, "   = entry: {entry}")?;
            }
            writeln!(f, "   = help: {}", d.help)?;
            writeln!(f)?;
        }
        let n = self.items.len();
        write!(f, "{}: {n} error{} in the catalog; nothing was written", self.file, if n == 1 { "" } else { "s" })
    }
}
