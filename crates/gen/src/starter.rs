//! The way in for a team's own catalog: the starter catalog `gen init` writes, and the format
//! reference `gen help catalog` prints (the README's own section, so the two never disagree).

/// A small catalog that generates as it is, commented field by field, naming the JSON Schema
/// that `gen` writes beside the packages (editors with the YAML language server complete and
/// check the catalog with it once `gen` has run).
pub const CATALOG: &str = r#"# yaml-language-server: $schema=generated/json/catalog.schema.json
#
# The error codes of your APIs: `gen` turns this file into a package per language under
# generated/ (run it from this folder). `gen help catalog` prints every field and rule.
package: my-errors                 # the package name in every ecosystem (kebab-case)
version: 0.1.0                     # MAJOR.MINOR.PATCH, the version of every package
default_locale: en                 # the locale messages fall back to
locales: [en]                      # BCP 47 tags; add `zh`, `de`, ... as you translate

# generate: [rust, typescript, python, java, go, docs, json]   # the targets (default: all)
targets:
  java: {package: com.example.errors}   # Java's package and Maven groupId (when Java is generated)

namespaces:                        # one per API or service
  - name: api                      # lower_snake: becomes ApiCode, api.py, api.js, ...
    description: Errors of the example API
    entries:                       # codes are 32-bit integers (or strings: `code_type: string`)
      - code: 1
        symbol: NOT_FOUND          # the name as the API spells it
        message: {en: "not found"}
      - code: 2
        symbol: INVALID_ARGUMENT
        params: {field: string}    # typed message parameters: string, int or float
        message: {en: "invalid argument: {field}"}
"#;

/// The README this binary was built with: the format reference `gen help catalog` prints.
const README: &str = include_str!("../../../README.md");

/// The README's "The catalog format" section, up to the next section of its level.
#[must_use]
pub fn format_reference() -> &'static str {
    section(README, "## The catalog format")
}

fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let Some(start) = text.find(&format!("\n{heading}\n")).map(|i| i + 1) else { return "" };
    let body = &text[start..];
    let end = body[heading.len()..].find("\n## ").map_or(body.len(), |i| heading.len() + i + 1);
    &body[..end]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_catalog_is_valid_and_the_reference_is_found() {
        if let Err(e) = crate::load_str(super::CATALOG, "catalog.yaml") {
            panic!("{e}");
        }
        let reference = super::format_reference();
        assert!(reference.starts_with("## The catalog format\n") && reference.contains("```yaml"), "{reference}");
        assert!(!reference.contains("\n## "), "the section runs into the next");
    }
}
