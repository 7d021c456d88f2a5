//! Case conversion shared by every target, through heck. What a language names with it, and its
//! reserved words, live with that language (its `Naming` in `targets/<language>.rs`).

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// `UpperCamelCase`, for names derived from a namespace (`larkea` -> `Larkea`).
#[must_use]
pub fn pascal(s: &str) -> String {
    one_case_pascal(s).unwrap_or_else(|| s.to_upper_camel_case())
}

/// [`pascal`] of a name in one case (`lower_snake` or `UPPER_SNAKE`, as namespaces and most
/// symbols are) without heck's general word splitting: such a name's words are exactly its
/// `_`-separated parts. Every target derives several names per symbol, so on 100,000 codes this
/// is a tenth of a generation run. The property test `pascal_fast_path_is_heck` holds it to
/// heck's result.
fn one_case_pascal(s: &str) -> Option<String> {
    let lower = s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let upper = s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if !(lower || upper) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split('_').filter(|w| !w.is_empty()) {
        let mut bytes = word.bytes();
        out.extend(bytes.next().map(|b| char::from(b.to_ascii_uppercase())));
        out.extend(bytes.map(|b| char::from(b.to_ascii_lowercase())));
    }
    Some(out)
}

/// lowerCamelCase, for TypeScript functions derived from a namespace (`isLarkeaCode`).
#[must_use]
pub fn lower_camel(s: &str) -> String {
    s.to_lower_camel_case()
}

/// `snake_case`, for Python and Rust module names derived from the package name.
#[must_use]
pub fn snake(s: &str) -> String {
    s.to_snake_case()
}

/// What a symbol written in another case would be in `UPPER_SNAKE` (`APIError` -> `API_ERROR`),
/// for the fix a diagnostic suggests.
#[must_use]
pub fn upper_snake(s: &str) -> String {
    s.to_shouty_snake_case()
}

/// Is `s` a wire name: ASCII letters, digits and `_`, starting with a letter (`DuplicateKey`,
/// `ER_XPLUGIN_IPv6_AVAILABLE`, `OBSOLETE_ER_FOO__UNUSED`)? Every such name is an identifier in
/// every target language once its convention is applied.
#[must_use]
pub fn is_wire_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The `UPPER_SNAKE` constant of a wire name. A name with underscores already says where its
/// words break, so it is only upper-cased (`ER_DUP_KEY`, `ER_XPLUGIN_IPv6_AVAILABLE` ->
/// `ER_XPLUGIN_IPV6_AVAILABLE`, `OBSOLETE_ER_FOO__UNUSED` kept); one without is split at its
/// case changes (`DuplicateKey` -> `DUPLICATE_KEY`, `APIError` -> `API_ERROR`).
#[must_use]
pub fn upper_snake_constant(symbol: &str) -> String {
    if symbol.contains('_') || !symbol.chars().any(|c| c.is_ascii_lowercase()) {
        symbol.to_ascii_uppercase()
    } else {
        upper_snake(symbol)
    }
}

/// Is `s` `lower_snake` ASCII starting with a letter, without empty words?
#[must_use]
pub fn is_lower_snake(s: &str) -> bool {
    is_snake(s, |c| c.is_ascii_lowercase())
}

fn is_snake(s: &str, letter: fn(char) -> bool) -> bool {
    s.starts_with(letter) && s.split('_').all(|w| !w.is_empty() && w.chars().all(|c| letter(c) || c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pascal_fast_path_is_heck() {
        use proptest::prelude::*;
        let names = "[a-z0-9_]{0,12}|[A-Z0-9_]{0,12}|[a-zA-Z0-9_]{0,12}";
        proptest!(|(s in names)| {
            prop_assert_eq!(pascal(&s), s.to_upper_camel_case());
        });
        for s in ["http_v2_api", "HTTP2_ERROR", "a__b", "_x_", "9_lives", "V2", "DEVICE_NOT_FOUND", ""] {
            assert_eq!(pascal(s), s.to_upper_camel_case(), "{s}");
        }
    }

    #[test]
    fn conversions() {
        assert_eq!(pascal("http_v2_api"), "HttpV2Api");
        assert_eq!(lower_camel("http_v2_api"), "httpV2Api");
        assert_eq!(upper_snake("APIError"), "API_ERROR");
        assert_eq!(upper_snake("RayvisionError"), "RAYVISION_ERROR");
        assert!(is_lower_snake("larkea") && !is_lower_snake("Larkea"));
        assert!(is_wire_name("DuplicateKey") && is_wire_name("OBSOLETE_ER_FOO__UNUSED") && is_wire_name("a"));
        assert!(!is_wire_name("_A") && !is_wire_name("2FA") && !is_wire_name("A-B") && !is_wire_name(""));
        assert_eq!(upper_snake_constant("DuplicateKey"), "DUPLICATE_KEY");
        assert_eq!(upper_snake_constant("OBSOLETE_ER_FOO__UNUSED"), "OBSOLETE_ER_FOO__UNUSED");
        assert_eq!(upper_snake_constant("ER_XPLUGIN_IPv6_AVAILABLE"), "ER_XPLUGIN_IPV6_AVAILABLE");
        assert_eq!(upper_snake_constant("APIError"), "API_ERROR");
        assert_eq!(upper_snake_constant("MaxTimeMSExpired"), "MAX_TIME_MS_EXPIRED");
        assert_eq!(upper_snake_constant("HTTP2"), "HTTP2");
    }
}
