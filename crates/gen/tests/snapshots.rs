//! Snapshots of every generated file for the fixture catalogs in `tests/fixtures/`: a template
//! change shows up here as a snapshot diff to review with `cargo insta review`.
//!
//! `catalog.yaml`'s own output is not snapshotted: it is committed in `generated/`, where
//! `gen --check` (in CI and in `cli.rs`) keeps it exact, so a catalog change shows once, as the
//! diff of `generated/`, and needs no snapshot update.

use errgen::targets;

mod common;
use common::workspace;

/// Snapshots each file of each target the catalog generates as `<name>@<target>__<path>`.
fn snapshot_all(name: &str, catalog_path: &str) {
    let mut catalog = errgen::load(&workspace().join(catalog_path)).unwrap_or_else(|e| panic!("{e}"));
    catalog_path.clone_into(&mut catalog.source);
    let mut snapshots = common::Snapshots::default();
    for target in targets::chosen(&catalog) {
        let files = target.render(&catalog).unwrap_or_else(|e| panic!("{}: {e}", target.name()));
        assert!(!files.is_empty(), "{} rendered no files", target.name());
        for file in files {
            let snapshot = format!("{name}@{}__{}", target.name(), file.path.display()).replace('/', "__");
            snapshots.check(&snapshot, || insta::assert_snapshot!(snapshot.clone(), file.contents));
        }
    }
    snapshots.finish();
}

#[test]
fn naming_fixture() {
    snapshot_all("naming", "tests/fixtures/naming.yaml");
}

#[test]
fn grpc_fixture() {
    snapshot_all("grpc", "tests/fixtures/grpc.yaml");
}

#[test]
fn hostile_fixture() {
    snapshot_all("hostile", "tests/fixtures/hostile.yaml");
}

#[test]
fn wire_names_fixture() {
    snapshot_all("wire-names", "tests/fixtures/wire-names.yaml");
}

#[test]
fn sparse_fixture() {
    snapshot_all("sparse", "tests/fixtures/sparse.yaml");
}

#[test]
fn attributes_fixture() {
    snapshot_all("attributes", "tests/fixtures/attributes.yaml");
}

#[test]
fn postgres_fixture() {
    snapshot_all("postgres", "tests/fixtures/postgres.yaml");
}

#[test]
fn params_fixture() {
    snapshot_all("params", "tests/fixtures/params.yaml");
}
