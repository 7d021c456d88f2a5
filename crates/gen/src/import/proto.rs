//! Every enum of a `.proto` file (proto2 or proto3), each a namespace: nested enums are named
//! after their messages (`Outer.Reason` -> `outer_reason`). A value's symbol is its name as
//! written (protobuf's JSON wire name), its message the first sentence of its comment (the
//! name in words without one); `allow_alias` repeats are aliases, `[deprecated = true]`
//! deprecates, `reserved` numbers and names are retired, and an `HTTP Mapping: 404 Not Found`
//! line in a comment (as google/rpc/code.proto writes) is the `http_status` attribute.

use super::{Code, Draft, DraftAttribute, DraftEntry, DraftNamespace, Source, Value, at, literal, symbol};
use crate::catalog::Diagnostic;
use crate::naming;

/// The deepest nesting of messages read: a guard for the stack, far past any real file.
const MAX_DEPTH: usize = 64;

/// The largest `reserved` range spelled out as retired codes; a larger one is noted instead.
const MAX_RESERVED_RANGE: i64 = 1000;

/// The draft of one .proto file.
///
/// # Errors
/// Text that does not tokenize (an unclosed comment or string), or an enum that does not parse,
/// at its line.
pub fn draft(source: &Source) -> Result<Draft, Vec<Diagnostic>> {
    let tokens = tokens(&source.text)?;
    let mut parser = Parser { tokens, at: 0, file: source.file.clone(), namespaces: Vec::new() };
    parser.body(&[])?;
    if parser.namespaces.is_empty() {
        return Err(vec![at(
            1,
            "proto-no-enum",
            "this file declares no enum",
            "import a .proto file with `enum Name { ... }`",
        )]);
    }
    let http = parser.namespaces.iter().flat_map(|ns| &ns.entries).any(|e| !e.attributes.is_empty());
    Ok(Draft {
        locales: vec!["en".to_owned()],
        default_locale: Some("en".to_owned()),
        attributes: if http {
            vec![DraftAttribute {
                name: "http_status".to_owned(),
                ty: "int",
                doc: "The HTTP status the code maps to (0: none given)".to_owned(),
            }]
        } else {
            Vec::new()
        },
        namespaces: parser.namespaces,
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Number(String),
    Text(String),
    Punct(char),
}

/// A token, its line, and the comment lines just above it (or after it on its line).
#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
    leading: Vec<String>,
    trailing: Option<String>,
}

fn tokens(text: &str) -> Result<Vec<Token>, Vec<Diagnostic>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<Token> = Vec::new();
    let mut comments: Vec<String> = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
            // A blank line (spaces and a `\r` at most) parts a comment from what follows.
            let rest = chars[i..].iter().take_while(|c| **c != '\n');
            if rest.clone().all(|c| c.is_whitespace()) && chars.len() > i + rest.count() {
                comments.clear();
            }
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            let end = chars[i..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| i + p);
            let body: String = chars[i + 2..end].iter().collect();
            let same_line = out.last().is_some_and(|t| t.line == line && t.tok == Tok::Punct(';'));
            match out.last_mut() {
                Some(last) if same_line => last.trailing = Some(body.trim().to_owned()),
                _ => comments.push(body.strip_prefix(' ').unwrap_or(&body).to_owned()),
            }
            i = end;
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            let Some(len) = chars[i + 2..].windows(2).position(|w| w == ['*', '/']) else {
                return Err(vec![at(line, "proto-comment", "this comment is never closed", "close it with */")]);
            };
            let body: String = chars[i + 2..i + 2 + len].iter().collect();
            line += body.matches('\n').count();
            comments.extend(body.lines().map(|l| l.trim().trim_start_matches('*').trim().to_owned()));
            i += len + 4;
        } else if c == '"' || c == '\'' {
            let start = line;
            let mut s = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None | Some('\n') => {
                        return Err(vec![at(
                            start,
                            "proto-string",
                            "this string is never closed",
                            "close the quote on its line",
                        )]);
                    }
                    Some(&q) if q == c => break,
                    Some('\\') => {
                        s.extend(chars.get(i + 1));
                        i += 2;
                    }
                    Some(&x) => {
                        s.push(x);
                        i += 1;
                    }
                }
            }
            i += 1;
            out.push(Token { tok: Tok::Text(s), line: start, leading: std::mem::take(&mut comments), trailing: None });
        } else if c.is_ascii_alphanumeric()
            || c == '_'
            || c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            let end = chars[i..]
                .iter()
                .position(|&c| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .map_or(chars.len(), |p| i + p);
            let word: String = chars[i..end].iter().collect();
            let tok = if c.is_ascii_digit() || c == '.' { Tok::Number(word) } else { Tok::Word(word) };
            out.push(Token { tok, line, leading: std::mem::take(&mut comments), trailing: None });
            i = end;
        } else {
            out.push(Token { tok: Tok::Punct(c), line, leading: std::mem::take(&mut comments), trailing: None });
            i += 1;
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    file: String,
    namespaces: Vec<DraftNamespace>,
}

type Parsed<T> = Result<T, Vec<Diagnostic>>;

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at).map(|t| &t.tok)
    }

    fn line(&self) -> usize {
        self.tokens.get(self.at).or(self.tokens.last()).map_or(1, |t| t.line)
    }

    fn next(&mut self) -> Parsed<Token> {
        let t = self.tokens.get(self.at).cloned().ok_or_else(|| {
            vec![at(
                self.line(),
                "proto-syntax",
                "the file ends inside a declaration",
                "close every `{` and end every statement with `;`",
            )]
        })?;
        self.at += 1;
        Ok(t)
    }

    fn expect(&mut self, c: char) -> Parsed<()> {
        let line = self.line();
        match self.next()?.tok {
            Tok::Punct(p) if p == c => Ok(()),
            other => Err(vec![at(
                line,
                "proto-syntax",
                format!("expected `{c}`, found {other:?}"),
                "check the declaration's syntax",
            )]),
        }
    }

    fn word(&mut self) -> Parsed<String> {
        let line = self.line();
        match self.next()?.tok {
            Tok::Word(w) => Ok(w),
            other => Err(vec![at(
                line,
                "proto-syntax",
                format!("expected a name, found {other:?}"),
                "check the declaration's syntax",
            )]),
        }
    }

    /// Declarations until a closing `}` (or the file's end at the top level).
    fn body(&mut self, path: &[String]) -> Parsed<()> {
        while let Some(tok) = self.peek().cloned() {
            match tok {
                Tok::Punct('}') if !path.is_empty() => return Ok(()),
                Tok::Word(w) if w == "enum" => {
                    self.at += 1;
                    let name = self.word()?;
                    self.enumeration(path, &name)?;
                }
                Tok::Word(w) if w == "message" => {
                    if path.len() >= MAX_DEPTH {
                        let message = format!("messages nested deeper than {MAX_DEPTH}");
                        return Err(vec![at(self.line(), "proto-depth", message, "import the file in parts")]);
                    }
                    self.at += 1;
                    let name = self.word()?;
                    self.expect('{')?;
                    let mut inner = path.to_vec();
                    inner.push(name);
                    self.body(&inner)?;
                    self.expect('}')?;
                }
                _ => self.skip()?,
            }
        }
        if path.is_empty() {
            Ok(())
        } else {
            Err(vec![at(self.line(), "proto-syntax", "a `{` is never closed", "close it with `}`")])
        }
    }

    /// One statement or block this import has no use for: up to its `;` or its closing `}`.
    fn skip(&mut self) -> Parsed<()> {
        let mut depth = 0usize;
        loop {
            match self.next()?.tok {
                Tok::Punct(';') if depth == 0 => return Ok(()),
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => {
                    depth = depth
                        .checked_sub(1)
                        .ok_or_else(|| vec![at(self.line(), "proto-syntax", "a `}` closes nothing", "remove it")])?;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
    }

    fn enumeration(&mut self, path: &[String], name: &str) -> Parsed<()> {
        let start = self.line();
        self.expect('{')?;
        let full: Vec<&str> = path.iter().map(String::as_str).chain([name]).collect();
        let mut ns = DraftNamespace {
            name: naming::snake(&full.join("_")),
            description: format!("The {} enum", full.join(".")),
            origin: format!("{}:{start}, enum {}", self.file, full.join(".")),
            ..DraftNamespace::default()
        };
        loop {
            let token = self.next()?;
            match token.tok {
                Tok::Punct('}') => break,
                Tok::Punct(';') => {}
                Tok::Word(w) if w == "option" || w == "reserved" => {
                    let mut items = Vec::new();
                    while self.peek() != Some(&Tok::Punct(';')) {
                        items.push(self.next()?.tok);
                    }
                    self.at += 1;
                    if w == "reserved" {
                        self.reserved(&items, token.line, &mut ns);
                    }
                }
                Tok::Word(ref value) => self.value(value.clone(), &token, &mut ns)?,
                other => {
                    return Err(vec![at(
                        token.line,
                        "proto-syntax",
                        format!("{other:?} in an enum"),
                        "an enum holds `NAME = number;` values",
                    )]);
                }
            }
        }
        self.namespaces.push(ns);
        Ok(())
    }

    /// `NAME = -3 [deprecated = true];`.
    fn value(&mut self, name: String, token: &Token, ns: &mut DraftNamespace) -> Parsed<()> {
        self.expect('=')?;
        let negative = self.peek() == Some(&Tok::Punct('-'));
        if negative {
            self.at += 1;
        }
        let line = self.line();
        let number = match self.next()?.tok {
            Tok::Number(n) => parse_int(&n).map(|v| if negative { -v } else { v }),
            _ => None,
        }
        .ok_or_else(|| vec![at(line, "proto-number", format!("{name} has no integer value"), "write `NAME = 1;`")])?;
        let mut options = Vec::new();
        if self.peek() == Some(&Tok::Punct('[')) {
            while self.peek() != Some(&Tok::Punct(']')) {
                options.push(self.next()?.tok);
            }
            self.at += 1;
        }
        let end = self.tokens.get(self.at).cloned();
        self.expect(';')?;
        let code = Code::Int(number);
        if let Some(first) = ns.entries.iter_mut().find(|e| e.code.as_ref() == Some(&code)) {
            first.aliases.push(name);
            return Ok(());
        }
        let mut comment: Vec<String> = token.leading.clone();
        if comment.iter().all(|l| l.trim().is_empty()) {
            comment = end.and_then(|t| t.trailing).into_iter().collect();
        }
        let http = comment
            .iter()
            .find_map(|l| l.trim().strip_prefix("HTTP Mapping:"))
            .and_then(|m| m.split_whitespace().next()?.parse::<i64>().ok());
        let paragraph: Vec<&str> =
            comment.iter().map(|l| l.trim()).skip_while(|l| l.is_empty()).take_while(|l| !l.is_empty()).collect();
        let message = if paragraph.is_empty() { symbol::words(&name) } else { first_sentence(&paragraph.join(" ")) };
        let deprecated = options
            .windows(3)
            .any(|w| w == [Tok::Word("deprecated".into()), Tok::Punct('='), Tok::Word("true".into())]);
        ns.entries.push(DraftEntry {
            line: token.line,
            code: Some(code),
            symbol: Some(name),
            messages: vec![("en".to_owned(), literal(&message))],
            deprecated: deprecated.then(|| "deprecated in the .proto file".to_owned()),
            attributes: http.map(|h| ("http_status".to_owned(), Value::Int(h))).into_iter().collect(),
            ..DraftEntry::default()
        });
        Ok(())
    }

    /// `reserved 2, 15, 9 to 11, 40 to max;` or `reserved "FOO", "BAR";`.
    fn reserved(&self, items: &[Tok], line: usize, ns: &mut DraftNamespace) {
        let mut i = 0;
        while i < items.len() {
            match (&items[i], items.get(i + 1), items.get(i + 2)) {
                (Tok::Text(name), ..) => ns.retired_symbols.push(name.clone()),
                (Tok::Number(a), Some(Tok::Word(to)), Some(b)) if to == "to" => {
                    let from = parse_int(a).unwrap_or(0);
                    let upto = match b {
                        Tok::Number(b) => parse_int(b),
                        _ => None,
                    };
                    match upto {
                        Some(upto) if upto - from <= MAX_RESERVED_RANGE => {
                            ns.retired.extend(
                                (from..=upto).map(|n| (Code::Int(n), format!("reserved at {}:{line}", self.file))),
                            );
                        }
                        _ => ns.notes.push(format!(
                            "line {line}: reserved {from} to {b:?} is too wide to list: not retired here"
                        )),
                    }
                    i += 2;
                }
                (Tok::Number(n), ..) => {
                    if let Some(n) = parse_int(n) {
                        ns.retired.push((Code::Int(n), format!("reserved at {}:{line}", self.file)));
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
}

/// The first sentence of a comment, its spaces collapsed: a message, not documentation.
fn first_sentence(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.find(". ") {
        Some(end) => text[..=end].to_owned(),
        None => text,
    }
}

/// A protobuf integer literal: decimal, `0x` hexadecimal or `0` octal.
fn parse_int(s: &str) -> Option<i64> {
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        i64::from_str_radix(hex, 16).ok()
    } else if s.len() > 1 && s.starts_with('0') {
        i64::from_str_radix(&s[1..], 8).ok()
    } else {
        s.parse().ok()
    }
}
