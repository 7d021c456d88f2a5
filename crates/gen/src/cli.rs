//! `gen`'s command line: its flags, subcommands and help texts.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, value_parser};
use errgen::targets;

/// The command line. clap's builder rather than its derive: the same interface without a second
/// proc-macro crate in the cold build CI pays for.
pub fn cli() -> Command {
    Command::new("gen")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Generate error-code packages for every language from catalog.yaml.")
        .after_help(
            "Exit status:\n  0  success (generated, up to date, or a version that moves as the changes need)\n  1  invalid catalog, stale output (--check), an edited file in the way, a version that does not move as the changes need (diff), an I/O error, or output that could not be printed\n  2  usage error\nA closed pipe (gen --check | head) stops the printing and keeps the status.",
        )
        .arg(
            Arg::new("catalog")
                .long("catalog")
                .value_name("PATH")
                .global(true)
                .value_parser(value_parser!(PathBuf))
                .help("The catalog to read [default: the nearest catalog.yaml in this folder or above]"),
        )
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("DIR")
                .value_parser(value_parser!(PathBuf))
                .help("The folder to write each target's package into [default: generated/ beside the catalog]"),
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
            Arg::new("quiet")
                .long("quiet")
                .short('q')
                .global(true)
                .action(ArgAction::SetTrue)
                .help("Print only errors"),
        )
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help("Replace generated files that were edited by hand since gen wrote them (your edits are lost)"),
        )
        .arg(
            Arg::new("check")
                .long("check")
                .action(ArgAction::SetTrue)
                .help("Write nothing; exit 1 with a diff if the output is not exactly what would be generated"),
        )
        .disable_help_subcommand(true)
        .subcommand(
            Command::new("init").about(
                "Write a starter catalog (--catalog PATH, default ./catalog.yaml) that generates as it is; never overwrites",
            ),
        )
        .subcommand(import())
        .subcommand(
            Command::new("help")
                .about("Print this help, or with `catalog` the catalog format's reference")
                .arg(Arg::new("topic").value_parser(["catalog"]).help("`catalog`: every field and rule of the format")),
        )
        .subcommand(
            Command::new("diff")
                .about(
                    "Report every change from an older catalog to --catalog; exit 1 unless `version` moves as they need (SemVer)",
                )
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
                        .value_parser(["text", "json", "changelog"])
                        .default_value("text")
                        .help("How to print the report (changelog: a Keep a Changelog section for the new version)"),
                )
                .arg(
                    Arg::new("allow-breaking")
                        .long("allow-breaking")
                        .action(ArgAction::SetTrue)
                        .help("Exit 0 even when the version does not move as the changes need (an emergency)"),
                ),
        )
}

/// `gen import`: a first catalog from an existing error table or another tool's catalog.
fn import() -> Command {
    use errgen::import::Kind;
    let kinds: Vec<String> = Kind::ALL.iter().map(|(_, name, what)| format!("  {name:<9} {what}")).collect();
    Command::new("import")
        .about("Write a catalog from existing error tables or catalogs (Markdown, RST, CSV, PostgreSQL, MySQL, MongoDB, .proto)")
        .after_help(format!(
            "Kinds:\n{}\nEach decision the import makes is a `# import:` comment beside its entry, and summarised on stderr.",
            kinds.join("\n")
        ))
        .arg(
            Arg::new("from")
                .long("from")
                .value_name("KIND")
                .required(true)
                .value_parser(clap::builder::PossibleValuesParser::new(Kind::ALL.iter().map(|(_, name, _)| *name)))
                .help("The format of the sources"),
        )
        .arg(
            Arg::new("sources")
                .value_name("SOURCE")
                .required(true)
                .num_args(1..)
                .value_parser(value_parser!(PathBuf))
                .help("The files to import"),
        )
        .arg(
            Arg::new("namespace")
                .long("namespace")
                .value_name("NAME")
                .help("Put every table or enum into this one namespace (lower_snake)"),
        )
        .arg(
            Arg::new("columns")
                .long("columns")
                .value_name("SPEC")
                .value_parser(|s: &str| s.parse::<errgen::import::Columns>())
                .help("Table columns by number instead of by header: code=1,symbol=2,en=3,zh=4"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Write the catalog to FILE instead of stdout; an existing FILE only with --force"),
        )
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help("Replace an existing --output FILE"),
        )
}
