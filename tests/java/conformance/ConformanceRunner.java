import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.example.conformance.Arguments;
import org.example.conformance.ShopCode;
import org.example.conformance.ShopException;
import org.example.conformance.SqlCode;
import org.example.conformance.SqlException;

/**
 * The Java runner of the conformance suite (tests/conformance/cases.yaml): performs each case of
 * the JSON file named by its argument on the classes generated from
 * tests/conformance/catalog.yaml and prints one JSON line per case, {"id": N, "value": V} or
 * {"id": N, "error": KIND}. The harness compares.
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

    /** The case's args as the exceptions take them: text, or numbers by their JSON type. */
    private static Map<String, Object> arguments(JsonNode c) {
        Map<String, Object> out = new LinkedHashMap<>();
        c.path("args").fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            out.put(f.getKey(), v.isTextual() ? v.asText() : v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble());
        });
        return out;
    }

    /** A problem's JSON text as Jackson reads it: a map, or refused. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(String text) throws IOException, Refused {
        Object read = JSON.readValue(text, Object.class);
        if (read instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Refused("invalid-problem");
    }

    private static Object shop(JsonNode c) throws IOException, Refused {
        int code = c.path("code").asInt();
        ShopException error = new ShopException(code, arguments(c), null);
        switch (c.get("op").asText()) {
            case "symbol":
                return ShopCode.symbolOf(code).orElse(null);
            case "from_symbol":
                return ShopCode.fromSymbol(c.get("symbol").asText()).map(ShopCode::code).orElse(null);
            case "message":
                return ShopCode.messageOf(code, c.get("locale").asText()).orElse(null);
            case "error_text":
                return error.getMessage();
            case "error_message":
                return error.message(c.get("locale").asText());
            case "problem":
                return JSON.writeValueAsString(error.toProblem(c.get("locale").asText()));
            case "read_problem":
                try {
                    return JSON.writeValueAsString(ShopException.fromProblem(problem(c.get("json").asText())).toProblem("en"));
                } catch (IllegalArgumentException e) {
                    throw new Refused("invalid-problem");
                }
            case "code_json":
                String written = JSON.writeValueAsString(ShopCode.of(code));
                if (!JSON.readValue(written, ShopCode.class).equals(ShopCode.of(code))) {
                    throw new IllegalStateException(code + " came back otherwise");
                }
                return JSON.readTree(written);
            default:
                throw new IllegalArgumentException("unknown operation " + c.get("op"));
        }
    }

    private static Object sql(JsonNode c) throws IOException, Refused {
        String code = c.path("code").asText();
        SqlException error = new SqlException(code, arguments(c), null);
        switch (c.get("op").asText()) {
            case "symbol":
                return SqlCode.symbolOf(code).orElse(null);
            case "from_symbol":
                return SqlCode.fromSymbol(c.get("symbol").asText()).map(SqlCode::code).orElse(null);
            case "message":
                return SqlCode.messageOf(code, c.get("locale").asText()).orElse(null);
            case "error_text":
                return error.getMessage();
            case "error_message":
                return error.message(c.get("locale").asText());
            case "problem":
                return JSON.writeValueAsString(error.toProblem(c.get("locale").asText()));
            case "read_problem":
                try {
                    return JSON.writeValueAsString(SqlException.fromProblem(problem(c.get("json").asText())).toProblem("en"));
                } catch (IllegalArgumentException e) {
                    throw new Refused("invalid-problem");
                }
            case "code_json":
                String written = JSON.writeValueAsString(SqlCode.of(code));
                if (!JSON.readValue(written, SqlCode.class).equals(SqlCode.of(code))) {
                    throw new IllegalStateException(code + " came back otherwise");
                }
                return JSON.readTree(written);
            default:
                throw new IllegalArgumentException("unknown operation " + c.get("op"));
        }
    }

    private static Object unknownNamespace(String ns) {
        throw new IllegalArgumentException("no namespace " + ns);
    }

    /** An argument as the package writes it ("i:" an integer, "f:" a float). */
    private static String number(String value) {
        String text = value.substring(2);
        return value.startsWith("i:") ? Arguments.formatNumber(Long.parseLong(text)) : Arguments.formatNumber(Double.parseDouble(text));
    }

    /**
     * @param args the cases' JSON file
     * @throws IOException when it cannot be read
     */
    public static void main(String[] args) throws IOException {
        for (JsonNode c : JSON.readTree(new File(args[0]))) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", c.get("id").asInt());
            try {
                String op = c.get("op").asText();
                String ns = c.path("ns").asText();
                answer.put("value", op.equals("number") ? number(c.get("value").asText())
                        : ns.equals("shop") ? shop(c) : ns.equals("sql") ? sql(c) : unknownNamespace(ns));
            } catch (Refused e) {
                answer.put("error", e.getMessage());
            } catch (RuntimeException e) {
                answer.put("error", e.toString());
            }
            System.out.println(JSON.writeValueAsString(answer));
        }
    }
}
