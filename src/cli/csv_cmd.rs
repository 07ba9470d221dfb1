//! `kamervraag csv`: one CSV row per document.

use super::{read_inputs, Args};
use crate::export::documents_to_csv;
use crate::parse::parse_named;
use std::io::Write;

const HELP: &str = "\
kamervraag csv — one CSV row per Kamervraag text file

Usage:
  kamervraag csv FILE|DIR|-...

Writes CSV (RFC 4180, UTF-8 with byte-order mark) to standard output with the columns
vraagnummer, title, submitted, answered, delay_days, submitters, parties, answerers,
topics, questions, answered_questions, source. Multi-valued cells are joined with '; '.
Directories are walked recursively, their files sorted by path; '-' reads standard
input. Files that cannot be read or parsed are named on standard error with the reason
and left out.

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
    let mut docs = Vec::new();
    for input in read_inputs(&args.positional) {
        let result = input
            .bytes
            .and_then(|bytes| parse_named(&bytes, Some(&input.name)).map_err(|e| e.message));
        match result {
            Ok(doc) => docs.push(doc),
            Err(message) => {
                failed = true;
                let _ = writeln!(err, "kamervraag csv: {}: {message}", input.name);
            }
        }
    }
    if let Err(e) = out.write_all(documents_to_csv(&docs).as_bytes()) {
        let _ = writeln!(err, "kamervraag csv: cannot write standard output: {e}");
        return 1;
    }
    i32::from(failed)
}
