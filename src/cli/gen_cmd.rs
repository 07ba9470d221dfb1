//! `kamervraag gen`: write invented documents with their expected parse.

use super::Args;
use crate::gen::generate_one;
use std::io::Write;
use std::path::Path;

const HELP: &str = "\
kamervraag gen — write invented Kamervraag documents with their expected parse

Usage:
  kamervraag gen [--count N] [--seed S] DIR

Writes N documents (default 100) to DIR (created when missing): for each one
<name>.txt (the text, in its own encoding and line ends) and <name>.json (what
'kamervraag parse' must print for it, without 'source'). The same seed (default 1)
always gives the same files. The first documents each force one variant of the
format (cut-off texts, table layout, encodings, ...), so even a small N covers them.

Options:
  --count N  number of documents (default 100)
  --seed S   seed of the generator, an unsigned 64-bit number (default 1)
  --help     show this help

Exit status: 0 on success, 1 when a file could not be written, 2 for a usage error.
";

fn number<T: std::str::FromStr>(args: &Args, name: &str, default: T) -> Result<T, String> {
    match args.value(name) {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("--{name} expects a non-negative whole number, found '{text}'")),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: cannot write file: {e}", path.display()))
}

/// Runs the command; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let parsed = Args::parse(args, &["count", "seed"], &[]).and_then(|a| {
        if a.flag("help") {
            return Ok((a, 0, 0));
        }
        let count = number::<usize>(&a, "count", 100)?;
        let seed = number::<u64>(&a, "seed", 1)?;
        if a.positional.len() != 1 {
            return Err(format!(
                "expected one output directory, found {}",
                a.positional.len()
            ));
        }
        Ok((a, count, seed))
    });
    let (args, count, seed) = match parsed {
        Ok(v) => v,
        Err(message) => {
            let _ = writeln!(err, "kamervraag gen: {message}\n\n{HELP}");
            return 2;
        }
    };
    if args.flag("help") {
        let _ = write!(out, "{HELP}");
        return 0;
    }
    let Some(dir) = args.positional.first().map(Path::new) else {
        return 2;
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        let _ = writeln!(
            err,
            "kamervraag gen: {}: cannot create directory: {e}",
            dir.display()
        );
        return 1;
    }
    for index in 0..count {
        let doc = generate_one(seed, index);
        let json = match serde_json::to_string_pretty(&doc.expected) {
            Ok(mut text) => {
                text.push('\n');
                text
            }
            Err(e) => {
                let _ = writeln!(err, "kamervraag gen: {}: cannot write JSON: {e}", doc.name);
                return 1;
            }
        };
        let written = write_file(&dir.join(format!("{}.txt", doc.name)), &doc.bytes)
            .and_then(|()| write_file(&dir.join(format!("{}.json", doc.name)), json.as_bytes()));
        if let Err(message) = written {
            let _ = writeln!(err, "kamervraag gen: {message}");
            return 1;
        }
    }
    let _ = writeln!(
        out,
        "wrote {count} documents ({} files) to {} with seed {seed}",
        count * 2,
        dir.display()
    );
    0
}
