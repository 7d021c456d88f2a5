//! `gen import`: every kind reads a real catalog no one here wrote (`tests/fixtures/import/`,
//! origins in its SOURCES.md) into a catalog `gen` accepts as it is, the same bytes every time;
//! the seed tables come back as the seed catalog holds them, except where it decided by hand,
//! which the import reports; and malformed sources are refused with their place.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use errgen::catalog::{Catalog, Code, Entry, Namespace};
use errgen::import::{self, Kind, Options, Source};

mod common;
use common::workspace;

fn fixture(name: &str) -> PathBuf {
    workspace().join("tests/fixtures/import").join(name)
}

fn source(path: &Path) -> Source {
    import::read(path, &path.display().to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// The catalog text and the validated catalog of importing `paths` as `kind`.
fn imported(kind: Kind, paths: &[PathBuf], options: &Options) -> (String, Catalog) {
    let sources: Vec<Source> = paths.iter().map(|p| source(p)).collect();
    let result = import::import(kind, &sources, options).unwrap_or_else(|errors| {
        panic!("{}", errors.iter().map(|e| e.render(false)).collect::<String>());
    });
    let again = import::import(kind, &sources, options).unwrap_or_else(|_| panic!("the second import failed"));
    assert_eq!(result.catalog, again.catalog, "importing twice gave other bytes");
    let catalog =
        errgen::load_str(&result.catalog, "imported.yaml").unwrap_or_else(|e| panic!("{e}\n{}", result.catalog));
    (result.catalog, catalog)
}

fn entry<'a>(ns: &'a Namespace, code: &Code) -> Option<&'a Entry> {
    ns.entries.iter().find(|e| e.code == *code)
}

/// The `# import:` comments just above the entry of `code` in the imported text.
fn decisions(text: &str, code: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(at) = lines.iter().position(|l| l.trim() == format!("- code: {code}")) else { return Vec::new() };
    lines[..at].iter().rev().take_while(|l| l.trim().starts_with("# import:")).map(|l| l.trim().to_owned()).collect()
}

#[test]
fn every_kind_imports_its_public_catalog_into_one_gen_accepts() {
    let cases = [
        (Kind::Postgres, "errcodes.txt"),
        (Kind::Mysql, "messages_to_clients.txt"),
        (Kind::Mysql, "errmsg-utf8.txt"),
        (Kind::Mongodb, "error_codes.yml"),
        (Kind::Proto, "code.proto"),
        (Kind::Csv, "http-status-codes.csv"),
    ];
    for (kind, file) in cases {
        let (text, catalog) = imported(kind, &[fixture(file)], &Options::default());
        let entries: usize = catalog.namespaces.iter().map(|ns| ns.entries.len()).sum();
        assert!(entries > 0, "{file}: nothing imported");
        assert!(text.starts_with("# yaml-language-server: $schema="), "{file}: the schema is not named");
    }
}

#[test]
fn postgres_imports_as_the_converted_fixture_holds_it() {
    // tests/fixtures/postgres.yaml was converted from the whole file by convert/postgres.py: the
    // import of an excerpt must agree with it entry by entry.
    let (_, imported) = imported(Kind::Postgres, &[fixture("errcodes.txt")], &Options::default());
    let fixture = errgen::load(&workspace().join("tests/fixtures/postgres.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let (ns, expected) = (&imported.namespaces[0], &fixture.namespaces[0]);
    assert!(ns.entries.iter().any(|e| !e.aliases.is_empty()), "the excerpt's repeated SQLSTATEs make aliases");
    for e in &ns.entries {
        let want = entry(expected, &e.code).unwrap_or_else(|| panic!("{} is not in the fixture", e.code));
        assert_eq!((&e.symbol, &e.aliases, &e.messages), (&want.symbol, &want.aliases, &want.messages), "{}", e.code);
        assert_eq!(e.attributes, want.attributes, "{}", e.code);
    }
}

#[test]
fn mysql_reads_every_language_numbers_codes_and_retires_obsolete_ones() {
    let path = fixture("messages_to_clients.txt");
    let raw = std::fs::read_to_string(&path).unwrap();
    let (_, catalog) = imported(Kind::Mysql, &[path], &Options::default());
    let ns = &catalog.namespaces[0];
    // Numbered from `start-error-number` in file order, OBSOLETE_ names included.
    let start: i32 = raw.lines().find_map(|l| l.strip_prefix("start-error-number ")).unwrap().trim().parse().unwrap();
    let names: Vec<&str> = raw.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase())).collect();
    for (n, name) in names.iter().enumerate() {
        let code = Code::Int(start + i32::try_from(n).unwrap());
        match name.strip_prefix("OBSOLETE_") {
            Some(_) => assert!(ns.retired.codes.contains(&code) && entry(ns, &code).is_none(), "{name} is not retired"),
            None => assert_eq!(entry(ns, &code).map(|e| e.symbol.as_str()), Some(*name)),
        }
    }
    // printf arguments as typed parameters, the same in every locale; every language kept.
    let file = entry(ns, &Code::Int(start + 4)).unwrap();
    let params: Vec<(String, String)> = file.params.iter().map(|p| (p.name.clone(), p.ty.name().to_owned())).collect();
    assert_eq!(params, [("p1".into(), "string".into()), ("p2".into(), "int".into()), ("p3".into(), "string".into())]);
    for locale in ["en", "de", "ja", "ko", "ru", "nn", "nb"] {
        assert!(catalog.locales.iter().any(|l| l == locale), "{locale} missing: {:?}", catalog.locales);
    }
    let en = catalog.locales.iter().position(|l| l == "en").unwrap();
    assert_eq!(file.messages[en].as_deref(), Some("Can't create file '{p1}' (errno: {p2} - {p3})"));
    // MariaDB's own conversions are one argument each.
    let (_, maria) = imported(Kind::Mysql, &[fixture("errmsg-utf8.txt")], &Options::default());
    let table = entry(&maria.namespaces[0], &Code::Int(1005)).unwrap();
    assert_eq!(table.messages[0].as_deref(), Some("Can't create table {p1}.{p2} (errno: {p3})"));
}

#[test]
fn a_translation_with_other_arguments_is_left_out_and_said_so() {
    let text = "languages english=eng latin1, german=ger latin1;\ndefault-language eng\nstart-error-number 1000\nER_A\n        eng \"%s at %d\"\n        ger \"%d bei %s\"\nER_B\n        ger \"nur deutsch %s\"\n";
    let source = Source { file: "errmsg.txt".into(), text: text.into() };
    let out = import::import(Kind::Mysql, &[source], &Options::default())
        .unwrap_or_else(|e| panic!("{}", e[0].render(false)));
    let catalog = errgen::load_str(&out.catalog, "x").unwrap_or_else(|e| panic!("{e}"));
    let a = &catalog.namespaces[0].entries[0];
    assert_eq!(a.messages, [Some("{p1} at {p2}".to_owned()), None]);
    assert!(decisions(&out.catalog, "1000").iter().any(|d| d.contains("de text takes arguments")), "{}", out.catalog);
    // No English text: the German one stands in, said so.
    assert!(decisions(&out.catalog, "1001").iter().any(|d| d.contains("no en text")), "{}", out.catalog);
    assert!(out.summary.iter().any(|l| l.contains("translation-left-out")), "{:?}", out.summary);
}

#[test]
fn mongodb_keeps_wire_names_retires_obsolete_codes_and_categorises() {
    let path = fixture("error_codes.yml");
    let file: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let (_, catalog) = imported(Kind::Mongodb, &[path], &Options::default());
    let ns = &catalog.namespaces[0];
    let categories = catalog.attributes.iter().position(|a| a.name == "categories").unwrap();
    for item in file["error_codes"].as_sequence().unwrap() {
        let code = Code::Int(i32::try_from(item["code"].as_i64().unwrap()).unwrap());
        let name = item["name"].as_str().unwrap();
        if name.starts_with("OBSOLETE_") {
            assert!(ns.retired.codes.contains(&code), "{name}");
            continue;
        }
        let e = entry(ns, &code).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(e.symbol, name);
        let want: Vec<String> = item["categories"]
            .as_sequence()
            .map(|s| s.iter().map(|c| c.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default();
        assert_eq!(e.attributes[categories], errgen::catalog::Value::StringList(want), "{name}");
    }
}

#[test]
fn proto_values_keep_their_names_comments_and_http_mapping() {
    let path = fixture("code.proto");
    let raw = std::fs::read_to_string(&path).unwrap();
    let (_, catalog) = imported(Kind::Proto, &[path], &Options::default());
    let ns = &catalog.namespaces[0];
    let http = catalog.attributes.iter().position(|a| a.name == "http_status").unwrap();
    // Every `NAME = N;` of the enum, with the mapping its comment gives.
    let mut mapping = None;
    for line in raw.lines().map(str::trim) {
        if let Some(m) = line.strip_prefix("// HTTP Mapping:") {
            mapping = m.split_whitespace().next().and_then(|n| n.parse::<i32>().ok());
        }
        let Some((name, number)) = line.strip_suffix(';').and_then(|l| l.split_once(" = ")) else { continue };
        let Ok(number) = number.parse::<i32>() else { continue };
        let e = entry(ns, &Code::Int(number)).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(e.symbol, name);
        assert_eq!(e.attributes[http], errgen::catalog::Value::Int(mapping.take().unwrap_or(0)), "{name}");
        assert!(
            e.messages[0].as_deref().is_some_and(|m| m.ends_with('.') && !m.contains("  ")),
            "{name}: {:?}",
            e.messages
        );
    }
}

#[test]
fn proto_aliases_deprecation_reserved_and_nested_enums() {
    let text = "syntax = \"proto3\";\nmessage Outer {\n  enum Reason {\n    option allow_alias = true;\n    reserved 2, 5 to 7;\n    reserved \"GONE\";\n    REASON_UNSPECIFIED = 0; // Nothing said.\n    /* Started. */\n    STARTED = 1;\n    RUNNING = 1;\n    OLD = -3 [deprecated = true];\n  }\n}\nenum Top { TOP_A = 0x10; }\n";
    let source = Source { file: "x.proto".into(), text: text.into() };
    let out = import::import(Kind::Proto, &[source], &Options::default())
        .unwrap_or_else(|e| panic!("{}", e[0].render(false)));
    let catalog = errgen::load_str(&out.catalog, "x").unwrap_or_else(|e| panic!("{e}\n{}", out.catalog));
    let reason =
        catalog.namespaces.iter().find(|ns| ns.name == "outer_reason").expect("nested enum named after its message");
    let started = entry(reason, &Code::Int(1)).unwrap();
    assert_eq!(
        (started.aliases.clone(), started.messages[0].as_deref()),
        (vec!["RUNNING".to_owned()], Some("Started."))
    );
    assert_eq!(entry(reason, &Code::Int(0)).unwrap().messages[0].as_deref(), Some("Nothing said."));
    assert!(entry(reason, &Code::Int(-3)).unwrap().deprecated.is_some());
    assert_eq!(reason.retired.codes, [2, 5, 6, 7].map(Code::Int));
    assert_eq!(reason.retired.symbols, ["GONE"]);
    assert!(catalog.namespaces.iter().any(|ns| ns.name == "top" && ns.entries[0].code == Code::Int(16)));
    // A comment parted from a value by a blank line is not its message, with CRLF line ends too.
    let text = "enum E {\r\n  // About the enum.\r\n  \r\n  A_B = 0;\r\n}\r\n";
    let out = import::import(Kind::Proto, &[Source { file: "e.proto".into(), text: text.into() }], &Options::default())
        .unwrap();
    let catalog = errgen::load_str(&out.catalog, "x").unwrap();
    assert_eq!(catalog.namespaces[0].entries[0].messages[0].as_deref(), Some("a b"));
}

#[test]
fn csv_ranges_are_reported_and_every_code_row_imported() {
    let path = fixture("http-status-codes.csv");
    let raw = std::fs::read_to_string(&path).unwrap();
    let sources = [source(&path)];
    let out =
        import::import(Kind::Csv, &sources, &Options::default()).unwrap_or_else(|e| panic!("{}", e[0].render(false)));
    let catalog = errgen::load_str(&out.catalog, "x").unwrap();
    let ns = &catalog.namespaces[0];
    for (n, line) in raw.lines().enumerate().skip(1) {
        let (value, rest) = line.split_once(',').unwrap();
        match value.parse::<i32>() {
            Ok(code) => {
                let e = entry(ns, &Code::Int(code)).unwrap_or_else(|| panic!("{value} missing"));
                assert_eq!(e.messages[0].as_deref(), rest.split(',').next(), "{value}");
            }
            Err(_) => assert!(
                out.summary.iter().any(|l| l.contains(&format!("line {}: \"{value}\"", n + 1))),
                "{value} not reported"
            ),
        }
    }
    // The other column is an attribute, quoted commas and all.
    let reference = catalog.attributes.iter().position(|a| a.name == "reference").unwrap();
    assert_eq!(
        entry(ns, &Code::Int(100)).unwrap().attributes[reference],
        errgen::catalog::Value::String("[RFC9110, Section 15.2.1]".into())
    );
}

#[test]
fn columns_by_number_and_several_tables_into_one_namespace() {
    let text = "# Auth\n\n| a | b | c |\n|---|---|---|\n| 1 | NOT_FOUND | not found |\n| 2, 3 | TWO | two or three |\n\n## Billing\n\n| a | b | c |\n|---|---|---|\n| 10 | PAY | pay |\n| 1 | AGAIN | again |\n";
    let source = Source { file: "t.md".into(), text: text.into() };
    let options = Options { namespace: Some("api".into()), columns: Some("code=1,symbol=2,fr=3".parse().unwrap()) };
    let out = import::import(Kind::Markdown, std::slice::from_ref(&source), &options)
        .unwrap_or_else(|e| panic!("{}", e[0].render(false)));
    let catalog = errgen::load_str(&out.catalog, "x").unwrap_or_else(|e| panic!("{e}\n{}", out.catalog));
    assert_eq!((catalog.namespaces.len(), catalog.namespaces[0].name.as_str()), (1, "api"));
    assert_eq!(catalog.locales, ["fr"]);
    let ns = &catalog.namespaces[0];
    assert_eq!(ns.entries.iter().map(|e| e.code.to_string()).collect::<Vec<_>>(), ["1", "2", "3", "10"]);
    assert!(decisions(&out.catalog, "1").iter().any(|d| d.contains("repeats code 1")), "{}", out.catalog);
    assert!(decisions(&out.catalog, "2").iter().any(|d| d.contains("lists 2 codes")), "{}", out.catalog);
    // Without --namespace, a namespace per table, named by its heading.
    let out = import::import(Kind::Markdown, &[source], &Options { namespace: None, ..options }).unwrap();
    let catalog = errgen::load_str(&out.catalog, "x").unwrap();
    assert_eq!(catalog.namespaces.iter().map(|ns| ns.name.as_str()).collect::<Vec<_>>(), ["auth", "billing"]);
}

/// The seed tables, imported, hold the seed catalog's codes, messages and symbols, except where
/// the catalog decided by hand, which the import reports beside the entry. The seed catalog is
/// `tests/fixtures/seed.yaml`, catalog.yaml as made from the seeds and frozen; catalog.yaml itself
/// may reword and rename since, but still holds every seed code, as an entry or retired.
#[test]
fn the_seed_tables_import_as_the_seed_catalog_holds_them() {
    let seeds = workspace().join("../shared/seeds");
    if !seeds.is_dir() {
        assert!(std::env::var_os("CI").is_none(), "{} is missing on CI", seeds.display());
        eprintln!("SKIPPED: {} not found beside the workspace", seeds.display());
        return;
    }
    let ours = errgen::load(&workspace().join("tests/fixtures/seed.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let current = errgen::load(&workspace().join("catalog.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let mut seen = 0;
    for (kind, seed) in [(Kind::Rst, "000_734c5083193426b4.txt"), (Kind::Markdown, "004_562616815ac344eb.txt")] {
        let (text, imported) = imported(kind, &[seeds.join(seed)], &Options::default());
        let ns = &imported.namespaces[0];
        // The namespace of catalog.yaml that holds these codes.
        let theirs = ours
            .namespaces
            .iter()
            .max_by_key(|o| ns.entries.iter().filter(|e| entry(o, &e.code).is_some()).count())
            .unwrap();
        let holds =
            |code: &Code| current.namespaces.iter().any(|o| entry(o, code).is_some() || o.retired.codes.contains(code));
        for e in &ns.entries {
            seen += 1;
            assert!(holds(&e.code), "{seed}: code {} is gone from catalog.yaml (retire it instead)", e.code);
            let Some(kept) = entry(theirs, &e.code) else {
                assert!(
                    theirs.retired.codes.contains(&e.code),
                    "{seed}: code {} is in neither entries nor retired",
                    e.code
                );
                continue;
            };
            for (l, locale) in imported.locales.iter().enumerate() {
                let at = ours
                    .locales
                    .iter()
                    .position(|x| x == locale)
                    .unwrap_or_else(|| panic!("{locale} is not a catalog locale"));
                assert_eq!(e.messages[l], kept.messages[at], "{seed}: {} in {locale}", e.code);
            }
            let decided = decisions(&text, &e.code.to_string());
            let same = e.symbol == kept.symbol || kept.aliases.contains(&e.symbol);
            assert!(
                same || !decided.is_empty(),
                "{seed}: {} is {} here and {} in the seed catalog, and the import said nothing",
                e.code,
                e.symbol,
                kept.symbol
            );
        }
    }
    assert!(seen > 0);
}

fn run_gen(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen")).args(args).current_dir(cwd).output().unwrap()
}

#[test]
fn the_command_writes_stdout_or_a_new_file_and_gen_generates_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fixture("http-status-codes.csv");
    let csv = csv.to_str().unwrap();
    let out = run_gen(&["import", "--from", "csv", csv], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("import: "), "no summary on stderr");
    let first = run_gen(&["import", "--from", "csv", csv, "--output", "catalog.yaml"], dir.path());
    assert!(first.status.success());
    assert_eq!(std::fs::read(dir.path().join("catalog.yaml")).unwrap(), out.stdout);
    // An existing file is kept unless --force.
    std::fs::write(dir.path().join("catalog.yaml"), "mine").unwrap();
    let again = run_gen(&["import", "--from", "csv", csv, "--output", "catalog.yaml"], dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(dir.path().join("catalog.yaml")).unwrap(), "mine");
    assert!(run_gen(&["import", "--from", "csv", csv, "-o", "catalog.yaml", "--force"], dir.path()).status.success());
    assert_eq!(std::fs::read(dir.path().join("catalog.yaml")).unwrap(), out.stdout);
    // `gen` generates from it as it is.
    let generated = run_gen(&["--quiet"], dir.path());
    assert!(generated.status.success(), "{}", String::from_utf8_lossy(&generated.stderr));
    assert!(run_gen(&["--check"], dir.path()).status.success());
}

#[test]
fn malformed_sources_are_refused_with_their_place() {
    let cases: [(Kind, &str, &str, usize); 7] = [
        (Kind::Markdown, "# T\n\n| name | text |\n|---|---|\n| A | a |\n", "no-code-column", 3),
        (Kind::Rst, "T\n=\n\n====  ====\ncode  text\n====  ====\n1     a\n", "rst-table", 4),
        (Kind::Csv, "code,text\n1,a\n2,\"open\n", "csv-record", 3),
        (Kind::Postgres, "Section: Class 00 - X\n00000 S ERRCODE_A a\n0000 X\n", "errcodes-line", 3),
        (Kind::Mysql, "languages english=eng latin1;\nstart-error-number 1\nER_A\n  xx \"a\"\n", "mysql-language", 4),
        (Kind::Mongodb, "error_codes:\n  - {code: one, name: A}\n", "mongodb-yaml", 2),
        (Kind::Proto, "enum A {\n  B = 0;\n  /* never closed\n}\n", "proto-comment", 3),
    ];
    for (kind, text, rule, line) in cases {
        let source = Source { file: format!("bad.{}", kind.name()), text: text.into() };
        let errors = import::import(kind, &[source], &Options::default())
            .err()
            .unwrap_or_else(|| panic!("{} accepted", kind.name()));
        let d = &errors[0].items[0];
        assert_eq!((d.rule, d.line), (rule, line), "{}: {}", kind.name(), errors[0].render(false));
        assert!(
            errors[0].render(false).contains(&format!("bad.{}:{line}", kind.name())),
            "{}",
            errors[0].render(false)
        );
    }
}
