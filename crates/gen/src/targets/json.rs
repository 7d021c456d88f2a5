//! For tools that are not code (gateways, dashboards, translation tools): `catalog.json`, the
//! validated catalog as JSON, every default filled in and every entry in catalog order; and
//! `catalog.schema.json`, the JSON Schema of the catalog format itself, which editors (through
//! yaml-language-server) use to check and complete `catalog.yaml`.

use std::fmt::Write as _;

use askama::Template;

use super::{Name, Target};
use crate::catalog::{Catalog, Code, Entry, Namespace, Value};
use crate::escape::{json_string, json_string_into};
use crate::output::File;

pub struct Json;

impl Target for Json {
    fn name(&self) -> &'static str {
        "json"
    }

    fn reject(&self, _name: Name<'_>) -> Option<String> {
        None
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        Ok(vec![
            File::new("catalog.json", export(catalog, &header)),
            File::new(
                "catalog.schema.json",
                Schema {
                    header: &header,
                    targets: super::ALL.iter().map(|t| json_string(t.name())).collect::<Vec<_>>().join(", "),
                }
                .render()?,
            ),
        ])
    }
}

#[derive(Template)]
#[template(path = "json/catalog.schema.json", escape = "none")]
struct Schema<'a> {
    header: &'a str,
    /// Every target's name, as JSON strings joined by commas: what `generate` may list.
    targets: String,
}

/// The catalog as JSON: one line per entry, so a catalog change is a readable diff here too.
fn export(catalog: &Catalog, header: &str) -> String {
    let list = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
    let mut out = String::with_capacity(super::BYTES_PER_ENTRY * 64);
    let _ = writeln!(out, "{{ \"//\": {},", json_string(header));
    let _ = writeln!(out, "  \"package\": {},", json_string(&catalog.package));
    let _ = writeln!(out, "  \"version\": {},", json_string(&catalog.version));
    let _ = writeln!(out, "  \"default_locale\": {},", json_string(catalog.default_locale_tag()));
    let _ = writeln!(out, "  \"locales\": [{}],", list(&mut catalog.locales.iter().map(|l| json_string(l))));
    if let Some(base) = &catalog.problem_base_uri {
        let _ = writeln!(out, "  \"problem_base_uri\": {},", json_string(base));
    }
    let attributes = catalog.attributes.iter().map(|a| {
        // Always there: an entry lists only the values that are not it (see `entry`).
        let default = format!(", \"default\": {}", value(&a.unset()));
        format!(
            "\n    {{ \"name\": {}, \"type\": {}{default}, \"doc\": {} }}",
            json_string(&a.name),
            json_string(a.ty.spelling()),
            json_string(&a.doc)
        )
    });
    let attributes: Vec<String> = attributes.collect();
    let _ = writeln!(
        out,
        "  \"attributes\": [{}{}],",
        attributes.join(","),
        if attributes.is_empty() { "" } else { "\n  " }
    );
    out.push_str("  \"namespaces\": [\n");
    for (i, ns) in catalog.namespaces.iter().enumerate() {
        namespace(catalog, ns, &mut out);
        out.push_str(if i + 1 == catalog.namespaces.len() { "\n" } else { ",\n" });
    }
    out.push_str("  ]\n}\n");
    out
}

fn namespace(catalog: &Catalog, ns: &Namespace, out: &mut String) {
    let code_type = match ns.code_type {
        crate::catalog::CodeType::Integer => "integer",
        crate::catalog::CodeType::String => "string",
    };
    let _ = writeln!(
        out,
        "    {{ \"name\": {}, \"code_type\": \"{code_type}\", \"description\": {},",
        json_string(&ns.name),
        json_string(&ns.description)
    );
    let retired_codes: Vec<String> = ns.retired.codes.iter().map(code).collect();
    let retired_symbols: Vec<String> = ns.retired.symbols.iter().map(|s| json_string(s)).collect();
    let _ = writeln!(
        out,
        "      \"retired\": {{ \"codes\": [{}], \"symbols\": [{}] }},",
        retired_codes.join(", "),
        retired_symbols.join(", ")
    );
    out.push_str("      \"entries\": [\n");
    for (i, e) in ns.entries.iter().enumerate() {
        out.push_str("        ");
        entry(catalog, e, out);
        out.push_str(if i + 1 == ns.entries.len() { "\n" } else { ",\n" });
    }
    out.push_str("      ] }");
}

/// One entry: its code, names, messages (only the translations the catalog has), parameters,
/// deprecation and every attribute's value (defaults filled in).
fn entry(catalog: &Catalog, e: &Entry, out: &mut String) {
    let params: Vec<String> = e
        .params
        .iter()
        .map(|p| format!("{{ \"name\": {}, \"type\": {} }}", json_string(&p.name), json_string(p.ty.name())))
        .collect();
    // Only the values that are not the attribute's default: an attribute with a default adds
    // lines in proportion to the codes that set it.
    let attributes: Vec<String> = catalog
        .attributes
        .iter()
        .zip(&e.attributes)
        .filter(|(a, v)| **v != a.unset())
        .map(|(a, v)| format!("{}: {}", json_string(&a.name), value(v)))
        .collect();
    // Written straight into the output, the parts every entry has: they are most of the file.
    out.push_str("{ \"code\": ");
    code_into(out, &e.code);
    out.push_str(", \"symbol\": ");
    json_string_into(out, &e.symbol);
    out.push_str(", \"aliases\": [");
    for (i, alias) in e.aliases.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        json_string_into(out, alias);
    }
    out.push_str("], \"messages\": {");
    let mut first = true;
    for (tag, m) in catalog.locales.iter().zip(&e.messages) {
        let Some(m) = m else { continue };
        out.push_str(if first { " " } else { ", " });
        first = false;
        json_string_into(out, tag);
        out.push_str(": ");
        json_string_into(out, m);
    }
    out.push_str(if first { "}" } else { " }" });
    let _ = write!(out, ", \"params\": [{}], \"attributes\": {}", params.join(", "), object(&attributes));
    if let Some(d) = &e.deprecated {
        let replacement = d.replacement.as_ref().map(|r| format!(", \"replacement\": {}", json_string(r)));
        let _ = write!(
            out,
            ", \"deprecated\": {{ \"reason\": {}{} }}",
            json_string(&d.reason),
            replacement.unwrap_or_default()
        );
    }
    out.push_str(" }");
}

/// `{ "a": 1, "b": 2 }` of `members`, `{}` without any.
fn object(members: &[String]) -> String {
    if members.is_empty() { "{}".to_owned() } else { format!("{{ {} }}", members.join(", ")) }
}

fn code(code: &Code) -> String {
    let mut out = String::new();
    code_into(&mut out, code);
    out
}

/// [`code`], appended to `out`.
fn code_into(out: &mut String, code: &Code) {
    match code {
        Code::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Code::Str(s) => json_string_into(out, s),
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => json_string(s),
        Value::StringList(items) => {
            format!("[{}]", items.iter().map(|s| json_string(s)).collect::<Vec<_>>().join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every fixture's export is JSON that holds its catalog: each entry's code, symbol and
    /// translations, in catalog order (the hostile fixture's text included).
    #[test]
    fn the_export_is_json_holding_the_catalog() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mut checked = 0;
        for file in std::fs::read_dir(&fixtures).unwrap().map(|e| e.unwrap().path()) {
            if file.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let catalog = crate::load(&file).unwrap();
            let json: serde_json::Value = serde_json::from_str(&super::export(&catalog, "header")).unwrap();
            for (ns, exported) in catalog.namespaces.iter().zip(json["namespaces"].as_array().unwrap()) {
                let entries = exported["entries"].as_array().unwrap();
                assert_eq!(entries.len(), ns.entries.len());
                for (e, x) in ns.entries.iter().zip(entries) {
                    assert_eq!(x["code"].to_string(), super::code(&e.code), "{}", file.display());
                    assert_eq!(x["symbol"], e.symbol.as_str());
                    for (tag, message) in catalog.locales.iter().zip(&e.messages) {
                        assert_eq!(x["messages"].get(tag).and_then(|m| m.as_str()), message.as_deref());
                    }
                }
            }
            checked += 1;
        }
        assert!(checked > 1, "no fixture found in {}", fixtures.display());
    }
}
