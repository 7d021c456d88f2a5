//! The rules of typed attributes: their declarations at the top of the catalog, and each
//! entry's values against them. Part of validation (see `validate.rs`), in a module of its own.

use std::collections::BTreeMap;

use super::diagnostic::Diagnostic;
use super::locate::Locator;
use super::model::{Attribute, AttributeType, Value};
use super::raw::RawCatalog;
use crate::naming;

/// The declared attributes, each well-formed; a broken declaration is reported and left out, so
/// entries are still checked against the others.
pub fn declarations(raw: &RawCatalog, loc: &Locator, out: &mut Vec<Diagnostic>) -> Vec<Attribute> {
    let mut attributes = Vec::new();
    for (name, decl) in &raw.attributes.0 {
        let at = match loc.top(&format!("attributes.{name}")) {
            (1, 1) => loc.top("attributes"),
            found => found,
        };
        let diag = |rule, message: String, help: String| Diagnostic::new(rule, message, help).at(at).entry(name);
        if !naming::is_lower_snake(name) {
            out.push(diag(
                "attribute-name",
                format!("attribute name `{name}` is not lower_snake ASCII starting with a letter"),
                format!("rename it, e.g. `{}`: each language derives its accessor from it", naming::snake(name)),
            ));
            continue;
        }
        let Some(ty) = AttributeType::ALL.iter().find(|(_, s)| *s == decl.ty).map(|(t, _)| *t) else {
            let spellings: Vec<&str> = AttributeType::ALL.iter().map(|(_, s)| *s).collect();
            out.push(diag(
                "attribute-type",
                format!("attribute `{name}` has type `{}`, which is not an attribute type", decl.ty),
                did_you_mean(&decl.ty, &spellings).map_or_else(
                    || format!("use one of: {}", spellings.join(", ")),
                    |near| format!("did you mean `{near}`? The types are {}", spellings.join(", ")),
                ),
            ));
            continue;
        };
        let default = match &decl.default {
            None => None,
            Some(value) => match typed(value, ty) {
                Ok(value) => Some(value),
                Err(problem) => {
                    out.push(diag(
                        "attribute-value",
                        format!("the default of attribute `{name}` is {problem}"),
                        format!("write a value of type `{}`", ty.spelling()),
                    ));
                    continue;
                }
            },
        };
        attributes.push(Attribute { name: name.clone(), at, ty, default, doc: decl.doc.clone() });
    }
    attributes
}

/// An entry's value for each declared attribute, in declaration order (its own, else the
/// default); every unknown name, wrong value and missing required value is reported.
pub fn values(
    declared: &[Attribute],
    raw: &RawCatalog,
    given: &BTreeMap<String, serde_yaml::Value>,
    diag: &dyn Fn(&'static str, String, String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) -> Vec<Value> {
    let names: Vec<&str> = raw.attributes.0.iter().map(|(n, _)| n.as_str()).collect();
    for name in given.keys().filter(|n| !names.contains(&n.as_str())) {
        let help = match did_you_mean(name, &names) {
            Some(near) => format!("did you mean `{near}`?"),
            None if names.is_empty() => "declare it under `attributes:` at the top of the catalog".to_owned(),
            None => format!("declare it under `attributes:`, or use one of: {}", names.join(", ")),
        };
        out.push(diag("unknown-attribute", format!("attribute `{name}` is not declared"), help, name));
    }
    let mut values = Vec::new();
    for attribute in declared {
        let name = attribute.name.as_str();
        let value = match (given.get(name), &attribute.default) {
            (Some(value), _) => typed(value, attribute.ty).unwrap_or_else(|problem| {
                out.push(diag(
                    "attribute-value",
                    format!("attribute `{name}` is {problem}"),
                    format!("write a value of type `{}`", attribute.ty.spelling()),
                    name,
                ));
                placeholder(attribute.ty)
            }),
            (None, Some(default)) => default.clone(),
            (None, None) => {
                out.push(diag(
                    "missing-attribute",
                    format!("the entry does not set attribute `{name}`, which has no default"),
                    format!("add `attributes: {{{name}: ...}}`, or give the attribute a default"),
                    "attributes",
                ));
                placeholder(attribute.ty)
            }
        };
        values.push(value);
    }
    values
}

/// `value` as a value of type `ty`, or what it is instead (`the text "404", not an int`). No
/// conversion: a quoted number is text, a number is not a string.
fn typed(value: &serde_yaml::Value, ty: AttributeType) -> Result<Value, String> {
    use serde_yaml::Value as Y;
    let wrong = || format!("{}, not {}", describe(value), article(ty));
    match (ty, value) {
        (AttributeType::Int, Y::Number(n)) => match n.as_i64() {
            Some(n) => i32::try_from(n).map(Value::Int).map_err(|_| format!("{n}, which does not fit in 32 bits")),
            None => Err(wrong()),
        },
        (AttributeType::Bool, Y::Bool(b)) => Ok(Value::Bool(*b)),
        (AttributeType::String, Y::String(s)) => Ok(Value::String(s.clone())),
        (AttributeType::StringList, Y::Sequence(items)) => items
            .iter()
            .map(|item| match item {
                Y::String(s) => Ok(s.clone()),
                other => Err(format!("a list holding {}, not a list of strings", describe(other))),
            })
            .collect::<Result<_, _>>()
            .map(Value::StringList),
        _ => Err(wrong()),
    }
}

/// What a YAML value is, for a message.
fn describe(value: &serde_yaml::Value) -> String {
    use serde_yaml::Value as Y;
    match value {
        Y::Null => "null".to_owned(),
        Y::Bool(b) => format!("the boolean {b}"),
        Y::Number(n) => format!("the number {n}"),
        Y::String(s) => format!("the text {s:?}"),
        Y::Sequence(_) => "a list".to_owned(),
        Y::Mapping(_) => "a mapping".to_owned(),
        Y::Tagged(_) => "a tagged value".to_owned(),
    }
}

fn article(ty: AttributeType) -> &'static str {
    match ty {
        AttributeType::Int => "an int",
        AttributeType::Bool => "a bool",
        AttributeType::String => "a string",
        AttributeType::StringList => "a list<string>",
    }
}

/// A value of `ty` standing in for a wrong one, so checking goes on; the catalog is refused.
fn placeholder(ty: AttributeType) -> Value {
    match ty {
        AttributeType::Int => Value::Int(0),
        AttributeType::Bool => Value::Bool(false),
        AttributeType::String => Value::String(String::new()),
        AttributeType::StringList => Value::StringList(Vec::new()),
    }
}

/// The known name closest to `name`, if one is close.
pub(super) fn did_you_mean<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3) || k.starts_with(name) || name.starts_with(k))
        .min()
        .map(|(_, k)| k)
}
