//! The cases every fixture runs, derived from its catalog: each code's symbol, lookup by symbol
//! and alias, message in every locale, error text and problem details (made and read back), and
//! its trip through the language's JSON library; retired and unknown codes. The answers follow
//! the rules the hand-written cases pin down (README, "One answer for every edge").

use errgen::catalog::template::{fill, float_text, int_text};
use errgen::catalog::{Catalog, Code, Entry, Namespace, ParamType, Value};
use serde_json::json;

use super::{Answer, Case, Ordered};

/// An argument for each parameter, typed as the catalog types it: text that must stay inert
/// (quotes, braces both ways, a line break, the name, so a swapped argument shows), the most
/// negative integer JavaScript holds exactly, a float whose shortest form needs 17 digits.
fn arguments(e: &Entry) -> (serde_json::Map<String, serde_json::Value>, Vec<(String, String)>) {
    let mut given = serde_json::Map::new();
    let mut texts = Vec::new();
    for p in &e.params {
        let (value, text) = match p.ty {
            ParamType::String => {
                let text = format!("<{}> \"q\" 'q' {{x}} }}{{\n", p.name);
                (json!(text), text)
            }
            ParamType::Int => (json!(-9_007_199_254_740_991_i64), int_text(-9_007_199_254_740_991)),
            ParamType::Float => (json!(0.300_000_000_000_000_04_f64), float_text(0.300_000_000_000_000_04)),
        };
        given.insert(p.name.clone(), value);
        texts.push((p.name.clone(), text));
    }
    (given, texts)
}

fn code_json(code: &Code) -> serde_json::Value {
    match code {
        Code::Int(n) => json!(n),
        Code::Str(s) => json!(s),
    }
}

/// The message of `e` in locale `i`, its parameters filled with `texts`.
fn message(catalog: &Catalog, e: &Entry, i: usize, texts: &[(String, String)]) -> String {
    let template = e.message(catalog, i);
    if e.params.is_empty() {
        return template.to_owned();
    }
    let args: Vec<(&str, &str)> = texts.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    fill(template, &args)
}

/// The problem details of an error of `e` with arguments `texts`, `detail` in locale `i`.
fn problem(catalog: &Catalog, ns: &Namespace, e: &Entry, i: usize, texts: &[(String, String)]) -> Ordered {
    let s = |text: &str| Ordered::Scalar(json!(text));
    let mut members = vec![
        ("type".to_owned(), s(&catalog.problem_prefix(&ns.name).map_or("about:blank".to_owned(), |p| p + &e.symbol))),
        ("title".to_owned(), s(&message(catalog, e, 0, texts))),
    ];
    if let Some(a) = catalog.http_status_attribute()
        && let Value::Int(status) = &e.attributes[a]
    {
        members.push(("status".to_owned(), Ordered::Scalar(json!(status))));
    }
    members.push(("detail".to_owned(), s(&message(catalog, e, i, texts))));
    members.push(("code".to_owned(), Ordered::Scalar(code_json(&e.code))));
    if !texts.is_empty() {
        let mut sorted: Vec<&(String, String)> = texts.iter().collect();
        sorted.sort();
        members
            .push(("arguments".to_owned(), Ordered::Object(sorted.iter().map(|(n, v)| (n.clone(), s(v))).collect())));
    }
    Ordered::Object(members)
}

fn case(json: serde_json::Value, want: serde_json::Value) -> Case {
    Case { want: Answer::Value(Ordered::from(want)), json }
}

/// Every case derived from `catalog`.
pub fn cases(catalog: &Catalog) -> Vec<Case> {
    let mut out = Vec::new();
    // The catalog's first locale is its default (`Entry::message` falls back to it).
    let locales: Vec<&str> = catalog.locales.iter().map(String::as_str).collect();
    for ns in &catalog.namespaces {
        let name = ns.name.as_str();
        for e in &ns.entries {
            let code = code_json(&e.code);
            out.push(case(json!({"op": "symbol", "ns": name, "code": code}), json!(e.symbol)));
            for symbol in std::iter::once(&e.symbol).chain(&e.aliases) {
                out.push(case(json!({"op": "from_symbol", "ns": name, "symbol": symbol}), code.clone()));
            }
            for (i, locale) in locales.iter().enumerate() {
                out.push(case(
                    json!({"op": "message", "ns": name, "code": code, "locale": locale}),
                    json!(e.message(catalog, i)),
                ));
            }
            let (args, texts) = arguments(e);
            let text = format!("{} ({}): {}", e.symbol, e.code, message(catalog, e, 0, &texts));
            out.push(case(json!({"op": "error_text", "ns": name, "code": code, "args": args}), json!(text)));
            for (i, locale) in locales.iter().enumerate().filter(|_| !e.params.is_empty()) {
                out.push(case(
                    json!({"op": "error_message", "ns": name, "code": code, "args": args, "locale": locale}),
                    json!(message(catalog, e, i, &texts)),
                ));
            }
            // Problems in the default locale and one other: each further locale is a message case.
            for (i, locale) in locales.iter().enumerate().take(2) {
                let made = problem(catalog, ns, e, i, &texts);
                out.push(Case {
                    json: json!({"op": "problem", "ns": name, "code": code, "args": args, "locale": locale}),
                    want: Answer::Value(made),
                });
            }
            let made = problem(catalog, ns, e, 0, &texts);
            out.push(Case {
                json: json!({"op": "read_problem", "ns": name, "json": made.to_json()}),
                want: Answer::Value(made),
            });
            out.push(case(json!({"op": "code_json", "ns": name, "code": code}), code.clone()));
        }
        for retired in &ns.retired.codes {
            out.push(case(json!({"op": "symbol", "ns": name, "code": code_json(retired)}), json!(null)));
        }
        let unknown = super::super::unknown_code(ns);
        let unknown_json = match ns.code_type {
            errgen::catalog::CodeType::Integer => json!(unknown.parse::<i64>().unwrap()),
            errgen::catalog::CodeType::String => json!(unknown),
        };
        out.push(case(json!({"op": "symbol", "ns": name, "code": unknown_json}), json!(null)));
        out.push(case(
            json!({"op": "error_text", "ns": name, "code": unknown_json, "args": {}}),
            json!(format!("unknown code ({unknown})")),
        ));
        out.push(case(json!({"op": "code_json", "ns": name, "code": unknown_json}), unknown_json.clone()));
    }
    for number in NUMBERS {
        let text = match number.split_once(':') {
            Some(("i", n)) => int_text(n.parse().unwrap()),
            Some(("f", x)) => float_text(x.parse().unwrap()),
            _ => unreachable!("{number}"),
        };
        out.push(case(json!({"op": "number", "value": number}), json!(text)));
    }
    out
}

/// Numbers as message arguments, written alike in every language (`i:` an integer argument,
/// `f:` a float): the edges of JavaScript's exact integers, shortest round trips, exponents each
/// language would otherwise use, both zeros, the smallest and largest doubles, NaN and the
/// infinities.
const NUMBERS: &[&str] = &[
    "i:0",
    "i:-9007199254740991",
    "i:9007199254740991",
    "f:0.30000000000000004",
    "f:1e21",
    "f:1e-7",
    "f:-0",
    "f:5e-324",
    "f:1.7976931348623157e308",
    "f:123456789.125",
    "f:100",
    "f:-1.5",
    "f:NaN",
    "f:Infinity",
    "f:-Infinity",
];
