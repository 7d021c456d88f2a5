//! The validated catalog. Every rule in `validate` holds for a value of these types, so targets
//! render it without checking anything again.

/// A 1-based line and column in the catalog file, kept so that checks after validation (each
/// target's names) can point at the text too.
pub type Pos = (usize, usize);

/// A whole catalog: package metadata, locales and namespaces, in catalog order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// The catalog file as generated headers name it (`catalog.yaml`).
    pub source: String,
    /// Package name in kebab-case (`api-errors`), the base of every target's package name.
    pub package: String,
    /// Version of every generated package.
    pub version: String,
    /// Each target's settings from the catalog's `targets:` section, by target name and key. The
    /// targets check their own sections (see `targets::check`).
    pub targets: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    /// The targets the catalog generates, by name, as written; `None`: every target.
    pub generate: Option<Vec<String>>,
    /// Locales in declared order; `locales[default_locale]` is the fallback.
    pub locales: Vec<String>,
    /// Index into `locales` of the default locale.
    pub default_locale: usize,
    /// Typed data every entry carries, in declared order; each entry has a value for each.
    pub attributes: Vec<Attribute>,
    /// The base of problem type URIs: a code's is `{base}{namespace}/{symbol}`; without one,
    /// problems have the type `about:blank` (RFC 9457, section 4.2.1).
    pub problem_base_uri: Option<String>,
    /// What the registries show and require: description, license, links, authors.
    pub metadata: Metadata,
    pub namespaces: Vec<Namespace>,
    /// Where the top-level keys are: `package`, `targets`, `locales`...
    pub top: std::collections::BTreeMap<&'static str, Pos>,
}

/// The catalog's `metadata:` section, checked: what every package's manifest, README and
/// LICENSE files say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// One line for the registries' listings.
    pub description: String,
    /// The SPDX expression as written (`MIT OR Apache-2.0`); `None`: no license is granted, and
    /// the packages say so (`UNLICENSED` in npm).
    pub license: Option<String>,
    /// The license identifiers in `license`, each once, in the order written: each gets its
    /// text as a file in every package (see [`crate::catalog::LICENSES`]).
    pub license_ids: Vec<String>,
    /// `https://` URLs.
    pub repository: Option<String>,
    pub homepage: Option<String>,
    /// `Name` or `Name <email>`, as written.
    pub authors: Vec<String>,
    /// As written; what a registry cannot take, its target refuses (crates.io's limits: the
    /// Rust target).
    pub keywords: Vec<String>,
    /// Where the packages may be published.
    pub publish: Publish,
}

impl Metadata {
    /// Who holds the copyright a license text names: the authors, else the package's authors.
    #[must_use]
    pub fn copyright_holders(&self, package: &str) -> String {
        if self.authors.is_empty() {
            format!("The {package} authors")
        } else {
            self.people().map(|(name, _)| name).collect::<Vec<_>>().join(", ")
        }
    }

    /// Whether the catalog gives `key` (`license`, `repository`, `authors`...).
    #[must_use]
    pub fn has(&self, key: &str) -> bool {
        match key {
            "license" => self.license.is_some(),
            "repository" => self.repository.is_some(),
            "homepage" => self.homepage.is_some(),
            "authors" => !self.authors.is_empty(),
            "keywords" => !self.keywords.is_empty(),
            // Always there: a default is filled in.
            "description" => true,
            _ => false,
        }
    }

    /// The repository as a git remote (`https://.../name.git`), as npm and Maven's scm want it.
    #[must_use]
    pub fn git_url(&self) -> Option<String> {
        self.repository.as_deref().map(|url| {
            let url = url.trim_end_matches('/');
            let has_suffix = url.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("git"));
            if has_suffix { url.to_owned() } else { format!("{url}.git") }
        })
    }

    /// Each author as a name and, when given as `Name <email>`, an email.
    pub fn people(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.authors.iter().map(|a| {
            let email =
                |e: &&str| e.contains('@') && !e.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>'));
            match a.strip_suffix('>').and_then(|a| a.rsplit_once(" <")).filter(|(_, e)| email(e)) {
                Some((name, email)) => (name.trim(), Some(email)),
                None => (a.trim(), None),
            }
        })
    }
}

/// Which targets' packages may be published: none unless the catalog says so, so that a
/// package never reaches a public registry by accident.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Publish {
    #[default]
    Nowhere,
    Everywhere,
    /// The targets named, each with where it is named (checked against the targets by
    /// `targets::check`).
    Only(Vec<(String, Pos)>),
}

impl Publish {
    /// May the package of the target called `target` be published?
    #[must_use]
    pub fn to(&self, target: &str) -> bool {
        match self {
            Self::Nowhere => false,
            Self::Everywhere => true,
            Self::Only(names) => names.iter().any(|(n, _)| n == target),
        }
    }
}

/// One API's codes: a `lower_snake` name and its entries in the order the catalog declares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    pub name: String,
    /// Where its `name` is.
    pub at: Pos,
    /// Whether its codes are integers or strings; every entry's code is of this type.
    pub code_type: CodeType,
    pub description: String,
    pub entries: Vec<Entry>,
    /// Codes and symbols that were used once and may never be used again.
    pub retired: Retired,
}

/// What a namespace has retired, like protobuf's `reserved`: validation refuses any entry or
/// alias that reuses one of these.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retired {
    pub codes: Vec<Code>,
    pub symbols: Vec<String>,
}

/// Why an entry should no longer be used, and what to use instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation {
    pub reason: String,
    /// The symbol of another entry of the same namespace.
    pub replacement: Option<String>,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Where its `symbol` is.
    pub at: Pos,
    pub code: Code,
    /// The name exactly as the API spells it on the wire (`DuplicateKey`, `ER_DUP_KEY`): ASCII
    /// letters, digits and `_`, starting with a letter. Each target derives its own identifier
    /// from it ([`crate::targets::Naming::constant`]).
    pub symbol: String,
    /// The translation in each locale, in the order of [`Catalog::locales`]: the default
    /// locale's is always there, others may be missing (see [`Entry::message`]). Without
    /// [`Entry::params`] it is the text (the catalog's `{{` and `}}` read as one brace); with
    /// them it is the template as written, placeholders and doubled braces kept, which
    /// [`super::template::pieces`] splits.
    pub messages: Vec<Option<String>>,
    /// The values its messages are formatted with, in the order the catalog declares them:
    /// each message of every locale uses each of them.
    pub params: Vec<Param>,
    /// Further wire names for the same code (a corrected spelling, an old name).
    pub aliases: Vec<String>,
    pub deprecated: Option<Deprecation>,
    /// One value per [`Catalog::attributes`], in that order: the entry's own or the default.
    pub attributes: Vec<Value>,
}

/// A value an entry's messages are formatted with (`{table}` in "Table '{table}' exists").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Param {
    /// `lower_snake` ASCII, as its placeholders write it.
    pub name: String,
    pub ty: ParamType,
}

/// What a parameter holds, and so how it is written into a message (the same in every
/// language; see README, "Message parameters").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamType {
    String,
    /// A signed 64-bit integer, written in decimal digits without grouping.
    Int,
    /// A 64-bit float, written as the shortest decimal that reads back as the same number.
    Float,
}

impl ParamType {
    /// As the catalog spells it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Int => "int",
            Self::Float => "float",
        }
    }
}

/// A typed datum every entry carries (`http_status`, `retryable`), declared once at the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// `lower_snake` ASCII; each target derives its accessor's name from it.
    pub name: String,
    /// Where it is declared.
    pub at: Pos,
    pub ty: AttributeType,
    /// What an entry that does not set it has; `None` when every entry must set it.
    pub default: Option<Value>,
    pub doc: String,
}

/// The types an attribute can have: what every target language holds without a dependency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeType {
    /// A signed 32-bit integer.
    Int,
    Bool,
    String,
    /// A list of strings (`list<string>`).
    StringList,
}

impl AttributeType {
    /// Every type, with its spelling in the catalog.
    pub const ALL: [(Self, &'static str); 4] =
        [(Self::Int, "int"), (Self::Bool, "bool"), (Self::String, "string"), (Self::StringList, "list<string>")];

    /// The type's spelling in the catalog (`list<string>`).
    #[must_use]
    pub fn spelling(self) -> &'static str {
        Self::ALL.iter().find(|(t, _)| *t == self).map_or("", |(_, s)| s)
    }

    /// The type's zero value: `0`, `false`, `""`, `[]`.
    #[must_use]
    pub fn zero(self) -> Value {
        match self {
            Self::Int => Value::Int(0),
            Self::Bool => Value::Bool(false),
            Self::String => Value::String(String::new()),
            Self::StringList => Value::StringList(Vec::new()),
        }
    }
}

impl Attribute {
    /// The value generated code answers for a known code it lists no value for: the default, or
    /// the type's zero value for an attribute every entry sets.
    #[must_use]
    pub fn unset(&self) -> Value {
        self.default.clone().unwrap_or_else(|| self.ty.zero())
    }
}

impl Namespace {
    /// The entries whose value of attribute `i` is not [`Attribute::unset`], by position in
    /// catalog order: all that each target lists of an attribute, so that an attribute with a
    /// default adds lines in proportion to the entries that set it, not to the namespace.
    #[must_use]
    pub fn attribute_exceptions<'a>(&'a self, i: usize, attribute: &Attribute) -> Vec<(usize, &'a Value)> {
        let unset = attribute.unset();
        self.entries.iter().enumerate().map(|(p, e)| (p, &e.attributes[i])).filter(|(_, v)| **v != unset).collect()
    }
}

/// An attribute's value, of its attribute's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(i32),
    Bool(bool),
    String(String),
    StringList(Vec<String>),
}

impl std::fmt::Display for Value {
    /// As the catalog would write it: `404`, `true`, `"42P01"`, `["a", "b"]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Bool(b) => write!(f, "{b}"),
            Self::String(s) => write!(f, "{s:?}"),
            Self::StringList(items) => write!(f, "{items:?}"),
        }
    }
}

/// What a namespace's codes are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CodeType {
    /// Signed 32-bit integers (`131604`, `-1`).
    #[default]
    Integer,
    /// Non-empty printable ASCII without spaces (`42P01`, `E0001`, `AUTH_TOKEN_EXPIRED`).
    String,
}

/// An error code as the catalog gives it: an integer or, in a string namespace, a string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    Int(i32),
    Str(String),
}

impl Code {
    /// The integer of an integer namespace's code.
    #[must_use]
    pub fn int(&self) -> Option<i32> {
        match self {
            Self::Int(n) => Some(*n),
            Self::Str(_) => None,
        }
    }
}

impl std::fmt::Display for Code {
    /// As the wire has it: `131604`, `42P01`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Str(s) => f.write_str(s),
        }
    }
}

impl Catalog {
    /// The setting `key` of `target`, if the catalog has it.
    #[must_use]
    pub fn setting(&self, target: &str, key: &str) -> Option<&str> {
        self.targets.get(target).and_then(|section| section.get(key)).map(String::as_str)
    }

    /// Where the top-level `key` is, or the file's start.
    #[must_use]
    pub fn top_at(&self, key: &str) -> Pos {
        self.top.get(key).copied().unwrap_or((1, 1))
    }

    /// The default locale's tag (`en`).
    #[must_use]
    pub fn default_locale_tag(&self) -> &str {
        &self.locales[self.default_locale]
    }
}

impl Namespace {
    /// Each distinct parameter list (names and types, in order) of the namespace's entries, in
    /// order of first use, and each entry's list as a position among them (`None` for an entry
    /// without parameters). Targets share one typed signature or table row per list: a catalog
    /// of thousands of codes with parameters has few distinct lists.
    #[must_use]
    pub fn param_lists(&self) -> (Vec<&[Param]>, Vec<Option<usize>>) {
        let mut lists: Vec<&[Param]> = Vec::new();
        let mut known: std::collections::HashMap<&[Param], usize> = std::collections::HashMap::new();
        let of_entry = self
            .entries
            .iter()
            .map(|e| {
                (!e.params.is_empty()).then(|| {
                    *known.entry(e.params.as_slice()).or_insert_with(|| {
                        lists.push(&e.params);
                        lists.len() - 1
                    })
                })
            })
            .collect();
        (lists, of_entry)
    }

    /// Every name a client may look a code up by, symbols and aliases alike, with its code, in
    /// catalog order.
    pub fn names(&self) -> impl Iterator<Item = (&str, &Code)> {
        self.entries
            .iter()
            .flat_map(|e| std::iter::once(&e.symbol).chain(&e.aliases).map(move |n| (n.as_str(), &e.code)))
    }
}

impl Deprecation {
    /// The one-line note every target shows: the reason, and the replacement if there is one.
    #[must_use]
    pub fn note(&self) -> String {
        match &self.replacement {
            Some(symbol) => format!("{} Use {symbol} instead.", self.reason),
            None => self.reason.clone(),
        }
    }
}

impl Catalog {
    /// What a namespace's RFC 9457 problem type URIs start with, the symbol following:
    /// `{base}{namespace}/`; `None` when the catalog gives no base, and every type is
    /// `about:blank`.
    #[must_use]
    pub fn problem_prefix(&self, namespace: &str) -> Option<String> {
        self.problem_base_uri.as_ref().map(|base| format!("{base}{namespace}/"))
    }

    /// The position in [`Catalog::attributes`] of an `int` attribute `http_status`, if the
    /// catalog declares one: problems carry its value as their `status`.
    #[must_use]
    pub fn http_status_attribute(&self) -> Option<usize> {
        self.attributes.iter().position(|a| a.name == "http_status" && a.ty == AttributeType::Int)
    }

    /// Whether problems carry a `status` (see [`Catalog::http_status_attribute`]).
    #[must_use]
    pub fn has_http_status(&self) -> bool {
        self.http_status_attribute().is_some()
    }
}

impl Entry {
    /// The message in the catalog's default locale.
    #[must_use]
    pub fn default_message<'a>(&'a self, catalog: &Catalog) -> &'a str {
        self.messages[catalog.default_locale].as_deref().unwrap_or_default()
    }

    /// The message a reader of locale `locale` (an index into [`Catalog::locales`]) gets: its
    /// translation, else the default locale's. Every language's `message` keeps this one rule.
    #[must_use]
    pub fn message<'a>(&'a self, catalog: &Catalog, locale: usize) -> &'a str {
        self.messages[locale].as_deref().unwrap_or_else(|| self.default_message(catalog))
    }
}

impl Catalog {
    /// How many entries have a translation in each locale, in locale order, and how many entries
    /// there are: `gen`'s coverage line and the docs' coverage table.
    #[must_use]
    pub fn coverage(&self) -> (Vec<usize>, usize) {
        let mut counts = vec![0; self.locales.len()];
        let mut total = 0;
        for e in self.namespaces.iter().flat_map(|ns| &ns.entries) {
            total += 1;
            for (count, m) in counts.iter_mut().zip(&e.messages) {
                *count += usize::from(m.is_some());
            }
        }
        (counts, total)
    }
}
