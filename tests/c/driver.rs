//! The C consumer's driver, called by the shared harness in `crates/gen/tests/consumers.rs`:
//! every source of a package compiled with `gcc -std=c11` and every warning an error, its header
//! from C++ (`g++ -std=c++17`) calling each function, the CMake project built and installed and
//! found through pkg-config, the README's example, the device service beside this file, and per
//! fixture a conformance runner and a dump program the driver writes from the catalog (C reads
//! no JSON without a library).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use errgen::catalog::{Catalog, Code, CodeType, Namespace, ParamType};
use errgen::escape::c_string;

use super::{Consumer, Fixture, Tool, readme_example, run};

pub struct C;

/// The C compiler's strictest useful settings: every warning of `-Wall -Wextra`, ISO C only,
/// and those that catch what a generator gets wrong (a global without a prototype, a shadowed
/// name, a dropped `const`, an implicit conversion).
const GCC: &[&str] = &[
    "-std=c11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-Wshadow",
    "-Wstrict-prototypes",
    "-Wmissing-prototypes",
    "-Wcast-qual",
    "-Wwrite-strings",
    "-Wconversion",
    "-Wsign-conversion",
    "-Wundef",
];

/// The same from C++.
const GXX: &[&str] = &["-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic", "-Wshadow", "-Wconversion", "-Wundef"];

/// Every `.c` file of the package at `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for sub in ["src", "src/namespaces"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        out.extend(entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "c")));
    }
    out.sort();
    out
}

/// The package at `dir` and `programs` (C sources) compiled into the program `out`, strictly.
fn build(dir: &Path, programs: &[PathBuf], include: &[&Path], out: &Path) {
    let mut gcc = Command::new("gcc");
    gcc.args(GCC).arg("-I").arg(dir.join("include"));
    for folder in include {
        gcc.arg("-I").arg(folder);
    }
    run(dir, gcc.args(sources(dir)).args(programs).arg("-o").arg(out));
}

/// The package's header from C++: a program calling every function of every namespace (and its
/// attributes), linked with the package's objects compiled as C.
fn check_cplusplus(dir: &Path, catalog: &Catalog, work: &Path) {
    let pkg = errgen::targets::by_name("c").and_then(|t| t.naming()).unwrap().package(catalog);
    let mut program = format!("#include \"{pkg}.h\"\n\n#include <cstdio>\n\nint main() {{\n    char buffer[64];\n");
    program.push_str("    std::printf(\"%s %zu\\n\", ");
    let _ = writeln!(program, "{pkg}_resolve_locale(\"en\"), {pkg}_locale_count());");
    let _ = writeln!(
        program,
        "    {pkg}_arg arg = {pkg}_int_arg(\"n\", 1);\n    (void){pkg}_format_arg(&arg, buffer, sizeof buffer);"
    );
    for ns in &catalog.namespaces {
        let p = format!("{pkg}_{}", ns.name);
        let code = code_literal(&ns.entries[0].code);
        let _ = writeln!(
            program,
            "    {{\n        {p}_code code = {code};\n        (void){p}_symbol(code);\n        (void){p}_from_symbol(\"X\", &code);\n        (void){p}_message(code, \"en\");\n        (void){p}_translation(code, \"en\");\n        (void){p}_deprecation(code);\n        (void){p}_format_message(code, \"en\", &arg, 1, buffer, sizeof buffer);\n        (void){p}_format_error(code, nullptr, 0, buffer, sizeof buffer);\n        (void){p}_code_at({p}_count() - 1);\n        (void){p}_retired_at({p}_retired_count());"
        );
        for a in &catalog.attributes {
            let ty = match a.ty {
                errgen::catalog::AttributeType::Int => "int32_t",
                errgen::catalog::AttributeType::Bool => "bool",
                errgen::catalog::AttributeType::String => "const char *",
                errgen::catalog::AttributeType::StringList => "const char *const *",
            };
            let _ = writeln!(program, "        {ty} {0}_value;\n        (void){p}_{0}(code, &{0}_value);", a.name);
        }
        program.push_str("    }\n");
    }
    program.push_str("    return 0;\n}\n");
    let source = work.join("header_check.cpp");
    std::fs::write(&source, program).unwrap();
    let mut objects = Vec::new();
    for (i, c) in sources(dir).iter().enumerate() {
        let object = work.join(format!("object{i}.o"));
        run(
            dir,
            Command::new("gcc").args(GCC).arg("-I").arg(dir.join("include")).arg("-c").arg(c).arg("-o").arg(&object),
        );
        objects.push(object);
    }
    let program = work.join("header_check");
    run(
        dir,
        Command::new("g++")
            .args(GXX)
            .arg("-I")
            .arg(dir.join("include"))
            .arg(&source)
            .args(&objects)
            .arg("-o")
            .arg(&program),
    );
    run(dir, &mut Command::new(&program));
}

/// A code as a C expression.
fn code_literal(code: &Code) -> String {
    match code {
        Code::Int(i32::MIN) => "(-2147483647 - 1)".to_owned(),
        Code::Int(n) => n.to_string(),
        Code::Str(s) => c_string(s, usize::MAX, ""),
    }
}

impl Consumer for C {
    fn target(&self) -> &'static str {
        "c"
    }

    fn tools(&self) -> &'static [Tool] {
        &[
            Tool { command: "gcc", version_arg: "--version", install: "install gcc (apt-get install gcc)" },
            Tool { command: "g++", version_arg: "--version", install: "install g++ (apt-get install g++)" },
            Tool { command: "cmake", version_arg: "--version", install: "install CMake (apt-get install cmake)" },
            Tool {
                command: "pkg-config",
                version_arg: "--version",
                install: "install pkg-config (apt-get install pkgconf)",
            },
        ]
    }

    /// The package as a user takes it: compiled strictly, its header from C++, the CMake project
    /// built and installed, found by pkg-config, and the README's example built with the flags
    /// pkg-config gives and run.
    fn check_package(&self, root: &Path, _main: &Path) {
        let dir = root.join("generated/c");
        let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
        let work = tempfile::tempdir().unwrap();
        check_cplusplus(&dir, &catalog, work.path());
        let build = work.path().join("build");
        let prefix = work.path().join("prefix");
        run(
            &dir,
            Command::new("cmake")
                .arg("-S")
                .arg(&dir)
                .arg("-B")
                .arg(&build)
                .arg("-DCMAKE_C_FLAGS=-Wall -Wextra -Werror -pedantic")
                .arg(format!("-DCMAKE_INSTALL_PREFIX={}", prefix.display())),
        );
        run(&dir, Command::new("cmake").arg("--build").arg(&build));
        run(&dir, Command::new("cmake").arg("--install").arg(&build));
        let pkg = errgen::targets::by_name("c").and_then(|t| t.naming()).unwrap().package(&catalog);
        let pc_path = std::fs::read_dir(&prefix)
            .unwrap()
            .map(|e| e.unwrap().path().join("pkgconfig"))
            .chain([prefix.join("lib/pkgconfig")])
            .chain(
                std::fs::read_dir(prefix.join("lib"))
                    .into_iter()
                    .flatten()
                    .map(|e| e.unwrap().path().join("pkgconfig")),
            )
            .find(|p| p.join(format!("{pkg}.pc")).is_file())
            .unwrap_or_else(|| panic!("cmake --install wrote no {pkg}.pc under {}", prefix.display()));
        let flags =
            run(&dir, Command::new("pkg-config").args(["--cflags", "--libs", &pkg]).env("PKG_CONFIG_PATH", &pc_path));
        let example = work.path().join("readme_example.c");
        std::fs::write(&example, readme_example(&dir, "c")).unwrap();
        let program = work.path().join("readme_example");
        run(&dir, Command::new("gcc").args(GCC).arg(&example).args(flags.split_whitespace()).arg("-o").arg(&program));
        let printed = run(&dir, &mut Command::new(&program));
        assert!(!printed.trim().is_empty(), "the README's example printed nothing");
    }

    /// The device service in `tests/c`, built with the package's sources and run.
    fn check_service(&self, root: &Path, _main: &Path) {
        let dir = root.join("generated/c");
        let work = tempfile::tempdir().unwrap();
        let program = work.path().join("service");
        build(&dir, &[root.join("tests/c/service.c")], &[], &program);
        run(&dir, &mut Command::new(&program));
    }

    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String {
        let cases: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(cases).unwrap()).unwrap();
        let work = tempfile::tempdir().unwrap();
        let runner = work.path().join("runner.c");
        std::fs::write(&runner, runner_program(fixture, &cases)).unwrap();
        let program = work.path().join("runner");
        build(&fixture.dir, &[runner], &[&main.join("tests/c")], &program);
        run(&fixture.dir, &mut Command::new(&program))
    }

    fn dump_fixture(&self, fixture: &Fixture, _main: &Path) -> String {
        let work = tempfile::tempdir().unwrap();
        check_cplusplus(&fixture.dir, &fixture.catalog, work.path());
        let dump = work.path().join("dump.c");
        std::fs::write(&dump, dump_program(fixture)).unwrap();
        let program = work.path().join("dump");
        build(&fixture.dir, &[dump], &[], &program);
        run(&fixture.dir, &mut Command::new(&program))
    }
}

/// The package's prefix of functions.
fn prefix(fixture: &Fixture) -> String {
    fixture.naming().package(&fixture.catalog)
}

/// An argument of a case as a static initializer of the package's argument type: a JSON string
/// is text, an integer an int, any other number a float (its JSON text is a C literal too).
fn argument(pkg: &str, name: &str, value: &serde_json::Value) -> String {
    let upper = pkg.to_ascii_uppercase();
    let name = c_string(name, usize::MAX, "");
    match value {
        serde_json::Value::String(s) => {
            format!("{{{name}, {upper}_ARG_TEXT, {}, 0, 0.0}}", c_string(s, usize::MAX, ""))
        }
        serde_json::Value::Number(n) if n.is_i64() => format!("{{{name}, {upper}_ARG_INT, NULL, INT64_C({n}), 0.0}}"),
        other => format!("{{{name}, {upper}_ARG_FLOAT, NULL, 0, {other}}}"),
    }
}

/// A case's code as a C expression of its namespace's type.
fn case_code(ns: &Namespace, code: &serde_json::Value) -> String {
    match ns.code_type {
        CodeType::Integer => code_literal(&Code::Int(i32::try_from(code.as_i64().unwrap()).unwrap())),
        CodeType::String => c_string(code.as_str().unwrap(), usize::MAX, ""),
    }
}

/// `runner.c`: the cases as tables, one per namespace and operation, each performed in a loop
/// with the fixture package's functions (a function of thousands of calls takes the compiler
/// long).
fn runner_program(fixture: &Fixture, cases: &[serde_json::Value]) -> String {
    let pkg = prefix(fixture);
    let mut tables = String::new();
    let mut body = String::new();
    let mut args: Vec<String> = Vec::new();
    for (k, ns) in fixture.catalog.namespaces.iter().enumerate() {
        let p = format!("{pkg}_{}", ns.name);
        let of = |op: &'static str| cases.iter().filter(move |c| c["op"] == op && c["ns"] == ns.name.as_str());
        let mut table = |name: &str, fields: &str, rows: Vec<String>, each: &str| {
            if rows.is_empty() {
                return;
            }
            let _ = writeln!(
                tables,
                "static const struct {{\n    {fields}\n}} ns{k}{name}[] = {{\n    {},\n}};\n",
                rows.join(",\n    ")
            );
            let _ = writeln!(
                body,
                "    for (i = 0; i < sizeof ns{k}{name} / sizeof ns{k}{name}[0]; i++) {{\n        {}\n    }}",
                each.replace("CASE", &format!("ns{k}{name}[i]"))
            );
        };
        let id = |c: &serde_json::Value| c["id"].as_u64().unwrap();
        let text = |c: &serde_json::Value, key: &str| c_string(c[key].as_str().unwrap(), usize::MAX, "");
        table(
            "Symbol",
            &format!("int id;\n    {p}_code code;"),
            of("symbol").map(|c| format!("{{{}, {}}}", id(c), case_code(ns, &c["code"]))).collect(),
            &format!("answerText(CASE.id, {p}_symbol(CASE.code));"),
        );
        table(
            "Message",
            &format!("int id;\n    {p}_code code;\n    const char *locale;"),
            of("message")
                .map(|c| format!("{{{}, {}, {}}}", id(c), case_code(ns, &c["code"]), text(c, "locale")))
                .collect(),
            &format!("answerText(CASE.id, {p}_message(CASE.code, CASE.locale));"),
        );
        let answer = match ns.code_type {
            CodeType::Integer => "answerInt(CASE.id, (long)code)",
            CodeType::String => "answerText(CASE.id, code)",
        };
        table(
            "FromSymbol",
            "int id;\n    const char *symbol;",
            of("from_symbol").map(|c| format!("{{{}, {}}}", id(c), text(c, "symbol"))).collect(),
            &format!(
                "{p}_code code;\n        if ({p}_from_symbol(CASE.symbol, &code)) {{\n            {answer};\n        }} else {{\n            answerNull(CASE.id);\n        }}"
            ),
        );
        // error_text, and error_message with its locale: the arguments are a slice of `args`.
        let rows = of("error_text")
            .chain(of("error_message"))
            .map(|c| {
                let first = args.len();
                for (name, value) in c["args"].as_object().unwrap() {
                    args.push(argument(&pkg, name, value));
                }
                let locale = if c["op"] == "error_message" { text(c, "locale") } else { "NULL".to_owned() };
                format!("{{{}, {}, {locale}, {first}, {}}}", id(c), case_code(ns, &c["code"]), args.len() - first)
            })
            .collect();
        table(
            "Error",
            &format!("int id;\n    {p}_code code;\n    const char *locale;\n    size_t first;\n    size_t count;"),
            rows,
            &format!(
                "if (CASE.locale == NULL) {{\n            WRITTEN(CASE.id, {p}_format_error(CASE.code, args + CASE.first, CASE.count, buffer, size));\n        }} else {{\n            WRITTEN(CASE.id, {p}_format_message(CASE.code, CASE.locale, args + CASE.first, CASE.count, buffer, size));\n        }}"
            ),
        );
    }
    for c in cases.iter().filter(|c| c["op"] == "number") {
        let value = c["value"].as_str().unwrap();
        let arg = match value.split_once(':') {
            Some(("i", n)) => format!("{pkg}_int_arg(\"n\", INT64_C({n}))"),
            Some(("f", x)) => format!("{pkg}_float_arg(\"n\", strtod(\"{x}\", NULL))"),
            _ => panic!("a number case of no kind: {value}"),
        };
        let _ = writeln!(
            body,
            "    {{\n        {pkg}_arg arg = {arg};\n        WRITTEN({}, {pkg}_format_arg(&arg, buffer, size));\n    }}",
            c["id"]
        );
    }
    if let Some(other) = cases
        .iter()
        .map(|c| c["op"].as_str().unwrap())
        .find(|op| !["symbol", "message", "from_symbol", "error_text", "error_message", "number"].contains(op))
    {
        panic!("C declares no feature with operation {other}");
    }
    if args.is_empty() {
        args.push(format!("{{NULL, {}_ARG_TEXT, NULL, 0, 0.0}}", pkg.to_ascii_uppercase()));
    }
    format!(
        "#include \"{pkg}.h\"\n#include \"conformance_runner.h\"\n\nstatic const {pkg}_arg args[] = {{\n    {},\n}};\n\n{tables}int main(void) {{\n    size_t i;\n    (void)i;\n{body}    return 0;\n}}\n",
        args.join(",\n    ")
    )
}

/// `dump.c`: what the package knows of each namespace, iterating its own lists, in the lines of
/// `tests/typescript/dump.mjs`. Aliases are read through their constants and printed as the
/// naming names them; the typed arguments are the harness's ([`super::typed_argument`]).
fn dump_program(fixture: &Fixture) -> String {
    let pkg = prefix(fixture);
    let upper = pkg.to_ascii_uppercase();
    let catalog = &fixture.catalog;
    let naming = fixture.naming();
    let mut out = format!(
        "#include \"{pkg}.h\"\n\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic void hex(const char *s) {{\n    const unsigned char *p;\n    for (p = (const unsigned char *)s; *p != 0; p++) {{\n        printf(\"%02x\", *p);\n    }}\n}}\n\nstatic void fail(const char *what) {{\n    fprintf(stderr, \"%s\\n\", what);\n    exit(1);\n}}\n\nint main(void) {{\n    size_t i;\n    size_t l;\n    static char buffer[1 << 20];\n    (void)buffer;\n    if ({pkg}_locale_count() != {}) {{\n        fail(\"locale count\");\n    }}\n",
        catalog.locales.len()
    );
    for ns in &catalog.namespaces {
        let p = format!("{pkg}_{}", ns.name);
        let (code_format, code_value) = match ns.code_type {
            CodeType::Integer => ("%ld", "(long)code"),
            CodeType::String => ("%s", "code"),
        };
        let name = &ns.name;
        let _ = writeln!(
            out,
            "    for (i = 0; i < {p}_count(); i++) {{\n        {p}_code code = {p}_code_at(i);\n        const char *symbol = {p}_symbol(code);\n        const char *deprecation = {p}_deprecation(code);\n        for (l = 0; l < {pkg}_locale_count(); l++) {{\n            const char *locale = {pkg}_locale_at(l);\n            printf(\"{name}\\t{code_format}\\t%s\\t%s\\t\", {code_value}, locale, symbol);\n            hex({p}_message(code, locale));\n            printf(\"\\n\");\n            if ({p}_translation(code, locale) == NULL) {{\n                printf(\"untranslated\\t{name}\\t{code_format}\\t%s\\n\", {code_value}, locale);\n            }}\n        }}\n        if (deprecation != NULL) {{\n            printf(\"deprecated\\t{name}\\t{code_format}\\t\", {code_value});\n            hex(deprecation);\n            printf(\"\\n\");\n        }}"
        );
        for a in &catalog.attributes {
            let accessor = naming.attribute(&a.name);
            let head = format!("printf(\"attr\\t{name}\\t{code_format}\\t{accessor}\\t");
            let print = match a.ty {
                errgen::catalog::AttributeType::Int => format!(
                    "int32_t value;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}i:%ld\\n\", {code_value}, (long)value);"
                ),
                errgen::catalog::AttributeType::Bool => format!(
                    "bool value;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}b:%s\\n\", {code_value}, value ? \"true\" : \"false\");"
                ),
                errgen::catalog::AttributeType::String => format!(
                    "const char *value;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}s:\", {code_value});\n            hex(value);\n            printf(\"\\n\");"
                ),
                errgen::catalog::AttributeType::StringList => format!(
                    "const char *const *value;\n            size_t k;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}l:\", {code_value});\n            for (k = 0; value[k] != NULL; k++) {{\n                if (k > 0) printf(\",\");\n                hex(value[k]);\n            }}\n            printf(\"\\n\");"
                ),
            };
            let _ = writeln!(out, "        {{\n            {print}\n        }}");
        }
        out.push_str("    }\n");
        for e in ns.entries.iter().filter(|e| !e.params.is_empty()) {
            let args: Vec<String> = e
                .params
                .iter()
                .map(|param| {
                    let name = c_string(&param.name, usize::MAX, "");
                    match param.ty {
                        ParamType::String => format!(
                            "{pkg}_text_arg({name}, {})",
                            c_string(&super::typed_argument(param), usize::MAX, "")
                        ),
                        ParamType::Int => format!("{pkg}_int_arg({name}, INT64_C({}))", super::TYPED_INT),
                        ParamType::Float => format!("{pkg}_float_arg({name}, {:?})", super::TYPED_FLOAT),
                    }
                })
                .collect();
            let code = code_literal(&e.code);
            let _ = writeln!(
                out,
                "    {{\n        const {pkg}_arg args[] = {{{}}};\n        {p}_code code = {code};\n        for (l = 0; l < {pkg}_locale_count(); l++) {{\n            const char *locale = {pkg}_locale_at(l);\n            if ({p}_format_message(code, locale, args, {}, buffer, sizeof buffer) >= sizeof buffer) fail(\"a typed message past the buffer\");\n            printf(\"typed\\t{name}\\t{code_format}\\t%s\\t\", {code_value}, locale);\n            hex(buffer);\n            printf(\"\\n\");\n        }}\n    }}",
                args.join(", "),
                args.len()
            );
        }
        for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
            let constant = naming.constant(name, alias);
            let _ = writeln!(
                out,
                "    {{\n        {p}_code code = {upper}_{constant};\n        {p}_code found;\n        if (!{p}_from_symbol({}, &found) || {}) fail(\"alias {alias}\");\n        printf(\"alias\\t{name}\\t{constant}\\t{code_format}\\n\", {code_value});\n    }}",
                c_string(alias, usize::MAX, ""),
                match ns.code_type {
                    CodeType::Integer => "found != code".to_owned(),
                    CodeType::String => "strcmp(found, code) != 0".to_owned(),
                }
            );
        }
        let unknown = super::unknown_code(ns);
        let unknown_code = match ns.code_type {
            CodeType::Integer => Code::Int(unknown.parse().unwrap()),
            CodeType::String => Code::Str(unknown.clone()),
        };
        let _ = writeln!(
            out,
            "    {{\n        {p}_code code = {};\n        if ({p}_symbol(code) != NULL || {p}_message(code, NULL) != NULL) fail(\"unknown code known\");\n        printf(\"unknown\\t{name}\\t{code_format}\\n\", {code_value});\n    }}\n    for (i = 0; i < {p}_retired_count(); i++) {{\n        {p}_code code = {p}_retired_at(i);\n        if ({p}_symbol(code) != NULL) fail(\"retired code known\");\n        printf(\"retired\\t{name}\\t{code_format}\\n\", {code_value});\n    }}",
            code_literal(&unknown_code)
        );
    }
    out.push_str("    return 0;\n}\n");
    out
}
