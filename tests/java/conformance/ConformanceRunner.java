import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Java runner of the conformance suite (tests/conformance/, crates/gen/tests/conformance/):
 * performs each case of the JSON file named by the first argument on the generated classes of the
 * package named by the second, whose namespaces the others name as
 * {@code namespace=TypeName=ExceptionName}, and prints one JSON line per case,
 * {@code {"id": N, "value": V}} or {@code {"id": N, "error": KIND}}. The harness compares.
 * Classes are reached by reflection, so one runner serves every fixture; JSON goes through
 * Jackson, as a Java service's does.
 */
public final class ConformanceRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConformanceRunner() {}

    /** A case the package refused, as the cases expect: its kind. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String kind) {
            super(kind);
        }
    }

    /** One namespace's code class and exception class, and the codes' Java type. */
    private record Namespace(Class<?> type, Class<?> error, Class<?> code) {
        Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
            Class<?> owner = target == null ? type : target.getClass();
            for (Method m : owner.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length
                        && (target != null || java.lang.reflect.Modifier.isStatic(m.getModifiers()))) {
                    return m.invoke(target, args);
                }
            }
            throw new NoSuchMethodException(owner.getName() + "." + name);
        }

        Object callOn(Class<?> owner, String name, Class<?>[] types, Object... args) throws ReflectiveOperationException {
            return owner.getMethod(name, types).invoke(null, args);
        }

        Object code(JsonNode value) {
            return code == int.class ? (Object) value.asInt() : value.asText();
        }

        Object error(JsonNode c) throws ReflectiveOperationException {
            return error.getConstructor(code, Map.class, Throwable.class).newInstance(code(c.path("code")), arguments(c), null);
        }
    }

    /** The case's args as the exceptions take them: text, or numbers by their JSON type. */
    private static Map<String, Object> arguments(JsonNode c) {
        Map<String, Object> out = new LinkedHashMap<>();
        c.path("args").fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            out.put(f.getKey(), v.isTextual() ? v.asText() : v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble());
        });
        return out;
    }

    private static Object orNull(Object optional) {
        return ((Optional<?>) optional).orElse(null);
    }

    private static Object perform(Namespace ns, JsonNode c) throws ReflectiveOperationException, IOException, Refused {
        Class<?>[] byCode = {ns.code()};
        Class<?>[] byCodeAndText = {ns.code(), String.class};
        switch (c.get("op").asText()) {
            case "symbol":
                return orNull(ns.callOn(ns.type(), "symbolOf", byCode, ns.code(c.get("code"))));
            case "from_symbol": {
                Object found = orNull(ns.callOn(ns.type(), "fromSymbol", new Class<?>[] {String.class}, c.get("symbol").asText()));
                return found == null ? null : ns.call(found, "code");
            }
            case "message":
                return orNull(ns.callOn(ns.type(), "messageOf", byCodeAndText, ns.code(c.get("code")), c.get("locale").asText()));
            case "error_text":
                return ((Throwable) ns.error(c)).getMessage();
            case "error_message":
                return ns.call(ns.error(c), "message", c.get("locale").asText());
            case "problem":
                return JSON.writeValueAsString(ns.call(ns.error(c), "toProblem", c.get("locale").asText()));
            case "read_problem": {
                Object read = JSON.readValue(c.get("json").asText(), Object.class);
                if (!(read instanceof Map<?, ?>)) {
                    throw new Refused("invalid-problem");
                }
                Object error;
                try {
                    error = ns.callOn(ns.error(), "fromProblem", new Class<?>[] {Map.class}, read);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof IllegalArgumentException) {
                        throw new Refused("invalid-problem");
                    }
                    throw e;
                }
                String locale = (String) ns.type().getClassLoader().loadClass(ns.type().getPackageName() + ".Locales")
                        .getField("DEFAULT").get(null);
                return JSON.writeValueAsString(ns.call(error, "toProblem", locale));
            }
            case "code_json": {
                Object code = ns.callOn(ns.type(), "of", byCode, ns.code(c.get("code")));
                String written = JSON.writeValueAsString(code);
                if (!JSON.readValue(written, ns.type()).equals(code)) {
                    throw new IllegalStateException(code + " came back otherwise");
                }
                return JSON.readTree(written);
            }
            default:
                throw new IllegalArgumentException("unknown operation " + c.get("op"));
        }
    }

    /** An argument as the package writes it ("i:" an integer, "f:" a float). */
    private static Object number(String pkg, String value) throws ReflectiveOperationException {
        String text = value.substring(2);
        Class<?> arguments = Class.forName(pkg + ".Arguments");
        return value.startsWith("i:")
                ? arguments.getMethod("formatNumber", long.class).invoke(null, Long.parseLong(text))
                : arguments.getMethod("formatNumber", double.class).invoke(null, Double.parseDouble(text));
    }

    /**
     * @param args the cases' JSON file, the Java package, then namespace=TypeName=ExceptionName
     * @throws Exception when the classes or the cases cannot be read
     */
    public static void main(String[] args) throws Exception {
        Map<String, Namespace> namespaces = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split("=");
            Class<?> type = Class.forName(args[1] + "." + parts[1]);
            namespaces.put(parts[0], new Namespace(type, Class.forName(args[1] + "." + parts[2]), type.getMethod("code").getReturnType()));
        }
        for (JsonNode c : JSON.readTree(new File(args[0]))) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", c.get("id").asInt());
            try {
                answer.put("value", c.get("op").asText().equals("number")
                        ? number(args[1], c.get("value").asText())
                        : perform(namespaces.get(c.path("ns").asText()), c));
            } catch (Refused e) {
                answer.put("error", e.getMessage());
            } catch (ReflectiveOperationException | RuntimeException e) {
                answer.put("error", e.toString());
            }
            System.out.println(JSON.writeValueAsString(answer));
        }
    }
}
