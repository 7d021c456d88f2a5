//! printf-style messages (`%s`, `%d`, `%lu`, `%-.64s`, `%1$s`) as catalog templates: each
//! argument a typed parameter `{p1}`, `{p2}`... named by its position, the same in every locale.

use std::fmt::Write as _;

/// A message as a template, and the type of each argument by position (`p1` first).
#[derive(Debug, PartialEq, Eq)]
pub struct Template {
    pub text: String,
    pub params: Vec<&'static str>,
}

impl Template {
    /// The parameters as the catalog declares them.
    pub fn declared(&self) -> Vec<(String, &'static str)> {
        self.params.iter().enumerate().map(|(i, ty)| (format!("p{}", i + 1), *ty)).collect()
    }
}

/// `text` as a template.
///
/// # Errors
/// What makes a conversion specification one a template cannot hold: a width or precision
/// taken from an argument (`%.*s`), an unknown conversion, arguments of two types in one
/// position, or a position left out.
pub fn template(text: &str) -> Result<Template, String> {
    let mut out = String::new();
    let mut types: Vec<Option<&'static str>> = Vec::new();
    let mut next = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            '%' => {
                if chars.peek().map(|&(_, c)| c) == Some('%') {
                    chars.next();
                    out.push('%');
                    continue;
                }
                let mut spec = String::new();
                let conversion = loop {
                    let Some((_, c)) = chars.next() else {
                        return Err(format!("`{}` ends inside a conversion", &text[start..]));
                    };
                    if c.is_ascii_alphabetic() && !"hlLqjzt".contains(c) {
                        break c;
                    }
                    spec.push(c);
                };
                if spec.contains('*') {
                    return Err(format!("`%{spec}{conversion}` takes its width or precision from an argument"));
                }
                // MariaDB's own conversions: `%sQ` (a quoted name), `%sT` (truncated text), `%iE`
                // (an errno with its text); a capital straight after `%s` or `%d` is not prose.
                let suffix = match (conversion, chars.peek().map(|&(_, c)| c)) {
                    ('s', Some(s @ ('Q' | 'T'))) | ('d' | 'i' | 'u', Some(s @ 'E')) => Some(s),
                    _ => None,
                };
                if suffix.is_some() {
                    chars.next();
                }
                let ty = match conversion {
                    'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'M' => "int",
                    'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'a' | 'A' => "float",
                    's' | 'c' | 'p' | 'T' | 'b' => "string",
                    other => return Err(format!("`%{spec}{other}` is no conversion this import knows")),
                };
                let position = if let Some((n, _)) = spec.split_once('$') {
                    n.parse::<usize>()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("`%{spec}{conversion}` has no valid position"))?
                } else {
                    next += 1;
                    next
                };
                if types.len() < position {
                    types.resize(position, None);
                }
                match types[position - 1] {
                    Some(other) if other != ty => {
                        return Err(format!("argument {position} is used as both {other} and {ty}"));
                    }
                    _ => types[position - 1] = Some(ty),
                }
                let _ = write!(out, "{{p{position}}}");
            }
            c => out.push(c),
        }
    }
    let params = types
        .iter()
        .enumerate()
        .map(|(i, t)| t.ok_or_else(|| format!("argument {} is never used", i + 1)))
        .collect::<Result<_, _>>()?;
    Ok(Template { text: out, params })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_become_typed_parameters() {
        let t = template("Can't create table '%-.200s' (errno: %d - %s) {x} 100%%").unwrap();
        assert_eq!(t.text, "Can't create table '{p1}' (errno: {p2} - {p3}) {{x}} 100%");
        assert_eq!(t.params, ["string", "int", "string"]);
        let t = template("%2$s vor %1$lu").unwrap();
        assert_eq!((t.text.as_str(), t.params), ("{p2} vor {p1}", vec!["int", "string"]));
        assert_eq!(template("%.3f%%").unwrap().params, ["float"]);
        let t = template("table %sQ.%sQ (errno: %iE) %M").unwrap();
        assert_eq!(
            (t.text.as_str(), t.params),
            ("table {p1}.{p2} (errno: {p3}) {p4}", vec!["string", "string", "int", "int"])
        );
        assert!(template("%.*s").is_err());
        assert!(template("%2$s").is_err());
        assert!(template("%1$s %1$d").is_err());
        assert!(template("ends %").is_err());
    }
}
