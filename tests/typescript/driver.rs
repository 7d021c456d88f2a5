//! The TypeScript consumer's driver, called by the shared harness in
//! `crates/gen/tests/consumers.rs`: `npm ci` from the lockfile beside this file, tsc under every
//! strict flag, node's test runner, and `dump.mjs` per fixture.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Consumer, Fixture, Tool, expected_json, run};

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

    /// `npm ci`, tsc under every strict flag of `tsconfig.json`, then the consumer's tests.
    fn check_package(&self, root: &Path, _main: &Path) {
        let dir = root.join("tests/typescript");
        run(&dir, Command::new("npm").args(["ci", "--no-audit", "--no-fund"]));
        run(&dir, Command::new("node").arg(tsc(root)).args(["-p", "tsconfig.json"]));
        run(
            &dir,
            Command::new("node").args(["--test", "dist/", "plain/"]).env("CATALOG_EXPECTED", expected_json(root)),
        );
    }

    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String {
        let dir = main.join("tests/typescript");
        let tsc = tsc(main);
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
        run(
            &dir,
            Command::new("node")
                .arg("dump.mjs")
                .arg(&fixture.dir)
                .args(fixture.type_args())
                .env("DUMP_ATTRIBUTES", fixture.attribute_accessors())
                .envs(fixture.dump_env()),
        )
    }
}
