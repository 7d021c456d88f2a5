//! The validated catalog. Every rule in `validate` holds for a value of these types, so targets
//! render it without checking anything again.

/// A whole catalog: package metadata, locales and namespaces, in catalog order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// Package name in kebab-case (`api-errors`), the base of every target's package name.
    pub package: String,
    /// Version of every generated package.
    pub version: String,
    /// Java package (and Maven groupId) of the generated classes.
    pub java_package: String,
    /// Locales in declared order; `locales[default_locale]` is the fallback.
    pub locales: Vec<String>,
    /// Index into `locales` of the default locale.
    pub default_locale: usize,
    pub namespaces: Vec<Namespace>,
}

/// One API's codes: a `lower_snake` name and its entries in ascending code order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    pub name: String,
    pub description: String,
    pub entries: Vec<Entry>,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub code: i32,
    /// `UPPER_SNAKE` ASCII, starting with a letter.
    pub symbol: String,
    /// One message per locale, in the order of [`Catalog::locales`].
    pub messages: Vec<String>,
}

impl Catalog {
    /// The default locale's tag (`en`).
    #[must_use] 
    pub fn default_locale_tag(&self) -> &str {
        &self.locales[self.default_locale]
    }
}

impl Entry {
    /// The message in the catalog's default locale.
    #[must_use] 
    pub fn default_message<'a>(&'a self, catalog: &Catalog) -> &'a str {
        &self.messages[catalog.default_locale]
    }
}
