//! The catalog an import writes: YAML laid out as catalog.yaml is, each decision a comment
//! beside what it decided, every value quoted when YAML or a reader could take it for another.

use std::fmt::Write as _;

use super::{Code, Draft, Kind, Value, symbol};
use crate::catalog::Diagnostics;
use crate::escape;

/// The catalog text, checked as `gen` checks it. A name one language cannot hold is renamed by
/// the one rule of [`symbol::fallback`] (recorded beside the entry), and the catalog checked
/// again; whatever is still refused is returned, against the text that was made.
pub fn checked(draft: &mut Draft, kind: Kind, from: &[&str]) -> Result<String, Diagnostics> {
    let shown = "the imported catalog";
    for attempt in 0..2 {
        let (text, places) = write(draft, kind, from);
        let Err(problems) = crate::load_str(&text, shown) else { return Ok(text) };
        let mut renamed = false;
        for problem in &problems.items {
            let place = places.iter().find(|p| (p.first..=p.last).contains(&problem.line));
            if let (0, Some(place)) = (attempt, place) {
                let entry = &mut draft.namespaces[place.namespace].entries[place.entry];
                let old = entry.symbol.clone().unwrap_or_default();
                let code = entry.code.clone().unwrap_or(Code::Int(0));
                let new = format!("{old}_{}", symbol::fallback(&code).trim_start_matches("CODE_"));
                if !entry.decisions.iter().any(|d| d.kind == "symbol-refused") {
                    entry.decide("symbol-refused", format!("{old} was refused ({}): renamed {new}", problem.message));
                    entry.symbol = Some(new);
                    renamed = true;
                }
            }
        }
        if !renamed {
            return Err(problems);
        }
    }
    let (text, _) = write(draft, kind, from);
    crate::load_str(&text, shown).map(|_| text)
}

/// Where an entry is in the text written: its namespace and index, and its lines.
struct Place {
    namespace: usize,
    entry: usize,
    first: usize,
    last: usize,
}

fn write(draft: &Draft, kind: Kind, from: &[&str]) -> (String, Vec<Place>) {
    let mut out = String::new();
    let mut places = Vec::new();
    // Lines written so far, counted as the text grows (counting from the start each time would
    // make a catalog of many entries quadratic).
    let (mut lines, mut counted) = (0, 0);
    let mut line_count = |out: &String| {
        lines += out[counted..].matches('\n').count();
        counted = out.len();
        lines
    };
    header(&mut out, draft, kind, from);
    out.push_str("namespaces:\n");
    for (n, ns) in draft.namespaces.iter().enumerate() {
        let _ = writeln!(out, "  # From {}.", comment(&ns.origin));
        for note in &ns.notes {
            let _ = writeln!(out, "  # import: {}", comment(note));
        }
        let _ = writeln!(out, "  - name: {}", ns.name);
        if !ns.description.is_empty() {
            let _ = writeln!(out, "    description: {}", scalar(&ns.description, false));
        }
        if ns.string_codes {
            out.push_str("    code_type: string\n");
        }
        if !ns.retired.is_empty() || !ns.retired_symbols.is_empty() {
            out.push_str("    retired:\n");
            if !ns.retired.is_empty() {
                out.push_str("      codes:\n");
                for (code, name) in &ns.retired {
                    let _ = writeln!(out, "        - {}   # {}", code_scalar(code), comment(name));
                }
            }
            if !ns.retired_symbols.is_empty() {
                let names: Vec<String> = ns.retired_symbols.iter().map(|s| scalar(s, true)).collect();
                let _ = writeln!(out, "      symbols: [{}]", names.join(", "));
            }
        }
        out.push_str("    entries:\n");
        for (i, e) in ns.entries.iter().enumerate() {
            let first = line_count(&out) + 1;
            for d in &e.decisions {
                let _ = writeln!(out, "      # import: {}", comment(&d.text));
            }
            let code = e.code.as_ref().map_or_else(|| "0".to_owned(), code_scalar);
            let _ = writeln!(out, "      - code: {code}");
            let _ = writeln!(out, "        symbol: {}", scalar(e.symbol.as_deref().unwrap_or_default(), false));
            if !e.aliases.is_empty() {
                let aliases: Vec<String> = e.aliases.iter().map(|s| scalar(s, true)).collect();
                let _ = writeln!(out, "        aliases: [{}]", aliases.join(", "));
            }
            if !e.params.is_empty() {
                let params: Vec<String> = e.params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
                let _ = writeln!(out, "        params: {{{}}}", params.join(", "));
            }
            // On one line as catalog.yaml writes them, unless that line would be long.
            let flow: Vec<String> =
                e.messages.iter().map(|(l, t)| format!("{}: {}", scalar(l, true), scalar(t, true))).collect();
            let line = format!("        message: {{{}}}", flow.join(", "));
            if line.chars().count() <= 100 {
                let _ = writeln!(out, "{line}");
            } else {
                out.push_str("        message:\n");
                for (locale, text) in &e.messages {
                    let _ = writeln!(out, "          {}: {}", scalar(locale, false), scalar(text, false));
                }
            }
            if let Some(reason) = &e.deprecated {
                let _ = writeln!(out, "        deprecated: {{reason: {}}}", scalar(reason, true));
            }
            // A value equal to the attribute's default is left to the default: no line per entry.
            let values: Vec<String> = e
                .attributes
                .iter()
                .filter(|(_, v)| !is_default(v))
                .map(|(n, v)| format!("{n}: {}", value(v)))
                .collect();
            if !values.is_empty() {
                let _ = writeln!(out, "        attributes: {{{}}}", values.join(", "));
            }
            places.push(Place { namespace: n, entry: i, first, last: line_count(&out) });
        }
    }
    (out, places)
}

/// Everything above `namespaces:`: where the catalog came from, its settings and attributes.
fn header(out: &mut String, draft: &Draft, kind: Kind, from: &[&str]) {
    let default = draft.default_locale.clone().unwrap_or_else(|| "en".to_owned());
    let package =
        format!("{}-errors", draft.namespaces.first().map_or("imported", |ns| ns.name.as_str()).replace('_', "-"));
    let _ = writeln!(out, "# yaml-language-server: $schema=generated/json/catalog.schema.json");
    let _ = writeln!(out, "# Imported by `gen import --from {}` from {}.", kind.name(), comment(&from.join(", ")));
    out.push_str(
        "# Each `# import:` comment is a decision the import made: review them, then edit freely.\n\
         # `gen help catalog` describes every field.\n",
    );
    let _ = writeln!(out, "package: {package}");
    out.push_str("version: 0.1.0\n");
    let _ = writeln!(out, "default_locale: {}", scalar(&default, true));
    let locales: Vec<String> = draft.locales.iter().map(|l| scalar(l, true)).collect();
    let _ = writeln!(out, "locales: [{}]", locales.join(", "));
    out.push_str("targets:\n  java: {package: com.example.errors}   # Java's package and Maven groupId: set yours\n");
    if !draft.attributes.is_empty() {
        out.push_str("attributes:\n");
        for a in &draft.attributes {
            let default = match a.ty {
                "int" => "0",
                "list<string>" => "[]",
                _ => "\"\"",
            };
            let _ =
                writeln!(out, "  {}: {{type: {}, default: {default}, doc: {}}}", a.name, a.ty, scalar(&a.doc, true));
        }
    }
}

fn code_scalar(code: &Code) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Text(s) => quoted(s),
    }
}

/// Whether `v` is the default every attribute of its type is declared with (see `write`).
fn is_default(v: &Value) -> bool {
    match v {
        Value::Int(n) => *n == 0,
        Value::Text(s) => s.is_empty(),
        Value::List(items) => items.is_empty(),
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Text(s) => scalar(s, true),
        Value::List(items) => format!("[{}]", items.iter().map(|s| scalar(s, true)).collect::<Vec<_>>().join(", ")),
    }
}

/// Text as a YAML scalar: plain where YAML reads it back as the same text (`flow`: inside `[...]`
/// or `{...}`, where `,` and brackets end it), double-quoted with escapes otherwise.
fn scalar(text: &str, flow: bool) -> String {
    if plain(text, flow) { text.to_owned() } else { quoted(text) }
}

fn plain(text: &str, flow: bool) -> bool {
    const WORDS: [&str; 12] = ["null", "true", "false", "yes", "no", "on", "off", "y", "n", "~", "nan", "inf"];
    let Some(first) = text.chars().next() else { return false };
    let safe = |c: char| {
        c.is_ascii_alphanumeric()
            || " ._-()/'+=<>;!?$%".contains(c)
            || (!flow && ",[]".contains(c))
            || (!c.is_ascii() && !c.is_whitespace() && !escape::must_escape(c))
    };
    (first.is_alphabetic() || (!first.is_ascii() && safe(first)))
        && !text.ends_with(' ')
        && text.chars().all(safe)
        && !text.contains(" '")
        && !WORDS.contains(&text.to_ascii_lowercase().trim_start_matches('.'))
}

/// A double-quoted YAML scalar: `\` and `"` escaped, every control or invisible character as
/// its code point, so that none reaches the file raw.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => {
                if !escape::short_and_long_unicode_escape(c, &mut out) {
                    out.push(c);
                }
            }
        }
    }
    out.push('"');
    out
}

/// Source text in a comment: on one line, every character that could end or hide it shown as
/// `U+XXXX`.
fn comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if escape::must_escape(c) {
            escape::visible_codepoint(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_as_the_same_text() {
        let texts = [
            "failed",
            "no",
            "NO",
            "null",
            "123",
            "-1",
            "0/1 only",
            "a: b",
            "a #b",
            "#x",
            "- x",
            "'q'",
            "it's",
            "x, y",
            "[x]",
            "{p1}",
            "密钥删除失败，需要停用后删除",
            "tab\there",
            "zero\u{200B}width",
            "line\u{2028}sep",
            "\"q\"",
            "back\\slash",
            " lead",
            "trail ",
            "%d",
            "@x",
            "`x`",
            "*x",
            "&x",
            "!x",
            "|x",
            ">x",
            "?x",
            ":x",
            "x:",
        ];
        for text in texts {
            for flow in [false, true] {
                let yaml =
                    if flow { format!("[{}]", scalar(text, true)) } else { format!("k: {}", scalar(text, false)) };
                let back: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{yaml}: {e}"));
                let got = if flow { back[0].clone() } else { back["k"].clone() };
                assert_eq!(got.as_str(), Some(text), "{yaml}");
            }
        }
    }
}
