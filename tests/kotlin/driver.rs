//! The Kotlin consumer's driver, called by the shared harness in `crates/gen/tests/consumers.rs`:
//! the generated Maven module built as it is published (the Kotlin Maven plugin, warnings as
//! errors, explicit API mode) with the README's example compiled against it and run; the service
//! beside this file (`JUnit`, `kotlinx.serialization` with its compiler plugin) in a reactor with the
//! seed catalog's module; and every fixture's sources compiled in one Kotlin compilation with,
//! per fixture, a `main` (written here) that runs the conformance cases and dumps what the
//! package knows.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use errgen::catalog::{AttributeType, CodeType, ParamType};

use super::{Consumer, Fixture, Tool, expected_json, readme_example, run};

pub struct Kotlin;

/// The Kotlin version the fixtures and the README example compile with: the generated pom's.
const KOTLIN_VERSION: &str = "2.3.21";

/// A Maven project compiling `sources` (folders) with the Kotlin plugin, warnings as errors;
/// `dependencies` are `<dependency>` elements.
fn project_pom(name: &str, sources: &[PathBuf], dependencies: &str) -> String {
    let dirs = sources.iter().fold(String::new(), |mut out, d| {
        let _ = writeln!(out, "            <sourceDir>{}</sourceDir>", d.display());
        out
    });
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>consumer</groupId>
  <artifactId>{name}</artifactId>
  <version>0</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies>
    <dependency><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-stdlib</artifactId><version>{KOTLIN_VERSION}</version></dependency>
{dependencies}
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>{KOTLIN_VERSION}</version>
        <executions><execution><id>compile</id><goals><goal>compile</goal></goals></execution></executions>
        <configuration>
          <jvmTarget>17</jvmTarget>
          <args><arg>-Werror</arg></args>
          <sourceDirs>
{dirs}          </sourceDirs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
"#
    )
}

/// The class path of the Maven project at `dir` (its dependencies, as Maven resolves them).
fn class_path(dir: &Path) -> String {
    let file = dir.join("classpath.txt");
    run(
        dir,
        Command::new("mvn")
            .args(["-B", "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath"])
            .arg(format!("-Dmdep.outputFile={}", file.display())),
    );
    std::fs::read_to_string(file).unwrap()
}

/// Where [`Kotlin::check_fixtures`] compiled the fixtures and their mains, and their class path.
static FIXTURES: std::sync::Mutex<Option<(PathBuf, String)>> = std::sync::Mutex::new(None);

impl Consumer for Kotlin {
    fn target(&self) -> &'static str {
        "kotlin"
    }

    fn tools(&self) -> &'static [Tool] {
        &[
            Tool {
                command: "mvn",
                version_arg: "--version",
                install: "install Maven and a JDK 17 (apt-get install maven openjdk-17-jdk-headless)",
            },
            Tool { command: "java", version_arg: "--version", install: "install a JDK 17" },
        ]
    }

    /// The module as published (its pom compiles with `-Werror` and explicit API mode), and the
    /// README's example compiled against it and run.
    fn check_package(&self, root: &Path, _main: &Path) {
        let package = root.join("generated/kotlin");
        run(&package, Command::new("mvn").args(["-B", "-q", "package"]));
        let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
        let jar = package.join(format!("target/{}-{}.jar", catalog.package, catalog.version));
        assert!(jar.is_file(), "mvn package made no {}", jar.display());
        let work = tempfile::tempdir().unwrap();
        let src = work.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(src.join("ReadmeExample.kt"), readme_example(&package, "kotlin")).unwrap();
        let dependency = format!(
            "    <dependency><groupId>local</groupId><artifactId>package</artifactId><version>0</version><scope>system</scope><systemPath>{}</systemPath></dependency>",
            jar.display()
        );
        std::fs::write(work.path().join("pom.xml"), project_pom("readme-example", &[src], &dependency)).unwrap();
        run(work.path(), Command::new("mvn").args(["-B", "-q", "compile"]));
        let classes = format!("{}:{}", work.path().join("target/classes").display(), class_path(work.path()));
        let printed = run(work.path(), Command::new("java").args(["-cp", &classes, "ReadmeExampleKt"]));
        assert!(!printed.trim().is_empty(), "the README's example printed nothing");
    }

    /// The reactor of `tests/kotlin`: the seed catalog's module and the service, then its tests.
    fn check_service(&self, root: &Path, _main: &Path) {
        let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
        let group = errgen::targets::by_name("kotlin").and_then(|t| t.naming()).unwrap().package(&catalog);
        run(
            &root.join("tests/kotlin"),
            Command::new("mvn")
                .args(["-B", "-q", "test"])
                .arg(format!("-Dcatalog.group={group}"))
                .arg(format!("-Dcatalog.artifact={}", catalog.package))
                .arg(format!("-Dcatalog.version={}", catalog.version))
                .env("CATALOG_EXPECTED", expected_json(root)),
        );
    }

    /// Every fixture's sources, the shared conformance runner and a `main` per fixture in one
    /// compilation with warnings as errors and explicit API mode for the packages.
    fn check_fixtures(&self, fixtures: &[Fixture], main: &Path) {
        if fixtures.is_empty() {
            return;
        }
        let work = main.join("target/kotlin-fixtures");
        let _ = std::fs::remove_dir_all(&work);
        let glue = work.join("glue");
        std::fs::create_dir_all(&glue).unwrap();
        std::fs::copy(main.join("tests/kotlin/conformance/Runner.kt"), glue.join("Runner.kt")).unwrap();
        let mut sources = vec![glue.clone()];
        for fixture in fixtures {
            std::fs::write(glue.join(format!("{}.kt", main_class(fixture))), fixture_main(fixture)).unwrap();
            sources.push(fixture.dir.join("src/main/kotlin"));
        }
        let dependency = "    <dependency><groupId>org.jetbrains.kotlinx</groupId><artifactId>kotlinx-serialization-json-jvm</artifactId><version>1.9.0</version></dependency>";
        std::fs::write(work.join("pom.xml"), project_pom("kotlin-fixtures", &sources, dependency)).unwrap();
        run(&work, Command::new("mvn").args(["-B", "-q", "compile"]));
        // The packages alone in explicit API mode (the mains are not an API): a second
        // compilation, of the fixtures only, is what a user's build of each package does.
        let strict = work.join("strict");
        std::fs::create_dir_all(&strict).unwrap();
        let pom = project_pom("kotlin-fixtures-strict", &sources[1..], dependency)
            .replace("<arg>-Werror</arg>", "<arg>-Werror</arg><arg>-Xexplicit-api=strict</arg>");
        std::fs::write(strict.join("pom.xml"), pom).unwrap();
        run(&strict, Command::new("mvn").args(["-B", "-q", "compile"]));
        let classes = format!("{}:{}", work.join("target/classes").display(), class_path(&work));
        *FIXTURES.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some((work, classes));
    }

    fn conformance(&self, fixture: &Fixture, cases: &Path, _main: &Path) -> String {
        let (work, classes) = compiled();
        run(&work, Command::new("java").args(["-cp", &classes, &main_name(fixture)]).arg(cases))
    }

    fn dump_fixture(&self, fixture: &Fixture, _main: &Path) -> String {
        let (work, classes) = compiled();
        run(&work, Command::new("java").args(["-cp", &classes, &main_name(fixture), "dump"]))
    }
}

fn compiled() -> (PathBuf, String) {
    FIXTURES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
        .expect("check_fixtures compiled the fixtures")
}

/// The file and class of a fixture's `main`: `Fixture_long_text`.
fn main_class(fixture: &Fixture) -> String {
    format!("Fixture_{}", fixture.name.replace('-', "_"))
}

/// The class of a fixture's `main`, in a package of its own (`conformance.fixture_grpc`).
fn main_name(fixture: &Fixture) -> String {
    let class = main_class(fixture);
    format!("conformance.{}.{class}Kt", class.to_lowercase())
}

/// A Kotlin string literal of `s`.
fn literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' | '$' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
    out
}

/// The fixture's `main`: `main(cases.json)` runs the conformance cases through its namespaces;
/// `main("dump")` prints what the package knows, in the lines of `tests/typescript/dump.mjs`.
fn fixture_main(fixture: &Fixture) -> String {
    let catalog = &fixture.catalog;
    let naming = fixture.naming();
    let pkg = naming.package(catalog);
    let class = main_class(fixture);
    let package = class.to_lowercase();
    let mut out = format!(
        "package conformance.{package}\n\nimport conformance.CaseError\nimport conformance.Namespace\nimport conformance.run\nimport conformance.runnerFormatDouble\nimport conformance.runnerFormatLong\nimport kotlinx.serialization.json.Json\nimport kotlinx.serialization.json.JsonElement\nimport kotlinx.serialization.json.JsonNull\nimport kotlinx.serialization.json.JsonPrimitive\n\nprivate fun hex{class}(s: String): String = s.toByteArray(Charsets.UTF_8).joinToString(\"\") {{ \"%02x\".format(it) }}\n\n"
    );
    let mut map = Vec::new();
    let mut dump = String::new();
    for (k, ns) in catalog.namespaces.iter().enumerate() {
        let ty = format!("{pkg}.{}", naming.type_name(&ns.name));
        let error = format!("{pkg}.{}", naming.error_type(&ns.name));
        let (from_json, to_json) = match ns.code_type {
            CodeType::Integer => ("code.content.toInt()", "JsonPrimitive(it.code)"),
            CodeType::String => ("code.content", "JsonPrimitive(it.code)"),
        };
        let glue = format!("{class}Ns{k}");
        let _ = write!(
            out,
            "private object {glue} : Namespace {{\n    override fun symbol(code: JsonPrimitive): String? = {ty}({from_json}).symbol\n    override fun fromSymbol(symbol: String): JsonElement = {ty}.fromSymbol(symbol)?.let {{ {to_json} }} ?: JsonNull\n    override fun message(code: JsonPrimitive, locale: String): String? = {ty}({from_json}).message(locale)\n    override fun error(code: JsonPrimitive, args: Map<String, Any>): CaseError = Err({error}({ty}({from_json}), args))\n    override fun readProblem(problem: Map<String, Any?>): CaseError = Err({error}.fromProblem(problem))\n    override fun codeJson(code: JsonPrimitive): String {{\n        val value = {ty}({from_json})\n        val text = Json.encodeToString({ty}Serializer, value)\n        check(Json.decodeFromString({ty}Serializer, text) == value)\n        return text\n    }}\n    private class Err(val e: {error}) : CaseError {{\n        override val text: String get() = e.message\n        override fun message(locale: String): String = e.message(locale)\n        override fun problem(locale: String): Map<String, Any> = e.toProblem(locale)\n    }}\n}}\n\n"
        );
        map.push(format!("{} to {glue}", literal(&ns.name)));
        let name = &ns.name;
        let _ = write!(
            dump,
            "    for (code in {ty}.entries) {{\n        for (locale in {pkg}.Locales.ALL) {{\n            println(\"{name}\\t${{code.code}}\\t$locale\\t${{code.symbol}}\\t${{hex{class}(code.message(locale)!!)}}\")\n            if (code.translation(locale) == null) println(\"untranslated\\t{name}\\t${{code.code}}\\t$locale\")\n        }}\n        code.deprecation?.let {{ println(\"deprecated\\t{name}\\t${{code.code}}\\t${{hex{class}(it)}}\") }}\n"
        );
        for a in &catalog.attributes {
            let property = naming.attribute(&a.name);
            let shown = match a.ty {
                AttributeType::Int => format!("\"i:${{code.{property}}}\""),
                AttributeType::Bool => format!("\"b:${{code.{property}}}\""),
                AttributeType::String => format!("\"s:\" + hex{class}(code.{property}!!)"),
                AttributeType::StringList => {
                    format!("\"l:\" + code.{property}!!.joinToString(\",\") {{ hex{class}(it) }}")
                }
            };
            let _ = writeln!(dump, "        println(\"attr\\t{name}\\t${{code.code}}\\t{property}\\t\" + {shown})");
        }
        dump.push_str("    }\n");
        for e in ns.entries.iter().filter(|e| !e.params.is_empty()) {
            let factory = naming.constructor(name, &e.symbol).unwrap();
            let args: Vec<String> = e
                .params
                .iter()
                .map(|p| match p.ty {
                    ParamType::String => literal(&super::typed_argument(p)),
                    ParamType::Int => format!("{}L", super::TYPED_INT),
                    ParamType::Float => format!("{:?}", super::TYPED_FLOAT),
                })
                .collect();
            let _ = write!(
                dump,
                "    kotlin.run {{\n        val error = {error}.{factory}({})\n        for (locale in {pkg}.Locales.ALL) println(\"typed\\t{name}\\t${{error.code.code}}\\t$locale\\t${{hex{class}(error.message(locale))}}\")\n    }}\n",
                args.join(", ")
            );
        }
        for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
            let constant = naming.constant(name, alias);
            let _ = writeln!(dump, "    println(\"alias\\t{name}\\t{constant}\\t${{{ty}.{constant}.code}}\")");
        }
        let unknown = super::unknown_code(ns);
        let unknown = match ns.code_type {
            CodeType::Integer => unknown,
            CodeType::String => literal(&unknown),
        };
        let _ = write!(
            dump,
            "    kotlin.run {{\n        val unknown = {ty}({unknown})\n        check(!unknown.isKnown && unknown.symbol == null)\n        println(\"unknown\\t{name}\\t${{unknown.code}}\")\n    }}\n    for (code in {ty}.retiredCodes) {{\n        check(!{ty}(code).isKnown)\n        println(\"retired\\t{name}\\t$code\")\n    }}\n"
        );
    }
    let _ = write!(
        out,
        "fun main(args: Array<String>) {{\n    if (args[0] != \"dump\") {{\n        runnerFormatLong = {{ {pkg}.Arguments.formatNumber(it) }}\n        runnerFormatDouble = {{ {pkg}.Arguments.formatNumber(it) }}\n        run(args[0], mapOf({}))\n        return\n    }}\n{dump}}}\n",
        map.join(", ")
    );
    out
}
