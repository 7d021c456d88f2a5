// {{ header }}
package {{ package }};

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Error codes of the {@code {{ ns.name }}} namespace: one instance per code the catalog lists,
 * reached as constants ({@code {{ ns.ty }}.NAME}) or looked up. A code the server sends that is
 * not here stays {{ ns.code_noun }}: {@link #fromCode({{ ns.code_java }})} returns an empty
 * {@link Optional} for it.
 *
 * <p>A class rather than an {@code enum}: an enum's constants share one class initializer,
 * which the JVM caps at 64 KiB, so a namespace of a few thousand codes would not compile. The
 * constants live in the interfaces this class implements, the data in package-private classes,
 * each sized to stay inside the JVM's limits; instances are unique, so {@code ==} compares them.
 */
public final class {{ ns.ty }} implements {% for g in ns.groups %}{{ g.name }}{% if !loop.last %}, {% endif %}{% endfor %} {
    /** Codes this namespace used once and retired: never reused, so never known again. */
    public static final Set<{{ ns.code_boxed }}> RETIRED_CODES = Set.of({% for c in ns.retired %}{{ c }}{% if !loop.last %}, {% endif %}{% endfor %});

    /** Codes per data class: position {@code i} is at {@code [i / CHUNK][i % CHUNK]}. */
    private static final int CHUNK = {{ ns.chunk }};
    private static final {{ ns.code_java }}[][] CODES = { {%- for c in ns.chunks %}{{ c.name }}.CODES{% if !loop.last %}, {% endif %}{% endfor -%} };
    private static final String[][] SYMBOLS = { {%- for c in ns.chunks %}{{ c.name }}.SYMBOLS{% if !loop.last %}, {% endif %}{% endfor -%} };
    private static final String[][] DEPRECATIONS = { {%- for c in ns.chunks %}{{ c.name }}.DEPRECATIONS{% if !loop.last %}, {% endif %}{% endfor -%} };
{%- if ns.has_params %}
    private static final String[][] PARAMS = { {%- for c in ns.chunks %}{{ c.name }}.PARAMS{% if !loop.last %}, {% endif %}{% endfor -%} };
{%- endif %}
    /** Translations by data class, locale and code. */
    private static final String[][][] MESSAGES = { {%- for c in ns.chunks %}{{ c.name }}.MESSAGES{% if !loop.last %}, {% endif %}{% endfor -%} };
{%- for a in ns.attributes %}
    /** The positions of the codes whose {@code {{ a.method }}} is not the common one, piece by piece. */
    private static final int[][] {{ a.table }}_at = { {%- for (at, _) in a.pieces %}{{ at }}{% if !loop.last %}, {% endif %}{% endfor -%} };
    private static final {{ a.element }}[][] {{ a.table }} = { {%- for (_, values) in a.pieces %}{{ values }}{% if !loop.last %}, {% endif %}{% endfor -%} };
{%- endfor %}

    /** Every code, in catalog order. */
    private static final {{ ns.ty }}[] VALUES = new {{ ns.ty }}[{{ ns.count }}];
    private static final List<{{ ns.ty }}> ALL;
{%- if ns.string_codes %}
    /** The codes by their text, for a lookup in constant time. */
    private static final Map<String, {{ ns.ty }}> BY_CODE = new HashMap<>();
{%- else %}
    /** The codes in ascending order, for a binary search (catalog order need not be ascending). */
    private static final int[] SORTED_CODES = new int[{{ ns.count }}];
    /** The position of each of {@link #SORTED_CODES} in catalog order. */
    private static final int[] SORTED_POSITIONS = new int[{{ ns.count }}];
{%- endif %}
    /** Symbols and aliases to their codes. */
    private static final Map<String, {{ ns.ty }}> BY_SYMBOL = new HashMap<>();

    // Lookup tables built once from the data, not a `switch` per code: HotSpot does not compile a
    // method of more than 8,000 bytes of bytecode, and a catalog-sized switch is one.
    static {
        for (int i = 0; i < VALUES.length; i++) {
            VALUES[i] = new {{ ns.ty }}(i, {% if ns.string_codes %}null{% else %}0{% endif %});
            BY_SYMBOL.put(SYMBOLS[i / CHUNK][i % CHUNK], VALUES[i]);
{%- if ns.string_codes %}
            BY_CODE.put(CODES[i / CHUNK][i % CHUNK], VALUES[i]);
{%- endif %}
        }
        ALL = List.of(VALUES);
{%- for c in ns.chunks %}
        for (int a = 0; a < {{ c.name }}.ALIASES.length; a++) {
            BY_SYMBOL.put({{ c.name }}.ALIASES[a], VALUES[{{ c.name }}.ALIAS_POSITIONS[a]]);
        }
{%- endfor %}
{%- if !ns.string_codes %}
        // Code and position in one long each: sorting those sorts by code, positions alongside.
        long[] pairs = new long[VALUES.length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = ((long) CODES[i / CHUNK][i % CHUNK] << 32) | i;
        }
        Arrays.sort(pairs);
        for (int i = 0; i < pairs.length; i++) {
            SORTED_CODES[i] = (int) (pairs[i] >> 32);
            SORTED_POSITIONS[i] = (int) pairs[i];
        }
{%- endif %}
    }

    /** Position in catalog order; -1 for a code the catalog does not list. */
    private final int index;

    /** The code, when the catalog does not list it. */
    private final {{ ns.code_java }} unknown;

    private {{ ns.ty }}(int index, {{ ns.code_java }} unknown) {
        this.index = index;
        this.unknown = unknown;
    }

    /**
     * Any code as an instance, known or not: the constant for a listed code, else an instance
     * that keeps the code (for a field of this type that a server may fill with a newer code;
     * Jackson reads codes through this). Instances of one code are {@link #equals equal}.
     *
     * @param code any code
     * @return the constant, or an instance of a code the catalog does not list
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static {{ ns.ty }} of({{ ns.code_java }} code) {
{%- if ns.string_codes %}
        if (code == null) {
            throw new IllegalArgumentException("a code is not null");
        }
{%- endif %}
        return fromCode(code).orElseGet(() -> new {{ ns.ty }}(-1, code));
    }

    /** @return whether the catalog lists this code ({@code false} only for {@link #of} of another) */
    public boolean isKnown() {
        return index >= 0;
    }

    /** The constant at catalog position {@code index}, for the constant interfaces. */
    static {{ ns.ty }} at(int index) {
        return VALUES[index];
    }

    /** @return every code, in catalog order */
    public static List<{{ ns.ty }}> values() {
        return ALL;
    }

    /** @return the code on the wire */
    @JsonValue
    public {{ ns.code_java }} code() {
        return index >= 0 ? CODES[index / CHUNK][index % CHUNK] : unknown;
    }

    /**
     * @return the catalog symbol, as the API spells it; empty for a code the catalog does not
     *     list
     */
    public Optional<String> symbol() {
        return index >= 0 ? Optional.of(SYMBOLS[index / CHUNK][index % CHUNK]) : Optional.empty();
    }
{% for a in ns.attributes %}
    /**
     * @return {{ a.doc }}
     *     (for a code the catalog does not list, the attribute's default, or the type's zero
     *     value without one)
     */
    public {{ a.ty }} {{ a.method }}() {
        if (index < 0) {
            return {{ a.unknown }};
        }
        for (int piece = 0; piece < {{ a.table }}_at.length; piece++) {
            int k = Arrays.binarySearch({{ a.table }}_at[piece], index);
            if (k >= 0) {
{%- if a.list %}
                return List.of({{ a.table }}[piece][k]);
{%- else %}
                return {{ a.table }}[piece][k];
{%- endif %}
            }
        }
        return {{ a.unknown }};
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
     * @return the message in that locale; {@code unknown code (CODE)} for a code the catalog does
     *     not list
     */
    public String message(String locale) {
        if (index < 0) {
            return "unknown code (" + unknown + ")";
        }
        String[][] messages = MESSAGES[index / CHUNK];
        String found = messages[Locales.index(locale)][index % CHUNK];
        return found != null ? found : messages[Locales.DEFAULT_INDEX][index % CHUNK];
    }

    /**
     * @param locale a locale exactly as {@link Locales#ALL} spells it
     * @return the message only if the catalog translates it into exactly that locale
     */
    public Optional<String> translation(String locale) {
        int i = index >= 0 ? Locales.ALL.indexOf(locale) : -1;
        return i >= 0 ? Optional.ofNullable(MESSAGES[index / CHUNK][i][index % CHUNK]) : Optional.empty();
    }

    /**
     * @return the names of the parameters the message is formatted with ({@code {name}} in it),
     *     in catalog order; empty for a message without parameters
     */
    public List<String> params() {
{%- if ns.has_params %}
        String names = index >= 0 ? PARAMS[index / CHUNK][index % CHUNK] : null;
        return names == null ? List.of() : List.of(names.split(","));
{%- else %}
        return List.of();
{%- endif %}
    }

    /** @return why this code should no longer be used, or empty */
    public Optional<String> deprecation() {
        return index >= 0 ? Optional.ofNullable(DEPRECATIONS[index / CHUNK][index % CHUNK]) : Optional.empty();
    }

    /** @return the catalog symbol, or the code as text for a code the catalog does not list */
    @Override
    public String toString() {
        return index >= 0 ? SYMBOLS[index / CHUNK][index % CHUNK] : String.valueOf(unknown);
    }

    /**
     * @param other any object
     * @return whether it is an instance of the same code (constants are unique, so {@code ==}
     *     compares them; an instance of a code the catalog does not list equals one of the same
     *     code)
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof {{ ns.ty }} that && {% if ns.string_codes %}code().equals(that.code()){% else %}code() == that.code(){% endif %};
    }

    /** @return the code's hash */
    @Override
    public int hashCode() {
        return {% if ns.string_codes %}code().hashCode(){% else %}Integer.hashCode(code()){% endif %};
    }

    /**
     * @param code any code, known or not
     * @return the constant for {@code code}, or empty for a code the catalog does not list
     */
    public static Optional<{{ ns.ty }}> fromCode({{ ns.code_java }} code) {
{%- if ns.string_codes %}
        return Optional.ofNullable(BY_CODE.get(code));
{%- else %}
        int i = Arrays.binarySearch(SORTED_CODES, code);
        return i >= 0 ? Optional.of(VALUES[SORTED_POSITIONS[i]]) : Optional.empty();
{%- endif %}
    }

    /**
     * @param symbol a catalog symbol or alias, as the API spells it
     * @return the constant with that symbol, or empty
     */
    public static Optional<{{ ns.ty }}> fromSymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /**
     * @param code any code, known or not
     * @return whether the catalog lists {@code code}
     */
    public static boolean isKnown({{ ns.code_java }} code) {
        return fromCode(code).isPresent();
    }

    /**
     * @param code any code, known or not
     * @return the catalog symbol of {@code code}, or empty for an unknown code
     */
    public static Optional<String> symbolOf({{ ns.code_java }} code) {
        return fromCode(code).flatMap({{ ns.ty }}::symbol);
    }

    /**
     * @param code any code, known or not
     * @param locale a BCP 47 tag
     * @return the message of {@code code} in {@code locale}, or empty for an unknown code
     */
    public static Optional<String> messageOf({{ ns.code_java }} code, String locale) {
        return fromCode(code).map(c -> c.message(locale));
    }

    /**
     * @param code any code, known or not
     * @param locale a locale exactly as {@link Locales#ALL} spells it
     * @return the message of {@code code} only if the catalog translates it into exactly
     *     {@code locale}, or empty
     */
    public static Optional<String> translationOf({{ ns.code_java }} code, String locale) {
        return fromCode(code).flatMap(c -> c.translation(locale));
    }
}
