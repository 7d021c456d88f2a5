//! Reading `catalog.yaml`: bytes to text to the raw model, each failure a [`Diagnostic`].

use std::io::Read as _;
use std::path::Path;

use super::diagnostic::{Diagnostic, Diagnostics};
use super::locate::Locator;
use super::model::Catalog;
use super::raw::RawCatalog;
use super::syntax;
use super::validate::validate;

/// Reads, parses and validates the catalog at `path`.
///
/// # Errors
/// Every problem found: an unreadable or non-UTF-8 file, YAML errors, broken rules.
pub fn load(path: &Path) -> Result<Catalog, Diagnostics> {
    load_str(&read(path)?, &path.display().to_string())
}

/// The text of the catalog at `path`, read with a bound on its size.
///
/// # Errors
/// An unreadable, too large or non-UTF-8 file.
pub fn read(path: &Path) -> Result<String, Diagnostics> {
    let file = path.display().to_string();
    let fail = |d: Diagnostic| Diagnostics::new(&file, "", vec![d]);
    let unreadable = |e: std::io::Error| {
        fail(Diagnostic::new(
            "unreadable-file",
            format!("cannot read the catalog: {e}"),
            "check the path; pass another with --catalog PATH",
        ))
    };
    // Only a regular file (or a symlink to one): opening a FIFO waits for a writer that may
    // never come, and a device or socket is no catalog.
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(fail(Diagnostic::new(
                "not-a-file",
                format!("the catalog is not a regular file (it is {})", kind_of(&meta)),
                "pass a YAML file with --catalog PATH",
            )));
        }
        Ok(_) => {}
        Err(e) => return Err(unreadable(e)),
    }
    // Read at most one byte past the limit: a device such as /dev/zero never ends.
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes)).map_err(unreadable)?;
    if bytes.len() > MAX_BYTES {
        return Err(fail(too_large()));
    }
    let src = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.split(|&b| b == b'\n').count();
        let column = valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        fail(
            Diagnostic::new(
                "not-utf8",
                "the catalog is not UTF-8 text",
                "save the file as UTF-8; a catalog is a YAML text file",
            )
            .at((line, column)),
        )
    })?;
    Ok(src)
}

/// What a file that is not a regular one is, for the error that refuses it.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    let kind = meta.file_type();
    if kind.is_dir() {
        "a folder"
    } else if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "not a file"
    }
}

/// Parses and validates catalog text; `file` names it in diagnostics.
///
/// # Errors
/// Every problem found, as for [`load`].
pub fn load_str(src: &str, file: &str) -> Result<Catalog, Diagnostics> {
    parse(src, file)?.validate()
}

/// A catalog read from YAML but not yet validated: the two steps apart, so benchmarks can time
/// each.
pub struct Parsed<'a> {
    src: &'a str,
    file: String,
    raw: RawCatalog,
    loc: Locator<'a>,
}

impl Parsed<'_> {
    /// Checks every rule (see `validate.rs`).
    ///
    /// # Errors
    /// Every problem found, each with its place in the text.
    pub fn validate(&self) -> Result<Catalog, Diagnostics> {
        let mut catalog =
            validate(&self.raw, &self.loc).map_err(|items| Diagnostics::new(&self.file, self.src, items))?;
        catalog.source.clone_from(&self.file);
        Ok(catalog)
    }
}

/// Reads catalog text into the raw model.
///
/// # Errors
/// An empty text, YAML syntax errors, wrong types, missing or unknown fields.
pub fn parse<'a>(src: &'a str, file: &str) -> Result<Parsed<'a>, Diagnostics> {
    let src = text(src, file)?;
    syntax::check(src).map_err(|items| Diagnostics::new(file, src, items))?;
    // Where each key is, scanned on a second thread while serde reads the values (the scan is
    // the shorter of the two, so it costs no time).
    let (raw, loc) = std::thread::scope(|scope| {
        let loc = scope.spawn(|| Locator::scanned(src));
        let raw = serde_yaml::from_str::<RawCatalog>(src);
        (raw, loc.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });
    let raw = raw.map_err(|e| Diagnostics::new(file, src, serde_errors(&e, src, &loc)))?;
    Ok(Parsed { src, file: file.to_owned(), raw, loc })
}

/// As [`parse`], but serde reads the text on a thread of its own while the YAML rules are
/// checked, instead of after them: the two cost the longer of their times, not the sum.
///
/// The rules come first in [`parse`] because serde is slow or huge on some texts (an alias
/// bomb, thousands of nested brackets). Here, when they refuse the text, their errors return at
/// once and serde's thread is left running, detached, on its own copy of the text. So this is
/// only for a process that exits as soon as a catalog is refused, as `gen` does: there, the
/// thread ends with it. Anything else calls [`parse`].
///
/// # Errors
/// As [`parse`].
pub fn parse_then_exit_on_error<'a>(src: &'a str, file: &str) -> Result<Parsed<'a>, Diagnostics> {
    let src = text(src, file)?;
    let owned: std::sync::Arc<str> = src.into();
    // Dropped unjoined when the rules refuse the text: the thread is detached.
    let serde = std::thread::spawn(move || serde_yaml::from_str::<RawCatalog>(&owned));
    syntax::check(src).map_err(|items| Diagnostics::new(file, src, items))?;
    let loc = Locator::scanned(src);
    let raw = serde.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let raw = raw.map_err(|e| Diagnostics::new(file, src, serde_errors(&e, src, &loc)))?;
    Ok(Parsed { src, file: file.to_owned(), raw, loc })
}

/// The text a catalog's YAML is read from: not too large, without a byte-order mark (some
/// Windows editors write one; it is not part of the text), not empty.
fn text<'a>(src: &'a str, file: &str) -> Result<&'a str, Diagnostics> {
    let fail = |d: Diagnostic| Diagnostics::new(file, src, vec![d]);
    if src.len() > MAX_BYTES {
        return Err(fail(too_large()));
    }
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if src.trim().is_empty() {
        return Err(fail(
            Diagnostic::new(
                "empty-file",
                "the catalog is empty",
                "`gen init` writes a starter catalog; `gen help catalog` prints the format",
            )
            .at((1, 1)),
        ));
    }
    Ok(src)
}

/// The largest catalog read: room for 100,000 codes in three locales (about 20 MiB), and small
/// enough that reading, checking and generating it stays within seconds and 1 GiB (see the
/// hostile-input benchmarks).
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

fn too_large() -> Diagnostic {
    Diagnostic::new(
        "too-large",
        format!("the catalog is larger than {} MiB", MAX_BYTES / 1024 / 1024),
        "a catalog is a YAML text file of a few MB at most: check that --catalog names the right file",
    )
}

/// The top-level fields every catalog has.
const REQUIRED: [&str; 5] = ["package", "version", "default_locale", "locales", "namespaces"];

/// A `serde_yaml` error as diagnostics. serde stops at the first missing field; when that is a
/// top-level one, every required top-level field the text lacks is reported, so that a first
/// catalog takes one run to complete, not one run per field.
fn serde_errors(e: &serde_yaml::Error, src: &str, loc: &Locator<'_>) -> Vec<Diagnostic> {
    let first = yaml_error(e, src);
    let top_level_missing = first.rule == "missing-field"
        && quoted_after(&first.message, "missing field `").is_some_and(|f| REQUIRED.contains(&f));
    // Only a block-style text says which keys it has (a flow-style `{...}` document does not).
    if !top_level_missing || !REQUIRED.iter().chain(&["targets", "metadata"]).any(|k| loc.has_top(k)) {
        return vec![first];
    }
    REQUIRED
        .iter()
        .filter(|key| !loc.has_top(key))
        .map(|key| Diagnostic::new("missing-field", format!("missing field `{key}`"), first.help.clone()).at((1, 1)))
        .collect()
}

/// A `serde_yaml` error as a diagnostic: its own position, and a did-you-mean for unknown fields.
fn yaml_error(e: &serde_yaml::Error, src: &str) -> Diagnostic {
    let text = e.to_string();
    // serde_yaml appends " at line L column C" to the message; the position goes in `--> `.
    let message = text.split(" at line ").next().unwrap_or(&text).to_owned();
    let (rule, help) = if let Some(field) = quoted_after(&message, "unknown field `") {
        // serde lists the fields this level takes: "expected one of `code`, `symbol`, ...".
        let expected = message.split_once("expected").map_or("", |(_, list)| list);
        let best = expected
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|k| (strsim::levenshtein(field, k), k))
            .filter(|(d, _)| *d <= 2)
            .min();
        let help = match best {
            Some((_, k)) => format!("did you mean `{k}`?"),
            None => "remove the field; `gen help catalog` lists the fields each level takes".to_owned(),
        };
        ("unknown-field", help)
    } else if message.contains("missing field") {
        ("missing-field", "add the field; `gen help catalog` lists the fields each level takes".to_owned())
    } else if message.contains("invalid type") || message.contains("invalid value") {
        ("wrong-type", "give the value the type `gen help catalog` documents for this field".to_owned())
    } else {
        ("yaml-syntax", "fix the YAML syntax at this place".to_owned())
    };
    let diag = Diagnostic::new(rule, message, help);
    match e.location() {
        Some(loc) => diag.at(text_position(src, loc.line(), loc.column())),
        None => diag,
    }
}

/// `serde_yaml`'s 1-based (line, column) as this file's lines count them. libyaml, under
/// `serde_yaml`, follows YAML 1.1 and breaks lines at U+0085, U+2028 and U+2029 too, so past such
/// a character in a message its line numbers run ahead of the file's; lines here, as in every
/// editor and the diagnostics' snippets, break at `\n` only.
fn text_position(src: &str, line: usize, column: usize) -> (usize, usize) {
    if !src.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
        return (line, column);
    }
    let (mut yaml_line, mut yaml_column) = (1, 1);
    let (mut text_line, mut text_column) = (1, 1);
    let mut chars = src.chars().peekable();
    while (yaml_line, yaml_column) < (line, column) {
        let Some(c) = chars.next() else { break };
        match c {
            '\n' => {
                (yaml_line, yaml_column) = (yaml_line + 1, 1);
                (text_line, text_column) = (text_line + 1, 1);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\r' => {
                (yaml_line, yaml_column) = (yaml_line + 1, 1);
                text_column += 1;
            }
            _ => {
                yaml_column += 1;
                text_column += 1;
            }
        }
    }
    (text_line, text_column)
}

fn quoted_after<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let start = text.find(prefix)? + prefix.len();
    let len = text[start..].find('`')?;
    Some(&text[start..start + len])
}
