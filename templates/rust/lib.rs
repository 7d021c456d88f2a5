// {{ header }}
//! Error codes of every API in the catalog, one type per namespace.
//!
//! Each type is a newtype over `i32` with one associated constant per known code. Any `i32`
//! converts into it, so a code the catalog does not list yet survives as its integer:
//! `is_known` (as in [`{{ namespaces[0].ty }}::is_known`]) tells the two apart, and `symbol` and
//! `message` return `None`.

//!
//! `no_std`: the crate needs only `core` and `alloc`, so it builds for targets without the
//! standard library too; its error types implement `core::error::Error`, which is
//! `core::error::Error`.

// Doc comments quote catalog messages verbatim; they are prose, not code to put in backticks.
#![allow(clippy::doc_markdown)]
#![no_std]

extern crate alloc;

/// What the generated modules use from `alloc`, which `no_std` does not bring in (each
/// module takes what it needs).
#[allow(unused_imports)]
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::format;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec::Vec;
}
#[allow(unused_imports)]
use prelude::*;
{% for ns in namespaces %}
pub mod {{ ns.module }};
{%- endfor %}
{% for ns in namespaces %}
pub use {{ ns.module }}::{ {{- ns.ty }}, {{ ns.error }}};
{%- endfor %}

/// The README's example, compiled and run by `cargo test` as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExample;

/// A locale the catalog has messages in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
{%- for l in locales %}
    /// `{{ l.tag }}`
    {{ l.variant }},
{%- endfor %}
}

impl Locale {
    /// The locale a message falls back to when the requested one is not in the catalog.
    pub const DEFAULT: Self = Self::{{ default_variant }};

    /// Every locale, in catalog order.
    pub const ALL: &'static [Self] = &[{% for l in locales %}Self::{{ l.variant }}{% if !loop.last %}, {% endif %}{% endfor %}];

    /// The BCP 47 tag of this locale.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
{%- for l in locales %}
            Self::{{ l.variant }} => {{ l.tag }},
{%- endfor %}
        }
    }

    /// The catalog locale for a BCP 47 tag: the tag itself, else the tag with its last subtag
    /// removed, repeatedly (`zh-Hans-CN`, `zh-Hans`, `zh`), case-insensitively; `None` when no
    /// prefix is in the catalog.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        let mut tag = tag;
        loop {
            if let Some(found) = Self::ALL.iter().find(|l| l.tag().eq_ignore_ascii_case(tag)) {
                return Some(*found);
            }
            tag = &tag[..tag.rfind('-')?];
        }
    }

    /// [`from_tag`](Self::from_tag), falling back to [`Locale::DEFAULT`].
    #[must_use]
    pub fn negotiate(tag: &str) -> Self {
        Self::from_tag(tag).unwrap_or(Self::DEFAULT)
    }
}

/// An RFC 9457 problem details object (`application/problem+json`) for an error of a namespace
/// whose codes are `C` (`i32` or `String`), its members in this order: `type` from the catalog's
/// `problem_base_uri`, the namespace and the symbol (`about:blank` without one, or for an unknown
/// code); `title` the message in [`Locale::DEFAULT`]; `status` from the catalog's `http_status`
/// attribute, if it has one and knows the code; `detail` the message in the locale asked for; the
/// extension member `code`, the bare code; and `arguments`, when there are any.
///
/// With the `serde` feature it is (de)serializable. Reading one, only `code` is required (of type
/// `C`); any other member of the wrong type is ignored, as RFC 9457 asks, and so is an argument
/// that is not text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Problem<C> {
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "lenient::member"))]
    pub r#type: String,
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "lenient::member"))]
    pub title: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient::member")
    )]
    pub status: Option<i32>,
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "lenient::member"))]
    pub detail: String,
    pub code: C,
    /// The extension member `arguments`: the error's arguments by name, as text (absent when
    /// there are none).
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            skip_serializing_if = "::alloc::collections::BTreeMap::is_empty",
            deserialize_with = "lenient::arguments"
        )
    )]
    pub arguments: ::alloc::collections::BTreeMap<String, String>,
}

{% if has_attributes -%}
/// Where `position` is in `positions` (ascending), if there: each attribute's table lists only
/// the codes whose value is not the common one.
const fn listed(positions: &[u32], position: usize) -> Option<usize> {
    let (mut low, mut high) = (0, positions.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let at = positions[middle] as usize;
        if at == position {
            return Some(middle);
        }
        if at < position {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    None
}

{% endif -%}
/// Reading problem details as RFC 9457 (section 3.1) asks: a member whose value is not of its
/// type is ignored, not an error.
#[cfg(feature = "serde")]
mod lenient {
    use alloc::collections::BTreeMap;
    use alloc::string::String;

    use serde::{Deserialize, Deserializer};

    /// A value of the type wanted, or anything else.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either<T> {
        Wanted(T),
        Other(serde::de::IgnoredAny),
    }

    /// The member if it has its type, else its type's default (as if it were absent).
    pub fn member<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
        Ok(match Either::<T>::deserialize(d)? {
            Either::Wanted(value) => value,
            Either::Other(_) => T::default(),
        })
    }

    /// The arguments that are text; none if `arguments` is not an object.
    pub fn arguments<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
        let given: BTreeMap<String, Either<String>> = member(d)?;
        Ok(given
            .into_iter()
            .filter_map(|(name, value)| match value {
                Either::Wanted(text) => Some((name, text)),
                Either::Other(_) => None,
            })
            .collect())
    }
}

/// An argument a message is formatted with, written the same way in every language the catalog
/// generates: text as it is; an integer in decimal digits; a float as the shortest decimal that
/// reads back as the same number, without exponent or trailing `.0` (`0.30000000000000004`,
/// `1000000000000000000000`, `2`), `0` for both zeros, and `NaN`, `Infinity`, `-Infinity`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Int(i64),
    Float(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Self::Int(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Self::Int(n.into())
    }
}

impl From<f64> for Arg {
    fn from(x: f64) -> Self {
        Self::Float(x)
    }
}

impl ::core::fmt::Display for Arg {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Int(n) => write!(f, "{n}"),
            Self::Float(x) if x.is_nan() => f.write_str("NaN"),
            Self::Float(x) if x.is_infinite() => f.write_str(if *x > 0.0 { "Infinity" } else { "-Infinity" }),
            Self::Float(x) if *x == 0.0 => f.write_str("0"),
            // Rust's `Display` for floats is the shortest round-trip decimal without exponent.
            Self::Float(x) => write!(f, "{x}"),
        }
    }
}

/// `template` with each `{name}` replaced by the argument of that name (kept when there is
/// none), and each doubled brace read as one.
fn fill(template: &str, arguments: &[(String, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let (brace, after) = (&rest[i..=i], &rest[i + 1..]);
        if after.starts_with(brace) {
            out.push_str(brace);
            rest = &after[1..];
        } else if let Some(end) = after.find('}').filter(|_| brace == "{") {
            let name = &after[..end];
            match arguments.iter().find(|(n, _)| n == name) {
                Some((_, value)) => out.push_str(value),
                None => out.push_str(&rest[i..i + end + 2]),
            }
            rest = &after[end + 1..];
        } else {
            out.push_str(brace);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

impl ::core::str::FromStr for Locale {
    type Err = ParseError;

    /// The catalog locale for a BCP 47 tag, as [`Locale::from_tag`] finds it.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        Self::from_tag(tag).ok_or_else(|| ParseError { what: "locale", text: tag.into() })
    }
}

/// Text that names no locale, or no code: what `parse` of a [`Locale`] or an integer code type
/// returns for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    what: &'static str,
    text: Box<str>,
}

impl ::core::fmt::Display for ParseError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        write!(f, "`{}` is not a {} of the catalog", self.text, self.what)
    }
}

impl core::error::Error for ParseError {}
