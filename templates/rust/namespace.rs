// {{ header }}
//! `{{ ns.ty }}`: {{ ns.doc }}

use ::core::fmt;

use crate::Locale;
#[allow(unused_imports)]
use crate::prelude::*;

/// Codes this namespace used once and retired: never reused, so never known again.
pub const RETIRED_CODES: &[i32] = &[{% for c in ns.retired %}{{ c }}{% if !loop.last %}, {% endif %}{% endfor %}];

/// An error code of this namespace: one of the constants below, or any other `i32` the server
/// sent, kept as is.
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
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(transparent))]
pub struct {{ ns.ty }}(i32);

impl {{ ns.ty }} {
{%- for e in ns.entries %}
    /// {{ e.code_doc() }}: {{ e.doc() }}
{%- if let Some(note) = e.deprecated() %}
    #[deprecated = {{ note }}]
{%- endif %}
    pub const {{ e.constant() }}: Self = Self({{ e.code() }});
{%- for alias in e.aliases() %}
    /// Alias of [`Self::{{ e.constant() }}`].
{%- if let Some(note) = e.deprecated() %}
    #[deprecated = {{ note }}]
{%- endif %}
    pub const {{ alias }}: Self = Self({{ e.code() }});
{%- endfor %}
{%- endfor %}

    /// Every code in the catalog, in catalog order.
    pub const ALL: &'static [Self] = &[
{%- for e in ns.entries %}
        Self({{ e.code() }}),
{%- endfor %}
    ];

    /// The code for any integer, known or not.
    #[must_use]
    pub const fn new(code: i32) -> Self {
        Self(code)
    }

    /// The integer on the wire.
    #[must_use]
    pub const fn code(self) -> i32 {
        self.0
    }

    /// Whether the catalog lists this code.
    #[must_use]
    #[inline]
    pub const fn is_known(self) -> bool {
        self.index().is_some()
    }

{% include "rust/lookups.rs" %}

    /// The code with this catalog symbol or alias, spelled exactly as the API spells it.
    #[must_use]
    #[inline]
    pub fn from_symbol(symbol: &str) -> Option<Self> {
        // 32-bit FNV-1a, then the same table layout as `index`.
        let hash = symbol.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        let mut slot = (hash.wrapping_mul({{ ns.symbol_hash.multiplier }}) >> {{ ns.symbol_hash.shift }}) as usize;
        loop {
            let entry = SYMBOL_SLOTS[slot] as usize;
            if entry == 0 {
                return None;
            }
            let (name, code) = BY_SYMBOL[entry - 1];
            if name == symbol {
                return Some(Self(code));
            }
            slot = (slot + 1) & (SYMBOL_SLOTS.len() - 1);
        }
    }

    /// Position of the code in [`Self::ALL`]: a lookup in an open-addressing hash table the
    /// generator laid out (`SLOTS`), one or two probes on average. Data, not a `match`, so a
    /// catalog of thousands of codes compiles fast.
    #[inline]
    const fn index(self) -> Option<usize> {
        let hash = u32::from_ne_bytes(self.0.to_ne_bytes()).wrapping_mul({{ ns.hash.multiplier }});
        let mut slot = (hash >> {{ ns.hash.shift }}) as usize;
        loop {
            let entry = SLOTS[slot] as usize;
            if entry == 0 {
                return None;
            }
            if CODES[entry - 1] == self.0 {
                return Some(entry - 1);
            }
            slot = (slot + 1) & (SLOTS.len() - 1);
        }
    }
}

// The tables are statics: a `const` array (or `Self::ALL`) indexed at run time is copied whole
// first, which made a lookup in a 1,000-code namespace take 80 ns instead of 5.

/// Every code, in catalog order.
static CODES: [i32; {{ ns.entries.len() }}] = [
{%- for e in ns.entries %}
    {{ e.code() }},
{%- endfor %}
];

/// The hash table [`{{ ns.ty }}::index`] probes: position in `CODES` plus one, 0 for empty.
static SLOTS: [u32; {{ ns.hash.slots.len() }}] = [
{%- for row in ns.hash.slots.chunks(16) %}
    {% for s in row %}{{ s }},{% if !loop.last %} {% endif %}{% endfor %}
{%- endfor %}
];

{% include "rust/tables.rs" %}

impl From<i32> for {{ ns.ty }} {
    fn from(code: i32) -> Self {
        Self(code)
    }
}

impl TryFrom<i64> for {{ ns.ty }} {
    type Error = ::core::num::TryFromIntError;

    /// Any integer that fits in an `i32`, known or not.
    fn try_from(code: i64) -> Result<Self, Self::Error> {
        i32::try_from(code).map(Self)
    }
}

impl ::core::str::FromStr for {{ ns.ty }} {
    type Err = crate::ParseError;

    /// A code from its decimal text (`"131601"`, known or not) or from a catalog symbol or alias
    /// (`"DEVICE_NOT_FOUND"`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse::<i32>()
            .ok()
            .map(Self)
            .or_else(|| Self::from_symbol(text))
            .ok_or_else(|| crate::ParseError { what: "code", text: text.into() })
    }
}

impl From<{{ ns.ty }}> for i32 {
    fn from(code: {{ ns.ty }}) -> Self {
        code.0
    }
}

impl fmt::Debug for {{ ns.ty }} {
    /// `{{ ns.ty }}::SYMBOL` for a known code, `{{ ns.ty }}(code)` for another.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.symbol() {
            Some(symbol) => write!(f, "{{ ns.ty }}::{symbol}"),
            None => write!(f, "{{ ns.ty }}({})", self.0),
        }
    }
}

impl fmt::Display for {{ ns.ty }} {
    /// `SYMBOL (code): message` in the default locale, or `unknown code (code)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.symbol(), self.message(Locale::DEFAULT)) {
            (Some(symbol), Some(message)) => write!(f, "{symbol} ({}): {message}", self.0),
            _ => write!(f, "unknown code ({})", self.0),
        }
    }
}

impl core::error::Error for {{ ns.ty }} {}

{% include "rust/error.rs" %}
