//! Every diagnostic the parser can emit, as public constructor functions.
//!
//! This is the single place where diagnostic wording lives. The functions are pure
//! and deterministic: the same arguments always give the same [`Diagnostic`], so the
//! generator can predict the exact diagnostics of a generated document.
//!
//! # When the parser emits what (in the order they appear in `diagnostics`)
//!
//! Decoding diagnostics come first (line `None`), then line diagnostics in the order
//! the lines are read, then the diagnostics decided at the end of the document:
//!
//! 1. Decoding ([`crate::parse::decode`]): [`utf8_bom_removed`], [`decoded_utf16`],
//!    [`decoded_windows_1252`], [`incomplete_utf8_at_end`], [`incomplete_utf16_at_end`].
//! 2. While reading lines, in line order:
//!    * [`unrecognised_line`] — a non-empty line that fits no field: navigation text
//!      (every line before the first `Kamervraag <vraagnummer>` heading or header-label
//!      line, and every non-trailer line after `Kamervraag document nummer:`), a
//!      broken bullet such as ` • Vra`, an indented line outside any question or
//!      notice, an unindented line inside the openkamer body, a second title-like line
//!      in the header, a `Volledige titel:` without a document number before it, or a
//!      second `Kamervraag/Kamerantwoord document nummer:` line. Table separator
//!      rows (`---|---|`) are markup and are skipped silently;
//!    * [`duplicate_field`] — a header label seen a second time (the first value wins);
//!    * [`missing_date`], [`unreadable_date`], [`impossible_date`] — a date value
//!      of `Ingediend`, `Beantwoord` or `Mededeling` that is empty, not a Dutch date, or a
//!      date that does not exist;
//!    * [`notice_after_term`] — on a `Mededeling` bullet whose date is more than 21
//!      days after `Ingediend` (after the date diagnostics of that line);
//!    * [`unreadable_delay`] — text after the `Beantwoord` date that is not
//!      `(na N dagen)`;
//!    * [`delay_mismatch`] — on the `Beantwoord` line, when both dates and the stated
//!      `(na N dagen)` are known and N differs from the recomputed delay;
//!    * [`unknown_topic`] — on the `Onderwerpen` line, once per word that matches no
//!      official topic, in order;
//!    * [`question_number_mismatch`] — a `Vraag N` bullet whose N is not the previous
//!      question's number + 1 (the first must be 1);
//!    * [`trailer_cut_off`] — a document-number line without its `Volledige titel:`
//!      line (reported when the next non-empty line or the end arrives), or a question
//!      document title that is a proper prefix of the document title (cut mid-title).
//! 3. At the end of the document, in this order:
//!    * the vraagnummer: [`id_repaired`], [`invalid_id`], [`id_conflict`],
//!      [`id_from_table_url`], [`heading_missing`] or [`id_missing`];
//!    * [`submitted_missing`] — no `Ingediend` line was read;
//!    * [`answers_without_questions`] — table layout whose body has answer paragraphs
//!      but no `Vraag` bullets (when bullets do follow, those paragraphs are instead
//!      reported here, one [`unrecognised_line`] each, in line order);
//!    * [`cut_off`] — the `Kamervraag document nummer:` line was never reached
//!      (`complete` is false); the line is the last non-empty line.
//! 4. [`diagnostics_left_out`] — last, when the decoding and line diagnostics
//!    exceeded [`MAX_KEPT_DIAGNOSTICS`]: the first ones are kept and the rest only
//!    counted, so a file of millions of junk lines stays small. The diagnostics of
//!    step 3 are always kept.
//!
//! Quoted line text is shortened by [`excerpt`] so that messages stay short.

use crate::model::{Diagnostic, DiagnosticKind as Kind, Severity};

/// The most decoding and line diagnostics a document keeps; any more are counted in
/// one [`diagnostics_left_out`].
pub const MAX_KEPT_DIAGNOSTICS: usize = 1000;

/// Maximum number of characters of input text quoted in a message.
pub const EXCERPT_CHARS: usize = 60;

/// `text` shortened to at most [`EXCERPT_CHARS`] characters, with `…` appended when
/// it was shortened. Never splits a character.
///
/// ```
/// use kamervraag::parse::diagnostics::excerpt;
/// assert_eq!(excerpt("kort"), "kort");
/// let long = "é".repeat(70);
/// assert_eq!(excerpt(&long).chars().count(), 61);
/// assert!(excerpt(&long).ends_with('…'));
/// ```
pub fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

fn info(line: Option<u32>, kind: Kind, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Info,
        line,
        message,
        kind,
    }
}

fn warning(line: Option<u32>, kind: Kind, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        line,
        message,
        kind,
    }
}

// ---------------------------------------------------------------- decoding

/// Info: the input started with a UTF-8 byte-order mark, which was removed.
pub fn utf8_bom_removed() -> Diagnostic {
    info(
        None,
        Kind::Utf8BomRemoved,
        "removed a UTF-8 byte-order mark".to_string(),
    )
}

/// Info: the input was UTF-16 (little or big endian, detected by its byte-order mark).
///
/// ```
/// use kamervraag::parse::diagnostics::decoded_utf16;
/// assert_eq!(decoded_utf16(true).message, "decoded as UTF-16 BE (byte-order mark)");
/// ```
pub fn decoded_utf16(big_endian: bool) -> Diagnostic {
    let order = if big_endian { "BE" } else { "LE" };
    info(
        None,
        Kind::DecodedUtf16 { big_endian },
        format!("decoded as UTF-16 {order} (byte-order mark)"),
    )
}

/// Info: the input was not valid UTF-8 and was decoded as Windows-1252.
pub fn decoded_windows_1252() -> Diagnostic {
    info(
        None,
        Kind::DecodedWindows1252,
        "the text is not valid UTF-8; decoded as Windows-1252".to_string(),
    )
}

/// Warning: the input was valid UTF-8 except for an incomplete character at the very
/// end (the text was cut inside a character); that partial character was dropped.
pub fn incomplete_utf8_at_end() -> Diagnostic {
    warning(
        None,
        Kind::IncompleteUtf8AtEnd,
        "the text ends inside a UTF-8 character; the incomplete character was dropped".to_string(),
    )
}

/// Warning: a UTF-16 text has an odd number of bytes (it was cut inside a character);
/// the last byte was dropped.
///
/// ```
/// use kamervraag::parse::diagnostics::incomplete_utf16_at_end;
/// assert!(incomplete_utf16_at_end().message.contains("UTF-16"));
/// ```
pub fn incomplete_utf16_at_end() -> Diagnostic {
    warning(
        None,
        Kind::IncompleteUtf16AtEnd,
        "the text ends inside a UTF-16 character; the incomplete character was dropped".to_string(),
    )
}

// ---------------------------------------------------------------- lines

/// Warning: a non-empty line that fits no field; it is skipped.
///
/// ```
/// use kamervraag::parse::diagnostics::unrecognised_line;
/// let d = unrecognised_line(3, "Home | Kamervragen");
/// assert_eq!(d.line, Some(3));
/// assert_eq!(d.message, "unrecognised line skipped: \"Home | Kamervragen\"");
/// ```
pub fn unrecognised_line(line: u32, text: &str) -> Diagnostic {
    let text = excerpt(text.trim());
    let message = format!("unrecognised line skipped: \"{text}\"");
    warning(Some(line), Kind::UnrecognisedLine { text }, message)
}

/// Warning: a header label (e.g. `Ingediend`) appeared again; the first value is kept.
pub fn duplicate_field(line: u32, label: &str) -> Diagnostic {
    warning(
        Some(line),
        Kind::DuplicateField {
            label: label.to_string(),
        },
        format!("second '{label}' line ignored; the first one is kept"),
    )
}

/// Warning: a date field (`Ingediend`, `Beantwoord`, `Mededeling`) has no date.
pub fn missing_date(line: u32, label: &str) -> Diagnostic {
    warning(
        Some(line),
        Kind::MissingDate {
            label: label.to_string(),
        },
        format!("'{label}' has no date"),
    )
}

/// Warning: a date value that is not a Dutch date (`13 juli 2023`); the date is null.
pub fn unreadable_date(line: u32, text: &str) -> Diagnostic {
    let text = excerpt(text.trim());
    let message =
        format!("expected a Dutch date like '13 juli 2023', found \"{text}\"; date left empty");
    warning(Some(line), Kind::UnreadableDate { text }, message)
}

/// Warning: a date that does not exist (`31 februari 2023`); the date is null.
///
/// ```
/// use kamervraag::parse::diagnostics::impossible_date;
/// assert_eq!(
///     impossible_date(5, "31 februari 2023").message,
///     "impossible date \"31 februari 2023\"; date left empty"
/// );
/// ```
pub fn impossible_date(line: u32, text: &str) -> Diagnostic {
    let text = excerpt(text.trim());
    let message = format!("impossible date \"{text}\"; date left empty");
    warning(Some(line), Kind::ImpossibleDate { text }, message)
}

/// Warning: the text after the `Beantwoord` date is not `(na N dagen)`; the stated
/// delay is left empty.
pub fn unreadable_delay(line: u32, text: &str) -> Diagnostic {
    let text = excerpt(text.trim());
    let message = format!(
        "expected '(na N dagen)' after the answer date, found \"{text}\"; stated delay left empty"
    );
    warning(Some(line), Kind::UnreadableDelay { text }, message)
}

/// Warning: the stated `(na N dagen)` differs from the recomputed calendar-day delay.
///
/// ```
/// use kamervraag::parse::diagnostics::delay_mismatch;
/// assert_eq!(
///     delay_mismatch(6, 60, 64).message,
///     "stated delay (na 60 dagen) differs from the 64 days between Ingediend and Beantwoord"
/// );
/// ```
pub fn delay_mismatch(line: u32, stated: i64, computed: i64) -> Diagnostic {
    warning(
        Some(line),
        Kind::DelayMismatch { stated, computed },
        format!(
            "stated delay (na {stated} dagen) differs from the {computed} days between Ingediend and Beantwoord"
        ),
    )
}

/// Warning: a word on the `Onderwerpen` line matches no official topic; it is kept as a
/// topic of its own.
pub fn unknown_topic(line: u32, word: &str) -> Diagnostic {
    let word = excerpt(word);
    let message = format!("unknown topic \"{word}\" kept as written");
    warning(Some(line), Kind::UnknownTopic { word }, message)
}

/// Warning: a `Vraag N` bullet whose number is not the expected next one.
pub fn question_number_mismatch(line: u32, expected: u32, found: u32) -> Diagnostic {
    warning(
        Some(line),
        Kind::QuestionNumberMismatch { expected, found },
        format!("expected Vraag {expected}, found Vraag {found}; number kept as written"),
    )
}

/// Warning: the trailer is cut off: a document-number line without its
/// `Volledige titel:` line, or a full title that stops in the middle.
pub fn trailer_cut_off(line: u32) -> Diagnostic {
    warning(
        Some(line),
        Kind::TrailerCutOff,
        "the trailer is cut off (document title missing or incomplete)".to_string(),
    )
}

// ---------------------------------------------------------------- end of document

/// Warning: the heading holds a malformed vraagnummer (`20011Z03937`); the valid one
/// from `Bron vraag` or the trailer (`2011Z03937`) is used instead.
///
/// ```
/// use kamervraag::parse::diagnostics::id_repaired;
/// assert_eq!(
///     id_repaired(1, "20011Z03937", "2011Z03937").message,
///     "malformed vraagnummer \"20011Z03937\" in the heading replaced by 2011Z03937 from Bron vraag or the trailer"
/// );
/// ```
pub fn id_repaired(line: u32, from: &str, to: &str) -> Diagnostic {
    let from = excerpt(from);
    let message = format!(
        "malformed vraagnummer \"{from}\" in the heading replaced by {to} from Bron vraag or the trailer"
    );
    let to = to.to_string();
    warning(Some(line), Kind::IdRepaired { from, to }, message)
}

/// Warning: the heading holds a malformed vraagnummer and no valid one was found
/// elsewhere; it is kept as written.
pub fn invalid_id(line: u32, text: &str) -> Diagnostic {
    let text = excerpt(text);
    let message = format!(
        "malformed vraagnummer \"{text}\" (expected a year, 'Z' and 5 digits) kept as written"
    );
    warning(Some(line), Kind::InvalidId { text }, message)
}

/// Warning: the heading's valid vraagnummer differs from the one in `Bron vraag` or
/// the trailer; the heading wins. `line` is the line of the other number.
pub fn id_conflict(line: u32, heading_id: &str, other_id: &str) -> Diagnostic {
    let heading_id = excerpt(heading_id);
    let other_id = excerpt(other_id);
    let message = format!(
        "vraagnummer {other_id} here differs from {heading_id} in the heading; the heading is kept"
    );
    let kind = Kind::IdConflict {
        heading_id,
        other_id,
    };
    warning(Some(line), kind, message)
}

/// Info: a table-layout document has no heading; the vraagnummer was taken from the
/// `Bron vraag` URL (or the trailer) on `line`.
pub fn id_from_table_url(line: u32, id: &str) -> Diagnostic {
    info(
        Some(line),
        Kind::IdFromTableUrl { id: id.to_string() },
        format!("vraagnummer {id} taken from the source URL (the table layout has no heading)"),
    )
}

/// Warning: an openkamer-layout document has no `Kamervraag <vraagnummer>` heading;
/// the vraagnummer was taken from `Bron vraag` or the trailer on `line`.
pub fn heading_missing(line: u32, id: &str) -> Diagnostic {
    warning(
        Some(line),
        Kind::HeadingMissing { id: id.to_string() },
        format!("no 'Kamervraag <vraagnummer>' heading; vraagnummer {id} taken from here"),
    )
}

/// Warning: no vraagnummer anywhere (no heading, no `Bron vraag`, no trailer).
pub fn id_missing() -> Diagnostic {
    warning(None, Kind::IdMissing, "no vraagnummer found".to_string())
}

/// Warning: no `Ingediend` line was read, so the submission date is unknown.
pub fn submitted_missing() -> Diagnostic {
    warning(
        None,
        Kind::SubmittedMissing,
        "no 'Ingediend' line: the submission date is unknown".to_string(),
    )
}

/// Info: a table-layout body holds answer paragraphs without `Vraag` bullets. They are
/// kept, joined with `"\n"`, as the answer of one question entry (number 1, empty
/// text); `line` is the first paragraph's line.
pub fn answers_without_questions(line: u32) -> Diagnostic {
    info(
        Some(line),
        Kind::AnswersWithoutQuestions,
        "answer paragraphs without questions (table layout) kept as the answer of one entry with empty question text".to_string(),
    )
}

/// Warning: the text is cut off: the trailer (`Kamervraag document nummer:`) was never
/// reached. `line` is the last non-empty line, `None` for a text without lines.
///
/// ```
/// use kamervraag::parse::diagnostics::cut_off;
/// assert_eq!(cut_off(Some(40)).line, Some(40));
/// ```
pub fn cut_off(line: Option<u32>) -> Diagnostic {
    warning(
        line,
        Kind::CutOff,
        "the text is cut off: the trailer 'Kamervraag document nummer:' was not reached"
            .to_string(),
    )
}

/// Warning: a postponement notice dated `days` after submission, after the 21-day
/// term, so it does not extend the term to 42 days. `line` is the notice's line
/// (`None` when the document was joined from several texts).
///
/// ```
/// use kamervraag::parse::diagnostics::notice_after_term;
/// assert!(notice_after_term(Some(9), 24).message.contains("24 days"));
/// ```
pub fn notice_after_term(line: Option<u32>, days: i64) -> Diagnostic {
    warning(
        line,
        Kind::NoticeAfterTerm { days },
        format!("the postponement notice came after {days} days, after the 21-day term; the term stays 21 days"),
    )
}

/// Info: the diagnostics that follow are of `source`, another text of the same
/// Kamervraag joined to the document; their line numbers are lines of that text.
pub fn source_joined(source: &str) -> Diagnostic {
    let source = excerpt(source);
    info(
        None,
        Kind::SourceJoined {
            source: source.clone(),
        },
        format!("joined with {source}; the diagnostics below are of that text"),
    )
}

/// Warning: two texts of one Kamervraag that were joined disagree on `field`; the
/// value of the first is kept. `source` is the other text's file name.
///
/// ```
/// use kamervraag::parse::diagnostics::join_conflict;
/// let d = join_conflict("submitted", "2024-01-02", "2024-01-03", "b.txt");
/// assert!(d.message.contains("b.txt"));
/// ```
pub fn join_conflict(field: &str, kept: &str, other: &str, source: &str) -> Diagnostic {
    let (kept, other, source) = (excerpt(kept), excerpt(other), excerpt(source));
    warning(
        None,
        Kind::JoinConflict {
            field: field.to_string(),
            kept: kept.clone(),
            other: other.clone(),
            source: source.clone(),
        },
        format!("the sources differ on {field}: \"{kept}\" is kept, {source} has \"{other}\""),
    )
}

// ---------------------------------------------------------------- official formats

/// Warning: an official text (`docs/FORMAT.md` §3) is cut off: its end (`Naar boven`,
/// or the parliament page's list of submitters) was never reached. `line` is the last
/// non-empty line.
pub fn end_not_reached(line: Option<u32>) -> Diagnostic {
    warning(
        line,
        Kind::EndNotReached,
        "the text is cut off: its end ('Naar boven' or the list of submitters) was not reached"
            .to_string(),
    )
}

/// Warning: a `Vragen van …`, `Antwoord van …` or `Mededeling van …` sentence that
/// the sentence grammar does not read; its dates and persons are left empty.
///
/// ```
/// use kamervraag::parse::diagnostics::unread_sentence;
/// assert!(unread_sentence(2, "Vragen van niemand").message.contains("Vragen van niemand"));
/// ```
pub fn unread_sentence(line: u32, text: &str) -> Diagnostic {
    let text = excerpt(text.trim());
    warning(
        Some(line),
        Kind::UnreadSentence { text: text.clone() },
        format!("sentence not read, its facts are left empty: \"{text}\""),
    )
}

/// Warning: a block for several questions (`Vraag 2 en 3`) whose paragraphs are not
/// one per question; the first question holds all of its text.
pub fn combined_text_kept(line: u32, first: u32, count: u32) -> Diagnostic {
    warning(
        Some(line),
        Kind::CombinedTextKept { first, count },
        format!(
            "the text for {count} questions could not be split per question; question {first} holds all of it"
        ),
    )
}

/// Warning: an `Antwoord N` block without a `Vraag N` before it; a question with
/// empty text was added to hold the answer.
pub fn answer_without_question(line: u32, number: u32) -> Diagnostic {
    warning(
        Some(line),
        Kind::AnswerWithoutQuestion { number },
        format!("Antwoord {number} without Vraag {number}: a question with empty text was added"),
    )
}

/// Info: an introductory paragraph (before the first `Vraag`) or a `Toelichting:`
/// paragraph was kept as part of a question's text.
pub fn prose_attached(line: u32, question: u32) -> Diagnostic {
    info(
        Some(line),
        Kind::ProseAttached { question },
        format!("introductory or explanatory paragraph added to the text of question {question}"),
    )
}

/// Info: `count` more diagnostics than [`MAX_KEPT_DIAGNOSTICS`] were found and left
/// out of the list.
///
/// ```
/// use kamervraag::parse::diagnostics::diagnostics_left_out;
/// let d = diagnostics_left_out(4_999_000);
/// assert_eq!(d.line, None);
/// assert!(d.message.contains("4999000"));
/// ```
pub fn diagnostics_left_out(count: u64) -> Diagnostic {
    info(
        None,
        Kind::DiagnosticsLeftOut { count },
        format!("{count} more diagnostics were left out of this list"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_diagnostic() -> Vec<Diagnostic> {
        vec![
            utf8_bom_removed(),
            decoded_utf16(false),
            decoded_windows_1252(),
            incomplete_utf8_at_end(),
            incomplete_utf16_at_end(),
            unrecognised_line(1, "x"),
            duplicate_field(1, "Ingediend"),
            missing_date(1, "Beantwoord"),
            unreadable_date(1, "gisteren"),
            impossible_date(1, "31 februari 2023"),
            unreadable_delay(1, "(na veel dagen)"),
            delay_mismatch(1, 3, 4),
            unknown_topic(1, "Zeilen"),
            question_number_mismatch(1, 2, 3),
            trailer_cut_off(1),
            id_repaired(1, "20011Z00001", "2011Z00001"),
            invalid_id(1, "2011X1"),
            id_conflict(1, "2011Z00001", "2011Z00002"),
            id_from_table_url(1, "2011Z00001"),
            heading_missing(1, "2011Z00001"),
            id_missing(),
            submitted_missing(),
            answers_without_questions(1),
            cut_off(None),
            notice_after_term(None, 24),
            join_conflict("submitted", "a", "b", "c.txt"),
            source_joined("c.txt"),
            end_not_reached(None),
            unread_sentence(1, "Vragen van"),
            combined_text_kept(1, 2, 2),
            answer_without_question(1, 3),
            prose_attached(1, 1),
            diagnostics_left_out(3),
        ]
    }

    #[test]
    fn every_diagnostic_has_a_kind_that_survives_json() {
        for d in every_diagnostic() {
            assert_ne!(d.kind, Kind::Other, "{d:?}");
            let json = serde_json::to_string(&d).unwrap();
            let back: Diagnostic = serde_json::from_str(&json).unwrap();
            assert_eq!(back, d);
        }
    }

    #[test]
    fn kinds_carry_the_quoted_text_as_the_message_does() {
        let long = "a".repeat(80);
        let d = unrecognised_line(7, &format!("  {long}  "));
        assert_eq!(
            d.kind,
            Kind::UnrecognisedLine {
                text: excerpt(&long)
            }
        );
        assert!(d.message.contains(&excerpt(&long)));
    }
}
