//! The pure side of loading files: a file's content key (a hash of its bytes, not its
//! name), the parser's verdict on one input as a value that travels between the parse
//! workers, the page and the stored library (many files per message, one JSON text),
//! zip archives opened into their members, and when the page admits what arrived.

use crate::input::{expand_zip, is_zip};
use crate::model::Kamervraag;
use crate::parse::Found;
use serde::{Deserialize, Serialize};

/// The version of what the parser produces. Stored documents of another version are
/// parsed again from their stored text; change it whenever the parser's output changes.
pub const PARSER_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+1");

/// The content key of a file: 64-bit FNV-1a of its bytes, as 16 hex digits. Two files
/// with the same bytes have the same key whatever their names.
///
/// ```
/// use kamervraag::view::ingest::content_key;
/// assert_eq!(content_key(b""), "cbf29ce484222325");
/// assert_eq!(content_key(b"a"), content_key(b"a"));
/// assert_ne!(content_key(b"a"), content_key(b"b"));
/// ```
pub fn content_key(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Why an input did not become a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The parser's verdict: not a Kamervraag (what it found instead).
    NotAKamervraag(FoundKind),
    /// A zip archive without files.
    EmptyArchive,
    /// Not readable at all (the browser's or the archive reader's reason).
    Unreadable(String),
    /// Not read because it would exceed a resource limit (named with the limit).
    Limit(crate::input::Refusal),
}

impl From<crate::input::ArchiveError> for Refusal {
    fn from(error: crate::input::ArchiveError) -> Refusal {
        match error {
            crate::input::ArchiveError::Refused(limit) => Refusal::Limit(limit),
            crate::input::ArchiveError::Damaged(reason) => Refusal::Unreadable(reason),
        }
    }
}

/// [`Found`] as stored and sent between threads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FoundKind {
    /// Nothing but white space.
    Empty,
    /// Bytes that are not text.
    Binary,
    /// HTML markup.
    Html,
    /// JSON.
    Json,
    /// Other text, with an excerpt of its first line.
    OtherText(String),
}

impl From<Found> for FoundKind {
    fn from(found: Found) -> FoundKind {
        match found {
            Found::Empty => FoundKind::Empty,
            Found::Binary => FoundKind::Binary,
            Found::Html => FoundKind::Html,
            Found::Json => FoundKind::Json,
            Found::OtherText(start) => FoundKind::OtherText(start),
        }
    }
}

impl From<FoundKind> for Found {
    fn from(found: FoundKind) -> Found {
        match found {
            FoundKind::Empty => Found::Empty,
            FoundKind::Binary => Found::Binary,
            FoundKind::Html => Found::Html,
            FoundKind::Json => Found::Json,
            FoundKind::OtherText(start) => Found::OtherText(start),
        }
    }
}

/// One input after parsing: its name, content key, and the document or the refusal.
/// The decoded text travels apart ([`ParsedText`]), so the stored documents can be
/// read back without it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    /// The name shown for the input (folder or archive path included).
    pub name: String,
    /// [`content_key`] of its bytes (empty for an input that could not be read).
    pub key: String,
    /// The document, or why there is none.
    pub outcome: Result<Kamervraag, Refusal>,
}

/// The decoded text of a parsed input, under its content key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedText {
    /// [`content_key`] of the bytes.
    pub key: String,
    /// The text as decoded for display.
    pub text: String,
}

/// Parses one file's bytes; `name` becomes the document's `source`.
///
/// ```
/// use kamervraag::view::ingest::{parse_one, Refusal};
/// let (parsed, text) = parse_one("x.txt", b"<html></html>");
/// assert!(matches!(parsed.outcome, Err(Refusal::NotAKamervraag(_))));
/// assert_eq!(text.text, "<html></html>");
/// assert_eq!(parsed.key, text.key);
/// ```
pub fn parse_one(name: &str, bytes: &[u8]) -> (Parsed, ParsedText) {
    let key = content_key(bytes);
    let outcome = crate::parse::parse_named(bytes, Some(name))
        .map_err(|e| Refusal::NotAKamervraag(e.found.into()));
    let (text, _) = crate::parse::decode(bytes);
    (
        Parsed {
            name: name.to_string(),
            key: key.clone(),
            outcome,
        },
        ParsedText { key, text },
    )
}

/// A refusal for an input that could not be read.
pub fn refused(name: &str, refusal: Refusal) -> Parsed {
    Parsed {
        name: name.to_string(),
        key: String::new(),
        outcome: Err(refusal),
    }
}

/// Parses one input: a zip archive is opened and each member parsed (members that
/// cannot be unpacked are refused with the reader's reason); anything else is parsed
/// as one file. Texts come back only for inputs that were read.
///
/// ```
/// use kamervraag::view::ingest::{parse_input, Refusal};
/// let (parsed, texts) = parse_input("a.txt", b"geen kamervraag");
/// assert_eq!(parsed.len(), 1);
/// assert_eq!(texts.len(), 1);
/// // Not an archive, and larger than any text may be: refused, never parsed.
/// let big = vec![b'a'; kamervraag::input::MAX_FILE_BYTES as usize + 1];
/// let (parsed, texts) = parse_input("groot.zip", &big);
/// assert!(matches!(parsed[0].outcome, Err(Refusal::Limit(_))));
/// assert!(texts.is_empty());
/// ```
pub fn parse_input(name: &str, bytes: &[u8]) -> (Vec<Parsed>, Vec<ParsedText>) {
    if !is_zip(bytes) {
        // A file let through for its `.zip` name is held to the limit of other files.
        if let Err(limit) = crate::input::check_file_size(bytes.len() as u64) {
            return (vec![refused(name, Refusal::Limit(limit))], vec![]);
        }
        let (parsed, text) = parse_one(name, bytes);
        return (vec![parsed], vec![text]);
    }
    match expand_zip(name, bytes) {
        Ok(members) if members.is_empty() => (vec![refused(name, Refusal::EmptyArchive)], vec![]),
        Ok(members) => {
            let mut parsed = Vec::with_capacity(members.len());
            let mut texts = Vec::with_capacity(members.len());
            for member in members {
                match member.bytes {
                    Ok(bytes) => {
                        let (p, t) = parse_one(&member.name, &bytes);
                        parsed.push(p);
                        texts.push(t);
                    }
                    Err(reason) => parsed.push(refused(&member.name, reason.into())),
                }
            }
            (parsed, texts)
        }
        Err(reason) => (vec![refused(name, reason.into())], vec![]),
    }
}

/// Many parsed inputs with their texts: what one worker message carries, as one JSON
/// text (one message per batch, not per document).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ParsedBatch {
    /// The parsed inputs, in input order.
    pub parsed: Vec<Parsed>,
    /// The decoded texts of the inputs that were read.
    pub texts: Vec<ParsedText>,
}

impl ParsedBatch {
    /// Parses every input of a batch in order.
    pub fn parse<'a>(inputs: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> ParsedBatch {
        let mut batch = ParsedBatch::default();
        for (name, bytes) in inputs {
            let (parsed, texts) = parse_input(name, bytes);
            batch.parsed.extend(parsed);
            batch.texts.extend(texts);
        }
        batch
    }

    /// The batch as one JSON text.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads [`ParsedBatch::encode`]'s text.
    pub fn decode(text: &str) -> Result<ParsedBatch, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

/// Encodes the parsed inputs alone (the stored form of a batch, without texts).
pub fn encode_parsed(parsed: &[Parsed]) -> String {
    serde_json::to_string(parsed).unwrap_or_default()
}

/// Reads [`encode_parsed`]'s text.
pub fn decode_parsed(text: &str) -> Result<Vec<Parsed>, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// When the page admits what the workers sent: after at least `interval_ms` since the
/// last admission, or once `max_pending` inputs wait. Admitting copies the library's
/// index once, so fewer, larger admissions keep the load linear in the number of files.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdmitPace {
    /// Least time between admissions, in milliseconds.
    pub interval_ms: f64,
    /// Admit at once when this many inputs wait.
    pub max_pending: usize,
}

impl Default for AdmitPace {
    fn default() -> AdmitPace {
        AdmitPace {
            interval_ms: 200.0,
            max_pending: 1500,
        }
    }
}

impl AdmitPace {
    /// Whether `pending` inputs should be admitted now, `since_ms` after the last time.
    ///
    /// ```
    /// use kamervraag::view::ingest::AdmitPace;
    /// let pace = AdmitPace::default();
    /// assert!(!pace.due(0, 1000.0));
    /// assert!(!pace.due(10, 50.0));
    /// assert!(pace.due(10, 250.0));
    /// assert!(pace.due(2000, 1.0));
    /// ```
    pub fn due(&self, pending: usize, since_ms: f64) -> bool {
        pending > 0 && (since_ms >= self.interval_ms || pending >= self.max_pending)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "Kamervraag 2024Z00001\n\nTitel\n";

    #[test]
    fn a_batch_survives_its_json_text() {
        let batch = ParsedBatch::parse([("a.txt", DOC.as_bytes()), ("b.txt", b"<html>" as &[u8])]);
        assert_eq!(batch.parsed.len(), 2);
        assert_eq!(ParsedBatch::decode(&batch.encode()).unwrap(), batch);
        assert_eq!(
            decode_parsed(&encode_parsed(&batch.parsed)).unwrap(),
            batch.parsed
        );
    }

    #[test]
    fn the_key_ignores_the_name() {
        let (a, _) = parse_one("a.txt", DOC.as_bytes());
        let (b, _) = parse_one("map/b.txt", DOC.as_bytes());
        assert_eq!(a.key, b.key);
        assert_ne!(a.name, b.name);
    }

    #[test]
    fn found_round_trips() {
        for found in [
            Found::Empty,
            Found::Binary,
            Found::Html,
            Found::Json,
            Found::OtherText("x".into()),
        ] {
            assert_eq!(Found::from(FoundKind::from(found.clone())), found);
        }
    }
}
