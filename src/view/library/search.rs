//! Full-text search that ignores case and diacritics: folding text to a plain
//! lower-case form, matching a query of several words, and splitting a text into
//! highlighted and plain parts (so a view can show matches without any HTML).

use crate::model::Kamervraag;
use std::collections::HashSet;

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

/// The text lower-cased and without diacritics, for comparing.
///
/// ```
/// use kamervraag::view::library::fold;
/// assert_eq!(fold("Café Ëindhoven"), "cafe eindhoven");
/// assert_eq!(fold("Straße"), "strasse");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The most words a query keeps: a longer query (say from a crafted link) is cut,
/// so matching and highlighting stay quick.
pub const MAX_QUERY_WORDS: usize = 32;

/// A search query: words that must all occur (folded), in any order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    terms: Vec<String>,
}

impl SearchQuery {
    /// Reads a query typed by a user; words are split on white space, repeated words
    /// count once and only the first [`MAX_QUERY_WORDS`] distinct words are kept.
    ///
    /// ```
    /// use kamervraag::view::library::SearchQuery;
    /// let q = SearchQuery::parse("  Fietspad   GLADHEID ");
    /// assert_eq!(q.terms(), ["fietspad", "gladheid"]);
    /// assert!(SearchQuery::parse("   ").is_empty());
    /// ```
    pub fn parse(text: &str) -> SearchQuery {
        let folded = fold(text);
        let mut seen: HashSet<&str> = HashSet::new();
        let terms = folded
            .split_whitespace()
            .filter(|word| seen.insert(word))
            .take(MAX_QUERY_WORDS)
            .map(str::to_string)
            .collect();
        SearchQuery { terms }
    }

    /// The folded words.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether the query has no words (matches everything).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every word occurs in `folded_text` (a text already passed through [`fold`]).
    ///
    /// ```
    /// use kamervraag::view::library::{fold, SearchQuery};
    /// let text = fold("Gladde fietspaden in de Wintermaanden");
    /// assert!(SearchQuery::parse("winter fietspad").matches_folded(&text));
    /// assert!(!SearchQuery::parse("winter auto").matches_folded(&text));
    /// assert!(SearchQuery::parse("").matches_folded(&text));
    /// ```
    pub fn matches_folded(&self, folded_text: &str) -> bool {
        self.terms.iter().all(|t| folded_text.contains(t.as_str()))
    }

    /// Whether every word occurs in `text` (folded first).
    pub fn matches(&self, text: &str) -> bool {
        self.is_empty() || self.matches_folded(&fold(text))
    }
}

/// One part of a text split by [`highlight`]: a run of plain text or a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSpan<'a> {
    /// The original text of this part.
    pub text: &'a str,
    /// Whether this part matches a query word.
    pub matched: bool,
}

/// Splits `text` into plain and matching parts for `query`; the parts joined give
/// back `text` exactly. Matching ignores case and diacritics.
///
/// ```
/// use kamervraag::view::library::{highlight, SearchQuery};
/// let parts = highlight("Het Café in Zürich", &SearchQuery::parse("cafe zurich"));
/// let shown: Vec<(&str, bool)> = parts.iter().map(|p| (p.text, p.matched)).collect();
/// assert_eq!(
///     shown,
///     [("Het ", false), ("Café", true), (" in ", false), ("Zürich", true)]
/// );
/// ```
pub fn highlight<'a>(text: &'a str, query: &SearchQuery) -> Vec<TextSpan<'a>> {
    if query.is_empty() || text.is_empty() {
        return vec![TextSpan {
            text,
            matched: false,
        }];
    }
    // Fold char by char, remembering for each folded byte the original char's range.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        let end = start + c.len_utf8();
        origin.extend(std::iter::repeat_n((start, end), folded.len() - before));
    }
    // Mark every original byte covered by a match.
    let mut marked = vec![false; text.len()];
    for term in &query.terms {
        let mut from = 0;
        while let Some(pos) = folded.get(from..).and_then(|rest| rest.find(term.as_str())) {
            let begin = from + pos;
            let end = begin + term.len();
            if let (Some(&(o_start, _)), Some(&(_, o_end))) =
                (origin.get(begin), origin.get(end.saturating_sub(1)))
            {
                for flag in marked.iter_mut().take(o_end).skip(o_start) {
                    *flag = true;
                }
            }
            from = begin + term.len().max(1);
        }
    }
    // Cut at char boundaries where the marking changes.
    let mut spans = Vec::new();
    let mut run_start = 0;
    let mut run_marked = marked.first().copied().unwrap_or(false);
    for (i, _) in text.char_indices().skip(1) {
        let m = marked.get(i).copied().unwrap_or(false);
        if m != run_marked {
            if let Some(part) = text.get(run_start..i) {
                spans.push(TextSpan {
                    text: part,
                    matched: run_marked,
                });
            }
            run_start = i;
            run_marked = m;
        }
    }
    if let Some(part) = text.get(run_start..) {
        spans.push(TextSpan {
            text: part,
            matched: run_marked,
        });
    }
    spans
}

/// The searchable text of a document, folded: vraagnummer, title, questions and
/// answers, separated by new lines (so words of different fields do not join).
///
/// ```
/// use kamervraag::view::library::document_search_text;
/// use kamervraag::model::{Kamervraag, Question};
/// let doc = Kamervraag {
///     title: Some("Über Fietsen".into()),
///     questions: vec![Question { number: 1, text: "Waarom?".into(), answer: Some("Daarom.".into()), see_answer: None }],
///     ..Kamervraag::default()
/// };
/// assert_eq!(document_search_text(&doc), "\nuber fietsen\nwaarom?\ndaarom.");
/// ```
pub fn document_search_text(doc: &Kamervraag) -> String {
    let mut text = String::new();
    if let Some(id) = &doc.id {
        text.push_str(&fold(id));
    }
    text.push('\n');
    if let Some(title) = &doc.title {
        text.push_str(&fold(title));
    }
    for q in &doc.questions {
        text.push('\n');
        text.push_str(&fold(&q.text));
        if let Some(answer) = &q.answer {
            text.push('\n');
            text.push_str(&fold(answer));
        }
    }
    text
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
            let parts = highlight(text, &SearchQuery::parse(q));
            assert_eq!(joined(&parts), text, "{text:?} / {q:?}");
        }
    }

    #[test]
    fn highlight_marks_every_occurrence_and_overlaps() {
        let parts = highlight("Bos bos BOS", &SearchQuery::parse("bos"));
        assert_eq!(parts.iter().filter(|p| p.matched).count(), 3);
        let parts = highlight("winterweer", &SearchQuery::parse("winter weer"));
        assert_eq!(parts.len(), 1);
        assert!(parts[0].matched);
    }

    #[test]
    fn ligatures_and_sharp_s_match_both_ways() {
        assert!(SearchQuery::parse("strasse").matches("Straße"));
        assert!(SearchQuery::parse("Straße").matches("STRASSE"));
        assert!(SearchQuery::parse("ijsbaan").matches("ĲSBAAN"));
    }
}
