//! Writes a synthetic catalog to stdout: `cargo run --release -p gen --example synth -- CODES [SEED]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let codes = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    print!("{}", errgen::synthetic::catalog(codes, seed));
}
