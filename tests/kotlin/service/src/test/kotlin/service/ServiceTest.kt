// An Android app's or JVM service's view of the generated Kotlin module, built against the frozen
// seed catalog (tests/fixtures/seed.yaml): codes from API envelopes through kotlinx.serialization,
// known or not; messages in the user's locale; errors raised and turned into problem details.
package service

import dev.apierrors.LarkeaCode
import dev.apierrors.LarkeaException
import dev.apierrors.Locales
import dev.apierrors.RayvisionCode
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.int
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File

/** The IoT platform's envelope, its code typed with the generated value class. */
@Serializable
data class Envelope(val success: Boolean, val code: LarkeaCode, val message: String? = null)

class ServiceTest {
    @Test
    fun knownCodesGiveSymbolAndMessages() {
        val code = RayvisionCode.ACCOUNT_LOGIN_IPLIMITFAIL
        assertEquals(812, code.code)
        assertEquals("ACCOUNT_LOGIN_IPLIMITFAIL", code.symbol)
        assertEquals("IP address is prohibited", code.message("en"))
        assertEquals("IP被限制", code.message("zh"))
        assertEquals("不支持的 HTTP 方法", LarkeaCode.METHOD_NOT_SUPPORTED.message("zh"))
        assertEquals("USERNAME_OR_PASSWORD_ERROR", LarkeaCode.of(120902).symbol)
        assertEquals(RayvisionCode.VINSUFFICIENT_PERMISSIONS, RayvisionCode.fromSymbol("VINSUFFICIENT_PERMISSIONS"))
    }

    @Test
    fun aliasesNameTheSameCode() {
        assertEquals(RayvisionCode.VINSUFFICIENT_PERMISSIONS, RayvisionCode.INSUFFICIENT_PERMISSIONS)
        assertEquals(RayvisionCode.VALIDATE_COMMOM_CODE_ERROR, RayvisionCode.fromSymbol("VALIDATE_COMMON_CODE_ERROR"))
        assertEquals("VALIDATE_COMMOM_CODE_ERROR", RayvisionCode.VALIDATE_COMMON_CODE_ERROR.symbol)
        assertNull(RayvisionCode.VALIDATE_COMMOM_CODE_ERROR.deprecation)
    }

    @Test
    fun localesFallBackToDefault() {
        assertEquals("en", Locales.DEFAULT)
        assertEquals(listOf("en", "zh"), Locales.ALL)
        assertEquals("zh", Locales.resolve("zh-Hans-CN"))
        assertEquals("en", Locales.resolve("fr-FR"))
        assertEquals("illegal topic name", LarkeaCode.TOPIC_NAME_ILLEGAL.message("fr"))
        assertEquals("illegal topic name", LarkeaCode.TOPIC_NAME_ILLEGAL.message())
        assertNull(LarkeaCode.TOPIC_NAME_ILLEGAL.translation("fr"))
    }

    @Test
    fun unknownCodesSurvive() {
        val unknown = LarkeaCode.of(131999)
        assertFalse(unknown.isKnown)
        assertNull(unknown.symbol)
        assertNull(unknown.message("zh"))
        assertEquals("LarkeaCode(131999)", unknown.toString())
        assertEquals(LarkeaCode.FAILED, LarkeaCode.of(-1))
        assertEquals("错误", LarkeaCode.FAILED.message("zh"))
        assertNull(RayvisionCode.fromSymbol("valueOf"))
    }

    @Test
    fun envelopesCarryCodesAsBareValues() {
        val known = Json.decodeFromString<Envelope>("""{"success":false,"code":131601}""")
        assertEquals(LarkeaCode.DEVICE_NOT_FOUND, known.code)
        val future = Json.decodeFromString<Envelope>("""{"success":false,"code":131999,"message":"new"}""")
        assertEquals(131999, future.code.code)
        assertEquals("""{"success":false,"code":131999,"message":"new"}""", Json.encodeToString(future))
    }

    @Test
    fun servicesRaiseTheirNamespaceError() {
        val cause = IllegalStateException("socket closed")
        val error = assertThrows(LarkeaException::class.java) { throw LarkeaException(LarkeaCode.DEVICE_NOT_FOUND, cause = cause) }
        assertEquals("DEVICE_NOT_FOUND (131601): device not found", error.message)
        assertEquals("设备未找到", error.message("zh"))
        assertEquals(cause, error.cause)
        val problem = error.toProblem("zh")
        assertEquals(listOf("type", "title", "detail", "code"), problem.keys.toList())
        assertEquals(LarkeaCode.DEVICE_NOT_FOUND, LarkeaException.fromProblem(problem).code)
        assertEquals("unknown code (424242)", LarkeaException(LarkeaCode.of(424242)).message)
        assertThrows(IllegalArgumentException::class.java) { LarkeaException.fromProblem(mapOf("code" to "131601")) }
    }

    /** Every entry as the catalog holds it, from the JSON copy the harness names in CATALOG_EXPECTED. */
    @Test
    fun iterationMatchesTheCatalogInOrder() {
        val path = System.getenv("CATALOG_EXPECTED") ?: return
        val catalog = Json.parseToJsonElement(File(path).readText()).jsonObject
        val locales = catalog["locales"]!!.jsonArray.map { it.jsonPrimitive.content }
        for (ns in catalog["namespaces"]!!.jsonArray.map { it.jsonObject }) {
            val entries = ns["entries"]!!.jsonArray.map { it.jsonObject }
            val codes = entries.map { it["code"]!!.jsonPrimitive.int }
            val retired = ns["retired"]!!.jsonArray.map { it.jsonPrimitive.int }.toSet()
            when (ns["name"]!!.jsonPrimitive.content) {
                "rayvision" -> {
                    assertEquals(codes, RayvisionCode.entries.map { it.code })
                    assertEquals(retired, RayvisionCode.retiredCodes)
                }
                "larkea" -> {
                    assertEquals(codes, LarkeaCode.entries.map { it.code })
                    assertEquals(retired, LarkeaCode.retiredCodes)
                }
                else -> throw AssertionError("namespace ${ns["name"]} has no generated type in this test")
            }
            for (entry in entries) {
                val code = entry["code"]!!.jsonPrimitive.int
                for (locale in locales) {
                    val message = if (ns["name"]!!.jsonPrimitive.content == "larkea") LarkeaCode.of(code).message(locale) else RayvisionCode.of(code).message(locale)
                    assertEquals(entry["messages"]!!.jsonObject[locale]!!.jsonPrimitive.content, message)
                }
            }
        }
        assertTrue(locales.isNotEmpty())
    }
}
