//! Where a query matches in a document ([`matches`]: field, question, offsets) and
//! the keyword-in-context snippet around one match ([`snippet`]), shared by the
//! library's rows and `kamervraag search`.

use super::query::Field;
use super::search::{collapse_spaces, units, SearchQuery};
use crate::model::Kamervraag;
use std::ops::Range;

/// One match of a query in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The field it is in.
    pub field: Field,
    /// The question number for questions and answers.
    pub question: Option<u32>,
    /// Which unit of [`units`] (counting from 0) it is in.
    pub unit: usize,
    /// Byte range in the field's text.
    pub bytes: Range<usize>,
    /// Character range in the field's text.
    pub chars: Range<usize>,
}

impl Match {
    /// Where it is, in Dutch: `titel`, `vraag 3`, `antwoord 3`, `indiener`, ...
    ///
    /// ```
    /// use kamervraag::view::library::{Field, Match};
    /// let m = Match { field: Field::Answer, question: Some(3), unit: 0, bytes: 0..1, chars: 0..1 };
    /// assert_eq!(m.place(), "antwoord 3");
    /// ```
    pub fn place(&self) -> String {
        match self.question {
            Some(n) => format!("{} {n}", self.field.dutch_name()),
            None => self.field.dutch_name().to_string(),
        }
    }
}

/// Every match of the terms that must occur, in document order (the vraagnummer
/// left out: it is shown anyway). Empty for an empty query.
///
/// ```
/// use kamervraag::model::{Kamervraag, Question};
/// use kamervraag::view::library::{matches, Field, SearchQuery};
/// let doc = Kamervraag {
///     title: Some("Één brug".into()),
///     questions: vec![Question { number: 2, text: "Welke brug?".into(), answer: None, see_answer: None, see_answers: vec![] }],
///     ..Kamervraag::default()
/// };
/// let found = matches(&doc, &SearchQuery::parse("brug"));
/// assert_eq!(found.len(), 2);
/// assert_eq!((found[0].field, found[0].chars.clone()), (Field::Title, 4..8));
/// assert_eq!(found[1].place(), "vraag 2");
/// ```
pub fn matches(doc: &Kamervraag, query: &SearchQuery) -> Vec<Match> {
    if query.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (unit_index, unit) in units(doc).into_iter().enumerate() {
        if unit.field == Field::Id {
            continue;
        }
        let ranges = query.ranges_in(unit.text, unit.field);
        if ranges.is_empty() {
            continue;
        }
        // Byte to char offsets in one pass over the text.
        let mut chars_before = 0usize;
        let mut at = 0usize;
        let mut count_to = |byte: usize| {
            if let Some(part) = unit.text.get(at..byte) {
                chars_before += part.chars().count();
                at = byte;
            }
            chars_before
        };
        for bytes in ranges {
            let start = count_to(bytes.start);
            let end = count_to(bytes.end);
            out.push(Match {
                field: unit.field,
                question: unit.question,
                unit: unit_index,
                bytes,
                chars: start..end,
            });
        }
    }
    out
}

/// Up to `max` matches of `query` in `doc`, each with its snippet of about `width`
/// characters (what a library row shows under the title).
///
/// ```
/// use kamervraag::model::Kamervraag;
/// use kamervraag::view::library::{snippets, SearchQuery};
/// let doc = Kamervraag { title: Some("Brug, brug en nog een brug".into()), ..Kamervraag::default() };
/// let found = snippets(&doc, &SearchQuery::parse("brug"), 2, 80);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[1].1.hit, "brug");
/// ```
pub fn snippets(
    doc: &Kamervraag,
    query: &SearchQuery,
    max: usize,
    width: usize,
) -> Vec<(Match, Snippet)> {
    let all = units(doc);
    matches(doc, query)
        .into_iter()
        .take(max)
        .map(|m| {
            let text = all.get(m.unit).map_or("", |u| u.text);
            let shown = snippet(text, m.bytes.clone(), width);
            (m, shown)
        })
        .collect()
}

/// A keyword in context: the match with some text around it, white space as
/// single spaces, cut at words where it can be.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// Whether text before was left out.
    pub cut_before: bool,
    /// The text before the match.
    pub before: String,
    /// The match.
    pub hit: String,
    /// The text after the match.
    pub after: String,
    /// Whether text after was left out.
    pub cut_after: bool,
}

impl Snippet {
    /// The snippet as one line, `…` where text was left out.
    pub fn plain(&self) -> String {
        format!(
            "{}{}{}{}{}",
            if self.cut_before { "…" } else { "" },
            self.before,
            self.hit,
            self.after,
            if self.cut_after { "…" } else { "" }
        )
    }
}

fn squeeze(text: &str) -> String {
    collapse_spaces(text, |c, out| out.push(c))
}

/// The snippet of about `width` characters around `range` (bytes) of `text`.
///
/// ```
/// use kamervraag::view::library::snippet;
/// let text = "De minister antwoordt dat dit niet bekend is bij het ministerie van Financiën.";
/// let s = snippet(text, 30..41, 30);
/// assert_eq!(s.hit, "niet bekend");
/// assert_eq!(s.plain(), "…dat dit niet bekend is bij…");
/// assert_eq!(snippet("kort", 0..4, 80).plain(), "kort");
/// ```
pub fn snippet(text: &str, range: Range<usize>, width: usize) -> Snippet {
    let start = range.start.min(text.len());
    let end = range.end.clamp(start, text.len());
    let (Some(head), Some(hit), Some(tail)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return Snippet::default();
    };
    let hit_chars = hit.chars().count();
    let room = width.saturating_sub(hit_chars);
    let head_chars = head.chars().count();
    let tail_chars = tail.chars().count();
    // Half the room on each side; a side that needs less gives the rest away.
    let mut before_room = room / 2;
    let mut after_room = room - before_room;
    if head_chars < before_room {
        after_room += before_room - head_chars;
        before_room = head_chars;
    } else if tail_chars < after_room {
        before_room += after_room - tail_chars;
        after_room = tail_chars;
    }
    let before_start = head
        .char_indices()
        .rev()
        .nth(before_room.saturating_sub(1))
        .map_or(head.len(), |(i, _)| i);
    let before_start = if before_room == 0 {
        head.len()
    } else {
        before_start
    };
    let mut before = &head[before_start..];
    let cut_before = before_start > 0;
    if cut_before {
        // Start at a word: drop a partial first word when a space follows it.
        if let Some(space) = before.find(char::is_whitespace) {
            if !head[..before_start].ends_with(char::is_whitespace) {
                before = &before[space..];
            }
        }
        before = before.trim_start();
    }
    let after_end = tail
        .char_indices()
        .nth(after_room)
        .map_or(tail.len(), |(i, _)| i);
    let mut after = &tail[..after_end];
    let cut_after = after_end < tail.len();
    if cut_after && !tail[after_end..].starts_with(char::is_whitespace) {
        if let Some(space) = after.rfind(char::is_whitespace) {
            after = &after[..space];
        }
    }
    if cut_after {
        after = after.trim_end();
    }
    let mut before = squeeze(before);
    let hit = squeeze(hit);
    let mut after = squeeze(after);
    if before.ends_with(' ') && hit.starts_with(' ') {
        before.pop();
    }
    if hit.ends_with(' ') && after.starts_with(' ') {
        after.remove(0);
    }
    Snippet {
        cut_before,
        before,
        hit,
        after,
        cut_after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_at_field_start_and_end() {
        let text = "Stikstof is het onderwerp van deze lange vraag over de boeren en het milieu";
        let s = snippet(text, 0..8, 40);
        assert!(!s.cut_before && s.before.is_empty());
        assert_eq!(s.hit, "Stikstof");
        assert!(s.cut_after);
        assert!(s.plain().chars().count() <= 41, "{}", s.plain());
        let end = text.len();
        let s = snippet(text, end - 6..end, 40);
        assert_eq!(s.hit, "milieu");
        assert!(!s.cut_after && s.after.is_empty());
        assert!(s.cut_before);
        assert!(s.plain().starts_with('…'));
    }

    #[test]
    fn snippets_in_multi_byte_text_cut_at_characters() {
        let text = "ëëëëëëëëëë ŒŒŒ 💥💥 Zürich ĳsbaan ééééééééééé ßßßßß";
        let start = text.find("Zürich").unwrap();
        for width in 0..40 {
            let s = snippet(text, start..start + "Zürich".len(), width);
            assert_eq!(s.hit, "Zürich");
            assert!(text.contains(&s.before) && text.contains(&s.after));
        }
        // A range past the end or inside nothing does not panic.
        assert_eq!(snippet("abc", 5..9, 10).hit, "");
    }

    #[test]
    fn snippets_fold_white_space() {
        let text = "een\n\n  twee   drie";
        let at = text.find("twee").unwrap();
        assert_eq!(snippet(text, at..at + 4, 80).plain(), "een twee drie");
        assert_eq!(snippet(text, 4..at + 5, 80).plain(), "een twee drie");
    }

    #[test]
    fn offsets_are_characters_in_the_field() {
        let doc = Kamervraag {
            questions: vec![crate::model::Question {
                number: 1,
                text: "Wat kost één Zürich-reis?".into(),
                answer: Some("Über €5.".into()),
                see_answer: None,
                see_answers: vec![],
            }],
            ..Kamervraag::default()
        };
        let found = matches(&doc, &SearchQuery::parse("zurich uber"));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].chars, 13..19);
        assert_eq!(
            (found[1].field, found[1].chars.clone()),
            (Field::Answer, 0..4)
        );
        assert_eq!(found[1].place(), "antwoord 1");
    }
}
