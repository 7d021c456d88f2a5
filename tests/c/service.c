/* A device's firmware using the generated C library, built against the frozen seed catalog
 * (tests/fixtures/seed.yaml): it reports the platform's error codes over a small fixed buffer,
 * with no heap, and reads codes back from the wire by symbol. The checks abort on the first
 * wrong answer. */
#include "api_errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

static void expect_text(const char *what, const char *got, const char *want) {
    if ((got == NULL) != (want == NULL) || (got != NULL && strcmp(got, want) != 0)) {
        fprintf(stderr, "%s: got \"%s\", want \"%s\"\n", what, got != NULL ? got : "(null)", want != NULL ? want : "(null)");
        failures++;
    }
}

static void expect(const char *what, int ok) {
    if (!ok) {
        fprintf(stderr, "%s\n", what);
        failures++;
    }
}

/* The line a device sends upstream when an operation fails: fixed size, cut if it must be. */
static size_t report(api_errors_larkea_code code, char line[32]) {
    return api_errors_larkea_format_error(code, NULL, 0, line, 32);
}

int main(void) {
    char line[32];
    api_errors_larkea_code code = 0;
    api_errors_rayvision_code farm = 0;
    size_t needed;

    /* Constants, symbols and messages, in the device's locale with fallback. */
    expect("a constant is its code", API_ERRORS_LARKEA_DEVICE_NOT_FOUND == 131601);
    expect_text("symbol", api_errors_larkea_symbol(API_ERRORS_LARKEA_DEVICE_NOT_FOUND), "DEVICE_NOT_FOUND");
    expect_text("message en", api_errors_larkea_message(API_ERRORS_LARKEA_DEVICE_NOT_FOUND, "en"), "device not found");
    expect_text("message zh-CN", api_errors_larkea_message(API_ERRORS_LARKEA_TOPIC_NAME_ILLEGAL, "zh-CN"), "\344\270\273\351\242\230\345\220\215\347\247\260\344\270\215\345\220\210\346\263\225");
    expect_text("message fr falls back", api_errors_larkea_message(API_ERRORS_LARKEA_TOPIC_NAME_ILLEGAL, "fr-FR"), "illegal topic name");
    expect_text("negative code", api_errors_larkea_symbol(-1), "FAILED");
    expect_text("the resolved locale", api_errors_resolve_locale("ZH-Hans-CN"), "zh");

    /* A code from the wire, known or not: an unknown code is carried, not lost. */
    expect("from symbol", api_errors_larkea_from_symbol("DEVICE_SHADOW_VERSION_MISMATCH", &code) && code == 131604);
    expect("an unknown symbol", !api_errors_larkea_from_symbol("NO_SUCH_CODE", &code) && code == 131604);
    expect_text("an unknown code", api_errors_larkea_symbol(131999), NULL);
    expect("the other namespace", api_errors_rayvision_from_symbol("ACCOUNT_LOGIN_IPLIMITFAIL", &farm) && farm == 812);
    expect_text("farm message zh", api_errors_rayvision_message(farm, "zh"), "IP\350\242\253\351\231\220\345\210\266");

    /* The report line: snprintf's contract on a fixed buffer. */
    needed = report(API_ERRORS_LARKEA_DEVICE_NOT_FOUND, line);
    expect_text("report", line, "DEVICE_NOT_FOUND (131601): devi");
    expect("the whole length is returned", needed == strlen("DEVICE_NOT_FOUND (131601): device not found"));
    expect("cut is visible", needed >= sizeof line);
    needed = report(131999, line);
    expect_text("report of an unknown code", line, "unknown code (131999)");
    expect("not cut", needed < sizeof line);

    /* Iteration in catalog order, as the firmware's self-test lists what it knows. */
    expect("count", api_errors_larkea_count() > 0);
    expect_text("first code", api_errors_larkea_symbol(api_errors_larkea_code_at(0)), "PARAM_MISSING");

    if (failures > 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    puts("service: every check passed");
    return 0;
}
