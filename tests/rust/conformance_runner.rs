//! The Rust runner of the conformance suite (`tests/conformance/cases.yaml`): performs each case of
//! the JSON file named by its argument on the crate generated from
//! `tests/conformance/catalog.yaml` and prints one JSON line per case, `{"id": N, "value": V}` or
//! `{"id": N, "error": KIND}`. The harness compares. The driver builds it in the fixtures'
//! workspace, with the crate's `serde` feature.

use conformance::{Arg, Locale, ShopCode, ShopError, SqlCode, SqlError};
use serde_json::{Value, json};

/// An answer, or the kind of error the case expects.
type Answer = Result<Value, String>;

/// The case's `args` as the crate takes them: text, an integer or a float, by JSON type.
fn args(case: &Value) -> Vec<(String, Arg)> {
    let Some(given) = case["args"].as_object() else { return Vec::new() };
    given
        .iter()
        .map(|(name, value)| {
            let arg = match value {
                Value::String(text) => Arg::from(text.as_str()),
                Value::Number(n) if n.is_i64() => Arg::from(n.as_i64().unwrap()),
                Value::Number(n) => Arg::from(n.as_f64().unwrap()),
                other => panic!("an argument of no type: {other}"),
            };
            (name.clone(), arg)
        })
        .collect()
}

/// The same operations on either namespace's types: `$code` and `$error`, and how a code is
/// made from the case's JSON value.
macro_rules! namespace {
    ($name:ident, $code:ty, $error:ty, $problem:ty, $of:expr) => {
        fn $name(case: &Value) -> Answer {
            let of: fn(&Value) -> $code = $of;
            let error = || args(case).into_iter().fold(<$error>::new(of(&case["code"])), |e, (n, a)| e.with_arg(&n, a));
            let locale = || Locale::negotiate(case["locale"].as_str().unwrap());
            Ok(match case["op"].as_str().unwrap() {
                "symbol" => json!(of(&case["code"]).symbol()),
                "from_symbol" => json!(<$code>::from_symbol(case["symbol"].as_str().unwrap()).map(|c| c.code().to_owned())),
                "message" => json!(of(&case["code"]).message_for(case["locale"].as_str().unwrap())),
                "error_text" => json!(error().to_string()),
                "error_message" => json!(error().message(locale())),
                "problem" => json!(serde_json::to_string(&error().problem(locale())).unwrap()),
                "read_problem" => {
                    let problem = serde_json::from_str::<$problem>(case["json"].as_str().unwrap())
                        .map_err(|_| "invalid-problem".to_owned())?;
                    json!(serde_json::to_string(&<$error>::from_problem(&problem).problem(Locale::DEFAULT)).unwrap())
                }
                "code_json" => {
                    let code = of(&case["code"]);
                    let written = serde_json::to_string(&code).unwrap();
                    let back: $code = serde_json::from_str(&written).unwrap();
                    if back != code {
                        return Err(format!("{code:?} came back as {back:?}"));
                    }
                    serde_json::from_str(&written).unwrap()
                }
                op => return Err(format!("unknown operation {op}")),
            })
        }
    };
}

namespace!(shop, ShopCode, ShopError, conformance::Problem<i32>, |v| ShopCode::new(
    i32::try_from(v.as_i64().unwrap()).unwrap()
));
namespace!(sql, SqlCode, SqlError, conformance::Problem<String>, |v| SqlCode::new(v.as_str().unwrap()));

/// An argument as the crate writes it (`i:` an integer, `f:` a float).
fn number(value: &str) -> Value {
    let (kind, text) = value.split_once(':').unwrap();
    let arg = if kind == "i" { Arg::from(text.parse::<i64>().unwrap()) } else { Arg::from(text.parse::<f64>().unwrap()) };
    json!(arg.to_string())
}

fn main() {
    let path = std::env::args().nth(1).expect("the cases' JSON file");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for case in &cases {
        let answer = match (case["op"].as_str().unwrap(), case["ns"].as_str()) {
            ("number", _) => Ok(number(case["value"].as_str().unwrap())),
            (_, Some("shop")) => shop(case),
            (_, Some("sql")) => sql(case),
            (_, ns) => Err(format!("no namespace {ns:?}")),
        };
        let line = match answer {
            Ok(value) => json!({"id": case["id"], "value": value}),
            Err(kind) => json!({"id": case["id"], "error": kind}),
        };
        println!("{line}");
    }
}
