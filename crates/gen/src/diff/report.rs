//! `gen diff`'s reports: for a reviewer (text), for a changelog (Keep a Changelog Markdown), and
//! for tools (JSON).

use std::fmt::Write as _;

use super::{Change, Severity};
use crate::catalog::Code;
use crate::escape::json_string;
use crate::version::Verdict;

/// More additions than this in one namespace are summarised on one line (`--format json` lists
/// each): a reviewer reads the changes to existing codes, and a long list would bury them.
const ADDITIONS_LISTED: usize = 10;

/// The report for a reviewer: the verdict, then one block per changed code, breaking ones first,
/// then changes to existing codes, then additions (summarised when there are many), each kind
/// sorted by namespace and code; the verdict again at the end.
#[must_use]
pub fn to_text(changes: &[Change], verdict: Option<&Verdict>) -> String {
    let mut out = String::new();
    let breaking = changes.iter().filter(|c| c.severity == Severity::Breaking).count();
    let head = format!("{breaking} breaking, {} compatible", changes.len() - breaking);
    if let Some(v) = verdict {
        let _ = writeln!(out, "{v}\n{head}\n");
    }
    let blocks = blocks(changes);
    let section = |out: &mut String, title: &str, group: &[&Block<'_>]| {
        if group.is_empty() {
            return;
        }
        let _ = writeln!(out, "{title} ({}):", group.len());
        for block in group {
            let _ = writeln!(out, "  {}", block.heading());
            for c in &block.changes {
                // Catalog text (a message, a deprecation reason) reaches a terminal only escaped.
                let _ = writeln!(out, "    [{}] {}", c.kind, crate::escape::terminal_text(&c.detail));
            }
        }
        out.push('\n');
    };
    let of = |kind: Kind| blocks.iter().filter(|b| b.kind() == kind).collect::<Vec<_>>();
    section(&mut out, "breaking", &of(Kind::Breaking));
    section(&mut out, "changed", &of(Kind::Changed));
    let added = of(Kind::Added);
    if !added.is_empty() {
        let _ = writeln!(out, "added ({}):", added.len());
        let mut namespaces: Vec<&str> = added.iter().map(|b| b.namespace).collect();
        namespaces.dedup();
        for ns in namespaces {
            let here: Vec<&&Block<'_>> = added.iter().filter(|b| b.namespace == ns).collect();
            if here.len() > ADDITIONS_LISTED {
                let (first, last) = (here[0].heading(), here[here.len() - 1].heading());
                let _ = writeln!(
                    out,
                    "  {ns}: {} codes added, from {first} to {last} (--format json lists each)",
                    here.len()
                );
            } else {
                for block in here {
                    let _ = writeln!(out, "  {}", block.heading());
                }
            }
        }
        out.push('\n');
    }
    match verdict {
        Some(v) => {
            let _ = writeln!(out, "{head}\n{v}");
        }
        None => {
            let _ = writeln!(out, "{head}");
        }
    }
    out
}

/// Changes whose symbol is a name the code had, not the one it has.
const OLD_NAMES: &[&str] = &["symbol-moved"];

/// Where a block goes in the report.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Breaking,
    Changed,
    Added,
}

/// The changes to one code (or to a namespace or the catalog as a whole, `code` none).
struct Block<'a> {
    namespace: &'a str,
    code: Option<&'a Code>,
    symbol: Option<&'a str>,
    changes: Vec<&'a Change>,
}

impl Block<'_> {
    fn kind(&self) -> Kind {
        if self.changes.iter().any(|c| c.severity == Severity::Breaking) {
            Kind::Breaking
        } else if self.changes.iter().all(|c| c.kind == "code-added") {
            Kind::Added
        } else {
            Kind::Changed
        }
    }

    /// `larkea 131601 DEVICE_NOT_FOUND`, `larkea` or `catalog`.
    fn heading(&self) -> String {
        let mut out = if self.namespace == "*" { "catalog".to_owned() } else { self.namespace.to_owned() };
        if let Some(code) = self.code {
            let _ = write!(out, " {code}");
        }
        if let Some(symbol) = self.symbol {
            let _ = write!(out, " {symbol}");
        }
        out
    }
}

/// The changes grouped by namespace and code, in the order namespaces first appear and by code;
/// catalog-wide changes first.
fn blocks<'a>(changes: &'a [Change]) -> Vec<Block<'a>> {
    let mut order: Vec<&str> = vec!["*"];
    for c in changes {
        if !order.contains(&c.namespace.as_str()) {
            order.push(&c.namespace);
        }
    }
    let mut sorted: Vec<&Change> = changes.iter().collect();
    // Stable: within one code, the changes keep the order `diff` found them in.
    sorted.sort_by_key(|c| (order.iter().position(|n| *n == c.namespace).unwrap_or(0), c.code.as_ref()));
    let mut out: Vec<Block<'a>> = Vec::new();
    for c in sorted {
        match out.last_mut() {
            Some(block) if block.namespace == c.namespace && block.code == c.code.as_ref() => block.changes.push(c),
            _ => out.push(Block { namespace: &c.namespace, code: c.code.as_ref(), symbol: None, changes: vec![c] }),
        }
    }
    // A block is headed by the code's symbol now; the changes to its names carry the old ones.
    for block in &mut out {
        let named = |c: &&'a Change| c.symbol.as_deref().filter(|s| !s.is_empty());
        let changes = block.changes.clone();
        block.symbol = changes
            .iter()
            .filter(|c| !OLD_NAMES.contains(&c.kind))
            .find_map(named)
            .or_else(|| changes.iter().find_map(named));
    }
    out
}

/// The changes as a Keep a Changelog section for version `version`
/// (<https://keepachangelog.com/en/1.1.0/>): removals, changes (breaking ones marked),
/// deprecations and additions, each a bullet naming the namespace, code and symbol.
#[must_use]
pub fn to_changelog(changes: &[Change], version: &str) -> String {
    let section = |c: &Change| match c.kind {
        "code-deprecated" => "Deprecated",
        "code-retired" | "symbol-retired" => "Removed",
        kind if kind.ends_with("-removed") && c.severity == Severity::Breaking => "Removed",
        kind if kind.ends_with("-added") || kind == "symbol-renamed-with-alias" => "Added",
        _ => "Changed",
    };
    let mut out = format!("## [{version}]\n");
    for title in ["Removed", "Changed", "Deprecated", "Added"] {
        let group: Vec<&Change> = changes.iter().filter(|c| section(c) == title).collect();
        if group.is_empty() {
            continue;
        }
        let _ = write!(out, "\n### {title}\n\n");
        for c in group {
            let code = c
                .code
                .as_ref()
                .map(|c| format!(" {}", crate::escape::markdown_inline(&c.to_string())))
                .unwrap_or_default();
            let symbol = c.symbol.as_deref().filter(|s| !s.is_empty()).map(|s| format!(" `{s}`")).unwrap_or_default();
            let breaking = if c.severity == Severity::Breaking { "**Breaking:** " } else { "" };
            // Catalog text in Markdown: no tag or comment may become live.
            let _ = writeln!(
                out,
                "- {breaking}`{}`{code}{symbol}: {}",
                c.namespace,
                crate::escape::markdown_inline(&c.detail)
            );
        }
    }
    out
}

/// The report for tools, one change per object in report order, and the version rule's verdict
/// when there is one: `{"breaking": n, "compatible": n, "changes": [{"severity", "kind",
/// "namespace", "code"?, "symbol"?, "detail"}], "version"?: {"old", "new", "bump", "needed",
/// "expected"?}}`. Written by hand: a few flat fields do not earn `serde_json` a place in the
/// generator's cold build.
#[must_use]
pub fn to_json(changes: &[Change], verdict: Option<&crate::version::Verdict>) -> String {
    let breaking = changes.iter().filter(|c| c.severity == Severity::Breaking).count();
    let mut out =
        format!("{{\n  \"breaking\": {breaking},\n  \"compatible\": {},\n  \"changes\": [", changes.len() - breaking);
    for (i, c) in changes.iter().enumerate() {
        let severity = match c.severity {
            Severity::Breaking => "breaking",
            Severity::Compatible => "compatible",
        };
        out.push_str(if i == 0 { "\n    {" } else { ",\n    {" });
        let _ = write!(
            out,
            "\"severity\": \"{severity}\", \"kind\": \"{}\", \"namespace\": {}",
            c.kind,
            json_string(&c.namespace)
        );
        match &c.code {
            Some(Code::Int(n)) => {
                let _ = write!(out, ", \"code\": {n}");
            }
            Some(Code::Str(text)) => {
                let _ = write!(out, ", \"code\": {}", json_string(text));
            }
            None => {}
        }
        if let Some(symbol) = &c.symbol {
            let _ = write!(out, ", \"symbol\": {}", json_string(symbol));
        }
        let _ = write!(out, ", \"detail\": {}}}", json_string(&c.detail));
    }
    out.push_str(if changes.is_empty() { "]" } else { "\n  ]" });
    if let Some(v) = verdict {
        let bump = |b: crate::version::Bump| format!("{b:?}").to_lowercase();
        let _ = write!(
            out,
            ",\n  \"version\": {{\"old\": {}, \"new\": {}, \"bump\": \"{}\", \"needed\": \"{}\"",
            json_string(&v.old),
            json_string(&v.new),
            bump(v.made),
            bump(v.needed)
        );
        if let Some(expected) = &v.expected {
            let _ = write!(out, ", \"expected\": {}", json_string(expected));
        }
        out.push('}');
    }
    out.push_str("\n}\n");
    out
}
