// {{ header }}
package {{ package }}

import java.math.BigDecimal
import java.math.MathContext
import java.math.RoundingMode

/** Message arguments, written the same way in every language the catalog generates. */
public object Arguments {
    private val PLACEHOLDER: Regex = Regex("\\{\\{|\\}\\}|\\{([A-Za-z_][A-Za-z0-9_]*)\\}")

    /** An integer argument: its decimal digits. */
    public fun formatNumber(value: Long): String = value.toString()

    /**
     * A float argument as every language writes it: the shortest decimal that reads back as the
     * same number, without exponent or trailing `.0` (`0.30000000000000004`,
     * `1000000000000000000000`, `2`); `0` for both zeros; `NaN`, `Infinity`, `-Infinity`.
     */
    public fun formatNumber(value: Double): String {
        if (value.isNaN() || value.isInfinite()) {
            return value.toString()
        }
        if (value == 0.0) {
            return "0"
        }
        // Double.toString is not always the shortest before Java 19: round the exact value to
        // ever more digits until it reads back.
        val exact = BigDecimal(value)
        for (digits in 1 until 17) {
            val rounded = exact.round(MathContext(digits, RoundingMode.HALF_EVEN))
            if (rounded.toDouble() == value) {
                return rounded.stripTrailingZeros().toPlainString()
            }
        }
        return exact.round(MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString()
    }

    /** An argument as text: a [String] as it is, an integer as its digits, another number as [formatNumber] writes it. */
    public fun format(value: Any?): String = when (value) {
        is Long -> formatNumber(value)
        is Int -> formatNumber(value.toLong())
        is Short -> formatNumber(value.toLong())
        is Byte -> formatNumber(value.toLong())
        is Number -> formatNumber(value.toDouble())
        else -> value.toString()
    }

    /**
     * `template` with each `{name}` replaced by the argument of that name (kept when there is
     * none), each doubled brace read as one.
     */
    internal fun fill(template: String, arguments: Map<String, String>): String =
        PLACEHOLDER.replace(template) { match ->
            val name = match.groups[1]?.value
            if (name == null) match.value.substring(0, 1) else arguments[name] ?: match.value
        }
}
