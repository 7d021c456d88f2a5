{#- The static tables both kinds of namespace have, included by namespace.rs and
    string_namespace.rs. -#}
/// The hash table [`{{ ns.ty }}::from_symbol`] probes: position in `BY_SYMBOL` plus one, 0 for
/// empty.
static SYMBOL_SLOTS: [u32; {{ ns.symbol_hash.slots.len() }}] = [
{%- for row in ns.symbol_hash.slots.chunks(16) %}
    {% for s in row %}{{ s }},{% if !loop.last %} {% endif %}{% endfor %}
{%- endfor %}
];

/// Every symbol and alias with {{ ns.by_symbol_doc }}.
static BY_SYMBOL: [(&str, {{ ns.by_symbol_ty }}); {{ ns.by_symbol.len() }}] = [
{%- for b in ns.by_symbol %}
    ({{ b.literal() }}, {{ b.value() }}),
{%- endfor %}
];

static SYMBOLS: [&str; {{ ns.entries.len() }}] = [
{%- for e in ns.entries %}
    {{ e.symbol_literal() }},
{%- endfor %}
];

/// Deprecation notes per code.
static DEPRECATIONS: [Option<&str>; {{ ns.entries.len() }}] = [
{%- for e in ns.entries %}
    {% match e.deprecated() %}{% when Some(note) %}Some({{ note }}){% when None %}None{% endmatch %},
{%- endfor %}
];

{%- if !ns.param_lists.is_empty() %}

/// Each distinct list of parameter names, the first empty.
static PARAM_LISTS: [&[&str]; {{ ns.param_lists.len() }}] = [
{%- for list in ns.param_lists %}
    &[{{ list }}],
{%- endfor %}
];

/// Each code's parameter names, as a position in `PARAM_LISTS`.
static PARAMS: [u32; {{ ns.entries.len() }}] = [
{%- for row in ns.param_index.chunks(32) %}
    {% for i in row %}{{ i }},{% if !loop.last %} {% endif %}{% endfor %}
{%- endfor %}
];
{%- endif %}

/// Translations per code, in the order of [`Locale::ALL`]; the default locale's is always there.
static MESSAGES: [[Option<&str>; {{ locales.len() }}]; {{ ns.entries.len() }}] = [
{%- for e in ns.entries %}
    [{{ e.translations() }}],
{%- endfor %}
];

{%- for a in ns.attributes %}

/// The positions in catalog order (ascending) of the codes whose `{{ a.method }}` is not
/// `{{ a.unset }}`, and in {{ a.table }} each one's value.
static {{ a.table }}_AT: [u32; {{ a.exceptions.len() }}] = [
{%- for (position, _) in a.exceptions %}
    {{ position }},
{%- endfor %}
];

static {{ a.table }}: [{{ a.element }}; {{ a.exceptions.len() }}] = [
{%- for (_, value) in a.exceptions %}
    {{ value }},
{%- endfor %}
];
{%- endfor %}
