//! Case conversion shared by every target, through heck. What a language names with it, and its
//! reserved words, live with that language (its `Naming` in `targets/<language>.rs`).

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// `UpperCamelCase`, for names derived from a namespace (`larkea` -> `Larkea`).
#[must_use]
pub fn pascal(s: &str) -> String {
    s.to_upper_camel_case()
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
