// The Kotlin runner of the conformance suite (tests/conformance/, crates/gen/tests/conformance/):
// performs each case of the JSON file named by its argument and prints one JSON line per case,
// {"id": N, "value": V} or {"id": N, "error": KIND}; the harness compares. The driver compiles it
// with every fixture's package and, per fixture, a `main` that names the fixture's types for
// each namespace (a [Namespace] each).
package conformance

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.booleanOrNull
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.io.File

/** What a fixture's package offers for one namespace, called with the case's JSON values. */
interface Namespace {
    fun symbol(code: JsonPrimitive): String?

    fun fromSymbol(symbol: String): JsonElement

    fun message(code: JsonPrimitive, locale: String): String?

    fun error(code: JsonPrimitive, args: Map<String, Any>): CaseError

    fun readProblem(problem: Map<String, Any?>): CaseError

    /** The code through kotlinx.serialization's JSON and back; the JSON text. */
    fun codeJson(code: JsonPrimitive): String
}

/** What the runner asks of a namespace's exception. */
interface CaseError {
    val text: String

    fun message(locale: String): String

    fun problem(locale: String): Map<String, Any>
}

/** A case's arguments as the package takes them: text, an integer (Long), or a float (Double). */
private fun arguments(args: JsonElement?): Map<String, Any> {
    val out = LinkedHashMap<String, Any>()
    (args as? JsonObject)?.forEach { (name, value) -> out[name] = plain(value) as Any }
    return out
}

/** A JSON value as a JSON library hands it to a program: strings, Long or Double, Boolean, null, maps, lists. */
fun plain(value: JsonElement): Any? = when (value) {
    is JsonNull -> null
    is JsonPrimitive -> when {
        value.isString -> value.content
        value.booleanOrNull != null -> value.booleanOrNull
        value.content.any { it == '.' || it == 'e' || it == 'E' } -> value.content.toDouble()
        else -> value.content.toLongOrNull() ?: value.content.toDouble()
    }
    is JsonObject -> LinkedHashMap<String, Any?>().also { map -> value.forEach { (k, v) -> map[k] = plain(v) } }
    is JsonArray -> value.map { plain(it) }
}

/** A value the package answered, as JSON: maps keep their order. */
fun json(value: Any?): JsonElement = when (value) {
    null -> JsonNull
    is String -> JsonPrimitive(value)
    is Number -> JsonPrimitive(value)
    is Boolean -> JsonPrimitive(value)
    is Map<*, *> -> JsonObject(LinkedHashMap<String, JsonElement>().also { m -> value.forEach { (k, v) -> m[k.toString()] = json(v) } })
    is List<*> -> JsonArray(value.map { json(it) })
    else -> JsonPrimitive(value.toString())
}

private fun number(value: String): String {
    val (kind, text) = value.split(":", limit = 2)
    return if (kind == "i") runnerFormatLong(text.toLong()) else runnerFormatDouble(text.toDouble())
}

/** The package's number formatting, named by the fixture's `main`. */
lateinit var runnerFormatLong: (Long) -> String
lateinit var runnerFormatDouble: (Double) -> String

fun run(path: String, namespaces: Map<String, Namespace>) {
    val cases = Json.parseToJsonElement(File(path).readText()).jsonArray
    val out = StringBuilder()
    for (case in cases) {
        val c = case.jsonObject
        val id = c["id"]!!.jsonPrimitive.content
        val op = c["op"]!!.jsonPrimitive.content
        val ns = c["ns"]?.jsonPrimitive?.content?.let { namespaces.getValue(it) }
        val code = c["code"]?.jsonPrimitive
        val locale = c["locale"]?.jsonPrimitive?.content ?: ""
        val answer: JsonElement = try {
            when (op) {
                "symbol" -> json(ns!!.symbol(code!!))
                "from_symbol" -> ns!!.fromSymbol(c["symbol"]!!.jsonPrimitive.content)
                "message" -> json(ns!!.message(code!!, locale))
                "error_text" -> json(ns!!.error(code!!, arguments(c["args"])).text)
                "error_message" -> json(ns!!.error(code!!, arguments(c["args"])).message(locale))
                "problem" -> json(json(ns!!.error(code!!, arguments(c["args"])).problem(locale)).toString())
                "read_problem" -> {
                    val given = plain(Json.parseToJsonElement(c["json"]!!.jsonPrimitive.content))
                    @Suppress("UNCHECKED_CAST")
                    val map = given as? Map<String, Any?> ?: throw IllegalArgumentException("not an object")
                    json(json(ns!!.readProblem(map).problem("")).toString())
                }
                "code_json" -> Json.parseToJsonElement(ns!!.codeJson(code!!))
                "number" -> json(number(c["value"]!!.jsonPrimitive.content))
                else -> throw IllegalStateException("no operation $op")
            }
        } catch (e: IllegalArgumentException) {
            System.err.println("case $id refused: ${e.message}")
            out.append("{\"id\": ").append(id).append(", \"error\": \"invalid-problem\"}\n")
            continue
        }
        out.append(JsonObject(mapOf("id" to JsonPrimitive(id.toInt()), "value" to answer))).append('\n')
    }
    print(out)
}
