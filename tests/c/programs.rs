//! The C programs the driver writes per fixture from its catalog and the conformance cases (C
//! reads no JSON without a library): `runner.c`, the cases as tables performed in loops, and
//! `dump.c`, what the package knows, in the lines of `tests/typescript/dump.mjs`.

use std::fmt::Write as _;

use errgen::catalog::{Code, CodeType, Namespace, ParamType};
use errgen::escape::c_string;

use super::super::Fixture;
use super::code_literal;

/// The package's prefix of functions.
fn prefix(fixture: &Fixture) -> String {
    fixture.naming().package(&fixture.catalog)
}

/// An argument of a case as a static initializer of the package's argument type: a JSON string
/// is text, an integer an int, any other number a float (its JSON text is a C literal too).
fn argument(pkg: &str, name: &str, value: &serde_json::Value) -> String {
    let upper = pkg.to_ascii_uppercase();
    let name = c_string(name, usize::MAX, "");
    match value {
        serde_json::Value::String(s) => {
            format!("{{{name}, {upper}_ARG_TEXT, {}, 0, 0.0}}", c_string(s, usize::MAX, ""))
        }
        serde_json::Value::Number(n) if n.is_i64() => format!("{{{name}, {upper}_ARG_INT, NULL, INT64_C({n}), 0.0}}"),
        other => format!("{{{name}, {upper}_ARG_FLOAT, NULL, 0, {other}}}"),
    }
}

/// A case's code as a C expression of its namespace's type.
fn case_code(ns: &Namespace, code: &serde_json::Value) -> String {
    match ns.code_type {
        CodeType::Integer => code_literal(&Code::Int(i32::try_from(code.as_i64().unwrap()).unwrap())),
        CodeType::String => c_string(code.as_str().unwrap(), usize::MAX, ""),
    }
}

/// `runner.c`: the cases as tables, one per namespace and operation, each performed in a loop
/// with the fixture package's functions (a function of thousands of calls takes the compiler
/// long).
pub fn runner_program(fixture: &Fixture, cases: &[serde_json::Value]) -> String {
    let pkg = prefix(fixture);
    let mut tables = String::new();
    let mut body = String::new();
    let mut args: Vec<String> = Vec::new();
    for (k, ns) in fixture.catalog.namespaces.iter().enumerate() {
        let p = format!("{pkg}_{}", ns.name);
        let of = |op: &'static str| cases.iter().filter(move |c| c["op"] == op && c["ns"] == ns.name.as_str());
        let mut table = |name: &str, fields: &str, rows: Vec<String>, each: &str| {
            if rows.is_empty() {
                return;
            }
            let _ = writeln!(
                tables,
                "static const struct {{\n    {fields}\n}} ns{k}{name}[] = {{\n    {},\n}};\n",
                rows.join(",\n    ")
            );
            let _ = writeln!(
                body,
                "    for (i = 0; i < sizeof ns{k}{name} / sizeof ns{k}{name}[0]; i++) {{\n        {}\n    }}",
                each.replace("CASE", &format!("ns{k}{name}[i]"))
            );
        };
        let id = |c: &serde_json::Value| c["id"].as_u64().unwrap();
        let text = |c: &serde_json::Value, key: &str| c_string(c[key].as_str().unwrap(), usize::MAX, "");
        table(
            "Symbol",
            &format!("int id;\n    {p}_code code;"),
            of("symbol").map(|c| format!("{{{}, {}}}", id(c), case_code(ns, &c["code"]))).collect(),
            &format!("answerText(CASE.id, {p}_symbol(CASE.code));"),
        );
        table(
            "Message",
            &format!("int id;\n    {p}_code code;\n    const char *locale;"),
            of("message")
                .map(|c| format!("{{{}, {}, {}}}", id(c), case_code(ns, &c["code"]), text(c, "locale")))
                .collect(),
            &format!("answerText(CASE.id, {p}_message(CASE.code, CASE.locale));"),
        );
        let answer = match ns.code_type {
            CodeType::Integer => "answerInt(CASE.id, (long)code)",
            CodeType::String => "answerText(CASE.id, code)",
        };
        table(
            "FromSymbol",
            "int id;\n    const char *symbol;",
            of("from_symbol").map(|c| format!("{{{}, {}}}", id(c), text(c, "symbol"))).collect(),
            &format!(
                "{p}_code code;\n        if ({p}_from_symbol(CASE.symbol, &code)) {{\n            {answer};\n        }} else {{\n            answerNull(CASE.id);\n        }}"
            ),
        );
        // error_text, and error_message with its locale: the arguments are a slice of `args`.
        let rows = of("error_text")
            .chain(of("error_message"))
            .map(|c| {
                let first = args.len();
                for (name, value) in c["args"].as_object().unwrap() {
                    args.push(argument(&pkg, name, value));
                }
                let locale = if c["op"] == "error_message" { text(c, "locale") } else { "NULL".to_owned() };
                format!("{{{}, {}, {locale}, {first}, {}}}", id(c), case_code(ns, &c["code"]), args.len() - first)
            })
            .collect();
        table(
            "Error",
            &format!("int id;\n    {p}_code code;\n    const char *locale;\n    size_t first;\n    size_t count;"),
            rows,
            &format!(
                "if (CASE.locale == NULL) {{\n            WRITTEN(CASE.id, {p}_format_error(CASE.code, args + CASE.first, CASE.count, buffer, size));\n        }} else {{\n            WRITTEN(CASE.id, {p}_format_message(CASE.code, CASE.locale, args + CASE.first, CASE.count, buffer, size));\n        }}"
            ),
        );
    }
    for c in cases.iter().filter(|c| c["op"] == "number") {
        let value = c["value"].as_str().unwrap();
        let arg = match value.split_once(':') {
            Some(("i", n)) => format!("{pkg}_int_arg(\"n\", INT64_C({n}))"),
            Some(("f", x)) => format!("{pkg}_float_arg(\"n\", strtod(\"{x}\", NULL))"),
            _ => panic!("a number case of no kind: {value}"),
        };
        let _ = writeln!(
            body,
            "    {{\n        {pkg}_arg arg = {arg};\n        WRITTEN({}, {pkg}_format_arg(&arg, buffer, size));\n    }}",
            c["id"]
        );
    }
    if let Some(other) = cases
        .iter()
        .map(|c| c["op"].as_str().unwrap())
        .find(|op| !["symbol", "message", "from_symbol", "error_text", "error_message", "number"].contains(op))
    {
        panic!("C declares no feature with operation {other}");
    }
    if args.is_empty() {
        args.push(format!("{{NULL, {}_ARG_TEXT, NULL, 0, 0.0}}", pkg.to_ascii_uppercase()));
    }
    format!(
        "#include \"{pkg}.h\"\n#include \"conformance_runner.h\"\n\nstatic const {pkg}_arg args[] = {{\n    {},\n}};\n\n{tables}int main(void) {{\n    size_t i;\n    (void)i;\n{body}    return 0;\n}}\n",
        args.join(",\n    ")
    )
}

/// `dump.c`: what the package knows of each namespace, iterating its own lists, in the lines of
/// `tests/typescript/dump.mjs`. Aliases are read through their constants and printed as the
/// naming names them; the typed arguments are the harness's ([`super::super::typed_argument`]).
pub fn dump_program(fixture: &Fixture) -> String {
    let pkg = prefix(fixture);
    let upper = pkg.to_ascii_uppercase();
    let catalog = &fixture.catalog;
    let naming = fixture.naming();
    let mut out = format!(
        "#include \"{pkg}.h\"\n\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic void hex(const char *s) {{\n    const unsigned char *p;\n    for (p = (const unsigned char *)s; *p != 0; p++) {{\n        printf(\"%02x\", *p);\n    }}\n}}\n\nstatic void fail(const char *what) {{\n    fprintf(stderr, \"%s\\n\", what);\n    exit(1);\n}}\n\nint main(void) {{\n    size_t i;\n    size_t l;\n    static char buffer[1 << 20];\n    (void)buffer;\n    if ({pkg}_locale_count() != {}) {{\n        fail(\"locale count\");\n    }}\n",
        catalog.locales.len()
    );
    for ns in &catalog.namespaces {
        let p = format!("{pkg}_{}", ns.name);
        let (code_format, code_value) = match ns.code_type {
            CodeType::Integer => ("%ld", "(long)code"),
            CodeType::String => ("%s", "code"),
        };
        let name = &ns.name;
        let _ = writeln!(
            out,
            "    for (i = 0; i < {p}_count(); i++) {{\n        {p}_code code = {p}_code_at(i);\n        const char *symbol = {p}_symbol(code);\n        const char *deprecation = {p}_deprecation(code);\n        for (l = 0; l < {pkg}_locale_count(); l++) {{\n            const char *locale = {pkg}_locale_at(l);\n            printf(\"{name}\\t{code_format}\\t%s\\t%s\\t\", {code_value}, locale, symbol);\n            hex({p}_message(code, locale));\n            printf(\"\\n\");\n            if ({p}_translation(code, locale) == NULL) {{\n                printf(\"untranslated\\t{name}\\t{code_format}\\t%s\\n\", {code_value}, locale);\n            }}\n        }}\n        if (deprecation != NULL) {{\n            printf(\"deprecated\\t{name}\\t{code_format}\\t\", {code_value});\n            hex(deprecation);\n            printf(\"\\n\");\n        }}"
        );
        for a in &catalog.attributes {
            let accessor = naming.attribute(&a.name);
            let head = format!("printf(\"attr\\t{name}\\t{code_format}\\t{accessor}\\t");
            let print = match a.ty {
                errgen::catalog::AttributeType::Int => format!(
                    "int32_t value;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}i:%ld\\n\", {code_value}, (long)value);"
                ),
                errgen::catalog::AttributeType::Bool => format!(
                    "bool value;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}b:%s\\n\", {code_value}, value ? \"true\" : \"false\");"
                ),
                errgen::catalog::AttributeType::String => format!(
                    "const char *value;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}s:\", {code_value});\n            hex(value);\n            printf(\"\\n\");"
                ),
                errgen::catalog::AttributeType::StringList => format!(
                    "const char *const *value;\n            size_t k;\n            if (!{p}_{accessor}(code, &value)) fail(\"{accessor}\");\n            {head}l:\", {code_value});\n            for (k = 0; value[k] != NULL; k++) {{\n                if (k > 0) printf(\",\");\n                hex(value[k]);\n            }}\n            printf(\"\\n\");"
                ),
            };
            let _ = writeln!(out, "        {{\n            {print}\n        }}");
        }
        out.push_str("    }\n");
        for e in ns.entries.iter().filter(|e| !e.params.is_empty()) {
            let args: Vec<String> = e
                .params
                .iter()
                .map(|param| {
                    let name = c_string(&param.name, usize::MAX, "");
                    match param.ty {
                        ParamType::String => format!(
                            "{pkg}_text_arg({name}, {})",
                            c_string(&super::super::typed_argument(param), usize::MAX, "")
                        ),
                        ParamType::Int => format!("{pkg}_int_arg({name}, INT64_C({}))", super::super::TYPED_INT),
                        ParamType::Float => format!("{pkg}_float_arg({name}, {:?})", super::super::TYPED_FLOAT),
                    }
                })
                .collect();
            let code = code_literal(&e.code);
            let _ = writeln!(
                out,
                "    {{\n        const {pkg}_arg args[] = {{{}}};\n        {p}_code code = {code};\n        for (l = 0; l < {pkg}_locale_count(); l++) {{\n            const char *locale = {pkg}_locale_at(l);\n            if ({p}_format_message(code, locale, args, {}, buffer, sizeof buffer) >= sizeof buffer) fail(\"a typed message past the buffer\");\n            printf(\"typed\\t{name}\\t{code_format}\\t%s\\t\", {code_value}, locale);\n            hex(buffer);\n            printf(\"\\n\");\n        }}\n    }}",
                args.join(", "),
                args.len()
            );
        }
        for alias in ns.entries.iter().flat_map(|e| &e.aliases) {
            let constant = naming.constant(name, alias);
            let _ = writeln!(
                out,
                "    {{\n        {p}_code code = {upper}_{constant};\n        {p}_code found;\n        if (!{p}_from_symbol({}, &found) || {}) fail(\"alias {alias}\");\n        printf(\"alias\\t{name}\\t{constant}\\t{code_format}\\n\", {code_value});\n    }}",
                c_string(alias, usize::MAX, ""),
                match ns.code_type {
                    CodeType::Integer => "found != code".to_owned(),
                    CodeType::String => "strcmp(found, code) != 0".to_owned(),
                }
            );
        }
        let unknown = super::super::unknown_code(ns);
        let unknown_code = match ns.code_type {
            CodeType::Integer => Code::Int(unknown.parse().unwrap()),
            CodeType::String => Code::Str(unknown.clone()),
        };
        let _ = writeln!(
            out,
            "    {{\n        {p}_code code = {};\n        if ({p}_symbol(code) != NULL || {p}_message(code, NULL) != NULL) fail(\"unknown code known\");\n        printf(\"unknown\\t{name}\\t{code_format}\\n\", {code_value});\n    }}\n    for (i = 0; i < {p}_retired_count(); i++) {{\n        {p}_code code = {p}_retired_at(i);\n        if ({p}_symbol(code) != NULL) fail(\"retired code known\");\n        printf(\"retired\\t{name}\\t{code_format}\\n\", {code_value});\n    }}",
            code_literal(&unknown_code)
        );
    }
    out.push_str("    return 0;\n}\n");
    out
}
