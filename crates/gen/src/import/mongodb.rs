//! MongoDB's `src/mongo/base/error_codes.yml`: `error_codes` of `{code, name, categories,
//! extra}`, and the `error_categories` they may name. The names are the wire names drivers
//! see (`DuplicateKey`); MongoDB has no messages, so each message is the name in words.
//! `OBSOLETE_` names keep their number and are retired; categories become an attribute.

use serde::Deserialize;

use super::{Code, Draft, DraftAttribute, DraftEntry, DraftNamespace, Source, Value, at, literal, symbol};
use crate::catalog::Diagnostic;

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    error_categories: Vec<String>,
    error_codes: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    code: i64,
    name: String,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    extra: Option<String>,
}

/// The draft of one `error_codes.yml`.
///
/// # Errors
/// YAML that is not that file's shape, at its line; a category no `error_categories` lists.
pub fn draft(source: &Source) -> Result<Draft, Vec<Diagnostic>> {
    let file: File = serde_yaml::from_str(&source.text).map_err(|e| {
        let line = e.location().map_or(1, |l| l.line());
        vec![at(
            line,
            "mongodb-yaml",
            format!("not MongoDB's error_codes.yml: {e}"),
            "each entry is `{code: N, name: Name, categories: [...]}`",
        )]
    })?;
    let mut ns = DraftNamespace {
        name: "server".to_owned(),
        description: "MongoDB server error codes".to_owned(),
        origin: source.file.clone(),
        ..DraftNamespace::default()
    };
    ns.notes.push("MongoDB's catalog has no messages: each message is the name in words".to_owned());
    let lines = entry_lines(&source.text);
    let mut problems = Vec::new();
    for (i, e) in file.error_codes.into_iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(1);
        if let Some(unknown) = e.categories.iter().find(|c| !file.error_categories.contains(c)) {
            problems.push(at(
                line,
                "mongodb-category",
                format!("{} names the category {unknown}, which error_categories does not list", e.name),
                "add it to error_categories",
            ));
        }
        if let Some(old) = e.name.strip_prefix("OBSOLETE_") {
            ns.retired.push((Code::Int(e.code), format!("OBSOLETE_{old}")));
            continue;
        }
        let mut attributes = vec![("categories".to_owned(), Value::List(e.categories))];
        if let Some(extra) = e.extra {
            attributes.push(("extra".to_owned(), Value::Text(extra)));
        }
        ns.entries.push(DraftEntry {
            line,
            code: Some(Code::Int(e.code)),
            messages: vec![("en".to_owned(), literal(&symbol::words(&e.name)))],
            symbol: Some(e.name),
            attributes,
            ..DraftEntry::default()
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let categories = file.error_categories.join(", ");
    Ok(Draft {
        locales: vec!["en".to_owned()],
        default_locale: Some("en".to_owned()),
        attributes: vec![
            DraftAttribute {
                name: "categories".to_owned(),
                ty: "list<string>",
                doc: format!("The error categories the code is in, of: {categories}"),
            },
            DraftAttribute {
                name: "extra".to_owned(),
                ty: "string",
                doc: "The server's class of extra error information, if any".to_owned(),
            },
        ],
        namespaces: vec![ns],
    })
}

/// The line of each `error_codes` item, in order: where `- {` or `- code:` begins one.
fn entry_lines(text: &str) -> Vec<usize> {
    let start = text.lines().position(|l| l.starts_with("error_codes:")).unwrap_or(0);
    text.lines()
        .enumerate()
        .skip(start)
        .filter(|(_, l)| l.trim_start().starts_with("- ") && !l.trim_start().starts_with("- #"))
        .map(|(n, _)| n + 1)
        .collect()
}
