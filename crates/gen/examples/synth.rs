//! Writes a synthetic catalog to stdout:
//! `cargo run --release -p gen --example synth -- CODES [SEED [NAMESPACE_SIZE [LOCALES]]]`
//! (namespaces of 1,000 codes and two locales by default).

fn main() {
    let mut args = std::env::args().skip(1);
    let mut next = |default: usize| args.next().and_then(|a| a.parse().ok()).unwrap_or(default);
    let (codes, seed) = (next(10_000), next(1));
    let (namespace_size, locales) = (next(errgen::synthetic::NAMESPACE_SIZE), next(2));
    print!("{}", errgen::synthetic::shaped(codes, seed as u64, namespace_size, locales));
}
