import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints what a generated package knows of its own API, which the conformance suite
 * (conformance/ConformanceRunner.java) does not ask, for the test harness to compare with the
 * catalog byte for byte (it sorts the lines): {@code NS CODE LOCALE SYMBOL HEX} for every message,
 * iterating {@code values()} (falling back; hex of its UTF-8 bytes),
 * {@code untranslated NS CODE LOCALE}, {@code deprecated NS CODE HEX},
 * {@code attr NS CODE METHOD VALUE} (each of {@code $DUMP_ATTRIBUTES}: {@code i:N},
 * {@code b:BOOL}, {@code s:HEX}, {@code l:HEX,HEX}), {@code alias NS CONSTANT CODE},
 * {@code retired NS CODE}, {@code unknown NS CODE} ({@code $DUMP_UNKNOWN_NS}, looked up and
 * printed) and {@code typed NS CODE LOCALE HEX} (each of {@code $DUMP_TYPED_NS} through its static
 * factory). Problem details, with an argument per parameter, must survive a round trip; that is
 * asserted, not printed.
 * Usage: java Dump <java package> <namespace>=<TypeName>...
 */
public final class Dump {
    private Dump() {}

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }

    private static String dumped(Object value) {
        if (value instanceof Integer || value instanceof Boolean) {
            return (value instanceof Integer ? "i:" : "b:") + value;
        }
        if (value instanceof String text) {
            return "s:" + hex(text);
        }
        List<String> items = new java.util.ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(hex((String) item));
        }
        return "l:" + String.join(",", items);
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        String pkg = args[0];
        String names = System.getenv().getOrDefault("DUMP_ATTRIBUTES", "");
        List<String> attributes = names.isEmpty() ? List.of() : List.of(names.split(","));
        List<?> locales = (List<?>) Class.forName(pkg + ".Locales").getField("ALL").get(null);
        for (int i = 1; i < args.length; i++) {
            String ns = args[i].split("=")[0];
            Class<?> type = Class.forName(pkg + "." + args[i].split("=")[1]);
            Class<?> error = Class.forName(pkg + "." + args[i].split("=")[2]);
            // int or String: what the namespace's lookups take.
            Class<?> codeType = type.getMethod("code").getReturnType();
            for (Object constant : (List<?>) type.getMethod("values").invoke(null)) {
                Object code = type.getMethod("code").invoke(constant);
                if (type.getMethod("of", codeType).invoke(null, code) != constant) {
                    throw new IllegalStateException(ns + ": of(" + code + ") is not the constant");
                }
                // Lookup by code finds the constant, whatever the catalog's order.
                if (!type.getMethod("fromCode", codeType).invoke(null, code).equals(Optional.of(constant))) {
                    throw new IllegalStateException(ns + ": fromCode(" + code + ") misses " + constant);
                }
                Object symbol = ((Optional<?>) type.getMethod("symbol").invoke(constant)).orElseThrow();
                for (Object locale : locales) {
                    String text = (String) type.getMethod("message", String.class).invoke(constant, locale);
                    System.out.println(ns + "\t" + code + "\t" + locale + "\t" + symbol + "\t" + hex(text));
                    if (((Optional<?>) type.getMethod("translation", String.class).invoke(constant, locale)).isEmpty()) {
                        System.out.println("untranslated\t" + ns + "\t" + code + "\t" + locale);
                    }
                }
                Object thrown = error.getConstructor(codeType).newInstance(code);
                Map<?, ?> problem = (Map<?, ?>) error.getMethod("toProblem", String.class).invoke(thrown, "en");
                Object back = error.getMethod("fromProblem", Map.class).invoke(null, problem);
                if (!error.getMethod("code").invoke(back).equals(code)) {
                    throw new IllegalStateException("problem of " + code + " came back as another code");
                }
                for (String attribute : attributes) {
                    Object value = type.getMethod(attribute).invoke(constant);
                    Object looked = type.getMethod(attribute + "Of", codeType).invoke(null, code);
                    if (!looked.equals(Optional.of(value))) {
                        throw new IllegalStateException(attribute + "Of(" + code + ") differs from " + attribute + "()");
                    }
                    System.out.println("attr\t" + ns + "\t" + code + "\t" + attribute + "\t" + dumped(value));
                }
                List<?> params = (List<?>) type.getMethod("params").invoke(constant);
                if (!params.isEmpty()) {
                    Map<String, Object> given = new java.util.LinkedHashMap<>();
                    for (Object name : params) {
                        given.put((String) name, "<" + name + "> \"q\" 'q' {x} }{\n");
                    }
                    Object withArguments = error.getConstructor(codeType, Map.class, Throwable.class)
                            .newInstance(code, given, null);
                    Map<?, ?> carried = (Map<?, ?>) error.getMethod("toProblem", String.class).invoke(withArguments, "en");
                    Object again = error.getMethod("fromProblem", Map.class).invoke(null, carried);
                    for (Object locale : locales) {
                        String text = (String) error.getMethod("message", String.class).invoke(withArguments, locale);
                        if (!text.equals(error.getMethod("message", String.class).invoke(again, locale))) {
                            throw new IllegalStateException("arguments of " + code + " lost in a problem");
                        }
                    }
                }
                Optional<?> note = (Optional<?>) type.getMethod("deprecation").invoke(constant);
                if (note.isPresent()) {
                    System.out.println("deprecated\t" + ns + "\t" + code + "\t" + hex((String) note.get()));
                }
            }
            // Aliases are constants like the others; the harness names them ($DUMP_ALIASES_NS).
            String aliases = System.getenv().getOrDefault("DUMP_ALIASES_" + ns, "");
            for (String alias : aliases.isEmpty() ? new String[0] : aliases.split(",")) {
                Object code = type.getMethod("code").invoke(type.getField(alias).get(null));
                System.out.println("alias\t" + ns + "\t" + alias + "\t" + code);
            }
            String typed = System.getenv().getOrDefault("DUMP_TYPED_" + ns, "");
            for (String item : typed.isEmpty() ? new String[0] : typed.split(";")) {
                String[] parts = item.split("\\|");
                String[] params = parts[2].split(",");
                Class<?>[] types = new Class<?>[params.length];
                Object[] values = new Object[params.length];
                for (int p = 0; p < params.length; p++) {
                    String name = params[p].split(":")[0];
                    switch (params[p].split(":")[1]) {
                        case "i" -> {
                            types[p] = long.class;
                            values[p] = -9007199254740991L;
                        }
                        case "f" -> {
                            types[p] = double.class;
                            values[p] = 0.30000000000000004;
                        }
                        default -> {
                            types[p] = String.class;
                            values[p] = "<" + name + "> \"q\" 'q' {x} }{\n";
                        }
                    }
                }
                Object made = error.getMethod(parts[1], types).invoke(null, values);
                for (Object locale : locales) {
                    String text = (String) error.getMethod("message", String.class).invoke(made, locale);
                    System.out.println("typed\t" + ns + "\t" + parts[0] + "\t" + locale + "\t" + hex(text));
                }
            }
            String unknownText = System.getenv("DUMP_UNKNOWN_" + ns);
            Object unknown = codeType == int.class ? (Object) Integer.valueOf(unknownText) : unknownText;
            if ((Boolean) type.getMethod("isKnown", codeType).invoke(null, unknown)
                    || ((Optional<?>) type.getMethod("symbolOf", codeType).invoke(null, unknown)).isPresent()) {
                throw new AssertionError("unknown code " + unknown + " is known");
            }
            // `of` keeps an unknown code (what Jackson reads a code through), equal to another of it.
            Object kept = type.getMethod("of", codeType).invoke(null, unknown);
            if (!type.getMethod("code").invoke(kept).equals(unknown) || (Boolean) type.getMethod("isKnown").invoke(kept)
                    || !kept.equals(type.getMethod("of", codeType).invoke(null, unknown))) {
                throw new AssertionError("of(" + unknown + ") did not keep the code");
            }
            System.out.println("unknown\t" + ns + "\t" + unknown);
            for (Object code : (Collection<?>) type.getField("RETIRED_CODES").get(null)) {
                if ((Boolean) type.getMethod("isKnown", codeType).invoke(null, code)) {
                    throw new AssertionError("retired code " + code + " is known");
                }
                System.out.println("retired\t" + ns + "\t" + code);
            }
        }
    }
}
