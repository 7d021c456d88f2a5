// {{ header }}
package {{ package }};

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

    private static String message({{ ns.code_java }} code, String locale) {
        return {{ ns.ty }}.messageOf(code, locale).orElse("unknown code (" + code + ")");
    }
}
