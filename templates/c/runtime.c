/* {{ header }} */
/* What every namespace's lookups share: locales, the tables' searches, and writing a message with
 * its arguments into a caller's buffer. Nothing is allocated and nothing written but the
 * caller's buffer. Names of this file's own are lowerCamelCase: the public ones are lower_snake
 * or UPPER_SNAKE and carry the package's prefix, so no catalog name can meet them. */
#include "internal.h"

#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The catalog's locales, in declared order. */
static const char *const localeTags[{{ macro_prefix }}__LOCALE_COUNT] = { {%- for l in locales %}{{ l }}{% if !loop.last %}, {% endif %}{% endfor -%} };

/* Whether the first `length` bytes of `tag` are the catalog tag `catalog`, ASCII
 * case-insensitively. */
static bool sameTag(const char *catalog, const char *tag, size_t length) {
    size_t i;
    for (i = 0; i < length; i++) {
        unsigned char a = (unsigned char)catalog[i];
        unsigned char b = (unsigned char)tag[i];
        if (a == 0) {
            return false;
        }
        if (a >= 'A' && a <= 'Z') {
            a = (unsigned char)(a - 'A' + 'a');
        }
        if (b >= 'A' && b <= 'Z') {
            b = (unsigned char)(b - 'A' + 'a');
        }
        if (a != b) {
            return false;
        }
    }
    return catalog[length] == 0;
}

/* The tag, else the tag with its last subtag dropped, repeatedly (zh-Hans-CN, zh-Hans, zh);
 * else the default. */
size_t {{ pkg }}__resolve(const char *tag) {
    size_t length;
    if (tag == NULL) {
        return {{ macro_prefix }}__DEFAULT_LOCALE;
    }
    length = strlen(tag);
    for (;;) {
        size_t i;
        for (i = 0; i < {{ macro_prefix }}__LOCALE_COUNT; i++) {
            if (sameTag(localeTags[i], tag, length)) {
                return i;
            }
        }
        while (length > 0 && tag[length - 1] != '-') {
            length--;
        }
        if (length == 0) {
            return {{ macro_prefix }}__DEFAULT_LOCALE;
        }
        length--;
    }
}

size_t {{ pkg }}__exact_locale(const char *tag) {
    size_t i;
    if (tag == NULL) {
        return {{ macro_prefix }}__LOCALE_COUNT;
    }
    for (i = 0; i < {{ macro_prefix }}__LOCALE_COUNT; i++) {
        if (sameTag(localeTags[i], tag, strlen(tag))) {
            return i;
        }
    }
    return {{ macro_prefix }}__LOCALE_COUNT;
}

size_t {{ pkg }}_locale_count(void) {
    return {{ macro_prefix }}__LOCALE_COUNT;
}

const char *{{ pkg }}_locale_at(size_t index) {
    return index < {{ macro_prefix }}__LOCALE_COUNT ? localeTags[index] : NULL;
}

const char *{{ pkg }}_resolve_locale(const char *tag) {
    return localeTags[{{ pkg }}__resolve(tag)];
}

/* strcmp compares bytes as unsigned char, the order the generator sorts the tables in. */
long {{ pkg }}__find_symbol(const struct {{ pkg }}__name *names, size_t count, const char *symbol) {
    size_t low = 0;
    size_t high = count;
    if (symbol == NULL) {
        return -1;
    }
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = strcmp(names[middle].symbol, symbol);
        if (order == 0) {
            return (long)names[middle].entry;
        }
        if (order < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return -1;
}

long {{ pkg }}__find_int(const struct {{ pkg }}__int_entry *entries, const uint32_t *by_code, size_t count, int32_t code) {
    size_t low = 0;
    size_t high = count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int32_t found = entries[by_code[middle]].code;
        if (found == code) {
            return (long)by_code[middle];
        }
        if (found < code) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return -1;
}

long {{ pkg }}__find_string(const struct {{ pkg }}__string_entry *entries, const uint32_t *by_code, size_t count,
    const char *code) {
    size_t low = 0;
    size_t high = count;
    if (code == NULL) {
        return -1;
    }
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = strcmp(entries[by_code[middle]].code, code);
        if (order == 0) {
            return (long)by_code[middle];
        }
        if (order < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return -1;
}

long {{ pkg }}__find_index(const uint32_t *list, size_t count, uint32_t entry) {
    size_t low = 0;
    size_t high = count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (list[middle] == entry) {
            return (long)middle;
        }
        if (list[middle] < entry) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return -1;
}

struct {{ pkg }}__out {{ pkg }}__start(char *buffer, size_t size) {
    struct {{ pkg }}__out out;
    out.buffer = buffer;
    out.size = size;
    out.length = 0;
    return out;
}

void {{ pkg }}__put(struct {{ pkg }}__out *out, const char *text, size_t length) {
    if (out->length < out->size && length > 0) {
        size_t room = out->size - out->length;
        memcpy(out->buffer + out->length, text, length < room ? length : room);
    }
    out->length += length;
}

size_t {{ pkg }}__finish(struct {{ pkg }}__out *out) {
    if (out->size > 0) {
        out->buffer[out->length < out->size ? out->length : out->size - 1] = 0;
    }
    return out->length;
}

/* A float as every language writes it: the shortest of %.{1..17}e that strtod reads back as the
 * same number, its digits then placed without exponent. `text` holds 400 bytes: the longest such
 * text (5e-324) is 326. */
static size_t floatText(double value, char *text) {
    char scientific[40];
    char digits[20];
    size_t count = 0;
    size_t length = 0;
    long point;
    long i;
    int precision;
    const char *p;
    if (value != value) {
        memcpy(text, "NaN", 4);
        return 3;
    }
    if (value > DBL_MAX || value < -DBL_MAX) {
        memcpy(text, value > 0 ? "Infinity" : "-Infinity", value > 0 ? 9 : 10);
        return value > 0 ? 8 : 9;
    }
    if (value == 0) {
        memcpy(text, "0", 2);
        return 1;
    }
    for (precision = 1; precision < 17; precision++) {
        snprintf(scientific, sizeof scientific, "%.*e", precision - 1, value);
        if (strtod(scientific, NULL) == value) {
            break;
        }
    }
    snprintf(scientific, sizeof scientific, "%.*e", precision - 1, value);
    p = scientific;
    if (*p == '-') {
        text[length++] = '-';
        p++;
    }
    /* The digits, past the decimal point whatever the C locale writes for it. */
    for (; *p != 0 && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '0' && *p <= '9') {
            digits[count++] = *p;
        }
    }
    point = (*p != 0 ? strtol(p + 1, NULL, 10) : 0) + 1;
    while (count > 1 && digits[count - 1] == '0') {
        count--;
    }
    if (point <= 0) {
        text[length++] = '0';
        text[length++] = '.';
        for (i = point; i < 0; i++) {
            text[length++] = '0';
        }
        for (i = 0; i < (long)count; i++) {
            text[length++] = digits[i];
        }
    } else {
        for (i = 0; i < (long)count || i < point; i++) {
            if (i == point) {
                text[length++] = '.';
            }
            text[length++] = i < (long)count ? digits[i] : '0';
        }
    }
    text[length] = 0;
    return length;
}

static void putArg(struct {{ pkg }}__out *out, const {{ pkg }}_arg *arg) {
    char text[400];
    switch (arg->kind) {
    case {{ macro_prefix }}_ARG_INT:
        {{ pkg }}__put(out, text, (size_t)snprintf(text, sizeof text, "%lld", (long long)arg->int_value));
        break;
    case {{ macro_prefix }}_ARG_FLOAT:
        {{ pkg }}__put(out, text, floatText(arg->float_value, text));
        break;
    case {{ macro_prefix }}_ARG_TEXT:
    default:
        if (arg->text != NULL) {
            {{ pkg }}__put(out, arg->text, strlen(arg->text));
        }
        break;
    }
}

size_t {{ pkg }}_format_arg(const {{ pkg }}_arg *arg, char *buffer, size_t size) {
    struct {{ pkg }}__out out = {{ pkg }}__start(buffer, size);
    if (arg != NULL) {
        putArg(&out, arg);
    }
    return {{ pkg }}__finish(&out);
}

/* The argument named by the `length` bytes at `name`, the last of that name, or NULL. */
static const {{ pkg }}_arg *findArg(const {{ pkg }}_arg *args, size_t count, const char *name, size_t length) {
    const {{ pkg }}_arg *found = NULL;
    size_t i;
    for (i = 0; i < count; i++) {
        if (args[i].name != NULL && strlen(args[i].name) == length && memcmp(args[i].name, name, length) == 0) {
            found = &args[i];
        }
    }
    return found;
}

static void fillTemplate(struct {{ pkg }}__out *out, const char *message, const {{ pkg }}_arg *args, size_t count) {
    const char *p = message;
    while (*p != 0) {
        const char *brace = p;
        const char *end;
        while (*brace != 0 && *brace != '{' && *brace != '}') {
            brace++;
        }
        {{ pkg }}__put(out, p, (size_t)(brace - p));
        if (*brace == 0) {
            return;
        }
        end = strchr(brace + 1, '}');
        if (brace[1] == *brace) {
            {{ pkg }}__put(out, brace, 1);
            p = brace + 2;
        } else if (*brace == '{' && end != NULL) {
            const {{ pkg }}_arg *arg = findArg(args, count, brace + 1, (size_t)(end - brace - 1));
            if (arg != NULL) {
                putArg(out, arg);
            } else {
                {{ pkg }}__put(out, brace, (size_t)(end - brace + 1));
            }
            p = end + 1;
        } else {
            {{ pkg }}__put(out, brace, 1);
            p = brace + 1;
        }
    }
}

void {{ pkg }}__put_message(struct {{ pkg }}__out *out, const char *message, bool params, const {{ pkg }}_arg *args,
    size_t count) {
    if (params) {
        fillTemplate(out, message, args, count);
    } else {
        {{ pkg }}__put(out, message, strlen(message));
    }
}
