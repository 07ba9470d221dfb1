//! Property tests of the parser on mutated generated documents: cut, duplicated,
//! shuffled or byte-flipped texts and re-encoded texts never make it panic, and the
//! values it returns stay consistent:
//!
//! * a cut never changes a field whose lines lie wholly before the cut (id, title,
//!   dates, persons, topics, URLs, footnotes, whole questions), and a cut before the
//!   trailer always gives `complete: false`;
//! * changing the encoding changes nothing but the decoding diagnostics;
//! * whatever the bytes, a returned document is internally consistent (schema, delay
//!   recomputed, serde round trip, diagnostic lines inside the text).
#![cfg(not(target_arch = "wasm32"))]

use kamervraag::gen::{generate, GeneratedDocument};
use kamervraag::model::{Diagnostic, Format, Kamervraag, SCHEMA};
use kamervraag::parse::{decode, diagnostics, parse};
use proptest::prelude::*;
use std::sync::OnceLock;

const POOL: usize = 400;

fn pool() -> &'static [GeneratedDocument] {
    static DOCS: OnceLock<Vec<GeneratedDocument>> = OnceLock::new();
    DOCS.get_or_init(|| generate(POOL, 0xC0FFEE))
}

/// The first [`POOL`] generated openkamer documents (same seed as [`pool`]): the cut
/// property is stated in terms of their label lines, which the official formats do not
/// have.
fn openkamer_pool() -> &'static [GeneratedDocument] {
    static DOCS: OnceLock<Vec<GeneratedDocument>> = OnceLock::new();
    DOCS.get_or_init(|| {
        generate(POOL * 2, 0xC0FFEE)
            .into_iter()
            .filter(|d| {
                matches!(
                    d.expected.format,
                    Format::Openkamer | Format::OpenkamerTable
                )
            })
            .take(POOL)
            .collect()
    })
}

/// The decoded text of pool document `index`.
fn text_of(index: usize) -> String {
    decode(&pool()[index % POOL].bytes).0
}

/// Lines of `text` as (start, end) byte ranges without their line ends (`\n`, `\r\n`, `\r`).
fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                spans.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                spans.push((start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        spans.push((start, bytes.len()));
    }
    spans
}

/// Checks that hold for any document the parser returns.
fn check_invariants(doc: &Kamervraag, line_count: usize) -> Result<(), TestCaseError> {
    prop_assert_eq!(&doc.schema, SCHEMA);
    if let (Some(s), Some(a)) = (doc.submitted, doc.answered) {
        prop_assert_eq!(doc.delay_days, Some(s.days_until(a)));
    } else {
        prop_assert_eq!(doc.delay_days, None);
    }
    for d in &doc.diagnostics {
        if let Some(line) = d.line {
            prop_assert!(
                line >= 1 && line as usize <= line_count.max(1),
                "diagnostic line {} outside 1..={}: {:?}",
                line,
                line_count,
                d
            );
        }
    }
    let json = serde_json::to_string(doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: Kamervraag =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, doc);
    Ok(())
}

fn parse_and_check(bytes: &[u8]) -> Result<Option<Kamervraag>, TestCaseError> {
    match parse(bytes) {
        Ok(doc) => {
            let lines = line_spans(&decode(bytes).0).len();
            check_invariants(&doc, lines)?;
            Ok(Some(doc))
        }
        Err(e) => {
            prop_assert!(!e.message.is_empty());
            Ok(None)
        }
    }
}

/// End offset of the first line whose trimmed text satisfies `wanted`.
fn end_of_line(
    text: &str,
    spans: &[(usize, usize)],
    wanted: impl Fn(&str) -> bool,
) -> Option<usize> {
    spans
        .iter()
        .find(|(s, e)| text.get(*s..*e).is_some_and(|l| wanted(l.trim())))
        .map(|&(_, e)| e)
}

fn starts_label(line: &str, label: &str) -> bool {
    line.strip_prefix(label)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '|']))
}

fn is_block_start(line: &str) -> bool {
    line.starts_with("• Vraag")
        || line.starts_with("• Mededeling")
        || line.starts_with("Kamervraag document nummer:")
}

/// Checks that `cut` (the parse of `text[..at]`) agrees with `full` on every field
/// that lies wholly before `at`.
fn check_cut(
    text: &str,
    at: usize,
    full: &Kamervraag,
    cut: &Kamervraag,
) -> Result<(), TestCaseError> {
    let spans = line_spans(text);
    let before = |end: Option<usize>| end.is_some_and(|e| e <= at);

    // The vraagnummer can come from the heading, Bron vraag or the trailer: check it
    // once the Bron vraag line is in.
    if before(end_of_line(text, &spans, |l| starts_label(l, "Bron vraag"))) {
        prop_assert_eq!(&cut.id, &full.id, "id");
    }
    if let Some(title) = &full.title {
        if before(end_of_line(text, &spans, |l| l == title)) {
            prop_assert_eq!(&cut.title, &full.title, "title");
        }
    }
    if before(end_of_line(text, &spans, |l| starts_label(l, "Ingediend"))) {
        prop_assert_eq!(cut.submitted, full.submitted, "submitted");
    }
    let answered_line = end_of_line(text, &spans, |l| {
        starts_label(l, "Beantwoord") && !l.starts_with("Beantwoord door")
    });
    if before(answered_line) {
        prop_assert_eq!(cut.answered, full.answered, "answered");
        prop_assert_eq!(
            cut.stated_delay_days,
            full.stated_delay_days,
            "stated delay"
        );
        prop_assert_eq!(cut.delay_days, full.delay_days, "delay");
    }
    if answered_line.is_none() {
        prop_assert_eq!(cut.answered, None, "a cut never invents an answer date");
    }
    if before(end_of_line(text, &spans, |l| {
        starts_label(l, "Indiener") || starts_label(l, "Indieners")
    })) {
        prop_assert_eq!(&cut.submitters, &full.submitters, "submitters");
    }
    if before(end_of_line(text, &spans, |l| {
        starts_label(l, "Beantwoord door")
    })) {
        prop_assert_eq!(&cut.answerers, &full.answerers, "answerers");
    }
    if before(end_of_line(text, &spans, |l| {
        starts_label(l, "Onderwerpen")
    })) {
        prop_assert_eq!(&cut.topics, &full.topics, "topics");
    }
    if before(end_of_line(text, &spans, |l| starts_label(l, "Bron vraag"))) {
        prop_assert_eq!(&cut.question_url, &full.question_url, "question_url");
    }
    if before(end_of_line(text, &spans, |l| {
        starts_label(l, "Bron antwoord")
    })) {
        prop_assert_eq!(&cut.answer_url, &full.answer_url, "answer_url");
    }

    // Footnotes: the ones whose line is wholly before the cut.
    let footnote_lines: Vec<usize> = spans
        .iter()
        .filter(|(s, e)| {
            let line = text.get(*s..*e).unwrap_or("");
            full.footnotes
                .iter()
                .any(|f| line.trim() == format!("{}. {}", f.number, f.text))
        })
        .map(|&(_, e)| e)
        .collect();
    let whole_footnotes = footnote_lines.iter().filter(|&&e| e <= at).count();
    prop_assert!(cut.footnotes.len() >= whole_footnotes.min(full.footnotes.len()));
    for (a, b) in cut
        .footnotes
        .iter()
        .zip(&full.footnotes)
        .take(whole_footnotes)
    {
        prop_assert_eq!(a, b, "footnote");
    }

    // Questions: question i is whole when its last non-blank line ends before the cut.
    let mut blocks: Vec<(usize, usize)> = Vec::new(); // (first line, last non-blank line end)
    for (index, &(s, e)) in spans.iter().enumerate() {
        let line = text.get(s..e).unwrap_or("").trim();
        if line.starts_with("• Vraag") {
            blocks.push((index, e));
        } else if is_block_start(line) {
            blocks.push((usize::MAX, e)); // a block that is not a question ends the list
        } else if !line.is_empty() {
            if let Some(last) = blocks.last_mut() {
                last.1 = e;
            }
        }
    }
    let question_ends: Vec<usize> = blocks
        .iter()
        .take_while(|(first, _)| *first != usize::MAX)
        .map(|&(_, end)| end)
        .collect();
    if question_ends.len() == full.questions.len() {
        let whole = question_ends.iter().filter(|&&e| e <= at).count();
        prop_assert!(cut.questions.len() >= whole, "lost a whole question");
        for (a, b) in cut.questions.iter().zip(&full.questions).take(whole) {
            prop_assert_eq!(a, b, "question");
        }
    }

    // A cut before the trailer is never complete.
    if let Some(trailer) = spans.iter().find(|(s, e)| {
        text.get(*s..*e)
            .is_some_and(|l| l.starts_with("Kamervraag document nummer:"))
    }) {
        if at <= trailer.0 {
            prop_assert!(!cut.complete, "complete although the trailer was cut away");
            prop_assert!(
                cut.diagnostics
                    .iter()
                    .any(|d| d.message == diagnostics::cut_off(None).message),
                "no cut-off warning"
            );
        }
    }
    Ok(())
}

fn is_decoding_diagnostic(d: &Diagnostic) -> bool {
    [
        diagnostics::utf8_bom_removed(),
        diagnostics::decoded_utf16(false),
        diagnostics::decoded_utf16(true),
        diagnostics::decoded_windows_1252(),
    ]
    .contains(d)
}

fn without_decoding(mut doc: Kamervraag) -> Kamervraag {
    doc.diagnostics.retain(|d| !is_decoding_diagnostic(d));
    doc
}

/// `text` in encoding number `which`: UTF-8 with BOM, UTF-16 LE, UTF-16 BE, Windows-1252.
fn encode(text: &str, which: u8) -> Option<Vec<u8>> {
    match which % 4 {
        0 => Some([&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat()),
        1 => Some(
            [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
        ),
        2 => Some(
            [0xFE, 0xFF]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                .collect(),
        ),
        _ => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
            (!unmappable).then(|| bytes.into_owned())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn cutting_never_changes_what_lies_before_the_cut(index in 0..POOL, fraction in 0.0f64..=1.0) {
        let docs = openkamer_pool();
        let text = decode(&docs[index % docs.len()].bytes).0;
        let full = parse(text.as_bytes()).map_err(|e| TestCaseError::fail(e.message))?;
        let at = ((text.len() as f64) * fraction) as usize;
        let at = at.min(text.len());
        // Cut the bytes (possibly inside a character).
        if let Some(cut) = parse_and_check(&text.as_bytes()[..at])? {
            check_cut(&text, at, &full, &cut)?;
        }
    }

    #[test]
    fn cutting_the_raw_bytes_in_any_encoding_does_not_panic(index in 0..POOL, fraction in 0.0f64..=1.0) {
        let bytes = &pool()[index].bytes;
        let at = (((bytes.len() as f64) * fraction) as usize).min(bytes.len());
        if let Some(cut) = parse_and_check(&bytes[..at])? {
            // Whatever the encoding, a cut text never claims more questions than the whole.
            let full = parse(bytes).map_err(|e| TestCaseError::fail(e.message))?;
            prop_assert!(cut.questions.len() <= full.questions.len().max(1));
        }
    }

    #[test]
    fn changing_the_encoding_changes_only_decoding_diagnostics(index in 0..POOL, which in 0u8..4) {
        let text = text_of(index);
        let plain = parse(text.as_bytes()).map_err(|e| TestCaseError::fail(e.message))?;
        if let Some(bytes) = encode(&text, which) {
            let other = parse(&bytes).map_err(|e| TestCaseError::fail(e.message))?;
            prop_assert_eq!(without_decoding(other), without_decoding(plain));
        }
    }

    #[test]
    fn duplicated_lines_do_not_panic(index in 0..POOL, line in any::<prop::sample::Index>(), times in 1usize..4) {
        let text = text_of(index);
        let mut lines: Vec<&str> = text.split('\n').collect();
        let i = line.index(lines.len());
        let copy = lines[i];
        for _ in 0..times {
            lines.insert(i, copy);
        }
        parse_and_check(lines.join("\n").as_bytes())?;
    }

    #[test]
    fn shuffled_lines_do_not_panic(index in 0..POOL, swaps in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..8)) {
        let text = text_of(index);
        let mut lines: Vec<&str> = text.split('\n').collect();
        let n = lines.len();
        for (a, b) in swaps {
            lines.swap(a.index(n), b.index(n));
        }
        parse_and_check(lines.join("\n").as_bytes())?;
    }

    #[test]
    fn flipped_bytes_do_not_panic(index in 0..POOL, flips in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..16)) {
        let mut bytes = pool()[index].bytes.clone();
        if !bytes.is_empty() {
            let n = bytes.len();
            for (at, mask) in flips {
                bytes[at.index(n)] ^= mask;
            }
        }
        parse_and_check(&bytes)?;
    }

    #[test]
    fn arbitrary_bytes_do_not_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse_and_check(&bytes)?;
    }

    #[test]
    fn arbitrary_text_after_a_heading_does_not_panic(body in "(\\PC|\n|\r|\t| • Vraag [0-9]|Beantwoord |Ingediend |\\|){0,200}") {
        let text = format!("Kamervraag 2024Z99999\n{body}");
        parse_and_check(text.as_bytes())?;
    }
}
