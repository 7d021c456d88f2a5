// {{ header }}
package {{ package }};

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An error of the {@code {{ ns.name }}} namespace that a service throws: a code, known or not, and
 * what caused it, if anything. Its message is the code's message in {@link Locales#DEFAULT}
 * ({@code unknown code (CODE)} for a code the catalog does not list).
 */
public class {{ error }} extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code, known or not. */
    private final {{ ns.code_java }} code;

    /** @param code the code, known or not */
    public {{ error }}({{ ns.code_java }} code) {
        this(code, null);
    }

    /**
     * @param code the code, known or not
     * @param cause what caused it, or {@code null}
     */
    public {{ error }}({{ ns.code_java }} code, Throwable cause) {
        super(message(code, Locales.DEFAULT), cause);
        this.code = code;
    }

    /** @return the code, known or not */
    public {{ ns.code_java }} code() {
        return code;
    }

    /** @return the constant for the code, or empty for a code the catalog does not list */
    public Optional<{{ ns.ty }}> known() {
        return {{ ns.ty }}.fromCode(code);
    }

    /**
     * @param locale a BCP 47 tag, falling back as {@link {{ ns.ty }}#message(String)} does
     * @return the message in that locale
     */
    public String message(String locale) {
        return message(code, locale);
    }

    /**
     * The error as RFC 9457 problem details ({@code application/problem+json}): {@code type}
     * from the catalog's problem base URI, the namespace and the symbol ({@code about:blank}
     * without one), {@code title} the message in {@link Locales#DEFAULT}, {@code status} from
     * the {@code http_status} attribute when the catalog has one, {@code detail} the message in
     * {@code locale}, and {@code code}, the bare code. A JSON library writes the map as is.
     *
     * @param locale a BCP 47 tag for {@code detail}
     * @return the members, in that order
     */
    public Map<String, Object> toProblem(String locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
{%- if let Some(prefix) = ns.problem_prefix %}
        problem.put("type", known().map(c -> {{ prefix }} + c.symbol()).orElse("about:blank"));
{%- else %}
        problem.put("type", "about:blank");
{%- endif %}
        problem.put("title", message(Locales.DEFAULT));
{%- if ns.status %}
        known().ifPresent(c -> problem.put("status", c.httpStatus()));
{%- endif %}
        problem.put("detail", message(locale));
        problem.put("code", code);
        return problem;
    }

    /**
     * @param problem problem details, as a JSON library reads them
     * @return the error they describe, by their {@code code}, known or not
     * @throws IllegalArgumentException when {@code code} is missing or not {{ ns.code_noun }}
     */
    public static {{ error }} fromProblem(Map<String, ?> problem) {
        Object code = problem.get("code");
{%- if ns.string_codes %}
        if (code instanceof String text) {
            return new {{ error }}(text);
        }
{%- else %}
        if (code instanceof Number number && number.doubleValue() == number.intValue()) {
            return new {{ error }}(number.intValue());
        }
{%- endif %}
        throw new IllegalArgumentException("problem details without a code: " + code);
    }

    private static String message({{ ns.code_java }} code, String locale) {
        return {{ ns.ty }}.messageOf(code, locale).orElse("unknown code (" + code + ")");
    }
}
