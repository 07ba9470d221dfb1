//! `kamervraag overdue`: the overdue list of a collection on a reference date — every
//! unanswered document past its term, longest overdue first, with the count per
//! ministry or per answerer — as a readable list or as JSON ([`OverdueList`]).

use super::stats_cmd::{collection_args, exit_status, read_collection, reference_date};
use crate::stats::{overdue_list, DocumentFacts, GroupBy, OverdueList};
use std::io::Write;

const HELP: &str = "\
Usage: kamervraag overdue FILE|DIR... [--today YYYY-MM-DD] [--by ministry|answerer] [--json]

Every unanswered document past its term on the reference date (21 days after
submission, 42 after a postponement notice), longest overdue first, with the
number of overdue documents per ministry (default) or per answerer.

Options:
  --today YYYY-MM-DD    the reference date (default: today, UTC): documents
                        submitted after it are left out, answers and notices
                        dated after it count as not yet sent
  --by KEY              count per ministry (default) or answerer
  --json                print {\"reference_date\", \"documents\", \"groups\"} as JSON

Files that cannot be read are listed on standard error and left out; the exit
status is then 1. Copies of one vraagnummer count once (the most complete one).
";

/// Runs the command; returns the exit status (0 ok, 1 some files failed, 2 usage).
pub fn run(argv: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args = match collection_args(argv, "overdue", HELP, out, err) {
        Ok(args) => args,
        Err(status) => return status,
    };
    let by = match args.value("by").map(str::parse::<GroupBy>) {
        None => GroupBy::Ministry,
        Some(Ok(by @ (GroupBy::Ministry | GroupBy::Answerer))) => by,
        Some(Ok(other)) => {
            let _ = writeln!(
                err,
                "kamervraag overdue: --by: {other} is not one of ministry, answerer"
            );
            return 2;
        }
        Some(Err(message)) => {
            let _ = writeln!(err, "kamervraag overdue: --by: {message}");
            return 2;
        }
    };
    let Some(today) = reference_date(&args, "overdue", err) else {
        return 2;
    };
    let (docs, failed, input_count) = read_collection(&args.positional, "overdue", today, err);
    let facts = DocumentFacts::for_all(&docs, today);
    let list = overdue_list(docs.iter().zip(&facts), by, today);
    let written = if args.flag("json") {
        serde_json::to_string(&list)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{json}"))
    } else {
        write_list(out, &list, by)
    };
    exit_status(written, "overdue", failed, input_count, err)
}

/// Writes the counts per group, then one line per overdue document.
fn write_list(out: &mut dyn Write, list: &OverdueList, by: GroupBy) -> std::io::Result<()> {
    writeln!(
        out,
        "Overdue on {}: {} document(s)\n",
        list.reference_date,
        list.documents.len()
    )?;
    let key_width = list
        .groups
        .iter()
        .map(|g| g.key.chars().count())
        .chain([by.as_str().chars().count()])
        .max()
        .unwrap_or(0);
    writeln!(out, "{:<key_width$}  count", by.as_str())?;
    for group in &list.groups {
        writeln!(out, "{:<key_width$}  {:>5}", group.key, group.count)?;
    }
    writeln!(out)?;
    writeln!(out, "days  term  submitted   vraagnummer  title")?;
    for doc in &list.documents {
        writeln!(
            out,
            "{:>4}  {:>4}  {}  {:<11}  {}",
            doc.days_overdue,
            doc.term_days,
            doc.submitted,
            doc.id.as_deref().unwrap_or("-"),
            doc.title.as_deref().unwrap_or("")
        )?;
    }
    Ok(())
}
