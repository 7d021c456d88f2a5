/* {{ header }} */
/**
 * @file {{ pkg }}.h
 * {{ description }}
 *
 * Every name is prefixed with `{{ pkg }}_` (functions and types) or `{{ macro_prefix }}_`
 * (constants): C has one name space for a whole program. Codes are `{{ macro_prefix }}_<NAMESPACE>_<SYMBOL>`.
 * Lookups take logarithmic time, allocate nothing and keep no state: every table is
 * `static const`. A locale is a BCP 47 tag, matched case-insensitively, its last subtag dropped
 * until a catalog locale matches (zh-Hans-CN, zh-Hans, zh), else {{ macro_prefix }}_DEFAULT_LOCALE.
 */
#ifndef {{ guard }}
#define {{ guard }}

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The version of the catalog this package was generated from. */
#define {{ macro_prefix }}_VERSION "{{ version }}"

/** The locale every message falls back to. */
#define {{ macro_prefix }}_DEFAULT_LOCALE {{ default_locale }}

/** What a message argument holds. */
typedef enum {{ pkg }}_arg_kind {
    /** Text, written as it is. */
    {{ macro_prefix }}_ARG_TEXT,
    /** An integer, written in decimal digits. */
    {{ macro_prefix }}_ARG_INT,
    /** A float, written as the shortest decimal that reads back as the same number, without
     * exponent ("0.30000000000000004", "1000000000000000000000"); "NaN", "Infinity". */
    {{ macro_prefix }}_ARG_FLOAT
} {{ pkg }}_arg_kind;

/** A message argument: the parameter it fills (`{name}` in a message) and its value. */
typedef struct {{ pkg }}_arg {
    /** The parameter's name. */
    const char *name;
    /** Which of the values below it holds. */
    {{ pkg }}_arg_kind kind;
    /** The text of a {{ macro_prefix }}_ARG_TEXT argument. */
    const char *text;
    /** The value of a {{ macro_prefix }}_ARG_INT argument. */
    int64_t int_value;
    /** The value of a {{ macro_prefix }}_ARG_FLOAT argument. */
    double float_value;
} {{ pkg }}_arg;

/** A text argument. */
static inline {{ pkg }}_arg {{ pkg }}_text_arg(const char *name, const char *text) {
    {{ pkg }}_arg arg = {name, {{ macro_prefix }}_ARG_TEXT, text, 0, 0.0};
    return arg;
}

/** An integer argument. */
static inline {{ pkg }}_arg {{ pkg }}_int_arg(const char *name, int64_t value) {
    {{ pkg }}_arg arg = {name, {{ macro_prefix }}_ARG_INT, NULL, value, 0.0};
    return arg;
}

/** A float argument. */
static inline {{ pkg }}_arg {{ pkg }}_float_arg(const char *name, double value) {
    {{ pkg }}_arg arg = {name, {{ macro_prefix }}_ARG_FLOAT, NULL, 0, value};
    return arg;
}

/** How many locales the catalog has messages in. */
size_t {{ pkg }}_locale_count(void);

/** The catalog's locale at `index` (below {{ pkg }}_locale_count()), in declared order; NULL
 * past the end. */
const char *{{ pkg }}_locale_at(size_t index);

/** The catalog locale a BCP 47 tag resolves to (never NULL; NULL resolves to the default). */
const char *{{ pkg }}_resolve_locale(const char *tag);

/**
 * An argument as every language writes it into a message, into `buffer` as snprintf does:
 * returns the length of the whole text (without its NUL); at most `size` bytes are written,
 * NUL-terminated when `size` is not 0, so a return of `size` or more means it was cut.
 */
size_t {{ pkg }}_format_arg(const {{ pkg }}_arg *arg, char *buffer, size_t size);
{% for ns in namespaces %}
/* ---------------------------------------------------------------------------------------------
 * `{{ ns.name }}`{% if !ns.description.is_empty() %}: {{ ns.description }}{% endif %}
 * ------------------------------------------------------------------------------------------- */

/** A code of namespace `{{ ns.name }}`{% if ns.string %} (a string: compare with strcmp){% endif %}. */
typedef {{ ns.code_type }}{{ ns.type_name }};
{% for c in ns.constants %}
/** {{ c.doc }} */
#define {{ c.name }} {{ c.value }}
{%- endfor %}

/** The catalog symbol of `code`, or NULL when the namespace does not list it. */
const char *{{ ns.prefix }}_symbol({{ ns.type_name }} code);

/** Stores the code a symbol or alias names in `*code` and returns true; false when none does. */
bool {{ ns.prefix }}_from_symbol(const char *symbol, {{ ns.type_name }} *code);

/** The message of `code` in the locale `locale` resolves to, or NULL for an unknown code. A
 * message with parameters is its template, `{name}` where each argument goes. */
const char *{{ ns.prefix }}_message({{ ns.type_name }} code, const char *locale);

/** The message of `code` in exactly the catalog locale `locale` (case-insensitive), or NULL
 * when it has no translation there or the code is unknown. */
const char *{{ ns.prefix }}_translation({{ ns.type_name }} code, const char *locale);

/** Why `code` is deprecated and what to use instead, or NULL when it is not. */
const char *{{ ns.prefix }}_deprecation({{ ns.type_name }} code);

/**
 * The message of `code` in a locale, each `{name}` filled with the argument of that name (kept
 * when there is none), into `buffer` as snprintf does: returns the length of the whole text
 * (without its NUL); a return of `size` or more means it was cut. An unknown code's message is
 * "unknown code (CODE)".
 */
size_t {{ ns.prefix }}_format_message({{ ns.type_name }} code, const char *locale, const {{ pkg }}_arg *args,
    size_t count, char *buffer, size_t size);

/** The error's text, "SYMBOL (CODE): message" in the default locale with the arguments filled
 * ("unknown code (CODE)" for an unknown code), as {{ ns.prefix }}_format_message writes it. */
size_t {{ ns.prefix }}_format_error({{ ns.type_name }} code, const {{ pkg }}_arg *args, size_t count,
    char *buffer, size_t size);

/** How many codes the namespace lists. */
size_t {{ ns.prefix }}_count(void);

/** The code at `index` (below {{ ns.prefix }}_count()), in catalog order. */
{{ ns.type_name }} {{ ns.prefix }}_code_at(size_t index);

/** How many codes the namespace has retired: never to be given another meaning. */
size_t {{ ns.prefix }}_retired_count(void);

/** The retired code at `index` (below {{ ns.prefix }}_retired_count()). */
{{ ns.type_name }} {{ ns.prefix }}_retired_at(size_t index);
{% for a in ns.attributes %}
/** {{ a.doc }}: stores the value of `code` in `*value` and returns true; false for an unknown code. */
bool {{ a.function }}({{ ns.type_name }} code, {{ a.c_type }}*value);
{% endfor %}
{%- endfor %}
#ifdef __cplusplus
}
#endif

#endif /* {{ guard }} */
