//! Splitting question text into plain text and footnote markers. Markers are digits
//! glued to the text (`in China?1`, `berichtgeving1 dat`, `?3Zo niet`); a glued number
//! is only a marker where the document has a footnote with that number, so
//! `Covid-19` or `rapport 2024` stay text. Real pages also write markers apart from
//! the word: after a question mark and a space (`verkeer»? 1`), and as a list after a
//! first marker (`Limburg?1, 2`, `»?1 2`).

use crate::model::Kamervraag;

/// One part of a text split by [`split_footnote_marks`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkedText<'a> {
    /// Plain text.
    Text(&'a str),
    /// A footnote marker with the footnote number.
    Footnote(u32),
}

/// Whether a digit run that starts right after `prev` (with `before_prev` one char
/// earlier) may be a glued footnote marker.
fn can_precede_marker(before_prev: Option<char>, prev: char) -> bool {
    if prev.is_alphabetic() {
        return true;
    }
    if matches!(prev, '?' | '!' | ')' | '\'' | '"' | '’' | '”' | ':' | ';') {
        return true;
    }
    // `zaak.1` is a marker, `3.5` or `1,2` is a number.
    matches!(prev, '.' | ',') && before_prev.is_some_and(|c| !c.is_ascii_digit())
}

/// The most footnote markers one text is split into; digits after that many markers
/// stay text, so a hostile text of glued digits cannot make thousands of links.
pub const MAX_MARKERS_PER_TEXT: usize = 200;

/// Splits `text` into text and footnote markers; `has_footnote(n)` says whether a
/// footnote `n` exists. Joining the parts (markers as their digits) gives `text`.
/// Work is linear in the text; at most [`MAX_MARKERS_PER_TEXT`] markers are made.
///
/// ```
/// use kamervraag::view::footnote_marks::{split_footnote_marks, MarkedText};
/// let parts = split_footnote_marks("Kent u het bericht?1 Over Covid-19?2", |n| n <= 2);
/// assert_eq!(
///     parts,
///     [
///         MarkedText::Text("Kent u het bericht?"),
///         MarkedText::Footnote(1),
///         MarkedText::Text(" Over Covid-19?"),
///         MarkedText::Footnote(2),
///     ]
/// );
/// // Without footnote 3 the digits stay text.
/// assert_eq!(split_footnote_marks("rapport3 is", |n| n == 1), [MarkedText::Text("rapport3 is")]);
/// ```
pub fn split_footnote_marks(text: &str, has_footnote: impl Fn(u32) -> bool) -> Vec<MarkedText<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut parts = Vec::new();
    let mut text_start = 0;
    // The last marker: its number and the index (in `chars`) just after it.
    let mut last_marker: Option<(u32, usize)> = None;
    let mut markers = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !c.is_ascii_digit() || i == 0 {
            i += 1;
            continue;
        }
        let glued = can_precede_marker(
            i.checked_sub(2).and_then(|j| chars.get(j)).map(|&(_, c)| c),
            chars[i - 1].1,
        );
        let mut j = i;
        while j < chars.len() && chars[j].1.is_ascii_digit() {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        let digits = text.get(pos..end).unwrap_or("");
        // A marker is short (at most `MAX_MARKER`); a long number glued to text is part of it.
        let number = if digits.len() <= 3 {
            digits.parse::<u32>().ok()
        } else {
            None
        };
        let apart = !glued
            && number.is_some_and(|n| {
                continues_list(&chars, last_marker, i, n) || after_question_mark(&chars, i, j)
            });
        if glued || apart {
            if let Some(n) = number.filter(|&n| markers < MAX_MARKERS_PER_TEXT && has_footnote(n)) {
                markers += 1;
                if let Some(before) = text.get(text_start..pos).filter(|s| !s.is_empty()) {
                    parts.push(MarkedText::Text(before));
                }
                parts.push(MarkedText::Footnote(n));
                text_start = end;
                last_marker = Some((n, j));
            }
        }
        i = j;
    }
    if let Some(rest) = text.get(text_start..).filter(|s| !s.is_empty()) {
        parts.push(MarkedText::Text(rest));
    }
    parts
}

/// Whether the number `n` starting at `chars[i]` continues a list of markers right
/// after the last one (`?1, 2`, `?1 2`): only a space or `, ` lies between them and
/// `n` is one of the next three numbers.
fn continues_list(chars: &[(usize, char)], last: Option<(u32, usize)>, i: usize, n: u32) -> bool {
    let Some((previous, after)) = last else {
        return false;
    };
    // At most two characters (`, `) lie between: never look further back.
    if i.saturating_sub(after) > 2 {
        return false;
    }
    let between: String = chars
        .get(after..i)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .collect();
    matches!(between.as_str(), " " | ", " | ",") && n > previous && n <= previous + 3
}

/// Whether the digits `chars[i..j]` stand apart after a question mark (`verkeer»? 1`):
/// `? ` before them, and after them the end of the text, another number or a new
/// sentence.
fn after_question_mark(chars: &[(usize, char)], i: usize, j: usize) -> bool {
    let before = |k: usize| {
        i.checked_sub(k)
            .and_then(|at| chars.get(at))
            .map(|&(_, c)| c)
    };
    if before(1) != Some(' ') || before(2) != Some('?') {
        return false;
    }
    let mut rest = chars.get(j..).unwrap_or_default().iter().map(|&(_, c)| c);
    match rest.next() {
        None => true,
        Some(',') | Some(' ') => rest
            .find(|c| !c.is_whitespace() && *c != ',')
            .is_none_or(|c| c.is_ascii_digit() || c.is_uppercase()),
        Some(_) => false,
    }
}

/// The largest footnote number a marker can name: markers have at most three digits.
pub const MAX_MARKER: u32 = 999;

/// The footnote numbers a marker can name (`0..=999`) that a document has, as a set
/// built once per document in one pass over its footnotes, so that each marker is
/// looked up in constant time however many footnotes the document lists.
///
/// ```
/// use kamervraag::model::{Footnote, Kamervraag};
/// use kamervraag::view::footnote_marks::FootnoteNumbers;
/// let doc = Kamervraag {
///     footnotes: vec![Footnote { number: 2, text: "x".into() }],
///     ..Kamervraag::default()
/// };
/// let numbers = FootnoteNumbers::of(&doc);
/// assert!(numbers.contains(2));
/// assert!(!numbers.contains(1));
/// assert!(!numbers.contains(5000));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FootnoteNumbers {
    bits: [u64; 16],
}

impl FootnoteNumbers {
    /// The marker-sized footnote numbers of `doc`.
    pub fn of(doc: &Kamervraag) -> FootnoteNumbers {
        let mut bits = [0u64; 16];
        for number in doc.footnotes.iter().map(|f| f.number) {
            if number <= MAX_MARKER {
                bits[(number / 64) as usize] |= 1 << (number % 64);
            }
        }
        FootnoteNumbers { bits }
    }

    /// Whether the document has footnote `number` (always false above [`MAX_MARKER`]).
    pub fn contains(&self, number: u32) -> bool {
        number <= MAX_MARKER && self.bits[(number / 64) as usize] & (1 << (number % 64)) != 0
    }
}

/// [`split_footnote_marks`] with the footnotes of a document.
pub fn split_document_footnote_marks<'a>(
    footnotes: &FootnoteNumbers,
    text: &'a str,
) -> Vec<MarkedText<'a>> {
    split_footnote_marks(text, |n| footnotes.contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejoin(parts: &[MarkedText<'_>]) -> String {
        parts
            .iter()
            .map(|p| match p {
                MarkedText::Text(t) => t.to_string(),
                MarkedText::Footnote(n) => n.to_string(),
            })
            .collect()
    }

    #[test]
    fn markers_in_the_forms_seen_in_real_files() {
        let all = |_: u32| true;
        assert_eq!(
            split_footnote_marks("berichtgeving1 dat", all),
            [
                MarkedText::Text("berichtgeving"),
                MarkedText::Footnote(1),
                MarkedText::Text(" dat")
            ]
        );
        assert_eq!(
            split_footnote_marks("?3Zo niet", all),
            [
                MarkedText::Text("?"),
                MarkedText::Footnote(3),
                MarkedText::Text("Zo niet")
            ]
        );
        assert_eq!(
            split_footnote_marks("3,5 miljard en 2.1 procent", all),
            [MarkedText::Text("3,5 miljard en 2.1 procent")]
        );
        assert_eq!(
            split_footnote_marks("rapport 2024", all),
            [MarkedText::Text("rapport 2024")]
        );
    }

    #[test]
    fn markers_apart_from_the_word() {
        let all = |n: u32| n <= 3;
        assert_eq!(
            split_footnote_marks("verkeer»? 1", all),
            [MarkedText::Text("verkeer»? "), MarkedText::Footnote(1)]
        );
        assert_eq!(
            split_footnote_marks("Limburg?1, 2", all),
            [
                MarkedText::Text("Limburg?"),
                MarkedText::Footnote(1),
                MarkedText::Text(", "),
                MarkedText::Footnote(2)
            ]
        );
        assert_eq!(
            split_footnote_marks("»?1 2 Zo ja", all),
            [
                MarkedText::Text("»?"),
                MarkedText::Footnote(1),
                MarkedText::Text(" "),
                MarkedText::Footnote(2),
                MarkedText::Text(" Zo ja")
            ]
        );
        // Numbers in the sentence stay text.
        for text in [
            "Is het? 2 dagen later",
            "Klopt?1 5 mensen",
            "op 1, 2 of 3 mei",
        ] {
            let parts = split_footnote_marks(text, all);
            let markers = parts
                .iter()
                .filter(|p| matches!(p, MarkedText::Footnote(_)))
                .count();
            assert!(markers <= 1, "{text}: {parts:?}");
        }
        assert_eq!(
            split_footnote_marks("Is het? 2 dagen later", all),
            [MarkedText::Text("Is het? 2 dagen later")]
        );
    }

    #[test]
    fn parts_rejoin_to_the_text() {
        for text in [
            "",
            "1",
            "a1",
            "é2ü",
            "Vraag?12 ja",
            "x99999",
            "€5",
            "?1, 2",
            "? 3",
            "? 1 2",
        ] {
            assert_eq!(rejoin(&split_footnote_marks(text, |n| n < 20)), text);
        }
    }
}
