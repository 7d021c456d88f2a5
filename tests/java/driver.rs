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

    /// The reactor (`javac -Xlint:all -Werror`, then the consumer's `JUnit` tests), and the
    /// generated sources compiled as pure ASCII, as any platform charset reads them.
    fn check_package(&self, root: &Path, main: &Path) {
        // The consumer depends on the generated module by the catalog's package and version.
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

    fn dump_fixture(&self, fixture: &Fixture, main: &Path) -> String {
        let root = main;
        // Pure ASCII sources: they compile under any platform charset, shown with US-ASCII.
        let classes = fixture.dir.join("ascii-classes");
        ascii_compile(&fixture.dir, &classes);
        javadoc(&fixture.dir);
        let dump_dir = root.join("tests/java/dump");
        run(
            &fixture.dir,
            Command::new("javac")
                .args(["-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp"])
                .arg(format!("{}:{}", classes.display(), dependencies(&fixture.dir)))
                .arg("-d")
                .arg(&classes)
                .arg(dump_dir.join("Dump.java")),
        );
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
/// dependency plugin pinned, so the run is reproducible).
fn dependencies(dir: &Path) -> String {
    let file = tempfile::NamedTempFile::new().unwrap();
    run(
        dir,
        Command::new("mvn")
            .args(["-B", "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath"])
            .arg(format!("-Dmdep.outputFile={}", file.path().display())),
    );
    std::fs::read_to_string(file.path()).unwrap()
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
