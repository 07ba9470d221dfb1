//! The `kamervraag` command-line tool: `parse`, `csv`, `stats`, `search`, `overdue` and `gen`, all thin
//! wrappers around the pure core. Native only.

mod args;
mod csv_cmd;
mod gen_cmd;
mod inputs;
mod overdue_cmd;
mod parse_cmd;
mod search_cmd;
mod stats_cmd;

pub use args::Args;
pub use inputs::{read_inputs, Input};

use std::io::Write;

const USAGE: &str = "\
kamervraag — read Kamervraag text files and measure answer delays

Usage:
  kamervraag parse FILE|DIR|-... [--pretty]   one JSON object (schema kamervraag/1) per file
  kamervraag csv FILE|DIR|-...                one CSV row per document (UTF-8 with BOM)
  kamervraag stats FILE|DIR... [--by KEY] [--today YYYY-MM-DD] [--json]
  kamervraag search QUERY FILE|DIR... [--json] [--count]
                                             matches of a query, one line each
  kamervraag overdue FILE|DIR... [--today YYYY-MM-DD] [--by ministry|answerer] [--json]
  kamervraag gen --count N --seed S DIR       write N invented documents with expected JSON

Run 'kamervraag COMMAND --help' for the options of one command.
";

/// Runs the CLI with the arguments after the program name; returns the exit status.
pub fn main(argv: Vec<String>) -> i32 {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let code = run(&argv, &mut out, &mut err);
    let _ = out.flush();
    code
}

/// Runs one command, writing to `out` and `err`; returns the exit status.
pub fn run(argv: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some((command, rest)) = argv.split_first() else {
        let _ = write!(err, "{USAGE}");
        return 2;
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            let _ = write!(out, "{USAGE}");
            0
        }
        "-V" | "--version" => {
            let _ = writeln!(out, "kamervraag {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "parse" => parse_cmd::run(rest, out, err),
        "csv" => csv_cmd::run(rest, out, err),
        "stats" => stats_cmd::run(rest, out, err),
        "gen" => gen_cmd::run(rest, out, err),
        "search" => search_cmd::run(rest, out, err),
        "overdue" => overdue_cmd::run(rest, out, err),
        _ => {
            let _ = writeln!(err, "kamervraag: unknown command '{command}'\n\n{USAGE}");
            2
        }
    }
}
