// {{ header }}
package {{ package }}

/** The catalog's locales, and how a BCP 47 tag resolves to one. */
public object Locales {
    /** Every locale of the catalog, in declared order. */
    public val ALL: List<String> = listOf({% for l in locales %}{{ l }}{% if !loop.last %}, {% endif %}{% endfor %})

    /** The locale every message falls back to. */
    public const val DEFAULT: String = {{ default_locale }}

    internal const val DEFAULT_INDEX: Int = {{ default_index }}

    /**
     * The catalog locale a BCP 47 tag resolves to: the tag itself, else the tag with its last
     * subtag dropped, repeatedly (zh-Hans-CN, zh-Hans, zh), compared ASCII case-insensitively;
     * else [DEFAULT].
     */
    public fun resolve(tag: String): String = ALL[index(tag)]

    internal fun index(tag: String): Int {
        var rest = tag
        while (true) {
            val found = exact(rest)
            if (found >= 0) {
                return found
            }
            val cut = rest.lastIndexOf('-')
            if (cut < 0) {
                return DEFAULT_INDEX
            }
            rest = rest.substring(0, cut)
        }
    }

    /** The position of the catalog locale exactly `tag`, ASCII case-insensitively, or -1. */
    internal fun exact(tag: String): Int = ALL.indexOfFirst { sameTag(it, tag) }

    private fun sameTag(a: String, b: String): Boolean =
        a.length == b.length && a.indices.all { lower(a[it]) == lower(b[it]) }

    private fun lower(c: Char): Char = if (c in 'A'..'Z') c + ('a' - 'A') else c
}
