//! Escaping catalog text, one function per concern, for every target and `gen diff`: which
//! characters may never appear raw, string literals, and text in documentation. A target picks
//! the function for each place its templates put catalog text; none writes its own.

use std::fmt::Write as _;

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
    quote_into(&mut out, s, escape);
    out
}

/// [`quoted`], appended to `out`: for text made of many literals, without a string per literal.
pub fn quote_into(out: &mut String, s: &str, escape: impl Fn(char, &mut String) -> bool) {
    out.push('"');
    // Runs of characters kept as they are are copied whole: most of any catalog is such a run.
    let mut kept = 0;
    for (i, c) in s.char_indices() {
        let shared = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            // Printable ASCII is never escaped: skip the language's check.
            ' '..='~' => continue,
            _ => "",
        };
        out.push_str(&s[kept..i]);
        kept = i + c.len_utf8();
        if shared.is_empty() {
            if !escape(c, out) {
                out.push(c);
            }
        } else {
            out.push_str(shared);
        }
    }
    out.push_str(&s[kept..]);
    out.push('"');
}

/// Writes `\u{XXXX}`, the escape Rust and JavaScript share, for a character that
/// [`must_escape`]; returns whether it did (the `escape` argument of [`quoted`]).
pub fn braced_unicode_escape(c: char, out: &mut String) -> bool {
    if must_escape(c) {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    }
    must_escape(c)
}

/// Writes `\uXXXX`, or `\UXXXXXXXX` past the BMP, the escape Python and Go share, for a
/// character that [`must_escape`]; returns whether it did (the `escape` argument of [`quoted`]).
pub fn short_and_long_unicode_escape(c: char, out: &mut String) -> bool {
    let n = u32::from(c);
    if must_escape(c) {
        let _ = if n <= 0xffff { write!(out, "\\u{n:04x}") } else { write!(out, "\\U{n:08x}") };
    }
    must_escape(c)
}

/// How documentation shows a character that [`must_escape`]: `U+2028`, visible and inert in
/// every comment and markup form (no backslash for Java's `\u` escapes, no entity to resolve).
pub fn visible_codepoint(c: char, out: &mut String) {
    let _ = write!(out, "U+{:04X}", u32::from(c));
}

/// Catalog text as Markdown that reads exactly as written and never becomes markup: the form of
/// every generated documentation that renders Markdown (the docs pages, rustdoc, `TSDoc`). HTML is
/// entity-escaped, every Markdown punctuation character backslash-escaped (`:` too, so no URL
/// becomes a link, and rustdoc's `bare_urls` lint stays quiet), line breaks become `<br>`, and
/// other invisible or control characters show as `U+XXXX`. The result is one line.
#[must_use]
pub fn markdown_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Runs that need nothing are copied whole: most of any message is such a run.
    let mut kept = 0;
    for (i, c) in s.char_indices() {
        let escaped = match c {
            '\n' => "<br>",
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\\' => "\\\\",
            '`' => "\\`",
            '*' => "\\*",
            '_' => "\\_",
            '[' => "\\[",
            ']' => "\\]",
            '|' => "\\|",
            '#' => "\\#",
            '{' => "\\{",
            '}' => "\\}",
            '$' => "\\$",
            '~' => "\\~",
            ':' => "\\:",
            '@' => "\\@",
            c if must_escape(c) => "",
            _ => continue,
        };
        out.push_str(&s[kept..i]);
        kept = i + c.len_utf8();
        if escaped.is_empty() {
            visible_codepoint(c, &mut out);
        } else {
            out.push_str(escaped);
        }
    }
    out.push_str(&s[kept..]);
    out
}

/// A JSON string literal (RFC 8259): quote, backslash, `\n`, `\r` and `\t` as every language
/// writes them, other characters that [`must_escape`] (all in the BMP) as `\uXXXX`.
#[must_use]
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    json_string_into(&mut out, s);
    out
}

/// [`json_string`], appended to `out`.
pub fn json_string_into(out: &mut String, s: &str) {
    quote_into(out, s, |c, out| {
        if must_escape(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        }
        must_escape(c)
    });
}

/// A TOML basic string: its escapes are Python's (`\uXXXX`, `\UXXXXXXXX`).
#[must_use]
pub fn toml_string(s: &str) -> String {
    quoted(s, short_and_long_unicode_escape)
}

/// Text inside an XML element: markup characters as entities, and characters XML 1.0 cannot
/// hold at all (control characters) as a visible `U+XXXX`.
#[must_use]
pub fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if must_escape(c) => visible_codepoint(c, &mut out),
            c => out.push(c),
        }
    }
    out
}
