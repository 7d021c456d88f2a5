{#- The namespace's error type, included by namespace.rs and string_namespace.rs. -#}
/// An error of this namespace that a service returns or raises: a code, known or not, the
/// arguments its message is formatted with, and what caused it, if anything. Its `Display` is
/// its text, the same in every language: `SYMBOL (code): message` in [`Locale::DEFAULT`], the
/// arguments filled (`unknown code (code)` for a code the catalog does not list); `?` turns it
/// into a `Box<dyn Error>`.
#[derive(Debug)]
pub struct {{ ns.error }} {
    code: {{ ns.ty }},
    arguments: Vec<(String, String)>,
    cause: Option<Box<dyn core::error::Error + Send + Sync + 'static>>,
}

impl {{ ns.error }} {
    /// An error with `code`, known or not, and no cause.
    #[must_use]
    pub fn new(code: impl Into<{{ ns.ty }}>) -> Self {
        Self { code: code.into(), arguments: Vec::new(), cause: None }
    }

    /// The same error with the argument `name` set to `value` (replacing one of that name),
    /// written as [`crate::Arg`] says; the code's [`{{ ns.ty }}::params`] are the names its
    /// message uses.
    #[must_use]
    pub fn with_arg(mut self, name: &str, value: impl Into<crate::Arg>) -> Self {
        let value = value.into().to_string();
        match self.arguments.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.arguments.push((name.to_owned(), value)),
        }
        self
    }

    /// The arguments, `(name, text)`, in the order they were set.
    #[must_use]
    pub fn arguments(&self) -> &[(String, String)] {
        &self.arguments
    }

    /// The same error, caused by `cause` (returned by [`core::error::Error::source`]).
    #[must_use]
    pub fn with_cause(mut self, cause: impl Into<Box<dyn core::error::Error + Send + Sync + 'static>>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    /// The code.
    #[must_use]
{%- if ns.string_codes %}
    pub const fn code(&self) -> &{{ ns.ty }} {
        &self.code
    }
{%- else %}
    pub const fn code(&self) -> {{ ns.ty }} {
        self.code
    }
{%- endif %}

    /// The message in `locale`, falling back as [`{{ ns.ty }}::message`] does, its parameters
    /// filled with the arguments (a parameter without one stays `{name}`); for a code the
    /// catalog does not list, `unknown code (CODE)`.
    #[must_use]
    pub fn message(&self, locale: Locale) -> String {
        match self.code.message(locale) {
            Some(template) if !self.code.params().is_empty() => crate::fill(template, &self.arguments),
            Some(text) => text.to_owned(),
            // For an unknown code, its `Display`: `unknown code (CODE)`.
            None => self.code.to_string(),
        }
    }
}

impl {{ ns.error }} {
    /// The error as RFC 9457 problem details, its `detail` in `locale` (see [`crate::Problem`]).
    #[must_use]
    pub fn problem(&self, locale: Locale) -> crate::Problem<{% if ns.string_codes %}String{% else %}i32{% endif %}> {
        crate::Problem {
{%- if let Some(prefix) = ns.problem_prefix %}
            r#type: self.code.symbol().map_or_else(|| "about:blank".to_owned(), |symbol| format!("{}{symbol}", {{ prefix }})),
{%- else %}
            r#type: "about:blank".to_owned(),
{%- endif %}
            title: self.message(Locale::DEFAULT),
{%- if ns.status %}
            status: self.code.http_status(),
{%- else %}
            status: None,
{%- endif %}
            detail: self.message(locale),
{%- if ns.string_codes %}
            code: self.code.code().to_owned(),
{%- else %}
            code: self.code.code(),
{%- endif %}
            arguments: self.arguments.iter().cloned().collect(),
        }
    }

    /// The error a problem describes, by its `code`, known or not, and its `arguments` (its
    /// other members follow from those).
    #[must_use]
    pub fn from_problem(problem: &crate::Problem<{% if ns.string_codes %}String{% else %}i32{% endif %}>) -> Self {
{%- if ns.string_codes %}
        let mut error = Self::new(problem.code.as_str());
{%- else %}
        let mut error = Self::new(problem.code);
{%- endif %}
        error.arguments = problem.arguments.iter().map(|(n, v)| (n.clone(), v.clone())).collect();
        error
    }
}

{%- if !ns.constructors.is_empty() %}

/// An error of each code whose message has parameters, from typed arguments (written as
/// [`crate::Arg`] says).
impl {{ ns.error }} {
{%- for c in ns.constructors %}
    /// {{ c.doc }}
    #[must_use]
    #[inline]
{%- if let Some(note) = c.deprecated %}
    #[deprecated = {{ note }}]
{%- endif %}
    pub fn {{ c.name }}({{ c.args }}) -> Self {
        Self::new({{ c.code }}){% for (name, ident) in c.params %}.with_arg({{ name }}, {{ ident }}){% endfor %}
    }
{%- if !loop.last %}
{% endif %}
{%- endfor %}
}
{%- endif %}

impl fmt::Display for {{ ns.error }} {
    /// `SYMBOL (code): message` in [`Locale::DEFAULT`], the arguments filled, or `unknown code
    /// (code)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code.symbol() {
            Some(symbol) => write!(f, "{symbol} ({}): {}", self.code.code(), self.message(Locale::DEFAULT)),
            None => fmt::Display::fmt(&self.code, f),
        }
    }
}

impl core::error::Error for {{ ns.error }} {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.cause.as_deref().map(|cause| cause as &(dyn core::error::Error + 'static))
    }
}

impl From<{{ ns.ty }}> for {{ ns.error }} {
    fn from(code: {{ ns.ty }}) -> Self {
        Self::new(code)
    }
}
