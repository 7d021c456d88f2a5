{#- The namespace's error type, included by namespace.rs and string_namespace.rs. -#}
/// An error of this namespace that a service returns or raises: a code, known or not, and what
/// caused it, if anything. Its `Display` is the code's (`SYMBOL (code): message` in
/// [`Locale::DEFAULT`]); `?` turns it into a `Box<dyn Error>`.
#[derive(Debug)]
pub struct {{ ns.error }} {
    code: {{ ns.ty }},
    cause: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl {{ ns.error }} {
    /// An error with `code`, known or not, and no cause.
    #[must_use]
    pub fn new(code: impl Into<{{ ns.ty }}>) -> Self {
        Self { code: code.into(), cause: None }
    }

    /// The same error, caused by `cause` (returned by [`std::error::Error::source`]).
    #[must_use]
    pub fn with_cause(mut self, cause: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    /// The code.
    #[must_use]
    pub const fn code(&self) -> &{{ ns.ty }} {
        &self.code
    }

    /// The message in `locale`, falling back as [`{{ ns.ty }}::message`] does; for a code the
    /// catalog does not list, `unknown code (CODE)`.
    #[must_use]
    pub fn message(&self, locale: Locale) -> String {
        match self.code.message(locale) {
            Some(message) => message.to_owned(),
            None => format!("unknown code ({})", self.code.code()),
        }
    }
}

impl fmt::Display for {{ ns.error }} {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code, f)
    }
}

impl std::error::Error for {{ ns.error }} {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_deref().map(|cause| cause as &(dyn std::error::Error + 'static))
    }
}

impl From<{{ ns.ty }}> for {{ ns.error }} {
    fn from(code: {{ ns.ty }}) -> Self {
        Self::new(code)
    }
}
