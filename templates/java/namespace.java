// {{ header }}
package {{ package }};

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Error codes of the {@code {{ ns.name }}} namespace. A code the server sends that is not here
 * stays {{ ns.code_noun }}: {@link #fromCode({{ ns.code_java }})} returns an empty {@link Optional} for it.
 */
public enum {{ ns.ty }} {
{%- for e in ns.entries %}
{%- if let Some((_, doc)) = e.deprecated %}
    /** @deprecated {{ doc }} */
    @Deprecated
{%- endif %}
    {{ e.constant }}({{ e.code }}, {{ e.symbol }}, {{ e.attributes }}{{ e.messages }}){% if loop.last %};{% else %},{% endif %}
{%- endfor %}
{% for e in ns.entries %}
{%- for (alias, _) in e.aliases %}
    /** Alias of {@link #{{ e.constant }}}.{% if let Some((_, doc)) = e.deprecated %} @deprecated {{ doc }}{% endif %} */
{%- if e.deprecated.is_some() %}
    @Deprecated
{%- endif %}
    public static final {{ ns.ty }} {{ alias }} = {{ e.constant }};
{% endfor %}
{%- endfor %}
    /** Codes this namespace used once and retired: never reused, so never known again. */
    public static final Set<{{ ns.code_boxed }}> RETIRED_CODES = Set.of({% for c in ns.retired %}{{ c }}{% if !loop.last %}, {% endif %}{% endfor %});

    // Lookup tables built once from the constants, not a `switch` per code: HotSpot does not
    // compile a method of more than 8,000 bytes of bytecode, and a catalog-sized switch is one.
    private static final {{ ns.ty }}[] VALUES = values();
{%- if ns.string_codes %}
    /** The constants by code, for a lookup in constant time. */
    private static final Map<String, {{ ns.ty }}> BY_CODE = byCode();
{%- else %}
    /** The constants by ascending code, for a binary search (catalog order need not be ascending). */
    private static final {{ ns.ty }}[] BY_CODE = sortedByCode();
    /** The codes of {@link #BY_CODE}, ascending. */
    private static final int[] CODES = Arrays.stream(BY_CODE).mapToInt({{ ns.ty }}::code).toArray();
{%- endif %}
    private static final Map<String, {{ ns.ty }}> BY_SYMBOL = bySymbol();

    private final {{ ns.code_java }} code;
    private final String symbol;
{%- for a in ns.attributes %}
    private final {{ a.ty }} {{ a.method }};
{%- endfor %}
    /** Translations in the order of {@link Locales#ALL}, {@code null} where the catalog has none. */
    private final String[] messages;
{% if ns.string_codes %}
    private static Map<String, {{ ns.ty }}> byCode() {
        Map<String, {{ ns.ty }}> map = new HashMap<>();
        for ({{ ns.ty }} constant : VALUES) {
            map.put(constant.code, constant);
        }
        return Map.copyOf(map);
    }
{%- else %}
    private static {{ ns.ty }}[] sortedByCode() {
        {{ ns.ty }}[] sorted = VALUES.clone();
        Arrays.sort(sorted, Comparator.comparingInt({{ ns.ty }}::code));
        return sorted;
    }
{%- endif %}

    private static Map<String, {{ ns.ty }}> bySymbol() {
        Map<String, {{ ns.ty }}> map = new HashMap<>();
        for ({{ ns.ty }} constant : VALUES) {
            map.put(constant.symbol, constant);
        }
{%- for e in ns.entries %}
{%- for (_, alias) in e.aliases %}
        map.put({{ alias }}, {{ e.constant }});
{%- endfor %}
{%- endfor %}
        return Map.copyOf(map);
    }

    {{ ns.ty }}({{ ns.code_java }} code, String symbol, {% for a in ns.attributes %}{{ a.ty }} {{ a.method }}, {% endfor %}String... messages) {
        this.code = code;
        this.symbol = symbol;
{%- for a in ns.attributes %}
        this.{{ a.method }} = {{ a.method }};
{%- endfor %}
        this.messages = messages;
    }

    /** @return the code on the wire */
    public {{ ns.code_java }} code() {
        return code;
    }

    /** @return the catalog symbol, as the API spells it */
    public String symbol() {
        return symbol;
    }
{% for a in ns.attributes %}
    /** @return {{ a.doc }} */
    public {{ a.ty }} {{ a.method }}() {
        return {{ a.method }};
    }

    /**
     * @param code any code, known or not
     * @return {{ a.doc }}, or empty for a code the catalog does not list
     */
    public static Optional<{{ a.boxed }}> {{ a.lookup }}({{ ns.code_java }} code) {
        return fromCode(code).map({{ ns.ty }}::{{ a.method }});
    }
{% endfor %}
    /** @return the message in {@link Locales#DEFAULT} */
    public String message() {
        return message(Locales.DEFAULT);
    }

    /**
     * @param locale a BCP 47 tag, falling back to {@link Locales#DEFAULT}, as does a missing
     *     translation
     * @return the message in that locale
     */
    public String message(String locale) {
        String found = messages[Locales.index(locale)];
        return found != null ? found : messages[Locales.DEFAULT_INDEX];
    }

    /**
     * @param locale a locale exactly as {@link Locales#ALL} spells it
     * @return the message only if the catalog translates it into exactly that locale
     */
    public Optional<String> translation(String locale) {
        int i = Locales.ALL.indexOf(locale);
        return i >= 0 ? Optional.ofNullable(messages[i]) : Optional.empty();
    }

    /**
     * @param code any code, known or not
     * @return the constant for {@code code}, or empty for a code the catalog does not list
     */
    public static Optional<{{ ns.ty }}> fromCode({{ ns.code_java }} code) {
{%- if ns.string_codes %}
        return Optional.ofNullable(BY_CODE.get(code));
{%- else %}
        int i = Arrays.binarySearch(CODES, code);
        return i >= 0 ? Optional.of(BY_CODE[i]) : Optional.empty();
{%- endif %}
    }

    /**
     * @param symbol a catalog symbol or alias, as the API spells it
     * @return the constant with that symbol, or empty
     */
    public static Optional<{{ ns.ty }}> fromSymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** @return why this code should no longer be used, or empty */
    public Optional<String> deprecation() {
        return Optional.ofNullable(switch (this) {
{%- for e in ns.entries %}
{%- if let Some((note, _)) = e.deprecated %}
            case {{ e.constant }} -> {{ note }};
{%- endif %}
{%- endfor %}
            default -> null;
        });
    }

    /** @return whether the catalog lists {@code code} */
    public static boolean isKnown({{ ns.code_java }} code) {
        return fromCode(code).isPresent();
    }

    /** @return the catalog symbol of {@code code}, or empty for an unknown code */
    public static Optional<String> symbolOf({{ ns.code_java }} code) {
        return fromCode(code).map({{ ns.ty }}::symbol);
    }

    /** @return the message of {@code code} in {@code locale}, or empty for an unknown code */
    public static Optional<String> messageOf({{ ns.code_java }} code, String locale) {
        return fromCode(code).map(c -> c.message(locale));
    }

    /**
     * @return the message of {@code code} only if the catalog translates it into exactly
     *     {@code locale}, or empty
     */
    public static Optional<String> translationOf({{ ns.code_java }} code, String locale) {
        return fromCode(code).flatMap(c -> c.translation(locale));
    }
}
