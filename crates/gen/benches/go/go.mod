// Benchmarks of the generated Go package for the synthetic catalog (not a consumer of the
// workspace's own catalog): crates/gen/benches/run.sh generates target/bench/gen-100k first.
module bench

go 1.21

require synthetic-errors v0.0.0

replace synthetic-errors => ../../../../target/bench/gen-100k/go
