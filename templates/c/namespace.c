/* {{ header }} */
/* Namespace `{{ ns.name }}`: its tables, in catalog order, and its lookups. Every table is static
 * const. Text is written with octal escapes, so the file is ASCII whatever the compiler's source
 * charset, and a text longer than C's portable literal (4,095 bytes) is a char array. Names of
 * this file's own are lowerCamelCase: the public ones are lower_snake or UPPER_SNAKE and carry
 * the package's prefix, so no catalog name can meet them. */
#include "../internal.h"

#include <stdio.h>
#include <string.h>
{%- for t in ns.long_texts %}

static const char {{ t.name }}[{{ t.length }}] = {
{%- for line in t.lines %}
    {{ line }}
{%- endfor %}
};
{%- endfor %}

static const struct {{ pkg }}__{{ ns.kind }}_entry entries[{{ ns.entries.len() }}] = {
{%- for e in ns.entries %}
    {{ e }},
{%- endfor %}
};

/* Each entry's message in each locale, entry by entry; NULL where it has no translation. */
static const char *const messages[{{ ns.entries.len() }} * {{ macro_prefix }}__LOCALE_COUNT] = {
{%- for m in ns.messages %}
    {{ m }},
{%- endfor %}
};

/* The entries, by code. */
static const uint32_t byCode[{{ ns.entries.len() }}] = {
{%- for line in ns.by_code %}
    {{ line }}
{%- endfor %}
};

/* The symbols and aliases, sorted. */
static const struct {{ pkg }}__name names[{{ ns.names.len() }}] = {
{%- for n in ns.names %}
    {{ n }},
{%- endfor %}
};

static const {{ ns.type_name }} retired[{{ ns.retired.len().max(1) }}] = { {% if ns.retired.is_empty() %}{{ ns.zero }}{% else %}{{ ns.retired.join(", ") }}{% endif %} };
static const size_t retiredCount = {{ ns.retired.len() }};

static long findEntry({{ ns.type_name }} code) {
    return {{ pkg }}__find_{{ ns.kind }}(entries, byCode, {{ ns.entries.len() }}, code);
}

/* The message of `entry` in locale `locale`, the default locale's where it has no translation. */
static const char *entryText(long entry, size_t locale) {
    const char *message = messages[(size_t)entry * {{ macro_prefix }}__LOCALE_COUNT + locale];
    return message != NULL ? message : messages[(size_t)entry * {{ macro_prefix }}__LOCALE_COUNT + {{ macro_prefix }}__DEFAULT_LOCALE];
}

const char *{{ ns.prefix }}_symbol({{ ns.type_name }} code) {
    long entry = findEntry(code);
    return entry < 0 ? NULL : entries[entry].symbol;
}

bool {{ ns.prefix }}_from_symbol(const char *symbol, {{ ns.type_name }} *code) {
    long entry = {{ pkg }}__find_symbol(names, {{ ns.names.len() }}, symbol);
    if (entry < 0) {
        return false;
    }
    if (code != NULL) {
        *code = entries[entry].code;
    }
    return true;
}

const char *{{ ns.prefix }}_message({{ ns.type_name }} code, const char *locale) {
    long entry = findEntry(code);
    return entry < 0 ? NULL : entryText(entry, {{ pkg }}__resolve(locale));
}

const char *{{ ns.prefix }}_translation({{ ns.type_name }} code, const char *locale) {
    long entry = findEntry(code);
    size_t exact = {{ pkg }}__exact_locale(locale);
    return entry < 0 || exact == {{ macro_prefix }}__LOCALE_COUNT ? NULL : messages[(size_t)entry * {{ macro_prefix }}__LOCALE_COUNT + exact];
}

const char *{{ ns.prefix }}_deprecation({{ ns.type_name }} code) {
    long entry = findEntry(code);
    return entry < 0 ? NULL : entries[entry].deprecation;
}

/* "unknown code (CODE)". */
static void putUnknown(struct {{ pkg }}__out *out, {{ ns.type_name }} code) {
{%- if ns.string %}
    {{ pkg }}__put(out, "unknown code (", 14);
    if (code != NULL) {
        {{ pkg }}__put(out, code, strlen(code));
    }
    {{ pkg }}__put(out, ")", 1);
{%- else %}
    char text[40];
    {{ pkg }}__put(out, text, (size_t)snprintf(text, sizeof text, "unknown code (%ld)", (long)code));
{%- endif %}
}

size_t {{ ns.prefix }}_format_message({{ ns.type_name }} code, const char *locale, const {{ pkg }}_arg *args,
    size_t count, char *buffer, size_t size) {
    long entry = findEntry(code);
    struct {{ pkg }}__out out = {{ pkg }}__start(buffer, size);
    if (entry < 0) {
        putUnknown(&out, code);
    } else {
        {{ pkg }}__put_message(&out, entryText(entry, {{ pkg }}__resolve(locale)), entries[entry].params, args, count);
    }
    return {{ pkg }}__finish(&out);
}

size_t {{ ns.prefix }}_format_error({{ ns.type_name }} code, const {{ pkg }}_arg *args, size_t count,
    char *buffer, size_t size) {
    long entry = findEntry(code);
    struct {{ pkg }}__out out = {{ pkg }}__start(buffer, size);
    if (entry < 0) {
        putUnknown(&out, code);
    } else {
        const char *symbol = entries[entry].symbol;
{%- if ns.string %}
        {{ pkg }}__put(&out, symbol, strlen(symbol));
        {{ pkg }}__put(&out, " (", 2);
        {{ pkg }}__put(&out, code, strlen(code));
        {{ pkg }}__put(&out, "): ", 3);
{%- else %}
        char text[40];
        {{ pkg }}__put(&out, symbol, strlen(symbol));
        {{ pkg }}__put(&out, text, (size_t)snprintf(text, sizeof text, " (%ld): ", (long)code));
{%- endif %}
        {{ pkg }}__put_message(&out, entryText(entry, {{ macro_prefix }}__DEFAULT_LOCALE), entries[entry].params, args, count);
    }
    return {{ pkg }}__finish(&out);
}

size_t {{ ns.prefix }}_count(void) {
    return {{ ns.entries.len() }};
}

{{ ns.type_name }} {{ ns.prefix }}_code_at(size_t index) {
    return index < {{ ns.entries.len() }} ? entries[index].code : {{ ns.zero }};
}

size_t {{ ns.prefix }}_retired_count(void) {
    return retiredCount;
}

{{ ns.type_name }} {{ ns.prefix }}_retired_at(size_t index) {
    return index < retiredCount ? retired[index] : {{ ns.zero }};
}
{%- for a in ns.attributes %}

/* `{{ a.name }}`: the entries whose value is not the default, and their values. */
{%- for list in a.lists %}
static const char *const {{ list.name }}[{{ list.items.len() + 1 }}] = { {% for item in list.items %}{{ item }}, {% endfor %}NULL };
{%- endfor %}
static const uint32_t {{ a.id }}At[{{ a.at.len().max(1) }}] = { {% if a.at.is_empty() %}0{% else %}{{ a.at.join(", ") }}{% endif %} };
static {{ a.table_type }}{{ a.id }}Values[{{ a.values.len().max(1) }}] = { {% if a.values.is_empty() %}{{ a.unset }}{% else %}{{ a.values.join(", ") }}{% endif %} };

bool {{ a.function }}({{ ns.type_name }} code, {{ a.c_type }}*value) {
    long entry = findEntry(code);
    long at;
    if (entry < 0) {
        return false;
    }
    at = {{ pkg }}__find_index({{ a.id }}At, {{ a.at.len() }}, (uint32_t)entry);
    if (value != NULL) {
        *value = at < 0 ? {{ a.unset }} : {{ a.id }}Values[at];
    }
    return true;
}
{%- endfor %}
