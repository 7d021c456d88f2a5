//! The diff `--check` prints, bounded in time and in size: a change that renames every code of a
//! large namespace changes hundreds of megabytes, and an unbounded line diff of that takes
//! minutes and prints tens of megabytes into a CI log.
//!
//! Each file's diff gets what is left of one time budget (`similar` falls back to a coarser diff
//! at its deadline), and the printed diff stops at a line budget; past either, a file is named
//! with how many lines it adds and removes, counted in linear time.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

/// Lines of diff printed in all, at most.
pub const MAX_LINES: usize = 2_000;

/// Time spent computing line diffs in all, at most; counting lines after it is linear.
const BUDGET: Duration = Duration::from_millis(500);

/// The diff of a whole check, built one file at a time.
pub struct Diffs {
    pub text: String,
    lines_left: usize,
    deadline: Instant,
    /// Files named without their diff.
    pub summarized: usize,
}

impl Default for Diffs {
    fn default() -> Self {
        Self { text: String::new(), lines_left: MAX_LINES, deadline: Instant::now() + BUDGET, summarized: 0 }
    }
}

impl Diffs {
    /// Adds the diff from `old` to `new` of the file at `path`, or, past a budget, its name and
    /// the count of lines it adds and removes.
    pub fn add(&mut self, path: &Path, old: &str, new: &str) {
        let name = path.display().to_string();
        if self.lines_left > 2 && Instant::now() < self.deadline {
            let diff = similar::TextDiff::configure().deadline(self.deadline).diff_lines(old, new);
            let mut unified = diff.unified_diff();
            unified.context_radius(3);
            let _ = writeln!(self.text, "--- a/{name}\n+++ b/{name}");
            self.lines_left -= 2;
            // Hunk by hunk, so that a diff far past the line budget is never written out whole.
            for hunk in unified.iter_hunks() {
                // A file edited by hand may hold anything: it reaches the terminal escaped.
                let hunk = crate::escape::terminal_text(&hunk.to_string()).into_owned();
                let lines = hunk.lines().count();
                if lines <= self.lines_left {
                    self.lines_left -= lines;
                    self.text.push_str(&hunk);
                    continue;
                }
                for line in hunk.lines().take(self.lines_left) {
                    self.text.push_str(line);
                    self.text.push('\n');
                }
                self.lines_left = 0;
                self.summarized += 1;
                let (added, removed) = changed_lines(old, new);
                let _ = writeln!(self.text, "(diff cut here: {added} lines added, {removed} removed in all)");
                return;
            }
            return;
        }
        self.summarized += 1;
        let (added, removed) = changed_lines(old, new);
        let _ =
            writeln!(self.text, "--- a/{name}\n+++ b/{name}\n(diff not shown: {added} lines added, {removed} removed)");
    }

    /// A note for the end of a diff that was cut, saying how to see all of it.
    #[must_use]
    pub fn note(&self) -> Option<String> {
        (self.summarized > 0).then(|| {
            format!(
                "the diff is cut at {MAX_LINES} lines or {} ms of work; {} named without their diff: run `gen`, then `git diff` to see all of it",
                BUDGET.as_millis(),
                if self.summarized == 1 { "1 file is".to_owned() } else { format!("{} files are", self.summarized) }
            )
        })
    }
}

/// How many lines `new` has that `old` does not, and the reverse, each line counted as often as
/// it occurs: a diff's size up to moved lines, in linear time.
fn changed_lines(old: &str, new: &str) -> (usize, usize) {
    // Keyed by a 64-bit hash of the line: counting lines of megabytes of output, hashing each
    // line once with XXH3 is several times faster than SipHash over its text.
    let mut balance: HashMap<u64, isize> = HashMap::new();
    let key = |line: &str| xxhash_rust::xxh3::xxh3_64(line.as_bytes());
    for line in new.lines() {
        *balance.entry(key(line)).or_default() += 1;
    }
    for line in old.lines() {
        *balance.entry(key(line)).or_default() -= 1;
    }
    balance.values().fold((0, 0), |(added, removed), &n| {
        if n > 0 { (added + n.unsigned_abs(), removed) } else { (added, removed + n.unsigned_abs()) }
    })
}

#[cfg(test)]
mod tests {
    use super::{Diffs, MAX_LINES, changed_lines};
    use std::path::Path;

    #[test]
    fn counts_are_a_diffs_size() {
        assert_eq!(changed_lines("a\nb\nc\n", "a\nB\nc\nd\n"), (2, 1));
        assert_eq!(changed_lines("a\na\n", "a\n"), (0, 1));
    }

    #[test]
    fn a_long_diff_is_cut_and_the_rest_named() {
        let lines = |word: &str| (0..MAX_LINES * 2).fold(String::new(), |text, i| text + &format!("{word} {i}\n"));
        let (old, new) = (lines("line"), lines("LINE"));
        let mut diffs = Diffs::default();
        diffs.add(Path::new("a.txt"), &old, &new);
        diffs.add(Path::new("b.txt"), &old, &new);
        assert_eq!(diffs.text.lines().count(), MAX_LINES + 1 + 3, "the cut diff, then b.txt named");
        assert!(diffs.text.ends_with(&format!("(diff not shown: {0} lines added, {0} removed)\n", MAX_LINES * 2)));
        assert!(diffs.note().unwrap().contains("2 files are named"));
        let mut small = Diffs::default();
        small.add(Path::new("c.txt"), "x\n", "y\n");
        assert!(small.text.contains("-x\n+y\n") && small.note().is_none());
    }
}
