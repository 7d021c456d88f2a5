// {{ header }}
package {{ package }};

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An error of the {@code {{ ns.name }}} namespace that a service throws: a code, known or not, the
 * arguments its message is formatted with, and what caused it, if anything. Its message is its
 * text, the same in every language: {@code SYMBOL (CODE): message} in {@link Locales#DEFAULT}, the
 * arguments filled ({@code unknown code (CODE)} for a code the catalog does not list).
 */
public class {{ error }} extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code, known or not. */
    private final {{ ns.code_java }} code;

    /** The arguments by name, as text. */
    private final Map<String, String> arguments;

    /** @param code the code, known or not */
    public {{ error }}({{ ns.code_java }} code) {
        this(code, Map.of(), null);
    }

    /**
     * @param code the code, known or not
     * @param cause what caused it, or {@code null}
     */
    public {{ error }}({{ ns.code_java }} code, Throwable cause) {
        this(code, Map.of(), cause);
    }

    /**
     * @param code the code, known or not
     * @param arguments the arguments by parameter name: text, or numbers (written as
     *     {@link Arguments#format(Object)} says)
     * @param cause what caused it, or {@code null}
     */
    public {{ error }}({{ ns.code_java }} code, Map<String, ?> arguments, Throwable cause) {
        super(null, cause);
        this.code = code;
        Map<String, String> texts = new LinkedHashMap<>();
        arguments.forEach((name, value) -> texts.put(name, Arguments.format(value)));
        this.arguments = Collections.unmodifiableMap(texts);
    }

    /**
     * @return the error's text: {@code SYMBOL (CODE): message} in {@link Locales#DEFAULT}, the
     *     arguments filled; {@code unknown code (CODE)} for a code the catalog does not list
     */
    @Override
    public String getMessage() {
        return known().map(c -> c + " (" + code + "): " + message(Locales.DEFAULT))
                .orElseGet(() -> message(Locales.DEFAULT));
    }

{% for f in ns.factories %}    /**
     * {{ f.doc }}
     *
{%- for (_, ident, name) in f.params %}
     * @param {{ ident }} the argument of {@code {{ "{" }}{{ name }}{{ "}" }}}
{%- endfor %}
     * @return an exception of that code with these arguments
{%- if let Some(note) = f.deprecated %}
     * @deprecated {{ note }}
{%- endif %}
     */
{%- if f.deprecated.is_some() %}
    @Deprecated
{%- endif %}
    public static {{ error }} {{ f.name }}({{ f.args }}) {
        Map<String, Object> arguments = new LinkedHashMap<>();
{%- for (literal, ident, _) in f.params %}
        arguments.put({{ literal }}, {{ ident }});
{%- endfor %}
        return new {{ error }}({{ f.code }}, arguments, null);
    }

{% endfor %}    /** @return the arguments by name, as text, in the order given */
    public Map<String, String> arguments() {
        return arguments;
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
     * @return the message in that locale, its parameters filled with the arguments (one without
     *     an argument stays {@code {name}})
     */
    public String message(String locale) {
        return message(code, arguments, locale);
    }

    /**
     * The error as RFC 9457 problem details ({@code application/problem+json}): {@code type}
     * from the catalog's problem base URI, the namespace and the symbol ({@code about:blank}
     * without one), {@code title} the message in {@link Locales#DEFAULT}, {@code status} from
     * the {@code http_status} attribute when the catalog has one and knows the code,
     * {@code detail} the message in {@code locale}, {@code code}, the bare code, and
     * {@code arguments} (sorted by name) when there are any. A JSON library writes the map as
     * is, in that order.
     *
     * @param locale a BCP 47 tag for {@code detail}
     * @return the members, in that order
     */
    public Map<String, Object> toProblem(String locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
{%- if let Some(prefix) = ns.problem_prefix %}
        problem.put("type", known().map(c -> {{ prefix }} + c).orElse("about:blank"));
{%- else %}
        problem.put("type", "about:blank");
{%- endif %}
        problem.put("title", message(Locales.DEFAULT));
{%- if ns.status %}
        known().ifPresent(c -> problem.put("status", c.httpStatus()));
{%- endif %}
        problem.put("detail", message(locale));
        problem.put("code", code);
        if (!arguments.isEmpty()) {
            problem.put("arguments", new TreeMap<>(arguments));
        }
        return problem;
    }

    /**
     * @param problem problem details, as a JSON library reads them
     * @return the error they describe, by their {@code code}, known or not, and their text
     *     {@code arguments}; only {@code code} is required, and any other member of the wrong
     *     type is ignored, as RFC 9457 asks, as is an argument that is not text
     * @throws IllegalArgumentException when {@code code} is missing or not {{ ns.code_noun }}
     */
    public static {{ error }} fromProblem(Map<String, ?> problem) {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (problem.get("arguments") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> {
                if (value instanceof String text) {
                    arguments.put(String.valueOf(name), text);
                }
            });
        }
        Object code = problem.get("code");
{%- if ns.string_codes %}
        if (code instanceof String text) {
            return new {{ error }}(text, arguments, null);
        }
{%- else %}
        if (code instanceof Number number && number.doubleValue() == number.intValue()) {
            return new {{ error }}(number.intValue(), arguments, null);
        }
{%- endif %}
        throw new IllegalArgumentException("problem details without a code: " + code);
    }

    private static String message({{ ns.code_java }} code, Map<String, String> arguments, String locale) {
        return {{ ns.ty }}.fromCode(code)
                .map(c -> c.params().isEmpty() ? c.message(locale) : Arguments.fill(c.message(locale), arguments))
                .orElse("unknown code (" + code + ")");
    }
}
