//! The Java consumer's driver, called by the shared harness in `crates/gen/tests/consumers.rs`:
//! the generated Maven module and the consumer beside this file in one reactor
//! (`javac -Xlint:all -Werror`, `JUnit`), an ASCII-only compile, and `dump/Dump.java` per fixture.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Consumer, Fixture, Tool, expected_json, readme_example, run};

pub struct Java;

impl Consumer for Java {
    fn target(&self) -> &'static str {
        "java"
    }

    fn tools(&self) -> &'static [Tool] {
        &[
            Tool {
                command: "mvn",
                version_arg: "--version",
                install: "install Maven and a JDK 17 (apt-get install maven openjdk-17-jdk-headless)",
            },
            Tool { command: "javac", version_arg: "--version", install: "install a JDK 17" },
        ]
    }

    /// The generated sources compiled as pure ASCII (`javac -Xlint:all -Werror`), as any
    /// platform charset reads them, under javadoc's lint, packaged as Maven Central takes them,
    /// and the README's example run against the jar.
    fn check_package(&self, root: &Path, main: &Path) {
        let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
        let classes = tempfile::tempdir_in(main.join("target")).unwrap();
        ascii_compile(&root.join("generated/java"), classes.path());
        javadoc(&root.join("generated/java"));
        // The jars Maven Central takes: the classes (with an Automatic-Module-Name), sources
        // and javadoc.
        let package = root.join("generated/java");
        run(&package, Command::new("mvn").args(["-B", "-q", "package"]));
        let jar = |suffix: &str| package.join(format!("target/{}-{}{suffix}.jar", catalog.package, catalog.version));
        for suffix in ["", "-sources", "-javadoc"] {
            assert!(jar(suffix).is_file(), "mvn package made no {}", jar(suffix).display());
        }
        // The README's example in a class of the reader's, compiled against the jar and run.
        let example = readme_example(&package, "java");
        let (imports, body): (Vec<&str>, Vec<&str>) = example.lines().partition(|l| l.starts_with("import "));
        let work = tempfile::tempdir().unwrap();
        std::fs::write(
            work.path().join("ReadmeExample.java"),
            format!(
                "{}\npublic class ReadmeExample {{\n    public static void main(String[] args) {{\n{}\n    }}\n}}\n",
                imports.join("\n"),
                body.join("\n")
            ),
        )
        .unwrap();
        let class_path = format!("{}:{}", jar("").display(), work.path().display());
        run(work.path(), Command::new("javac").args(["-cp", &class_path, "ReadmeExample.java"]));
        let printed = run(work.path(), Command::new("java").args(["-cp", &class_path, "ReadmeExample"]));
        assert!(!printed.trim().is_empty(), "the README's example printed nothing");
        // The JDK's own reading: the module's name comes from the manifest, not the file name.
        let described = run(&package, Command::new("jar").args(["--describe-module", "--file"]).arg(jar("")));
        let module = catalog.setting("java", "package").unwrap();
        assert!(described.contains(&format!("{module}@{} automatic", catalog.version)), "{described}");
    }

    /// Every fixture's module at once (each has a package of its own): compiled as pure ASCII
    /// (any platform charset reads it), under `javadoc -Xdoclint:all`, and `dump/Dump.java`
    /// compiled against them, into one folder the dumps then run from.
    /// The reactor of `tests/java`: the generated module and the service, compiled with
    /// `javac -Xlint:all -Werror`, then the service's `JUnit` tests.
    fn check_service(&self, root: &Path, _main: &Path) {
        // The service depends on the generated module by the catalog's package and version.
        let catalog = errgen::load(&root.join("catalog.yaml")).unwrap();
        run(
            &root.join("tests/java"),
            Command::new("mvn")
                .args(["-B", "-q", "test"])
                .arg(format!("-Dcatalog.group={}", catalog.setting("java", "package").unwrap()))
                .arg(format!("-Dcatalog.artifact={}", catalog.package))
                .arg(format!("-Dcatalog.version={}", catalog.version))
                .env("CATALOG_EXPECTED", expected_json(root)),
        );
    }

    fn check_fixtures(&self, fixtures: &[Fixture], main: &Path) {
        let Some(first) = fixtures.first() else { return };
        // One folder, made anew each run (a run's classes are read by the dumps after it).
        let classes = main.join("target/java-fixtures");
        let _ = std::fs::remove_dir_all(&classes);
        std::fs::create_dir_all(&classes).unwrap();
        let sources: Vec<PathBuf> = fixtures.iter().flat_map(|f| java_sources(&f.dir.join("src"))).collect();
        let class_path = dependencies(&first.dir);
        run(
            &first.dir,
            Command::new("javac")
                .args(["-encoding", "US-ASCII", "--release", "17", "-Xlint:all", "-Werror", "-cp", &class_path])
                .arg("-d")
                .arg(&classes)
                .args(&sources),
        );
        let docs = tempfile::tempdir().unwrap();
        run(
            &first.dir,
            Command::new("javadoc")
                .args(["-quiet", "-encoding", "UTF-8", "-Xdoclint:all", "-Werror", "-cp", &class_path])
                .arg("-d")
                .arg(docs.path())
                .args(&sources),
        );
        run(
            &first.dir,
            Command::new("javac")
                .args(["-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp"])
                .arg(format!("{}:{class_path}", classes.display()))
                .arg("-d")
                .arg(&classes)
                .arg(main.join("tests/java/dump/Dump.java")),
        );
        // The conformance runner, with Jackson (it reaches the fixtures' classes by reflection).
        let jackson = dependencies(&main.join("tests/java/conformance"));
        run(
            &first.dir,
            Command::new("javac")
                .args(["-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp"])
                .arg(format!("{}:{jackson}", classes.display()))
                .arg("-d")
                .arg(&classes)
                .arg(main.join("tests/java/conformance/ConformanceRunner.java")),
        );
        *FIXTURE_CLASSES.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(classes);
    }

    /// `conformance/ConformanceRunner.java`, compiled with the fixtures, run with Jackson.
    fn conformance(&self, fixture: &Fixture, cases: &Path, main: &Path) -> String {
        let classes = fixture_classes();
        let jackson = dependencies(&main.join("tests/java/conformance"));
        run(
            &fixture.dir,
            Command::new("java")
                .arg("-cp")
                .arg(format!("{}:{jackson}", classes.display()))
                .arg("ConformanceRunner")
                .arg(cases)
                .arg(fixture.catalog.setting("java", "package").unwrap())
                .args(fixture.type_args()),
        )
    }

    fn dump_fixture(&self, fixture: &Fixture, _main: &Path) -> String {
        let classes = fixture_classes();
        run(
            &fixture.dir,
            Command::new("java")
                .arg("-cp")
                .arg(&classes)
                .arg("Dump")
                .arg(fixture.catalog.setting("java", "package").unwrap())
                .args(fixture.type_args())
                .env("DUMP_ATTRIBUTES", fixture.attribute_accessors())
                .envs(fixture.dump_env())
                .envs(fixture.alias_env()),
        )
    }
}

/// Where [`Java::check_fixtures`] compiled the fixtures and the dump program.
static FIXTURE_CLASSES: std::sync::Mutex<Option<PathBuf>> = std::sync::Mutex::new(None);

fn fixture_classes() -> PathBuf {
    FIXTURE_CLASSES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
        .expect("check_fixtures compiled the fixtures")
}

/// The Maven module at `dir` compiled with `javac -encoding US-ASCII` into `classes`, its
/// dependencies (the optional Jackson annotations) on the class path.
fn ascii_compile(dir: &Path, classes: &Path) {
    let sources = java_sources(&dir.join("src"));
    assert!(!sources.is_empty());
    run(
        dir,
        Command::new("javac")
            .args(["-encoding", "US-ASCII", "--release", "17", "-Xlint:all", "-Werror", "-cp"])
            .arg(dependencies(dir))
            .arg("-d")
            .arg(classes)
            .args(&sources),
    );
}

/// The Maven module at `dir` under `javadoc -Xdoclint:all -Werror`: every public name
/// documented, every tag complete, as Maven Central's javadoc jar shows them.
fn javadoc(dir: &Path) {
    let out = tempfile::tempdir().unwrap();
    run(
        dir,
        Command::new("javadoc")
            .args(["-quiet", "-encoding", "UTF-8", "-Xdoclint:all", "-Werror", "-cp"])
            .arg(dependencies(dir))
            .arg("-d")
            .arg(out.path())
            .args(java_sources(&dir.join("src"))),
    );
}

/// The class path of the Maven module at `dir`'s dependencies, as Maven resolves them (the
/// dependency plugin pinned, so the run is reproducible). Resolved once per distinct
/// `<dependencies>` section: every generated pom has the same one, and each Maven start costs
/// seconds.
fn dependencies(dir: &Path) -> String {
    static RESOLVED: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());
    let pom = std::fs::read_to_string(dir.join("pom.xml")).unwrap();
    let section = pom
        .split_once("<dependencies>")
        .and_then(|(_, rest)| rest.split_once("</dependencies>"))
        .map_or_else(String::new, |(deps, _)| deps.to_owned());
    let mut resolved = RESOLVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, path)) = resolved.iter().find(|(deps, _)| *deps == section) {
        return path.clone();
    }
    let file = tempfile::NamedTempFile::new().unwrap();
    run(
        dir,
        Command::new("mvn")
            .args(["-B", "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath"])
            .arg(format!("-Dmdep.outputFile={}", file.path().display())),
    );
    let path = std::fs::read_to_string(file.path()).unwrap();
    resolved.push((section, path.clone()));
    path
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
