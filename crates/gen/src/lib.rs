//! The error-code generator: `catalog.yaml` in, one package per language out.
//!
//! Data flows one way: [`catalog::load`] parses and validates the YAML into a [`catalog::Catalog`],
//! each [`targets::Target`] renders it through its askama templates into [`output::File`]s, and
//! [`output`] writes them atomically or checks them against what is on disk.

pub mod catalog;
pub mod diff;
pub mod git;
pub mod naming;
pub mod output;
pub mod project;
pub mod synthetic;
pub mod targets;
