//! The languages the generator writes. Each target turns the validated [`Catalog`] into views
//! (identifiers converted and escaped, literals quoted) and renders them through its templates
//! in `templates/<target>/`.
//!
//! Adding a language: one module here, one template folder, one consumer test folder under
//! `tests/`, and one line in [`ALL`].

use std::fmt::Write as _;

mod docs;
mod java;
mod python;
mod rust;
mod typescript;

use crate::catalog::Catalog;
use crate::output::File;

/// Every target, in the order they are generated and reported.
pub static ALL: &[&dyn Target] = &[&rust::Rust, &typescript::TypeScript, &python::Python, &java::Java, &docs::Docs];

/// The do-not-edit line every generated file that has comments starts with, in the language's
/// comment form: it names the catalog the file came from. [`crate::output::is_header`] recognizes it,
/// so a file is removed as an orphan only if it starts with this line.
///
/// The catalog's path is written with only characters that are inert in every comment form
/// (no `*/`, `-->`, `--` or line break can end the comment early).
#[must_use]
pub fn header(catalog: &Catalog) -> String {
    let mut source: String = catalog
        .source
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | '-') { c } else { '_' })
        .collect();
    while source.contains("--") {
        source = source.replace("--", "-_");
    }
    format!("{} from {source}. Do not edit: change {source} and regenerate.", crate::output::MARKER)
}

/// A name from the catalog that becomes an identifier in generated code.
#[derive(Debug, Clone, Copy)]
pub enum Name<'a> {
    /// The kebab-case package name (`api-errors`).
    Package(&'a str),
    /// The dotted Java package.
    JavaPackage(&'a str),
    /// A `lower_snake` namespace name.
    Namespace(&'a str),
    /// An `UPPER_SNAKE` symbol.
    Symbol(&'a str),
}

pub trait Target: Sync {
    /// The target's name on the command line and its folder under `generated/` and `templates/`.
    fn name(&self) -> &'static str;

    /// Why this language cannot express `name`, if it cannot (a reserved word it cannot escape,
    /// a clash with a member the generated code defines). `None` when it can.
    fn reject(&self, name: Name<'_>) -> Option<String>;

    /// Why this language cannot hold a namespace of `entries` codes with `locales` messages each,
    /// if it cannot. `None` when it can.
    fn reject_size(&self, _entries: usize, _locales: usize) -> Option<String> {
        None
    }

    /// Every file of the package, paths relative to the target's folder.
    ///
    /// # Errors
    /// When a template fails to render.
    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>>;
}

/// Renders `template` into a string of `capacity` bytes to start with: a namespace file of
/// thousands of entries would otherwise grow, and be copied, a dozen times.
///
/// # Errors
/// When the template fails to render.
pub fn render_sized(template: &impl askama::Template, capacity: usize) -> askama::Result<String> {
    let mut out = String::with_capacity(capacity);
    template.render_into(&mut out)?;
    Ok(out)
}

/// Bytes to reserve per catalog entry when rendering a namespace file.
pub const BYTES_PER_ENTRY: usize = 320;

/// The target called `name`.
pub fn by_name(name: &str) -> Option<&'static dyn Target> {
    ALL.iter().copied().find(|t| t.name() == name)
}

/// Characters that must never appear raw in generated source, whatever the language: control
/// characters (NUL, newlines), line and paragraph separators, and invisible format characters
/// (bidirectional overrides, zero-width marks) that can make code read differently from how it
/// compiles. Each target writes them with its own escape syntax.
#[must_use] 
pub fn must_escape(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{feff}')
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2060}'..='\u{206f}').contains(&c)
        || ('\u{fff9}'..='\u{fffb}').contains(&c)
}

/// `s` as a double-quoted string literal. Quotes, backslashes, `\n`, `\r` and `\t` take the
/// backslash escapes every target language shares, and other printable ASCII stays as it is; for
/// any other character, `escape` either writes the language's own escape of it to the output and
/// returns true, or returns false to keep it.
pub fn quoted(s: &str, escape: impl Fn(char, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Printable ASCII, most of any catalog, is never escaped: skip the language's check.
            ' '..='~' => out.push(c),
            c => {
                if !escape(c, &mut out) {
                    out.push(c);
                }
            }
        }
    }
    out.push('"');
    out
}

/// Writes `\u{XXXX}`, the escape Rust and JavaScript share, for a character that
/// [`must_escape`]; returns whether it did (the `escape` argument of [`quoted`]).
pub fn braced_unicode_escape(c: char, out: &mut String) -> bool {
    if must_escape(c) {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    }
    must_escape(c)
}

/// Text from the catalog made safe for a one-line comment in any language: characters that
/// [`must_escape`] as `\u{XXXX}`, and backslashes doubled, so Java never reads a `\u` escape in a
/// comment. Block-comment terminators are the caller's concern.
#[must_use] 
pub fn comment_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if must_escape(c) => {
                let _ = write!(out, "\\u{{{:04x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}
