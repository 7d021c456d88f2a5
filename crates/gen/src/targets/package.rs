//! What every package ships beside its code, the same in each language: a README (what it is,
//! how to install it, a short example, where the docs are) and the text of each license its
//! SPDX expression names.

use askama::Template;

use crate::catalog::Catalog;
use crate::escape::markdown_text;
use crate::output::File;

/// What a target puts in its package's README.
pub struct Readme {
    /// The package's name in its registry.
    pub name: String,
    /// The fence language of the install lines: `sh` for a command, `xml` for a pom snippet.
    pub install_lang: &'static str,
    /// What adds the package to a project from its registry.
    pub install: String,
    /// The same from the package's folder, for a package the catalog does not publish.
    pub local: String,
    /// The target's name, to ask whether the catalog publishes it.
    pub target: &'static str,
    /// The fence language of the example (`rust`, `ts`...).
    pub lang: &'static str,
    /// A few lines that look a code up and print its message.
    pub example: String,
}

impl Readme {
    /// A README whose install lines are shell commands: `{registry} <package>` and
    /// `{folder} path/to/this/folder` (`cargo add` and `cargo add --path`, say).
    #[must_use]
    pub fn shell(
        catalog: &Catalog,
        target: &'static str,
        (registry, folder): (&str, &str),
        lang: &'static str,
        example: String,
    ) -> Self {
        Self {
            name: catalog.package.clone(),
            install_lang: "sh",
            install: format!("{registry} {}", catalog.package),
            local: format!("{folder} path/to/this/folder"),
            target,
            lang,
            example,
        }
    }
}

/// `README.md` and the license files.
///
/// # Errors
/// When a template fails to render.
pub fn files(catalog: &Catalog, readme: &Readme) -> askama::Result<Vec<File>> {
    let meta = &catalog.metadata;
    let license = match &meta.license {
        None => "No license is granted: the catalog names none.".to_owned(),
        Some(expression) => {
            let files: Vec<String> =
                meta.license_ids.iter().map(|id| format!("[{id}]({})", license_file(catalog, id))).collect();
            format!("`{expression}`: {}.", files.join(", "))
        }
    };
    let page = ReadmeMd {
        header: &super::header(catalog),
        name: &markdown_text(&readme.name),
        description: &markdown_text(&meta.description),
        source: &super::header_source(catalog),
        published: meta.publish.to(readme.target),
        install_lang: readme.install_lang,
        install: &readme.install,
        local: &readme.local,
        lang: readme.lang,
        example: &readme.example,
        docs: meta.homepage.as_ref().or(meta.repository.as_ref()).map(|url| format!("<{url}>")),
        license: &license,
    };
    let mut files = vec![File::new("README.md", page.render()?)];
    let holders = meta.copyright_holders(&catalog.package);
    for id in &meta.license_ids {
        // Validation admits only the identifiers in `catalog::LICENSES`, each of which has one.
        if let Some(text) = license_text(id, &holders) {
            files.push(File::new(license_file(catalog, id), text?));
        }
    }
    Ok(files)
}

/// The text of the license `id` (one of `catalog::LICENSES`), naming `holders` where it names
/// the copyright holders; `None` for any other identifier.
fn license_text(id: &str, holders: &str) -> Option<askama::Result<String>> {
    match id {
        "Apache-2.0" => Some(Apache.render()),
        "BSD-2-Clause" => Some(Bsd2 { holders }.render()),
        "ISC" => Some(Isc { holders }.render()),
        "MIT" => Some(Mit { holders }.render()),
        _ => None,
    }
}

/// `LICENSE` for a single license, `LICENSE-<ID>` for each of several (as Rust crates ship
/// `LICENSE-MIT` and `LICENSE-APACHE`).
#[must_use]
pub fn license_file(catalog: &Catalog, id: &str) -> String {
    if catalog.metadata.license_ids.len() == 1 { "LICENSE".to_owned() } else { format!("LICENSE-{id}") }
}

#[derive(Template)]
#[template(path = "package/README.md", escape = "none")]
struct ReadmeMd<'a> {
    header: &'a str,
    name: &'a str,
    description: &'a str,
    source: &'a str,
    published: bool,
    install_lang: &'static str,
    install: &'a str,
    local: &'a str,
    lang: &'static str,
    example: &'a str,
    docs: Option<String>,
    license: &'a str,
}

#[derive(Template)]
#[template(path = "licenses/Apache-2.0.txt", escape = "none")]
struct Apache;

#[derive(Template)]
#[template(path = "licenses/BSD-2-Clause.txt", escape = "none")]
struct Bsd2<'a> {
    holders: &'a str,
}

#[derive(Template)]
#[template(path = "licenses/ISC.txt", escape = "none")]
struct Isc<'a> {
    holders: &'a str,
}

#[derive(Template)]
#[template(path = "licenses/MIT.txt", escape = "none")]
struct Mit<'a> {
    holders: &'a str,
}

#[cfg(test)]
mod tests {
    /// Every identifier validation admits has its text. (Whose a license file
    /// is, is the ownership record's business: `output::manifest`.)
    #[test]
    fn every_admitted_license_has_its_text() {
        for id in crate::catalog::LICENSES {
            let text = super::license_text(id, "Someone").unwrap().unwrap();
            assert!(text.len() > 200, "{id}");
        }
    }
}
