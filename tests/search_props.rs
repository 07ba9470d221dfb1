//! Property tests of the search: for random queries built from generated documents'
//! own words (words, phrases, exclusions, OR, field scopes, regular expressions), the
//! fast matcher on the folded [`SearchText`] agrees with the naive one that folds each
//! field on its own; highlighting keeps every text intact and marks only what the
//! query looks for in that field.
#![cfg(not(target_arch = "wasm32"))]

use kamervraag::gen::generate;
use kamervraag::model::Kamervraag;
use kamervraag::view::library::{highlight, matches, units, SearchQuery, SearchText};
use proptest::prelude::*;
use std::sync::OnceLock;

const POOL: usize = 60;

struct Corpus {
    docs: Vec<(Kamervraag, SearchText)>,
    /// Runs of one to three neighbouring words of the documents' texts.
    phrases: Vec<String>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut phrases = Vec::new();
        let docs: Vec<(Kamervraag, SearchText)> = generate(POOL, 0x5EA2C4)
            .into_iter()
            .map(|g| {
                let text = SearchText::new(&g.expected);
                (g.expected, text)
            })
            .collect();
        for (doc, _) in &docs {
            for unit in units(doc) {
                let words: Vec<String> = unit
                    .text
                    .split_whitespace()
                    .map(|w| {
                        w.chars()
                            .filter(|c| c.is_alphanumeric())
                            .collect::<String>()
                    })
                    .filter(|w| !w.is_empty())
                    .collect();
                for (i, w) in words.iter().enumerate().step_by(3) {
                    phrases.push(w.clone());
                    if let Some(next) = words.get(i + 1) {
                        phrases.push(format!("{w} {next}"));
                    }
                }
            }
        }
        phrases.sort();
        phrases.dedup();
        Corpus { docs, phrases }
    })
}

/// One term of a query, as typed.
fn term() -> impl Strategy<Value = String> {
    let count = corpus().phrases.len();
    (
        0..count,
        0u8..4,
        prop::sample::select(vec![
            "",
            "",
            "",
            "titel:",
            "vraag:",
            "antwoord:",
            "indiener:",
            "partij:",
            "minister:",
            "onderwerp:",
        ]),
        any::<bool>(),
        0usize..4,
    )
        .prop_map(|(i, kind, scope, negated, cut)| {
            let phrase = &corpus().phrases[i];
            let first = phrase.split(' ').next().unwrap_or(phrase);
            let body = match kind {
                // A word, sometimes only its start.
                0 => {
                    let keep = first.chars().count().saturating_sub(cut).max(1);
                    first.chars().take(keep).collect()
                }
                1 => format!("\"{phrase}\""),
                2 => format!("/{}/", regex_escape(first)),
                _ => format!("/{}|{}/", regex_escape(first), regex_escape(phrase)),
            };
            format!("{}{scope}{body}", if negated { "-" } else { "" })
        })
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~/".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec((term(), prop::bool::weighted(0.2)), 1..4).prop_map(|terms| {
        let mut text = String::new();
        for (i, (t, or)) in terms.iter().enumerate() {
            if i > 0 {
                text.push_str(if *or { " OR " } else { " " });
            }
            text.push_str(t);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn fast_matching_equals_the_naive_one(text in query()) {
        let query = SearchQuery::parse(&text);
        prop_assert!(query.error().is_none(), "{text}: {:?}", query.error());
        for (doc, folded) in &corpus().docs {
            let fast = query.matches(doc, folded);
            prop_assert_eq!(fast, query.matches_naive(doc), "{} on {:?}", text, doc.id);
        }
    }

    #[test]
    fn highlighting_keeps_texts_and_marks_what_was_found(text in query()) {
        let query = SearchQuery::parse(&text);
        for (doc, _) in corpus().docs.iter().take(10) {
            for unit in units(doc) {
                let parts = highlight(unit.text, unit.field, &query);
                let joined: String = parts.iter().map(|p| p.text).collect();
                prop_assert_eq!(joined, unit.text);
            }
            for m in matches(doc, &query) {
                let unit = units(doc)[m.unit];
                prop_assert!(unit.text.is_char_boundary(m.bytes.start) && unit.text.is_char_boundary(m.bytes.end));
                prop_assert_eq!(unit.text[..m.bytes.start].chars().count(), m.chars.start);
                prop_assert!(m.bytes.start < m.bytes.end);
            }
        }
    }
}

#[test]
fn queries_from_the_documents_words_find_their_documents() {
    // Every document is found by a phrase from its own title.
    for (doc, folded) in &corpus().docs {
        let Some(title) = doc.title.as_deref() else {
            continue;
        };
        let words: Vec<&str> = title.split_whitespace().take(2).collect();
        if words.iter().any(|w| w.contains('"')) {
            continue;
        }
        let query = SearchQuery::parse(&format!("titel:\"{}\"", words.join(" ")));
        assert!(query.matches(doc, folded), "{title}");
        assert!(!matches(doc, &query).is_empty(), "{title}");
    }
}
