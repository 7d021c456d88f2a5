//! Markdown pipe tables (GitHub Flavored Markdown): a header row, a delimiter row of dashes
//! and colons, then rows; the nearest `#` heading above names the table.

use super::table::{Row, Table};

/// Every table of `text`: text that is no table is not read as one, so nothing is refused.
pub fn tables(text: &str) -> Vec<Table> {
    let lines: Vec<&str> = text.lines().collect();
    let mut tables = Vec::new();
    let mut heading = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if let Some(title) = line.strip_prefix('#').map(|t| t.trim_start_matches('#').trim()) {
            heading = Some(title.to_owned());
        }
        let is_table = line.starts_with('|') && lines.get(i + 1).is_some_and(|next| is_delimiter(next));
        if !is_table {
            i += 1;
            continue;
        }
        let mut table = Table { heading: heading.clone(), line: i + 1, header: cells(line), rows: Vec::new() };
        i += 2;
        while let Some(row) = lines.get(i).map(|l| l.trim()).filter(|l| l.starts_with('|')) {
            table.rows.push(Row { line: i + 1, cells: cells(row) });
            i += 1;
        }
        tables.push(table);
    }
    tables
}

/// `| :---: | --- |`: the row under a table's header.
fn is_delimiter(line: &str) -> bool {
    let cells = cells(line.trim());
    !cells.is_empty() && cells.iter().all(|c| c.contains('-') && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// A row's cells, outer spaces trimmed, `\|` read as a `|` inside a cell.
fn cells(row: &str) -> Vec<String> {
    let row = row.strip_prefix('|').unwrap_or(row);
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => out.push(std::mem::take(&mut cell).trim().to_owned()),
            c => cell.push(c),
        }
    }
    if !cell.trim().is_empty() {
        out.push(cell.trim().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pipe_tables_are_read_with_their_heading() {
        let text = "# 9.6 返回码\n\ntext\n\n| 错误码 | 中文 | 英文 |\n| :----: | :--: | --- |\n| 100000 | 缺少必填参数 | Missing `a\\|b` |\n|  -1 | 不支持的 HTTP 方法 |  x  |\n\nafter\n";
        let tables = super::tables(text);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!((t.heading.as_deref(), t.line, t.header.len()), (Some("9.6 返回码"), 5, 3));
        assert_eq!(t.rows[0].cells, ["100000", "缺少必填参数", "Missing `a|b`"]);
        assert_eq!((t.rows[1].line, t.rows[1].cells[1].as_str()), (8, "不支持的 HTTP 方法"));
    }
}
