//! Each generated package, checked at its language's strictest settings and exercised the way a
//! service uses it:
//!
//! - `generated/<language>` is checked as it is published (strict checkers, the registry's
//!   package, the README's example run);
//! - each fixture catalog (`tests/fixtures/naming.yaml`: keywords, extreme codes, three locales;
//!   `tests/fixtures/hostile.yaml`: every sequence that could break a literal or a comment) is
//!   generated into a temporary folder, checked by the same strict tools, runs the conformance
//!   suite (`conformance/`: the same answer in every language, from each fixture's catalog and
//!   the hand-written edge cases), and what is each language's own API (iteration, exact
//!   translations, attribute accessors, alias constants, typed constructors) is read back by a
//!   dump program in the language and compared byte for byte;
//!
//! - three catalogs made by the harness: texts past Java's 64 KiB string constant, one namespace
//!   of 4,000 codes in three locales (more than one Java class can initialize), and 90 locales;
//!
//! - a catalog edit (the version bumped, a code added, one removed and retired, one renamed with
//!   an alias and one without, one deprecated, one reworded, a first attribute), made in a copy
//!   of the workspace and regenerated there, passes every package check with no other edit;
//!
//! - the small service in `tests/<language>/` names seed entries and checks their texts, so it
//!   runs against a copy generated from the frozen `tests/fixtures/seed.yaml`, never against the
//!   real catalog, which `catalog` (a fixture like the others) reads back entry by entry; it also
//!   compares every seed entry with a JSON copy of the catalog this harness names in
//!   `CATALOG_EXPECTED`.
//!
//! A check that passed is not run again while every input it reads is the same (`stamps/`;
//! `GEN_CONSUMER_CACHE=off` runs everything); `GEN_FIXTURES=a,b` runs only those fixtures.
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
use errgen::{output, targets};

const FIXTURES: &[&str] = &["naming", "hostile", "grpc", "wire-names", "sparse", "attributes", "postgres", "params"];

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

mod common;
mod conformance;
mod stamps;
mod torture;
use common::workspace;

/// A language's consumer driver, in `tests/<language>/driver.rs`: all the harness knows of a
/// language. Adding one is a driver file and one line in `consumers!` below.
trait Consumer: Sync {
    /// The target whose package it consumes.
    fn target(&self) -> &'static str;

    /// The toolchain it needs beyond cargo, each probed for its version.
    fn tools(&self) -> &'static [Tool];

    /// Installs the consumer's pinned tools, then checks `generated/<target>` of the workspace at
    /// `root` as it is published, whatever its catalog: the language's strict checkers, the
    /// package a registry takes, and the README's example run. `main` is the workspace the
    /// harness runs in: builds and tools go to its target folder.
    fn check_package(&self, root: &Path, main: &Path);

    /// Runs the small service in `tests/<language>/` against `generated/<target>` of the
    /// workspace at `root`: a copy whose catalog is `tests/fixtures/seed.yaml`, the frozen seed
    /// catalog the service names entries of (see [`seed_workspace`]).
    fn check_service(&self, root: &Path, main: &Path);

    /// Checks a fixture's package with the strict checkers and runs a dump program over it;
    /// returns what the program printed (see [`Fixture::expected_dump`]).
    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String;

    /// Runs the language's conformance runner (`tests/<language>/conformance_runner.*`) over the
    /// cases in the JSON file `cases` against the fixture's package; returns what it printed, one
    /// JSON answer per line (see `conformance/mod.rs`).
    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String;

    /// Checks every fixture's package at once, before their dumps, where one start of the
    /// language's checker can take them all (a compiler start costs seconds); by default
    /// nothing, and [`Consumer::dump_fixture`] checks each.
    fn check_fixtures(&self, _fixtures: &[Fixture], _main: &Path) {}
}

/// A tool a consumer needs, and how to ask it for its version.
struct Tool {
    command: &'static str,
    /// `--version` for most; `version` for go.
    version_arg: &'static str,
    /// What to install when it is missing.
    install: &'static str,
}

#[path = "../../../tests/c/driver.rs"]
mod c;
#[path = "../../../tests/go/driver.rs"]
mod go;
#[path = "../../../tests/java/driver.rs"]
mod java;
#[path = "../../../tests/kotlin/driver.rs"]
mod kotlin;
#[path = "../../../tests/python/driver.rs"]
mod python;
#[path = "../../../tests/rust/driver.rs"]
mod rust;
#[path = "../../../tests/typescript/driver.rs"]
mod typescript;

/// One test per consumer, and the list the catalog-edit test runs through.
macro_rules! consumers {
    ($($test:ident: $driver:expr,)*) => {
        static CONSUMERS: &[&dyn Consumer] = &[$(&$driver),*];
        $(
            #[test]
            fn $test() {
                check_consumer(&$driver);
            }
        )*
    };
}

consumers! {
    rust_packages: rust::Rust,
    typescript_packages: typescript::TypeScript,
    python_packages: python::Python,
    java_packages: java::Java,
    go_packages: go::Go,
    c_packages: c::C,
    kotlin_packages: kotlin::Kotlin,
}

/// The consumer's package checks on the workspace, then each fixture read back byte for byte.
fn check_consumer(consumer: &dyn Consumer) {
    let test = format!("{}_packages", consumer.target());
    let Some(tools) = tool_versions(&test, consumer) else { return };
    let root = workspace();
    let stamps = stamps::Stamps::new(&root, consumer.target(), &tools);
    check_package_once(consumer, &stamps, &root, &root);
    let seed = seed_workspace();
    let inputs = [seed.join("generated").join(consumer.target()), seed.join("catalog.yaml")];
    let key = stamps.key("service", &inputs);
    if !stamps.passed(&key) {
        consumer.check_service(seed, &root);
        stamps.record(&key);
    }
    // Fixtures whose every input is as when they last passed are not checked again.
    let (passed, fixtures): (Vec<Fixture>, Vec<Fixture>) =
        fixtures(consumer.target()).into_iter().partition(|f| stamps.passed(&f.key(&stamps)));
    passed.iter().for_each(Fixture::remove);
    let keys: Vec<String> = fixtures.iter().map(|f| f.key(&stamps)).collect();
    consumer.check_fixtures(&fixtures, &root);
    let features = targets::by_name(consumer.target()).expect("a target").features();
    for (fixture, key) in fixtures.into_iter().zip(keys) {
        // The conformance suite: the cases derived from the fixture's catalog (and the
        // hand-written ones on the conformance catalog), as far as the target's features reach.
        let suite = conformance::Suite::new(&root, fixture.name, &fixture.catalog, features);
        let answers = consumer.conformance(&fixture, &suite.write(fixture.name, consumer.target()), &root);
        suite.assert_conforms(fixture.name, consumer.target(), &answers);
        let out = consumer.dump_fixture(&fixture, &root);
        fixture.assert_dump(consumer.target(), &out);
        fixture.remove();
        stamps.record(&key);
    }
}

/// `check_package` of the workspace at `root`, unless it passed before with the same package,
/// catalog, consumer sources and tools.
fn check_package_once(consumer: &dyn Consumer, stamps: &stamps::Stamps, root: &Path, main: &Path) {
    let inputs = [root.join("generated").join(consumer.target()), root.join("catalog.yaml")];
    let key = stamps.key("package", &inputs);
    if !stamps.passed(&key) {
        consumer.check_package(root, main);
        stamps.record(&key);
    }
}

/// The workspace the small services in `tests/<language>/` run in: a copy of this one whose
/// `catalog.yaml` is `tests/fixtures/seed.yaml`, generated by the built `gen`. The services name
/// seed entries and check their texts; the copy keeps them to the frozen seed, so that no edit
/// of the real catalog (a rename without alias, a new text, a namespace dropped) needs an edit
/// of a service. The real catalog's package is checked as published ([`Consumer::check_package`])
/// and read back entry by entry as the fixture `catalog`. Made once per run, at a fixed place
/// (the builds there stay warm from run to run).
fn seed_workspace() -> &'static Path {
    static SEED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SEED.get_or_init(|| {
        let root = workspace();
        let copy = root.join("target/seed-workspace");
        if copy.exists() {
            std::fs::remove_dir_all(&copy).unwrap();
        }
        copy_workspace(&root, &copy);
        std::fs::copy(root.join("tests/fixtures/seed.yaml"), copy.join("catalog.yaml")).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_gen")).current_dir(&copy).output().unwrap();
        assert!(output.status.success(), "gen on the seed catalog: {}", String::from_utf8_lossy(&output.stderr));
        copy
    })
}

/// The versions of the tools the consumer needs (cargo's among them), or `None` when one does
/// not run: then the test fails on CI and skips visibly elsewhere.
fn tool_versions(test: &str, consumer: &dyn Consumer) -> Option<String> {
    let cargo = Tool { command: env!("CARGO"), version_arg: "--version", install: "" };
    let mut versions = String::new();
    for Tool { command, version_arg, install } in consumer.tools().iter().chain([&cargo]) {
        let output = Command::new(command).arg(version_arg).output().ok().filter(|o| o.status.success());
        let Some(output) = output else {
            assert!(std::env::var("CI").as_deref() != Ok("true"), "`{command}` is missing on CI: {install}");
            // Straight to the process's stderr: `eprintln!` is captured, and hidden, for a test
            // that returns normally.
            let _ = writeln!(std::io::stderr(), "\nSKIPPED {test}: `{command}` not found. {install}\n");
            return None;
        };
        versions.push_str(&String::from_utf8_lossy(&output.stdout));
        versions.push_str(&String::from_utf8_lossy(&output.stderr));
    }
    Some(versions)
}

/// Runs `cmd` in `dir`, failing the test with its output when it fails; returns its stdout.
fn run(dir: &Path, cmd: &mut Command) -> String {
    let shown = format!("{cmd:?}");
    let start = std::time::Instant::now();
    let output = cmd.current_dir(dir).output().unwrap_or_else(|e| panic!("{shown}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{shown} failed in {}:\n{stdout}{stderr}", dir.display());
    // The time of each step, for `--nocapture` runs that look for where the test time goes.
    eprintln!("ok ({:.1} s): {shown}", start.elapsed().as_secs_f64());
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
                    // The message each locale reads, fallback applied; the dumps check translations.
                    let messages: serde_json::Map<_, _> = catalog
                        .locales
                        .iter()
                        .enumerate()
                        .map(|(i, l)| (l.clone(), e.message(&catalog, i).into()))
                        .collect();
                    serde_json::json!({ "code": code_json(&e.code), "symbol": e.symbol, "messages": messages })
                })
                .collect();
            let retired: Vec<_> = ns.retired.codes.iter().map(code_json).collect();
            serde_json::json!({ "name": ns.name, "entries": entries, "retired": retired })
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

/// The first ```` ```lang ```` block of the README of the package at `dir`: the example a
/// reader copies, which each consumer runs against the package.
fn readme_example(dir: &Path, lang: &str) -> String {
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    let fence = format!("```{lang}\n");
    let start = readme.find(&fence).unwrap_or_else(|| panic!("{}: no {lang} example", dir.display())) + fence.len();
    let len = readme[start..].find("```").unwrap();
    readme[start..start + len].to_owned()
}

/// A code `ns` neither lists nor retired: an integer from 424242 up, or a string like `ZZ000`.
fn unknown_code(ns: &errgen::catalog::Namespace) -> String {
    use errgen::catalog::{Code, CodeType};
    let taken = |c: &Code| ns.entries.iter().any(|e| e.code == *c) || ns.retired.codes.contains(c);
    match ns.code_type {
        CodeType::Integer => (424_242..=i32::MAX).map(Code::Int).find(|c| !taken(c)),
        CodeType::String => (0..=99_999).map(|n| Code::Str(format!("ZZ{n:03}"))).find(|c| !taken(c)),
    }
    .expect("a free code")
    .to_string()
}

/// A code as JSON: a number, or a string in a string namespace.
fn code_json(code: &errgen::catalog::Code) -> serde_json::Value {
    match code {
        errgen::catalog::Code::Int(n) => (*n).into(),
        errgen::catalog::Code::Str(s) => s.clone().into(),
    }
}

/// A fixture catalog, generated for one target into a folder outside the workspace (so its Rust
/// crate is not taken for a workspace member).
struct Fixture {
    name: &'static str,
    /// The target it was generated for.
    target: &'static str,
    catalog: Catalog,
    /// The target's package folder.
    dir: PathBuf,
}

/// Fixtures a target refuses, as it must: a C string cannot hold the NUL `hostile` has.
const REFUSED: &[(&str, &str)] = &[("c", "hostile")];

/// Every fixture, or those `GEN_FIXTURES` names (comma-separated), to rerun one while working on it.
fn fixtures(target: &'static str) -> Vec<Fixture> {
    let only = std::env::var("GEN_FIXTURES").ok();
    FIXTURES
        .iter()
        .chain(&["long-text", "large", "many-locales", "torture", "conformance", "catalog"])
        .filter(|name| only.as_deref().is_none_or(|only| only.split(',').any(|o| o == **name)))
        .filter(|name| {
            let refused = REFUSED.contains(&(target, **name));
            if refused {
                let catalog = errgen::load(&workspace().join(format!("tests/fixtures/{name}.yaml"))).unwrap();
                let chosen = [targets::by_name(target).unwrap()];
                assert!(
                    targets::check_then(&catalog, &chosen, |_| ()).is_err(),
                    "{target} takes fixture `{name}`, which it must refuse"
                );
            }
            !refused
        })
        .map(|name| {
            let catalog = if *name == "long-text" {
                errgen::load_str(&long_text_catalog(), "long-text.yaml").unwrap_or_else(|e| panic!("{e}"))
            } else if *name == "torture" {
                let seed = torture::seed();
                errgen::load_str(&torture::catalog("torture", seed), &format!("torture-{seed}.yaml"))
                    .unwrap_or_else(|e| panic!("{e}"))
            } else if let Some((codes, seed, locales)) = match *name {
                // One namespace of 4,000 codes in three locales: twice what one Java enum could
                // hold, so Java's data is spread over several classes and read back from them.
                "large" => Some((4_000, 7, 3)),
                // 90 locales: Java's data classes shrink to a few dozen codes each.
                "many-locales" => Some((300, 11, 90)),
                _ => None,
            } {
                let text = errgen::synthetic::shaped(codes, seed, codes, locales);
                let mut catalog = errgen::load_str(&text, &format!("{name}.yaml")).unwrap_or_else(|e| panic!("{e}"));
                // A package of its own: the Rust fixtures share one target folder, where two
                // crates of one name and version would be taken for one, and the Java
                // fixtures are compiled together.
                (*name).clone_into(&mut catalog.package);
                catalog
                    .targets
                    .entry("java".to_owned())
                    .or_default()
                    .insert("package".to_owned(), format!("org.example.{}", name.replace('-', "_")));
                catalog
            } else {
                let path = if *name == "conformance" {
                    "tests/conformance/catalog.yaml".to_owned()
                } else if *name == "catalog" {
                    // The real catalog, whatever it holds today.
                    "catalog.yaml".to_owned()
                } else {
                    format!("tests/fixtures/{name}.yaml")
                };
                let mut catalog = errgen::load(&workspace().join(&path)).unwrap();
                catalog.source = path;
                catalog
            };
            let out = std::env::temp_dir().join(format!("gen-fixtures-{}/{name}", std::process::id()));
            let files = targets::by_name(target).unwrap().render(&catalog).unwrap();
            output::write(&out, &[output::Package { dir: target, files: &files }], errgen::output_options(false))
                .unwrap();
            Fixture { name, target, catalog, dir: out.join(target) }
        })
        .collect()
}

/// An attribute value as the dump programs print it: `i:404`, `b:true`, `s:HEX`, `l:HEX,HEX`.
fn dumped(value: &errgen::catalog::Value, hex: &dyn Fn(&str) -> String) -> String {
    use errgen::catalog::Value;
    match value {
        Value::Int(n) => format!("i:{n}"),
        Value::Bool(b) => format!("b:{b}"),
        Value::String(s) => format!("s:{}", hex(s)),
        Value::StringList(items) => format!("l:{}", items.iter().map(|s| hex(s)).collect::<Vec<_>>().join(",")),
    }
}

/// The typed arguments each dump program passes to the typed formatting of an entry: the
/// sample text for a string, the most negative integer JavaScript holds exactly for an int, and
/// a float whose shortest form needs 17 digits.
fn typed_argument(param: &errgen::catalog::Param) -> String {
    use errgen::catalog::ParamType;
    match param.ty {
        ParamType::String => sample_argument(&param.name),
        ParamType::Int => errgen::catalog::template::int_text(TYPED_INT),
        ParamType::Float => errgen::catalog::template::float_text(TYPED_FLOAT),
    }
}

/// The int and float arguments of [`typed_argument`], as the dump programs write them in source.
const TYPED_INT: i64 = -9_007_199_254_740_991;
const TYPED_FLOAT: f64 = 0.300_000_000_000_000_04;

/// [`typed_argument`] as a literal of Rust and Go source alike (Rust's `Debug` of this text is a
/// valid Go string literal too).
fn typed_literal(param: &errgen::catalog::Param) -> String {
    use errgen::catalog::ParamType;
    match param.ty {
        ParamType::String => format!("{:?}", sample_argument(&param.name)),
        ParamType::Int => TYPED_INT.to_string(),
        ParamType::Float => format!("{TYPED_FLOAT:?}"),
    }
}

/// The argument each dump program gives parameter `name` (every parameter takes text): quotes,
/// braces both ways and a line break, and the name, so that a swapped argument shows.
fn sample_argument(name: &str) -> String {
    format!("<{name}> \"q\" 'q' {{x}} }}{{\n")
}

impl Fixture {
    /// What every dump program must print, sorted: what the conformance suite does not ask,
    /// because it is each language's own API (iteration in catalog order, exact translations,
    /// attribute accessors, alias constants, retired-code lists, typed constructors) — each
    /// message, missing translation, deprecation note, attribute, alias and retired code (see
    /// `tests/typescript/dump.mjs` for the line forms).
    fn expected_dump(&self) -> Vec<String> {
        let hex = |s: &str| {
            s.bytes().fold(String::new(), |mut out, b| {
                write!(out, "{b:02x}").unwrap();
                out
            })
        };
        let mut out = Vec::new();
        let catalog = &self.catalog;
        for ns in &catalog.namespaces {
            for e in &ns.entries {
                for (i, locale) in catalog.locales.iter().enumerate() {
                    let message = hex(e.message(catalog, i));
                    out.push(format!("{}\t{}\t{locale}\t{}\t{message}", ns.name, e.code, e.symbol));
                    if e.messages[i].is_none() {
                        out.push(format!("untranslated\t{}\t{}\t{locale}", ns.name, e.code));
                    }
                }
                // The same through each language's typed formatting, with typed arguments.
                let typed: Vec<(String, String)> =
                    e.params.iter().map(|p| (p.name.clone(), typed_argument(p))).collect();
                let typed: Vec<(&str, &str)> = typed.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
                for (i, locale) in catalog.locales.iter().enumerate().filter(|_| !e.params.is_empty()) {
                    let filled = errgen::catalog::template::fill(e.message(catalog, i), &typed);
                    out.push(format!("typed\t{}\t{}\t{locale}\t{}", ns.name, e.code, hex(&filled)));
                }
                if let Some(d) = &e.deprecated {
                    out.push(format!("deprecated\t{}\t{}\t{}", ns.name, e.code, hex(&d.note())));
                }
                for (a, value) in catalog.attributes.iter().zip(&e.attributes) {
                    let accessor = self.naming().attribute(&a.name);
                    out.push(format!("attr\t{}\t{}\t{accessor}\t{}", ns.name, e.code, dumped(value, &hex)));
                }
                for alias in &e.aliases {
                    // As the language names it: the dumps reach aliases through their constants.
                    out.push(format!("alias\t{}\t{}\t{}", ns.name, self.naming().constant(&ns.name, alias), e.code));
                }
            }
            for code in &ns.retired.codes {
                out.push(format!("retired\t{}\t{code}", ns.name));
            }
            out.push(format!("unknown\t{}\t{}", ns.name, unknown_code(ns)));
        }
        out.sort();
        out
    }

    fn assert_dump(&self, language: &str, actual: &str) {
        // Iteration keeps the catalog's order (gRPC declares 16 after 7): each namespace's
        // message lines, as printed, run through its codes in catalog order.
        for ns in &self.catalog.namespaces {
            let mut printed: Vec<&str> = actual
                .lines()
                .filter(|l| l.starts_with(&format!("{}\t", ns.name)))
                .filter_map(|l| l.split('\t').nth(1))
                .collect();
            printed.dedup();
            let declared: Vec<String> = ns.entries.iter().map(|e| e.code.to_string()).collect();
            assert_eq!(printed, declared, "{language} iterates namespace `{}` out of catalog order", ns.name);
        }
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

    /// The key of the fixture's checks: its package's files, and the catalog its expectations
    /// come from (the package is made from it, but the test compares with it too).
    fn key(&self, stamps: &stamps::Stamps) -> String {
        let catalog = workspace().join(&self.catalog.source);
        let inputs = if catalog.is_file() { vec![self.dir.clone(), catalog] } else { vec![self.dir.clone()] };
        stamps.key(&format!("fixture-{}", self.name), &inputs)
    }

    /// How the fixture's target names what it generated.
    fn naming(&self) -> &'static dyn targets::Naming {
        targets::by_name(self.target).and_then(|t| t.naming()).expect("a target that generates code")
    }

    /// `DUMP_UNKNOWN_<namespace>` for each namespace: a code it does not list, which the dump
    /// programs look up and print back; and `DUMP_TYPED_<namespace>`.
    fn dump_env(&self) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> =
            self.catalog.namespaces.iter().map(|ns| (format!("DUMP_UNKNOWN_{}", ns.name), unknown_code(ns))).collect();
        env.extend(self.catalog.namespaces.iter().map(|ns| (format!("DUMP_TYPED_{}", ns.name), self.typed_env(ns))));
        env
    }

    /// `DUMP_TYPED_<namespace>`: each entry with parameters as `CODE|FUNCTION|name:KIND,...`
    /// (FUNCTION the target's per-code function, or `-`; KIND `s`, `i` or `f`), `;`-separated,
    /// for the dump programs to call the typed formatting with [`typed_argument`]s.
    fn typed_env(&self, ns: &errgen::catalog::Namespace) -> String {
        use errgen::catalog::ParamType;
        ns.entries
            .iter()
            .filter(|e| !e.params.is_empty())
            .map(|e| {
                let function = self.naming().constructor(&ns.name, &e.symbol).unwrap_or_else(|| "-".to_owned());
                let params: Vec<String> = e
                    .params
                    .iter()
                    .map(|p| {
                        let kind = match p.ty {
                            ParamType::String => "s",
                            ParamType::Int => "i",
                            ParamType::Float => "f",
                        };
                        format!("{}:{kind}", p.name)
                    })
                    .collect();
                format!("{}|{function}|{}", e.code, params.join(","))
            })
            .collect::<Vec<_>>()
            .join(";")
    }

    /// `DUMP_ALIASES_<namespace>`: the constants of each namespace's aliases, comma-separated, for
    /// a dump program that reads them by name.
    fn alias_env(&self) -> Vec<(String, String)> {
        self.catalog
            .namespaces
            .iter()
            .map(|ns| {
                let constants: Vec<String> =
                    ns.entries.iter().flat_map(|e| &e.aliases).map(|a| self.naming().constant(&ns.name, a)).collect();
                (format!("DUMP_ALIASES_{}", ns.name), constants.join(","))
            })
            .collect()
    }

    /// The attributes' accessors, comma-separated, for the dump programs that cannot read the
    /// catalog (`DUMP_ATTRIBUTES`).
    fn attribute_accessors(&self) -> String {
        self.catalog.attributes.iter().map(|a| self.naming().attribute(&a.name)).collect::<Vec<_>>().join(",")
    }

    /// `namespace=TypeName` arguments for the dump programs, from the target's naming.
    /// `namespace=TypeName=ErrorName`: the code type and the error type.
    fn type_args(&self) -> Vec<String> {
        let naming = self.naming();
        self.catalog
            .namespaces
            .iter()
            .map(|ns| format!("{}={}={}", ns.name, naming.type_name(&ns.name), naming.error_type(&ns.name)))
            .collect()
    }

    fn remove(&self) {
        std::fs::remove_dir_all(&self.dir).unwrap();
    }
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
        } else if kind.is_symlink() {
            // crates/gen/templates, which points at the top-level templates/.
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), to.join(&name)).unwrap();
        }
    }
}

/// The routine catalog edits, all at once, on `catalog.yaml` of a copy: the version bumped, a
/// code added at the end of the first namespace, one removed (and retired), one renamed with the
/// old name kept as an alias, one deprecated, and an attribute added (with a default, set by one
/// entry). Any entries will do: the small services run against the frozen seed catalog.
fn edit_catalog(root: &Path) -> String {
    let path = root.join("catalog.yaml");
    let mut doc: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    // A minor bump: what the changes below need whatever the version (SemVer).
    let version = doc["version"].as_str().unwrap().to_owned();
    let parts: Vec<u64> = version.split('.').map(|p| p.parse().unwrap()).collect();
    doc["version"] = format!("{}.{}.0", parts[0], parts[1] + 1).into();
    let attributes =
        doc.as_mapping_mut().unwrap().entry("attributes".into()).or_insert_with(|| serde_yaml::Mapping::new().into());
    attributes.as_mapping_mut().unwrap().insert(
        "routine_edit".into(),
        serde_yaml::from_str("{type: bool, default: false, doc: Added by a routine edit}").unwrap(),
    );
    let locales: Vec<String> =
        doc["locales"].as_sequence().unwrap().iter().map(|l| l.as_str().unwrap().to_owned()).collect();
    let ns = &mut doc["namespaces"][0];
    let entries = ns["entries"].as_sequence_mut().unwrap();
    let free: Vec<usize> = (0..entries.len())
        .filter(|&i| entries[i].get("aliases").is_none() && entries[i].get("deprecated").is_none())
        .collect();
    assert!(free.len() >= 5, "the first namespace needs five entries with no alias and no deprecation");
    let (remove, rename, deprecate, moved, retext) = (free[0], free[1], free[2], free[3], free[4]);
    let renamed = entries[rename]["symbol"].as_str().unwrap().to_owned();
    entries[rename]["symbol"] = format!("{renamed}_RENAMED").into();
    entries[rename]["aliases"] = serde_yaml::Value::Sequence(vec![renamed.clone().into()]);
    // A rename without alias, and new texts in every locale.
    let moved_from = entries[moved]["symbol"].as_str().unwrap().to_owned();
    entries[moved]["symbol"] = format!("{moved_from}_MOVED").into();
    let texts: serde_yaml::Mapping =
        locales.iter().map(|l| (l.clone().into(), format!("reworded ({l})").into())).collect();
    entries[retext]["message"] = texts.into();
    entries[deprecate]["deprecated"] = serde_yaml::from_str("{reason: Replaced by a finer code.}").unwrap();
    let attributes = entries[deprecate]
        .as_mapping_mut()
        .unwrap()
        .entry("attributes".into())
        .or_insert_with(|| serde_yaml::Mapping::new().into());
    attributes.as_mapping_mut().unwrap().insert("routine_edit".into(), true.into());
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
        "version {version} -> {}, removed {}, renamed {renamed} (with alias) and {moved_from} (without), \
         deprecated #{deprecate} (with attribute routine_edit), reworded #{retext}, added {}",
        doc["version"].as_str().unwrap(),
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

    for consumer in CONSUMERS {
        if let Some(tools) = tool_versions("a_routine_catalog_edit_needs_no_other_edit", *consumer) {
            let stamps = stamps::Stamps::new(&root, consumer.target(), &tools);
            check_package_once(*consumer, &stamps, &copy, &root);
        }
    }
}

/// The torture sample is a catalog worth building: names in every slot, not only the safe ones.
#[test]
fn the_torture_catalog_keeps_names_in_every_slot() {
    let text = torture::catalog("torture", torture::seed());
    let catalog = errgen::load_str(&text, "torture.yaml").unwrap_or_else(|e| panic!("{e}"));
    let entries: usize = catalog.namespaces.iter().map(|ns| ns.entries.len()).sum();
    let params = catalog.namespaces.iter().flat_map(|ns| &ns.entries).filter(|e| !e.params.is_empty()).count();
    let aliases = catalog.namespaces.iter().flat_map(|ns| &ns.entries).filter(|e| !e.aliases.is_empty()).count();
    assert!(
        catalog.namespaces.len() >= 3 && entries >= 15 && params >= 3 && aliases >= 2 && catalog.attributes.len() >= 3,
        "a thin sample:\n{text}"
    );
    if std::env::var_os("GEN_TORTURE_PRINT").is_some() {
        let _ = writeln!(std::io::stderr(), "{text}");
    }
}
