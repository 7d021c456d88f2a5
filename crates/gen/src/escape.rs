//! Escaping catalog text, one function per concern, for every target and `gen diff`: which
//! characters may never appear raw, string literals, and text in documentation. A target picks
//! the function for each place its templates put catalog text; none writes its own.

use std::fmt::Write as _;

/// Characters that must never appear raw in generated source, documentation or JSON, whatever
/// the language: control characters (NUL, newlines), line and paragraph separators, and every
/// character that is not plainly visible, which can make text read differently from what it
/// holds: format characters (bidirectional controls, zero-width marks, Arabic number signs,
/// musical and Egyptian format controls), the rest of Unicode's default-ignorable code points
/// (fillers such as U+3164, variation selectors, tag characters), private-use characters and
/// noncharacters. Each target writes them with its own escape syntax, or, in documentation and
/// comments, as a visible `U+XXXX`.
#[must_use]
pub fn must_escape(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    let n = u32::from(c);
    c.is_control() || INVISIBLE.iter().any(|&(first, last)| (first..=last).contains(&n)) || is_noncharacter(n)
}

/// Ranges of code points that are invisible or whose rendering is not their text (Unicode 16:
/// general category Cf, `Default_Ignorable_Code_Point`, the separators Zl and Zp, and private use),
/// sorted.
const INVISIBLE: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),      // soft hyphen
    (0x034F, 0x034F),      // combining grapheme joiner
    (0x0600, 0x0605),      // Arabic number signs
    (0x061C, 0x061C),      // Arabic letter mark
    (0x06DD, 0x06DD),      // Arabic end of ayah
    (0x070F, 0x070F),      // Syriac abbreviation mark
    (0x0890, 0x0891),      // Arabic pound and piastre marks above
    (0x08E2, 0x08E2),      // Arabic disputed end of ayah
    (0x115F, 0x1160),      // Hangul choseong and jungseong fillers
    (0x17B4, 0x17B5),      // Khmer inherent vowels
    (0x180B, 0x180F),      // Mongolian variation selectors and vowel separator
    (0x200B, 0x200F),      // zero-width space, joiners, direction marks
    (0x2028, 0x202E),      // line and paragraph separators, bidirectional embeddings
    (0x2060, 0x206F),      // word joiner, invisible operators, bidirectional isolates
    (0x3164, 0x3164),      // Hangul filler
    (0xE000, 0xF8FF),      // private use
    (0xFE00, 0xFE0F),      // variation selectors
    (0xFEFF, 0xFEFF),      // zero-width no-break space (byte order mark)
    (0xFFA0, 0xFFA0),      // halfwidth Hangul filler
    (0xFFF0, 0xFFFB),      // unassigned specials, interlinear annotation
    (0x110BD, 0x110BD),    // Kaithi number sign
    (0x110CD, 0x110CD),    // Kaithi number sign above
    (0x13430, 0x1345F),    // Egyptian hieroglyph format controls
    (0x1BCA0, 0x1BCA3),    // shorthand format controls
    (0x1D173, 0x1D17A),    // musical symbol format controls
    (0xE0000, 0xE0FFF),    // tags and variation selectors supplement
    (0xF_0000, 0x10_FFFF), // supplementary private use areas
];

/// U+FDD0..U+FDEF and the last two code points of every plane: never assigned, for a program's
/// own use.
fn is_noncharacter(n: u32) -> bool {
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
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

/// `s` as a C string literal made of ASCII only, whatever the compiler's source charset: printable
/// ASCII as it is, `"`, `\\` and `?` (which would start a trigraph) escaped, `\n` and `\t`, and
/// every other byte, UTF-8 included, as a three-digit octal escape (which, unlike `\x`, never
/// takes in a digit after it). Text past `width` bytes is split into adjacent literals on lines
/// of their own, indented by `indent`: C's portable logical line is 4,095 characters.
#[must_use]
pub fn c_string(s: &str, width: usize, indent: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let mut line = 0;
    out.push('"');
    for &b in s.as_bytes() {
        if line >= width {
            let _ = write!(out, "\"\n{indent}\"");
            line = 0;
        }
        let before = out.len();
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b' '..=b'~' => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\{b:03o}");
            }
        }
        line += out.len() - before;
    }
    out.push('"');
    out
}

/// Catalog text in a C comment: one line of ASCII, `*/` and `/*` broken up, and every other character
/// shown as `U+XXXX` (see [`visible_codepoint`]), so that the file stays ASCII.
#[must_use]
pub fn c_comment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c == '/' && out.ends_with('*')) || (c == '*' && out.ends_with('/')) {
            out.push(' ');
        }
        if c.is_ascii() && !c.is_ascii_control() {
            out.push(c);
        } else {
            visible_codepoint(c, &mut out);
        }
    }
    out.truncate(out.trim_end().len());
    out
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
            // JSON's `\u` takes four digits: past the BMP, a character is its UTF-16 surrogate pair.
            for unit in c.encode_utf16(&mut [0; 2]) {
                let _ = write!(out, "\\u{unit:04x}");
            }
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
    entities(s, true)
}

/// `&`, `<`, `>` (and `"` if `quote`) as entities, and every character [`must_escape`] flags
/// as a visible `U+XXXX`: text that markup reads as text.
fn entities(s: &str, quote: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quote => out.push_str("&quot;"),
            c if must_escape(c) => visible_codepoint(c, &mut out),
            c => out.push(c),
        }
    }
    out
}

/// Text for a terminal or a CI log: every character [`must_escape`] flags but a tab or a line
/// break written as `\u{XXXX}`, so that catalog text (or a file someone edited) can never move
/// the cursor, recolour the log or hide what follows it.
#[must_use]
pub fn terminal_text(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| must_escape(c) && c != '\t' && c != '\n') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if must_escape(c) && c != '\t' && c != '\n' {
            let _ = write!(out, "\\u{{{:04x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Text placed in Markdown outside a code span (a changelog line): HTML's `&`, `<` and `>` as
/// entities, so that no tag or comment becomes live, and invisible characters as `U+XXXX`.
#[must_use]
pub fn markdown_inline(s: &str) -> String {
    entities(s, false)
}

#[cfg(test)]
mod tests {
    use super::must_escape;

    #[test]
    fn every_invisible_character_is_escaped_and_visible_text_is_not() {
        // Tag characters, Hangul fillers, the grapheme joiner, a variation selector, Arabic
        // number signs, a musical format control, bidirectional controls, private use.
        for c in [
            '\u{E0041}',
            '\u{E007F}',
            '\u{3164}',
            '\u{115F}',
            '\u{1160}',
            '\u{FFA0}',
            '\u{034F}',
            '\u{FE0F}',
            '\u{0600}',
            '\u{06DD}',
            '\u{1D173}',
            '\u{202E}',
            '\u{2066}',
            '\u{200B}',
            '\u{E000}',
            '\u{F0000}',
            '\u{FDD0}',
            '\u{FFFF}',
            '\u{1FFFE}',
            '\u{0085}',
            '\u{2028}',
            '\0',
            '\u{1b}',
        ] {
            assert!(must_escape(c), "U+{:04X}", u32::from(c));
        }
        for c in ['a', ' ', '~', 'é', '错', 'ا', '😀', '\u{00A0}', '\u{0301}', '€'] {
            assert!(!must_escape(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn terminal_and_markdown_text_hold_no_live_sequence() {
        assert_eq!(super::terminal_text("red \u{1b}[31m\tok\n\u{9b}x"), "red \\u{001b}[31m\tok\n\\u{009b}x");
        assert_eq!(
            super::markdown_inline("<img onerror=x> <!-- & \u{202e}"),
            "&lt;img onerror=x&gt; &lt;!-- &amp; U+202E"
        );
    }

    /// JSON reads back what was written, a character past the BMP as a surrogate pair.
    #[test]
    fn json_escapes_read_back() {
        let text = "tag\u{E0041} fill\u{3164} nul\0 line\u{2028} emoji😀 \"q\" \\";
        let mut json = String::new();
        super::json_string_into(&mut json, text);
        assert!(json.contains("\\udb40\\udc41") && json.contains("\\u3164"), "{json}");
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
    }
}
