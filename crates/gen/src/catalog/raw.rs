//! `catalog.yaml` exactly as written: what serde reads before any rule is checked.
//!
//! Codes are read as `i64` so an out-of-range code is reported by validation, with its entry,
//! rather than as a bare type error.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalog {
    pub package: String,
    pub version: String,
    pub java_package: String,
    pub default_locale: String,
    pub locales: Vec<String>,
    pub namespaces: Vec<RawNamespace>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamespace {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub entries: Vec<RawEntry>,
    #[serde(default)]
    pub retired: RawRetired,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRetired {
    #[serde(default)]
    pub codes: Vec<i64>,
    #[serde(default)]
    pub symbols: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeprecation {
    pub reason: String,
    #[serde(default)]
    pub replacement: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub code: i64,
    pub symbol: String,
    /// Locale tag to message. A `BTreeMap` keeps iteration deterministic.
    pub message: BTreeMap<String, String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub deprecated: Option<RawDeprecation>,
}
