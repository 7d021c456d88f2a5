//! Hostile input through the built binary: whatever a file holds, `gen` answers within bounded
//! time with a located error, exit 1 and no panic. The time limits here are generous on
//! purpose (a loaded CI machine, a debug build); `benches/run.sh` measures the real figures.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

mod common;
use common::workspace;

const GENEROUS: Duration = Duration::from_secs(20);

fn run_on(catalog: &Path) -> (Output, Duration) {
    let out = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_gen"))
        .arg("--catalog")
        .arg(catalog)
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    assert!(out.path().read_dir().unwrap().next().is_none(), "{}: wrote output", catalog.display());
    (output, elapsed)
}

fn refused(text: &str, rule: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.yaml");
    std::fs::write(&path, text).unwrap();
    let (output, elapsed) = run_on(&path);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("error[{rule}]")), "expected {rule}: {}", &stderr[..stderr.len().min(2000)]);
    assert!(elapsed < GENEROUS, "{rule}: took {elapsed:?}");
}

const HEAD: &str =
    "package: bomb\nversion: 1.0.0\ntargets: {java: {package: org.example.bomb}}\ndefault_locale: en\nlocales: [en]\n";

#[test]
fn an_alias_bomb_is_refused_at_once() {
    let mut text = format!(
        "{HEAD}namespaces:\n  - name: api\n    entries:\n      - code: 0\n        symbol: C0\n        message: {{en: &big \"{}\"}}\n",
        "x".repeat(1 << 20)
    );
    for code in 1..400 {
        write!(text, "      - code: {code}\n        symbol: C{code}\n        message: {{en: *big}}\n").unwrap();
    }
    refused(&text, "yaml-anchor");
}

#[test]
fn deep_nesting_is_refused_at_once() {
    for depth in [100, 300_000] {
        refused(&format!("{HEAD}namespaces: {}{}\n", "[".repeat(depth), "]".repeat(depth)), "yaml-depth");
    }
}

#[test]
fn only_a_regular_file_is_a_catalog() {
    // A device never ends, and opening a named pipe waits for a writer that may never come:
    // each is refused at once, by what it is, before anything is read.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("catalog.yaml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for (path, what) in [
        (Path::new("/dev/zero"), "a device"),
        (Path::new("/dev/urandom"), "a device"),
        (fifo.as_path(), "a named pipe"),
        (dir.path(), "a folder"),
    ] {
        let (output, elapsed) = run_on(path);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{}: {stderr}", path.display());
        assert!(stderr.contains("error[not-a-file]") && stderr.contains(what), "{}: {stderr}", path.display());
        assert!(elapsed < GENEROUS);
    }
}

#[test]
fn a_binary_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.yaml");
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x80, b'\n']).unwrap();
    let (output, _) = run_on(&path);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error[not-utf8]"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = std::fs::read_to_string(workspace().join("tests/fixtures/naming.yaml")).unwrap();
    let catalog = errgen::load_str(&format!("\u{feff}{text}"), "bom.yaml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalog, errgen::load_str(&text, "bom.yaml").unwrap());
}

#[test]
fn a_catalog_just_under_the_size_limit_is_read_in_bounded_time() {
    // ~10 MB of ordinary entries (the size the time and memory bound is promised for), in
    // namespaces of 1,000 codes (within every target's limits).
    let mut text = format!("{HEAD}namespaces:\n");
    let mut code = 0;
    while text.len() < 10_000_000 {
        if code % 1_000 == 0 {
            writeln!(text, "  - name: ns{}\n    entries:", code / 1_000).unwrap();
        }
        writeln!(text, "      - {{code: {code}, symbol: CODE_{code}, message: {{en: \"message number {code} of a large catalog, long enough to be realistic\"}}}}").unwrap();
        code += 1;
    }
    let start = Instant::now();
    let catalog = errgen::load_str(&text, "large.yaml").unwrap_or_else(|e| panic!("{e}"));
    assert!(start.elapsed() < GENEROUS * 3, "took {:?}", start.elapsed());
    assert_eq!(catalog.namespaces.iter().map(|ns| ns.entries.len()).sum::<usize>(), code);
}

#[test]
fn errors_past_a_yaml_1_1_line_break_in_a_message_are_located_on_their_line() {
    // libyaml counts U+0085, U+2028 and U+2029 as line breaks; editors and the snippets do not.
    for raw in ['\u{85}', '\u{2028}', '\u{2029}'] {
        let text = format!(
            "{HEAD}namespaces:\n  - name: service\n    entries:\n      - code: 1\n        symbol: ONE\n        message: {{en: \"a {raw} b {raw}{raw} c\"}}\n      - code: 2\n        symbol: TWO\n        message: {{en: two}}\n        bogus: 1\n"
        );
        let err = errgen::load_str(&text, "breaks.yaml").expect_err("an unknown field");
        let bogus = text.lines().position(|l| l.contains("bogus")).unwrap() + 1;
        assert_eq!((err.items[0].rule, err.items[0].line, err.items[0].column), ("unknown-field", bogus, 9), "{err}");
    }
}
