//! `kamervraag gen`: write invented documents with their expected parse.

use std::io::Write;

/// Runs the command; returns the exit status.
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "kamervraag gen: not written yet");
    2
}
