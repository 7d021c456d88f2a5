//! What `gen` prints, without panicking when nobody reads it: `println!` and `eprintln!` panic
//! (exit 101) on a closed pipe (`gen --check | head -1`) or a full disk (`2>/dev/full`).
//!
//! A stream that fails is not written to again. A closed pipe (the reader has what it wanted,
//! as git and cargo treat it) leaves the exit status as the run decided; any other failure to
//! print makes the status 1, since what the run had to say was lost.

use std::io;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
static STDERR_CLOSED: AtomicBool = AtomicBool::new(false);
static LOST: AtomicBool = AtomicBool::new(false);

/// Prints `text` to stdout.
pub fn out(text: &str) {
    write(&mut io::stdout().lock(), &STDOUT_CLOSED, text);
}

/// Prints `text` to stderr.
pub fn err(text: &str) {
    write(&mut io::stderr().lock(), &STDERR_CLOSED, text);
}

fn write(stream: &mut dyn io::Write, closed: &AtomicBool, text: &str) {
    if closed.load(Ordering::Relaxed) {
        return;
    }
    if let Err(e) = stream.write_all(text.as_bytes()).and_then(|()| stream.flush()) {
        closed.store(true, Ordering::Relaxed);
        if e.kind() != io::ErrorKind::BrokenPipe {
            LOST.store(true, Ordering::Relaxed);
        }
    }
}

/// The exit status: `code`, or 1 if something could not be printed for another reason than a
/// closed pipe.
pub fn status(code: ExitCode) -> ExitCode {
    if LOST.load(Ordering::Relaxed) { ExitCode::from(1) } else { code }
}

/// `eprintln!` through [`err`].
macro_rules! note {
    ($($arg:tt)*) => { crate::say::err(&format!("{}\n", format_args!($($arg)*))) };
}
