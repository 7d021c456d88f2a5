//! PostgreSQL's `src/backend/utils/errcodes.txt`: `sqlstate E/W/S ERRCODE_MACRO [spec_name]`
//! lines under `Section: Class NN - Title` lines. Each SQLSTATE is an entry in the file's
//! order; its symbol is the macro without `ERRCODE_` (as rust-postgres names its constants),
//! its message the PL/pgSQL condition name in words (the macro's when there is none); a second
//! macro for one SQLSTATE is an alias. The section and the E/W/S field are attributes.

use super::{Code, Draft, DraftAttribute, DraftEntry, DraftNamespace, Source, Value, at, literal};
use crate::catalog::Diagnostic;

/// The draft of one errcodes.txt.
///
/// # Errors
/// Every line that is none of a comment, a section or a code, at its line.
pub fn draft(source: &Source) -> Result<Draft, Vec<Diagnostic>> {
    let mut ns = DraftNamespace {
        name: "sqlstate".to_owned(),
        description: "PostgreSQL error codes (SQLSTATE)".to_owned(),
        origin: source.file.clone(),
        string_codes: true,
        ..DraftNamespace::default()
    };
    let mut errors = Vec::new();
    let mut section = String::new();
    for (n, line) in source.text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(title) = line.strip_prefix("Section:") {
            title.trim().trim_start_matches("Class ").clone_into(&mut section);
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let kind = match fields.get(1) {
            Some(&"E") => "error",
            Some(&"W") => "warning",
            Some(&"S") => "success",
            _ => "",
        };
        let macro_name = fields.get(2).and_then(|m| m.strip_prefix("ERRCODE_"));
        let (Some(&code), false, Some(symbol), true) = (fields.first(), kind.is_empty(), macro_name, fields.len() <= 4)
        else {
            errors.push(at(
                n + 1,
                "errcodes-line",
                format!("{line:?} is not `sqlstate E|W|S ERRCODE_NAME [spec_name]`"),
                "fix the line, or make it a comment with `#`",
            ));
            continue;
        };
        if code.len() != 5 || !code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            errors.push(at(
                n + 1,
                "sqlstate",
                format!("`{code}` is not a SQLSTATE (five digits or capitals)"),
                "fix the code",
            ));
            continue;
        }
        let code = Code::Text(code.to_owned());
        if let Some(first) = ns.entries.iter_mut().find(|e| e.code.as_ref() == Some(&code)) {
            first.aliases.push(symbol.to_owned());
            continue;
        }
        let words =
            fields.get(3).map_or_else(|| symbol.to_ascii_lowercase(), |spec| (*spec).to_owned()).replace('_', " ");
        ns.entries.push(DraftEntry {
            line: n + 1,
            code: Some(code),
            symbol: Some(symbol.to_owned()),
            messages: vec![("en".to_owned(), literal(&words))],
            attributes: vec![
                ("kind".to_owned(), Value::Text(kind.to_owned())),
                ("sqlstate_class".to_owned(), Value::Text(section.clone())),
            ],
            ..DraftEntry::default()
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    ns.notes.push("messages are the PL/pgSQL condition names in words (the macro's name where there is none); a second macro of one SQLSTATE is an alias".to_owned());
    Ok(Draft {
        locales: vec!["en".to_owned()],
        default_locale: Some("en".to_owned()),
        attributes: vec![
            DraftAttribute {
                name: "kind".to_owned(),
                ty: "string",
                doc: "error, warning or success (the E/W/S field)".to_owned(),
            },
            DraftAttribute {
                name: "sqlstate_class".to_owned(),
                ty: "string",
                doc: "The SQLSTATE class the code belongs to".to_owned(),
            },
        ],
        namespaces: vec![ns],
    })
}
