//! The command-line contract other tools rely on: exit codes, `--check`, `--target`, and the
//! committed `generated/` being exactly what the generator writes.

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

#[test]
fn diff_enforces_semantic_versioning_of_the_catalog_version() {
    let root = workspace();
    let dir = std::env::temp_dir().join(format!("gen-diff-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let full = fs::read_to_string(root.join("catalog.yaml")).unwrap();
    let entry = "      - code: 131700\n        symbol: TOPIC_NAME_ILLEGAL\n        message: {en: illegal topic name, zh: 主题名称不合法}\n";
    assert!(full.contains(entry));
    // The catalog's own version, and the versions one step up each way (SemVer).
    let version = full.lines().find_map(|l| l.strip_prefix("version: ")).unwrap().split_whitespace().next().unwrap();
    let [major, minor, patch]: [u64; 3] =
        version.split('.').map(|p| p.parse().unwrap()).collect::<Vec<_>>().try_into().unwrap();
    let with_version = |name: &str, text: &str, v: String| {
        let file = dir.join(name);
        fs::write(&file, text.replacen(&format!("version: {version}"), &format!("version: {v}"), 1)).unwrap();
        file.to_str().unwrap().to_owned()
    };
    let without = full.replace(entry, "");
    let same = with_version("same.yaml", &without, version.to_owned());
    // While 0.x a breaking change needs a minor bump, afterwards a major one.
    let breaking_bump = if major == 0 { format!("0.{}.0", minor + 1) } else { format!("{}.0.0", major + 1) };
    let bumped = with_version("bumped.yaml", &without, breaking_bump.clone());

    let removed = run(&["--catalog", &same, "diff", "--against", "catalog.yaml"], &root);
    assert_eq!(removed.status.code(), Some(1));
    let report = String::from_utf8_lossy(&removed.stdout);
    assert!(report.contains("[code-removed] larkea 131700 TOPIC_NAME_ILLEGAL"), "{report}");
    let stderr = String::from_utf8_lossy(&removed.stderr);
    assert!(
        stderr.contains(&format!("need a {} one: {breaking_bump}", if major == 0 { "minor" } else { "major" })),
        "{stderr}"
    );
    let allowed = run(&["--catalog", &same, "diff", "--against", "catalog.yaml", "--allow-breaking"], &root);
    assert_eq!(allowed.status.code(), Some(0));
    let released = run(&["--catalog", &bumped, "diff", "--against", "catalog.yaml"], &root);
    assert_eq!(released.status.code(), Some(0), "{}", String::from_utf8_lossy(&released.stderr));

    // An addition needs at least a patch bump while 0.x, a minor one afterwards: from an older
    // version it passes, from the same one it does not.
    let older = with_version(
        "older.yaml",
        &without,
        if major == 0 { "0.0.0".to_owned() } else { format!("{}.0.0", major - 1) },
    );
    let added = run(&["diff", "--against", &older, "--format", "json"], &root);
    assert_eq!(added.status.code(), Some(0), "{}", String::from_utf8_lossy(&added.stderr));
    let json: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
    assert_eq!(json["breaking"], 0);
    assert_eq!(json["changes"][0]["kind"], "code-added");
    assert_eq!(json["changes"][0]["code"], 131_700);
    assert_eq!(json["version"]["needed"], if major == 0 { "patch" } else { "minor" });
    assert!(json["version"].get("expected").is_none());
    let unbumped = run(&["diff", "--against", &same], &root);
    assert_eq!(unbumped.status.code(), Some(1));
    let expected =
        if major == 0 { format!("{major}.{minor}.{}", patch + 1) } else { format!("{major}.{}.0", minor + 1) };
    assert!(String::from_utf8_lossy(&unbumped.stderr).contains(&expected));

    // The same changes as a Keep a Changelog section for the new version.
    let changelog = run(&["--catalog", &bumped, "diff", "--against", "catalog.yaml", "--format", "changelog"], &root);
    let text = String::from_utf8_lossy(&changelog.stdout);
    assert!(
        text.starts_with(&format!(
            "## [{breaking_bump}]\n\n### Removed\n\n- **Breaking:** `larkea` 131700 `TOPIC_NAME_ILLEGAL`"
        )),
        "{text}"
    );
    fs::remove_dir_all(&dir).unwrap();
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
