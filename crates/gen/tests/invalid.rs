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
        // The binary reads the YAML with serde while the YAML rules run (the library, after
        // them): it reports what the library reports.
        if let Err(expected) = errgen::load(&path) {
            for item in &expected.items {
                let shown = format!("error[{}]: {}", item.rule, item.message);
                assert!(stderr.contains(&shown), "{}: the binary did not report {shown}\n{stderr}", path.display());
            }
        }
        assert_eq!(tree(&out), before, "{} changed the output folder", path.display());
    }
    fs::remove_dir_all(&out).unwrap();
}

/// No namespace is too large for any target: Java spreads a namespace over classes sized for the
/// JVM's limits (the consumers compile one of 3,000 codes; the benchmarks one of 100,000).
#[test]
fn ninety_locales_and_thousands_of_codes_are_accepted() {
    // Tags `aa` to `dl`: 90 well-formed two-letter language codes.
    let locales: Vec<String> =
        (0..90u8).map(|i| format!("{}{}", char::from(b'a' + i / 26), char::from(b'a' + i % 26))).collect();
    let mut text = format!(
        "package: many\nversion: 1.0.0\ntargets: {{java: {{package: org.example.many}}}}\ndefault_locale: aa\nlocales: [{}]\nnamespaces:\n  - name: api\n    entries:\n",
        locales.join(", ")
    );
    let messages: Vec<String> = locales.iter().map(|l| format!("{l}: m")).collect();
    let codes: usize = 2_000;
    for code in 0..codes {
        writeln!(text, "      - {{code: {code}, symbol: C{code}, message: {{{}}}}}", messages.join(", ")).unwrap();
    }
    let catalog = errgen::load_str(&text, "many.yaml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalog.locales.len(), 90);
    // Every code's data is in some Java data class, none of them holding more than a JVM class
    // can initialize: 90 messages each is about 6,000 array elements per class at most.
    let files = errgen::targets::by_name("java").unwrap().render(&catalog).unwrap();
    let data: Vec<_> = files.iter().filter(|f| f.path.to_string_lossy().contains("ApiCodeData")).collect();
    let per_class = codes.div_ceil(data.len());
    assert!(data.len() > 1 && per_class * 94 <= 6_000, "{} data classes for {codes} codes", data.len());
}

#[test]
fn a_name_past_what_a_java_class_file_holds_is_refused() {
    // 70,000 characters: javac's "constant string too long" past 65,535 bytes.
    let symbol = format!("S{}", "X".repeat(70_000));
    let text = format!(
        "package: long\nversion: 1.0.0\ntargets: {{java: {{package: org.example.toolong}}}}\ndefault_locale: en\nlocales: [en]\nnamespaces:\n  - name: service\n    entries:\n      - {{code: 1, symbol: {symbol}, message: {{en: one}}}}\n"
    );
    let err = errgen::load_str(&text, "long.yaml").expect_err("a symbol too long for Java");
    let shown = err.to_string();
    assert!(shown.contains("java: `SXXXXXXXXXXXXXXX...` is 70001 bytes long"), "{}", &shown[..shown.len().min(600)]);
    assert!(shown.len() < 10_000, "the error repeats the whole name");
}
