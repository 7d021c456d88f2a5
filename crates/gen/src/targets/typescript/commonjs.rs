//! The `CommonJS` twin of each generated ES module, for `require` on a Node without
//! `require(esm)` and for tools that resolve as Node 10 did: the same code, its `import` and
//! `export` statements rewritten. Only the forms the templates write are accepted; any other
//! `import` or `export` line is a template change this module must learn, so it is refused
//! rather than left as ESM syntax that fails at run time.

use std::fmt::Write as _;

/// `esm`, a module the templates wrote, as `CommonJS` requiring `.cjs` siblings.
///
/// # Errors
/// A line that starts an `import` or `export` this module does not rewrite.
pub fn module(esm: &str, siblings: &Siblings) -> Result<String, String> {
    let mut out = String::with_capacity(esm.len() + 256);
    let mut exported: Vec<&str> = Vec::new();
    let mut lines = esm.lines();
    // The header stays the first line: it marks the file as generated.
    if let Some(header) = lines.next() {
        out.push_str(header);
        out.push_str("\n\"use strict\";\n");
    }
    for line in lines {
        if let Some(rest) = line.strip_prefix("import ") {
            let (names, from) = braced_from(rest).ok_or_else(|| unknown(line))?;
            let _ = writeln!(out, "const {names} = require({});", cjs_specifier(from));
        } else if let Some(rest) = line.strip_prefix("export ") {
            if let Some(rest) = rest.strip_prefix("* as ") {
                let (name, from) = rest.split_once(" from ").ok_or_else(|| unknown(line))?;
                let _ = writeln!(out, "exports.{name} = require({});", cjs_specifier(from.trim_end_matches(';')));
            } else if rest.starts_with('{') {
                let (names, from) = braced_from(rest).ok_or_else(|| unknown(line))?;
                let _ = writeln!(out, "const {names} = require({});", cjs_specifier(from));
                exported.extend(names.trim_matches(['{', '}', ' ']).split(", "));
            } else {
                let declaration = ["const ", "function ", "class "]
                    .iter()
                    .find_map(|keyword| rest.strip_prefix(keyword).map(|name| (keyword, name)));
                let (keyword, after) = declaration.ok_or_else(|| unknown(line))?;
                let name = after.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).next().unwrap_or("");
                if name.is_empty() {
                    return Err(unknown(line));
                }
                exported.push(name);
                out.push_str(keyword);
                out.push_str(after);
                out.push('\n');
            }
        } else {
            // JSDoc type imports (`import("./locale.js").Locale`) and Deno's `@ts-self-types`
            // name the CommonJS siblings.
            siblings.rename(line, &mut out);
            out.push('\n');
        }
    }
    for name in exported {
        let _ = writeln!(out, "exports.{name} = {name};");
    }
    Ok(out)
}

/// A declaration file for the `CommonJS` twin: the same declarations, naming `.cjs` siblings.
#[must_use]
pub fn declarations(dts: &str, siblings: &Siblings) -> String {
    let mut out = String::with_capacity(dts.len() + 64);
    for line in dts.lines() {
        siblings.rename(line, &mut out);
        out.push('\n');
    }
    out
}

/// The package's own modules, as their ES and `CommonJS` files are named where one module names
/// another (`"./locale.js"`, `"./locale.d.ts"`): only these are renamed, so catalog text that
/// happens to mention some `.js` file stays as written.
pub struct Siblings(Vec<(String, String)>);

impl Siblings {
    /// The modules whose file stems are `stems` (`locale`, `rayvision`...).
    pub fn new<'a>(stems: impl Iterator<Item = &'a str>) -> Self {
        Self(
            stems
                .flat_map(|stem| {
                    [
                        (format!("\"./{stem}.js\""), format!("\"./{stem}.cjs\"")),
                        (format!("\"./{stem}.d.ts\""), format!("\"./{stem}.d.cts\"")),
                    ]
                })
                .collect(),
        )
    }

    /// `line`, each sibling's ES name replaced by its `CommonJS` name, appended to `out`.
    fn rename(&self, line: &str, out: &mut String) {
        // Most lines name no module: one search for the common prefix spares the others.
        if !line.contains("\"./") {
            out.push_str(line);
            return;
        }
        let mut line = line.to_owned();
        for (es, cjs) in &self.0 {
            if line.contains(es.as_str()) {
                line = line.replace(es.as_str(), cjs);
            }
        }
        out.push_str(&line);
    }
}

/// `{ a, b } from "./x.js";` as (`{ a, b }`, `"./x.js"`).
fn braced_from(rest: &str) -> Option<(&str, &str)> {
    let (names, from) = rest.split_once(" from ")?;
    (names.starts_with('{') && names.ends_with('}')).then_some((names, from.trim_end_matches(';')))
}

/// `"./x.js"` as `"./x.cjs"`.
fn cjs_specifier(quoted: &str) -> String {
    match quoted.strip_suffix(".js\"") {
        Some(stem) => format!("{stem}.cjs\""),
        None => quoted.to_owned(),
    }
}

fn unknown(line: &str) -> String {
    format!("the CommonJS rewrite does not know this form: {line}")
}

#[cfg(test)]
mod tests {
    use super::{Siblings, declarations, module};

    #[test]
    fn rewrites_each_form_and_refuses_others() {
        let siblings = Siblings::new(["x", "y", "z"].into_iter());
        let esm = "// header\nimport { a, b } from \"./x.js\";\nexport { c } from \"./y.js\";\nexport * as ns from \"./z.js\";\nexport const K = 1;\n/** Text from the catalog: \"./other.js\". */\nexport function f(x) {\n  return import(\"./x.js\");\n}\nexport class E extends Error {}\n";
        let cjs = module(esm, &siblings).unwrap();
        assert_eq!(
            cjs,
            "// header\n\"use strict\";\nconst { a, b } = require(\"./x.cjs\");\nconst { c } = require(\"./y.cjs\");\nexports.ns = require(\"./z.cjs\");\nconst K = 1;\n/** Text from the catalog: \"./other.js\". */\nfunction f(x) {\n  return import(\"./x.cjs\");\n}\nclass E extends Error {}\nexports.c = c;\nexports.K = K;\nexports.f = f;\nexports.E = E;\n"
        );
        assert_eq!(
            declarations("import type { L } from \"./x.js\";\n/** \"./other.js\" */\n", &siblings),
            "import type { L } from \"./x.cjs\";\n/** \"./other.js\" */\n"
        );
        for bad in ["// h\nexport default 1;\n", "// h\nimport x from \"./x.js\";\n", "// h\nexport let y = 1;\n"] {
            assert!(module(bad, &siblings).is_err(), "{bad}");
        }
    }
}
