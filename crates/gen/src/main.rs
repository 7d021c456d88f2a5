//! `gen`: generates every target's package from the catalog, checks that `generated/` is fresh,
//! or reports what a catalog change breaks (`gen diff`).
//!
//! Exit codes: 0 success, 1 invalid catalog, stale output or breaking change, 2 usage error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use errgen::{catalog, diff, output, targets};

/// The command line. clap's builder rather than its derive: the same interface without a second
/// proc-macro crate in the cold build CI pays for.
fn cli() -> Command {
    Command::new("gen")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Generate error-code packages for every language from catalog.yaml.")
        .arg(
            Arg::new("catalog")
                .long("catalog")
                .value_name("PATH")
                .global(true)
                .value_parser(value_parser!(PathBuf))
                .help("The catalog to read [default: catalog.yaml at the workspace root]"),
        )
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("DIR")
                .value_parser(value_parser!(PathBuf))
                .help("The folder to write each target's package into [default: generated/ at the workspace root]"),
        )
        .arg(
            Arg::new("target")
                .long("target")
                .value_name("NAME")
                .action(ArgAction::Append)
                .value_parser(clap::builder::PossibleValuesParser::new(targets::ALL.iter().map(|t| t.name())))
                .help("Generate only this target (repeatable) [default: all]"),
        )
        .arg(
            Arg::new("check")
                .long("check")
                .action(ArgAction::SetTrue)
                .help("Write nothing; exit 1 with a diff if the output is not exactly what would be generated"),
        )
        .subcommand(
            Command::new("diff")
                .about("Report every change from an older catalog to --catalog; exit 1 if any is breaking")
                .arg(
                    Arg::new("against")
                        .long("against")
                        .value_name("PATH|REV")
                        .required(true)
                        .help("The older catalog: a file, or a git revision (`main`, `HEAD~1`) to read catalog.yaml at"),
                )
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help("How to print the report"),
                )
                .arg(
                    Arg::new("allow-breaking")
                        .long("allow-breaking")
                        .action(ArgAction::SetTrue)
                        .help("Exit 0 even when a change is breaking"),
                ),
        )
}

/// The workspace root: paths default relative to it, not to the current directory.
fn workspace_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn main() -> ExitCode {
    let matches = cli().get_matches();
    let root = workspace_root();
    let catalog_path = matches.get_one::<PathBuf>("catalog").cloned().unwrap_or_else(|| root.join("catalog.yaml"));
    let catalog = match catalog::load(&catalog_path) {
        Ok(catalog) => catalog,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::from(1);
        }
    };
    if let Some(("diff", args)) = matches.subcommand() {
        return compare(root, &catalog, args);
    }
    let out = matches.get_one::<PathBuf>("out").cloned().unwrap_or_else(|| root.join("generated"));
    let names: Vec<String> = matches.get_many::<String>("target").unwrap_or_default().cloned().collect();
    generate(&catalog, &out, &names, matches.get_flag("check"))
}

/// Renders the selected targets, then writes them (or, with `check`, compares them). Targets are
/// independent, so each renders, and then writes, on a thread of its own.
fn generate(catalog: &catalog::Catalog, out: &Path, names: &[String], check: bool) -> ExitCode {
    let selected: Vec<&dyn targets::Target> =
        targets::ALL.iter().copied().filter(|t| names.is_empty() || names.iter().any(|n| n == t.name())).collect();
    // Render everything before touching the disk, so a failure leaves every file as it was.
    let rendered = parallel(&selected, |target| target.render(catalog));
    let mut all = Vec::new();
    for (target, files) in selected.iter().zip(rendered) {
        match files {
            Ok(files) => all.push((target.name(), files)),
            Err(e) => {
                eprintln!("error: rendering the {} target failed: {e}", target.name());
                return ExitCode::from(1);
            }
        }
    }
    let reports = parallel(&all, |(name, files)| {
        if check { output::check(out, name, files) } else { output::write(out, name, files) }
    });
    let mut stale = false;
    for ((name, _), report) in all.iter().zip(reports) {
        let report = match report {
            Ok(report) => report,
            Err(e) => {
                eprintln!("error: {}: {e}", out.join(name).display());
                return ExitCode::from(1);
            }
        };
        if check {
            stale |= !report.is_fresh();
            print!("{}", report.diff);
        } else {
            for path in &report.changed {
                eprintln!("wrote {}", path.display());
            }
            for path in &report.removed {
                eprintln!("removed {}", path.display());
            }
        }
    }
    if stale {
        eprintln!("error: {} is stale: run `cargo run -p gen` and commit the result", out.display());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// `f` over `items`, one scoped thread each, results in the order of `items`.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = items.iter().map(|item| scope.spawn(|| f(item))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

/// `gen diff`: loads the older catalog from a file or a git revision and reports the changes.
fn compare(root: &Path, new: &catalog::Catalog, args: &ArgMatches) -> ExitCode {
    let against = args.get_one::<String>("against").map_or("", String::as_str);
    let loaded = if Path::new(against).is_file() {
        catalog::load(Path::new(against))
    } else {
        match git_show(root, against) {
            Ok(text) => catalog::load_str(&text, &format!("{against}:catalog.yaml")),
            Err(message) => {
                eprintln!("error: --against {against}: not a file, and {message}");
                return ExitCode::from(1);
            }
        }
    };
    let old = match loaded {
        Ok(old) => old,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::from(1);
        }
    };
    let changes = diff::diff(&old, new);
    match args.get_one::<String>("format").map(String::as_str) {
        Some("json") => print!("{}", diff::to_json(&changes)),
        _ => print!("{}", diff::to_text(&changes)),
    }
    let breaking = changes.iter().any(|c| c.severity == diff::Severity::Breaking);
    if breaking && !args.get_flag("allow-breaking") {
        eprintln!("error: the catalog change is breaking (pass --allow-breaking to accept it)");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// `catalog.yaml` as it was at git revision `rev`.
fn git_show(root: &Path, rev: &str) -> Result<String, String> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["show", &format!("{rev}:catalog.yaml")])
        .output()
        .map_err(|e| format!("git could not run: {e}"))?;
    if !output.status.success() {
        return Err(format!("git cannot read it: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    String::from_utf8(output.stdout).map_err(|_| "catalog.yaml at that revision is not UTF-8".to_owned())
}
