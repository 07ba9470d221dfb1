//! What the document view shows, decided once for the app's document page and every
//! embedded view: the delay in words (as a [`Delay`] the screen puts into words), an
//! answerer with posts and party, what stands in place of each answer, the ids that
//! footnote and answer links jump to, and which source links are safe to show.

use crate::model::{Kamervraag, Person, Question};
use crate::stats::{DocumentFacts, Status};
use crate::view::url::web_link;

/// The delay of a document, with the figures its wording needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delay {
    /// Answered after the term: `days` in all, `late` past the `term`.
    Late { days: i64, late: i64, term: i64 },
    /// Answered within the term.
    OnTime { days: i64, term: i64 },
    /// Unanswered and past the term on the reference date.
    Overdue { age: i64, overdue: i64, term: i64 },
    /// Unanswered and still within the term, with `left` days to go.
    Open { age: i64, term: i64, left: i64 },
    /// No submission date, so no delay.
    Unknown,
}

impl Delay {
    /// The delay described by a document's facts.
    ///
    /// ```
    /// use kamervraag::model::{Date, Kamervraag};
    /// use kamervraag::stats::DocumentFacts;
    /// use kamervraag::view::document::Delay;
    /// let doc = Kamervraag {
    ///     submitted: Date::from_ymd(2023, 7, 13),
    ///     answered: Date::from_ymd(2023, 9, 15),
    ///     ..Kamervraag::default()
    /// };
    /// let facts = DocumentFacts::new(&doc, Date::from_ymd(2024, 1, 1).unwrap());
    /// assert_eq!(Delay::of(&facts), Delay::Late { days: 64, late: 43, term: 21 });
    /// ```
    pub fn of(facts: &DocumentFacts) -> Delay {
        let term = facts.term_days;
        match (facts.status, facts.delay_days, facts.age_days) {
            (Status::Late, Some(days), _) => Delay::Late {
                days,
                late: facts.days_late.unwrap_or(0),
                term,
            },
            (_, Some(days), _) => Delay::OnTime { days, term },
            (Status::Overdue, None, Some(age)) => Delay::Overdue {
                age,
                overdue: facts.days_overdue.unwrap_or(0),
                term,
            },
            (_, None, Some(age)) => Delay::Open {
                age,
                term,
                left: (term - age).max(0),
            },
            _ => Delay::Unknown,
        }
    }
}

/// The days the delay bar shows: the delay when answered, otherwise the age.
pub fn bar_days(facts: &DocumentFacts) -> Option<i64> {
    facts.delay_days.or(facts.age_days)
}

/// `Name (posts) (PARTY)` of an answerer; posts and party only when known.
///
/// ```
/// use kamervraag::model::{Person, Position};
/// use kamervraag::view::document::person_with_posts;
/// let person = Person {
///     name: "De Vries".into(),
///     party: Some("VVD".into()),
///     positions: vec![Position { role: "minister".into(), portfolio: Some("financiën".into()) }],
/// };
/// assert_eq!(person_with_posts(&person), "De Vries (minister financiën) (VVD)");
/// ```
pub fn person_with_posts(person: &Person) -> String {
    let posts: Vec<String> = person
        .positions
        .iter()
        .map(|p| match &p.portfolio {
            Some(portfolio) => format!("{} {portfolio}", p.role),
            None => p.role.clone(),
        })
        .collect();
    let mut text = person.name.clone();
    if !posts.is_empty() {
        text.push_str(&format!(" ({})", posts.join(", ")));
    }
    if let Some(party) = &person.party {
        text.push_str(&format!(" ({party})"));
    }
    text
}

/// What stands in the place of one question's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerShown<'a> {
    /// The answer is given with question `n` (`Zie antwoord vraag n`).
    SeeAnswer(u32),
    /// The answer's paragraphs.
    Paragraphs(Vec<&'a str>),
    /// The document is answered, but this question has no answer of its own.
    NoOwnAnswer,
    /// The document is not answered (yet).
    NoAnswer,
}

impl<'a> AnswerShown<'a> {
    /// What to show for `question` of a document that is (or is not) `answered`.
    ///
    /// ```
    /// use kamervraag::model::Question;
    /// use kamervraag::view::document::AnswerShown;
    /// let q = Question { number: 1, text: "Klopt dit?".into(), answer: Some("Ja.\nZeker.".into()), see_answer: None };
    /// assert_eq!(AnswerShown::of(&q, true), AnswerShown::Paragraphs(vec!["Ja.", "Zeker."]));
    /// ```
    pub fn of(question: &'a Question, answered: bool) -> AnswerShown<'a> {
        match (&question.answer, question.see_answer) {
            (_, Some(n)) => AnswerShown::SeeAnswer(n),
            (Some(text), None) => AnswerShown::Paragraphs(text.split('\n').collect()),
            (None, None) if answered => AnswerShown::NoOwnAnswer,
            (None, None) => AnswerShown::NoAnswer,
        }
    }
}

/// The id of the answer to question `n` in the page.
///
/// ```
/// assert_eq!(kamervraag::view::document::answer_anchor(2), "antwoord-2");
/// ```
pub fn answer_anchor(n: u32) -> String {
    format!("antwoord-{n}")
}

/// The id of footnote `n` in the page.
///
/// ```
/// assert_eq!(kamervraag::view::document::footnote_anchor(3), "voetnoot-3");
/// ```
pub fn footnote_anchor(n: u32) -> String {
    format!("voetnoot-{n}")
}

/// The element ids of numbered items (answers, footnotes) in the order shown:
/// `prefix-N` for the first item numbered N, so links to `#prefix-N` reach it, and
/// `prefix-N-2`, `prefix-N-3`, … for repeats of that number, so every id is unique
/// even when the document repeats a number.
///
/// ```
/// use kamervraag::view::document::numbered_ids;
/// assert_eq!(
///     numbered_ids("antwoord", [1, 2, 1, 1]),
///     vec!["antwoord-1", "antwoord-2", "antwoord-1-2", "antwoord-1-3"]
/// );
/// ```
pub fn numbered_ids(prefix: &str, numbers: impl IntoIterator<Item = u32>) -> Vec<String> {
    let mut seen: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
    numbers
        .into_iter()
        .map(|n| {
            let count = seen.entry(n).or_insert(0);
            *count += 1;
            match *count {
                1 => format!("{prefix}-{n}"),
                repeat => format!("{prefix}-{n}-{repeat}"),
            }
        })
        .collect()
}

/// The ids of a document's answers, one per question in order (see [`numbered_ids`]);
/// the first answer numbered N has [`answer_anchor`]`(N)`.
pub fn answer_ids(doc: &Kamervraag) -> Vec<String> {
    numbered_ids("antwoord", doc.questions.iter().map(|q| q.number))
}

/// The ids of a document's footnotes, one per footnote in order (see
/// [`numbered_ids`]); the first footnote numbered N has [`footnote_anchor`]`(N)`.
pub fn footnote_ids(doc: &Kamervraag) -> Vec<String> {
    numbered_ids("voetnoot", doc.footnotes.iter().map(|f| f.number))
}

/// Which source a link points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// The `Bron vraag` URL.
    Question,
    /// The `Bron antwoord` URL.
    Answer,
}

/// The source links of a document that are safe to show (http(s) only, see
/// [`web_link`]), question first.
pub fn source_links(doc: &Kamervraag) -> Vec<(SourceKind, &str)> {
    [
        (SourceKind::Question, &doc.question_url),
        (SourceKind::Answer, &doc.answer_url),
    ]
    .into_iter()
    .filter_map(|(kind, url)| url.as_deref().and_then(web_link).map(|url| (kind, url)))
    .collect()
}

/// The title line of a document: its title, else its vraagnummer.
pub fn title_of(doc: &Kamervraag) -> Option<&str> {
    doc.title.as_deref().or(doc.id.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Position};

    fn facts(
        submitted: (i32, u32, u32),
        answered: Option<(i32, u32, u32)>,
        notice: bool,
    ) -> DocumentFacts {
        let date = |(y, m, d)| Date::from_ymd(y, m, d);
        let mut doc = Kamervraag {
            submitted: date(submitted),
            answered: answered.and_then(date),
            ..Kamervraag::default()
        };
        if notice {
            doc.notices.push(crate::model::Notice {
                date: None,
                text: "Uitstel.".into(),
            });
        }
        DocumentFacts::new(&doc, Date::from_ymd(2024, 3, 1).unwrap())
    }

    #[test]
    fn delay_covers_every_status() {
        assert_eq!(
            Delay::of(&facts((2024, 1, 1), Some((2024, 1, 11)), false)),
            Delay::OnTime { days: 10, term: 21 }
        );
        assert_eq!(
            Delay::of(&facts((2024, 1, 1), Some((2024, 2, 10)), false)),
            Delay::Late {
                days: 40,
                late: 19,
                term: 21
            }
        );
        assert_eq!(
            Delay::of(&facts((2024, 2, 20), None, false)),
            Delay::Open {
                age: 10,
                term: 21,
                left: 11
            }
        );
        assert_eq!(
            Delay::of(&facts((2024, 1, 1), None, false)),
            Delay::Overdue {
                age: 60,
                overdue: 39,
                term: 21
            }
        );
        let unknown =
            DocumentFacts::new(&Kamervraag::default(), Date::from_ymd(2024, 3, 1).unwrap());
        assert_eq!(Delay::of(&unknown), Delay::Unknown);
        assert_eq!(bar_days(&unknown), None);
    }

    #[test]
    fn a_notice_extends_the_term_in_the_wording() {
        assert_eq!(
            Delay::of(&facts((2024, 1, 1), Some((2024, 2, 10)), true)),
            Delay::OnTime { days: 40, term: 42 }
        );
    }

    #[test]
    fn person_with_posts_lists_every_post_then_the_party() {
        let bare = Person {
            name: "Jansen".into(),
            party: None,
            positions: vec![],
        };
        assert_eq!(person_with_posts(&bare), "Jansen");
        let two = Person {
            name: "Bakker".into(),
            party: Some("CDA".into()),
            positions: vec![
                Position {
                    role: "minister".into(),
                    portfolio: Some("defensie".into()),
                },
                Position {
                    role: "minister zonder portefeuille".into(),
                    portfolio: None,
                },
            ],
        };
        assert_eq!(
            person_with_posts(&two),
            "Bakker (minister defensie, minister zonder portefeuille) (CDA)"
        );
    }

    #[test]
    fn answers_refer_split_or_say_why_they_are_missing() {
        let mut q = Question {
            number: 3,
            text: "En dit?".into(),
            see_answer: Some(2),
            answer: Some("x".into()),
        };
        assert_eq!(AnswerShown::of(&q, true), AnswerShown::SeeAnswer(2));
        q.see_answer = None;
        q.answer = None;
        assert_eq!(AnswerShown::of(&q, true), AnswerShown::NoOwnAnswer);
        assert_eq!(AnswerShown::of(&q, false), AnswerShown::NoAnswer);
    }

    #[test]
    fn only_web_sources_become_links() {
        let doc = Kamervraag {
            question_url: Some("  HTTPS://zoek.example/kv.html".into()),
            answer_url: Some("javascript:alert(1)".into()),
            ..Kamervraag::default()
        };
        assert_eq!(
            source_links(&doc),
            vec![(SourceKind::Question, "HTTPS://zoek.example/kv.html")]
        );
        for bad in [
            "data:text/html,x",
            "vbscript:x",
            "//host/x",
            "\u{1}javascript:x",
        ] {
            let doc = Kamervraag {
                answer_url: Some(bad.into()),
                ..Kamervraag::default()
            };
            assert!(source_links(&doc).is_empty(), "{bad}");
        }
    }

    #[test]
    fn repeated_numbers_get_unique_ids_and_the_first_keeps_the_link_target() {
        let question = |number| Question {
            number,
            text: "Vraag?".into(),
            answer: None,
            see_answer: None,
        };
        let footnote = |number| crate::model::Footnote {
            number,
            text: "Noot.".into(),
        };
        let doc = Kamervraag {
            questions: vec![question(1), question(1), question(2), question(1)],
            footnotes: vec![footnote(3), footnote(3), footnote(1)],
            ..Kamervraag::default()
        };
        let answers = answer_ids(&doc);
        assert_eq!(
            answers,
            vec!["antwoord-1", "antwoord-1-2", "antwoord-2", "antwoord-1-3"]
        );
        assert_eq!(answers[0], answer_anchor(1));
        let notes = footnote_ids(&doc);
        assert_eq!(notes, vec!["voetnoot-3", "voetnoot-3-2", "voetnoot-1"]);
        assert_eq!(notes[0], footnote_anchor(3));
        let many = numbered_ids("x", std::iter::repeat_n(7, 1000));
        let unique: std::collections::HashSet<&String> = many.iter().collect();
        assert_eq!(unique.len(), 1000);
    }

    #[test]
    fn the_title_falls_back_to_the_vraagnummer() {
        let doc = Kamervraag {
            id: Some("2024Z00001".into()),
            ..Kamervraag::default()
        };
        assert_eq!(title_of(&doc), Some("2024Z00001"));
        assert_eq!(title_of(&Kamervraag::default()), None);
    }
}
