// {{ header }}
package {{ package }}

/** `{{ a.attribute }}` of namespace `{{ ns_name }}`: the codes (by position) whose value is not the default, and their values. */
internal object {{ a.name }} {
    private val AT: IntArray = intArrayOf(
{%- for p in a.at %}
        {{ p }},
{%- endfor %}
    )

    private val VALUES: {{ a.values_type }} = {{ a.values_of }}(
{%- for v in a.values %}
        {{ v }},
{%- endfor %}
    )

    /** The value at `position` if this part holds it, else null. */
    fun at(position: Int): {{ a.ty }}? {
        val found = AT.binarySearch(position)
        return if (found < 0) null else VALUES[found]
    }
}
