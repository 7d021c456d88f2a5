//! The Rust runner of the conformance suite (`tests/conformance/`, `crates/gen/tests/conformance/`):
//! performs each case of the JSON file named by its argument and prints one JSON line per case,
//! `{"id": N, "value": V}` or `{"id": N, "error": KIND}`; the harness compares. The driver
//! (`driver.rs`) builds one binary per fixture, whose `main` includes this module and names the
//! fixture crate's types with `conformance_namespace!`, in the fixtures' workspace with the
//! crates' `serde` feature.

use serde_json::{Value, json};

/// An answer, or the kind of error the case expects.
pub type Answer = Result<Value, String>;

/// A function `$name(case) -> Answer` performing the cases of one namespace of crate `$krate`:
/// code type `$code`, error type `$error`, problem type `$problem`, and `$of` making a code from
/// the case's JSON value.
macro_rules! conformance_namespace {
    ($name:ident, $krate:ident, $code:ident, $error:ident, $problem:ty, $of:expr) => {
        fn $name(case: &serde_json::Value) -> runner::Answer {
            use serde_json::json;
            let of: fn(&serde_json::Value) -> $krate::$code = $of;
            let error = || {
                let mut error = $krate::$error::new(of(&case["code"]));
                for (name, value) in case["args"].as_object().into_iter().flatten() {
                    error = match value {
                        serde_json::Value::String(text) => error.with_arg(name, text.as_str()),
                        serde_json::Value::Number(n) if n.is_i64() => error.with_arg(name, n.as_i64().unwrap()),
                        serde_json::Value::Number(n) => error.with_arg(name, n.as_f64().unwrap()),
                        other => return Err(format!("an argument of no type: {other}")),
                    };
                }
                Ok(error)
            };
            let text = |key: &str| case[key].as_str().unwrap_or_default();
            let locale = || $krate::Locale::negotiate(text("locale"));
            Ok(match text("op") {
                "symbol" => json!(of(&case["code"]).symbol()),
                "from_symbol" => json!($krate::$code::from_symbol(text("symbol")).map(|c| json!(c.code()))),
                "message" => json!(of(&case["code"]).message_for(text("locale"))),
                "error_text" => json!(error()?.to_string()),
                "error_message" => json!(error()?.message(locale())),
                "problem" => json!(serde_json::to_string(&error()?.problem(locale())).unwrap()),
                "read_problem" => {
                    let problem = serde_json::from_str::<$problem>(text("json"))
                        .map_err(|_| "invalid-problem".to_owned())?;
                    let read = $krate::$error::from_problem(&problem);
                    json!(serde_json::to_string(&read.problem($krate::Locale::DEFAULT)).unwrap())
                }
                "code_json" => {
                    let code = of(&case["code"]);
                    let written = serde_json::to_string(&code).unwrap();
                    let back: $krate::$code = serde_json::from_str(&written).unwrap();
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

/// Reads the cases and prints the answers: `namespace(ns, case)` performs a case of namespace
/// `ns`, `number(text)` writes an argument as the crate's `Arg` does (`i:` an integer, `f:` a float).
pub fn run(namespace: impl Fn(&str, &Value) -> Answer, number: impl Fn(&str, &str) -> String) {
    let path = std::env::args().nth(1).expect("the cases' JSON file");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for case in &cases {
        let answer = match (case["op"].as_str().unwrap(), case["ns"].as_str()) {
            ("number", _) => {
                let (kind, text) = case["value"].as_str().unwrap().split_once(':').unwrap();
                Ok(json!(number(kind, text)))
            }
            (_, Some(ns)) => namespace(ns, case),
            (op, None) => Err(format!("no namespace for {op}")),
        };
        let line = match answer {
            Ok(value) => json!({"id": case["id"], "value": value}),
            Err(kind) => json!({"id": case["id"], "error": kind}),
        };
        println!("{line}");
    }
}
