//! The C consumer's driver, called by the shared harness in `crates/gen/tests/consumers.rs`:
//! every source of a package compiled with `gcc -std=c11` and every warning an error, its header
//! from C++ (`g++ -std=c++17`) calling each function, the CMake project built and installed and
//! found through pkg-config, the README's example, the device service beside this file, and per
//! fixture a conformance runner and a dump program the driver writes from the catalog (C reads
//! no JSON without a library).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use errgen::catalog::{Catalog, Code};
use errgen::escape::c_string;

use super::{Consumer, Fixture, Tool, readme_example, run};

pub struct C;

/// The conformance runner and the dump program the driver writes per fixture.
#[path = "programs.rs"]
mod programs;
use programs::{dump_program, runner_program};

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
