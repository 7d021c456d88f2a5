    /// The catalog symbol, as the API spells it (`{{ ns.entries[0].symbol_literal() }}`), or `None`
    /// for an unknown code.
    #[must_use]
    #[inline]
    pub const fn symbol({{ ns.receiver }}) -> Option<&'static str> {
        match self.{{ ns.position }}() {
            Some(i) => Some(SYMBOLS[i]),
            None => None,
        }
    }

    /// Why this code should no longer be used, or `None` (also for an unknown code).
    #[must_use]
    #[inline]
    pub const fn deprecation({{ ns.receiver }}) -> Option<&'static str> {
        match self.{{ ns.position }}() {
            Some(i) => DEPRECATIONS[i],
            None => None,
        }
    }

    /// The message in `locale`, or in [`Locale::DEFAULT`] when the catalog has no translation
    /// in `locale`; `None` for an unknown code.
    #[must_use]
    #[inline]
    pub const fn message({{ ns.receiver }}, locale: Locale) -> Option<&'static str> {
        match self.{{ ns.position }}() {
            Some(i) => match MESSAGES[i][locale as usize] {
                Some(message) => Some(message),
                None => MESSAGES[i][Locale::DEFAULT as usize],
            },
            None => None,
        }
    }

    /// The message only if the catalog translates it into exactly `locale`: `None` for a missing
    /// translation and for an unknown code.
    #[must_use]
    #[inline]
    pub const fn translation({{ ns.receiver }}, locale: Locale) -> Option<&'static str> {
        match self.{{ ns.position }}() {
            Some(i) => MESSAGES[i][locale as usize],
            None => None,
        }
    }

    /// The message for a BCP 47 tag (`"zh-CN"`), falling back to [`Locale::DEFAULT`] for a
    /// locale the catalog lacks; `None` for an unknown code.
    #[must_use]
    pub fn message_for({{ ns.receiver }}, tag: &str) -> Option<&'static str> {
        self.message(Locale::negotiate(tag))
    }

    /// The names of the parameters its message is formatted with (`{name}` in it), in the order
    /// the catalog declares them; empty for a message without parameters and an unknown code.
    /// [`{{ ns.error }}`] fills them in.
    #[must_use]
    pub const fn params({{ ns.receiver }}) -> &'static [&'static str] {
{%- if ns.param_lists.is_empty() %}
        &[]
{%- else %}
        match self.{{ ns.position }}() {
            Some(i) => PARAM_LISTS[PARAMS[i] as usize],
            None => &[],
        }
{%- endif %}
    }

{%- for a in ns.attributes %}

    /// {{ a.doc }}; `None` for an unknown code.
    #[must_use]
    #[inline]
    pub const fn {{ a.method }}({{ ns.receiver }}) -> Option<{{ a.ty }}> {
        match self.{{ ns.position }}() {
            Some(i) => match crate::listed(&{{ a.table }}_AT, i) {
                Some(k) => Some({{ a.table }}[k]),
                None => Some({{ a.unset }}),
            },
            None => None,
        }
    }
{%- endfor %}
{#- The lookups both kinds of namespace have, by the code's position in catalog order
    (`index` hashes an integer code, `position` reads a string code's): included by
    namespace.rs and string_namespace.rs. #}
