//! Which column of a table holds what: found from its header (`code`, `symbol`, `English`,
//! `中文描述`, a BCP 47 tag), or given by `--columns code=1,symbol=2,en=3,zh=4`.

use crate::naming;

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Code,
    Symbol,
    /// A message in this locale.
    Message(String),
    /// Any other column: an attribute of this name.
    Attribute(String),
}

/// `--columns`: roles by 1-based column number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns(pub Vec<(usize, Role)>);

impl std::str::FromStr for Columns {
    type Err = String;

    fn from_str(spec: &str) -> Result<Self, String> {
        let mut out = Vec::new();
        for part in spec.split(',') {
            let (key, n) = part.split_once('=').ok_or_else(|| format!("`{part}` is not ROLE=N (e.g. code=1)"))?;
            let n: usize = n
                .trim()
                .parse()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("`{n}` in `{part}` is not a column number (1, 2, ...)"))?;
            let role = match key.trim() {
                "code" => Role::Code,
                "symbol" => Role::Symbol,
                tag if is_locale_tag(tag) => Role::Message(tag.to_owned()),
                other => {
                    return Err(format!(
                        "`{other}` is neither `code`, `symbol` nor a locale tag such as `en` or `zh-Hant`"
                    ));
                }
            };
            if out.iter().any(|(_, r)| *r == role) {
                return Err(format!("`{}` is given twice", key.trim()));
            }
            out.push((n, role));
        }
        if !out.iter().any(|(_, r)| *r == Role::Code) {
            return Err("no `code=N`: say which column holds the codes".to_owned());
        }
        Ok(Self(out))
    }
}

/// Language names, in English and in their own language, to their BCP 47 tags.
const LANGUAGES: [(&str, &str); 34] = [
    ("english", "en"),
    ("英文", "en"),
    ("英语", "en"),
    ("英語", "en"),
    ("chinese", "zh"),
    ("中文", "zh"),
    ("汉语", "zh"),
    ("简体中文", "zh-Hans"),
    ("繁體中文", "zh-Hant"),
    ("繁体中文", "zh-Hant"),
    ("japanese", "ja"),
    ("日本語", "ja"),
    ("日文", "ja"),
    ("korean", "ko"),
    ("한국어", "ko"),
    ("french", "fr"),
    ("français", "fr"),
    ("german", "de"),
    ("deutsch", "de"),
    ("spanish", "es"),
    ("español", "es"),
    ("portuguese", "pt"),
    ("português", "pt"),
    ("russian", "ru"),
    ("русский", "ru"),
    ("italian", "it"),
    ("italiano", "it"),
    ("dutch", "nl"),
    ("nederlands", "nl"),
    ("polish", "pl"),
    ("swedish", "sv"),
    ("turkish", "tr"),
    ("vietnamese", "vi"),
    ("arabic", "ar"),
];

/// Headers that name a column of codes, of names, and of text in no stated language.
const CODE: [&str; 14] = [
    "code",
    "codes",
    "error code",
    "errcode",
    "error_code",
    "errno",
    "error number",
    "number",
    "status code",
    "value",
    "错误码",
    "返回码",
    "状态码",
    "错误代码",
];
const SYMBOL: [&str; 11] = [
    "symbol",
    "name",
    "constant",
    "key",
    "identifier",
    "error name",
    "error",
    "enum",
    "condition name",
    "macro",
    "常量",
];
const TEXT: [&str; 12] = [
    "description",
    "message",
    "msg",
    "text",
    "meaning",
    "reason",
    "explanation",
    "detail",
    "说明",
    "描述",
    "信息",
    "含义",
];

/// The role a header names; `default` is the locale of text in no stated language.
pub fn role(header: &str, default: &str) -> Role {
    let h = header.trim().trim_matches(|c| c == '*' || c == '`' || c == ':').trim().to_lowercase();
    if CODE.contains(&h.as_str()) {
        return Role::Code;
    }
    if SYMBOL.contains(&h.as_str()) {
        return Role::Symbol;
    }
    if let Some(tag) = language(&h) {
        return Role::Message(tag);
    }
    if TEXT.contains(&h.as_str()) {
        // Chinese words for "description" head Chinese text.
        return Role::Message(if h.is_ascii() { default.to_owned() } else { "zh".to_owned() });
    }
    Role::Attribute(naming::snake(&h))
}

/// The language a header names: a language name anywhere in it (`English description`,
/// `中文描述`), `message (fr)`, or a bare BCP 47 tag (`en`, `pt-BR`).
fn language(h: &str) -> Option<String> {
    if let Some((_, tag)) = LANGUAGES.iter().find(|(name, _)| h.contains(name)) {
        return Some((*tag).to_owned());
    }
    let inner = h.rsplit_once('(').and_then(|(_, t)| t.strip_suffix(')')).unwrap_or(h);
    let inner = inner.split_whitespace().last().unwrap_or(inner);
    // Bare tags only where a header is nothing else: `no` and `id` are words too.
    (is_locale_tag(inner) && inner.len() <= 7 && !["no", "id", "key"].contains(&inner)).then(|| canonical(inner))
}

/// `zh-hant` as `zh-Hant`, `pt-br` as `pt-BR`: BCP 47's conventional case.
fn canonical(tag: &str) -> String {
    tag.split('-')
        .enumerate()
        .map(|(i, part)| match (i, part.len()) {
            (0, _) => part.to_ascii_lowercase(),
            (_, 4) => {
                let mut p = part.to_ascii_lowercase();
                p[..1].make_ascii_uppercase();
                p
            }
            (_, 2) => part.to_ascii_uppercase(),
            _ => part.to_ascii_lowercase(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// A BCP 47 tag's shape: a 2-3 letter language, then subtags of 2-8 letters or digits.
pub fn is_locale_tag(tag: &str) -> bool {
    tag.split('-').enumerate().all(|(i, part)| match i {
        0 => (2..=3).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphabetic()),
        _ => (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_name_their_columns() {
        let m = |t: &str| Role::Message(t.to_owned());
        assert_eq!(role("错误码", "en"), Role::Code);
        assert_eq!(role(" Code ", "en"), Role::Code);
        assert_eq!(role("symbol", "en"), Role::Symbol);
        assert_eq!(role("中文", "en"), m("zh"));
        assert_eq!(role("英文", "en"), m("en"));
        assert_eq!(role("English description", "en"), m("en"));
        assert_eq!(role("中文描述", "en"), m("zh"));
        assert_eq!(role("Description", "en"), m("en"));
        assert_eq!(role("message (fr)", "en"), m("fr"));
        assert_eq!(role("pt-br", "en"), m("pt-BR"));
        assert_eq!(role("HTTP Status", "en"), Role::Attribute("http_status".into()));
        let cols: Columns = "code=1,symbol=2,en=3,zh-Hant=4".parse().unwrap();
        assert_eq!(cols.0[3], (4, m("zh-Hant")));
        assert!("symbol=2".parse::<Columns>().is_err());
        assert!("code=0".parse::<Columns>().is_err());
        assert!("code=1,colour=2".parse::<Columns>().is_err());
    }
}
