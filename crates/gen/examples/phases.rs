//! Times each phase of one generation run on a catalog file, best of N runs:
//! `cargo run --release -p gen --example phases -- CATALOG [RUNS]`. Prints a Markdown table.

use std::time::{Duration, Instant};

use errgen::{catalog, output, targets};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: phases CATALOG [RUNS]");
    let runs = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let out = std::env::temp_dir().join(format!("gen-phases-{}", std::process::id()));

    let (read, src) = best(runs, || std::fs::read_to_string(&path).expect("readable catalog"));
    let (yaml_floor, ()) = best(runs, || {
        let _: serde_yaml::Value = serde_yaml::from_str(&src).expect("YAML");
    });
    let (parse, ()) = best(runs, || catalog::parse(&src, &path).map(|_| ()).expect("parses"));
    let parsed = catalog::parse(&src, &path).expect("parses");
    let (validate, catalog) = best(runs, || parsed.validate().expect("valid"));
    let (checks, ()) = best(runs, || targets::check(&catalog).expect("every target holds the catalog"));
    let mut rows = vec![
        ("read file", read),
        ("YAML to a generic value (floor)", yaml_floor),
        ("parse to the raw model (YAML rules included)", parse),
        ("validate", validate),
        ("each target's name checks", checks),
    ];
    let mut render_total = Duration::ZERO;
    let mut rendered = Vec::new();
    for target in targets::ALL {
        let (took, files) = best(runs, || target.render(&catalog).expect("renders"));
        render_total += took;
        rows.push((target.name(), took));
        rendered.push((target.name(), files));
    }
    let _ = std::fs::remove_dir_all(&out);
    let options = errgen::output_options(false);
    let packages: Vec<output::Package<'_>> =
        rendered.iter().map(|(dir, files)| output::Package { dir, files }).collect();
    let (write, ()) = best(1, || {
        output::write(&out, &packages, options).expect("writes");
    });
    let (check, ()) = best(runs, || {
        assert!(output::check(&out, &packages, options).expect("checks").is_fresh());
    });
    std::fs::remove_dir_all(&out).expect("cleans up");
    let total = parse + validate + checks + render_total + write;
    println!("| phase | time (ms) | share of parse+validate+checks+render+write |");
    println!("| --- | ---: | ---: |");
    for (name, took) in rows.iter().chain(
        [("render (all targets)", render_total), ("write (fresh folder)", write), ("check (nothing to write)", check)]
            .iter(),
    ) {
        let label = if targets::by_name(name).is_some() { format!("render {name}") } else { (*name).to_owned() };
        println!(
            "| {label} | {:.1} | {:.0}% |",
            took.as_secs_f64() * 1e3,
            100.0 * took.as_secs_f64() / total.as_secs_f64()
        );
    }
    println!("| **total** | {:.1} | 100% |", total.as_secs_f64() * 1e3);
}
