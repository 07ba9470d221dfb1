//! `kamervraag parse`: one JSON object (schema kamervraag/1) per input file, as JSON Lines.

use super::{read_inputs, Args};
use crate::model::Kamervraag;
use crate::parse::join::join_all;
use crate::parse::parse_named;
use serde::Serialize;
use std::io::Write;

const HELP: &str = "\
kamervraag parse — read Kamervraag text files into JSON (schema kamervraag/1)

Usage:
  kamervraag parse FILE|DIR|-... [--pretty] [--merge]

Prints one JSON object per file, one per line (JSON Lines), in argument order.
Directories are walked recursively, their files sorted by path; '-' reads standard
input. A file that cannot be read or parsed gives {\"source\": FILE, \"error\": MESSAGE}
on its line (and a message on standard error); the other files continue.

With --merge, the texts of one Kamervraag (same vraagnummer; without one, same
submitters, submission date and title) are joined into one object that lists them
all in \"sources\": the question document, the answer document, notices, the
openkamer page. Copies of one text in one layout count once (the most complete).
Differences between the texts become diagnostics. Error lines come first, then
one object per Kamervraag in the order of its first text.

Options:
  --pretty   pretty-print each object (several lines per file)
  --merge    join the texts of one Kamervraag into one object
  --help     show this help

Exit status: 0 when every file was parsed, 1 when any failed, 2 for a usage error.
";

/// The line printed for a file that could not be read or parsed.
#[derive(Serialize)]
struct ErrorLine<'a> {
    source: &'a str,
    error: &'a str,
}

fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let result = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    result.unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"))
}

/// Runs the command; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args = match Args::parse(args, &[], &["pretty", "merge"]) {
        Ok(a) => a,
        Err(message) => {
            let _ = writeln!(err, "kamervraag parse: {message}\n\n{HELP}");
            return 2;
        }
    };
    if args.flag("help") {
        let _ = write!(out, "{HELP}");
        return 0;
    }
    if args.positional.is_empty() {
        let _ = writeln!(err, "kamervraag parse: no input files given\n\n{HELP}");
        return 2;
    }
    let pretty = args.flag("pretty");
    let merge = args.flag("merge");
    let mut failed = false;
    let mut merged: Vec<Kamervraag> = Vec::new();
    for input in read_inputs(&args.positional, "kamervraag parse", err) {
        let result = input
            .bytes
            .and_then(|bytes| parse_named(&bytes, Some(&input.name)).map_err(|e| e.message));
        let line = match result {
            Ok(doc) if merge => {
                merged.push(doc);
                continue;
            }
            Ok(doc) => to_json(&doc, pretty),
            Err(message) => {
                failed = true;
                let _ = writeln!(err, "kamervraag parse: {}: {message}", input.name);
                to_json(
                    &ErrorLine {
                        source: &input.name,
                        error: &message,
                    },
                    pretty,
                )
            }
        };
        if writeln!(out, "{line}").is_err() {
            // Standard output is closed (e.g. piped into `head`): stop quietly.
            return if failed { 1 } else { 0 };
        }
    }
    let (joined, _copies) = join_all(merged);
    for doc in joined {
        if writeln!(out, "{}", to_json(&doc, pretty)).is_err() {
            break;
        }
    }
    i32::from(failed)
}
