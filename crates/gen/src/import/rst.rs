//! reStructuredText tables: simple tables (`=====  =====` borders, columns where the `=` runs
//! are) and grid tables (`+---+---+`, a `+===+` line under the header). The section title
//! above a table names it.

use super::at;
use super::table::{Row, Table};
use crate::catalog::Diagnostic;

/// Every table of `text`.
///
/// # Errors
/// A table that is not closed, or a grid table row outside its grid.
pub fn tables(text: &str) -> Result<Vec<Table>, Vec<Diagnostic>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut tables = Vec::new();
    let mut heading = None;
    let mut i = 0;
    while i < lines.len() {
        if let Some(title) = title(&lines, i) {
            heading = Some(title);
            i += 2;
        } else if spans(lines[i]).is_some() {
            let (table, end) = simple(&lines, i)?;
            tables.push(Table { heading: heading.clone(), ..table });
            i = end + 1;
        } else if lines[i].trim_start().starts_with("+-") {
            let (table, end) = grid(&lines, i)?;
            tables.push(Table { heading: heading.clone(), ..table });
            i = end + 1;
        } else {
            i += 1;
        }
    }
    Ok(tables)
}

/// The section title at line `i`: text underlined by one punctuation character repeated at
/// least as long as the text.
fn title(lines: &[&str], i: usize) -> Option<String> {
    let text = lines[i].trim_end();
    let under = lines.get(i + 1)?.trim_end();
    let c = under.chars().next()?;
    let underline = c.is_ascii_punctuation()
        && under.chars().all(|x| x == c)
        && under.chars().count() >= text.chars().count().max(2);
    (underline && !text.trim().is_empty() && !text.starts_with(' ') && spans(text).is_none())
        .then(|| text.trim().to_owned())
}

/// The columns of a simple table border (`===  ====`): each `=` run's start and end, in chars.
fn spans(line: &str) -> Option<Vec<(usize, usize)>> {
    let line = line.trim_end();
    if line.is_empty() || !line.chars().all(|c| c == '=' || c == ' ') || line.starts_with(' ') {
        return None;
    }
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in line.chars().chain([' ']).enumerate() {
        match (c, start) {
            ('=', None) => start = Some(i),
            (' ', Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    (spans.len() >= 2).then_some(spans)
}

/// A simple table from its top border at `top`, and the line of its bottom border.
fn simple(lines: &[&str], top: usize) -> Result<(Table, usize), Vec<Diagnostic>> {
    let columns = spans(lines[top]).unwrap_or_default();
    // The header's border, then the bottom one; a border with a blank line after it ends the table.
    let mut borders = Vec::new();
    let mut closed = false;
    for i in top + 1..lines.len() {
        if spans(lines[i]).is_some() {
            borders.push(i);
            closed = borders.len() == 2 || lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
            if closed {
                break;
            }
        }
    }
    let (header, body, bottom) = match borders[..] {
        [mid, bottom] if closed => (top + 1..mid, mid + 1..bottom, bottom),
        [bottom] if closed => (top + 1..top + 1, top + 1..bottom, bottom),
        _ => {
            let message = "this simple table has no closing `===` border";
            return Err(vec![at(top + 1, "rst-table", message, "end the table with a border like its first line")]);
        }
    };
    let rows = |range: std::ops::Range<usize>| -> Vec<Row> {
        let mut rows: Vec<Row> = Vec::new();
        for i in range {
            if lines[i].trim().is_empty() {
                continue;
            }
            let cells = cut(lines[i], &columns);
            // A line whose first column is blank continues the row above.
            match rows.last_mut() {
                Some(last) if cells[0].is_empty() => {
                    for (cell, more) in last.cells.iter_mut().zip(cells) {
                        if !more.is_empty() {
                            *cell = if cell.is_empty() { more } else { format!("{cell} {more}") };
                        }
                    }
                }
                _ => rows.push(Row { line: i + 1, cells }),
            }
        }
        rows
    };
    let header = rows(header).into_iter().next().map(|r| r.cells).unwrap_or_default();
    Ok((Table { heading: None, line: top + 1, header, rows: rows(body) }, bottom))
}

/// A line's text under each column: from the column's start to the next one's (the last to the
/// line's end), so that text running past its border stays in its cell.
fn cut(line: &str, columns: &[(usize, usize)]) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    columns
        .iter()
        .enumerate()
        .map(|(n, &(start, _))| {
            let end = columns.get(n + 1).map_or(chars.len(), |&(next, _)| next).min(chars.len());
            chars.get(start.min(end)..end).map(|c| c.iter().collect::<String>().trim().to_owned()).unwrap_or_default()
        })
        .collect()
}

/// A grid table from its top border at `top`, and the line of its last border.
fn grid(lines: &[&str], top: usize) -> Result<(Table, usize), Vec<Diagnostic>> {
    let indent = lines[top].len() - lines[top].trim_start().len();
    let border = lines[top].trim();
    let plus: Vec<usize> = border.char_indices().filter(|(_, c)| *c == '+').map(|(i, _)| i).collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut header_rows = None;
    let mut current: Option<Row> = None;
    let mut i = top + 1;
    while i < lines.len() {
        let line = lines[i].get(indent..).unwrap_or("").trim_end();
        if line.starts_with('+') {
            rows.extend(current.take());
            if line.contains('=') {
                header_rows = Some(rows.len());
            }
            i += 1;
            continue;
        }
        if !line.starts_with('|') {
            break;
        }
        let chars: Vec<char> = line.chars().collect();
        let cells: Vec<String> = plus
            .windows(2)
            .map(|w| {
                chars
                    .get(w[0] + 1..w[1].min(chars.len()))
                    .map(|c| c.iter().collect::<String>().trim().to_owned())
                    .unwrap_or_default()
            })
            .collect();
        match current.as_mut() {
            Some(row) => {
                for (cell, more) in row.cells.iter_mut().zip(cells) {
                    if !more.is_empty() {
                        *cell = if cell.is_empty() { more } else { format!("{cell} {more}") };
                    }
                }
            }
            None => current = Some(Row { line: i + 1, cells }),
        }
        i += 1;
    }
    if current.is_some() {
        return Err(vec![at(
            i,
            "rst-table",
            "this grid table is not closed by a `+---+` border",
            "end it with a border line",
        )]);
    }
    let (header, body) = match header_rows {
        Some(n) => {
            let body = rows.split_off(n);
            (rows.into_iter().next().map(|r| r.cells).unwrap_or_default(), body)
        }
        None => (Vec::new(), rows),
    };
    Ok((Table { heading: None, line: top + 1, header, rows: body }, i.saturating_sub(1)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn simple_and_grid_tables_are_read() {
        let text = "Exception code\n==============\n\n====  =========  ====\ncode  symbol     text\n====  =========  ====\n812   A_FAIL IP  address\n                 more\n-1    B          b\n====  =========  ====\n\nGrid\n----\n\n+------+--------+\n| code | name   |\n+======+========+\n| 1    | A      |\n|      | cont   |\n+------+--------+\n";
        let tables = super::tables(text).unwrap();
        assert_eq!(tables.len(), 2);
        let t = &tables[0];
        assert_eq!(
            (t.heading.as_deref(), t.header.clone()),
            (Some("Exception code"), vec!["code".into(), "symbol".into(), "text".into()])
        );
        assert_eq!(t.rows[0].cells, ["812", "A_FAIL IP", "address more"]);
        assert_eq!((t.rows[1].line, t.rows[1].cells[0].as_str()), (9, "-1"));
        let g = &tables[1];
        assert_eq!((g.heading.as_deref(), g.header.clone()), (Some("Grid"), vec!["code".into(), "name".into()]));
        assert_eq!(g.rows[0].cells, ["1", "A cont"]);
        assert!(super::tables("====  ====\na     b\n").is_err());
    }
}
