//! The Python consumer's driver, called by the shared harness in
//! `crates/gen/tests/consumers.rs`: a venv beside this file from the pinned `requirements.txt`,
//! the package installed as a service installs it, mypy --strict and ruff, pytest, and `dump.py`
//! per fixture.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Consumer, Fixture, Tool, expected_json, readme_example, run};

pub struct Python;

/// The virtual environment with the pinned tools, and the `tests/python` it checks.
struct Venv {
    /// `tests/python` of the workspace being checked (the main one, or a copy).
    dir: PathBuf,
    /// The venv, always the main workspace's: a copy reuses its tools instead of installing
    /// them again.
    venv: PathBuf,
}

/// One mypy at a time on the shared cache.
static MYPY: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// One package installed and checked in the shared venv at a time: the main workspace's and a
/// copy's tests run on parallel threads, and each installs its own `api-errors`.
static INSTALLED: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Venv {
    /// The venv of the workspace at `main`, created and filled from `requirements.txt` once:
    /// a stamp in the venv records the requirements it holds, so a later run (or test) whose
    /// requirements are unchanged starts no pip at all.
    fn new(root: &Path, main: &Path) -> Self {
        static READY: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
        let dir = main.join("tests/python");
        let venv = dir.join(".venv");
        let python = Self { dir: root.join("tests/python"), venv };
        let mut ready = READY.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !*ready {
            if !python.venv.join("bin/python").exists() {
                run(&dir, Command::new("python3").args(["-m", "venv", ".venv"]));
            }
            let requirements = std::fs::read_to_string(dir.join("requirements.txt")).unwrap();
            let stamp = python.venv.join("requirements.installed");
            if std::fs::read_to_string(&stamp).ok().as_deref() != Some(requirements.as_str()) {
                run(&dir, &mut python.pip(&["-r", "requirements.txt"]));
                std::fs::write(&stamp, &requirements).unwrap();
            }
            *ready = true;
        }
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

    /// The package as the Python Package Index gets it: `python -m build` makes its sdist and
    /// wheel (with the pinned `flit_core`, no download), and `twine check --strict` finds
    /// nothing the index would refuse or render badly (metadata, the README as long
    /// description).
    fn check_distribution(&self, package: &Path) {
        let dist = tempfile::tempdir().unwrap();
        run(
            &self.dir,
            Command::new(self.py()).args(["-m", "build", "--no-isolation", "--outdir"]).arg(dist.path()).arg(package),
        );
        let built: Vec<PathBuf> = std::fs::read_dir(dist.path()).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(built.len(), 2, "{}: expected an sdist and a wheel, built {built:?}", package.display());
        run(&self.dir, Command::new(self.venv.join("bin/twine")).args(["check", "--strict"]).args(&built));
    }

    /// The catalog format's JSON Schema (`generated/json/catalog.schema.json`) in step with the
    /// loader, read as an editor reads a catalog: every fixture the loader accepts is valid
    /// under it, and every invalid fixture that breaks a rule of shape (a field, a type, a form)
    /// is not.
    fn check_schema(&self, root: &Path) {
        const SHAPE_RULES: &[&str] = &[
            "unknown-field",
            "missing-field",
            "wrong-type",
            "null-value",
            "attribute-type",
            "package-name",
            "version",
            "namespace-name",
            "symbol-form",
            "problem-base-uri",
        ];
        let mut args = Vec::new();
        let fixtures = root.join("tests/fixtures");
        let yaml = |dir: &Path| {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect();
            files.sort();
            files
        };
        for path in std::iter::once(root.join("catalog.yaml")).chain(yaml(&fixtures)) {
            if errgen::load(&path).is_ok() {
                args.push(format!("valid:{}", path.display()));
            }
        }
        let valid = args.len();
        for path in yaml(&fixtures.join("invalid")) {
            if let Err(d) = errgen::load(&path)
                && d.items.iter().any(|item| SHAPE_RULES.contains(&item.rule))
            {
                args.push(format!("invalid:{}", path.display()));
            }
        }
        assert!(valid > 1 && args.len() > valid, "the schema check found no fixtures: {args:?}");
        run(
            &self.dir,
            Command::new(self.py())
                .arg("schema_check.py")
                .arg(root.join("generated/json/catalog.schema.json"))
                .args(&args),
        );
    }

    /// mypy, with one cache for every run (the standard library's stubs, most of a run's time,
    /// are read once); runs take [`MYPY`] in turn, as mypy's cache has one writer at a time.
    /// `generated/python` of the workspace at `root` installed into the venv, and its sources
    /// under mypy --strict. The caller holds [`INSTALLED`].
    fn install(&self, root: &Path) {
        let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
        let module = errgen::targets::by_name("python").and_then(|t| t.naming()).unwrap().package(&catalog);
        run(&self.dir, self.pip(&["--force-reinstall", "--no-deps"]).arg(root.join("generated/python")));
        let _mypy = MYPY.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        run(root, self.mypy().arg(format!("generated/python/{module}")));
    }

    fn mypy(&self) -> Command {
        let mut cmd = Command::new(self.venv.join("bin/mypy"));
        cmd.arg("--config-file").arg(self.dir.join("pyproject.toml"));
        cmd.arg("--cache-dir").arg(self.venv.join("mypy-cache"));
        cmd
    }

    fn ruff(&self) -> Command {
        let mut cmd = Command::new(self.venv.join("bin/ruff"));
        cmd.arg("check").arg("--config").arg(self.dir.join("pyproject.toml"));
        cmd
    }
}

impl Consumer for Python {
    fn target(&self) -> &'static str {
        "python"
    }

    fn tools(&self) -> &'static [Tool] {
        &[Tool {
            command: "python3",
            version_arg: "--version",
            install: "install Python 3.11+ with venv (apt-get install python3 python3-venv)",
        }]
    }

    /// The generated package installed into the venv as a service installs it (built from
    /// `generated/python`, not imported from there), under mypy --strict and ruff, its sdist
    /// and wheel, the catalog's JSON Schema, and the README's example run against it.
    fn check_package(&self, root: &Path, main: &Path) {
        let python = Venv::new(root, main);
        let _one_at_a_time = INSTALLED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        python.install(root);
        run(root, python.ruff().arg("generated/python"));
        python.check_distribution(&root.join("generated/python"));
        python.check_schema(root);
        // The README's example, run against the installed package.
        let example = readme_example(&root.join("generated/python"), "python");
        let printed = run(&python.dir, Command::new(python.py()).arg("-c").arg(&example));
        assert!(!printed.trim().is_empty(), "the README's example printed nothing");
    }

    /// The service in `tests/python` against the package installed from the workspace at
    /// `root`: mypy --strict, ruff, pytest.
    fn check_service(&self, root: &Path, main: &Path) {
        let python = Venv::new(root, main);
        let _one_at_a_time = INSTALLED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        python.install(root);
        let mypy = MYPY.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        run(root, python.mypy().args(["tests/python/test_consumer.py", "tests/python/dump.py"]));
        drop(mypy);
        run(root, python.ruff().arg("tests/python"));
        // Run from tests/python so the package comes from site-packages, not the source tree.
        run(
            &python.dir,
            Command::new(python.py())
                .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_consumer.py"])
                .env("CATALOG_EXPECTED", expected_json(root)),
        );
    }

    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String {
        let python = Venv::new(main, main);
        let module = fixture.naming().package(&fixture.catalog);
        // The package, and calls of the typed formatting that must type-check or, marked
        // `type: ignore`, must not (mypy --strict reports an ignore that ignores nothing).
        std::fs::write(fixture.dir.join("typed_check.py"), typed_check(fixture)).unwrap();
        let mypy = MYPY.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        run(&fixture.dir, python.mypy().arg(&module).arg("typed_check.py"));
        drop(mypy);
        std::fs::remove_file(fixture.dir.join("typed_check.py")).unwrap();
        run(&fixture.dir, python.ruff().arg(&module));
        // And under ruff's own defaults, as a project without this configuration runs it, with
        // unused `noqa` comments flagged (RUF100): the package is clean for whoever checks it.
        run(
            &fixture.dir,
            Command::new(python.venv.join("bin/ruff"))
                .args(["check", "--isolated", "--extend-select", "RUF100"])
                .arg(&module),
        );
        python.check_distribution(&fixture.dir);
        run(
            &fixture.dir,
            Command::new(python.py())
                .arg(python.dir.join("dump.py"))
                .arg(&module)
                .args(fixture.type_args())
                .env("DUMP_ATTRIBUTES", fixture.attribute_accessors())
                .envs(fixture.dump_env())
                .env("PYTHONPATH", &fixture.dir),
        )
    }

    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String {
        let python = Venv::new(main, main);
        run(
            &fixture.dir,
            Command::new(python.py())
                .arg(python.dir.join("conformance_runner.py"))
                .arg(cases)
                .arg(fixture.naming().package(&fixture.catalog))
                .args(fixture.type_args())
                .env("PYTHONPATH", &fixture.dir),
        )
    }
}

/// Typed uses as a service writes them, for mypy --strict: a pydantic model whose code field
/// takes an unknown code, a problem whose `status` is read with a default; and calls of each
/// namespace's `format_message` for its first code with parameters: one with the keyword
/// arguments it takes, and ones with a wrong type and an unknown name, which must fail.
fn typed_check(fixture: &Fixture) -> String {
    use errgen::catalog::ParamType;
    let naming = fixture.naming();
    let package = naming.package(&fixture.catalog);
    let mut out =
        String::from("\"\"\"Typed formatting, as a service calls it.\"\"\"\n\nfrom pydantic import BaseModel\n");
    for (i, ns) in fixture.catalog.namespaces.iter().enumerate() {
        let (module, ty, error) = (naming.module(&ns.name), naming.type_name(&ns.name), naming.error_type(&ns.name));
        let (bare, unknown) = match ns.code_type {
            errgen::catalog::CodeType::Integer => ("int", super::unknown_code(ns)),
            errgen::catalog::CodeType::String => ("str", format!("{:?}", super::unknown_code(ns))),
        };
        writeln!(
            out,
            "from {package} import {module}\n\n\nclass Body{i}(BaseModel):\n    code: {module}.{ty} | {bare}\n\n\nBody{i}(code={unknown})\nproblem{i}: {module}.{problem} = {module}.{error}({unknown}).to_problem()\nstatus{i}: int = problem{i}.get(\"status\", 404)",
            problem = naming.problem_type(&ns.name),
        )
        .unwrap();
    }
    for ns in &fixture.catalog.namespaces {
        let Some(e) = ns.entries.iter().find(|e| !e.params.is_empty()) else { continue };
        let (module, ty) = (naming.module(&ns.name), naming.type_name(&ns.name));
        let member = format!("{module}.{ty}.{}", naming.constant(&ns.name, &e.symbol));
        let value = |ty: ParamType, right: bool| match (ty, right) {
            (ParamType::String, true) | (ParamType::Int | ParamType::Float, false) => "\"x\"",
            (ParamType::String, false) | (ParamType::Int | ParamType::Float, true) => "1",
        };
        let args =
            |right: bool| e.params.iter().map(|p| format!("{}={}", p.name, value(p.ty, right))).collect::<Vec<_>>();
        let mut misspelled = args(true);
        misspelled[0] = format!("{}_x={}", e.params[0].name, value(e.params[0].ty, true));
        writeln!(
            out,
            "from {package} import {module}\n\n{module}.format_message({member}, \"en\", {})\n{module}.format_message({member}, \"en\", {})  # type: ignore\n{module}.format_message({member}, \"en\", {})  # type: ignore",
            args(true).join(", "),
            args(false).join(", "),
            misspelled.join(", ")
        )
        .unwrap();
    }
    out
}
