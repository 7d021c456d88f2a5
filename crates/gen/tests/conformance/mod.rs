//! The conformance suite's harness side. Cases are data, as in protobuf's conformance tests and
//! the JSON Schema Test Suite: an operation, its input, and the value or kind of error every
//! language must give. A runner per language (`tests/<language>/conformance_runner.*`,
//! `tests/go/testdata/conformance/`, `tests/java/conformance/`) only performs them and prints one
//! JSON answer per case; this module makes the cases and compares the answers.
//!
//! Every fixture runs the cases derived from its own catalog ([`derived`]); the conformance
//! catalog (`tests/conformance/catalog.yaml`) also runs the hand-written edge cases of
//! `tests/conformance/cases.yaml`. A target runs the cases of the features it declares
//! ([`errgen::targets::Feature`]).

mod derived;
mod ordered;

use std::fmt;
use std::path::{Path, PathBuf};

use errgen::catalog::Catalog;
use errgen::targets::Feature;
pub use ordered::Ordered;

/// One case: the JSON a runner reads (`{"id": N, "op": ..., ...}`) and the answer it must give.
pub struct Case {
    pub json: serde_json::Value,
    pub want: Answer,
}

/// What a runner answered to one case, or must.
#[derive(PartialEq)]
pub enum Answer {
    Value(Ordered),
    Error(String),
    Missing,
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Value(v) => write!(f, "{v}"),
            Self::Error(kind) => write!(f, "error {kind}"),
            Self::Missing => f.write_str("no answer"),
        }
    }
}

/// The feature each operation needs: a target runs only the cases of the features it declares.
fn feature(op: &str) -> Feature {
    match op {
        "symbol" | "from_symbol" | "message" => Feature::Lookups,
        "error_text" | "error_message" => Feature::Errors,
        "problem" | "read_problem" => Feature::Problems,
        "code_json" => Feature::Serializers,
        "number" => Feature::Numbers,
        other => panic!("a case of no known operation: {other}"),
    }
}

/// Operations whose answer is problem details as the language's JSON library wrote them: the
/// runner prints the text, compared member by member, in order.
const SERIALIZED: &[&str] = &["problem", "read_problem"];

/// The cases a fixture runs.
pub struct Suite {
    cases: Vec<Case>,
    /// Cases left out: their feature is not the target's.
    skipped: usize,
}

impl Suite {
    /// The cases derived from `catalog`, and the hand-written ones when it is the conformance
    /// catalog (`name` is `conformance`), as far as `features` reach.
    pub fn new(workspace: &Path, name: &str, catalog: &Catalog, features: &[Feature]) -> Self {
        let mut all = derived::cases(catalog);
        if name == "conformance" {
            all.extend(hand_written(workspace));
        }
        let total = all.len();
        let mut cases: Vec<Case> =
            all.into_iter().filter(|c| features.contains(&feature(c.json["op"].as_str().unwrap()))).collect();
        for (i, case) in cases.iter_mut().enumerate() {
            case.json["id"] = (i + 1).into();
        }
        let skipped = total - cases.len();
        Self { cases, skipped }
    }

    /// Writes the cases as one JSON array for a runner, and returns its path.
    pub fn write(&self, fixture: &str, language: &str) -> PathBuf {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("conformance-{fixture}-{language}-{}.json", std::process::id()));
        let cases: Vec<&serde_json::Value> = self.cases.iter().map(|c| &c.json).collect();
        std::fs::write(&path, serde_json::to_string(&cases).unwrap()).unwrap();
        path
    }

    /// Fails with every case `language`'s runner answered otherwise (its output: one JSON line
    /// per case, `{"id": N, "value": V}` or `{"id": N, "error": KIND}`).
    pub fn assert_conforms(&self, fixture: &str, language: &str, output: &str) {
        let mut answers = std::collections::BTreeMap::new();
        for line in output.lines().filter(|l| !l.trim().is_empty()) {
            let answer: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{language}'s runner printed `{line}`: {e}"));
            answers.insert(answer["id"].as_u64().unwrap_or_else(|| panic!("no id in `{line}`")), answer);
        }
        let mut failures = Vec::new();
        for case in &self.cases {
            let got = match answers.get(&case.json["id"].as_u64().unwrap()) {
                None => Answer::Missing,
                Some(a) if a.get("error").is_some() => Answer::Error(a["error"].as_str().unwrap_or("?").to_owned()),
                Some(a) if SERIALIZED.contains(&case.json["op"].as_str().unwrap()) => {
                    match a["value"].as_str().map(Ordered::parse) {
                        Some(Ok(value)) => Answer::Value(value),
                        _ => Answer::Error(format!("not JSON text: {}", a["value"])),
                    }
                }
                Some(a) => Answer::Value(Ordered::from(&a["value"])),
            };
            if got != case.want {
                failures.push(format!("{}\n    expected {}\n    got      {got}", case.json, case.want));
            }
        }
        // A long list helps nobody: the first ones show the pattern.
        let shown = failures.len().min(20);
        assert!(
            failures.is_empty(),
            "{language} does not conform on {} of the {} cases of fixture `{fixture}` ({} skipped: features the target does not declare); the first {shown}:\n{}",
            failures.len(),
            self.cases.len(),
            self.skipped,
            failures[..shown].join("\n")
        );
    }
}

/// The hand-written cases of `tests/conformance/cases.yaml`, in file order.
fn hand_written(workspace: &Path) -> Vec<Case> {
    let path = workspace.join("tests/conformance/cases.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let cases: Vec<serde_yaml::Value> =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    cases
        .into_iter()
        .map(|case| {
            // YAML keeps the order of an expected object's members; serde_json's `Value` would not.
            let want = match case.get("error") {
                Some(kind) => Answer::Error(kind.as_str().unwrap().to_owned()),
                None => Answer::Value(Ordered::from_yaml(&case["expect"])),
            };
            let mut json = serde_json::to_value(&case).unwrap();
            let object = json.as_object_mut().unwrap();
            object.remove("expect");
            object.remove("error");
            Case { json, want }
        })
        .collect()
}
