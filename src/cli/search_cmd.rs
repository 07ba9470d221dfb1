//! `kamervraag search`: the app's search language on files — one line per match
//! (`vraagnummer<TAB>where<TAB>snippet`), JSON Lines with `--json`, or the number of
//! matching documents with `--count`.

use super::{read_inputs, Args};
use crate::model::keep_most_complete_copies;
use crate::parse::parse_named;
use crate::view::library::{matches, snippet, units, ParsedQuery, SearchQuery, SearchText};
use serde::Serialize;
use std::io::Write;

const HELP: &str = "\
Usage: kamervraag search QUERY FILE|DIR... [--json] [--count]

Searches documents with the app's query language:
  fiets winter          every word must occur (case and accents ignored)
  \"niet bekend\"         an exact phrase
  -woord  -\"een zin\"    must not occur
  a OR b                either
  titel: vraag: antwoord: indiener: partij: minister: onderwerp:
                        (or title: question: answer: submitter: party:
                        answerer: topic:) limit a term to one field
  /stikstof(crisis|beleid)/
                        a regular expression, case-insensitive

Prints one line per match: vraagnummer, where (titel, vraag 3, antwoord 3, ...)
and a snippet, separated by tabs. A document that matches only through
exclusions prints one line with an empty place and its title.

Options:
  --json    JSON Lines {\"id\", \"source\", \"field\", \"question\", \"start\", \"end\",
            \"snippet\"}; start and end are character offsets in that field's text
  --count   print only the number of matching documents

Copies of one vraagnummer count once (the most complete one). Exit status: 0 when
something matched, 1 when nothing did, 2 for a bad query or usage error.
";

/// Characters of context in a snippet.
const SNIPPET_WIDTH: usize = 80;

/// One line of `--json` output.
#[derive(Serialize)]
struct JsonMatch<'a> {
    id: Option<&'a str>,
    source: Option<&'a str>,
    field: Option<&'static str>,
    question: Option<u32>,
    start: Option<usize>,
    end: Option<usize>,
    snippet: String,
}

/// Runs the command; returns the exit status.
pub fn run(argv: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args = match Args::parse(argv, &[], &["json", "count"]) {
        Ok(args) => args,
        Err(message) => {
            let _ = writeln!(err, "kamervraag search: {message}\n\n{HELP}");
            return 2;
        }
    };
    if args.flag("help") {
        let _ = write!(out, "{HELP}");
        return 0;
    }
    let Some((query_text, paths)) = args.positional.split_first() else {
        let _ = writeln!(err, "kamervraag search: no query given\n\n{HELP}");
        return 2;
    };
    if paths.is_empty() {
        let _ = writeln!(err, "kamervraag search: no files given\n\n{HELP}");
        return 2;
    }
    if let Err(e) = ParsedQuery::parse(query_text) {
        let _ = writeln!(err, "kamervraag search: {e}");
        return 2;
    }
    let query = SearchQuery::parse(query_text);
    let mut docs = Vec::new();
    for input in read_inputs(paths, "kamervraag search", err) {
        let outcome = input.bytes.and_then(|bytes| {
            parse_named(&bytes, Some(&input.name)).map_err(|e| format!("cannot parse: {e}"))
        });
        match outcome {
            Ok(doc) => docs.push(doc),
            Err(reason) => {
                let _ = writeln!(err, "kamervraag search: {}: {reason}", input.name);
            }
        }
    }
    let (docs, _) = keep_most_complete_copies(docs);
    let json = args.flag("json");
    let mut matched = 0usize;
    for doc in &docs {
        if !query.matches(doc, &SearchText::new(doc)) {
            continue;
        }
        matched += 1;
        if args.flag("count") {
            continue;
        }
        let id = doc.id.as_deref().or(doc.source.as_deref()).unwrap_or("-");
        let found = matches(doc, &query);
        let all = units(doc);
        let mut lines = Vec::with_capacity(found.len().max(1));
        if found.is_empty() {
            let title = doc.title.as_deref().unwrap_or("");
            lines.push(if json {
                json_line(&JsonMatch {
                    id: doc.id.as_deref(),
                    source: doc.source.as_deref(),
                    field: None,
                    question: None,
                    start: None,
                    end: None,
                    snippet: snippet(title, 0..0, SNIPPET_WIDTH).plain(),
                })
            } else {
                format!("{id}\t\t{}", snippet(title, 0..0, SNIPPET_WIDTH).plain())
            });
        }
        for m in &found {
            let text = all.get(m.unit).map_or("", |u| u.text);
            let shown = snippet(text, m.bytes.clone(), SNIPPET_WIDTH).plain();
            lines.push(if json {
                json_line(&JsonMatch {
                    id: doc.id.as_deref(),
                    source: doc.source.as_deref(),
                    field: Some(m.field.json_name()),
                    question: m.question,
                    start: Some(m.chars.start),
                    end: Some(m.chars.end),
                    snippet: shown,
                })
            } else {
                format!("{id}\t{}\t{shown}", m.place())
            });
        }
        for line in lines {
            if writeln!(out, "{line}").is_err() {
                // Standard output is closed (e.g. piped into `head`): stop quietly.
                return 0;
            }
        }
    }
    if args.flag("count") {
        let _ = writeln!(out, "{matched}");
    }
    if matched > 0 {
        0
    } else {
        1
    }
}

fn json_line(value: &JsonMatch<'_>) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"))
}
