//! What the Java virtual machine's class files hold, for the targets that compile to them (Java,
//! Kotlin): a method's bytecode is at most 64 KiB, a string constant at most 65,535 bytes of
//! modified UTF-8. Each target keeps its data within these by the rules here.

/// The most array elements a data class holds: an element takes about 8 bytes of the class
/// initializer (capped at 64 KiB) and up to 2 constant-pool entries.
pub const DATA_ELEMENTS: usize = 6_000;

/// Codes per data class, for `values_per_code` array elements each. 90 locales make a class of
/// 60 codes.
pub fn chunk_size(values_per_code: usize) -> usize {
    (DATA_ELEMENTS / values_per_code.max(1)).clamp(1, 2_000)
}

/// The most bytes of modified UTF-8 per string constant, with a margin below javac's 65,535.
pub const CONSTANT_PART_BYTES: usize = 60_000;

/// `s` cut at character boundaries into parts of at most `limit` bytes of modified UTF-8 (NUL
/// and BMP characters take up to 3 bytes; a supplementary character 6, as two surrogates).
pub fn split_modified_utf8(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, c) in s.char_indices() {
        let len = match u32::from(c) {
            1..=0x7f => 1,
            0 | 0x80..=0x7ff => 2,
            0x800..=0xffff => 3,
            _ => 6,
        };
        if bytes + len > limit {
            parts.push(&s[start..i]);
            (start, bytes) = (i, 0);
        }
        bytes += len;
    }
    parts.push(&s[start..]);
    parts
}
