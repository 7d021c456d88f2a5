//! Where things are in the catalog's text, so validation can name `file:line:column`.
//!
//! `serde_yaml` keeps positions only for syntax errors, not for the values it returns, so this
//! module reads the block layout the README documents: top-level keys at column 1, namespaces
//! as `- ` items under `namespaces:`, entries as `- ` items under each `entries:`. It only ever
//! supplies positions; when the text is laid out otherwise (flow style), a position falls back to
//! the enclosing item, never to a wrong entry.

use std::collections::BTreeMap;
use std::sync::OnceLock;

type Pos = (usize, usize);

/// Positions in a catalog's text, read from it the first time one is asked for (every entry
/// of the model keeps its place, so a catalog that reaches validation is always scanned; see
/// [`Locator::scanned`]).
pub struct Locator<'a> {
    src: &'a str,
    index: OnceLock<Index<'a>>,
}

#[derive(Debug, Default)]
struct Index<'a> {
    top: BTreeMap<String, Pos>,
    namespaces: Vec<Item<'a>>,
}

/// A namespace or an entry: where it starts, its keys (a handful, the first of a repeated one
/// kept: a short list searched in order beats a map), and a namespace's entries.
#[derive(Debug, Default)]
struct Item<'a> {
    start: Pos,
    keys: Vec<(&'a str, Pos)>,
    entries: Vec<Item<'a>>,
}

impl Item<'_> {
    fn key(&self, key: &str) -> Option<Pos> {
        self.keys.iter().find(|(k, _)| *k == key).map(|(_, pos)| *pos)
    }
}

impl<'a> Locator<'a> {
    pub fn new(src: &'a str) -> Self {
        Self { src, index: OnceLock::new() }
    }

    /// A locator whose scan is done: built on a thread of its own while serde reads the values
    /// (both only read the text), it costs a run no time.
    pub fn scanned(src: &'a str) -> Self {
        let locator = Self::new(src);
        locator.index();
        locator
    }

    fn index(&self) -> &Index<'a> {
        self.index.get_or_init(|| Index::new(self.src))
    }

    /// A top-level key, or a key one level in as `top.key` (`attributes.http_status`), or the
    /// file's start.
    pub fn top(&self, key: &str) -> Pos {
        self.index().top(key)
    }

    /// Whether the text has the top-level key `key` in block style (`key:` at column 1).
    pub fn has_top(&self, key: &str) -> bool {
        self.index().top.contains_key(key)
    }

    /// A namespace's key (`name`, `entries`...), or the namespace item, or `namespaces:`.
    pub fn namespace(&self, ns: usize, key: &str) -> Pos {
        self.index().namespace(ns, key)
    }

    /// An entry's key (`code`, `symbol`, `message`, or a locale inside `message`), or the entry
    /// item, or its namespace.
    pub fn entry(&self, ns: usize, entry: usize, key: &str) -> Pos {
        self.index().entry(ns, entry, key)
    }
}

impl<'a> Index<'a> {
    fn new(src: &'a str) -> Self {
        let mut loc = Self::default();
        let mut in_namespaces = false;
        let mut ns_indent = None;
        let mut entry_indent = None;
        let mut in_entries = false;
        // The top-level key the current line is under, for keys one level in (`attributes:`'s
        // declarations, recorded as `attributes.<name>`).
        let mut top_key = String::new();
        for (i, raw) in src.lines().enumerate() {
            let line = i + 1;
            let text = raw.trim_start_matches(' ');
            let indent = raw.len() - text.len();
            if text.is_empty() || text.starts_with('#') {
                continue;
            }
            if indent == 0 {
                in_namespaces = false;
                if let Some(key) = key_of(text) {
                    loc.top.entry(key.to_owned()).or_insert((line, 1));
                    in_namespaces = key == "namespaces";
                    key.clone_into(&mut top_key);
                }
                continue;
            }
            if !in_namespaces {
                if indent == 2
                    && let Some(key) = key_of(text)
                {
                    loc.top.entry(format!("{top_key}.{key}")).or_insert((line, 3));
                }
                continue;
            }
            let item = text.strip_prefix("- ").or_else(|| (text == "-").then_some(""));
            if let Some(rest) = item
                && ns_indent.is_none_or(|n| n == indent)
            {
                ns_indent = Some(indent);
                entry_indent = None;
                let mut ns = Item { start: (line, indent + 1), ..Item::default() };
                record_keys(&mut ns.keys, rest, line, indent + 3);
                in_entries = key_of(rest) == Some("entries");
                loc.namespaces.push(ns);
                continue;
            }
            let (Some(ns), Some(ns_indent)) = (loc.namespaces.last_mut(), ns_indent) else { continue };
            if indent == ns_indent + 2 && item.is_none() {
                record_keys(&mut ns.keys, text, line, indent + 1);
                in_entries = key_of(text) == Some("entries");
                continue;
            }
            if !in_entries || indent <= ns_indent {
                continue;
            }
            if let Some(rest) = item
                && entry_indent.is_none_or(|e| e == indent)
            {
                entry_indent = Some(indent);
                let mut entry = Item { start: (line, indent + 1), ..Item::default() };
                record_keys(&mut entry.keys, rest, line, indent + 3);
                ns.entries.push(entry);
                continue;
            }
            // The entry's keys, and those one level in (a locale under `message:`, an attribute
            // under `attributes:`), so a diagnostic about either points at its line.
            if let (Some(e), Some(entry)) = (entry_indent, ns.entries.last_mut())
                && (indent == e + 2 || indent == e + 4)
            {
                record_keys(&mut entry.keys, text, line, indent + 1);
            }
        }
        loc
    }

    fn top(&self, key: &str) -> Pos {
        self.top.get(key).copied().unwrap_or((1, 1))
    }

    fn namespace(&self, ns: usize, key: &str) -> Pos {
        match self.namespaces.get(ns) {
            Some(item) => item.key(key).unwrap_or(item.start),
            None => self.top("namespaces"),
        }
    }

    fn entry(&self, ns: usize, entry: usize, key: &str) -> Pos {
        match self.namespaces.get(ns).and_then(|n| n.entries.get(entry)) {
            Some(item) => item.key(key).unwrap_or(item.start),
            None => self.namespace(ns, "entries"),
        }
    }
}

/// The key of a `key: value` or `key:` line.
fn key_of(text: &str) -> Option<&str> {
    let (key, rest) = text.split_once(':')?;
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (plain && (rest.is_empty() || rest.starts_with(' '))).then_some(key)
}

/// Records the key of `text` at `column`, and the keys of a one-line flow mapping after it
/// (`message: {en: ..., zh: ...}`), so a missing or stray locale points at its own column.
fn record_keys<'a>(keys: &mut Vec<(&'a str, Pos)>, text: &'a str, line: usize, column: usize) {
    let mut record = |key: &'a str, pos: Pos| {
        if !keys.iter().any(|(k, _)| *k == key) {
            keys.push((key, pos));
        }
    };
    let Some(key) = key_of(text) else { return };
    record(key, (line, column));
    let rest = &text[key.len() + 1..];
    if let Some(open) = rest.find('{') {
        // Each `key:` at the start of a comma-separated part of the flow mapping.
        let mut offset = column + key.len() + 1 + open + 1;
        for part in rest[open + 1..].split(',') {
            let trimmed = part.trim_start();
            if let Some(key) = key_of(trimmed) {
                record(key, (line, offset + part.len() - trimmed.len()));
            }
            offset += part.len() + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Locator;

    #[test]
    fn finds_namespaces_entries_and_flow_keys() {
        let src = "package: x\nnamespaces:\n  # c\n  - name: a\n    entries:\n      - code: 1\n        symbol: A\n        message: {en: x, zh: y}\n  - name: b\n    entries:\n      - code: 2\n";
        let loc = Locator::new(src);
        assert_eq!(loc.top("package"), (1, 1));
        assert_eq!(loc.namespace(0, "name"), (4, 5));
        assert_eq!(loc.namespace(1, "name"), (9, 5));
        assert_eq!(loc.entry(0, 0, "code"), (6, 9));
        assert_eq!(loc.entry(0, 0, "symbol"), (7, 9));
        assert_eq!(loc.entry(0, 0, "zh"), (8, 26));
        assert_eq!(loc.entry(1, 0, "code"), (11, 9));
        assert_eq!(loc.entry(1, 5, "code"), (10, 5));
    }
}
