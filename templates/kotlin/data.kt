// {{ header }}
package {{ package }}

/** Codes {{ data.first }} to {{ data.last }} of namespace `{{ ns_name }}`, in catalog order. */
internal object {{ data.name }} {
    val CODES: {{ data.array_type }} = {{ data.array_of }}(
{%- for c in data.codes %}
        {{ c }},
{%- endfor %}
    )

    val SYMBOLS: Array<String> = arrayOf(
{%- for s in data.symbols %}
        {{ s }},
{%- endfor %}
    )

    val DEPRECATIONS: Array<String?> = arrayOf(
{%- for d in data.deprecations %}
        {{ d }},
{%- endfor %}
    )

    val PARAMS: BooleanArray = booleanArrayOf(
{%- for p in data.params %}
        {{ p }},
{%- endfor %}
    )

    /** Each code's message in each locale, code by code; null where it has no translation. */
    val MESSAGES: Array<String?> = arrayOf(
{%- for m in data.messages %}
        {{ m }},
{%- endfor %}
    )

    val ALIASES: Array<String> = arrayOf({% for a in data.aliases %}{{ a.0 }}{% if !loop.last %}, {% endif %}{% endfor %})

    val ALIAS_POSITIONS: IntArray = intArrayOf({% for a in data.aliases %}{{ a.1 }}{% if !loop.last %}, {% endif %}{% endfor %})
}
