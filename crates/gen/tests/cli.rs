//! The command-line contract other tools rely on: exit codes, `--check`, `--target`, and the
//! committed `generated/` being exactly what the generator writes.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::workspace;

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen")).args(args).current_dir(cwd).output().unwrap()
}

#[test]
fn committed_output_is_fresh_from_any_folder_of_the_project() {
    // Defaults come from the nearest catalog.yaml above the current folder.
    let output = run(&["--check"], &workspace().join("crates/gen/src"));
    assert_eq!(output.status.code(), Some(0), "generated/ is stale:\n{}", String::from_utf8_lossy(&output.stdout));
    assert!(String::from_utf8_lossy(&output.stderr).contains("up to date"));
}

#[test]
fn outside_any_project_it_says_what_it_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["--check"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no catalog.yaml in") && stderr.contains("--catalog"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    let root = workspace();
    assert_eq!(run(&["--target", "cobol"], &root).status.code(), Some(2));
    assert_eq!(run(&["--no-such-flag"], &root).status.code(), Some(2));
}

#[test]
fn same_catalog_same_bytes() {
    let catalog = errgen::load(&workspace().join("catalog.yaml")).unwrap();
    for target in errgen::targets::ALL {
        assert_eq!(target.render(&catalog).unwrap(), target.render(&catalog).unwrap());
    }
}

/// A catalog of version `version` whose namespace `service` holds `entries` codes (1, 2, ...).
fn versioned(dir: &Path, name: &str, version: &str, entries: u32) -> String {
    let mut text = format!(
        "package: versioned\nversion: {version}\ntargets: {{java: {{package: org.example.versioned}}}}\ndefault_locale: en\nlocales: [en]\nnamespaces:\n  - name: service\n    entries:\n"
    );
    for code in 1..=entries {
        let _ = writeln!(text, "      - {{code: {code}, symbol: CODE_{code}, message: {{en: \"code {code}\"}}}}");
    }
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn diff_enforces_semantic_versioning_of_the_catalog_version() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path();
    // From 1.2.3 and from 0.4.1: a removal needs a major bump (a minor one while 0.x), an
    // addition a minor one (a patch while 0.x).
    for (old, breaking_bump, kind, addition_bump, needed) in
        [("1.2.3", "2.0.0", "major", "1.3.0", "minor"), ("0.4.1", "0.5.0", "minor", "0.4.2", "patch")]
    {
        let before = versioned(cwd, "before.yaml", old, 3);
        let removed = versioned(cwd, "removed.yaml", old, 2);
        let report = run(&["--catalog", &removed, "diff", "--against", &before], cwd);
        assert_eq!(report.status.code(), Some(1), "{old}");
        let text = String::from_utf8_lossy(&report.stdout);
        assert!(text.contains("  service 3 CODE_3\n    [code-removed]"), "{text}");
        let stderr = String::from_utf8_lossy(&report.stderr);
        assert!(stderr.contains(&format!("need a {kind} one: {breaking_bump}")), "{stderr}");
        let allowed = run(&["--catalog", &removed, "diff", "--against", &before, "--allow-breaking"], cwd);
        assert_eq!(allowed.status.code(), Some(0));
        let bumped = versioned(cwd, "bumped.yaml", breaking_bump, 2);
        let released = run(&["--catalog", &bumped, "diff", "--against", &before], cwd);
        assert_eq!(released.status.code(), Some(0), "{}", String::from_utf8_lossy(&released.stderr));

        // An addition: from the same version it does not pass, with its bump it does.
        let added = versioned(cwd, "added.yaml", old, 4);
        let unbumped = run(&["--catalog", &added, "diff", "--against", &before, "--format", "json"], cwd);
        assert_eq!(unbumped.status.code(), Some(1));
        let json: serde_json::Value = serde_json::from_slice(&unbumped.stdout).unwrap();
        assert_eq!((json["breaking"].as_u64(), json["changes"][0]["kind"].as_str()), (Some(0), Some("code-added")));
        assert_eq!(json["changes"][0]["code"], 4);
        assert_eq!(json["version"]["needed"], needed);
        let stderr = String::from_utf8_lossy(&unbumped.stderr);
        // Only additions: the version is to be set, and no flag about breaking changes offered.
        assert!(stderr.contains(addition_bump) && !stderr.contains("--allow-breaking"), "{stderr}");
        let minor = versioned(cwd, "minor.yaml", addition_bump, 4);
        assert_eq!(run(&["--catalog", &minor, "diff", "--against", &before], cwd).status.code(), Some(0));

        // The same changes as a Keep a Changelog section for the new version.
        let changelog = run(&["--catalog", &bumped, "diff", "--against", &before, "--format", "changelog"], cwd);
        let text = String::from_utf8_lossy(&changelog.stdout);
        assert!(
            text.starts_with(&format!("## [{breaking_bump}]\n\n### Removed\n\n- **Breaking:** `service` 3 `CODE_3`")),
            "{text}"
        );
    }
}

#[test]
fn diff_reads_the_old_catalog_at_a_git_revision() {
    let root = workspace();
    let output = run(&["diff", "--against", "HEAD", "--allow-breaking"], &root);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains(" breaking, "));
    let missing = run(&["diff", "--against", "no-such-revision"], &root);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-revision"));
}

#[test]
fn diff_revisions_are_data_never_options() {
    let root = workspace();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("written-by-git");
    for rev in [format!("--output={}", target.display()), "-p".to_owned(), String::new()] {
        let output = run(&["diff", &format!("--against={rev}")], &root);
        assert_eq!(output.status.code(), Some(1), "{rev}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stderr).contains("--against"), "{rev}");
    }
    assert!(dir.path().read_dir().unwrap().next().is_none(), "git wrote a file");
    let empty = run(&["diff", "--against", ""], &root);
    assert!(String::from_utf8_lossy(&empty.stderr).contains("the revision is empty"));
}

#[test]
fn diff_resolves_revisions_in_the_catalogs_repository() {
    // Run from a folder outside any repository: git must still look where the catalog is.
    let elsewhere = tempfile::tempdir().unwrap();
    let catalog = workspace().join("catalog.yaml");
    let output = run(
        &["--catalog", catalog.to_str().unwrap(), "diff", "--against", "HEAD", "--allow-breaking"],
        elsewhere.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn the_readme_catalog_example_is_a_valid_catalog() {
    // A stranger starts from it: it must hold every field it shows, and pass every rule.
    let readme = fs::read_to_string(workspace().join("README.md")).unwrap();
    let section = &readme[readme.find("## The catalog format").expect("the format section")..];
    let start = section.find("```yaml\n").expect("a YAML block") + "```yaml\n".len();
    let example = &section[start..start + section[start..].find("```").expect("its end")];
    for field in ["params:", "attributes:", "code_type:", "aliases:", "deprecated:", "retired:"] {
        assert!(example.contains(field), "the example no longer shows `{field}`");
    }
    if let Err(e) = errgen::load_str(example, "README.md") {
        panic!("{e}");
    }
}

/// A catalog of one namespace with `head` (top-level keys) and an attribute only Java minds.
fn chooser(dir: &Path, head: &str) -> String {
    let text = format!(
        "package: chooser\nversion: 1.0.0\ndefault_locale: en\nlocales: [en]\n{head}attributes:\n  hash_code: {{type: int, default: 0}}\nnamespaces:\n  - name: service\n    entries:\n      - {{code: 1, symbol: ONE, message: {{en: one}}}}\n"
    );
    let path = dir.join("catalog.yaml");
    fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn the_catalog_chooses_its_targets_and_only_theirs_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_arg = out.to_str().unwrap();
    let folders = || {
        let mut names: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    // No Java settings, and an attribute Java cannot hold (`hashCode`): neither matters when
    // Java is not generated.
    let catalog = chooser(dir.path(), "generate: [python, json]\n");
    let run1 = run(&["--catalog", &catalog, "--out", out_arg], dir.path());
    assert_eq!(run1.status.code(), Some(0), "{}", String::from_utf8_lossy(&run1.stderr));
    assert_eq!(folders(), ["json", "python"]);
    assert_eq!(run(&["--catalog", &catalog, "--out", out_arg, "--check"], dir.path()).status.code(), Some(0));
    // --target narrows, and cannot widen.
    let widened = run(&["--catalog", &catalog, "--out", out_arg, "--target", "go"], dir.path());
    assert_eq!(widened.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&widened.stderr).contains("does not generate"),
        "{}",
        String::from_utf8_lossy(&widened.stderr)
    );
    // A target dropped from the list: its files go (they are recorded); another's stay.
    let catalog = chooser(dir.path(), "generate: [python]\n");
    let stale = run(&["--catalog", &catalog, "--out", out_arg, "--check"], dir.path());
    assert_eq!(stale.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&stale.stderr).contains("json/catalog.json"));
    assert_eq!(run(&["--catalog", &catalog, "--out", out_arg], dir.path()).status.code(), Some(0));
    assert_eq!(folders(), ["python"]);
    // Every target (no list): Java's settings and names are checked again, in one run.
    let catalog = chooser(dir.path(), "");
    let all = run(&["--catalog", &catalog, "--out", out_arg], dir.path());
    assert_eq!(all.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&all.stderr);
    assert!(stderr.contains("targets.java.package") && stderr.contains("missing-setting"), "{stderr}");
    // ... unless --target leaves Java out: only the chosen targets' settings are required.
    let python = run(&["--catalog", &catalog, "--out", out_arg, "--target", "python"], dir.path());
    assert_eq!(python.status.code(), Some(0), "{}", String::from_utf8_lossy(&python.stderr));
    // A list naming no target, or another name, is refused with its place.
    let bad = chooser(dir.path(), "generate: [pyton]\n");
    let refused = run(&["--catalog", &bad, "--out", out_arg], dir.path());
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("error[generate]: `generate` names `pyton`"));
}

#[test]
fn init_writes_a_catalog_that_generates_and_never_overwrites_one() {
    let dir = tempfile::tempdir().unwrap();
    let init = run(&["init"], dir.path());
    assert_eq!(init.status.code(), Some(0), "{}", String::from_utf8_lossy(&init.stderr));
    let written = fs::read_to_string(dir.path().join("catalog.yaml")).unwrap();
    assert!(written.contains("$schema=generated/json/catalog.schema.json"));
    let again = run(&["init"], dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
    assert_eq!(fs::read_to_string(dir.path().join("catalog.yaml")).unwrap(), written);
    // A symlink where the catalog would go is not followed either.
    std::os::unix::fs::symlink(dir.path().join("elsewhere.yaml"), dir.path().join("link.yaml")).unwrap();
    assert_eq!(run(&["--catalog", "link.yaml", "init"], dir.path()).status.code(), Some(1));
    assert!(!dir.path().join("elsewhere.yaml").exists());
    // It generates as it is, and the schema it names is then there.
    let generated = run(&[], dir.path());
    assert_eq!(generated.status.code(), Some(0), "{}", String::from_utf8_lossy(&generated.stderr));
    assert!(dir.path().join("generated/json/catalog.schema.json").is_file());
    assert_eq!(run(&["--check"], dir.path()).status.code(), Some(0));
    // The format reference travels with the binary.
    let help = run(&["help", "catalog"], dir.path());
    assert!(String::from_utf8_lossy(&help.stdout).starts_with("## The catalog format"));
}

#[test]
fn every_missing_top_level_field_is_reported_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("catalog.yaml"), "package: partial\nnamespaces: []\n").unwrap();
    let output = run(&[], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    for field in ["version", "default_locale", "locales"] {
        assert!(stderr.contains(&format!("missing field `{field}`")), "{field}: {stderr}");
    }
    assert!(stderr.contains("3 errors") && stderr.contains("gen help catalog"), "{stderr}");
}
