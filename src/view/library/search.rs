//! Full-text search that ignores case and diacritics: folding text to a plain
//! lower-case form, a document's searchable units folded once ([`SearchText`]),
//! matching a [`ParsedQuery`] (fast, and naively as a reference), the places of
//! matches, and splitting a text into highlighted and plain parts (so a view can
//! show matches without any HTML).

use super::query::{Field, ParsedQuery, Pattern, QueryError};
use crate::model::Kamervraag;
use std::ops::Range;

/// The folded form of one character: lower case without diacritics. Most
/// characters fold to themselves lower-cased; `ß` folds to `ss`, `æ` to `ae`.
fn fold_char(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => 'c',
        'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ'
        | 'Ė' | 'Ę' | 'Ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī'
        | 'Ĭ' | 'Į' | 'İ' => 'i',
        'ĳ' | 'Ĳ' => {
            out.push_str("ij");
            return;
        }
        'ł' | 'ľ' | 'ĺ' | 'ļ' | 'Ł' | 'Ľ' | 'Ĺ' | 'Ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' | 'Ñ' | 'Ń' | 'Ň' | 'Ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø'
        | 'Ō' | 'Ŏ' | 'Ő' => 'o',
        'ŕ' | 'ř' | 'ŗ' | 'Ŕ' | 'Ř' | 'Ŗ' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' => 's',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'ţ' | 'ť' | 'Ţ' | 'Ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ'
        | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        '’' | '‘' | '`' => '\'',
        '“' | '”' => '"',
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(plain);
}

/// The folded form of `text` with, for every folded byte, the byte range of the
/// original character it came from. White space runs fold to one space.
fn fold_mapped(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if c.is_whitespace() {
            if !in_space {
                folded.push(' ');
                origin.push((start, end));
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let before = folded.len();
        fold_char(c, &mut folded);
        origin.extend(std::iter::repeat_n((start, end), folded.len() - before));
    }
    (folded, origin)
}

/// The text lower-cased and without diacritics, white space runs as one space,
/// for comparing.
///
/// ```
/// use kamervraag::view::library::fold;
/// assert_eq!(fold("Café Ëindhoven"), "cafe eindhoven");
/// assert_eq!(fold("Straße\n\n  weg"), "strasse weg");
/// ```
pub fn fold(text: &str) -> String {
    collapse_spaces(text, fold_char)
}

/// `text` with each character written by `write` and every run of white space as
/// one space.
pub(super) fn collapse_spaces(text: &str, mut write: impl FnMut(char, &mut String)) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            in_space = false;
            write(c, &mut out);
        }
    }
    out
}

/// One searchable piece of a document: which field, which question, the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit<'a> {
    /// The field.
    pub field: Field,
    /// The question number for questions and answers.
    pub question: Option<u32>,
    /// The original text.
    pub text: &'a str,
}

/// Every searchable piece of `doc` in document order: vraagnummer, title, each
/// question and its answer, then submitters, parties, answerers and topics.
pub fn units(doc: &Kamervraag) -> Vec<Unit<'_>> {
    let mut out = Vec::with_capacity(4 + 2 * doc.questions.len());
    if let Some(id) = &doc.id {
        out.push(Unit {
            field: Field::Id,
            question: None,
            text: id,
        });
    }
    if let Some(title) = &doc.title {
        out.push(Unit {
            field: Field::Title,
            question: None,
            text: title,
        });
    }
    for q in &doc.questions {
        out.push(Unit {
            field: Field::Question,
            question: Some(q.number),
            text: &q.text,
        });
        if let Some(answer) = &q.answer {
            out.push(Unit {
                field: Field::Answer,
                question: Some(q.number),
                text: answer,
            });
        }
    }
    for p in &doc.submitters {
        out.push(Unit {
            field: Field::Submitter,
            question: None,
            text: &p.name,
        });
    }
    for p in &doc.submitters {
        if let Some(party) = &p.party {
            out.push(Unit {
                field: Field::Party,
                question: None,
                text: party,
            });
        }
    }
    for p in &doc.answerers {
        out.push(Unit {
            field: Field::Answerer,
            question: None,
            text: &p.name,
        });
    }
    for topic in &doc.topics {
        out.push(Unit {
            field: Field::Topic,
            question: None,
            text: topic,
        });
    }
    out
}

/// The folded text of a document, computed once: every [`Unit`] folded and joined
/// by new lines, the unscoped fields first, with each unit's place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchText {
    folded: String,
    text_end: usize,
    spans: Vec<(Field, Range<u32>)>,
}

impl SearchText {
    /// Folds the units of `doc`.
    pub fn new(doc: &Kamervraag) -> SearchText {
        let mut folded = String::new();
        let mut spans = Vec::new();
        let mut text_end = 0;
        for unit in units(doc) {
            if !Field::TEXT.contains(&unit.field) && text_end == 0 {
                text_end = folded.len();
            }
            let start = folded.len();
            folded.push_str(&fold(unit.text));
            spans.push((unit.field, start as u32..folded.len() as u32));
            folded.push('\n');
        }
        if text_end == 0 {
            text_end = folded.len();
        }
        SearchText {
            folded,
            text_end,
            spans,
        }
    }

    /// The folded text of title, questions, answers and vraagnummer.
    pub fn text(&self) -> &str {
        self.folded.get(..self.text_end).unwrap_or("")
    }

    fn contains(&self, scope: Option<Field>, needle: &str) -> bool {
        match scope {
            None => self.text().contains(needle),
            Some(field) => self.spans.iter().any(|(f, range)| {
                *f == field
                    && self
                        .folded
                        .get(range.start as usize..range.end as usize)
                        .is_some_and(|t| t.contains(needle))
            }),
        }
    }
}

/// A search query as typed, read with [`ParsedQuery::parse`]. A query that cannot
/// be read matches everything and keeps its [`QueryError`] (so a view can say why
/// and never shows an empty library for a typo).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    parsed: ParsedQuery,
    error: Option<QueryError>,
}

impl SearchQuery {
    /// Reads a query; see [`SearchQuery`] for unreadable ones.
    ///
    /// ```
    /// use kamervraag::view::library::SearchQuery;
    /// assert_eq!(SearchQuery::parse("  Fietspad   GLADHEID ").parts(), ["Fietspad", "GLADHEID"]);
    /// assert!(SearchQuery::parse("   ").is_empty());
    /// let bad = SearchQuery::parse("/(/");
    /// assert!(bad.is_empty() && bad.error().is_some());
    /// ```
    pub fn parse(text: &str) -> SearchQuery {
        match ParsedQuery::parse(text) {
            Ok(parsed) => SearchQuery {
                parsed,
                error: None,
            },
            Err(error) => SearchQuery {
                parsed: ParsedQuery::default(),
                error: Some(error),
            },
        }
    }

    /// Why the query could not be read, if it could not.
    pub fn error(&self) -> Option<&QueryError> {
        self.error.as_ref()
    }

    /// The parsed clauses.
    pub fn parsed(&self) -> &ParsedQuery {
        &self.parsed
    }

    /// The text of each part as typed (one chip each).
    pub fn parts(&self) -> Vec<&str> {
        self.parsed.parts()
    }

    /// Whether the query has no terms (matches everything).
    pub fn is_empty(&self) -> bool {
        self.parsed.is_empty()
    }

    /// Whether `doc`, folded once into `text`, matches every clause.
    ///
    /// ```
    /// use kamervraag::model::{Kamervraag, Question};
    /// use kamervraag::view::library::{SearchQuery, SearchText};
    /// let doc = Kamervraag {
    ///     title: Some("Gladde fietspaden in de Wintermaanden".into()),
    ///     questions: vec![Question { number: 1, text: "Is dat bekend?".into(), answer: Some("Dat is niet bekend.".into()), see_answer: None, see_answers: vec![] }],
    ///     ..Kamervraag::default()
    /// };
    /// let text = SearchText::new(&doc);
    /// let hit = |q: &str| SearchQuery::parse(q).matches(&doc, &text);
    /// assert!(hit("winter fietspad"));
    /// assert!(!hit("winter auto"));
    /// assert!(hit("antwoord:\"niet bekend\""));
    /// assert!(!hit("vraag:\"niet bekend\""));
    /// assert!(hit("auto OR fiets") && !hit("-fiets") && hit("/WINTER|zomer/"));
    /// ```
    pub fn matches(&self, doc: &Kamervraag, text: &SearchText) -> bool {
        self.parsed.clauses.iter().all(|clause| {
            clause.alternatives.iter().any(|term| {
                let found = match &term.pattern {
                    Pattern::Word(w) | Pattern::Phrase(w) => text.contains(term.scope, w),
                    Pattern::Regex(r) => units(doc)
                        .iter()
                        .any(|u| term.applies_to(u.field) && r.is_match(u.text)),
                };
                found != term.negated
            })
        })
    }

    /// [`SearchQuery::matches`] the slow and obvious way: each unit folded on its
    /// own (the reference the fast path is tested against).
    pub fn matches_naive(&self, doc: &Kamervraag) -> bool {
        let all = units(doc);
        self.parsed.clauses.iter().all(|clause| {
            clause.alternatives.iter().any(|term| {
                let found =
                    all.iter()
                        .filter(|u| term.applies_to(u.field))
                        .any(|u| match &term.pattern {
                            Pattern::Word(w) | Pattern::Phrase(w) => {
                                fold(u.text).contains(w.as_str())
                            }
                            Pattern::Regex(r) => r.is_match(u.text),
                        });
                found != term.negated
            })
        })
    }

    /// The byte ranges in `text` (of `field`) where a term that must occur matches,
    /// sorted, overlapping ranges merged.
    pub fn ranges_in(&self, text: &str, field: Field) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        let mut folded: Option<(String, Vec<(usize, usize)>)> = None;
        for term in self.parsed.positive_terms() {
            if !term.applies_to(field) {
                continue;
            }
            match &term.pattern {
                Pattern::Regex(r) => ranges.extend(
                    r.find_iter(text)
                        .filter(|m| !m.is_empty())
                        .map(|m| m.range()),
                ),
                Pattern::Word(needle) | Pattern::Phrase(needle) => {
                    let (folded, origin) = folded.get_or_insert_with(|| fold_mapped(text));
                    let mut from = 0;
                    while let Some(pos) = folded
                        .get(from..)
                        .and_then(|rest| rest.find(needle.as_str()))
                    {
                        let begin = from + pos;
                        let end = begin + needle.len();
                        if let (Some(&(o_start, _)), Some(&(_, o_end))) =
                            (origin.get(begin), origin.get(end.saturating_sub(1)))
                        {
                            ranges.push(o_start..o_end);
                        }
                        from = begin + needle.len().max(1);
                    }
                }
            }
        }
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// One part of a text split by [`highlight`]: a run of plain text or a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSpan<'a> {
    /// The original text of this part.
    pub text: &'a str,
    /// Whether this part matches a query term.
    pub matched: bool,
}

/// Splits `text` (of `field`) into plain and matching parts for `query`; the parts
/// joined give back `text` exactly. Words and phrases ignore case and diacritics.
///
/// ```
/// use kamervraag::view::library::{highlight, Field, SearchQuery};
/// let parts = highlight("Het Café in Zürich", Field::Title, &SearchQuery::parse("cafe zurich"));
/// let shown: Vec<(&str, bool)> = parts.iter().map(|p| (p.text, p.matched)).collect();
/// assert_eq!(
///     shown,
///     [("Het ", false), ("Café", true), (" in ", false), ("Zürich", true)]
/// );
/// ```
pub fn highlight<'a>(text: &'a str, field: Field, query: &SearchQuery) -> Vec<TextSpan<'a>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for range in query.ranges_in(text, field) {
        if let Some(plain) = text.get(at..range.start).filter(|p| !p.is_empty()) {
            spans.push(TextSpan {
                text: plain,
                matched: false,
            });
        }
        if let Some(hit) = text.get(range.clone()) {
            spans.push(TextSpan {
                text: hit,
                matched: true,
            });
        }
        at = range.end;
    }
    match text.get(at..) {
        Some(rest) if !rest.is_empty() || spans.is_empty() => spans.push(TextSpan {
            text: rest,
            matched: false,
        }),
        _ => {}
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(parts: &[TextSpan<'_>]) -> String {
        parts.iter().map(|p| p.text).collect()
    }

    #[test]
    fn highlight_keeps_the_text_intact_for_awkward_input() {
        let cases = [
            ("", "a"),
            ("ééé", "e"),
            ("Straße strasse", "ss"),
            ("ĳsbaan IJsbaan", "ij"),
            ("aaaa", "aa"),
            ("💥 boom 💥", "boom"),
            ("no match here", "xyz"),
        ];
        for (text, q) in cases {
            let parts = highlight(text, Field::Title, &SearchQuery::parse(q));
            assert_eq!(joined(&parts), text, "{text:?} / {q:?}");
        }
    }

    #[test]
    fn highlight_marks_every_occurrence_and_overlaps() {
        let parts = highlight("Bos bos BOS", Field::Title, &SearchQuery::parse("bos"));
        assert_eq!(parts.iter().filter(|p| p.matched).count(), 3);
        let parts = highlight(
            "winterweer",
            Field::Title,
            &SearchQuery::parse("winter weer"),
        );
        assert_eq!(parts.len(), 1);
        assert!(parts[0].matched);
    }

    #[test]
    fn ligatures_and_sharp_s_match_both_ways() {
        let hit = |q: &str, title: &str| {
            let doc = Kamervraag {
                title: Some(title.into()),
                ..Kamervraag::default()
            };
            SearchQuery::parse(q).matches(&doc, &SearchText::new(&doc))
        };
        assert!(hit("strasse", "Straße"));
        assert!(hit("Straße", "STRASSE"));
        assert!(hit("ijsbaan", "ĲSBAAN"));
    }
}
