//! `gen`: generates every target's package from the catalog, or checks that `generated/` is fresh.
//!
//! Exit codes: 0 success, 1 invalid catalog or stale output, 2 usage error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use errgen::{catalog, output, targets};

/// Generate error-code packages for every language from catalog.yaml.
#[derive(Parser)]
#[command(name = "gen", version)]
struct Cli {
    /// The catalog to read [default: catalog.yaml at the workspace root]
    #[arg(long, value_name = "PATH")]
    catalog: Option<PathBuf>,

    /// The folder to write each target's package into [default: generated/ at the workspace root]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// Generate only this target (repeatable) [default: all]
    #[arg(long = "target", value_name = "NAME", value_parser = target_names())]
    targets: Vec<String>,

    /// Write nothing; exit 1 with a diff if the output is not exactly what would be generated
    #[arg(long)]
    check: bool,
}

fn target_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(targets::ALL.iter().map(|t| t.name()))
}

/// The workspace root: paths default relative to it, not to the current directory.
fn workspace_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let catalog_path = cli.catalog.unwrap_or_else(|| root.join("catalog.yaml"));
    let out = cli.out.unwrap_or_else(|| root.join("generated"));

    let catalog = match catalog::load(&catalog_path) {
        Ok(catalog) => catalog,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::from(1);
        }
    };

    let selected: Vec<_> = if cli.targets.is_empty() {
        targets::ALL.to_vec()
    } else {
        targets::ALL.iter().copied().filter(|t| cli.targets.iter().any(|n| n == t.name())).collect()
    };

    // Render everything before touching the disk, so a failure leaves every file as it was.
    let mut rendered = Vec::new();
    for target in selected {
        match target.render(&catalog) {
            Ok(files) => rendered.push((target.name(), files)),
            Err(e) => {
                eprintln!("error: rendering the {} target failed: {e}", target.name());
                return ExitCode::from(1);
            }
        }
    }

    let mut stale = false;
    for (name, files) in &rendered {
        let result = if cli.check { output::check(&out, name, files) } else { output::write(&out, name, files) };
        let report = match result {
            Ok(report) => report,
            Err(e) => {
                eprintln!("error: {}: {e}", out.join(name).display());
                return ExitCode::from(1);
            }
        };
        if cli.check {
            if !report.is_fresh() {
                stale = true;
                print!("{}", report.diff);
            }
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
