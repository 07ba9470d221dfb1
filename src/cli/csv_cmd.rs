//! `kamervraag csv`: one CSV row per document.

use std::io::Write;

/// Runs the command; returns the exit status.
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "kamervraag csv: not written yet");
    2
}
