/* The C runner of the conformance suite (tests/conformance/, crates/gen/tests/conformance/): the
 * helpers of the runner.c the driver writes per fixture, which performs each case with the
 * fixture package's functions and prints one JSON line per case, {"id": N, "value": V}. */
#ifndef CONFORMANCE_RUNNER_H
#define CONFORMANCE_RUNNER_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* `s` as a JSON string: quotes, backslashes and control characters escaped, UTF-8 as it is. */
static inline void jsonText(const char *s) {
    const unsigned char *p;
    putchar('"');
    for (p = (const unsigned char *)s; *p != 0; p++) {
        if (*p == '"' || *p == '\\') {
            putchar('\\');
            putchar(*p);
        } else if (*p < 0x20) {
            printf("\\u%04x", *p);
        } else {
            putchar(*p);
        }
    }
    putchar('"');
}

static inline void answerText(int id, const char *s) {
    printf("{\"id\": %d, \"value\": ", id);
    if (s == NULL) {
        fputs("null", stdout);
    } else {
        jsonText(s);
    }
    puts("}");
}

static inline void answerInt(int id, long value) {
    printf("{\"id\": %d, \"value\": %ld}\n", id, value);
}

static inline void answerNull(int id) {
    printf("{\"id\": %d, \"value\": null}\n", id);
}

/* Fails the run: the package broke snprintf's contract. */
static inline void broken(int id, const char *what) {
    fprintf(stderr, "case %d: %s\n", id, what);
    exit(1);
}

/* Answers case `id` with what `call` writes, an expression of `buffer` and `size` writing as
 * snprintf does; and holds it to that contract: with no buffer it returns the length it writes
 * in full, and a buffer one byte short gets all but the last byte, NUL-terminated. */
#define WRITTEN(id, call)                                                                          \
    do {                                                                                           \
        char *buffer = NULL;                                                                       \
        size_t size = 0;                                                                           \
        size_t needed = (call);                                                                    \
        char *full = malloc(needed + 1);                                                           \
        char *cut = malloc(needed + 1);                                                            \
        buffer = full;                                                                             \
        size = needed + 1;                                                                         \
        if ((call) != needed || strlen(full) != needed) {                                          \
            broken(id, "the length returned is not the length written");                         \
        }                                                                                          \
        if (needed > 0) {                                                                          \
            buffer = cut;                                                                          \
            size = needed;                                                                         \
            if ((call) != needed || cut[needed - 1] != 0 || strncmp(cut, full, needed - 1) != 0) { \
                broken(id, "a buffer one byte short is not cut one byte short");                  \
            }                                                                                      \
        }                                                                                          \
        answerText(id, full);                                                                      \
        free(full);                                                                                \
        free(cut);                                                                                 \
    } while (0)

#endif
