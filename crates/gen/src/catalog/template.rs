//! Message templates: `{name}` is a parameter, `{{` and `}}` are literal braces, everything
//! else is text. One reader for the rules (validation) and for what targets generate from a
//! template (the pieces to format), so the two never disagree.

/// One piece of a template: text (braces already resolved) or a parameter's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Param(String),
}

/// Why a template cannot be read, at a byte offset into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BraceError {
    pub offset: usize,
    pub reason: String,
}

/// The pieces of `template`, adjacent text merged.
///
/// # Errors
/// A `{` without its `}`, a `}` alone, or braces around something other than an identifier
/// (`{0}`, `{@link x}`, `{}`): each a literal brace that should have been doubled.
pub fn pieces(template: &str) -> Result<Vec<Piece>, BraceError> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        text.push_str(&rest[..i]);
        let offset = template.len() - rest.len() + i;
        let after = &rest[i + 1..];
        if rest[i..].starts_with("{{") || rest[i..].starts_with("}}") {
            text.push(if rest.as_bytes()[i] == b'{' { '{' } else { '}' });
            rest = &rest[i + 2..];
            continue;
        }
        if rest.as_bytes()[i] == b'}' {
            return Err(BraceError { offset, reason: "a `}` that closes nothing".to_owned() });
        }
        let Some(end) = after.find('}') else {
            return Err(BraceError { offset, reason: "a `{` that is never closed".to_owned() });
        };
        // Any identifier is read as a placeholder, so that one spelled unlike its declaration
        // (`{tableName}`) is reported as that, not as a brace.
        let name = &after[..end];
        let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !identifier {
            return Err(BraceError { offset, reason: format!("`{{{name}}}`, which is no parameter name") });
        }
        if !text.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut text)));
        }
        out.push(Piece::Param(name.to_owned()));
        rest = &after[end + 1..];
    }
    text.push_str(rest);
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Ok(out)
}

/// The text of a message without parameters: its pieces joined, braces resolved (`{{` ->
/// `{`). A placeholder, which validation has refused by then, is kept as written.
#[must_use]
pub fn text(pieces: Vec<Piece>) -> String {
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text,
            Piece::Param(name) => format!("{{{name}}}"),
        })
        .collect()
}

/// A template with its placeholders replaced by `args` (name, text), the way every generated
/// package does it at run time: `{{` and `}}` are braces, a placeholder without an argument
/// stays as written. The reference the consumer tests compare each language with.
#[must_use]
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    match pieces(template) {
        Ok(pieces) => pieces
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(text) => text,
                Piece::Param(name) => args
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or_else(|| format!("{{{name}}}"), |(_, value)| (*value).to_owned()),
            })
            .collect(),
        Err(_) => template.to_owned(),
    }
}

/// An `int` argument as every language writes it: decimal digits, `-` when negative.
#[must_use]
pub fn int_text(value: i64) -> String {
    value.to_string()
}

/// A `float` argument as every language writes it: the shortest decimal that reads back as the
/// same number, without exponent or trailing `.0` (`0.30000000000000004`, `1e21` as
/// `1000000000000000000000`, `2`); `0` for both zeros; `NaN`, `Infinity`, `-Infinity`.
#[must_use]
pub fn float_text(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_owned()
    } else if value.is_infinite() {
        if value > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
    } else if value == 0.0 {
        "0".to_owned()
    } else {
        // Rust's `Display` for floats is exactly that rule.
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.to_owned())
    }

    fn param(s: &str) -> Piece {
        Piece::Param(s.to_owned())
    }

    #[test]
    fn reads_parameters_and_doubled_braces() {
        assert_eq!(pieces("Table '{table}' exists").unwrap(), [text("Table '"), param("table"), text("' exists")]);
        assert_eq!(pieces("{a}{b}").unwrap(), [param("a"), param("b")]);
        assert_eq!(pieces("{{x}} {{{y}}}").unwrap(), [text("{x} {"), param("y"), text("}")]);
        assert_eq!(pieces("").unwrap(), []);
        assert_eq!(super::text(pieces("{{@code w}} ${{x}}").unwrap()), "{@code w} ${x}");
    }

    #[test]
    fn fills_placeholders_and_writes_numbers_by_the_shared_rule() {
        assert_eq!(fill("{a} {{a}} {b}", &[("a", "x{y}")]), "x{y} {a} {b}");
        for (value, text) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1000000000000000000000"),
            (1e-7, "0.0000001"),
            (2.0, "2"),
            (-0.0, "0"),
            (-1.5, "-1.5"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(float_text(value), text);
        }
        assert_eq!(int_text(-9_007_199_254_740_991), "-9007199254740991");
    }

    #[test]
    fn refuses_stray_braces_with_their_offsets() {
        for (template, offset) in [("a { b", 2), ("a } b", 2), ("{0}", 0), ("x {@link y}", 2), ("{}", 0), ("{{}", 2)] {
            assert_eq!(pieces(template).unwrap_err().offset, offset, "{template}");
        }
    }
}
