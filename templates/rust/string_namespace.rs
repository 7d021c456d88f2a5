// {{ header }}
//! `{{ ns.ty }}`: {{ ns.doc }}

use ::core::fmt;

use crate::Locale;
#[allow(unused_imports)]
use crate::prelude::*;

/// Codes this namespace used once and retired: never reused, so never known again.
pub const RETIRED_CODES: &[&str] = &[{% for c in ns.retired %}{{ c }}{% if !loop.last %}, {% endif %}{% endfor %}];

/// An error code of this namespace: one of the constants below, or any other code the server
/// sent, kept as is (like rust-postgres's `SqlState`).
///
/// ```
/// use {{ crate_name }}::{ {{- ns.ty }}, Locale};
{%- let first = ns.entries[0] %}
///
/// let code = {{ ns.ty }}::from({{ first.code() }});
/// assert_eq!(code, {{ ns.ty }}::{{ first.constant() }});
/// assert_eq!(code.symbol(), Some({{ first.symbol_literal() }}));
/// assert_eq!(code.message(Locale::{{ locales[0].variant }}), Some({{ first.first_message() }}));
///
/// let unknown = {{ ns.ty }}::from({{ ns.unknown }});
/// assert!(!unknown.is_known());
/// assert_eq!((unknown.code(), unknown.symbol()), ({{ ns.unknown }}, None));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct {{ ns.ty }}(Repr);

/// A known code by its position in the catalog, or another code as the server sent it. Only
/// [`{{ ns.ty }}::new`] makes an `Other`, and never of a known code, so equality and hashing of
/// the representation are those of the codes.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Known(u32),
    Other(Box<str>),
}

impl {{ ns.ty }} {
{%- for e in ns.entries %}
{%- let position = loop.index0 %}
    /// {{ e.code_doc() }}: {{ e.doc() }}
{%- if let Some(note) = e.deprecated() %}
    #[deprecated = {{ note }}]
{%- endif %}
    pub const {{ e.constant() }}: Self = Self(Repr::Known({{ position }}));
{%- for alias in e.aliases() %}
    /// Alias of [`Self::{{ e.constant() }}`].
{%- if let Some(note) = e.deprecated() %}
    #[deprecated = {{ note }}]
{%- endif %}
    pub const {{ alias }}: Self = Self(Repr::Known({{ position }}));
{%- endfor %}
{%- endfor %}

    /// Every code in the catalog, in catalog order.
    pub const ALL: &'static [Self] = &[
{%- for e in ns.entries %}
        Self(Repr::Known({{ loop.index0 }})),
{%- endfor %}
    ];

    /// The code for any string, known or not.
    #[must_use]
    pub fn new(code: &str) -> Self {
        match index(code) {
            Some(i) => Self(Repr::Known(i)),
            None => Self(Repr::Other(code.into())),
        }
    }

    /// The code on the wire.
    #[must_use]
    pub fn code(&self) -> &str {
        match &self.0 {
            Repr::Known(i) => CODES[*i as usize],
            Repr::Other(code) => code,
        }
    }

    /// Whether the catalog lists this code.
    #[must_use]
    pub const fn is_known(&self) -> bool {
        matches!(self.0, Repr::Known(_))
    }

    /// Position in [`Self::ALL`], for a known code.
    const fn position(&self) -> Option<usize> {
        match self.0 {
            Repr::Known(i) => Some(i as usize),
            Repr::Other(_) => None,
        }
    }

{% include "rust/lookups.rs" %}

    /// The code with this catalog symbol or alias, spelled exactly as the API spells it.
    #[must_use]
    pub fn from_symbol(symbol: &str) -> Option<Self> {
        let mut slot = (fnv1a(symbol).wrapping_mul({{ ns.symbol_hash.multiplier }}) >> {{ ns.symbol_hash.shift }}) as usize;
        loop {
            let entry = SYMBOL_SLOTS[slot] as usize;
            if entry == 0 {
                return None;
            }
            let (name, position) = BY_SYMBOL[entry - 1];
            if name == symbol {
                return Some(Self(Repr::Known(position)));
            }
            slot = (slot + 1) & (SYMBOL_SLOTS.len() - 1);
        }
    }
}

/// 32-bit FNV-1a, the hash both tables below are laid out with.
fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Position of `code` in `CODES`: a lookup in an open-addressing hash table the generator laid
/// out (`SLOTS`), one or two probes on average.
fn index(code: &str) -> Option<u32> {
    let mut slot = (fnv1a(code).wrapping_mul({{ ns.hash.multiplier }}) >> {{ ns.hash.shift }}) as usize;
    loop {
        let entry = SLOTS[slot];
        if entry == 0 {
            return None;
        }
        if CODES[entry as usize - 1] == code {
            return Some(entry - 1);
        }
        slot = (slot + 1) & (SLOTS.len() - 1);
    }
}

/// Every code, in catalog order.
static CODES: [&str; {{ ns.entries.len() }}] = [
{%- for e in ns.entries %}
    {{ e.code() }},
{%- endfor %}
];

/// The hash table [`index`] probes: position in `CODES` plus one, 0 for empty.
static SLOTS: [u32; {{ ns.hash.slots.len() }}] = [
{%- for row in ns.hash.slots.chunks(16) %}
    {% for s in row %}{{ s }},{% if !loop.last %} {% endif %}{% endfor %}
{%- endfor %}
];

{% include "rust/tables.rs" %}

impl From<&str> for {{ ns.ty }} {
    fn from(code: &str) -> Self {
        Self::new(code)
    }
}

impl From<String> for {{ ns.ty }} {
    /// Keeps the string's allocation for an unknown code.
    fn from(code: String) -> Self {
        match index(&code) {
            Some(i) => Self(Repr::Known(i)),
            None => Self(Repr::Other(code.into_boxed_str())),
        }
    }
}

impl ::core::str::FromStr for {{ ns.ty }} {
    type Err = ::core::convert::Infallible;

    /// Every string is a code, known or not.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Ok(Self::new(code))
    }
}

impl AsRef<str> for {{ ns.ty }} {
    fn as_ref(&self) -> &str {
        self.code()
    }
}

impl PartialOrd for {{ ns.ty }} {
    fn partial_cmp(&self, other: &Self) -> Option<::core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for {{ ns.ty }} {
    /// By the code's text, as a sorted list of codes reads.
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        self.code().cmp(other.code())
    }
}

impl fmt::Debug for {{ ns.ty }} {
    /// `{{ ns.ty }}::SYMBOL` for a known code, `{{ ns.ty }}("code")` for another.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.symbol() {
            Some(symbol) => write!(f, "{{ ns.ty }}::{symbol}"),
            None => write!(f, "{{ ns.ty }}({:?})", self.code()),
        }
    }
}

impl fmt::Display for {{ ns.ty }} {
    /// `SYMBOL (code): message` in the default locale, or `unknown code (code)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.symbol(), self.message(Locale::DEFAULT)) {
            (Some(symbol), Some(message)) => write!(f, "{symbol} ({}): {message}", self.code()),
            _ => write!(f, "unknown code ({})", self.code()),
        }
    }
}

impl core::error::Error for {{ ns.ty }} {}

#[cfg(feature = "serde")]
impl serde::Serialize for {{ ns.ty }} {
    /// The bare code, as the wire carries it.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for {{ ns.ty }} {
    /// Any string, known or not.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

{% include "rust/error.rs" %}
