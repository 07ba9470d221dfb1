//! `kamervraag stats`: answer-delay statistics of a collection.

use std::io::Write;

/// Runs the command; returns the exit status.
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "kamervraag stats: not written yet");
    2
}
