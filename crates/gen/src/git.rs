//! Reading an older catalog from git for `gen diff --against REV`. The revision is data, never
//! an option: it is checked, resolved with `--end-of-options`, and only its commit hash reaches
//! `git show`. Git runs in the repository the catalog lives in.

use std::path::Path;
use std::process::Command;

/// The text of `catalog` (a path inside a git work tree) at revision `rev`, and a name for it
/// in diagnostics (`REV:FILE`).
///
/// # Errors
/// An empty revision or one that looks like an option, a revision git cannot resolve to a
/// commit, a catalog that did not exist at that commit, or a git that cannot run.
pub fn show(catalog: &Path, rev: &str) -> Result<(String, String), String> {
    if rev.is_empty() {
        return Err("the revision is empty (is the CI variable that should name the base branch set?)".to_owned());
    }
    if rev.starts_with('-') {
        return Err("a revision cannot start with `-`".to_owned());
    }
    if rev.chars().any(|c| c.is_control() || c == ':') {
        return Err(
            "a revision names a commit (`main`, `HEAD~1`, a hash) and holds no `:` or control characters".to_owned()
        );
    }
    let dir = catalog.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file = catalog.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let commit = git(dir, &["rev-parse", "--verify", "--quiet", "--end-of-options", &format!("{rev}^{{commit}}")])
        .map_err(|e| format!("git cannot resolve it to a commit{e}"))?;
    let commit = commit.trim();
    // `./` makes the path relative to `dir`, where git runs, not to the repository's top.
    let text = git(dir, &["show", &format!("{commit}:./{file}")])
        .map_err(|e| format!("git cannot read {file} at that commit{e}"))?;
    Ok((text, format!("{rev}:{file}")))
}

/// Runs git in `dir`; its standard output, or `: <its stderr>` on failure.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output =
        Command::new("git").arg("-C").arg(dir).args(args).output().map_err(|e| format!(": git could not run: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stderr = stderr.trim();
        return Err(if stderr.is_empty() { String::new() } else { format!(": {stderr}") });
    }
    String::from_utf8(output.stdout).map_err(|_| ": its output is not UTF-8".to_owned())
}
