//! Reading Kamervraag text files into schema `kamervraag/1`. The input format, its
//! variations and damage, and how each is read are described in `docs/FORMAT.md`.
//!
//! [`parse`] takes the raw bytes of a dropped file: it detects the encoding
//! ([`decode`]), rejects input that is not a Kamervraag at all ([`ParseError`]) and
//! reads the openkamer page text or its Markdown table variant in one pass over the
//! lines (see the `reader` module docs for the exact rules; the shapes of single
//! lines are recognised in `classify`). The official publication formats and the
//! parliament's detail pages are detected first and read by the `official` module.
//! Nothing panics, whatever
//! the bytes; every repair, guess or skipped line becomes a diagnostic, all worded in
//! [`diagnostics`].
//!
//! Decisions worth knowing:
//! * `complete` is true exactly when the `Kamervraag document nummer:` trailer line
//!   was reached (a trailer cut after it still counts, with a `trailer_cut_off`
//!   warning).
//! * The vraagnummer comes from the heading; a malformed heading number
//!   (`20011Z03937`) is replaced by the valid one from `Bron vraag` or the trailer
//!   (`2011Z03937`), with a warning.
//! * The table layout has no questions, only answer paragraphs: they are kept as the
//!   answer (joined with `"\n"`) of one question entry with number 1 and empty text.
//! * `see_answer` and `see_answers` are set only for an answer that is wholly a
//!   reference to other answers: `Zie antwoord (op) vraag N`, `Zie het antwoord op
//!   vraag N.`, `Zie mijn antwoord bij vraag N.`, lists and ranges (`… vraag 8 tot en
//!   met 11.`, `Zie de antwoorden op de vragen 1 en 2.`); any case, optional final
//!   period.
//! * Right after the heading, a line `12. Een titel` is the title (a footnote list
//!   starts at `1.`).
//! * Texts of one Kamervraag read separately are joined by [`join`].

mod classify;
mod dates;
mod decode;
pub mod diagnostics;
pub mod join;
mod lines;
mod official;
pub mod persons;
mod reader;
pub mod topics;

pub use dates::{parse_dutch_date, parse_stated_delay};
pub use decode::{decode, utf16_to_string, windows_1252_to_string};

use crate::model::Kamervraag;
use std::fmt;

/// What a text that is not a Kamervraag turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Nothing but white space.
    Empty,
    /// Bytes that are not text.
    Binary,
    /// An HTML page or fragment.
    Html,
    /// JSON.
    Json,
    /// Other text; holds an excerpt of its first line.
    OtherText(String),
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Empty => f.write_str("an empty file"),
            Found::Binary => f.write_str("binary data"),
            Found::Html => f.write_str("HTML markup"),
            Found::Json => f.write_str("JSON"),
            Found::OtherText(start) => write!(f, "unrelated text starting with \"{start}\""),
        }
    }
}

/// Why a text could not be read as a Kamervraag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What was expected and what was found.
    pub message: String,
    /// What was found, for user interfaces that word the message themselves.
    pub found: Found,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// "not a Kamervraag: expected …, found `found`".
    fn not_a_kamervraag(found: Found) -> ParseError {
        ParseError {
            message: format!(
                "not a Kamervraag: expected a line 'Kamervraag <vraagnummer>' or an 'Ingediend | <date> |' table, found {found}"
            ),
            found,
        }
    }
}

/// Whether `text` is a valid vraagnummer: a four-digit year, `Z` and five digits.
///
/// ```
/// use kamervraag::parse::is_valid_vraagnummer;
/// assert!(is_valid_vraagnummer("2023Z13670"));
/// assert!(!is_valid_vraagnummer("20011Z03937"));
/// assert!(!is_valid_vraagnummer("2023z13670"));
/// ```
pub fn is_valid_vraagnummer(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'Z'
        && b[5..].iter().all(u8::is_ascii_digit)
}

/// How many leading bytes [`looks_binary`] inspects: binary data shows itself early,
/// and a fixed window keeps the check O(1) for large texts.
const BINARY_CHECK_BYTES: usize = 1024;

/// Whether decoded text looks like binary data: within the first
/// [`BINARY_CHECK_BYTES`] bytes, a NUL or more than 2% control characters other than
/// tab, line ends and form feed.
fn looks_binary(text: &str) -> bool {
    let bytes = text.as_bytes();
    let window = bytes.get(..BINARY_CHECK_BYTES).unwrap_or(bytes);
    // Branch-free counts so that the loop vectorises.
    let (mut nuls, mut controls) = (0usize, 0usize);
    for &b in window {
        nuls += usize::from(b == 0);
        controls += usize::from(b < 0x20) + usize::from(b == 0x7F)
            - usize::from(b == b'\t')
            - usize::from(b == b'\n')
            - usize::from(b == b'\r')
            - usize::from(b == 0x0C);
    }
    if nuls > 0 {
        return true;
    }
    controls > 0 && controls.saturating_mul(50) > window.len()
}

/// What a text that is not a Kamervraag looks like, for the error message.
fn describe_other_text(trimmed: &str) -> Found {
    let lower_start: String = trimmed
        .chars()
        .take(15)
        .flat_map(char::to_lowercase)
        .collect();
    let mut chars = trimmed.chars();
    let first = chars.next();
    let second = chars.find(|c| !c.is_whitespace());
    match (first, second) {
        (Some('<'), Some(c)) if c.is_ascii_alphabetic() || matches!(c, '!' | '?' | '/') => {
            Found::Html
        }
        (Some('{'), _) => Found::Json,
        (Some('['), Some(c)) if matches!(c, '{' | '[' | '"' | ']') || c.is_ascii_digit() => {
            Found::Json
        }
        _ if lower_start.starts_with("<!doctype") || lower_start.starts_with("<html") => {
            Found::Html
        }
        _ => {
            let first_line = trimmed.lines().next().unwrap_or_default();
            Found::OtherText(diagnostics::excerpt(first_line.trim()))
        }
    }
}

/// Reads one Kamervraag text, in any supported encoding.
///
/// ```
/// use kamervraag::parse::parse;
/// let doc = parse(b"Kamervraag 2024Z00001\n\nEen titel\n\nIngediend 2 januari 2024\n").unwrap();
/// assert_eq!(doc.id.as_deref(), Some("2024Z00001"));
/// assert_eq!(doc.title.as_deref(), Some("Een titel"));
/// assert!(!doc.complete);
///
/// let err = parse(b"<html><body>hoi</body></html>").unwrap_err();
/// assert!(err.to_string().ends_with("found HTML markup"));
/// assert!(parse(b"").unwrap_err().to_string().ends_with("found an empty file"));
/// assert_eq!(parse(b"").unwrap_err().found, kamervraag::parse::Found::Empty);
/// assert_eq!(parse(b"{\"a\": 1}").unwrap_err().found, kamervraag::parse::Found::Json);
/// ```
pub fn parse(bytes: &[u8]) -> Result<Kamervraag, ParseError> {
    let (text, decode_diagnostics) = decode::decode_cow(bytes);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ParseError::not_a_kamervraag(Found::Empty));
    }
    if looks_binary(&text) {
        return Err(ParseError::not_a_kamervraag(Found::Binary));
    }
    let first = trimmed.as_bytes().first().copied();
    if matches!(first, Some(b'<' | b'{' | b'[')) {
        let found = describe_other_text(trimmed);
        if !matches!(found, Found::OtherText(_)) {
            return Err(ParseError::not_a_kamervraag(found));
        }
    }
    if official::detect(&text) {
        return Ok(official::read(&text, decode_diagnostics));
    }
    let Some(start) = classify::find_start(&text) else {
        return Err(ParseError::not_a_kamervraag(describe_other_text(trimmed)));
    };
    Ok(reader::read(&text, start, decode_diagnostics))
}

/// Like [`parse`], recording the file name in `source` and as the only entry of
/// `sources`.
///
/// ```
/// let doc = kamervraag::parse::parse_named(b"Kamervraag 2024Z00001\n", Some("a.txt")).unwrap();
/// assert_eq!(doc.source.as_deref(), Some("a.txt"));
/// assert_eq!(doc.sources, ["a.txt"]);
/// ```
pub fn parse_named(bytes: &[u8], source: Option<&str>) -> Result<Kamervraag, ParseError> {
    let mut doc = parse(bytes)?;
    doc.source = source.map(str::to_string);
    doc.sources = source.map(str::to_string).into_iter().collect();
    Ok(doc)
}
