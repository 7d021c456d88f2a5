//! `catalog.yaml` exactly as written: what serde reads before any rule is checked.
//!
//! Codes, symbols, aliases and messages are read as any [`Scalar`], so validation reports every
//! wrong value with its entry, not serde the first one as a bare type error.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A value read as whatever YAML made of it; validation decides whether that fits.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    Int(i64),
    /// Text, quoted or plain (a plain value YAML does not read as a number).
    Text(String),
    /// Anything else, named for the message: `a decimal number`, `a list`...
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl<'de> Visitor<'de> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(i64::try_from(v).map_or(Scalar::Other("a number beyond 64 bits"), Scalar::Int))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Scalar, E> {
                Ok(Scalar::Other("a decimal number"))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other("a boolean"))
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other("null"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("a list"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("a mapping"))
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Text(s) => write!(f, "{s}"),
            Self::Other(what) => f.write_str(what),
        }
    }
}

/// A mapping read in the order it is written (serde's maps would sort or hash it): attributes
/// are declared in the order their accessors are generated.
#[derive(Debug)]
pub struct Ordered<T>(pub Vec<(String, T)>);

impl<T> Default for Ordered<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Ordered<T> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for OrderedVisitor<T> {
            type Value = Ordered<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered<T>, A::Error> {
                let mut out = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    out.push(pair);
                }
                Ok(Ordered(out))
            }
        }
        deserializer.deserialize_map(OrderedVisitor(std::marker::PhantomData))
    }
}

/// One declared attribute: `http_status: {type: int, default: 500, doc: ...}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAttribute {
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub default: Option<serde_yaml::Value>,
    #[serde(default)]
    pub doc: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalog {
    pub package: String,
    pub version: String,
    /// What each target needs that the catalog cannot derive, by target name and key
    /// (`java: {package: ...}`). Which keys a target takes is the target's own business.
    #[serde(default)]
    pub targets: BTreeMap<String, BTreeMap<String, String>>,
    /// The targets to generate, by name (`[rust, python]`); all when absent. Which names exist
    /// is the targets' business (see `targets::check`).
    #[serde(default)]
    pub generate: Option<Vec<String>>,
    /// The spelling before per-target settings: read as `targets.java.package`.
    #[serde(default)]
    pub java_package: Option<String>,
    pub default_locale: String,
    pub locales: Vec<String>,
    /// The base of each code's RFC 9457 problem type URI (`https://errors.example.com/`).
    #[serde(default)]
    pub problem_base_uri: Option<String>,
    /// Typed data every entry carries, in declared order.
    #[serde(default)]
    pub attributes: Ordered<RawAttribute>,
    /// What registries need to know about the generated packages.
    #[serde(default)]
    pub metadata: Option<RawMetadata>,
    pub namespaces: Vec<RawNamespace>,
}

/// The `metadata:` section: every key optional, each checked by validation.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetadata {
    #[serde(default)]
    pub description: Option<String>,
    /// An SPDX license expression (`MIT OR Apache-2.0`).
    #[serde(default)]
    pub license: Option<String>,
    #[serde(default)]
    pub repository: Option<String>,
    #[serde(default)]
    pub homepage: Option<String>,
    /// `Name <email>` or `Name`.
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// `true`, `false` (the default) or a list of target names: read as any value, checked by
    /// validation.
    #[serde(default)]
    pub publish: Option<serde_yaml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamespace {
    pub name: String,
    /// `integer` (the default) or `string`.
    #[serde(default)]
    pub code_type: Option<String>,
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
    pub codes: Vec<Scalar>,
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
    pub code: Scalar,
    /// Any scalar, `None` when missing: validation reports a missing or wrong symbol with the
    /// entry, so one does not hide every other problem.
    #[serde(default)]
    pub symbol: Option<Scalar>,
    /// Locale tag to message, each read as any scalar for the same reason. A `BTreeMap` keeps
    /// iteration deterministic. Missing messages are reported by validation, per locale.
    #[serde(default)]
    pub message: BTreeMap<String, Scalar>,
    /// Parameter name to type (`{table: string}`), in the order written: the order of the
    /// generated functions' arguments. Types are read as any scalar and checked by validation.
    #[serde(default)]
    pub params: Ordered<Scalar>,
    #[serde(default)]
    pub aliases: Vec<Scalar>,
    #[serde(default)]
    pub deprecated: Option<RawDeprecation>,
    /// Values of the declared attributes, checked against their types by validation.
    #[serde(default)]
    pub attributes: BTreeMap<String, serde_yaml::Value>,
}
