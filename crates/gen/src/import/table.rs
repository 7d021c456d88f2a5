//! Tables (Markdown, reStructuredText, CSV) as namespaces: one table, one namespace, its
//! columns found from the header (see `columns`), every row an entry or a recorded reason why
//! it is none.

use super::columns::{self, Role};
use super::{Code, Draft, DraftAttribute, DraftEntry, DraftNamespace, Options, Source, Value, at, literal};
use crate::catalog::Diagnostic;
use crate::naming;

/// A table as its format lays it out: cells as text, each row with its source line.
#[derive(Debug, Default)]
pub struct Table {
    /// The heading above the table, if any: the namespace's name and description.
    pub heading: Option<String>,
    pub line: usize,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

/// The locale of text under a header that names no language.
const DEFAULT_LOCALE: &str = "en";

/// The draft of every table of one source that has a column of codes.
///
/// # Errors
/// The source's own format errors, or no table with a column of codes.
pub fn draft(
    tables: Result<Vec<Table>, Vec<Diagnostic>>,
    source: &Source,
    options: &Options,
) -> Result<Draft, Vec<Diagnostic>> {
    let tables = tables?;
    let mut draft = Draft::default();
    let mut skipped = Vec::new();
    for table in &tables {
        let roles = roles(table, options);
        if !roles.contains(&Some(Role::Code)) {
            skipped.push(format!(
                "line {}: the table with headers {:?} has no column of codes: left out",
                table.line, table.header
            ));
            continue;
        }
        let ns = namespace(table, &roles, source, &mut draft);
        draft.namespaces.push(ns);
    }
    if draft.namespaces.is_empty() {
        let message = if tables.is_empty() {
            "no table found".to_owned()
        } else {
            format!("no table has a column of codes ({})", skipped.join("; "))
        };
        let help = "name the column `code` (or `错误码`, `errno`...), or pass --columns code=N,symbol=N,en=N";
        return Err(vec![at(tables.first().map_or(1, |t| t.line), "no-code-column", message, help)]);
    }
    draft.namespaces[0].notes.extend(skipped);
    Ok(draft)
}

/// Each column's role, by header or by `--columns`; `None` for a column `--columns` leaves out.
fn roles(table: &Table, options: &Options) -> Vec<Option<Role>> {
    let width = table.rows.iter().map(|r| r.cells.len()).chain([table.header.len()]).max().unwrap_or(0);
    if let Some(columns) = &options.columns {
        return (1..=width).map(|n| columns.0.iter().find(|(i, _)| *i == n).map(|(_, r)| r.clone())).collect();
    }
    let mut seen = Vec::new();
    (0..width)
        .map(|i| {
            let role = columns::role(header(table, i), DEFAULT_LOCALE);
            // A second column of the same role is kept as an attribute of its header.
            let role = if seen.contains(&role) { Role::Attribute(naming::snake(header(table, i))) } else { role };
            seen.push(role.clone());
            Some(role)
        })
        .collect()
}

fn namespace(table: &Table, roles: &[Option<Role>], source: &Source, draft: &mut Draft) -> DraftNamespace {
    let mut ns = DraftNamespace {
        origin: format!("the table at {}:{}", source.file, table.line),
        description: table.heading.clone().unwrap_or_default(),
        ..DraftNamespace::default()
    };
    ns.name = name(table.heading.as_deref(), &source.file, &mut ns.notes);
    for (i, role) in roles.iter().enumerate() {
        match role {
            Some(Role::Message(locale)) if !draft.locales.contains(locale) => draft.locales.push(locale.clone()),
            Some(Role::Attribute(name)) if !naming::is_lower_snake(name) => {
                ns.notes
                    .push(format!("the column {:?} is left out: no attribute can be named after it", header(table, i)));
            }
            Some(Role::Attribute(name)) if !draft.attributes.iter().any(|a| a.name == *name) => {
                let doc = format!("the {:?} column of {}", header(table, i), source.file);
                draft.attributes.push(DraftAttribute { name: name.clone(), ty: "string", doc });
            }
            _ => {}
        }
    }
    for row in &table.rows {
        rows(row, roles, &mut ns);
    }
    ns
}

fn header(table: &Table, i: usize) -> &str {
    table.header.get(i).map_or("", String::as_str)
}

/// The entries of one row: none (recorded why), one, or one per code of a cell listing several.
fn rows(row: &Row, roles: &[Option<Role>], ns: &mut DraftNamespace) {
    let cell = |role: &Role| {
        roles.iter().position(|r| r.as_ref() == Some(role)).and_then(|i| row.cells.get(i)).map(|c| unmark(c))
    };
    let code_cell = cell(&Role::Code).unwrap_or_default();
    let codes = match codes(&code_cell) {
        Ok(codes) => codes,
        Err(why) => {
            ns.notes.push(format!("line {}: {why}: the row {:?} is left out", row.line, row.cells));
            return;
        }
    };
    let mut entry = DraftEntry { line: row.line, ..DraftEntry::default() };
    let mut carried: Option<(usize, String)> = None;
    if let Some(symbol) = cell(&Role::Symbol).filter(|s| !s.is_empty()) {
        // A symbol cell that ran into the next column (`ACCOUNT_QQ_FAIL QQ`): its first word is
        // the symbol, the rest begins the next column's text.
        match symbol.split_once(char::is_whitespace) {
            Some((first, rest)) if naming::is_wire_name(first) => {
                let next = roles.iter().position(|r| r.as_ref() == Some(&Role::Symbol)).map(|i| i + 1);
                if let Some(i) = next.filter(|&i| matches!(roles.get(i), Some(Some(Role::Message(_))))) {
                    carried = Some((i, rest.trim().to_owned()));
                    entry.decide(
                        "cell-split",
                        format!(
                            "the symbol cell {symbol:?} ran into the next column: {:?} moved to the start of its text",
                            rest.trim()
                        ),
                    );
                }
                entry.symbol = Some(first.to_owned());
            }
            _ => entry.symbol = Some(symbol),
        }
    }
    for (i, role) in roles.iter().enumerate() {
        let mut text = row.cells.get(i).map(|c| unmark(c)).unwrap_or_default();
        if let Some((_, words)) = carried.as_ref().filter(|(c, _)| *c == i) {
            text = if text.is_empty() { words.clone() } else { format!("{words} {text}") };
        }
        match role {
            Some(Role::Message(locale)) if !text.is_empty() => entry.messages.push((locale.clone(), literal(&text))),
            Some(Role::Attribute(name)) if !text.is_empty() && naming::is_lower_snake(name) => {
                entry.attributes.push((name.clone(), Value::Text(text)));
            }
            _ => {}
        }
    }
    if codes.len() > 1 {
        entry.decide("cell-split", format!("the code cell {code_cell:?} lists {} codes: one entry each", codes.len()));
    }
    for code in codes {
        ns.entries.push(DraftEntry { code: Some(code), ..entry.clone() });
    }
}

/// The codes a cell holds: one, or several separated by `,` `/` `、`.
fn codes(cell: &str) -> Result<Vec<Code>, String> {
    if cell.is_empty() {
        return Err("no code".to_owned());
    }
    let is_range = cell.split_once(['-', '–']).is_some_and(|(a, b)| {
        !a.trim().is_empty()
            && a.trim().chars().all(|c| c.is_ascii_digit())
            && b.trim().chars().all(|c| c.is_ascii_digit())
            && !b.trim().is_empty()
    });
    if is_range {
        return Err(format!("{cell:?} is a range of codes, not one"));
    }
    cell.split([',', '/', '、'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| match c.parse::<i64>() {
            Ok(n) => Ok(Code::Int(n)),
            Err(_) if c.chars().all(|ch| ch.is_ascii_alphanumeric() || "_-.".contains(ch)) => {
                Ok(Code::Text(c.to_owned()))
            }
            Err(_) => Err(format!("{c:?} is not a code")),
        })
        .collect()
}

/// A cell's text without the marks that only style it: outer spaces, `code`, **bold**.
fn unmark(cell: &str) -> String {
    let mut t = cell.trim();
    for mark in ["**", "__", "`"] {
        if t.len() > 2 * mark.len() && t.starts_with(mark) && t.ends_with(mark) {
            t = &t[mark.len()..t.len() - mark.len()];
        }
    }
    t.trim().to_owned()
}

/// The namespace's name: the heading's ASCII words (leading numbering dropped), else the file's
/// name's, else `errors`; `notes` says which when not the heading.
fn name(heading: Option<&str>, file: &str, notes: &mut Vec<String>) -> String {
    let words = |text: &str| -> String {
        let snake =
            naming::snake(&text.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect::<String>());
        snake.trim_start_matches(|c: char| c.is_ascii_digit() || c == '_').to_owned()
    };
    if let Some(name) = heading.map(words).filter(|n| naming::is_lower_snake(n)) {
        return name;
    }
    let stem = std::path::Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let from_file = naming::snake(stem);
    let name = if naming::is_lower_snake(&from_file) { from_file } else { "errors".to_owned() };
    notes.push(format!(
        "the namespace is named `{name} `: no heading names the table in ASCII words (pass --namespace NAME)"
    ));
    name
}
