//! Each generated package, checked at its language's strictest settings and exercised the way a
//! service uses it:
//!
//! - the consumer in `tests/<language>/` runs against `generated/<language>` and compares every
//!   entry with the catalog (a JSON copy this harness writes and names in `CATALOG_EXPECTED`);
//! - each fixture catalog (`tests/fixtures/naming.yaml`: keywords, extreme codes, three locales;
//!   `tests/fixtures/hostile.yaml`: every sequence that could break a literal or a comment) is
//!   generated into a temporary folder, checked by the same strict tools, and its messages are
//!   read back by a dump program in the language and compared byte for byte.
//!
//! Tools come from pins and lockfiles (`tests/typescript/package-lock.json`,
//! `tests/python/requirements.txt`, the Maven poms). With `CI=true` a missing toolchain fails;
//! elsewhere the test says loudly what to install and returns.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use errgen::catalog::Catalog;
use errgen::{naming, output, targets};

const FIXTURES: &[&str] = &["naming", "hostile"];

/// A catalog made here rather than kept as a file: texts past the 65,535-byte limit of a Java
/// string constant (ASCII, Chinese and emoji, so each byte width is crossed), in a deprecation
/// reason and a description too.
fn long_text_catalog() -> String {
    let ascii = "x".repeat(70_000);
    let chinese = "错".repeat(25_000);
    let emoji = "😀".repeat(12_000);
    format!(
        "package: long-text\nversion: 1.0.0\njava_package: org.example.longtext\ndefault_locale: en\nlocales: [en, zh]\nnamespaces:\n  - name: long\n    description: \"{ascii}\"\n    entries:\n      - code: 1\n        symbol: LONG\n        message: {{en: \"{ascii}\", zh: \"{chinese}\"}}\n      - code: 2\n        symbol: LONGER\n        message: {{en: \"{emoji}\", zh: \"{chinese}{emoji}\"}}\n        deprecated: {{reason: \"{chinese}\"}}\n"
    )
}

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

/// Runs `cmd` in `dir`, failing the test with its output when it fails; returns its stdout.
fn run(dir: &Path, cmd: &mut Command) -> String {
    let shown = format!("{cmd:?}");
    let output = cmd
        .current_dir(dir)
        .env("CATALOG_EXPECTED", expected_json())
        .output()
        .unwrap_or_else(|e| panic!("{shown}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{shown} failed in {}:\n{stdout}{stderr}", dir.display());
    eprintln!("ok: {shown}");
    stdout
}

/// The catalog as JSON (namespaces, entries in order, message per locale), for the consumers.
fn expected_json() -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("catalog-expected.json");
    let catalog = errgen::load(&workspace().join("catalog.yaml")).unwrap();
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

/// A fixture catalog, generated for one target into a folder outside the workspace (so its Rust
/// crate is not taken for a workspace member).
struct Fixture {
    name: &'static str,
    catalog: Catalog,
    /// The target's package folder.
    dir: PathBuf,
}

fn fixtures(target: &str) -> Vec<Fixture> {
    FIXTURES
        .iter()
        .chain(&["long-text"])
        .map(|name| {
            let catalog = if *name == "long-text" {
                errgen::load_str(&long_text_catalog(), "long-text.yaml").unwrap_or_else(|e| panic!("{e}"))
            } else {
                let path = format!("tests/fixtures/{name}.yaml");
                let mut catalog = errgen::load(&workspace().join(&path)).unwrap();
                catalog.source = path;
                catalog
            };
            let out = std::env::temp_dir().join(format!("gen-fixtures-{}/{name}", std::process::id()));
            let files = targets::by_name(target).unwrap().render(&catalog).unwrap();
            output::write(&out, &[output::Package { dir: target, files: &files }]).unwrap();
            Fixture { name, catalog, dir: out.join(target) }
        })
        .collect()
}

impl Fixture {
    /// What every dump program must print, sorted: each message, deprecation note, alias and
    /// retired code (see `tests/typescript/dump.mjs` for the line forms).
    fn expected_dump(&self) -> Vec<String> {
        let hex = |s: &str| {
            s.bytes().fold(String::new(), |mut out, b| {
                write!(out, "{b:02x}").unwrap();
                out
            })
        };
        let mut out = Vec::new();
        for ns in &self.catalog.namespaces {
            for e in &ns.entries {
                for (locale, message) in self.catalog.locales.iter().zip(&e.messages) {
                    out.push(format!("{}\t{}\t{locale}\t{}\t{}", ns.name, e.code, e.symbol, hex(message)));
                }
                if let Some(d) = &e.deprecated {
                    out.push(format!("deprecated\t{}\t{}\t{}", ns.name, e.code, hex(&d.note())));
                }
                for alias in &e.aliases {
                    out.push(format!("alias\t{}\t{alias}\t{}", ns.name, e.code));
                }
            }
            for code in &ns.retired.codes {
                out.push(format!("retired\t{}\t{code}", ns.name));
            }
        }
        out.sort();
        out
    }

    fn assert_dump(&self, language: &str, actual: &str) {
        let expected = self.expected_dump();
        let mut actual: Vec<String> = actual.lines().map(str::to_owned).collect();
        actual.sort();
        let missing: Vec<_> = expected.iter().filter(|l| !actual.contains(l)).collect();
        let extra: Vec<_> = actual.iter().filter(|l| !expected.contains(l)).collect();
        assert!(
            actual == expected,
            "{language} reads fixture `{}` back differently:\nmissing {missing:#?}\nunexpected {extra:#?}",
            self.name
        );
    }

    /// `namespace=TypeName` arguments for the dump programs.
    fn type_args(&self) -> Vec<String> {
        self.catalog.namespaces.iter().map(|ns| format!("{}={}", ns.name, naming::type_name(&ns.name))).collect()
    }

    fn remove(&self) {
        std::fs::remove_dir_all(&self.dir).unwrap();
    }

}

#[test]
fn rust_packages() {
    let root = workspace();
    let clippy = ["clippy", "--all-targets", "--all-features", "--", "-D", "warnings", "-W", "clippy::pedantic"];
    // Target folders of their own: the outer `cargo test` may still hold the default one.
    run(
        &root,
        Command::new(env!("CARGO"))
            .args(["clippy", "-p", "api-errors", "-p", "consumer-rust"])
            .args(&clippy[1..])
            .env("CARGO_TARGET_DIR", root.join("target/clippy")),
    );
    for fixture in fixtures("rust") {
        let crate_name = naming::snake(&fixture.catalog.package);
        let mut dump = format!(
            "#![allow(clippy::wildcard_imports, clippy::format_collect, deprecated)]\nuse {crate_name}::*;\n\nfn hex(s: &str) -> String {{\n    s.bytes().map(|b| format!(\"{{b:02x}}\")).collect()\n}}\n\nfn main() {{\n"
        );
        for ns in &fixture.catalog.namespaces {
            let (name, ty) = (&ns.name, naming::type_name(&ns.name));
            writeln!(
                dump,
                "    for c in {ty}::ALL {{
        for l in Locale::ALL {{
            println!(\"{name}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\", c.code(), l.tag(), c.symbol().unwrap(), hex(c.message(*l).unwrap()));
        }}
        if let Some(note) = c.deprecation() {{
            println!(\"deprecated\\t{name}\\t{{}}\\t{{}}\", c.code(), hex(note));
        }}
    }}
    for r in r#{name}::RETIRED_CODES {{
        assert!(!{ty}::from(*r).is_known());
        println!(\"retired\\t{name}\\t{{r}}\");
    }}"
            )
            .unwrap();
            for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
                writeln!(dump, "    println!(\"alias\\t{name}\\t{alias}\\t{{}}\", {ty}::from_symbol(\"{alias}\").unwrap().code());").unwrap();
            }
        }
        dump.push_str("}\n");
        std::fs::create_dir_all(fixture.dir.join("examples")).unwrap();
        std::fs::write(fixture.dir.join("examples/dump.rs"), dump).unwrap();
        let target_dir = root.join("target/fixtures");
        run(&fixture.dir, Command::new(env!("CARGO")).args(clippy).env("CARGO_TARGET_DIR", &target_dir));
        // Catalog text in doc comments renders as text: no HTML, no links, no rustdoc warning.
        run(
            &fixture.dir,
            Command::new(env!("CARGO"))
                .args(["doc", "--no-deps", "--all-features"])
                .env("RUSTDOCFLAGS", "-D warnings")
                .env("CARGO_TARGET_DIR", &target_dir),
        );
        run(&fixture.dir, Command::new(env!("CARGO")).args(["test", "--all-features"]).env("CARGO_TARGET_DIR", &target_dir));
        let out = run(
            &fixture.dir,
            Command::new(env!("CARGO")).args(["run", "-q", "--example", "dump"]).env("CARGO_TARGET_DIR", &target_dir),
        );
        fixture.assert_dump("Rust", &out);
        fixture.remove();
    }
}

#[test]
fn typescript_packages() {
    if !require("node", "install Node.js 20 (apt-get install nodejs npm)") || !require("npm", "install npm") {
        return;
    }
    let dir = workspace().join("tests/typescript");
    run(&dir, Command::new("npm").args(["ci", "--no-audit", "--no-fund"]));
    let tsc = dir.join("node_modules/typescript/bin/tsc");
    run(&dir, Command::new("node").arg(&tsc).args(["-p", "tsconfig.json"]));
    run(&dir, Command::new("node").args(["--test", "dist/", "plain/"]));
    for fixture in fixtures("typescript") {
        // The declarations, under the consumer's strict settings.
        run(
            &dir,
            Command::new("node")
                .arg(&tsc)
                .args(["--noEmit", "--strict", "--skipLibCheck", "false", "--target", "ES2022"])
                .args(["--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node"])
                .args(["--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes", "--isolatedModules"])
                .args(["--verbatimModuleSyntax", "--erasableSyntaxOnly", "--isolatedDeclarations", "--declaration"])
                .arg(fixture.dir.join("index.d.ts")),
        );
        let out = run(&dir, Command::new("node").arg("dump.mjs").arg(&fixture.dir).args(fixture.type_args()));
        fixture.assert_dump("TypeScript", &out);
        fixture.remove();
    }
}

#[test]
fn python_packages() {
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
    let mypy = || {
        let mut cmd = Command::new(venv.join("bin/mypy"));
        cmd.arg("--config-file").arg(&config);
        cmd
    };
    let ruff = || {
        let mut cmd = Command::new(venv.join("bin/ruff"));
        cmd.arg("check").arg("--config").arg(&config);
        cmd
    };
    run(&root, mypy().args(["generated/python/api_errors", "tests/python/test_consumer.py", "tests/python/dump.py"]));
    run(&root, ruff().args(["generated/python", "tests/python"]));
    // Run from tests/python so `api_errors` comes from site-packages, not the source tree.
    run(&dir, Command::new(&py).args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_consumer.py"]));
    for fixture in fixtures("python") {
        let module = naming::snake(&fixture.catalog.package);
        run(&fixture.dir, mypy().arg(&module));
        run(&fixture.dir, ruff().arg(&module));
        let out = run(
            &fixture.dir,
            Command::new(&py).arg(dir.join("dump.py")).arg(&module).args(fixture.type_args()).env("PYTHONPATH", &fixture.dir),
        );
        fixture.assert_dump("Python", &out);
        fixture.remove();
    }
}

#[test]
fn java_packages() {
    if !require("mvn", "install Maven and a JDK 17 (apt-get install maven openjdk-17-jdk-headless)")
        || !require("javac", "install a JDK 17")
    {
        return;
    }
    let root = workspace();
    run(&root.join("tests/java"), Command::new("mvn").args(["-B", "-q", "test"]));
    for fixture in fixtures("java").into_iter().chain(std::iter::once(generated_java())) {
        // Pure ASCII sources: they compile under any platform charset, shown with US-ASCII.
        let classes = fixture.dir.join("ascii-classes");
        let sources = java_sources(&fixture.dir.join("src"));
        assert!(!sources.is_empty());
        run(
            &fixture.dir,
            Command::new("javac")
                .args(["-encoding", "US-ASCII", "--release", "17", "-Xlint:all", "-Werror", "-d"])
                .arg(&classes)
                .args(&sources),
        );
        let dump_dir = root.join("tests/java/dump");
        run(
            &fixture.dir,
            Command::new("javac").args(["-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp"]).arg(&classes).arg("-d").arg(&classes).arg(dump_dir.join("Dump.java")),
        );
        let out = run(
            &fixture.dir,
            Command::new("java").arg("-cp").arg(&classes).arg("Dump").arg(&fixture.catalog.java_package).args(fixture.type_args()),
        );
        fixture.assert_dump("Java", &out);
        fixture.remove();
    }
}

/// `catalog.yaml`'s Java package, checked like a fixture in a copy outside `generated/`.
fn generated_java() -> Fixture {
    let catalog = errgen::load(&workspace().join("catalog.yaml")).unwrap();
    let out = std::env::temp_dir().join(format!("gen-fixtures-{}/catalog", std::process::id()));
    let files = targets::by_name("java").unwrap().render(&catalog).unwrap();
    output::write(&out, &[output::Package { dir: "java", files: &files }]).unwrap();
    Fixture { name: "catalog", catalog, dir: out.join("java") }
}

fn java_sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(java_sources(&path));
        } else if path.extension().is_some_and(|e| e == "java") {
            out.push(path);
        }
    }
    out.sort();
    out
}
