//! `gen`: generates every target's package from the catalog, checks that `generated/` is fresh,
//! or reports what a catalog change breaks (`gen diff`).
//!
//! Exit codes: 0 success, 1 invalid catalog, stale output, an edited file in the way, a version
//! that does not move as the changes need, or output that could not be printed (see `say`), 2
//! usage error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod cli;
#[macro_use]
mod say;

use clap::ArgMatches;
use cli::cli;
use errgen::project::Project;
use errgen::{catalog, diff, git, output, targets, version};

fn main() -> ExitCode {
    say::status(run())
}

fn run() -> ExitCode {
    let matches = cli().color(if color() { clap::ColorChoice::Auto } else { clap::ColorChoice::Never }).get_matches();
    let quiet = matches.get_flag("quiet");
    let cwd = match std::env::current_dir() {
        Ok(cwd) => cwd,
        Err(e) => return fail(&format!("cannot read the current folder: {e}")),
    };
    // Neither needs a catalog: `init` writes one, `help` describes one.
    match matches.subcommand() {
        Some(("init", _)) => {
            let path =
                cwd.join(matches.get_one::<PathBuf>("catalog").map_or(Path::new("catalog.yaml"), PathBuf::as_path));
            return init(&path, quiet);
        }
        Some(("import", args)) => return import(args, &cwd, quiet),
        Some(("help", args)) => {
            if args.get_one::<String>("topic").is_some() {
                say::out(errgen::starter::format_reference());
            } else {
                say::out(&format!("{}\n", cli().render_long_help()));
            }
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let project = match Project::find(
        &cwd,
        matches.get_one::<PathBuf>("catalog").map(PathBuf::as_path),
        matches.get_one::<PathBuf>("out").map(PathBuf::as_path),
    ) {
        Ok(project) => project,
        Err(message) => return fail(&message),
    };
    // Read and validated here; each target's own checks run with its rendering (`generate`).
    let shown = project.shown(&project.catalog);
    let invalid = |mut diagnostics: catalog::Diagnostics| {
        diagnostics.file.clone_from(&shown);
        note!("{}", diagnostics.render(color()));
        ExitCode::from(1)
    };
    let src = match catalog::read(&project.catalog) {
        Ok(src) => src,
        Err(diagnostics) => return invalid(diagnostics),
    };
    // The process exits right after a refused catalog, so serde may read it while the YAML
    // rules are checked (see `parse_then_exit_on_error`).
    let catalog = match catalog::parse_then_exit_on_error(&src, &shown).and_then(|parsed| parsed.validate()) {
        Ok(mut catalog) => {
            catalog.source = project.catalog_in_project();
            catalog
        }
        Err(diagnostics) => return invalid(diagnostics),
    };
    if let Some(("diff", args)) = matches.subcommand() {
        if let Err(items) = targets::check(&catalog) {
            return invalid(catalog::Diagnostics::new(&shown, &src, items));
        }
        return compare(&project, &catalog, args);
    }
    let names: Vec<String> = matches.get_many::<String>("target").unwrap_or_default().cloned().collect();
    let options = errgen::output_options(matches.get_flag("force"));
    let code = match generate(&project, &catalog, &names, options, matches.get_flag("check"), quiet) {
        Ok(code) => code,
        Err(items) => invalid(catalog::Diagnostics::new(&shown, &src, items)),
    };
    // The process ends here, and the system takes its memory back at once: freeing a catalog of
    // 100,000 codes string by string first would only make the run longer.
    std::mem::forget(catalog);
    std::mem::forget(src);
    code
}

/// `gen init`: the starter catalog at `path`, created only if nothing is there (not even a
/// symlink), so that no catalog is ever overwritten.
fn init(path: &Path, quiet: bool) -> ExitCode {
    use std::io::Write as _;
    let created = std::fs::OpenOptions::new().write(true).create_new(true).open(path);
    match created.and_then(|mut file| file.write_all(errgen::starter::CATALOG.as_bytes())) {
        Ok(()) => {
            if !quiet {
                note!(
                    "wrote {}: run `gen` beside it to generate every package into generated/; `gen help catalog` describes each field",
                    path.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fail(&format!("{} already exists: gen init never overwrites a catalog", path.display()))
        }
        Err(e) => fail(&format!("{}: {e}", path.display())),
    }
}

/// `gen import`: the catalog made from the sources, to stdout or `--output` (created, or with
/// `--force` replaced, never through a symlink), the decisions summarised on stderr.
fn import(args: &ArgMatches, cwd: &Path, quiet: bool) -> ExitCode {
    use errgen::import;
    let kind = args.get_one::<String>("from").and_then(|k| import::Kind::named(k)).unwrap_or(import::Kind::Markdown);
    let mut sources = Vec::new();
    for path in args.get_many::<PathBuf>("sources").unwrap_or_default() {
        match import::read(&cwd.join(path), &path.display().to_string()) {
            Ok(source) => sources.push(source),
            Err(d) => {
                note!("{}", d.render(color()));
                return ExitCode::from(1);
            }
        }
    }
    let options = import::Options {
        namespace: args.get_one::<String>("namespace").cloned(),
        columns: args.get_one::<import::Columns>("columns").cloned(),
    };
    if let Some(name) = &options.namespace
        && !errgen::naming::is_lower_snake(name)
    {
        return fail(&format!("--namespace {name}: a namespace name is lower_snake ASCII starting with a letter"));
    }
    let imported = match import::import(kind, &sources, &options) {
        Ok(imported) => imported,
        Err(all) => {
            for d in all {
                note!("{}", d.render(color()));
            }
            return ExitCode::from(1);
        }
    };
    match args.get_one::<PathBuf>("output") {
        None => say::out(&imported.catalog),
        Some(path) => {
            if let Err(message) = write_new(&cwd.join(path), &imported.catalog, args.get_flag("force")) {
                return fail(&message);
            }
        }
    }
    if !quiet {
        for line in &imported.summary {
            note!("import: {line}");
        }
    }
    ExitCode::SUCCESS
}

/// `text` into a new file at `path`, or with `force` in place of a regular file there (written
/// beside it and renamed over it, so a failure leaves the old one whole); never through a symlink.
fn write_new(path: &Path, text: &str, force: bool) -> Result<(), String> {
    use std::io::Write as _;
    let shown = path.display();
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !force => {
            return Err(format!("{shown} already exists ({} bytes): pass --force to replace it", meta.len()));
        }
        Ok(meta) if !meta.is_file() => {
            return Err(format!("{shown} is not a regular file: gen import replaces only a file"));
        }
        _ => {}
    }
    let temp = path.with_extension("import-tmp");
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
        .and_then(|()| {
            if force {
                std::fs::rename(&temp, path)
            } else {
                std::fs::hard_link(&temp, path).and_then(|()| std::fs::remove_file(&temp))
            }
        });
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        format!("{shown}: {e}")
    })
}

/// Colour on a terminal, unless `NO_COLOR` is set (<https://no-color.org>).
fn color() -> bool {
    use std::io::IsTerminal as _;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn fail(message: &str) -> ExitCode {
    note!("error: {message}");
    ExitCode::from(1)
}

/// The one-line translation coverage: `messages: en 130 of 130 (default), zh 96 of 130 (74%)`.
fn coverage(catalog: &catalog::Catalog) -> String {
    let (counts, total) = catalog.coverage();
    let locales: Vec<String> = catalog
        .locales
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(i, (tag, n))| {
            if i == catalog.default_locale {
                format!("{tag} {n} of {total} (default)")
            } else {
                // Rounded down, so that 100% means every entry.
                format!("{tag} {n} of {total} ({}%)", n * 100 / total.max(1))
            }
        })
        .collect();
    format!("messages: {}", locales.join(", "))
}

/// Checks and renders the selected targets, then writes them all or nothing (or, with `check`,
/// compares them). Targets are independent, so each is checked and rendered on a thread of its
/// own, and, when writing, stages its files as soon as it is rendered (its text is freed while
/// others still render).
///
/// # Errors
/// What some target refuses in the catalog, as diagnostics.
fn generate(
    project: &Project,
    catalog: &catalog::Catalog,
    names: &[String],
    options: output::Options,
    check: bool,
    quiet: bool,
) -> Result<ExitCode, Vec<catalog::Diagnostic>> {
    // The catalog's targets, narrowed by --target; each asked for must be one of them.
    let chosen = targets::chosen(catalog);
    if let Some(name) = names.iter().find(|n| !chosen.iter().any(|t| t.name() == n.as_str())) {
        return Ok(fail(&format!(
            "--target {name}: the catalog does not generate it (its `generate` list is {}); add it there first",
            chosen.iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")
        )));
    }
    let selected: Vec<&dyn targets::Target> =
        chosen.iter().copied().filter(|t| names.is_empty() || names.iter().any(|n| n == t.name())).collect();
    // A target the catalog no longer generates (not merely left out by --target): its recorded
    // files are removed as orphans, by a package of no files.
    let dropped: Vec<&str> = if names.is_empty() {
        targets::ALL.iter().filter(|t| !chosen.iter().any(|c| c.name() == t.name())).map(|t| t.name()).collect()
    } else {
        Vec::new()
    };
    let out = &project.out;
    let render = |target: &dyn targets::Target| {
        target.render(catalog).map_err(|e| format!("rendering the {} target failed: {e}", target.name()))
    };
    // Nothing is renamed into place before every target is checked, rendered and staged, so a
    // failure leaves every file as it was.
    let result = if check {
        let mut all = Vec::new();
        for (target, files) in selected.iter().zip(targets::check_then(catalog, &selected, render)?) {
            match files {
                Ok(files) => all.push((target.name(), files)),
                Err(message) => return Ok(fail(&message)),
            }
        }
        let packages: Vec<output::Package<'_>> = all
            .iter()
            .map(|(dir, files)| output::Package { dir, files })
            .chain(dropped.iter().map(|dir| output::Package { dir, files: &[] }))
            .collect();
        output::check(out, &packages, options)
    } else {
        let writer = match output::Writer::open(out, options) {
            Ok(writer) => writer,
            Err(e) => return Ok(fail(&e.to_string())),
        };
        let staged = targets::check_then(catalog, &selected, |target| {
            let files = render(target)?;
            writer.stage(&output::Package { dir: target.name(), files: &files }).map_err(|e| e.to_string())
        })?;
        let staged = staged
            .into_iter()
            .chain(
                dropped.iter().map(|dir| writer.stage(&output::Package { dir, files: &[] }).map_err(|e| e.to_string())),
            )
            .collect::<Result<Vec<_>, _>>();
        match staged {
            Ok(staged) => writer.commit(staged),
            Err(message) => return Ok(fail(&message)),
        }
    };
    Ok(match result {
        Ok(report) => print_report(project, catalog, &report, check, quiet),
        Err(e) => fail(&e.to_string()),
    })
}

/// Stale files named on the first line of a failed check.
const NAMED: usize = 10;

/// What a write or a check did, as `gen` tells it; the exit code.
fn print_report(
    project: &Project,
    catalog: &catalog::Catalog,
    report: &output::Report,
    check: bool,
    quiet: bool,
) -> ExitCode {
    let out = &project.out;
    let shown = |rel: &Path| project.shown(&out.join(rel));
    if check {
        if report.is_fresh() {
            if !quiet {
                note!("{} is up to date ({} files)", project.shown(out), report.unchanged);
            }
            return ExitCode::SUCCESS;
        }
        // The first few by name: a change to every code names hundreds of files.
        let stale = report.changed.len() + report.removed.len();
        let mut names: Vec<String> =
            report.changed.iter().chain(&report.removed).take(NAMED).map(|p| shown(p)).collect();
        if stale > NAMED {
            names.push(format!("and {} more (listed in the diff)", stale - NAMED));
        }
        note!("error: {} stale: {}", plural(stale, "file is", "files are"), names.join(", "));
        say::out(&report.diff);
        if let Some(cut) = &report.note {
            note!("{cut}");
        }
        for path in &report.edited {
            note!("{} was edited by hand since gen wrote it: `gen` refuses to replace it without --force", shown(path));
        }
        note!("run `gen` (or `cargo run -p gen`) and commit the result");
        return ExitCode::from(1);
    }
    if !quiet {
        if catalog.locales.len() > 1 {
            note!("{}", coverage(catalog));
        }
        for path in &report.changed {
            note!("wrote {}", shown(path));
        }
        for path in &report.removed {
            note!("removed {}", shown(path));
        }
        for path in &report.kept {
            note!("kept {}: written by hand, so the generator leaves it as it is", shown(path));
        }
        for path in &report.edited {
            note!("replaced {}, which was edited by hand (--force)", shown(path));
        }
        for path in &report.left {
            note!(
                "left {}: no longer generated, but edited by hand since gen wrote it, so it is yours now (struck from the record)",
                shown(path)
            );
        }
        if report.is_fresh() {
            note!("{} is up to date ({} files)", project.shown(out), report.unchanged);
        } else {
            note!(
                "wrote {}, removed {}, {} unchanged in {}",
                plural(report.changed.len(), "file", "files"),
                report.removed.len(),
                report.unchanged,
                project.shown(out)
            );
        }
    }
    ExitCode::SUCCESS
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `gen diff`: loads the older catalog from a file or a git revision and reports the changes.
fn compare(project: &Project, new: &catalog::Catalog, args: &ArgMatches) -> ExitCode {
    let against = args.get_one::<String>("against").map_or("", String::as_str);
    let against_path = project.cwd.join(against);
    let loaded = if !against.is_empty() && against_path.is_file() {
        catalog::load(&against_path).map_err(|mut d| {
            d.file = project.shown(&against_path);
            d
        })
    } else {
        match git::show(&project.catalog, against) {
            // The old catalog is only compared: the targets' checks are for what gets generated.
            Ok((text, name)) => catalog::load_str(&text, &name),
            Err(message) => return fail(&format!("--against `{against}`: not a file, and {message}")),
        }
    };
    let old = match loaded {
        Ok(old) => old,
        Err(diagnostics) => {
            note!("{}", diagnostics.render(color()));
            return ExitCode::from(1);
        }
    };
    let changes = diff::diff(&old, new);
    let verdict = version::check(&old.version, &new.version, &changes);
    match args.get_one::<String>("format").map(String::as_str) {
        Some("json") => say::out(&diff::to_json(&changes, Some(&verdict))),
        Some("changelog") => say::out(&diff::to_changelog(&changes, &new.version)),
        _ => say::out(&diff::to_text(&changes, Some(&verdict))),
    }
    if !verdict.ok() && !args.get_flag("allow-breaking") {
        // --allow-breaking is for accepting breaking changes; a shortfall on compatible ones
        // only needs the version set.
        if changes.iter().any(|c| c.severity == diff::Severity::Breaking) {
            note!("error: {verdict} (set `version` in the catalog, or pass --allow-breaking to accept it)");
        } else {
            note!("error: {verdict} (set `version` in the catalog)");
        }
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
