//! Each generated package, checked at its language's strictest settings and exercised by the
//! consumer in `tests/<language>/`, the way a service depends on it. Tools come from pins and
//! lockfiles (`tests/typescript/package-lock.json`, `tests/python/requirements.txt`, the Maven
//! poms). With `CI=true` a missing toolchain fails; elsewhere the test says loudly what to
//! install and returns.
//!
//! The consumers compare every entry with the catalog, read from the JSON file this harness
//! writes and names in `CATALOG_EXPECTED`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Whether `tool` runs; if not, fails on CI and skips loudly elsewhere.
fn require(tool: &str, install: &str) -> bool {
    let found = Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "`{tool}` is missing on CI: {install}");
        eprintln!("\n!!! SKIPPED: `{tool}` not found. {install}\n");
    }
    found
}

/// Runs `cmd` in `dir`, failing the test with its output when it fails.
fn run(dir: &Path, cmd: &mut Command) {
    let shown = format!("{cmd:?}");
    let output = cmd
        .current_dir(dir)
        .env("CATALOG_EXPECTED", expected_json())
        .output()
        .unwrap_or_else(|e| panic!("{shown}: {e}"));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{shown} failed in {}:\n{text}", dir.display());
    eprintln!("ok: {shown}");
}

/// The catalog as JSON (namespaces, entries in order, message per locale), for the consumers.
fn expected_json() -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("catalog-expected.json");
    let catalog = errgen::catalog::load(&workspace().join("catalog.yaml")).unwrap();
    let namespaces: Vec<_> = catalog
        .namespaces
        .iter()
        .map(|ns| {
            let entries: Vec<_> = ns
                .entries
                .iter()
                .map(|e| {
                    let messages: serde_json::Map<_, _> =
                        catalog.locales.iter().cloned().zip(e.messages.iter().map(|m| m.clone().into())).collect();
                    serde_json::json!({ "code": e.code, "symbol": e.symbol, "messages": messages })
                })
                .collect();
            serde_json::json!({ "name": ns.name, "entries": entries })
        })
        .collect();
    let json = serde_json::json!({
        "default_locale": catalog.default_locale_tag(),
        "locales": catalog.locales,
        "namespaces": namespaces,
    });
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

#[test]
fn rust_clippy_pedantic() {
    let root = workspace();
    // A target folder of its own: the outer `cargo test` may still hold the default one.
    run(
        &root,
        Command::new(env!("CARGO"))
            .args(["clippy", "-p", "api-errors", "-p", "consumer-rust", "--all-targets", "--all-features", "--"])
            .args(["-D", "warnings", "-W", "clippy::pedantic"])
            .env("CARGO_TARGET_DIR", root.join("target/clippy")),
    );
}

#[test]
fn typescript_consumer() {
    if !require("node", "install Node.js 20 (apt-get install nodejs npm)") || !require("npm", "install npm") {
        return;
    }
    let dir = workspace().join("tests/typescript");
    run(&dir, Command::new("npm").args(["ci", "--no-audit", "--no-fund"]));
    run(&dir, Command::new("node").args(["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"]));
    run(&dir, Command::new("node").args(["--test", "dist/", "plain/"]));
}

#[test]
fn python_consumer() {
    if !require("python3", "install Python 3.11+ with venv (apt-get install python3 python3-venv)") {
        return;
    }
    let root = workspace();
    let dir = root.join("tests/python");
    let venv = dir.join(".venv");
    if !venv.join("bin/python").exists() {
        run(&dir, Command::new("python3").args(["-m", "venv", ".venv"]));
    }
    let py = venv.join("bin/python");
    let pip = |args: &[&str]| {
        let mut cmd = Command::new(&py);
        cmd.args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]).args(args);
        cmd
    };
    run(&dir, &mut pip(&["-r", "requirements.txt"]));
    // Installed as a service installs it: built from generated/python, not imported from there.
    run(&dir, &mut pip(&["--force-reinstall", "--no-deps", "../../generated/python"]));
    let config = dir.join("pyproject.toml");
    run(
        &root,
        Command::new(venv.join("bin/mypy"))
            .arg("--config-file")
            .arg(&config)
            .args(["generated/python/api_errors", "tests/python/test_consumer.py"]),
    );
    run(&root, Command::new(venv.join("bin/ruff")).arg("check").arg("--config").arg(&config).args(["generated/python", "tests/python"]));
    // Run from tests/python so `api_errors` comes from site-packages, not the source tree.
    run(&dir, Command::new(&py).args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_consumer.py"]));
}

#[test]
fn java_consumer() {
    if !require("mvn", "install Maven and a JDK 17 (apt-get install maven openjdk-17-jdk-headless)")
        || !require("javac", "install a JDK 17")
    {
        return;
    }
    let root = workspace();
    // The sources are pure ASCII: they compile under any platform charset, shown with US-ASCII.
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("javac-ascii");
    let sources: Vec<PathBuf> = walk(&root.join("generated/java/src/main/java"));
    assert!(!sources.is_empty());
    run(
        &root,
        Command::new("javac")
            .args(["-encoding", "US-ASCII", "--release", "17", "-Xlint:all", "-Werror", "-d"])
            .arg(&out)
            .args(&sources),
    );
    run(&root.join("tests/java"), Command::new("mvn").args(["-B", "-q", "test"]));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "java") {
            out.push(path);
        }
    }
    out.sort();
    out
}
