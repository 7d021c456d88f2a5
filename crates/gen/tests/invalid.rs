//! Every invalid catalog in `tests/fixtures/invalid/` fails with the diagnostics snapshotted
//! beside it, and a failing run leaves the output folder byte for byte as it was.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{tree, workspace};

fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(workspace().join("tests/fixtures/invalid"))
        .expect("tests/fixtures/invalid")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn each_invalid_fixture_reports_its_rule() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 15, "expected a fixture per rule, found {}", fixtures.len());
    let mut snapshots = common::Snapshots::default();
    for path in fixtures {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let file = format!("tests/fixtures/invalid/{stem}.yaml");
        let src = fs::read(&path).unwrap();
        let result = match String::from_utf8(src) {
            Ok(text) => errgen::load_str(&text, &file),
            Err(_) => errgen::load(&path).map_err(|mut d| {
                d.file = file.clone();
                d
            }),
        };
        let diagnostics = result.expect_err(&format!("{file} should be invalid"));
        snapshots.check(&stem, || insta::assert_snapshot!(stem.clone(), diagnostics.to_string()));
    }
    snapshots.finish();
}

#[test]
fn missing_file_is_reported() {
    let err = errgen::load(Path::new("no/such/catalog.yaml")).expect_err("missing file");
    assert_eq!(err.items[0].rule, "unreadable-file");
    assert!(err.to_string().contains("no/such/catalog.yaml"), "{err}");
}

#[test]
fn failing_runs_exit_1_and_write_nothing() {
    let out = std::env::temp_dir().join(format!("gen-invalid-{}", std::process::id()));
    let _ = fs::remove_dir_all(&out);
    let status = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["--catalog", "catalog.yaml", "--out"])
        .arg(&out)
        .current_dir(workspace())
        .status()
        .unwrap();
    assert!(status.success());
    let before = tree(&out);
    assert!(!before.is_empty());
    for path in fixtures() {
        let output = Command::new(env!("CARGO_BIN_EXE_gen"))
            .arg("--catalog")
            .arg(&path)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("error["), "{}: {stderr}", path.display());
        assert_eq!(tree(&out), before, "{} changed the output folder", path.display());
    }
    fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_namespace_too_large_for_java_is_refused() {
    let mut text = String::from(
        "package: big\nversion: 1.0.0\ntargets: {java: {package: org.example.big}}\ndefault_locale: en\nlocales: [en, zh]\nnamespaces:\n  - name: big\n    entries:\n",
    );
    for code in 0..2_000 {
        writeln!(text, "      - {{code: {code}, symbol: C{code}, message: {{en: e, zh: z}}}}").unwrap();
    }
    let err = errgen::load_str(&text, "big.yaml").expect_err("too large for Java");
    assert_eq!(err.items.len(), 1, "{err}");
    assert_eq!(err.items[0].rule, "namespace-size");
    assert!(err.to_string().contains("2000 codes is more than the 1500 a Java enum can hold"), "{err}");
    assert!(err.items[0].help.contains("split the namespace"));
}

#[test]
fn ninety_locales_do_not_make_the_java_size_rule_misfire() {
    // Tags `aa` to `dl`: 90 well-formed two-letter language codes.
    let locales: Vec<String> =
        (0..90u8).map(|i| format!("{}{}", char::from(b'a' + i / 26), char::from(b'a' + i % 26))).collect();
    let mut text = format!(
        "package: many\nversion: 1.0.0\ntargets: {{java: {{package: org.example.many}}}}\ndefault_locale: aa\nlocales: [{}]\nnamespaces:\n  - name: api\n    entries:\n",
        locales.join(", ")
    );
    let messages: Vec<String> = locales.iter().map(|l| format!("{l}: m")).collect();
    for code in 0..50 {
        writeln!(text, "      - {{code: {code}, symbol: C{code}, message: {{{}}}}}", messages.join(", ")).unwrap();
    }
    let catalog = errgen::load_str(&text, "many.yaml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalog.locales.len(), 90);
}
