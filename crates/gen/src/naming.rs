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

/// Is `s` `UPPER_SNAKE` ASCII starting with a letter, without empty words (`A_B2`, not `_A`,
/// `A__B`, `A_`)?
#[must_use]
pub fn is_upper_snake(s: &str) -> bool {
    is_snake(s, |c| c.is_ascii_uppercase())
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
        assert!(is_upper_snake("A_B2") && is_upper_snake("HTTP2"));
        assert!(!is_upper_snake("_A") && !is_upper_snake("A__B") && !is_upper_snake("A_") && !is_upper_snake("2A"));
        assert!(!is_upper_snake("ApiError") && !is_upper_snake("ÄRGER"));
        assert!(is_lower_snake("larkea") && !is_lower_snake("Larkea"));
    }
}
