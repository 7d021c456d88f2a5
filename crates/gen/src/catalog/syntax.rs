//! The YAML a catalog may use, checked on the parser's event stream before serde reads a value,
//! so that what serde reads means what it says and costs what its size says:
//!
//! - no anchors or aliases: a catalog has no need for them, and expanding them is how a small
//!   file becomes gigabytes;
//! - no tags (`!!binary`, `!foo`): serde would drop them silently;
//! - no nulls (`~`, `null`, an empty value): serde would read `~` as the text "~";
//! - no repeated key in a mapping: serde would keep the last one;
//! - at most [`MAX_DEPTH`] levels of nesting (a catalog uses five), one document.
//!
//! Every problem is collected (up to [`MAX_PROBLEMS`]), each at its line and column.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use super::diagnostic::Diagnostic;

/// Nesting deeper than a catalog ever needs is refused before it costs anything.
pub const MAX_DEPTH: usize = 16;

/// After this many problems the check stops: the rest are more of the same.
pub const MAX_PROBLEMS: usize = 200;

/// Checks `src` against the rules above.
///
/// # Errors
/// Every problem found, each located.
pub fn check(src: &str) -> Result<(), Vec<Diagnostic>> {
    let mut out = Vec::new();
    // One frame per open collection: for a mapping, its keys so far and whether the next
    // scalar is a key.
    let mut stack: Vec<Frame> = Vec::new();
    let mut documents = 0;
    for event in Parser::new_from_str(src) {
        let (event, span) = match event {
            Ok(pair) => pair,
            Err(e) => {
                let m = e.marker();
                // The parser stops at its own nesting limit before the event that would pass ours.
                let diagnostic = if e.info().contains("recursion limit") {
                    too_deep()
                } else {
                    Diagnostic::new("yaml-syntax", e.info().to_owned(), "fix the YAML syntax at this place")
                };
                out.push(diagnostic.at((m.line(), m.col() + 1)));
                return Err(out);
            }
        };
        let at = (span.start.line(), span.start.col() + 1);
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    out.push(
                        Diagnostic::new(
                            "yaml-documents",
                            "the file holds more than one YAML document",
                            "a catalog is one document: remove the `---` line and what follows, or merge them",
                        )
                        .at(at),
                    );
                }
            }
            Event::Alias(_) => out.push(anchor(at, "an alias (`*name`)")),
            Event::Scalar(value, style, anchor_id, tag) => {
                refuse_anchor_and_tag(anchor_id, tag.is_some(), at, &mut out);
                let is_key = stack.last_mut().is_some_and(Frame::next_is_key);
                if let Some(Frame::Mapping { keys, .. }) = stack.last_mut().filter(|_| is_key) {
                    if let Some(first) = keys.insert(value.to_string(), at.0) {
                        out.push(Diagnostic::new(
                            "duplicate-key",
                            format!("key `{value}` appears twice in one mapping (first on line {first})"),
                            "keep one: YAML gives a repeated key no meaning, and the generator does not guess which one you meant",
                        ).at(at));
                    }
                } else if style == ScalarStyle::Plain && is_null(&value) {
                    out.push(null(&value, at, &span));
                }
            }
            Event::SequenceStart(anchor_id, ref tag) | Event::MappingStart(anchor_id, ref tag) => {
                refuse_anchor_and_tag(anchor_id, tag.is_some(), at, &mut out);
                if stack.last_mut().is_some_and(Frame::next_is_key) {
                    out.push(
                        Diagnostic::new(
                            "yaml-complex-key",
                            "a mapping key is itself a list or mapping",
                            "keys in a catalog are plain names",
                        )
                        .at(at),
                    );
                }
                if stack.len() >= MAX_DEPTH {
                    out.push(too_deep().at(at));
                    return Err(out);
                }
                stack.push(if matches!(event, Event::MappingStart(..)) {
                    Frame::Mapping { keys: HashMap::new(), key_next: true }
                } else {
                    Frame::Sequence
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                // The parent's key/value alternation already advanced when the collection started.
                stack.pop();
            }
            _ => {}
        }
        if out.len() >= MAX_PROBLEMS {
            break;
        }
    }
    if out.is_empty() { Ok(()) } else { Err(out) }
}

enum Frame {
    Sequence,
    Mapping { keys: HashMap<String, usize>, key_next: bool },
}

impl Frame {
    /// Whether the node now starting is a mapping key; advances the key/value alternation.
    fn next_is_key(&mut self) -> bool {
        match self {
            Self::Sequence => false,
            Self::Mapping { key_next, .. } => {
                let is_key = *key_next;
                *key_next = !*key_next;
                is_key
            }
        }
    }
}

/// The plain scalars YAML 1.2's core schema reads as null.
fn is_null(value: &str) -> bool {
    matches!(value, "" | "~" | "null" | "Null" | "NULL")
}

fn refuse_anchor_and_tag(anchor_id: usize, tagged: bool, at: (usize, usize), out: &mut Vec<Diagnostic>) {
    if anchor_id != 0 {
        out.push(anchor(at, "an anchor (`&name`)"));
    }
    if tagged {
        out.push(
            Diagnostic::new(
                "yaml-tag",
                "a YAML tag (`!!type` or `!name`)",
                "remove the tag: a catalog's values are plain text and numbers, and a tag would be silently ignored",
            )
            .at(at),
        );
    }
}

fn too_deep() -> Diagnostic {
    Diagnostic::new(
        "yaml-depth",
        format!("the YAML nests deeper than the {MAX_DEPTH} levels a catalog may use"),
        "a catalog nests five levels deep; check the brackets and indentation",
    )
}

fn anchor(at: (usize, usize), what: &str) -> Diagnostic {
    Diagnostic::new(
        "yaml-anchor",
        format!("{what}: a catalog uses no anchors or aliases"),
        "write the value out in full where it is used; reviewers read each entry on its own",
    )
    .at(at)
}

fn null(value: &str, at: (usize, usize), span: &Span) -> Diagnostic {
    let shown = if value.is_empty() { "an empty value".to_owned() } else { format!("`{value}`") };
    // An empty value's span is where the next token starts: point at the key's line instead.
    let at = if value.is_empty() { (span.start.line(), at.1) } else { at };
    Diagnostic::new(
        "null-value",
        format!("{shown} is null, and a catalog has no null values"),
        "leave an optional field out entirely; if you mean the text, quote it (\"~\")",
    )
    .at(at)
}

#[cfg(test)]
mod tests {
    use super::check;

    fn rules(src: &str) -> Vec<(&'static str, usize)> {
        check(src).err().unwrap_or_default().into_iter().map(|d| (d.rule, d.line)).collect()
    }

    #[test]
    fn refuses_what_serde_would_misread() {
        assert_eq!(rules("a: 1\nb: [x, {c: d}]\n"), []);
        assert_eq!(rules("a: &x 1\nb: *x\n"), [("yaml-anchor", 1), ("yaml-anchor", 2)]);
        assert_eq!(rules("a: !!binary aGk=\nb: !foo x\n"), [("yaml-tag", 1), ("yaml-tag", 2)]);
        assert_eq!(rules("a: ~\nb: null\nc: \"~\"\nd: '' \n"), [("null-value", 1), ("null-value", 2)]);
        assert_eq!(rules("m: {en: x, en: y}\nn:\n  k: 1\n  k: 2\n"), [("duplicate-key", 1), ("duplicate-key", 4)]);
        assert_eq!(rules("a: 1\n---\na: 2\n"), [("yaml-documents", 2)]);
        assert_eq!(rules("\u{feff}a: 1\n"), []);
        let deep = format!("a: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(rules(&deep).len(), 1);
    }
}
