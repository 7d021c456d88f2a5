//! Lookup by code (symbol and message), and an error's message formatted, in the generated Rust for the 100,000-code synthetic
//! catalog (namespaces of 1,000 codes), against the obvious alternative: a `HashMap` from code
//! to entry built at startup. Inputs are drawn outside the timed part.

use std::cell::Cell;
use std::collections::HashMap;
use std::hint::black_box;

use divan::Bencher;
use synthetic_errors::{Locale, Service000Code, Service000Error};

fn main() {
    divan::main();
}

/// 1,024 probes into the first namespace in a scrambled order, one in 16 an unknown code.
fn probes() -> Vec<i32> {
    let all: Vec<i32> = Service000Code::ALL.iter().map(|c| c.code()).collect();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    (0..1024)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if i % 16 == 0 { -7 } else { all[usize::try_from(state % all.len() as u64).unwrap()] }
        })
        .collect()
}

/// The next probe, cycling.
fn cycle<T: Copy>(items: &[T]) -> impl FnMut() -> T + '_ {
    let i = Cell::new(0);
    move || {
        i.set((i.get() + 1) % items.len());
        items[i.get()]
    }
}

#[divan::bench]
fn generated_symbol_and_message(bencher: Bencher) {
    let probes = probes();
    bencher.with_inputs(cycle(&probes)).bench_local_values(|code| {
        let code = Service000Code::from(code);
        (code.symbol(), code.message(Locale::Zh))
    });
}

#[divan::bench]
fn generated_symbol(bencher: Bencher) {
    let probes = probes();
    bencher.with_inputs(cycle(&probes)).bench_local_values(|code| Service000Code::from(code).symbol());
}

#[divan::bench]
fn generated_from_symbol(bencher: Bencher) {
    let symbols: Vec<&str> = probes().iter().filter_map(|c| Service000Code::from(*c).symbol()).collect();
    bencher.with_inputs(cycle(&symbols)).bench_local_values(Service000Code::from_symbol);
}

/// A service's error path: an error of a code with parameters (one in seven of the synthetic
/// catalog's), its two arguments set, its message rendered in a locale.
#[divan::bench]
fn generated_format(bencher: Bencher) {
    let with_params: Vec<i32> =
        Service000Code::ALL.iter().filter(|c| !c.params().is_empty()).map(|c| c.code()).collect();
    bencher.with_inputs(cycle(&with_params)).bench_local_values(|code| {
        Service000Error::new(code).with_arg("name", "disk-7").with_arg("count", 3).message(Locale::Zh)
    });
}

#[divan::bench]
fn hashmap_symbol_and_message(bencher: Bencher) {
    let map: HashMap<i32, (&str, &str)> = Service000Code::ALL
        .iter()
        .filter_map(|c| Some((c.code(), (c.symbol()?, c.message(Locale::Zh)?))))
        .collect();
    let probes = probes();
    bencher.with_inputs(cycle(&probes)).bench_local_values(|code| map.get(&black_box(code)).copied());
}
