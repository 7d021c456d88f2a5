//! Reading a source file: bounded in size, UTF-8, a regular file.

use std::io::Read as _;
use std::path::Path;

use super::Source;
use crate::catalog::{Diagnostic, Diagnostics, MAX_BYTES};

/// The source at `path`, shown in errors and comments as `shown`.
///
/// # Errors
/// A path that is not a readable regular file of UTF-8 text within [`MAX_BYTES`].
pub fn read(path: &Path, shown: &str) -> Result<Source, Diagnostics> {
    let fail =
        |rule, message: String, help: &str| Diagnostics::new(shown, "", vec![Diagnostic::new(rule, message, help)]);
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(fail("not-a-file", "the source is not a regular file".to_owned(), "pass the table's file"));
        }
        Ok(_) => {}
        Err(e) => return Err(fail("unreadable-file", format!("cannot read the source: {e}"), "check the path")),
    }
    let mut bytes = Vec::new();
    if let Err(e) = std::fs::File::open(path).and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes)) {
        return Err(fail("unreadable-file", format!("cannot read the source: {e}"), "check the path"));
    }
    if bytes.len() > MAX_BYTES {
        let message = format!("the source is larger than {} MiB", MAX_BYTES / 1024 / 1024);
        return Err(fail("too-large", message, "import the tables in parts, one file each"));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source {
            file: shown.to_owned(),
            text: text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text),
        }),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.split(|&b| b == b'\n').count();
            Err(Diagnostics::new(
                shown,
                "",
                vec![super::at(
                    line,
                    "not-utf8",
                    "the source is not UTF-8 text",
                    "convert it first, e.g. `iconv -f latin1 -t utf-8`",
                )],
            ))
        }
    }
}
