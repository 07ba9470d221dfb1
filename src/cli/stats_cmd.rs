//! `kamervraag stats`: answer-delay statistics of a collection of files — the total
//! and optionally one group per ministry, answerer, party, submitter, topic, year,
//! month or cabinet — as a readable table or as JSON ([`StatsReport`]).

use super::{read_inputs, Args};
use crate::model::{keep_most_complete_copies, Date, Kamervraag};
use crate::parse::parse_named;
use crate::stats::{aggregate, collection_as_of, Group, GroupBy, StatsReport};
use std::io::Write;

const HELP: &str = "\
Usage: kamervraag stats FILE|DIR... [--by KEY] [--today YYYY-MM-DD] [--json]

Answer-delay statistics. The term is 21 days after submission, 42 days when a
postponement notice (Mededeling) was sent. Unanswered documents are open or
overdue on the reference date; documents without a submission date are unknown.

Options:
  --by KEY              group by ministry, answerer, party, submitter, topic,
                        year, month or cabinet (a document with several
                        values counts once in each of its groups)
  --today YYYY-MM-DD    the reference date (default: today, UTC): documents
                        submitted after it are left out, answers and notices
                        dated after it count as not yet sent
  --json                print {\"reference_date\", \"total\", \"groups\"} as JSON

Files that cannot be read are listed on standard error and left out; the exit
status is then 1. Copies of one vraagnummer count once (the most complete one).
";

/// Runs the command; returns the exit status (0 ok, 1 some files failed, 2 usage).
pub fn run(argv: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args = match collection_args(argv, "stats", HELP, out, err) {
        Ok(args) => args,
        Err(status) => return status,
    };
    let group_by = match args.value("by").map(str::parse::<GroupBy>) {
        None => None,
        Some(Ok(group_by)) => Some(group_by),
        Some(Err(message)) => {
            let _ = writeln!(err, "kamervraag stats: --by: {message}");
            return 2;
        }
    };
    let Some(today) = reference_date(&args, "stats", err) else {
        return 2;
    };

    let (docs, failed, input_count) = read_collection(&args.positional, "stats", today, err);

    let report = aggregate(&docs, group_by, today);
    let written = if args.flag("json") {
        serde_json::to_string(&report)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{json}"))
    } else {
        write_table(out, &report, group_by)
    };
    exit_status(written, "stats", failed, input_count, err)
}

/// Reads the arguments of a command over a collection (`--by`, `--today`, `--json`):
/// `Err` with the exit status after printing the help (0) or a usage error (2).
pub(super) fn collection_args(
    argv: &[String],
    command: &str,
    help: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Args, i32> {
    let args = Args::parse(argv, &["by", "today"], &["json"]).map_err(|message| {
        let _ = writeln!(err, "kamervraag {command}: {message}\n\n{help}");
        2
    })?;
    if args.flag("help") {
        let _ = write!(out, "{help}");
        return Err(0);
    }
    if args.positional.is_empty() {
        let _ = writeln!(err, "kamervraag {command}: no files given\n\n{help}");
        return Err(2);
    }
    Ok(args)
}

/// The exit status after writing a command's output: 2 when it could not be
/// written, 1 (after saying so) when some of the inputs failed, else 0.
pub(super) fn exit_status(
    written: std::io::Result<()>,
    command: &str,
    failed: usize,
    input_count: usize,
    err: &mut dyn Write,
) -> i32 {
    if let Err(e) = written {
        let _ = writeln!(err, "kamervraag {command}: cannot write the output: {e}");
        return 2;
    }
    if failed > 0 {
        let _ = writeln!(
            err,
            "kamervraag {command}: {failed} of {input_count} file(s) could not be read and were left out"
        );
        1
    } else {
        0
    }
}

/// The reference date of `--today`, or today's date; `None` (after a message on
/// `err`) when it cannot be read.
pub(super) fn reference_date(args: &Args, command: &str, err: &mut dyn Write) -> Option<Date> {
    match args.value("today") {
        Some(text) => match text.parse::<Date>() {
            Ok(date) => Some(date),
            Err(e) => {
                let _ = writeln!(err, "kamervraag {command}: --today: {e}");
                None
            }
        },
        None => {
            let date = current_date();
            if date.is_none() {
                let _ = writeln!(
                    err,
                    "kamervraag {command}: cannot tell today's date from the system clock; pass --today"
                );
            }
            date
        }
    }
}

/// Reads and parses every input, keeps one copy per vraagnummer and applies the
/// reference date rule ([`collection_as_of`]); lists failures and left-out documents
/// on `err`. Returns the documents, the number of failed files and of inputs.
pub(super) fn read_collection(
    paths: &[String],
    command: &str,
    reference: Date,
    err: &mut dyn Write,
) -> (Vec<Kamervraag>, usize, usize) {
    let inputs = read_inputs(paths, &format!("kamervraag {command}"), err);
    let mut input_count = 0usize;
    let mut docs = Vec::new();
    let mut failed = 0usize;
    for input in inputs {
        input_count += 1;
        let outcome = input.bytes.and_then(|bytes| {
            parse_named(&bytes, Some(&input.name)).map_err(|e| format!("cannot parse: {e}"))
        });
        match outcome {
            Ok(doc) => docs.push(doc),
            Err(reason) => {
                failed += 1;
                let _ = writeln!(err, "{}: {reason}", input.name);
            }
        }
    }
    let (docs, duplicates) = keep_most_complete_copies(docs);
    if duplicates > 0 {
        let _ = writeln!(
            err,
            "kamervraag {command}: {duplicates} extra cop{} of a vraagnummer left out (the most complete copy counts)",
            if duplicates == 1 { "y" } else { "ies" }
        );
    }
    let (docs, later) = collection_as_of(docs, reference);
    if later > 0 {
        let _ = writeln!(
            err,
            "kamervraag {command}: {later} document(s) submitted after the reference date {reference} left out"
        );
    }
    (docs, failed, input_count)
}

/// Today's date in UTC from the system clock.
fn current_date() -> Option<Date> {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Date::from_days_since_epoch(i64::try_from(since_epoch.as_secs() / 86_400).ok()?)
}

/// How a table column shows a group's value.
type ShowCell = fn(&Group) -> String;

/// The columns of the table: heading and how to show a group's value.
const COLUMNS: &[(&str, ShowCell)] = &[
    ("count", |g| g.count.to_string()),
    ("answered", |g| g.answered.to_string()),
    ("open", |g| g.open.to_string()),
    ("overdue", |g| g.overdue.to_string()),
    ("unknown", |g| g.unknown.to_string()),
    ("notice", |g| g.with_notice.to_string()),
    ("on time", |g| g.on_time.to_string()),
    ("after pp", |g| g.on_time_after_postponement.to_string()),
    ("late", |g| g.late.to_string()),
    ("median", |g| days(g.median_delay)),
    ("mean", |g| days(g.mean_delay)),
    ("p75", |g| days(g.p75_delay)),
    ("p90", |g| days(g.p90_delay)),
    ("max", |g| g.max_delay.map_or("-".into(), |d| d.to_string())),
    ("on time%", |g| percent(g.on_time_share)),
    ("incl. pp%", |g| percent(g.on_time_with_postponement_share)),
];

fn days(value: Option<f64>) -> String {
    value.map_or("-".into(), |v| format!("{v:.1}"))
}

fn percent(value: Option<f64>) -> String {
    value.map_or("-".into(), |v| format!("{:.0}%", v * 100.0))
}

/// Writes the report as an aligned table: the total, then the groups (by count).
fn write_table(
    out: &mut dyn Write,
    report: &StatsReport,
    group_by: Option<GroupBy>,
) -> std::io::Result<()> {
    let key_heading = group_by.map_or("", |g| g.as_str());
    writeln!(
        out,
        "Answer delays on {}: {} document(s){}",
        report.reference_date,
        report.total.count,
        group_by.map_or(String::new(), |g| format!(
            ", {} group(s) by {g}",
            report.groups.len()
        ))
    )?;
    writeln!(
        out,
        "on time = answered within 21 days; after pp = within 42 days after a postponement notice;"
    )?;
    writeln!(
        out,
        "delays in days over answered documents; shares over answered + overdue.\n"
    )?;
    let rows: Vec<&Group> = std::iter::once(&report.total)
        .chain(report.groups.iter())
        .collect();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|g| COLUMNS.iter().map(|(_, show)| show(g)).collect())
        .collect();
    let key_width = rows
        .iter()
        .map(|g| g.key.chars().count())
        .chain([key_heading.chars().count()])
        .max()
        .unwrap_or(0);
    let widths: Vec<usize> = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, (heading, _))| {
            cells
                .iter()
                .filter_map(|row| row.get(i))
                .map(|c| c.chars().count())
                .chain([heading.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |key: &str, values: &mut dyn Iterator<Item = &str>| {
        let mut text = format!("{key:<key_width$}");
        for (value, width) in values.zip(&widths) {
            text.push_str(&format!("  {value:>width$}"));
        }
        text
    };
    writeln!(
        out,
        "{}",
        line(key_heading, &mut COLUMNS.iter().map(|(h, _)| *h))
    )?;
    let rule_width = key_width + widths.iter().map(|w| w + 2).sum::<usize>();
    writeln!(out, "{}", "-".repeat(rule_width))?;
    for (i, (group, row)) in rows.iter().zip(&cells).enumerate() {
        writeln!(
            out,
            "{}",
            line(&group.key, &mut row.iter().map(String::as_str))
        )?;
        if i == 0 && !report.groups.is_empty() {
            writeln!(out, "{}", "-".repeat(rule_width))?;
        }
    }
    Ok(())
}
