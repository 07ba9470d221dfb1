//! Inputs built to be slow: each must be handled with work linear in its size. The
//! tests assert what comes out (counts); a quadratic path would make them run for
//! minutes or hours instead of seconds, so the suite itself is the guard.

use kamervraag::model::DiagnosticKind;
use kamervraag::model::{Date, Kamervraag};
use kamervraag::parse::diagnostics::MAX_KEPT_DIAGNOSTICS;
use kamervraag::stats::{aggregate, ministries, DocumentFacts, GroupBy};
use kamervraag::view::footnote_marks::{
    split_document_footnote_marks, FootnoteNumbers, MarkedText, MAX_MARKERS_PER_TEXT,
};
use kamervraag::view::library::{highlight, Field, QueryError, SearchQuery, MAX_TERMS};

/// An invented openkamer document with the given header values and body lines.
fn document(submitters: &str, answerers: &str, topics: &str, body: &str) -> String {
    format!(
        "Kamervraag 2024Z99001\n\nEen verzonnen titel\n\nIngediend 4 maart 2024\n\
         Beantwoord 2 april 2024 (na 29 dagen)\nIndieners {submitters}\n\
         Beantwoord door {answerers}\nOnderwerpen {topics}\n{body}\n\
         Kamervraag document nummer: kv-tk-2024Z99001\nVolledige titel: Een verzonnen titel\n"
    )
}

fn parse(text: &str) -> Kamervraag {
    kamervraag::parse::parse(text.as_bytes()).expect("a document")
}

fn reference() -> Date {
    Date::from_ymd(2025, 1, 1).unwrap()
}

/// A distinct lower-case word for `i` (letters only, so no digit is glued to it).
fn word(i: usize) -> String {
    let mut n = i;
    let mut out = String::from("w");
    loop {
        out.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return out;
        }
    }
}

#[test]
fn two_hundred_thousand_distinct_topics_and_submitters() {
    const N: usize = 200_000;
    let topics: Vec<String> = (0..N).map(word).collect();
    let submitters: Vec<String> = (0..N)
        .map(|i| format!("Lid {} ({})", word(i), word(i).to_uppercase()))
        .collect();
    let text = document(
        &submitters.join(", "),
        "Ann Proef (minister van financiën)",
        &topics.join(" "),
        "",
    );
    let doc = parse(&text);
    assert_eq!(doc.topics.len(), N);
    assert_eq!(doc.submitters.len(), N);
    assert_eq!(doc.submitter_parties().len(), N);
    let facts = DocumentFacts::new(&doc, reference());
    assert_eq!(facts.keys(GroupBy::Topic).len(), N);
    assert_eq!(facts.keys(GroupBy::Submitter).len(), N);
    assert_eq!(facts.keys(GroupBy::Party).len(), N);
    let all = DocumentFacts::for_all(std::slice::from_ref(&doc), reference());
    assert_eq!(all[0].keys(GroupBy::Topic).len(), N);
    let report = aggregate(
        std::slice::from_ref(&doc),
        Some(GroupBy::Topic),
        reference(),
    );
    assert_eq!(report.groups.len(), N);
    // The parser keeps its first diagnostics (unknown topics) and counts the rest.
    assert!(doc.diagnostics.len() <= MAX_KEPT_DIAGNOSTICS + 1);
}

#[test]
fn two_hundred_thousand_distinct_answering_posts() {
    const N: usize = 200_000;
    let answerers: Vec<String> = (0..N)
        .map(|i| format!("Lid {} (minister van {})", word(i), word(i)))
        .collect();
    let text = document("Ann Proef (D66)", &answerers.join(", "), "recht", "");
    let doc = parse(&text);
    assert_eq!(doc.answerers.len(), N);
    assert_eq!(ministries(&doc).len(), N);
    let facts = DocumentFacts::new(&doc, reference());
    assert_eq!(facts.keys(GroupBy::Ministry).len(), N);
    let all = DocumentFacts::for_all(std::slice::from_ref(&doc), reference());
    assert_eq!(all[0].keys(GroupBy::Ministry).len(), N);
}

#[test]
fn many_footnotes_and_a_megabyte_of_glued_digits() {
    let footnotes: String = (1..=300_000).map(|n| format!("{n}. Bron {n}\n")).collect();
    let question = "a2".repeat(500_000);
    let body = format!("{footnotes} • Vraag 1\n  {question}\n\n  Ja.\n");
    let doc = parse(&document(
        "Ann Proef (D66)",
        "Bo Test (minister van financiën)",
        "recht",
        &body,
    ));
    // Footnote numbers have at most three digits; the longer ones are no footnotes.
    assert_eq!(doc.footnotes.len(), 999);
    assert_eq!(doc.questions.len(), 1);
    let numbers = FootnoteNumbers::of(&doc);
    let parts = split_document_footnote_marks(&numbers, &doc.questions[0].text);
    let markers = parts
        .iter()
        .filter(|p| matches!(p, MarkedText::Footnote(2)))
        .count();
    assert_eq!(markers, MAX_MARKERS_PER_TEXT);
    assert_eq!(parts.len(), 2 * MAX_MARKERS_PER_TEXT + 1);
    let joined: usize = parts
        .iter()
        .map(|p| match p {
            MarkedText::Text(t) => t.len(),
            MarkedText::Footnote(n) => n.to_string().len(),
        })
        .sum();
    assert_eq!(joined, question.len());
}

/// The unrecognised lines listed and the count of diagnostics left out.
fn unrecognised_and_left_out(doc: &Kamervraag) -> (usize, u64) {
    let left_out = doc
        .diagnostics
        .iter()
        .find_map(|d| match d.kind {
            DiagnosticKind::DiagnosticsLeftOut { count } => Some(count),
            _ => None,
        })
        .expect("a count of the diagnostics left out");
    let unrecognised = doc
        .diagnostics
        .iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::UnrecognisedLine { .. }))
        .count();
    (unrecognised, left_out)
}

#[test]
fn five_million_junk_lines_keep_a_capped_list_and_the_count() {
    const LINES: usize = 5_000_000;
    // Ten megabytes of junk before the heading: each line is an unrecognised line.
    let text = format!(
        "{}{}",
        "x\n".repeat(LINES),
        document(
            "Ann Proef (D66)",
            "Bo Test (minister van financiën)",
            "recht",
            ""
        )
    );
    let doc = parse(&text);
    assert_eq!(doc.id.as_deref(), Some("2024Z99001"));
    assert!(doc.diagnostics.len() <= MAX_KEPT_DIAGNOSTICS + 4);
    let (unrecognised, left_out) = unrecognised_and_left_out(&doc);
    assert_eq!(unrecognised, MAX_KEPT_DIAGNOSTICS);
    assert_eq!(unrecognised as u64 + left_out, LINES as u64);
    assert_eq!(
        doc.diagnostics.last().map(|d| &d.kind),
        Some(&DiagnosticKind::DiagnosticsLeftOut { count: left_out })
    );
}

#[test]
fn five_million_junk_lines_inside_a_document() {
    const LINES: usize = 5_000_000;
    let junk = "x\n".repeat(LINES);
    let text = format!("Kamervraag 2024Z99001\n\nTitel\n\nIngediend 4 maart 2024\n{junk}");
    let doc = parse(&text);
    let kept = doc.diagnostics.len();
    assert!(kept <= MAX_KEPT_DIAGNOSTICS + 4, "{kept}");
    let (unrecognised, left_out) = unrecognised_and_left_out(&doc);
    assert_eq!(unrecognised as u64 + left_out, LINES as u64);
    // The end-of-document diagnostics are kept whatever came before.
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::CutOff));
}

#[test]
fn a_query_of_a_hundred_thousand_words_is_refused_after_the_term_limit() {
    let words: Vec<String> = (0..100_000).map(word).collect();
    let query = SearchQuery::parse(&words.join(" "));
    assert_eq!(query.error(), Some(&QueryError::TooManyTerms));
    let repeated = SearchQuery::parse(&"fiets ".repeat(100_000));
    assert_eq!(repeated.error(), Some(&QueryError::TooManyTerms));
    let within = SearchQuery::parse(&"fiets ".repeat(MAX_TERMS));
    assert_eq!(within.error(), None);
    assert_eq!(within.parsed().clauses.len(), 1);
    let text = format!("{} fiets", words[..1000].join(" "));
    let spans = highlight(&text, Field::Title, &within);
    assert_eq!(spans.iter().map(|s| s.text).collect::<String>(), text);
}
