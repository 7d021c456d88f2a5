//! Kotlin, for Android and the JVM: a Maven module (`pom.xml` with the Kotlin Maven plugin, no
//! Gradle) whose sources are under `src/main/kotlin/`. Per namespace a `@JvmInline value class`
//! over the code (`Int`, or `String` for a string namespace) with companion constants, `of`,
//! `fromSymbol` and `entries`; typed attribute properties; an exception with a typed factory per
//! code with parameters and problem details to a `Map` and back; and a kotlinx.serialization
//! serializer carrying codes as bare values (the library an optional dependency). Compiled with
//! warnings as errors and explicit API mode.
//!
//! The data obeys the class file's limits as Java's does (`super::jvm`): codes in data objects of
//! a bounded size, texts past a string constant's 65,535 bytes joined when loaded, and constants
//! as getters, so no class initializer grows with the namespace.

mod views;

use askama::Template;

use super::package::{self, Readme};
use super::{Feature, Name, Naming, Refusal, Setting, Target};
use crate::catalog::Catalog;
use crate::naming;
use crate::output::File;
use views::{AttributeFile, DataFile, NamespaceView};

pub struct Kotlin;

/// The Kotlin version the package compiles with, and kotlinx.serialization's.
const KOTLIN_VERSION: &str = "2.3.21";
const SERIALIZATION_VERSION: &str = "1.9.0";

/// Kotlin's hard keywords (the language specification): no parameter or property can be one
/// without backticks, which the generated code does not write.
const KEYWORDS: &[&str] = &[
    "as",
    "break",
    "class",
    "continue",
    "do",
    "else",
    "false",
    "for",
    "fun",
    "if",
    "in",
    "interface",
    "is",
    "null",
    "object",
    "package",
    "return",
    "super",
    "this",
    "throw",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "when",
    "while",
];

/// The members of a code type, where an attribute's property goes (with what `Any` gives every
/// class and what a value class may not declare).
const MEMBERS: &[&str] = &[
    "code",
    "symbol",
    "isKnown",
    "deprecation",
    "message",
    "translation",
    "toString",
    "equals",
    "hashCode",
    "of",
    "fromSymbol",
    "entries",
    "retiredCodes",
    "box",
    "unbox",
];

/// What an exception declares or inherits, which a per-code factory in its companion must not
/// repeat, and the names its body uses.
const EXCEPTION_MEMBERS: &[&str] =
    &["fromProblem", "code", "arguments", "message", "toProblem", "cause", "stackTrace", "localizedMessage"];

/// The files beside the namespaces' in the package folder.
const OWN_FILES: &[&str] = &["Locales.kt", "Arguments.kt"];

/// The package: the setting, else Java's.
fn package(catalog: &Catalog) -> Option<&str> {
    catalog.setting("kotlin", "package").or_else(|| catalog.setting("java", "package"))
}

impl Naming for Kotlin {
    fn package(&self, catalog: &Catalog) -> String {
        package(catalog).unwrap_or_default().to_owned()
    }

    /// A namespace is reached through its value class.
    fn module(&self, namespace: &str) -> String {
        self.type_name(namespace)
    }

    fn type_name(&self, namespace: &str) -> String {
        format!("{}Code", naming::pascal(namespace))
    }

    fn error_type(&self, namespace: &str) -> String {
        format!("{}Exception", naming::pascal(namespace))
    }

    /// Companion constants are `UPPER_SNAKE`, as Kotlin names constants.
    fn constant(&self, _namespace: &str, symbol: &str) -> String {
        naming::upper_snake_constant(symbol)
    }

    fn function(&self, _namespace: &str, name: &str) -> String {
        naming::lower_camel(name)
    }

    fn file(&self, namespace: &str) -> String {
        format!("{}.kt", self.type_name(namespace))
    }

    fn attribute(&self, name: &str) -> String {
        naming::lower_camel(name)
    }

    fn parameter(&self, name: &str) -> String {
        naming::lower_camel(name)
    }

    /// A factory in the exception's companion, in lowerCamelCase (`erTableExistsError`).
    fn constructor(&self, namespace: &str, symbol: &str) -> Option<String> {
        Some(naming::lower_camel(&self.constant(namespace, symbol)))
    }
}

impl Target for Kotlin {
    fn name(&self) -> &'static str {
        "kotlin"
    }

    fn reject(&self, name: Name<'_>) -> Option<String> {
        let keyword = |what: &str, given: &str, written: String| {
            KEYWORDS
                .contains(&written.as_str())
                .then(|| format!("{what} {} is a Kotlin keyword", super::becomes(given, &written)))
        };
        match name {
            Name::Param(p) => keyword("parameter", p, self.parameter(p)),
            Name::Attribute(a) => keyword("attribute", a, self.attribute(a)),
            Name::Constructor(symbol) => {
                let function = naming::lower_camel(&naming::upper_snake_constant(symbol));
                keyword("the exception's factory", symbol, function.clone()).or_else(|| {
                    EXCEPTION_MEMBERS.contains(&function.as_str()).then(|| {
                        format!(
                            "the exception's factory {} meets a member of the exception",
                            super::becomes(symbol, &function)
                        )
                    })
                })
            }
            _ => None,
        }
    }

    fn naming(&self) -> Option<&dyn Naming> {
        Some(self)
    }

    fn features(&self) -> &'static [Feature] {
        Feature::ALL
    }

    fn emits(&self, scope: super::emits::Scope) -> &'static [&'static str] {
        match scope {
            super::emits::Scope::Member => MEMBERS,
            super::emits::Scope::File => OWN_FILES,
            super::emits::Scope::Module => &["Locales", "Arguments"],
            super::emits::Scope::Parameter => &[],
        }
    }

    fn settings(&self) -> &'static [Setting] {
        &[Setting {
            key: "package",
            required: false,
            doc: "the Kotlin package of the generated classes and the Maven groupId (default: Java's package)",
        }]
    }

    /// A package: the setting or Java's, each part a lowercase identifier that is no keyword.
    fn refuse(&self, catalog: &Catalog) -> Vec<Refusal> {
        let at = catalog.top_at("targets");
        let refusal = |reason: String| Refusal { rule: "reserved-name", help: super::RENAME, at, entry: None, reason };
        let Some(package) = package(catalog) else {
            return vec![Refusal {
                rule: "missing-setting",
                help: "add `targets: {kotlin: {package: ...}}` (or Java's package)",
                at,
                entry: None,
                reason: "the Kotlin package is missing: `targets.kotlin.package` or `targets.java.package`".to_owned(),
            }];
        };
        let bad = package.split('.').find(|part| {
            KEYWORDS.contains(part)
                || !part.starts_with(|c: char| c.is_ascii_lowercase())
                || !part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        });
        let mut out: Vec<Refusal> = bad
            .map(|part| {
                refusal(format!(
                    "Kotlin package `{package}`: `{part}` is not a lowercase identifier that is no keyword"
                ))
            })
            .into_iter()
            .collect();
        // The longest file names a namespace makes: its last data object's, and each attribute's
        // (numbered at most once per code).
        let chunk = views::chunk(catalog);
        for ns in &catalog.namespaces {
            let ty = self.type_name(&ns.name);
            let last = ns.entries.len().saturating_sub(1) / chunk;
            let mut names = std::iter::once(format!("{ty}Data{last}.kt")).chain(
                catalog
                    .attributes
                    .iter()
                    .map(|a| format!("{ty}Attribute{}{}.kt", naming::pascal(&a.name), ns.entries.len())),
            );
            if let Some(reason) = names.find_map(|name| super::file_too_long(&name)) {
                out.push(Refusal { rule: "reserved-name", help: super::RENAME, at: ns.at, entry: None, reason });
            }
        }
        out
    }

    fn render(&self, catalog: &Catalog) -> askama::Result<Vec<File>> {
        let header = super::header(catalog);
        let package = self.package(catalog);
        let dir = format!("src/main/kotlin/{}", package.replace('.', "/"));
        let locales: Vec<String> = catalog.locales.iter().map(|l| views::literal(l)).collect();
        let mut files = vec![
            File::new(
                "pom.xml",
                Pom {
                    header: &header,
                    group: &package,
                    artifact: &catalog.package,
                    version: &catalog.version,
                    description: &crate::escape::xml_text(&catalog.metadata.description),
                    kotlin_version: KOTLIN_VERSION,
                    serialization_version: SERIALIZATION_VERSION,
                }
                .render()?,
            ),
            File::new(
                format!("{dir}/Locales.kt"),
                LocalesKt {
                    header: &header,
                    package: &package,
                    locales: &locales,
                    default_locale: &views::literal(catalog.default_locale_tag()),
                    default_index: catalog.default_locale,
                }
                .render()?,
            ),
            File::new(format!("{dir}/Arguments.kt"), ArgumentsKt { header: &header, package: &package }.render()?),
        ];
        for ns in &catalog.namespaces {
            let (view, data, attributes) = views::namespace(catalog, ns, &package);
            let template =
                NamespaceKt { header: &header, package: &package, ns: &view, locale_count: catalog.locales.len() };
            files.push(File::new(
                format!("{dir}/{}", self.file(&ns.name)),
                super::render_sized(&template, 4096 + view.constants.len() * 160)?,
            ));
            for d in &data {
                let template = DataKt { header: &header, package: &package, ns_name: &ns.name, data: d };
                files.push(File::new(format!("{dir}/{}.kt", d.name), super::render_sized(&template, d.capacity)?));
            }
            for a in &attributes {
                let template = AttributeKt { header: &header, package: &package, ns_name: &ns.name, a };
                files.push(File::new(format!("{dir}/{}.kt", a.name), template.render()?));
            }
        }
        let first = &catalog.namespaces[0];
        let ty = self.type_name(&first.name);
        let dependency = format!(
            "<dependency>\n  <groupId>{package}</groupId>\n  <artifactId>{}</artifactId>\n  <version>{}</version>\n</dependency>",
            catalog.package, catalog.version
        );
        files.extend(package::files(
            catalog,
            &Readme {
                name: format!("{package}:{}", catalog.package),
                install_lang: "xml",
                install: dependency.clone(),
                // Not in a registry: installed into the local repository from this folder first.
                local: format!("<!-- after `mvn install` in this folder -->\n{dependency}"),
                target: self.name(),
                lang: "kotlin",
                example: format!(
                    "import {package}.{ty}\n\nfun main() {{\n    val code = {ty}.{}\n    println(\"${{code.symbol}}: ${{code.message(\"en\")}}\")\n}}",
                    self.constant(&first.name, &first.entries[0].symbol)
                ),
            },
        )?);
        Ok(files)
    }
}

#[derive(Template)]
#[template(path = "kotlin/pom.xml", escape = "none")]
struct Pom<'a> {
    header: &'a str,
    group: &'a str,
    artifact: &'a str,
    version: &'a str,
    description: &'a str,
    kotlin_version: &'a str,
    serialization_version: &'a str,
}

#[derive(Template)]
#[template(path = "kotlin/Locales.kt", escape = "none")]
struct LocalesKt<'a> {
    header: &'a str,
    package: &'a str,
    locales: &'a [String],
    default_locale: &'a str,
    default_index: usize,
}

#[derive(Template)]
#[template(path = "kotlin/Arguments.kt", escape = "none")]
struct ArgumentsKt<'a> {
    header: &'a str,
    package: &'a str,
}

#[derive(Template)]
#[template(path = "kotlin/namespace.kt", escape = "none")]
struct NamespaceKt<'a> {
    header: &'a str,
    package: &'a str,
    ns: &'a NamespaceView,
    locale_count: usize,
}

#[derive(Template)]
#[template(path = "kotlin/data.kt", escape = "none")]
struct DataKt<'a> {
    header: &'a str,
    package: &'a str,
    ns_name: &'a str,
    data: &'a DataFile,
}

#[derive(Template)]
#[template(path = "kotlin/attribute.kt", escape = "none")]
struct AttributeKt<'a> {
    header: &'a str,
    package: &'a str,
    ns_name: &'a str,
    a: &'a AttributeFile,
}
