//! Symbols the source does not give: the one documented rule that derives them from text, and
//! the one that makes a source's name a wire name. Messages a source lacks come from its names.

use super::Code;
use crate::naming;

/// The most words a derived symbol keeps: a sentence makes a poor constant.
const MAX_WORDS: usize = 8;

/// A symbol derived from a message: its ASCII letters and digits as words (apostrophes dropped,
/// any other character a break, `{p1}` parameters skipped), upper-cased and joined with `_`, at
/// most eight words, `E_` in front when it would start with a digit. Text without such words
/// gives `CODE_<code>` (`CODE_MINUS_1` for -1).
#[must_use]
pub fn derive(text: &str, code: &Code) -> String {
    let mut without_params = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        without_params.push_str(&rest[..start]);
        if rest[start..].starts_with("{{") {
            rest = &rest[start + 2..];
            continue;
        }
        rest = rest[start..].find('}').map_or("", |end| &rest[start + end + 1..]);
        without_params.push(' ');
    }
    without_params.push_str(rest);
    let words: Vec<String> = without_params
        .replace(['\'', '’'], "")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(str::to_ascii_uppercase)
        .collect();
    if words.is_empty() {
        return fallback(code);
    }
    let joined = words.join("_");
    if joined.starts_with(|c: char| c.is_ascii_digit()) { format!("E_{joined}") } else { joined }
}

/// `CODE_<code>`: the symbol of a code whose text gives no words.
#[must_use]
pub fn fallback(code: &Code) -> String {
    let code = code.to_string();
    let digits: String =
        code.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    match digits.strip_prefix('_') {
        Some(rest) if code.starts_with('-') => format!("CODE_MINUS_{rest}"),
        _ => format!("CODE_{digits}"),
    }
}

/// A source's name as a wire name, if it is not one: ASCII punctuation and spaces as `_`
/// (`NO-ACCESS` -> `NO_ACCESS`); `None` when that still makes none.
#[must_use]
pub fn repaired(name: &str) -> Option<String> {
    let kept: String =
        name.trim().chars().map(|c| if c.is_ascii_punctuation() || c == ' ' { '_' } else { c }).collect();
    naming::is_wire_name(&kept).then_some(kept)
}

/// A name in words, for a source that has names and no messages: `HostUnreachable` -> `host
/// unreachable`, `ERRCODE_UNDEFINED_TABLE` -> `errcode undefined table`.
#[must_use]
pub fn words(name: &str) -> String {
    naming::snake(name).replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_derives_symbols_from_text() {
        let code = Code::Int(7);
        assert_eq!(derive("Missing required parameter(s)", &code), "MISSING_REQUIRED_PARAMETER_S");
        assert_eq!(derive("Can't create table '{p1}' (errno: {p2})", &code), "CANT_CREATE_TABLE_ERRNO");
        assert_eq!(derive("0/1 only", &code), "E_0_1_ONLY");
        assert_eq!(derive("密码不匹配", &Code::Int(-1)), "CODE_MINUS_1");
        assert_eq!(derive("a b c d e f g h i j", &code), "A_B_C_D_E_F_G_H");
        assert_eq!(derive("{{literal}} braces", &code), "LITERAL_BRACES");
        assert_eq!(fallback(&Code::Text("42P01".into())), "CODE_42P01");
        assert_eq!(repaired("NO-ACCESS"), Some("NO_ACCESS".into()));
        assert_eq!(repaired("2FA"), None);
        assert_eq!(words("HostUnreachable"), "host unreachable");
        assert_eq!(words("DBPathInUse"), "db path in use");
    }
}
