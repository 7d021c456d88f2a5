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
//! - a catalog edit (a code added, one removed and retired, one renamed with an alias, one
//!   deprecated), made in a copy of the workspace and regenerated there, passes every consumer
//!   with no other edit: expectations come from the catalog, not from the test sources.
//!
//! Tools come from pins and lockfiles (`tests/typescript/package-lock.json`,
//! `tests/python/requirements.txt`, the Maven poms). With `CI=true` a missing toolchain fails;
//! elsewhere the test prints `SKIPPED` straight to the terminal (past the test harness's
//! capture, so it shows in `cargo test` output) and returns.

use std::fmt::Write as _;
use std::io::Write as _;
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
        "package: long-text\nversion: 1.0.0\ntargets: {{java: {{package: org.example.longtext}}}}\ndefault_locale: en\nlocales: [en, zh]\nnamespaces:\n  - name: long\n    description: \"{ascii}\"\n    entries:\n      - code: 1\n        symbol: LONG\n        message: {{en: \"{ascii}\", zh: \"{chinese}\"}}\n      - code: 2\n        symbol: LONGER\n        message: {{en: \"{emoji}\", zh: \"{chinese}{emoji}\"}}\n        deprecated: {{reason: \"{chinese}\"}}\n"
    )
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Whether `tool` runs (asked for its version with `version_arg`); if not, fails on CI and
/// skips visibly elsewhere.
fn require(test: &str, tool: &str, version_arg: &str, install: &str) -> bool {
    let found = Command::new(tool).arg(version_arg).output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "`{tool}` is missing on CI: {install}");
        // Straight to the process's stderr: `eprintln!` is captured, and hidden, for a test
        // that returns normally.
        let _ = writeln!(std::io::stderr(), "\nSKIPPED {test}: `{tool}` not found. {install}\n");
    }
    found
}

/// Runs `cmd` in `dir`, failing the test with its output when it fails; returns its stdout.
fn run(dir: &Path, cmd: &mut Command) -> String {
    let shown = format!("{cmd:?}");
    let output = cmd.current_dir(dir).output().unwrap_or_else(|e| panic!("{shown}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{shown} failed in {}:\n{stdout}{stderr}", dir.display());
    eprintln!("ok: {shown}");
    stdout
}

/// The catalog of the workspace at `root` as JSON (namespaces, entries in order, message per
/// locale), for the consumers, which find it through `CATALOG_EXPECTED`.
fn expected_json(root: &Path) -> PathBuf {
    let name = format!(
        "catalog-expected-{:x}.json",
        root.as_os_str().len() * 31
            + root.as_os_str().as_encoded_bytes().iter().map(|&b| usize::from(b)).sum::<usize>()
    );
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
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
            serde_json::json!({ "name": ns.name, "entries": entries, "retired": ns.retired.codes })
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

const CLIPPY: [&str; 8] =
    ["clippy", "--all-targets", "--all-features", "--", "-D", "warnings", "-W", "clippy::pedantic"];

/// The generated crate of the workspace at `root` and the consumer in its `tests/rust`: clippy
/// pedantic, rustdoc with warnings denied, and (with `tests`) the consumer's tests. Builds go to
/// `main`'s target folder, of their own beside the one the outer `cargo test` holds.
fn check_rust_package(root: &Path, main: &Path, tests: bool) {
    let crate_name = errgen::load(&root.join("catalog.yaml")).unwrap().package;
    let target_dir = main.join("target/clippy");
    let cargo = |args: &[&str]| {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(args).env("CARGO_TARGET_DIR", &target_dir).env("CATALOG_EXPECTED", expected_json(root));
        cmd
    };
    run(root, cargo(&["clippy", "-p", &crate_name, "-p", "consumer-rust"]).args(&CLIPPY[1..]));
    run(root, cargo(&["doc", "--no-deps", "--all-features", "-p", &crate_name]).env("RUSTDOCFLAGS", "-D warnings"));
    if tests {
        run(root, &mut cargo(&["test", "-p", "consumer-rust"]));
    }
}

#[test]
fn rust_packages() {
    let root = workspace();
    // The workspace's own `cargo test` runs the consumer's tests; here, the strict checks.
    check_rust_package(&root, &root, false);
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
                writeln!(
                    dump,
                    "    println!(\"alias\\t{name}\\t{alias}\\t{{}}\", {ty}::from_symbol(\"{alias}\").unwrap().code());"
                )
                .unwrap();
            }
        }
        dump.push_str("}\n");
        std::fs::create_dir_all(fixture.dir.join("examples")).unwrap();
        std::fs::write(fixture.dir.join("examples/dump.rs"), dump).unwrap();
        let target_dir = root.join("target/fixtures");
        run(&fixture.dir, Command::new(env!("CARGO")).args(CLIPPY).env("CARGO_TARGET_DIR", &target_dir));
        // Catalog text in doc comments renders as text: no HTML, no links, no rustdoc warning.
        run(
            &fixture.dir,
            Command::new(env!("CARGO"))
                .args(["doc", "--no-deps", "--all-features"])
                .env("RUSTDOCFLAGS", "-D warnings")
                .env("CARGO_TARGET_DIR", &target_dir),
        );
        run(
            &fixture.dir,
            Command::new(env!("CARGO")).args(["test", "--all-features"]).env("CARGO_TARGET_DIR", &target_dir),
        );
        let out = run(
            &fixture.dir,
            Command::new(env!("CARGO")).args(["run", "-q", "--example", "dump"]).env("CARGO_TARGET_DIR", &target_dir),
        );
        fixture.assert_dump("Rust", &out);
        fixture.remove();
    }
}

fn typescript_tools(test: &str) -> bool {
    require(test, "node", "--version", "install Node.js 20 (apt-get install nodejs npm)")
        && require(test, "npm", "--version", "install npm")
}

/// The consumer in `tests/typescript` of the workspace at `root`, against its generated package:
/// `npm ci`, tsc under every strict flag, then its tests. Returns the path of tsc.
fn check_typescript_package(root: &Path) -> PathBuf {
    let dir = root.join("tests/typescript");
    run(&dir, Command::new("npm").args(["ci", "--no-audit", "--no-fund"]));
    let tsc = dir.join("node_modules/typescript/bin/tsc");
    run(&dir, Command::new("node").arg(&tsc).args(["-p", "tsconfig.json"]));
    run(&dir, Command::new("node").args(["--test", "dist/", "plain/"]).env("CATALOG_EXPECTED", expected_json(root)));
    tsc
}

#[test]
fn typescript_packages() {
    if !typescript_tools("typescript_packages") {
        return;
    }
    let dir = workspace().join("tests/typescript");
    let tsc = check_typescript_package(&workspace());
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

/// The virtual environment of `tests/python`, with the pinned tools.
struct Python {
    dir: PathBuf,
    venv: PathBuf,
}

impl Python {
    /// Creates (once) and fills the venv of the workspace at `root` from `requirements.txt`.
    fn new(root: &Path) -> Self {
        let dir = root.join("tests/python");
        let venv = dir.join(".venv");
        if !venv.join("bin/python").exists() {
            run(&dir, Command::new("python3").args(["-m", "venv", ".venv"]));
        }
        let python = Self { dir, venv };
        run(&python.dir, &mut python.pip(&["-r", "requirements.txt"]));
        python
    }

    fn py(&self) -> PathBuf {
        self.venv.join("bin/python")
    }

    fn pip(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(self.py());
        cmd.args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]).args(args);
        cmd
    }

    fn mypy(&self) -> Command {
        let mut cmd = Command::new(self.venv.join("bin/mypy"));
        cmd.arg("--config-file").arg(self.dir.join("pyproject.toml"));
        cmd
    }

    fn ruff(&self) -> Command {
        let mut cmd = Command::new(self.venv.join("bin/ruff"));
        cmd.arg("check").arg("--config").arg(self.dir.join("pyproject.toml"));
        cmd
    }
}

/// The generated package of the workspace at `root`, installed into the venv as a service
/// installs it (built from `generated/python`, not imported from there), under mypy --strict and
/// ruff, then the consumer's tests.
fn check_python_package(root: &Path) -> Python {
    let python = Python::new(root);
    let module = naming::snake(&errgen::load(&root.join("catalog.yaml")).unwrap().package);
    run(&python.dir, &mut python.pip(&["--force-reinstall", "--no-deps", "../../generated/python"]));
    run(
        root,
        python
            .mypy()
            .arg(format!("generated/python/{module}"))
            .args(["tests/python/test_consumer.py", "tests/python/dump.py"]),
    );
    run(root, python.ruff().args(["generated/python", "tests/python"]));
    // Run from tests/python so the package comes from site-packages, not the source tree.
    run(
        &python.dir,
        Command::new(python.py())
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_consumer.py"])
            .env("CATALOG_EXPECTED", expected_json(root)),
    );
    python
}

fn python_tools(test: &str) -> bool {
    require(test, "python3", "--version", "install Python 3.11+ with venv (apt-get install python3 python3-venv)")
}

#[test]
fn python_packages() {
    if !python_tools("python_packages") {
        return;
    }
    let python = check_python_package(&workspace());
    for fixture in fixtures("python") {
        let module = naming::snake(&fixture.catalog.package);
        run(&fixture.dir, python.mypy().arg(&module));
        run(&fixture.dir, python.ruff().arg(&module));
        let out = run(
            &fixture.dir,
            Command::new(python.py())
                .arg(python.dir.join("dump.py"))
                .arg(&module)
                .args(fixture.type_args())
                .env("PYTHONPATH", &fixture.dir),
        );
        fixture.assert_dump("Python", &out);
        fixture.remove();
    }
}

fn java_tools(test: &str) -> bool {
    require(test, "mvn", "--version", "install Maven and a JDK 17 (apt-get install maven openjdk-17-jdk-headless)")
        && require(test, "javac", "--version", "install a JDK 17")
}

/// The generated Maven module of the workspace at `root` and the consumer beside it, in one
/// reactor: `javac -Xlint:all -Werror`, then the consumer's `JUnit` tests.
fn check_java_package(root: &Path) {
    run(
        &root.join("tests/java"),
        Command::new("mvn").args(["-B", "-q", "test"]).env("CATALOG_EXPECTED", expected_json(root)),
    );
}

#[test]
fn java_packages() {
    if !java_tools("java_packages") {
        return;
    }
    let root = workspace();
    check_java_package(&root);
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
            Command::new("javac")
                .args(["-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp"])
                .arg(&classes)
                .arg("-d")
                .arg(&classes)
                .arg(dump_dir.join("Dump.java")),
        );
        let out = run(
            &fixture.dir,
            Command::new("java")
                .arg("-cp")
                .arg(&classes)
                .arg("Dump")
                .arg(fixture.catalog.setting("java", "package").unwrap())
                .args(fixture.type_args()),
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

/// Copies the workspace's sources (no build output, caches or git data) to `to`.
fn copy_workspace(from: &Path, to: &Path) {
    const SKIP: &[&str] =
        &["target", "node_modules", ".venv", ".git", "__pycache__", "dist", ".mypy_cache", ".ruff_cache"];
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let kind = entry.file_type().unwrap();
        if kind.is_dir() && !SKIP.contains(&name.to_string_lossy().as_ref()) {
            copy_workspace(&entry.path(), &to.join(&name));
        } else if kind.is_file() {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

/// Symbols the consumers' own sources name: an edit that removes or renames one of those is not
/// routine, it changes what the consumer tests on purpose.
fn named_in_consumers(root: &Path, symbol: &str) -> bool {
    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() && !["node_modules", "dist", ".venv", "target"].contains(&name.as_str()) {
                sources(&path, out);
            } else if ["rs", "ts", "js", "mjs", "py", "java", "go"].iter().any(|x| name.ends_with(&format!(".{x}"))) {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for dir in std::fs::read_dir(root.join("tests")).unwrap().flatten().filter(|e| e.file_name() != "fixtures") {
        sources(&dir.path(), &mut files);
    }
    files.iter().any(|file| std::fs::read_to_string(file).is_ok_and(|text| text.contains(symbol)))
}

/// The routine catalog edits, all at once, on `catalog.yaml` of a copy: a code added at the end of
/// the first namespace, one removed (and retired), one renamed with the old name kept as an
/// alias, one deprecated. Entries the consumers name are left alone.
fn edit_catalog(root: &Path) -> String {
    let path = root.join("catalog.yaml");
    let mut doc: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let locales: Vec<String> =
        doc["locales"].as_sequence().unwrap().iter().map(|l| l.as_str().unwrap().to_owned()).collect();
    let ns = &mut doc["namespaces"][0];
    let entries = ns["entries"].as_sequence_mut().unwrap();
    let free: Vec<usize> = (0..entries.len())
        .filter(|&i| {
            let e = &entries[i];
            let symbol = e["symbol"].as_str().unwrap();
            e.get("aliases").is_none() && e.get("deprecated").is_none() && !named_in_consumers(root, symbol)
        })
        .collect();
    assert!(free.len() >= 3, "the first namespace needs three entries the consumers do not name");
    let (remove, rename, deprecate) = (free[0], free[1], free[2]);
    let renamed = entries[rename]["symbol"].as_str().unwrap().to_owned();
    entries[rename]["symbol"] = format!("{renamed}_RENAMED").into();
    entries[rename]["aliases"] = serde_yaml::Value::Sequence(vec![renamed.clone().into()]);
    entries[deprecate]["deprecated"] = serde_yaml::from_str("{reason: Replaced by a finer code.}").unwrap();
    let last = entries.iter().filter_map(|e| e["code"].as_i64()).max().unwrap();
    let mut added = serde_yaml::Mapping::new();
    added.insert("code".into(), (last + 1).into());
    added.insert("symbol".into(), "ADDED_BY_A_ROUTINE_EDIT".into());
    let messages: serde_yaml::Mapping =
        locales.iter().map(|l| (l.clone().into(), format!("added ({l})").into())).collect();
    added.insert("message".into(), messages.into());
    entries.push(added.into());
    let removed = entries.remove(remove);
    let retired =
        ns.as_mapping_mut().unwrap().entry("retired".into()).or_insert_with(|| serde_yaml::Mapping::new().into());
    let codes = retired
        .as_mapping_mut()
        .unwrap()
        .entry("codes".into())
        .or_insert_with(|| serde_yaml::Value::Sequence(Vec::new()));
    codes.as_sequence_mut().unwrap().push(removed["code"].clone());
    std::fs::write(&path, serde_yaml::to_string(&doc).unwrap()).unwrap();
    format!(
        "removed {}, renamed {renamed}, deprecated #{deprecate}, added {}",
        removed["symbol"].as_str().unwrap(),
        last + 1
    )
}

/// The user's loop on a copy of the workspace: edit `catalog.yaml`, run the built `gen` from
/// inside the copy (it finds the copy's catalog and writes the copy's `generated/`, never the
/// workspace's), and every consumer passes with no other edit.
#[test]
fn a_routine_catalog_edit_needs_no_other_edit() {
    let root = workspace();
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("workspace");
    copy_workspace(&root, &copy);
    let edit = edit_catalog(&copy);
    let before = std::fs::read_to_string(root.join("generated/python/api_errors/__init__.py")).unwrap();

    let run_gen = |args: &[&str], cwd: &Path| {
        Command::new(env!("CARGO_BIN_EXE_gen")).args(args).current_dir(cwd).output().unwrap()
    };
    let output = run_gen(&[], &copy.join("tests"));
    assert!(output.status.success(), "{edit}: {}", String::from_utf8_lossy(&output.stderr));
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("wrote ") && !log.contains(&root.display().to_string()), "{log}");
    assert!(run_gen(&["--check"], &copy).status.success());
    // Only the copy changed: the workspace's output is still exactly its own catalog's.
    assert!(run_gen(&["--check"], &root).status.success(), "running gen in the copy touched the workspace");
    assert_eq!(std::fs::read_to_string(root.join("generated/python/api_errors/__init__.py")).unwrap(), before);

    check_rust_package(&copy, &root, true);
    if typescript_tools("a_routine_catalog_edit_needs_no_other_edit") {
        check_typescript_package(&copy);
    }
    if python_tools("a_routine_catalog_edit_needs_no_other_edit") {
        check_python_package(&copy);
    }
    if java_tools("a_routine_catalog_edit_needs_no_other_edit") {
        check_java_package(&copy);
    }
    if go_tools("a_routine_catalog_edit_needs_no_other_edit") {
        check_go_package(&copy, &root);
    }
}

/// staticcheck, pinned; `go install`ed from the Go module proxy into the workspace's target folder.
const STATICCHECK: &str = "honnef.co/go/tools/cmd/staticcheck@v0.8.2";

fn go_tools(test: &str) -> bool {
    require(test, "go", "version", "install Go 1.21+ (apt-get install golang-go)")
        && require(test, "gofmt", "-h", "install Go 1.21+ with gofmt")
}

/// The pinned staticcheck, installed once into `main`'s target folder.
fn staticcheck(main: &Path) -> PathBuf {
    let bin = main.join("target/go-tools");
    let tool = bin.join("staticcheck");
    if !tool.exists() {
        run(main, Command::new("go").args(["install", STATICCHECK]).env("GOBIN", &bin));
    }
    tool
}

/// Go's strict checks of a module folder: gofmt-clean as written, `go vet` and staticcheck.
fn check_go_module(dir: &Path, staticcheck: &Path) {
    let unformatted = run(dir, Command::new("gofmt").args(["-l", "."]));
    assert!(unformatted.trim().is_empty(), "not gofmt-clean in {}: {unformatted}", dir.display());
    run(dir, Command::new("go").args(["vet", "./..."]));
    run(dir, Command::new(staticcheck).arg("./..."));
}

/// The generated Go module of the workspace at `root` and the consumer in its `tests/go`, which
/// requires it by module path and replaces it with the folder: strict checks, then its tests.
fn check_go_package(root: &Path, main: &Path) {
    let staticcheck = staticcheck(main);
    check_go_module(&root.join("generated/go"), &staticcheck);
    check_go_module(&root.join("tests/go"), &staticcheck);
    run(
        &root.join("tests/go"),
        Command::new("go").args(["test", "-count=1", "./..."]).env("CATALOG_EXPECTED", expected_json(root)),
    );
}

#[test]
fn go_packages() {
    if !go_tools("go_packages") {
        return;
    }
    let root = workspace();
    check_go_package(&root, &root);
    let staticcheck = staticcheck(&root);
    for fixture in fixtures("go") {
        check_go_module(&fixture.dir, &staticcheck);
        let module = fixture.catalog.setting("go", "module").unwrap_or(&fixture.catalog.package).to_owned();
        let dump = fixture.dir.with_file_name("go-dump");
        std::fs::create_dir_all(&dump).unwrap();
        std::fs::write(
            dump.join("go.mod"),
            format!(
                "module dump\n\ngo 1.21\n\nrequire {module} v0.0.0\n\nreplace {module} => {}\n",
                fixture.dir.display()
            ),
        )
        .unwrap();
        let mut main = format!("package main\n\nimport (\n\t\"fmt\"\n\n\tpkg \"{module}\"\n)\n\nfunc main() {{\n");
        for ns in &fixture.catalog.namespaces {
            let (name, pascal) = (&ns.name, naming::pascal(&ns.name));
            write!(
                main,
                "\tfor _, c := range pkg.{pascal}Codes() {{
\t\tsymbol, _ := c.Symbol()
\t\tfor _, l := range pkg.Locales() {{
\t\t\tm, _ := c.Message(l)
\t\t\tfmt.Printf(\"{name}\\t%d\\t%s\\t%s\\t%x\\n\", c, l.Tag(), symbol, m)
\t\t}}
\t\tif note, ok := c.Deprecation(); ok {{
\t\t\tfmt.Printf(\"deprecated\\t{name}\\t%d\\t%x\\n\", c, note)
\t\t}}
\t}}
\tfor _, r := range pkg.{pascal}RetiredCodes() {{
\t\tif r.IsKnown() {{
\t\t\tpanic(\"a retired code is known\")
\t\t}}
\t\tfmt.Printf(\"retired\\t{name}\\t%d\\n\", r)
\t}}
"
            )
            .unwrap();
            for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
                writeln!(main, "\tif c, ok := pkg.{pascal}CodeFromSymbol(\"{alias}\"); ok {{\n\t\tfmt.Printf(\"alias\\t{name}\\t{alias}\\t%d\\n\", c)\n\t}}").unwrap();
            }
        }
        main.push_str("}\n");
        std::fs::write(dump.join("main.go"), main).unwrap();
        // `%d` of a code type prints its integer; `String()` is for `%v` and `%s`.
        let out = run(&dump, Command::new("go").args(["run", "."]));
        fixture.assert_dump("Go", &out);
        std::fs::remove_dir_all(&dump).unwrap();
        fixture.remove();
    }
}
