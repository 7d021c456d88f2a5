//! The conformance suite's harness side: the cases of `tests/conformance/cases.yaml` as the JSON
//! each language's runner reads, and the comparison of what a runner printed with what every
//! language must answer. The cases are data, as in protobuf's conformance tests and the JSON
//! Schema Test Suite; a runner (`tests/<language>/conformance_runner.*`, `ConformanceRunner.java`) only performs them.

use std::fmt;
use std::path::{Path, PathBuf};

/// The folder of the suite: its catalog and its cases.
pub fn dir(workspace: &Path) -> PathBuf {
    workspace.join("tests/conformance")
}

/// The cases, numbered from 1 in file order, as JSON (`{"id": N, "op": ..., ...}` with `expect`
/// or `error`) and as read (YAML keeps the order of an expected object's members).
fn cases(workspace: &Path) -> Vec<(serde_json::Value, serde_yaml::Value)> {
    let path = dir(workspace).join("cases.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let cases: Vec<serde_yaml::Value> =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    cases
        .into_iter()
        .enumerate()
        .map(|(i, case)| {
            let mut json = serde_json::to_value(&case).unwrap();
            json["id"] = (i + 1).into();
            (json, case)
        })
        .collect()
}

/// Writes the cases as one JSON array for the runners, and returns its path.
pub fn cases_file(workspace: &Path) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("conformance-cases-{}.json", std::process::id()));
    std::fs::write(
        &path,
        serde_json::Value::Array(cases(workspace).into_iter().map(|(json, _)| json).collect()).to_string(),
    )
    .unwrap();
    path
}

/// Operations whose answer is problem details as the language's JSON library wrote them: the
/// runner prints the text, compared member by member, in order.
const SERIALIZED: &[&str] = &["problem", "read_problem"];

/// Fails with every case `language`'s runner answered otherwise than `cases.yaml` says (its
/// output: one JSON line per case, `{"id": N, "value": V}` or `{"id": N, "error": KIND}`).
pub fn assert_conforms(workspace: &Path, language: &str, output: &str) {
    let mut answers = std::collections::BTreeMap::new();
    for line in output.lines().filter(|l| !l.trim().is_empty()) {
        let answer: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{language}'s runner printed `{line}`: {e}"));
        answers.insert(answer["id"].as_u64().unwrap_or_else(|| panic!("no id in `{line}`")), answer);
    }
    let mut failures = Vec::new();
    let cases = cases(workspace);
    for (case, read) in &cases {
        let id = case["id"].as_u64().unwrap();
        let got = match answers.get(&id) {
            None => Answer::Missing,
            Some(a) if a.get("error").is_some() => Answer::Error(a["error"].as_str().unwrap_or("?").to_owned()),
            Some(a) if SERIALIZED.contains(&case["op"].as_str().unwrap()) => {
                match a["value"].as_str().map(Ordered::parse) {
                    Some(Ok(value)) => Answer::Value(value),
                    _ => Answer::Error(format!("not JSON text: {}", a["value"])),
                }
            }
            Some(a) => Answer::Value(Ordered::from(&a["value"])),
        };
        let want = match case.get("error") {
            Some(kind) => Answer::Error(kind.as_str().unwrap().to_owned()),
            None => Answer::Value(Ordered::from_yaml(&read["expect"])),
        };
        if got != want {
            failures.push(format!("case {id} {case}\n    expected {want}\n    got      {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{language} does not conform on {} of the {} cases of tests/conformance/cases.yaml:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// What a runner answered to one case.
#[derive(PartialEq)]
enum Answer {
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

/// A JSON value whose objects keep their members' order, so that the order is compared too.
#[derive(PartialEq)]
enum Ordered {
    Object(Vec<(String, Ordered)>),
    Array(Vec<Ordered>),
    Scalar(serde_json::Value),
}

impl Ordered {
    fn parse(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

impl Ordered {
    /// An expected value as the cases write it, its objects' members in the order written.
    fn from_yaml(value: &serde_yaml::Value) -> Self {
        match value {
            serde_yaml::Value::Mapping(members) => Self::Object(
                members.iter().map(|(k, v)| (k.as_str().expect("text keys").to_owned(), Self::from_yaml(v))).collect(),
            ),
            serde_yaml::Value::Sequence(items) => Self::Array(items.iter().map(Self::from_yaml).collect()),
            scalar => Self::Scalar(serde_json::to_value(scalar).unwrap()),
        }
    }
}

impl From<&serde_json::Value> for Ordered {
    /// An answer that is not serialized problem details (`serde_json`'s `Value` sorts an
    /// object's members, and no such answer has one).
    fn from(value: &serde_json::Value) -> Self {
        match value {
            serde_json::Value::Object(members) => {
                Self::Object(members.iter().map(|(k, v)| (k.clone(), Self::from(v))).collect())
            }
            serde_json::Value::Array(items) => Self::Array(items.iter().map(Self::from).collect()),
            scalar => Self::Scalar(scalar.clone()),
        }
    }
}

impl fmt::Display for Ordered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Object(members) => {
                f.write_str("{")?;
                for (i, (k, v)) in members.iter().enumerate() {
                    write!(f, "{}{k:?}: {v}", if i == 0 { "" } else { ", " })?;
                }
                f.write_str("}")
            }
            Self::Array(items) => {
                f.write_str("[")?;
                for (i, v) in items.iter().enumerate() {
                    write!(f, "{}{v}", if i == 0 { "" } else { ", " })?;
                }
                f.write_str("]")
            }
            Self::Scalar(v) => write!(f, "{v}"),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OrderedVisitor)
    }
}

struct OrderedVisitor;

impl<'de> serde::de::Visitor<'de> for OrderedVisitor {
    type Value = Ordered;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(v.into()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(v.into()))
    }

    fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(v.into()))
    }

    fn visit_unit<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(serde_json::Value::Null))
    }

    fn visit_none<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Scalar(serde_json::Value::Null))
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Ordered, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Ordered::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
        let mut members = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Ordered>()? {
            members.push((key, value));
        }
        Ok(Ordered::Object(members))
    }
}
