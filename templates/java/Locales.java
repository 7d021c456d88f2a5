// {{ header }}
package {{ package }};

import java.util.List;
import java.util.Locale;

/** The catalog's locales and how a requested locale falls back. */
public final class Locales {
    /** Every locale the catalog has messages in, in catalog order. */
    public static final List<String> ALL = List.of({% for l in locales %}{{ l }}{% if !loop.last %}, {% endif %}{% endfor %});

    /** The locale a message falls back to when the requested one is not in the catalog. */
    public static final String DEFAULT = ALL.get({{ default_locale }});

    /** The position of {@link #DEFAULT} in {@link #ALL}. */
    static final int DEFAULT_INDEX = {{ default_locale }};

    private Locales() {}

    /**
     * The catalog locale for a BCP 47 tag: the tag itself, else the tag with its last subtag
     * removed, repeatedly ({@code zh-Hans-CN}, {@code zh-Hans}, {@code zh}), ASCII case-insensitively;
     * else {@link #DEFAULT}.
     *
     * @param tag a BCP 47 language tag
     * @return one of {@link #ALL}
     */
    public static String resolve(String tag) {
        // The common case, a tag exactly as the catalog spells it, allocates nothing.
        int exact = ALL.indexOf(tag);
        if (exact >= 0) {
            return ALL.get(exact);
        }
        String rest = asciiLower(tag);
        while (true) {
            for (String locale : ALL) {
                if (asciiLower(locale).equals(rest)) {
                    return locale;
                }
            }
            int cut = rest.lastIndexOf('-');
            if (cut < 0) {
                return DEFAULT;
            }
            rest = rest.substring(0, cut);
        }
    }

    /**
     * The catalog locale for a {@link Locale}, as {@link #resolve(String)}.
     *
     * @param locale a Java locale
     * @return the catalog locale it resolves to
     */
    public static String resolve(Locale locale) {
        return resolve(locale.toLanguageTag());
    }

    static int index(String tag) {
        int exact = ALL.indexOf(tag);
        return exact >= 0 ? exact : ALL.indexOf(resolve(tag));
    }

    /**
     * ASCII letters lowered, nothing else: BCP 47 tags are ASCII, and {@code toLowerCase} would
     * also turn the Kelvin sign into {@code k}, which no other language's package does.
     */
    private static String asciiLower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
