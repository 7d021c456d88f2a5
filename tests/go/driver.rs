//! The Go consumer's driver, called by the shared harness in `crates/gen/tests/consumers.rs`:
//! gofmt, `go vet` and the pinned staticcheck on the generated module and on the consumer beside
//! this file (which requires the module by path and replaces it with the folder), `go test`, and
//! a dump program per fixture.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Consumer, Fixture, Tool, expected_json, readme_example, run};

pub struct Go;

/// staticcheck, pinned; `go install`ed from the Go module proxy into the workspace's target folder.
const STATICCHECK: &str = "honnef.co/go/tools/cmd/staticcheck@v0.8.2";

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
fn check_module(dir: &Path, staticcheck: &Path) {
    let unformatted = run(dir, Command::new("gofmt").args(["-l", "."]));
    assert!(unformatted.trim().is_empty(), "not gofmt-clean in {}: {unformatted}", dir.display());
    run(dir, Command::new("go").args(["vet", "./..."]));
    run(dir, Command::new(staticcheck).arg("./..."));
}

impl Consumer for Go {
    fn target(&self) -> &'static str {
        "go"
    }

    /// `go version`, not `--version`, which exits 2.
    fn tools(&self) -> &'static [Tool] {
        &[
            Tool { command: "go", version_arg: "version", install: "install Go 1.21+ (apt-get install golang-go)" },
            Tool { command: "gofmt", version_arg: "-h", install: "install Go 1.21+ with gofmt" },
        ]
    }

    /// The generated module under gofmt, `go vet` and staticcheck, and the README's example run.
    fn check_package(&self, root: &Path, main: &Path) {
        check_module(&root.join("generated/go"), &staticcheck(main));
        // The README's example as a reader's `main`, in a package of the consumer's module (which
        // builds that package alone: the service's tests are not compiled).
        let example = readme_example(&root.join("generated/go"), "go");
        let (imports, body): (Vec<&str>, Vec<&str>) = example.lines().partition(|l| l.starts_with("import "));
        let dir = root.join("tests/go/readmeexample");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("main.go"),
            format!(
                "package main\n\nimport \"fmt\"\n{}\n\nfunc main() {{\n{}\n}}\n",
                imports.join("\n"),
                body.join("\n")
            ),
        )
        .unwrap();
        let printed = run(&root.join("tests/go"), Command::new("go").args(["run", "./readmeexample"]));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!printed.trim().is_empty(), "the README's example printed nothing");
    }

    /// The service in `tests/go` under the same checks, and its tests.
    fn check_service(&self, root: &Path, main: &Path) {
        check_module(&root.join("tests/go"), &staticcheck(main));
        run(
            &root.join("tests/go"),
            Command::new("go").args(["test", "-count=1", "./..."]).env("CATALOG_EXPECTED", expected_json(root)),
        );
    }

    /// `testdata/conformance/main.go` in a module of its own that replaces the fixture's module
    /// with its folder, beside a `namespaces.go` naming the fixture's types, under the same
    /// checks as the package, then run over the cases.
    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String {
        let module = fixture.catalog.setting("go", "module").unwrap_or(&fixture.catalog.package).to_owned();
        let dir = fixture.dir.with_file_name("go-conformance");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("go.mod"),
            format!(
                "module conformance\n\ngo 1.21\n\nrequire {module} v0.0.0\n\nreplace {module} => {}\n",
                fixture.dir.display()
            ),
        )
        .unwrap();
        std::fs::copy(main.join("tests/go/testdata/conformance/main.go"), dir.join("main.go")).unwrap();
        std::fs::write(dir.join("namespaces.go"), runner_namespaces(fixture, &module)).unwrap();
        // Written here, laid out by gofmt: the checks below are for the runner and the package.
        run(&dir, Command::new("gofmt").args(["-w", "namespaces.go"]));
        check_module(&dir, &staticcheck(main));
        let out = run(&dir, Command::new("go").args(["run", "."]).arg(cases));
        std::fs::remove_dir_all(&dir).unwrap();
        out
    }

    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String {
        check_module(&fixture.dir, &staticcheck(main));
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
        let mut main = format!(
            "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"strings\"\n\n\tpkg \"{module}\"\n)\n\nfunc main() {{\n"
        );
        for ns in &fixture.catalog.namespaces {
            let naming = fixture.naming();
            let name = &ns.name;
            let attrs = attribute_lines(fixture, name);
            let ty = naming.type_name(name);
            let error = naming.error_type(name);
            let problem = naming.problem_type(name);
            let unknown = match ns.code_type {
                errgen::catalog::CodeType::Integer => super::unknown_code(ns),
                errgen::catalog::CodeType::String => format!("{:?}", super::unknown_code(ns)),
            };
            let (codes, retired) = (naming.function(name, "codes"), naming.function(name, "retired_codes"));
            let formats = round_trip_lines(&error, &problem);
            write!(
                main,
                "\tfor _, c := range pkg.{codes}() {{
\t\tsymbol, _ := c.Symbol()
\t\tfor _, l := range pkg.Locales() {{
\t\t\tm, _ := c.Message(l)
\t\t\tfmt.Printf(\"{name}\\t%v\\t%s\\t%s\\t%x\\n\", c.Code(), l.Tag(), symbol, m)
\t\t\tif _, ok := c.Translation(l); !ok {{
\t\t\t\tfmt.Printf(\"untranslated\\t{name}\\t%v\\t%s\\n\", c.Code(), l.Tag())
\t\t\t}}
\t\t}}
\t\tproblem := (&pkg.{error}{{Code: c}}).Problem(pkg.DefaultLocale)
\t\traw, _ := json.Marshal(problem)
\t\tvar back pkg.{problem}
\t\tif err := json.Unmarshal(raw, &back); err != nil || back.Err().Code != c {{
\t\t\tpanic(\"a problem did not come back\")
\t\t}}
{formats}{attrs}\t\tif note, ok := c.Deprecation(); ok {{
\t\t\tfmt.Printf(\"deprecated\\t{name}\\t%v\\t%x\\n\", c.Code(), note)
\t\t}}
\t}}
\tfor _, r := range pkg.{retired}() {{
\t\tif r.IsKnown() {{
\t\t\tpanic(\"a retired code is known\")
\t\t}}
\t\tfmt.Printf(\"retired\\t{name}\\t%v\\n\", r.Code())
\t}}
\tif u := pkg.{ty}({unknown}); u.IsKnown() {{
\t\tpanic(\"an unknown code is known\")
\t}} else {{
\t\tfmt.Printf(\"unknown\\t{name}\\t%v\\n\", u.Code())
\t}}
"
            )
            .unwrap();
            for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
                let constant = naming.constant(name, alias);
                writeln!(main, "\tfmt.Printf(\"alias\\t{name}\\t{constant}\\t%v\\n\", pkg.{constant}.Code())").unwrap();
            }
            main.push_str(&typed_lines(fixture, ns));
        }
        main.push_str("}\n\nfunc hexList(items []string) string {\n\tout := make([]string, len(items))\n\tfor i, s := range items {\n\t\tout[i] = fmt.Sprintf(\"%x\", s)\n\t}\n\treturn strings.Join(out, \",\")\n}\n");
        std::fs::write(dump.join("main.go"), main).unwrap();
        // Codes print through `Code()`: `%v` of a code type itself would call `String()`.
        let out = run(&dump, Command::new("go").args(["run", "."]).envs(fixture.dump_env()));
        std::fs::remove_dir_all(&dump).unwrap();
        out
    }
}

/// The conformance runner's `namespaces.go` for a fixture: each namespace's types and functions,
/// as the package `module` names them, for the runner's generic `namespace`.
fn runner_namespaces(fixture: &Fixture, module: &str) -> String {
    let naming = fixture.naming();
    let mut out = format!(
        "package main\n\nimport pkg \"{module}\"\n\nfunc formatInt(n int64) string {{ return pkg.FormatInt(n) }}\n\nfunc formatFloat(x float64) string {{ return pkg.FormatFloat(x) }}\n\nvar namespaces = map[string]func(testCase) (any, error){{\n"
    );
    for ns in &fixture.catalog.namespaces {
        let (ty, error, problem) =
            (naming.type_name(&ns.name), naming.error_type(&ns.name), naming.problem_type(&ns.name));
        let from_symbol = naming.function(&ns.name, "code_from_symbol");
        let underlying = match ns.code_type {
            errgen::catalog::CodeType::Integer => "int32",
            errgen::catalog::CodeType::String => "string",
        };
        write!(
            out,
            "\t{:?}: namespace[pkg.{ty}, {underlying}](\n\t\tfunc(c pkg.{ty}, a map[string]string) *pkg.{error} {{ return &pkg.{error}{{Code: c, Arguments: a}} }},\n\t\tpkg.{from_symbol}, pkg.ResolveLocale, pkg.DefaultLocale,\n\t\tfunc(p pkg.{problem}) *pkg.{error} {{ return p.Err() }},\n\t\tformatInt, formatFloat,\n\t),\n",
            ns.name
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

/// The dump's lines for each attribute of a code `c`, typed by the attribute: `attr NS CODE
/// ACCESSOR VALUE` as the harness expects them.
fn attribute_lines(fixture: &Fixture, name: &str) -> String {
    let naming = fixture.naming();
    fixture
        .catalog
        .attributes
        .iter()
        .map(|a| {
            let accessor = naming.attribute(&a.name);
            let (verb, arg) = match a.ty {
                errgen::catalog::AttributeType::Int => ("i:%d", "v"),
                errgen::catalog::AttributeType::Bool => ("b:%t", "v"),
                errgen::catalog::AttributeType::String => ("s:%x", "v"),
                errgen::catalog::AttributeType::StringList => ("l:%s", "hexList(v)"),
            };
            format!(
                "\t\tif v, ok := c.{accessor}(); ok {{\n\t\t\tfmt.Printf(\"attr\\t{name}\\t%v\\t{accessor}\\t{verb}\\n\", c.Code(), {arg})\n\t\t}}\n"
            )
        })
        .collect::<Vec<_>>()
        .concat()
}

/// The dump's lines for a code `c` with parameters: an error with an argument for each, whose
/// message in every locale survives a JSON round trip of its problem details (asserted; the
/// conformance suite compares the messages).
fn round_trip_lines(error: &str, problem: &str) -> String {
    format!(
        "\t\tif names := c.Params(); len(names) > 0 {{
\t\t\targs := map[string]string{{}}
\t\t\tfor _, n := range names {{
\t\t\t\targs[n] = \"<\" + n + \"> \\\"q\\\" 'q' {{x}} }}{{\\n\"
\t\t\t}}
\t\t\terr := &pkg.{error}{{Code: c, Arguments: args}}
\t\t\traw, _ := json.Marshal(err.Problem(pkg.DefaultLocale))
\t\t\tvar carried pkg.{problem}
\t\t\tif json.Unmarshal(raw, &carried) != nil {{
\t\t\t\tpanic(\"a problem with arguments did not come back\")
\t\t\t}}
\t\t\tfor _, l := range pkg.Locales() {{
\t\t\t\tif carried.Err().Message(l) != err.Message(l) {{
\t\t\t\t\tpanic(\"arguments lost in a problem\")
\t\t\t\t}}
\t\t\t}}
\t\t}}\n"
    )
}

/// The dump's lines that make an error of each code with parameters through its typed
/// constructor, with typed arguments, and print its message in every locale.
fn typed_lines(fixture: &Fixture, ns: &errgen::catalog::Namespace) -> String {
    let naming = fixture.naming();
    ns.entries
        .iter()
        .filter(|e| !e.params.is_empty())
        .map(|e| {
            let constructor = naming.constructor(&ns.name, &e.symbol).expect("Go names a constructor per code");
            let args: Vec<String> = e.params.iter().map(super::typed_literal).collect();
            format!(
                "\tfor _, l := range pkg.Locales() {{\n\t\tfmt.Printf(\"typed\\t{}\\t{}\\t%s\\t%x\\n\", l.Tag(), pkg.{constructor}({}).Message(l))\n\t}}\n",
                ns.name,
                e.code,
                args.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .concat()
}
