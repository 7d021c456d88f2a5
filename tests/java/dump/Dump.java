import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints every message of a generated package for the test harness to compare byte for byte: one
 * line per code and locale, namespace, code, locale, symbol, hex of the UTF-8 bytes.
 * Usage: java Dump <java package> <namespace>=<TypeName>...
 */
public final class Dump {
    private Dump() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        String pkg = args[0];
        List<?> locales = (List<?>) Class.forName(pkg + ".Locales").getField("ALL").get(null);
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split("=");
            Class<?> type = Class.forName(pkg + "." + parts[1]);
            for (Object constant : type.getEnumConstants()) {
                Object code = type.getMethod("code").invoke(constant);
                Object symbol = type.getMethod("symbol").invoke(constant);
                for (Object locale : locales) {
                    String text = (String) type.getMethod("message", String.class).invoke(constant, locale);
                    StringBuilder hex = new StringBuilder();
                    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                        hex.append(String.format("%02x", b));
                    }
                    System.out.println(parts[0] + "\t" + code + "\t" + locale + "\t" + symbol + "\t" + hex);
                }
            }
        }
    }
}
