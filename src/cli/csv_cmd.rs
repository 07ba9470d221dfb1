//! `kamervraag csv`: one CSV row per document.

use super::{read_inputs, Args};
use crate::export::DocumentCsv;
use crate::parse::parse_named;
use std::io::Write;

const HELP: &str = "\
kamervraag csv — one CSV row per Kamervraag text file

Usage:
  kamervraag csv FILE|DIR|-...

Writes CSV (RFC 4180, UTF-8 with byte-order mark) to standard output, one file at
a time, with the columns
vraagnummer, title, submitted, answered, delay_days, submitters, parties, answerers,
topics, questions, answered_questions, source. Multi-valued cells are joined with '; '.
A cell that begins with =, +, -, @, a tab or a carriage return (and is not a plain
number such as -3) gets a ' in front, so spreadsheets show it as text, never run it
as a formula. Directories are walked recursively, their files sorted by path; a
directory reached again through a symbolic link is skipped with a message; '-' reads
standard input. Files that cannot be read or parsed are named on standard error
with the reason and left out.

Options:
  --help     show this help

Exit status: 0 when every file was parsed, 1 when any failed, 2 for a usage error.
";

/// Runs the command; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args = match Args::parse(args, &[], &[]) {
        Ok(a) => a,
        Err(message) => {
            let _ = writeln!(err, "kamervraag csv: {message}\n\n{HELP}");
            return 2;
        }
    };
    if args.flag("help") {
        let _ = write!(out, "{HELP}");
        return 0;
    }
    if args.positional.is_empty() {
        let _ = writeln!(err, "kamervraag csv: no input files given\n\n{HELP}");
        return 2;
    }
    let mut failed = false;
    let mut csv = DocumentCsv::new(&mut *out);
    for input in read_inputs(&args.positional, "kamervraag csv", err) {
        let result = input
            .bytes
            .and_then(|bytes| parse_named(&bytes, Some(&input.name)).map_err(|e| e.message));
        match result {
            Ok(doc) => csv.write(&doc),
            Err(message) => {
                failed = true;
                let _ = writeln!(err, "kamervraag csv: {}: {message}", input.name);
            }
        }
    }
    if let Err(e) = csv.finish().and_then(|out| out.flush()) {
        let _ = writeln!(err, "kamervraag csv: cannot write standard output: {e}");
        return 1;
    }
    i32::from(failed)
}
