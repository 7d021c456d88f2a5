//! The TypeScript consumer's driver, called by the shared harness in
//! `crates/gen/tests/consumers.rs`: `npm ci` from the lockfile beside this file, tsc under every
//! strict flag, node's test runner, and `dump.mjs` per fixture.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Consumer, Fixture, Tool, expected_json, readme_example, run};

pub struct TypeScript;

/// tsc as `npm ci` installs it from the lockfile of the workspace at `root`.
fn tsc(root: &Path) -> PathBuf {
    root.join("tests/typescript/node_modules/typescript/bin/tsc")
}

impl Consumer for TypeScript {
    fn target(&self) -> &'static str {
        "typescript"
    }

    fn tools(&self) -> &'static [Tool] {
        &[
            Tool {
                command: "node",
                version_arg: "--version",
                install: "install Node.js 20 (apt-get install nodejs npm)",
            },
            Tool { command: "npm", version_arg: "--version", install: "install npm" },
        ]
    }

    /// `npm ci` (the package comes in as a `file:` dependency), then the README's example, as a
    /// reader pastes it into a module of theirs.
    fn check_package(&self, root: &Path, _main: &Path) {
        let dir = root.join("tests/typescript");
        run(&dir, Command::new("npm").args(["ci", "--no-audit", "--no-fund"]));
        let example = dir.join("readme-example.mjs");
        std::fs::write(&example, readme_example(&root.join("generated/typescript"), "ts")).unwrap();
        let printed = run(&dir, Command::new("node").arg(&example));
        std::fs::remove_file(&example).unwrap();
        assert!(!printed.trim().is_empty(), "the README's example printed nothing");
    }

    /// The service in `tests/typescript`: `npm ci`, tsc under every strict flag of
    /// `tsconfig.json`, then its tests.
    fn check_service(&self, root: &Path, _main: &Path) {
        let dir = root.join("tests/typescript");
        run(&dir, Command::new("npm").args(["ci", "--no-audit", "--no-fund"]));
        run(&dir, Command::new("node").arg(tsc(root)).args(["-p", "tsconfig.json"]));
        run(
            &dir,
            Command::new("node").args(["--test", "dist/", "plain/"]).env("CATALOG_EXPECTED", expected_json(root)),
        );
    }

    /// Every fixture's declarations under the consumer's strict settings, with calls of the typed
    /// formatting that must type-check or, marked `@ts-expect-error`, must not: one tsc run for
    /// all (each package is a module of its own, so none sees another's names).
    fn check_fixtures(&self, fixtures: &[Fixture], main: &Path) {
        let dir = main.join("tests/typescript");
        let mut files = Vec::new();
        for fixture in fixtures {
            let typed = fixture.dir.join("typed-check.ts");
            std::fs::write(&typed, typed_check(fixture)).unwrap();
            files.push(fixture.dir.join("index.d.ts"));
            files.push(typed);
        }
        run(
            &dir,
            Command::new("node")
                .arg(tsc(main))
                .args(["--noEmit", "--strict", "--skipLibCheck", "false", "--target", "ES2022"])
                .args(["--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node"])
                .args(["--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes", "--isolatedModules"])
                .args(["--verbatimModuleSyntax", "--erasableSyntaxOnly", "--isolatedDeclarations", "--declaration"])
                .args(&files),
        );
        for fixture in fixtures {
            std::fs::remove_file(fixture.dir.join("typed-check.ts")).unwrap();
        }
    }

    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String {
        run(
            &main.join("tests/typescript"),
            Command::new("node").arg("conformance_runner.mjs").arg(cases).arg(&fixture.dir).args(fixture.type_args()),
        )
    }

    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String {
        let dir = main.join("tests/typescript");
        let dump = |commonjs: &str| {
            run(
                &dir,
                Command::new("node")
                    .arg("dump.mjs")
                    .arg(&fixture.dir)
                    .args(fixture.type_args())
                    .env("DUMP_ATTRIBUTES", fixture.attribute_accessors())
                    .env("DUMP_COMMONJS", commonjs)
                    .envs(fixture.dump_env()),
            )
        };
        let esm = dump("0");
        assert!(esm == dump("1"), "{}: the CommonJS modules read differently from the ES modules", fixture.name);
        check_packaging(fixture, &dir);
        esm
    }
}

/// Calls of each namespace's typed `format` and `of` for its first code with parameters: one
/// with the arguments it takes, and `@ts-expect-error` ones with a wrong type, an unknown name and
/// a missing argument, which tsc fails if they type-check.
fn typed_check(fixture: &Fixture) -> String {
    use errgen::catalog::ParamType;
    let naming = fixture.naming();
    let mut out = String::from("// Typed formatting, as a service calls it.\n");
    for ns in &fixture.catalog.namespaces {
        let Some(e) = ns.entries.iter().find(|e| !e.params.is_empty()) else { continue };
        let module = naming.module(&ns.name);
        let code = format!("{module}.{}[{:?}]", naming.type_name(&ns.name), e.symbol);
        let value = |ty: ParamType, right: bool| match (ty, right) {
            (ParamType::String, true) | (ParamType::Int | ParamType::Float, false) => "\"x\"",
            (ParamType::String, false) | (ParamType::Int | ParamType::Float, true) => "1",
        };
        let args = |right: bool| {
            let fields: Vec<String> = e.params.iter().map(|p| format!("{}: {}", p.name, value(p.ty, right))).collect();
            format!("{{ {} }}", fields.join(", "))
        };
        let misspelled = format!("{{ {}_x: {} }}", e.params[0].name, value(e.params[0].ty, true));
        let error = naming.error_type(&ns.name);
        write!(
            out,
            "import {{ {module} }} from \"./index.js\";\n{module}.format({code}, {right});\n{module}.{error}.of({code}, {right});\n// @ts-expect-error an argument of the wrong type\n{module}.format({code}, {wrong});\n// @ts-expect-error a parameter the code does not have\n{module}.format({code}, {misspelled});\n// @ts-expect-error no arguments at all\n{module}.{error}.of({code}, {{}});\n",
            right = args(true),
            wrong = args(false),
        )
        .unwrap();
    }
    out
}

/// The package as npm users get it: arethetypeswrong finds every entry point typed right under
/// node10, node16 (`CommonJS` and ESM) and bundler resolution, publint finds nothing to fix, and
/// esbuild bundling one namespace's code constants leaves its messages out.
fn check_packaging(fixture: &Fixture, dir: &Path) {
    let bin = |tool: &str| dir.join("node_modules/.bin").join(tool);
    run(dir, Command::new(bin("attw")).args(["--pack", "--format", "table-flipped"]).arg(&fixture.dir));
    let publint = run(dir, Command::new(bin("publint")).args(["run", "--strict"]).arg(&fixture.dir));
    assert!(publint.contains("All good"), "{}: publint: {publint}", fixture.name);
    let ns = &fixture.catalog.namespaces[0];
    let entry = fixture.dir.join("bundle-entry.mjs");
    let naming = errgen::targets::by_name("typescript").and_then(|t| t.naming()).unwrap();
    let ty = naming.type_name(&ns.name);
    std::fs::write(&entry, format!("import {{ {ty} }} from \"./{}.js\";\nconsole.log({ty});\n", ns.name)).unwrap();
    let bundle = run(
        dir,
        Command::new(bin("esbuild")).arg(&entry).args(["--bundle", "--minify", "--format=esm", "--log-level=warning"]),
    );
    std::fs::remove_file(&entry).unwrap();
    for e in &ns.entries {
        let message = e.default_message(&fixture.catalog);
        // Long enough not to be part of a name or a code by chance.
        if message.len() >= 16 && message.is_ascii() {
            assert!(!bundle.contains(message), "{}: bundling {ty} alone kept the message {message:?}", fixture.name);
        }
    }
}
