// {{ header }}
package {{ package }};

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message arguments, written the same way in every language the catalog generates. */
public final class Arguments {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\}\\}|\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

    private Arguments() {}

    /**
     * @param value an integer argument
     * @return its decimal digits
     */
    public static String formatNumber(long value) {
        return Long.toString(value);
    }

    /**
     * A float argument as every language writes it: the shortest decimal that reads back as the
     * same number, without exponent or trailing {@code .0} ({@code 0.30000000000000004},
     * {@code 1000000000000000000000}, {@code 2}); {@code 0} for both zeros; {@code NaN},
     * {@code Infinity}, {@code -Infinity}.
     *
     * @param value a float argument
     * @return its text
     */
    public static String formatNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        // Double.toString is not always the shortest before Java 19: round the exact value to
        // ever more digits until it reads back.
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros().toPlainString();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /**
     * @param value a {@link String}, or a number (integers as their digits, others as
     *     {@link #formatNumber(double)} writes them)
     * @return the argument as text
     */
    public static String format(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return formatNumber(number.doubleValue());
        }
        return String.valueOf(value);
    }

    /**
     * @param template a message with {@code {name}} placeholders and doubled braces
     * @param arguments text by parameter name
     * @return the template with each placeholder replaced by its argument (kept when there is
     *     none), each doubled brace read as one
     */
    static String fill(String template, Map<String, String> arguments) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String text = name == null ? matcher.group().substring(0, 1) : arguments.getOrDefault(name, matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        return matcher.appendTail(out).toString();
    }
}
