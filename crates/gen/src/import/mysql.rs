//! MySQL's `messages_to_clients.txt` and MariaDB's `errmsg-utf8.txt`, read as their compiler
//! (`comp_err`) reads them: a `languages` directive naming each language's short code, the
//! `default-language`, `start-error-number N` setting the next code, then `NAME [SQLSTATE
//! [ODBC]]` lines at the margin, each followed by indented `lang "message"` lines. Codes count
//! up from the last `start-error-number`; `OBSOLETE_` names keep their number and are retired.

use std::collections::HashMap;

use super::printf::{self, Template};
use super::{Code, Draft, DraftAttribute, DraftEntry, DraftNamespace, Source, Value, at, literal};
use crate::catalog::Diagnostic;

/// The languages MySQL and MariaDB name, as BCP 47 tags.
const LANGUAGES: [(&str, &str); 28] = [
    ("bulgarian", "bg"),
    ("chinese", "zh"),
    ("czech", "cs"),
    ("danish", "da"),
    ("dutch", "nl"),
    ("english", "en"),
    ("estonian", "et"),
    ("french", "fr"),
    ("georgian", "ka"),
    ("german", "de"),
    ("greek", "el"),
    ("hindi", "hi"),
    ("hungarian", "hu"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("korean", "ko"),
    ("norwegian-ny", "nn"),
    ("norwegian", "nb"),
    ("polish", "pl"),
    ("portuguese", "pt"),
    ("romanian", "ro"),
    ("russian", "ru"),
    ("serbian", "sr"),
    ("slovak", "sk"),
    ("spanish", "es"),
    ("swedish", "sv"),
    ("ukrainian", "uk"),
    ("swahili", "sw"),
];

/// The draft of one message file.
///
/// # Errors
/// Each line `comp_err` would refuse: a message before any name, in an undeclared language, or
/// not quoted; a name before `start-error-number`; a directive it cannot read.
pub fn draft(source: &Source) -> Result<Draft, Vec<Diagnostic>> {
    let mut reader = Reader::default();
    for (n, line) in source.text.lines().enumerate() {
        reader.line(n + 1, line);
    }
    reader.finish(source)
}

#[derive(Default)]
struct Reader {
    /// Short code (`eng`) to BCP 47 tag (`en`); `None` for a language with no tag known here.
    languages: HashMap<String, Option<String>>,
    /// The `languages` directive, while it spans lines (it ends with `;`).
    pending: Option<String>,
    default: Option<String>,
    next: Option<i64>,
    /// Each name with its code, line, SQLSTATEs and messages by short code, in file order.
    errors: Vec<Read>,
    problems: Vec<Diagnostic>,
}

struct Read {
    line: usize,
    code: i64,
    name: String,
    states: Vec<String>,
    messages: Vec<(String, String)>,
}

impl Reader {
    fn line(&mut self, n: usize, line: &str) {
        if let Some(pending) = &mut self.pending {
            pending.push(' ');
            pending.push_str(line.trim());
            if line.contains(';') {
                let all = self.pending.take().unwrap_or_default();
                self.languages(&all);
            }
            return;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return;
        }
        if line.starts_with([' ', '\t']) {
            self.message(n, trimmed);
        } else if let Some(list) = trimmed.strip_prefix("languages") {
            if list.contains(';') { self.languages(list) } else { self.pending = Some(list.to_owned()) }
        } else if let Some(lang) = trimmed.strip_prefix("default-language") {
            self.default = Some(lang.trim().to_owned());
        } else if let Some(number) = trimmed.strip_prefix("start-error-number") {
            match number.trim().parse() {
                Ok(number) => self.next = Some(number),
                Err(_) => self.problem(
                    n,
                    "mysql-directive",
                    format!("`{trimmed}` does not end with a number"),
                    "write `start-error-number 1000`",
                ),
            }
        } else if trimmed.starts_with("reserved-error-section") || trimmed.starts_with("skip-to-error-number") {
            // Sections kept free of codes: nothing to import.
        } else if trimmed.starts_with(|c: char| c.is_ascii_uppercase()) {
            self.name(n, trimmed);
        } else {
            self.problem(
                n,
                "mysql-line",
                format!("{trimmed:?} is no directive, name or message"),
                "indent a message; start a name with a capital",
            );
        }
    }

    /// `czech=cze latin2, danish=dan latin1, ...;`: names to short codes (charsets ignored).
    fn languages(&mut self, list: &str) {
        for item in list.split([',', ';']) {
            let Some((name, rest)) = item.trim().split_once('=') else { continue };
            let short = rest.split_whitespace().next().unwrap_or_default().to_owned();
            let tag = LANGUAGES.iter().find(|(n, _)| *n == name.trim()).map(|(_, t)| (*t).to_owned());
            self.languages.insert(short, tag);
        }
    }

    fn name(&mut self, n: usize, line: &str) {
        let Some(code) = self.next else {
            return self.problem(
                n,
                "mysql-number",
                format!("{line:?} comes before any `start-error-number`"),
                "put `start-error-number N` above the first name",
            );
        };
        let mut words = line.split_whitespace();
        let name = words.next().unwrap_or_default().to_owned();
        let states = words.map(str::to_owned).collect();
        self.errors.push(Read { line: n, code, name, states, messages: Vec::new() });
        self.next = Some(code + 1);
    }

    /// `eng "Can't create file '%-.200s'"`: a message of the name above.
    fn message(&mut self, n: usize, line: &str) {
        let (lang, rest) = line.split_once([' ', '\t']).unwrap_or((line, ""));
        let Some(text) = quoted(rest.trim()) else {
            return self.problem(
                n,
                "mysql-message",
                format!("the {lang} message is not one quoted string"),
                "write `lang \"text\"`",
            );
        };
        if !self.languages.contains_key(lang) {
            return self.problem(
                n,
                "mysql-language",
                format!("`{lang}` is not in the `languages` directive"),
                "declare it there, or fix the short code",
            );
        }
        match self.errors.last_mut() {
            Some(error) => error.messages.push((lang.to_owned(), text)),
            None => self.problem(
                n,
                "mysql-message",
                "a message before any error name",
                "put the error's name above its messages",
            ),
        }
    }

    fn problem(&mut self, n: usize, rule: &'static str, message: impl Into<String>, help: &str) {
        self.problems.push(at(n, rule, message, help));
    }

    fn finish(mut self, source: &Source) -> Result<Draft, Vec<Diagnostic>> {
        if self.errors.is_empty() && self.problems.is_empty() {
            self.problems.push(at(
                1,
                "mysql-empty",
                "no error names found",
                "is this a messages_to_clients.txt or errmsg-utf8.txt?",
            ));
        }
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let default_short = self.default.clone().unwrap_or_else(|| "eng".to_owned());
        let tag = |short: &str| self.languages.get(short).cloned().flatten();
        let mut draft = Draft { default_locale: tag(&default_short), ..Draft::default() };
        let mut ns = DraftNamespace {
            name: "server".to_owned(),
            description: "Server errors".to_owned(),
            origin: source.file.clone(),
            ..DraftNamespace::default()
        };
        let mut unknown: Vec<&String> = self.languages.iter().filter(|(_, t)| t.is_none()).map(|(s, _)| s).collect();
        unknown.sort();
        if !unknown.is_empty() {
            ns.notes.push(format!("messages in {unknown:?} are left out: no BCP 47 tag is known here for them"));
        }
        for error in self.errors {
            if error.name.starts_with("OBSOLETE_") {
                ns.retired.push((Code::Int(error.code), error.name));
                continue;
            }
            ns.entries.push(entry(error, &default_short, &tag, &mut draft.locales));
        }
        if let Some(default) = draft.default_locale.clone().filter(|d| !draft.locales.contains(d)) {
            draft.locales.insert(0, default);
        }
        for (name, doc) in
            [("sqlstate", "The SQLSTATE the server reports with the error"), ("odbc_state", "The ODBC SQLSTATE")]
        {
            if ns.entries.iter().any(|e| e.attributes.iter().any(|(n, _)| n == name)) {
                draft.attributes.push(DraftAttribute { name: name.to_owned(), ty: "string", doc: doc.to_owned() });
            }
        }
        draft.namespaces.push(ns);
        Ok(draft)
    }
}

/// The entry of one error: the default language's text is the original, and each translation
/// must take its printf arguments (in the same positions, of the same types) to be kept.
fn entry(
    error: Read,
    default_short: &str,
    tag: &dyn Fn(&str) -> Option<String>,
    locales: &mut Vec<String>,
) -> DraftEntry {
    let mut entry = DraftEntry {
        line: error.line,
        code: Some(Code::Int(error.code)),
        symbol: Some(error.name),
        ..DraftEntry::default()
    };
    let original =
        error.messages.iter().position(|(l, _)| l == default_short).or((!error.messages.is_empty()).then_some(0));
    let order = original.into_iter().chain((0..error.messages.len()).filter(|&j| Some(j) != original));
    let mut params: Option<Vec<&'static str>> = None;
    for j in order {
        let (short, text) = &error.messages[j];
        let Some(locale) = tag(short) else { continue };
        if !locales.contains(&locale) {
            locales.push(locale.clone());
        }
        match (printf::template(text), &params) {
            (Ok(t), None) => {
                params = Some(t.params);
                entry.messages.push((locale, t.text));
            }
            (Err(why), None) => {
                entry.decide("printf-kept", format!("{why}: the {locale} text is kept as written, without parameters"));
                entry.messages.push((locale, literal(text)));
                params = Some(Vec::new());
            }
            (Ok(t), Some(original)) if t.params == *original => entry.messages.push((locale, t.text)),
            (Ok(t), Some(original)) => {
                let why = format!(
                    "the {locale} text takes arguments ({}) unlike the original ({}): left out",
                    t.params.join(", "),
                    original.join(", ")
                );
                entry.decide("translation-left-out", why);
            }
            (Err(why), Some(_)) => entry.decide("translation-left-out", format!("the {locale} text: {why}: left out")),
        }
    }
    entry.params = Template { text: String::new(), params: params.unwrap_or_default() }.declared();
    for (name, state) in ["sqlstate", "odbc_state"].into_iter().zip(&error.states) {
        entry.attributes.push((name.to_owned(), Value::Text(state.clone())));
    }
    entry
}

/// The text of `"..."` with its C escapes read (`\"`, `\\`, `\n`, `\t`); `None` when it is not
/// quoted or never closed. What follows the closing quote is ignored, as `comp_err` ignores it.
fn quoted(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}
