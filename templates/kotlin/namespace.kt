// {{ header }}
package {{ package }}

import kotlinx.serialization.KSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.descriptors.PrimitiveKind
import kotlinx.serialization.descriptors.PrimitiveSerialDescriptor
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder

/**
 * A code of namespace `{{ ns.name }}`{% if !ns.description.is_empty() %}: {{ ns.description }}{% endif %}.
 * Any {{ ns.value_type }} is one, known or not: a code the catalog does not list is kept as it is.
 */
@Serializable(with = {{ ns.ty }}Serializer::class)
@JvmInline
public value class {{ ns.ty }}(public val code: {{ ns.value_type }}) {
    /** The catalog symbol, or null for a code the catalog does not list. */
    public val symbol: String?
        get() = {{ ns.table }}.position(code).let { if (it < 0) null else {{ ns.table }}.symbol(it) }

    /** Whether the catalog lists this code. */
    public val isKnown: Boolean
        get() = {{ ns.table }}.position(code) >= 0

    /** Why the code is deprecated and what to use instead, or null. */
    public val deprecation: String?
        get() = {{ ns.table }}.position(code).let { if (it < 0) null else {{ ns.table }}.deprecation(it) }

    /** The message in the locale a BCP 47 tag resolves to (see [Locales.resolve]), or null for a code the catalog does not list. */
    public fun message(locale: String = Locales.DEFAULT): String? =
        {{ ns.table }}.position(code).let { if (it < 0) null else {{ ns.table }}.message(it, Locales.index(locale)) }

    /** The message in exactly the catalog locale `locale`, or null when it has no translation there. */
    public fun translation(locale: String): String? {
        val position = {{ ns.table }}.position(code)
        val exact = Locales.exact(locale)
        return if (position < 0 || exact < 0) null else {{ ns.table }}.translation(position, exact)
    }
{%- for a in ns.attributes %}

    /** {{ a.doc }}; null for a code the catalog does not list. */
    public val {{ a.property }}: {{ a.ty }}?
        get() = {{ ns.table }}.position(code).let { if (it < 0) null else {{ a.expr }} }
{%- endfor %}

    /** The symbol, or `{{ ns.ty }}(CODE)` for a code the catalog does not list. */
    override fun toString(): String = symbol ?: "{{ ns.ty }}($code)"

    public companion object {
{%- for c in ns.constants %}
        /** {{ c.doc }} */
        public val {{ c.name }}: {{ ns.ty }} get() = {{ ns.ty }}({{ c.value }})
{%- endfor %}

        /** The code `code`, known or not. */
        public fun of(code: {{ ns.value_type }}): {{ ns.ty }} = {{ ns.ty }}(code)

        /** The code a symbol or alias names, or null. */
        public fun fromSymbol(symbol: String): {{ ns.ty }}? =
            {{ ns.table }}.bySymbol(symbol).let { if (it < 0) null else {{ ns.ty }}({{ ns.table }}.code(it)) }

        /** Every code the catalog lists, in catalog order. */
        public val entries: List<{{ ns.ty }}>
            get() = {{ ns.table }}.codes.map { {{ ns.ty }}(it) }

        /** The codes the namespace retired: never to be given another meaning. */
        public val retiredCodes: Set<{{ ns.value_type }}> = setOf({% for r in ns.retired %}{{ r }}{% if !loop.last %}, {% endif %}{% endfor %})
    }
}

/** Carries a [{{ ns.ty }}] as its bare {{ ns.value_type }}, known or not (kotlinx.serialization). */
public object {{ ns.ty }}Serializer : KSerializer<{{ ns.ty }}> {
    override val descriptor: SerialDescriptor = PrimitiveSerialDescriptor({{ ns.serial_name }}, PrimitiveKind.{{ ns.primitive }})

    override fun serialize(encoder: Encoder, value: {{ ns.ty }}): Unit = encoder.encode{{ ns.primitive_name }}(value.code)

    override fun deserialize(decoder: Decoder): {{ ns.ty }} = {{ ns.ty }}(decoder.decode{{ ns.primitive_name }}())
}

/**
 * An error a service raises with a code of namespace `{{ ns.name }}`, the arguments its message is
 * formatted with (numbers written as [Arguments.format] writes them), and its cause. Its message
 * is `SYMBOL (CODE): message` in [Locales.DEFAULT] with the arguments filled (`unknown code (CODE)`
 * for a code the catalog does not list).
 */
public class {{ ns.error }}(
    public val code: {{ ns.ty }},
    arguments: Map<String, Any?> = emptyMap(),
    cause: Throwable? = null,
) : RuntimeException(cause) {
    /** The arguments by name, as text, in the order given. */
    public val arguments: Map<String, String> = LinkedHashMap<String, String>().also { texts ->
        arguments.forEach { (name, value) -> texts[name] = Arguments.format(value) }
    }

    override val message: String
        get() = code.symbol?.let { "$it (${code.code}): ${message(Locales.DEFAULT)}" } ?: message(Locales.DEFAULT)

    /** The message in a locale, its parameters filled with the arguments; `unknown code (CODE)` for a code the catalog does not list. */
    public fun message(locale: String): String {
        val position = {{ ns.table }}.position(code.code)
        if (position < 0) {
            return "unknown code (${code.code})"
        }
        val template = {{ ns.table }}.message(position, Locales.index(locale))
        return if ({{ ns.table }}.params(position)) Arguments.fill(template, arguments) else template
    }

    /**
     * The error as RFC 9457 problem details (`application/problem+json`), in member order: `type`
     * (from the catalog's problem base URI, the namespace and the symbol; `about:blank` without
     * one or for an unknown code), `title` (the message in [Locales.DEFAULT]), `status` (the
     * `http_status` attribute, when the catalog has one and knows the code), `detail` (the message
     * in `locale`), `code`, and `arguments` sorted by name when there are any. A JSON library
     * writes the map as it is.
     */
    public fun toProblem(locale: String = Locales.DEFAULT): Map<String, Any> {
        val problem = LinkedHashMap<String, Any>()
{%- if let Some(prefix) = ns.problem_prefix %}
        problem["type"] = code.symbol?.let { {{ prefix }} + it } ?: "about:blank"
{%- else %}
        problem["type"] = "about:blank"
{%- endif %}
        problem["title"] = message(Locales.DEFAULT)
{%- if ns.status %}
        code.httpStatus?.let { problem["status"] = it }
{%- endif %}
        problem["detail"] = message(locale)
        problem["code"] = code.code
        if (arguments.isNotEmpty()) {
            problem["arguments"] = arguments.toSortedMap()
        }
        return problem
    }

    public companion object {
        /**
         * The error problem details describe, by their `code`, known or not, and their text
         * `arguments`: only `code` is required, and any other member of the wrong type is
         * ignored, as RFC 9457 asks, as is an argument that is not text.
         *
         * @throws IllegalArgumentException when `code` is missing or not {{ ns.code_noun }}
         */
        public fun fromProblem(problem: Map<String, *>): {{ ns.error }} {
            val arguments = LinkedHashMap<String, String>()
            (problem["arguments"] as? Map<*, *>)?.forEach { (name, value) ->
                if (value is String) {
                    arguments[name.toString()] = value
                }
            }
            val code = problem["code"]
{%- if ns.string %}
            if (code is String) {
                return {{ ns.error }}({{ ns.ty }}(code), arguments)
            }
{%- else %}
            if (code is Number && code !is Double && code !is Float && code.toLong() == code.toInt().toLong()) {
                return {{ ns.error }}({{ ns.ty }}(code.toInt()), arguments)
            }
            if ((code is Double || code is Float) && (code as Number).toDouble() == code.toInt().toDouble()) {
                return {{ ns.error }}({{ ns.ty }}(code.toInt()), arguments)
            }
{%- endif %}
            throw IllegalArgumentException("problem details without a code: $code")
        }
{%- for f in ns.factories %}

        /** {{ f.doc }} */
        public fun {{ f.name }}({% for p in f.params %}{{ p.name }}: {{ p.ty }}{% if !loop.last %}, {% endif %}{% endfor %}): {{ ns.error }} =
            {{ ns.error }}({{ ns.ty }}({{ f.code }}), linkedMapOf({% for p in f.params %}{{ p.key }} to {{ p.name }}{% if !loop.last %}, {% endif %}{% endfor %}))
{%- endfor %}
    }
}

/** The namespace's data, gathered from its data objects, and the lookups over it. */
internal object {{ ns.table }} {
    private const val CHUNK: Int = {{ ns.chunk }}

    val codes: {{ ns.array_type }} = {% for d in ns.chunks %}{{ d }}.CODES{% if !loop.last %} + {% endif %}{% endfor %}

    private val positions: HashMap<{{ ns.value_type }}, Int> = HashMap<{{ ns.value_type }}, Int>(codes.size * 2).also { map ->
        codes.forEachIndexed { position, code -> map[code] = position }
    }

    private val symbols: HashMap<String, Int> = HashMap<String, Int>(codes.size * 2).also { map ->
        for (position in codes.indices) {
            map[symbol(position)] = position
        }
{%- for d in ns.chunks %}
        {{ d }}.ALIASES.forEachIndexed { i, alias -> map[alias] = {{ d }}.ALIAS_POSITIONS[i] }
{%- endfor %}
    }

    fun position(code: {{ ns.value_type }}): Int = positions[code] ?: -1

    fun bySymbol(symbol: String): Int = symbols[symbol] ?: -1

    fun code(position: Int): {{ ns.value_type }} = codes[position]

    fun symbol(position: Int): String = when (position / CHUNK) {
{%- for d in ns.chunks %}
        {{ loop.index0 }} -> {{ d }}.SYMBOLS[position % CHUNK]
{%- endfor %}
        else -> throw IndexOutOfBoundsException(position)
    }

    fun deprecation(position: Int): String? = when (position / CHUNK) {
{%- for d in ns.chunks %}
        {{ loop.index0 }} -> {{ d }}.DEPRECATIONS[position % CHUNK]
{%- endfor %}
        else -> throw IndexOutOfBoundsException(position)
    }

    fun params(position: Int): Boolean = when (position / CHUNK) {
{%- for d in ns.chunks %}
        {{ loop.index0 }} -> {{ d }}.PARAMS[position % CHUNK]
{%- endfor %}
        else -> throw IndexOutOfBoundsException(position)
    }

    /** The message in locale `locale` (by position), the default locale's where there is no translation. */
    fun message(position: Int, locale: Int): String =
        translation(position, locale) ?: translation(position, Locales.DEFAULT_INDEX)!!

    fun translation(position: Int, locale: Int): String? = when (position / CHUNK) {
{%- for d in ns.chunks %}
        {{ loop.index0 }} -> {{ d }}.MESSAGES[position % CHUNK * {{ locale_count }} + locale]
{%- endfor %}
        else -> throw IndexOutOfBoundsException(position)
    }
}
