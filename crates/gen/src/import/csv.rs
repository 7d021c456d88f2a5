//! Spreadsheets exported as CSV: the first record is the header; the separator (`,`, `;` or a
//! tab, as spreadsheets export by locale) is the one the header line uses most.

use super::at;
use super::table::{Row, Table};
use crate::catalog::Diagnostic;

/// The one table of `text`.
///
/// # Errors
/// A record the CSV reader refuses (an unclosed quote), at its line.
pub fn tables(text: &str) -> Result<Vec<Table>, Vec<Diagnostic>> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter =
        [b',', b';', b'\t'].into_iter().max_by_key(|&d| first.bytes().filter(|&b| b == d).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    if let Some(line) = unclosed_quote(text, delimiter) {
        let help = "close every quoted field; double a quote inside one (\"\")";
        return Err(vec![at(line, "csv-record", "this quoted field is never closed", help)]);
    }
    // The line a record starts on, blank lines counted (the reader's own count skips them, and
    // its offset is where the blank lines before the record begin).
    let line_of = |byte: u64| {
        let start = usize::try_from(byte).unwrap_or(0).min(text.len());
        let skipped = text.as_bytes()[start..].iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
        text.get(..start + skipped).map_or(0, |t| t.matches('\n').count()) + 1
    };
    let mut table = Table { line: 1, ..Table::default() };
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| line_of(p.byte()));
            vec![at(line, "csv-record", format!("this record cannot be read: {e}"), "check the quoting of the fields")]
        })?;
        let line = record.position().map_or(1, |p| line_of(p.byte()));
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if table.header.is_empty() {
            table.header = cells;
            table.line = line;
        } else {
            table.rows.push(Row { line, cells });
        }
    }
    Ok(vec![table])
}

/// The line where a quoted field opens and never closes (the reader would take the rest of the
/// file as that field), if any. A quote opens a field only at its start.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let (mut line, mut opened) = (1, None);
    let mut at_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        match (opened, b) {
            (None, b'"') if at_start => opened = Some(line),
            (Some(_), b'"') if bytes.peek() == Some(&b'"') => {
                bytes.next();
            }
            (Some(_), b'"') => opened = None,
            _ => {}
        }
        if b == b'\n' {
            line += 1;
        }
        at_start = opened.is_none() && (b == delimiter || b == b'\n');
    }
    opened
}

#[cfg(test)]
mod tests {
    #[test]
    fn records_are_read_with_their_lines() {
        let tables = super::tables("Value;Description\n100;\"Continue; \"\"go\"\"\"\n\n104-199;Unassigned\n").unwrap();
        let t = &tables[0];
        assert_eq!(t.header, ["Value", "Description"]);
        assert_eq!(t.rows[0].cells, ["100", "Continue; \"go\""]);
        assert_eq!(t.rows[1].line, 4);
        assert!(super::tables("a,b\n1,\"open\n").is_err());
    }
}
