// {{ header }}
//! Error codes of every API in the catalog, one type per namespace.
//!
//! Each type is a newtype over `i32` with one associated constant per known code. Any `i32`
//! converts into it, so a code the catalog does not list yet survives as its integer:
//! `is_known` (as in [`{{ namespaces[0].ty }}::is_known`]) tells the two apart, and `symbol` and
//! `message` return `None`.

// Doc comments quote catalog messages verbatim; they are prose, not code to put in backticks.
#![allow(clippy::doc_markdown)]
{% for ns in namespaces %}
pub mod {{ ns.module }};
{%- endfor %}
{% for ns in namespaces %}
pub use {{ ns.module }}::{ {{- ns.ty }}, {{ ns.error }}};
{%- endfor %}

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
/// whose codes are `C` (`i32` or `String`): `type` from the catalog's `problem_base_uri`, the
/// namespace and the symbol (`about:blank` without one, or for an unknown code); `title` the message in [`Locale::DEFAULT`]; `status` from the catalog's
/// `http_status` attribute, if it has one; `detail` the message in the locale asked for; and the
/// extension member `code`, the bare code. With the `serde` feature it is (de)serializable.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Problem<C> {
    pub r#type: String,
    pub title: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub status: Option<i32>,
    pub detail: String,
    pub code: C,
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

impl std::error::Error for ParseError {}
