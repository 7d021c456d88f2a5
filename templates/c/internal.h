/* {{ header }} */
/* What the package's source files share, and nothing a program including {{ pkg }}.h sees. The
 * shared functions carry the prefix `{{ pkg }}__`, which no public name has. */
#ifndef {{ guard }}_INTERNAL
#define {{ guard }}_INTERNAL

#include "{{ pkg }}.h"

#define {{ macro_prefix }}__LOCALE_COUNT {{ locale_count }}
#define {{ macro_prefix }}__DEFAULT_LOCALE {{ default_locale }}

/* An entry of an integer namespace: its code, symbol, whether its messages take arguments, and
 * its deprecation note. */
struct {{ pkg }}__int_entry {
    int32_t code;
    const char *symbol;
    bool params;
    const char *deprecation;
};

/* The same, of a string namespace. */
struct {{ pkg }}__string_entry {
    const char *code;
    const char *symbol;
    bool params;
    const char *deprecation;
};

/* A symbol or alias and the entry it names. */
struct {{ pkg }}__name {
    const char *symbol;
    uint32_t entry;
};

/* Text written into a caller's buffer as snprintf writes it: `length` counts every byte, the
 * buffer takes what fits and its NUL. */
struct {{ pkg }}__out {
    char *buffer;
    size_t size;
    size_t length;
};

/* The index of the catalog locale a BCP 47 tag resolves to. */
size_t {{ pkg }}__resolve(const char *tag);

/* The index of the catalog locale exactly `tag`, case-insensitively, or the locale count. */
size_t {{ pkg }}__exact_locale(const char *tag);

/* The entry `symbol` names in `count` names sorted by symbol, or -1. */
long {{ pkg }}__find_symbol(const struct {{ pkg }}__name *names, size_t count, const char *symbol);

/* The entry of `code` through `by_code` (entry indices sorted by code), or -1. */
long {{ pkg }}__find_int(const struct {{ pkg }}__int_entry *entries, const uint32_t *by_code, size_t count, int32_t code);

/* The same in a string namespace. */
long {{ pkg }}__find_string(const struct {{ pkg }}__string_entry *entries, const uint32_t *by_code, size_t count,
    const char *code);

/* The position of `entry` in `count` entry indices sorted up, or -1. */
long {{ pkg }}__find_index(const uint32_t *list, size_t count, uint32_t entry);

/* An output over `buffer`, nothing written yet. */
struct {{ pkg }}__out {{ pkg }}__start(char *buffer, size_t size);

/* Appends `length` bytes of `text`. */
void {{ pkg }}__put(struct {{ pkg }}__out *out, const char *text, size_t length);

/* NUL-terminates what fits and returns the length of the whole text. */
size_t {{ pkg }}__finish(struct {{ pkg }}__out *out);

/* A message, its arguments filled when its entry takes any: each {name} replaced by the argument
 * of that name (kept when there is none), each doubled brace read as one. */
void {{ pkg }}__put_message(struct {{ pkg }}__out *out, const char *message, bool params, const {{ pkg }}_arg *args,
    size_t count);

#endif /* {{ guard }}_INTERNAL */
