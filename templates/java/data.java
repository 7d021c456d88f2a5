// {{ header }}
package {{ package }};

/**
 * Catalog data of {@link {{ ns.ty }}}, codes {{ chunk.first }} on in catalog order: split over
 * classes so that none passes the JVM's 64 KiB initializer or 65,535 constants.
 */
final class {{ chunk.name }} {
    private {{ chunk.name }}() {}

    static final {{ ns.code_java }}[] CODES = {
{%- for e in chunk.entries %}
        {{ e.code_literal() }},
{%- endfor %}
    };

    static final String[] SYMBOLS = {
{%- for e in chunk.entries %}
        {{ e.symbol_literal() }},
{%- endfor %}
    };

    static final String[] DEPRECATIONS = {
{%- for e in chunk.entries %}
        {{ e.deprecation() }},
{%- endfor %}
    };
{% if ns.has_params %}
    /** The names of each code's parameters, joined by {@code ,}; {@code null} for none. */
    static final String[] PARAMS = {
{%- for e in chunk.entries %}
        {{ e.params_literal() }},
{%- endfor %}
    };
{% endif %}
    /** Translations by locale (in the order of {@link Locales#ALL}), then code; {@code null} where missing. */
    static final String[][] MESSAGES = {
{%- for l in 0..locales %}
        {
{%- for e in chunk.entries %}
            {{ e.message_literal(*l) }},
{%- endfor %}
        },
{%- endfor %}
    };

    /** Aliases of these codes, and each one's position in catalog order. */
    static final String[] ALIASES = { {%- for (alias, _) in chunk.aliases %}{{ alias }}{% if !loop.last %}, {% endif %}{% endfor -%} };

    static final int[] ALIAS_POSITIONS = { {%- for (_, p) in chunk.aliases %}{{ p }}{% if !loop.last %}, {% endif %}{% endfor -%} };
}
