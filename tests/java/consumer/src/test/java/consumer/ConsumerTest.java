package consumer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apierrors.LarkeaCode;
import dev.apierrors.LarkeaException;
import dev.apierrors.Locales;
import dev.apierrors.RayvisionCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** A Java service consuming the generated package as a Maven dependency. */
class ConsumerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void knownCodesGiveSymbolAndMessages() {
        RayvisionCode code = RayvisionCode.ACCOUNT_LOGIN_IPLIMITFAIL;
        assertEquals(812, code.code());
        assertEquals(Optional.of("ACCOUNT_LOGIN_IPLIMITFAIL"), code.symbol());
        assertEquals("IP address is prohibited", code.message("en"));
        assertEquals("IP\u88ab\u9650\u5236", code.message("zh"));
        assertEquals("不支持的 HTTP 方法", LarkeaCode.METHOD_NOT_SUPPORTED.message("zh"));
        assertEquals(Optional.of("USERNAME_OR_PASSWORD_ERROR"), LarkeaCode.symbolOf(120902));
        assertEquals(Optional.of("PASSWORD_NOT_MATCH"), LarkeaCode.symbolOf(120913));
        assertEquals(Optional.of(RayvisionCode.VINSUFFICIENT_PERMISSIONS), RayvisionCode.fromSymbol("VINSUFFICIENT_PERMISSIONS"));
    }

    @Test
    void aliasesNameTheSameCode() {
        assertSame(RayvisionCode.VINSUFFICIENT_PERMISSIONS, RayvisionCode.INSUFFICIENT_PERMISSIONS);
        assertEquals(Optional.of(RayvisionCode.VALIDATE_COMMOM_CODE_ERROR), RayvisionCode.fromSymbol("VALIDATE_COMMON_CODE_ERROR"));
        assertEquals(Optional.of("VALIDATE_COMMOM_CODE_ERROR"), RayvisionCode.VALIDATE_COMMON_CODE_ERROR.symbol());
        assertEquals(Optional.empty(), RayvisionCode.VALIDATE_COMMOM_CODE_ERROR.deprecation());
    }

    @Test
    void localesFallBackToDefault() {
        assertEquals("en", Locales.DEFAULT);
        assertEquals(List.of("en", "zh"), Locales.ALL);
        assertEquals("zh", Locales.resolve("zh-Hans-CN"));
        assertEquals("zh", Locales.resolve(Locale.SIMPLIFIED_CHINESE));
        assertEquals("en", Locales.resolve("fr-FR"));
        assertEquals("illegal topic name", LarkeaCode.TOPIC_NAME_ILLEGAL.message("fr"));
        assertEquals("illegal topic name", LarkeaCode.TOPIC_NAME_ILLEGAL.message());
    }

    @Test
    void unknownNegativeAndLargestCodes() {
        assertEquals(Optional.empty(), RayvisionCode.fromCode(424242));
        assertFalse(RayvisionCode.isKnown(424242));
        assertEquals(Optional.empty(), LarkeaCode.messageOf(424242, "zh"));
        assertSame(LarkeaCode.FAILED, LarkeaCode.fromCode(-1).orElseThrow());
        assertEquals("错误", LarkeaCode.FAILED.message("zh"));
        assertSame(RayvisionCode.RAYVISION_ERROR, RayvisionCode.fromCode(1_000_000).orElseThrow());
        assertEquals(Optional.empty(), RayvisionCode.fromSymbol("valueOf"));
    }

    @Test
    void iterationInCatalogOrder() throws IOException {
        String path = System.getenv("CATALOG_EXPECTED");
        assumeTrue(path != null && !path.isEmpty(), "CATALOG_EXPECTED not set: run through `cargo test`");
        JsonNode catalog = JSON.readTree(Files.readString(Path.of(path)));
        for (JsonNode ns : catalog.get("namespaces")) {
            String name = ns.get("name").asText();
            List<Integer> codes = new ArrayList<>();
            IntFunction<Optional<String>> symbolOf;
            BiFunction<Integer, String, Optional<String>> messageOf;
            Set<Integer> retired = name.equals("rayvision") ? RayvisionCode.RETIRED_CODES : LarkeaCode.RETIRED_CODES;
            Set<Integer> expectedRetired = new HashSet<>();
            ns.get("retired").forEach(c -> expectedRetired.add(c.asInt()));
            assertEquals(expectedRetired, retired, name);
            if (name.equals("rayvision")) {
                RayvisionCode.values().forEach(c -> codes.add(c.code()));
                symbolOf = RayvisionCode::symbolOf;
                messageOf = RayvisionCode::messageOf;
            } else {
                LarkeaCode.values().forEach(c -> codes.add(c.code()));
                symbolOf = LarkeaCode::symbolOf;
                messageOf = LarkeaCode::messageOf;
            }
            List<Integer> expected = new ArrayList<>();
            for (JsonNode entry : ns.get("entries")) {
                int code = entry.get("code").asInt();
                expected.add(code);
                assertEquals(Optional.of(entry.get("symbol").asText()), symbolOf.apply(code));
                for (JsonNode locale : catalog.get("locales")) {
                    String tag = locale.asText();
                    assertEquals(Optional.of(entry.get("messages").get(tag).asText()), messageOf.apply(code, tag),
                            name + " " + code + " " + tag);
                }
            }
            assertEquals(expected, codes, name);
        }
    }

    @Test
    void apiEnvelopesMapToCodes() throws IOException {
        JsonNode farm = JSON.readTree("{\"version\":\"1.0.0\",\"result\":false,\"message\":\"IP address is prohibited\","
                + "\"code\":812,\"data\":null,\"serverTime\":1700000000000}");
        assertEquals(Optional.of(RayvisionCode.ACCOUNT_LOGIN_IPLIMITFAIL), RayvisionCode.fromCode(farm.get("code").asInt()));
        JsonNode iot = JSON.readTree("{\"success\":false,\"code\":131604,\"message\":\"device shadow version not match\",\"data\":null}");
        assertEquals(Optional.of(LarkeaCode.DEVICE_SHADOW_VERSION_MISMATCH), LarkeaCode.fromCode(iot.get("code").asInt()));
        JsonNode future = JSON.readTree("{\"success\":false,\"code\":131999,\"message\":\"new\",\"data\":null}");
        assertTrue(LarkeaCode.fromCode(future.get("code").asInt()).isEmpty());
        assertEquals(131999, future.get("code").asInt());
    }

    /** A response body as a service declares it: the code typed, known or not. */
    record Body(LarkeaCode code, String message) {}

    @Test
    void codesCrossJacksonAsBareIntegersKnownOrNot() throws IOException {
        assertEquals("131601", JSON.writeValueAsString(LarkeaCode.DEVICE_NOT_FOUND));
        assertSame(LarkeaCode.DEVICE_NOT_FOUND, JSON.readValue("131601", LarkeaCode.class));
        String body = "{\"code\":131999,\"message\":\"newer than this package\"}";
        Body read = JSON.readValue(body, Body.class);
        assertEquals(131999, read.code().code());
        assertFalse(read.code().isKnown());
        assertEquals("unknown code (131999)", read.code().message("zh"));
        assertEquals(LarkeaCode.of(131999), read.code());
        assertEquals(JSON.readTree(body), JSON.readTree(JSON.writeValueAsString(read)));
        // Lookups are null-safe: nothing is found for null.
        assertEquals(Optional.empty(), LarkeaCode.fromSymbol(null));
        // A known code read into a field is the constant itself.
        assertSame(LarkeaCode.DEVICE_NOT_FOUND, JSON.readValue("{\"code\":131601,\"message\":\"\"}", Body.class).code());
    }

    @Test
    void servicesThrowTheirNamespaceException() {
        LarkeaException thrown = assertThrows(LarkeaException.class, () -> {
            throw new LarkeaException(LarkeaCode.DEVICE_NOT_FOUND.code());
        });
        assertEquals(Optional.of(LarkeaCode.DEVICE_NOT_FOUND), thrown.known());
        assertEquals("DEVICE_NOT_FOUND (" + LarkeaCode.DEVICE_NOT_FOUND.code() + "): " + LarkeaCode.DEVICE_NOT_FOUND.message(), thrown.getMessage());
        assertEquals(LarkeaCode.DEVICE_NOT_FOUND.message("zh"), thrown.message("zh"));

        IllegalStateException cause = new IllegalStateException("socket closed");
        LarkeaException unknown = new LarkeaException(424242, cause);
        assertEquals(424242, unknown.code());
        assertEquals(Optional.empty(), unknown.known());
        assertEquals("unknown code (424242)", unknown.message("zh"));
        assertSame(cause, unknown.getCause());

        // Problem details through Jackson, the unknown code kept.
        String json = assertDoesNotThrow(() -> JSON.writeValueAsString(unknown.toProblem("zh")));
        Map<String, Object> back = assertDoesNotThrow(() -> JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
        assertEquals("about:blank", back.get("type"));
        assertEquals(424242, LarkeaException.fromProblem(back).code());
        Map<String, Object> known = thrown.toProblem("zh");
        assertEquals(LarkeaCode.DEVICE_NOT_FOUND.message("zh"), known.get("detail"));
        assertEquals(LarkeaCode.DEVICE_NOT_FOUND.code(), known.get("code"));
    }
}
