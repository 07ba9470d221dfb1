//! `kamervraag parse`: one JSON object (schema kamervraag/1) per input file, as JSON Lines.

use std::io::Write;

/// Runs the command; returns the exit status.
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "kamervraag parse: not written yet");
    2
}
