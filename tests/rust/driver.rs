//! The Rust consumer's driver, called by the shared harness in `crates/gen/tests/consumers.rs`:
//! clippy pedantic and rustdoc with warnings denied on the generated crate and on the service
//! beside this file, the service's tests, and a dump program per fixture.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use super::{Consumer, Fixture, Tool, expected_json, run};

pub struct Rust;

/// cargo with the target folder the package checks share (`target/clippy` of `main`) and the
/// catalog's JSON copy of the workspace at `root` for the service's tests.
fn cargo<'a>(main: &'a Path, root: &'a Path) -> impl Fn(&[&str]) -> Command + 'a {
    move |args| {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(args).env("CARGO_TARGET_DIR", main.join("target/clippy")).env("CATALOG_EXPECTED", expected_json(root));
        cmd
    }
}

const CLIPPY: [&str; 8] =
    ["clippy", "--all-targets", "--all-features", "--", "-D", "warnings", "-W", "clippy::pedantic"];

impl Consumer for Rust {
    fn target(&self) -> &'static str {
        "rust"
    }

    /// cargo is the one running the harness.
    fn tools(&self) -> &'static [Tool] {
        &[]
    }

    /// The generated crate, a member of the workspace at `root`: clippy pedantic and rustdoc
    /// with warnings denied. Builds go to `main`'s target folder, of their own beside the one
    /// the outer `cargo test` holds. Not `--locked`: a version bump moves the crate's line in
    /// `Cargo.lock`, which cargo updates as it does for the user.
    fn check_package(&self, root: &Path, main: &Path) {
        let crate_name = errgen::load(&root.join("catalog.yaml")).unwrap().package;
        let cargo = cargo(main, root);
        run(root, cargo(&["clippy", "-p", &crate_name]).args(&CLIPPY[1..]));
        run(root, cargo(&["doc", "--no-deps", "--all-features", "-p", &crate_name]).env("RUSTDOCFLAGS", "-D warnings"));
    }

    /// The service in `tests/rust`, a workspace of its own with its lockfile: clippy pedantic and
    /// its tests.
    fn check_service(&self, root: &Path, main: &Path) {
        let cargo = cargo(main, root);
        let manifest = root.join("tests/rust/Cargo.toml");
        let manifest = manifest.to_str().unwrap();
        run(root, cargo(&["clippy", "--locked", "--manifest-path", manifest]).args(&CLIPPY[1..]));
        run(root, &mut cargo(&["test", "--locked", "--manifest-path", manifest]));
    }

    /// Every fixture's crate in one workspace beside them: clippy pedantic, rustdoc with warnings
    /// denied and the tests (README doc test included) run once for all, so the shared
    /// dependencies build once and each tool starts once.
    fn check_fixtures(&self, fixtures: &[Fixture], main: &Path) {
        let Some(first) = fixtures.first() else { return };
        let workspace = first.dir.parent().and_then(Path::parent).expect("fixtures in <folder>/<name>/rust");
        let mut members: Vec<String> = fixtures
            .iter()
            .map(|f| format!("{:?}", f.dir.strip_prefix(workspace).expect("one folder").display().to_string()))
            .collect();
        members.push(format!("{RUNNER:?}"));
        write_runner(&workspace.join(RUNNER), fixtures, main);
        // The versions the main workspace locked (serde, serde_json): the fixtures build with them.
        std::fs::copy(main.join("Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
        std::fs::write(
            workspace.join("Cargo.toml"),
            format!("[workspace]\nresolver = \"3\"\nmembers = [{}]\n", members.join(", ")),
        )
        .unwrap();
        for fixture in fixtures {
            std::fs::create_dir_all(fixture.dir.join("examples")).unwrap();
            std::fs::write(fixture.dir.join(format!("examples/{}.rs", dump_name(fixture))), dump_program(fixture))
                .unwrap();
        }
        let target_dir = main.join("target/fixtures");
        let cargo = |args: &[&str]| {
            let mut cmd = Command::new(env!("CARGO"));
            cmd.args(args).env("CARGO_TARGET_DIR", &target_dir);
            cmd
        };
        run(workspace, cargo(&["clippy", "--workspace"]).args(&CLIPPY[1..]));
        run(
            workspace,
            cargo(&["doc", "--workspace", "--no-deps", "--all-features"]).env("RUSTDOCFLAGS", "-D warnings"),
        );
        // The dump programs, built now: the harness removes each fixture's folder after its
        // dump, and a workspace missing a member no longer loads. Built before the tests, which
        // then reuse the libraries.
        run(workspace, &mut cargo(&["build", "--workspace", "--examples", "--bins"]));
        run(workspace, &mut cargo(&["test", "--workspace", "--all-features"]));
        for fixture in fixtures {
            check_packaging(fixture, &target_dir);
        }
    }

    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String {
        let program = main.join("target/fixtures/debug").join(runner_name(fixture));
        run(&fixture.dir, Command::new(program).arg(cases))
    }

    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String {
        let program = main.join("target/fixtures/debug/examples").join(dump_name(fixture));
        run(&fixture.dir, Command::new(program).envs(fixture.dump_env()))
    }
}

/// The conformance runner's crate in the fixtures' workspace.
const RUNNER: &str = "conformance-runner";

/// The conformance runners' crate at `dir`: a binary per fixture (`conformance_<fixture>`),
/// each `tests/rust/conformance_runner.rs` with a `main` naming that fixture's types, built
/// against the fixtures' crates with serde.
fn write_runner(dir: &Path, fixtures: &[Fixture], main: &Path) {
    std::fs::create_dir_all(dir.join("src/bin")).unwrap();
    let mut manifest = format!(
        "[package]\nname = \"{RUNNER}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nserde_json = \"1\"\n"
    );
    for fixture in fixtures {
        let krate = fixture.naming().package(&fixture.catalog);
        writeln!(
            manifest,
            "{krate} = {{ package = {:?}, path = {:?}, features = [\"serde\"] }}",
            fixture.catalog.package,
            fixture.dir.display().to_string()
        )
        .unwrap();
        std::fs::write(dir.join(format!("src/bin/{}.rs", runner_name(fixture))), runner_main(fixture, main)).unwrap();
    }
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
}

/// A fixture's conformance runner binary.
fn runner_name(fixture: &Fixture) -> String {
    format!("conformance_{}", fixture.name.replace('-', "_"))
}

/// The `main` of a fixture's conformance runner: the shared runner, and each namespace's types.
fn runner_main(fixture: &Fixture, main: &Path) -> String {
    let naming = fixture.naming();
    let krate = naming.package(&fixture.catalog);
    let mut out = format!(
        "//! The conformance runner of fixture `{}`.\n\n#[macro_use]\n#[path = {:?}]\nmod runner;\n\n",
        fixture.name,
        main.join("tests/rust/conformance_runner.rs").display().to_string()
    );
    let mut arms = String::new();
    for (i, ns) in fixture.catalog.namespaces.iter().enumerate() {
        let (code, error) = (naming.type_name(&ns.name), naming.error_type(&ns.name));
        let (problem, of) = match ns.code_type {
            errgen::catalog::CodeType::Integer => {
                ("i32", format!("|v| {krate}::{code}::from(i32::try_from(v.as_i64().unwrap()).unwrap())"))
            }
            errgen::catalog::CodeType::String => ("String", format!("|v| {krate}::{code}::from(v.as_str().unwrap())")),
        };
        writeln!(out, "conformance_namespace!(ns{i}, {krate}, {code}, {error}, {krate}::Problem<{problem}>, {of});")
            .unwrap();
        writeln!(arms, "            {:?} => ns{i}(case),", ns.name).unwrap();
    }
    write!(
        out,
        "\nfn main() {{\n    runner::run(\n        |ns, case| match ns {{\n{arms}            _ => Err(format!(\"no namespace {{ns}}\")),\n        }},\n        |kind, text| {{\n            if kind == \"i\" {{\n                {krate}::Arg::from(text.parse::<i64>().unwrap()).to_string()\n            }} else {{\n                {krate}::Arg::from(text.parse::<f64>().unwrap()).to_string()\n            }}\n        }},\n    );\n}}\n"
    )
    .unwrap();
    out
}

/// The dump example's name in a fixture's crate: one per fixture, since they share a target
/// folder.
fn dump_name(fixture: &Fixture) -> String {
    format!("dump_{}", fixture.name.replace('-', "_"))
}

/// The dump program of a fixture's crate (`examples/dump_<fixture>.rs`): every entry, lookup, message,
/// error and problem printed as the harness compares them.
fn dump_program(fixture: &Fixture) -> String {
    let naming = fixture.naming();
    let crate_name = naming.package(&fixture.catalog);
    let mut dump = format!(
        "#![allow(clippy::wildcard_imports, clippy::too_many_lines, clippy::format_collect, clippy::format_in_format_args, clippy::unreadable_literal, clippy::clone_on_copy, deprecated)]\nuse {crate_name}::*;\n\nfn hex(s: &str) -> String {{\n    s.bytes().map(|b| format!(\"{{b:02x}}\")).collect()\n}}\n\nfn main() {{\n"
    );
    for ns in &fixture.catalog.namespaces {
        let (name, ty, module) = (&ns.name, naming.type_name(&ns.name), naming.module(&ns.name));
        let error = naming.error_type(&ns.name);
        // A literal of the namespace's code type: the integer, or the string (printable ASCII,
        // which Debug writes as a valid Rust literal).
        let unknown = match ns.code_type {
            errgen::catalog::CodeType::Integer => super::unknown_code(ns),
            errgen::catalog::CodeType::String => format!("{:?}", super::unknown_code(ns)),
        };
        let attrs = attribute_lines(fixture, name);
        writeln!(
            dump,
            "    for c in {ty}::ALL {{
    for l in Locale::ALL {{
        println!(\"{name}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\", c.code(), l.tag(), c.symbol().unwrap(), hex(c.message(*l).unwrap()));
        if c.translation(*l).is_none() {{
            println!(\"untranslated\\t{name}\\t{{}}\\t{{}}\", c.code(), l.tag());
        }}
    }}
    if !c.params().is_empty() {{
        let mut e = {error}::new(c.clone());
        for n in c.params() {{
            e = e.with_arg(n, [\"<\", n, \"> \\\"q\\\" 'q' {{x}} }}{{\", \"\\n\"].concat());
        }}
        let back = {error}::from_problem(&e.problem(Locale::DEFAULT));
        for l in Locale::ALL {{
            assert_eq!(back.message(*l), e.message(*l));
        }}
    }}
    let problem = {error}::new(c.clone()).problem(Locale::DEFAULT);
    assert_eq!({error}::from_problem(&problem).code().code(), c.code());
{attrs}
    if let Some(note) = c.deprecation() {{
        println!(\"deprecated\\t{name}\\t{{}}\\t{{}}\", c.code(), hex(note));
    }}
}}
for r in {module}::RETIRED_CODES {{
    assert!(!{ty}::from(*r).is_known());
    println!(\"retired\\t{name}\\t{{r}}\");
}}
let unknown = {ty}::from({unknown});
assert!(!unknown.is_known() && unknown.symbol().is_none());
println!(\"unknown\\t{name}\\t{{}}\", unknown.code());"
        )
        .unwrap();
        for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
            let constant = naming.constant(&ns.name, alias);
            writeln!(dump, "    println!(\"alias\\t{name}\\t{constant}\\t{{}}\", {ty}::{constant}.code());").unwrap();
        }
        dump.push_str(&typed_lines(fixture, ns));
    }
    dump.push_str("}\n");
    dump
}

fn check_packaging(fixture: &Fixture, target_dir: &Path) {
    let published = fixture.catalog.metadata.publish.to("rust");
    let args: &[&str] = if published {
        &["publish", "--dry-run", "--allow-dirty", "--quiet"]
    } else {
        &["package", "--allow-dirty", "--no-verify", "--quiet"]
    };
    let output = Command::new(env!("CARGO"))
        .args(args)
        .env("CARGO_TARGET_DIR", target_dir)
        .current_dir(&fixture.dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{}: cargo {args:?}: {stderr}", fixture.name);
    assert!(!stderr.contains("warning"), "{}: cargo {args:?} warned: {stderr}", fixture.name);
}

/// The dump program's lines that print each attribute of code `c` in namespace `name`.
fn attribute_lines(fixture: &Fixture, name: &str) -> String {
    let naming = fixture.naming();
    fixture
        .catalog
        .attributes
        .iter()
        .map(|a| {
            let accessor = naming.attribute(&a.name);
            let shown = match a.ty {
                errgen::catalog::AttributeType::Int => "format!(\"i:{v}\")",
                errgen::catalog::AttributeType::Bool => "format!(\"b:{v}\")",
                errgen::catalog::AttributeType::String => "format!(\"s:{}\", hex(v))",
                errgen::catalog::AttributeType::StringList => {
                    "format!(\"l:{}\", v.iter().map(|s| hex(s)).collect::<Vec<_>>().join(\",\"))"
                }
            };
            format!(
                "        let v = c.{accessor}().unwrap();\n        println!(\"attr\\t{name}\\t{{}}\\t{accessor}\\t{{}}\", c.code(), {shown});\n"
            )
        })
        .collect::<Vec<_>>()
        .concat()
}

/// The dump's lines that make an error of each code with parameters through its typed
/// constructor, with typed arguments, and print its message in every locale.
fn typed_lines(fixture: &Fixture, ns: &errgen::catalog::Namespace) -> String {
    let naming = fixture.naming();
    let error = naming.error_type(&ns.name);
    ns.entries
        .iter()
        .filter(|e| !e.params.is_empty())
        .map(|e| {
            let constructor = naming.constructor(&ns.name, &e.symbol).expect("Rust names a constructor per code");
            let args: Vec<String> = e.params.iter().map(super::typed_literal).collect();
            format!(
                "    let e = {error}::{constructor}({});\n    for l in Locale::ALL {{\n        println!(\"typed\\t{}\\t{}\\t{{}}\\t{{}}\", l.tag(), hex(&e.message(*l)));\n    }}\n",
                args.join(", "),
                ns.name,
                e.code
            )
        })
        .collect::<Vec<_>>()
        .concat()
}
