//! The version rule `gen diff` enforces: the catalog's `version` (every package's version) moves
//! by Semantic Versioning with what changed. A breaking change needs a major bump, an addition
//! (a code, alias, namespace, locale, attribute, deprecation) at least a minor one, any other
//! change at least a patch; while the major version is 0, each need is one step smaller
//! (Semantic Versioning's "anything may change", as Cargo reads `0.x`: a breaking change a minor bump).

use std::cmp::Ordering;
use std::fmt;

use crate::diff::{Change, Severity};

/// How far a version moved, or must move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::None => "no",
            Self::Patch => "a patch",
            Self::Minor => "a minor",
            Self::Major => "a major",
        })
    }
}

/// Changes that add to what clients can use: at least a minor bump.
const ADDITIONS: &[&str] = &[
    "code-added",
    "alias-added",
    "namespace-added",
    "locale-added",
    "attribute-added",
    "symbol-renamed-with-alias",
    "problem-base-added",
    "code-deprecated",
];

/// The bump `changes` need from a version whose major number is `major`.
#[must_use]
pub fn needed(changes: &[Change], major: u64) -> Bump {
    let need = changes
        .iter()
        .map(|c| match c.severity {
            Severity::Breaking => Bump::Major,
            Severity::Compatible if ADDITIONS.contains(&c.kind) => Bump::Minor,
            Severity::Compatible => Bump::Patch,
        })
        .max()
        .unwrap_or(Bump::None);
    match (major, need) {
        (0, Bump::Major) => Bump::Minor,
        (0, Bump::Minor) => Bump::Patch,
        (_, need) => need,
    }
}

/// `MAJOR.MINOR.PATCH` (validation has checked the form).
fn parse(version: &str) -> [u64; 3] {
    let mut parts = version.split('.').map(|p| p.parse().unwrap_or(0));
    [parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0)]
}

/// The smallest version after `old` that makes a `bump`.
fn smallest(old: [u64; 3], bump: Bump) -> String {
    let [major, minor, patch] = old;
    match bump {
        Bump::None => format!("{major}.{minor}.{patch}"),
        Bump::Patch => format!("{major}.{minor}.{}", patch + 1),
        Bump::Minor => format!("{major}.{}.0", minor + 1),
        Bump::Major => format!("{}.0.0", major + 1),
    }
}

/// What the version rule says about a change from `old` to `new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub old: String,
    pub new: String,
    /// How far the version moved (`None` also when it went backwards).
    pub made: Bump,
    /// How far it must move.
    pub needed: Bump,
    /// The smallest version that would do, when this one does not.
    pub expected: Option<String>,
}

impl Verdict {
    #[must_use]
    pub fn ok(&self) -> bool {
        self.expected.is_none()
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { old, new, made, needed, .. } = self;
        match &self.expected {
            None if *needed == Bump::None => {
                write!(f, "version {old} -> {new}: {made} bump, and the changes need none")
            }
            None => write!(f, "version {old} -> {new}: {made} bump, and the changes need {needed} one"),
            Some(expected) if parse(new) < parse(old) => {
                write!(f, "version {old} -> {new} goes backwards; the changes need {needed} bump: {expected}")
            }
            Some(expected) => {
                write!(f, "version {old} -> {new} is {made} bump, but the changes need {needed} one: {expected}")
            }
        }
    }
}

/// The version rule applied to `changes` between versions `old` and `new`.
#[must_use]
pub fn check(old: &str, new: &str, changes: &[Change]) -> Verdict {
    let (from, to) = (parse(old), parse(new));
    let needed = needed(changes, from[0]);
    let made = match to.cmp(&from) {
        Ordering::Less | Ordering::Equal => Bump::None,
        Ordering::Greater if to[0] > from[0] => Bump::Major,
        Ordering::Greater if to[1] > from[1] => Bump::Minor,
        Ordering::Greater => Bump::Patch,
    };
    let backwards = to < from;
    let expected = (backwards || made < needed).then(|| smallest(from, needed));
    Verdict { old: old.to_owned(), new: new.to_owned(), made, needed, expected }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(severity: Severity, kind: &'static str) -> Change {
        Change { severity, kind, namespace: "ns".to_owned(), code: None, symbol: None, detail: String::new() }
    }

    #[test]
    fn each_change_needs_its_bump() {
        let breaking = [change(Severity::Breaking, "code-removed")];
        let added = [change(Severity::Compatible, "code-added")];
        let reworded = [change(Severity::Compatible, "message-changed")];
        assert_eq!(needed(&breaking, 1), Bump::Major);
        assert_eq!(needed(&added, 1), Bump::Minor);
        assert_eq!(needed(&reworded, 1), Bump::Patch);
        assert_eq!(needed(&[], 1), Bump::None);
        // While 0.x, one step smaller.
        assert_eq!(needed(&breaking, 0), Bump::Minor);
        assert_eq!(needed(&added, 0), Bump::Patch);
    }

    #[test]
    fn verdicts_name_the_version_that_would_do() {
        let breaking = [change(Severity::Breaking, "code-removed")];
        assert!(check("1.2.3", "2.0.0", &breaking).ok());
        let short = check("1.2.3", "1.3.0", &breaking);
        assert_eq!(short.expected.as_deref(), Some("2.0.0"));
        assert!(short.to_string().contains("a minor bump, but the changes need a major one: 2.0.0"), "{short}");
        assert_eq!(check("0.1.0", "0.1.1", &breaking).expected.as_deref(), Some("0.2.0"));
        let added = [change(Severity::Compatible, "code-added")];
        assert_eq!(check("1.2.3", "1.2.3", &added).expected.as_deref(), Some("1.3.0"));
        assert!(check("1.2.3", "1.2.3", &[]).ok());
        let back = check("1.2.3", "1.2.0", &[]);
        assert_eq!(back.expected.as_deref(), Some("1.2.3"));
        assert!(back.to_string().contains("goes backwards"), "{back}");
    }
}
