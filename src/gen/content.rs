//! The invented facts of one generated document (who asked what, when, and the
//! answers), before any layout or damage is applied.

use super::rng::Rng;
use super::vocab;
use crate::model::{Date, Footnote, Notice, Person, Position};

/// One question with the paragraphs of its answer.
#[derive(Debug, Clone)]
pub(crate) struct QuestionContent {
    /// The question text on one line, footnote markers glued where wanted.
    pub text: String,
    /// The answer paragraphs (empty when the question has no answer).
    pub paragraphs: Vec<String>,
    /// N when the only paragraph refers to the answer of question N (`Zie antwoord
    /// (op) vraag N` and its variants): the first question referred to.
    pub see_answer: Option<u32>,
    /// Every question the only paragraph refers to, in order.
    pub see_answers: Vec<u32>,
}

/// Everything a document says, independent of its layout.
#[derive(Debug, Clone)]
pub(crate) struct Content {
    /// The valid vraagnummer, e.g. `2023Z41234`.
    pub id: String,
    /// The title (also the question document's full title unless overridden).
    pub title: String,
    /// Ingediend.
    pub submitted: Date,
    /// Beantwoord, when answered.
    pub answered: Option<Date>,
    /// The delay printed in `(na N dagen)` (may differ from the real one on purpose).
    pub stated_delay: Option<i64>,
    /// Indieners.
    pub submitters: Vec<Person>,
    /// Beantwoord door (may be empty even when answered).
    pub answerers: Vec<Person>,
    /// Onderwerpen, sorted.
    pub topics: Vec<String>,
    /// `ah-tk-<vergaderjaar>-<n>` of the answer document, when answered.
    pub answer_doc_id: Option<String>,
    /// Footnotes of the question document, numbered 1..n.
    pub footnotes: Vec<Footnote>,
    /// The questions in order.
    pub questions: Vec<QuestionContent>,
    /// Postponement notices.
    pub notices: Vec<Notice>,
    /// `Volledige titel` of the question document (may be empty).
    pub question_doc_title: String,
    /// `Volledige titel` of the answer document (may be empty).
    pub answer_doc_title: String,
}

/// Knobs for content generation that the variant plan decides.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ContentChoices {
    /// The document has a Beantwoord date.
    pub answered: bool,
    /// The printed delay differs from the computed one.
    pub delay_mismatch: bool,
    /// Print `(na 1 dagen)`: answered the day after.
    pub one_day: bool,
    /// Empty `Beantwoord door`.
    pub empty_answerers: bool,
    /// Empty `Onderwerpen`.
    pub empty_topics: bool,
    /// Number of footnotes to write (0 = no list).
    pub footnotes: usize,
    /// Let one footnote end in ` …` (cut by the page).
    pub footnote_ellipsis: bool,
    /// Write a postponement notice.
    pub notice: bool,
    /// Force a `Zie antwoord vraag N` answer (needs two questions or more).
    pub see_answer: bool,
    /// Force a question without answer in an answered document.
    pub unanswered_question: bool,
    /// Force a submitter list with a party-less person followed by ` , `.
    pub partyless_submitter: bool,
    /// Force an answerer with only a surname.
    pub surname_only_answerer: bool,
    /// Force an answerer with an empty portfolio (`(minister )`).
    pub empty_portfolio: bool,
    /// Empty `Volledige titel` values in the trailer.
    pub empty_trailer_titles: bool,
    /// Allow characters outside Windows-1252 in names.
    pub allow_non_latin1: bool,
    /// Add a word to `Onderwerpen` that is no official topic.
    pub unknown_topic: bool,
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `13 juli 2023`: a date as openkamer prints it.
pub(crate) fn dutch_date(date: Date) -> String {
    date.to_dutch()
}

fn latin1_safe(name: &str) -> bool {
    encoding_rs::WINDOWS_1252.encode(name).2.eq(&false)
}

fn person_name(rng: &mut Rng, surname_only: bool, allow_non_latin1: bool) -> String {
    loop {
        let surname = rng.word(vocab::SURNAMES);
        if surname_only && surname.contains(' ') {
            continue;
        }
        let name = if surname_only {
            capitalise(surname)
        } else {
            format!("{} {}", rng.word(vocab::FIRST_NAMES), surname)
        };
        if allow_non_latin1 || latin1_safe(&name) {
            return name;
        }
    }
}

fn member(rng: &mut Rng, allow_non_latin1: bool) -> Person {
    let surname_only = rng.chance(4);
    let party = if rng.chance(88) {
        Some(rng.word(vocab::PARTIES).to_string())
    } else {
        None
    };
    Person {
        name: person_name(rng, surname_only, allow_non_latin1),
        party,
        positions: Vec::new(),
    }
}

fn position(rng: &mut Rng, empty_portfolio: bool) -> Position {
    let role = rng.word(vocab::ROLES);
    let portfolio = if empty_portfolio || role == "viceminister-president" && rng.chance(80) {
        None
    } else if role == "minister-president" {
        Some("algemene zaken".to_string())
    } else {
        Some(rng.word(vocab::PORTFOLIOS).to_string())
    };
    Position {
        role: role.to_string(),
        portfolio,
    }
}

fn minister(rng: &mut Rng, choices: &ContentChoices) -> Person {
    let surname_only = rng.chance(6);
    let mut positions = Vec::new();
    if rng.chance(85) {
        let empty_portfolio = rng.chance(5);
        positions.push(position(rng, empty_portfolio));
        if rng.chance(15) {
            positions.push(position(rng, false));
        }
    }
    let party = if rng.chance(90) {
        Some(rng.word(vocab::PARTIES).to_string())
    } else {
        None
    };
    Person {
        name: person_name(rng, surname_only, choices.allow_non_latin1),
        party,
        positions,
    }
}

fn sentence_paragraph(rng: &mut Rng) -> String {
    let count = rng.range(1, 8);
    let mut parts = Vec::with_capacity(count);
    for _ in 0..count {
        parts.push(rng.word(vocab::ANSWER_SENTENCES));
    }
    parts.join(" ")
}

fn glue_marker(text: &mut String, footnote: Option<u32>) {
    if let Some(number) = footnote {
        text.push_str(&number.to_string());
    }
}

/// A vergaderjaar such as `20222023` for a date.
fn vergaderjaar(date: Date) -> String {
    let start = if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    };
    format!("{}{}", start, start + 1)
}

/// Invents the content of one document.
pub(crate) fn invent(rng: &mut Rng, choices: &ContentChoices) -> Content {
    let submitted = random_date(rng);
    let year = submitted.year();
    let id = format!("{}Z{:05}", year, rng.range(40_000, 99_999));

    let subject = rng.word(vocab::SUBJECTS);
    let headline = rng.word(vocab::HEADLINES);
    let source = rng.word(vocab::SOURCES);
    let title = match rng.below(5) {
        0 => format!("Het bericht ‘{headline}’"),
        4 => format!("Het bericht \"{headline}\""),
        1 => format!("Het artikel “{headline}” in {source}"),
        2 => format!("{}.", capitalise(subject)),
        _ => capitalise(subject),
    };

    let (answered, stated_delay) = if choices.answered {
        let delay = if choices.one_day {
            1
        } else if rng.chance(70) {
            rng.range(7, 70) as i64
        } else {
            rng.range(2, 200) as i64
        };
        let answered = submitted.add_days(delay);
        let stated = if choices.delay_mismatch {
            delay + rng.range(1, 5) as i64
        } else {
            delay
        };
        (Some(answered), Some(stated))
    } else {
        (None, None)
    };

    let submitter_count = match rng.below(10) {
        0..=5 => 1,
        6..=7 => 2,
        8 => rng.range(3, 5),
        _ => rng.range(6, 9),
    };
    let mut submitters: Vec<Person> = (0..submitter_count)
        .map(|_| member(rng, choices.allow_non_latin1))
        .collect();
    if choices.partyless_submitter {
        if submitters.len() < 2 {
            submitters.push(member(rng, choices.allow_non_latin1));
        }
        if let Some(first) = submitters.first_mut() {
            first.party = None;
        }
    }

    let mut answerers = Vec::new();
    if choices.answered && !choices.empty_answerers {
        let count = match rng.below(10) {
            0..=6 => 1,
            7..=8 => 2,
            _ => 3,
        };
        for _ in 0..count {
            answerers.push(minister(rng, choices));
        }
        if choices.surname_only_answerer {
            if let Some(first) = answerers.first_mut() {
                first.name = person_name(rng, true, choices.allow_non_latin1);
                first.positions.clear();
                first.party = None;
            }
        }
        if choices.empty_portfolio {
            if let Some(last) = answerers.last_mut() {
                last.positions = vec![
                    Position {
                        role: "viceminister-president".into(),
                        portfolio: None,
                    },
                    Position {
                        role: rng
                            .word(&["minister", "minister zonder portefeuille"])
                            .into(),
                        portfolio: None,
                    },
                ];
                if rng.chance(50) {
                    last.positions.remove(0);
                }
            }
        }
    }

    let mut topics = Vec::new();
    if !choices.empty_topics {
        let count = rng.range(1, 5);
        for _ in 0..count {
            let topic = rng.word(vocab::TOPICS).to_string();
            if !topics.contains(&topic) {
                topics.push(topic);
            }
        }
        if choices.unknown_topic {
            topics.push(rng.word(vocab::UNKNOWN_TOPICS).to_string());
        }
        topics.sort();
    }

    let mut footnotes = Vec::new();
    for number in 1..=choices.footnotes as u32 {
        let src = rng.word(vocab::SOURCES);
        let when = dutch_date(submitted.add_days(-(rng.range(1, 20) as i64)));
        let text = match rng.below(3) {
            0 => format!("{src}, {when}."),
            1 => format!(
                "{src}, {when}, «{}» (www.voorbeeld-nieuws.nl/artikel/{})",
                rng.word(vocab::HEADLINES),
                rng.range(1000, 99_999)
            ),
            _ => format!(
                "Kamerstuk {} {:03}, nr. {}",
                rng.range(21, 36),
                rng.range(1, 999),
                rng.range(1, 300)
            ),
        };
        footnotes.push(Footnote { number, text });
    }
    if choices.footnote_ellipsis {
        if let Some(last) = footnotes.last_mut() {
            last.text.push_str(" …");
        }
    }

    let question_count = if choices.see_answer || choices.unanswered_question {
        rng.range(3, 8)
    } else {
        rng.range(1, 8)
    };
    let mut questions = Vec::with_capacity(question_count);
    let mut next_marker = 1u32;
    for index in 0..question_count {
        let marker = if (next_marker as usize) <= footnotes.len() && (index == 0 || rng.chance(40))
        {
            let m = next_marker;
            next_marker += 1;
            Some(m)
        } else {
            None
        };
        let mut text = if index == 0 {
            let mut t = format!("Bent u bekend met het bericht «{headline}» in {source}?");
            glue_marker(&mut t, marker);
            t
        } else {
            let opening = rng.word(vocab::QUESTION_OPENINGS);
            let closing = rng.word(vocab::QUESTION_CLOSINGS);
            match (marker, rng.below(2)) {
                (Some(m), 0) => format!("{opening} de berichtgeving{m} over {subject}{closing}"),
                (Some(m), _) => {
                    format!("{opening} {subject}?{m}Zo nee, waarom niet?")
                }
                (None, _) => format!("{opening} {subject}{closing}"),
            }
        };
        if rng.chance(5) {
            text.push_str(" Bent u bekend met het rapport 2024 over Covid-19?");
        }
        questions.push(QuestionContent {
            text,
            paragraphs: Vec::new(),
            see_answer: None,
            see_answers: Vec::new(),
        });
    }

    if choices.answered {
        for index in 0..questions.len() {
            let paragraphs = if index == 0 && rng.chance(50) {
                vec![rng.word(vocab::SHORT_ANSWERS).to_string()]
            } else {
                (0..rng.range(1, 3))
                    .map(|_| sentence_paragraph(rng))
                    .collect()
            };
            if let Some(q) = questions.get_mut(index) {
                q.paragraphs = paragraphs;
            }
        }
        let n = questions.len();
        if n >= 2 && (choices.see_answer || rng.chance(15)) {
            let index = rng.range(1, n - 1);
            let target = rng.range(1, index) as u32;
            if let Some(q) = questions.get_mut(index) {
                // Every form stays under 30 characters, so that no mid-line cut
                // falls inside a reference (which would change what it refers to).
                let (reference, targets) = match rng.below(6) {
                    0 => (format!("Zie antwoord op vraag {target}."), vec![target]),
                    1 => (format!("Zie antwoord vraag {target}"), vec![target]),
                    2 => (format!("zie antwoord vraag {target}."), vec![target]),
                    3 => (format!("Zie het antwoord op vraag {target}"), vec![target]),
                    4 if target >= 3 => (
                        format!("Zie antwoord vraag 1 en {target}."),
                        vec![1, target],
                    ),
                    4 if target == 2 => ("Zie antwoord vraag 1 t/m 2.".to_string(), vec![1, 2]),
                    4 => (format!("Zie antwoord bij vraag {target}."), vec![target]),
                    _ => (format!("Zie antwoord vraag {target}."), vec![target]),
                };
                q.paragraphs = vec![reference];
                q.see_answer = targets.first().copied();
                q.see_answers = targets;
            }
        }
        if n >= 2 && (choices.unanswered_question || rng.chance(10)) {
            // Answered together with the next question: no answer of its own.
            let start = rng.below(n - 1);
            let free = (0..n - 1)
                .map(|step| (start + step) % (n - 1))
                .find(|&i| questions.get(i).is_some_and(|q| q.see_answer.is_none()));
            if let Some(q) = free.and_then(|i| questions.get_mut(i)) {
                q.paragraphs.clear();
                q.see_answer = None;
                q.see_answers.clear();
            }
        }
    }

    let mut notices = Vec::new();
    if choices.notice {
        let latest = answered.map(|a| submitted.days_until(a)).unwrap_or(40);
        let offset = rng.range(1, latest.clamp(1, 40) as usize) as i64;
        notices.push(Notice {
            date: Some(submitted.add_days(offset)),
            text: rng.word(vocab::NOTICE_TEXTS).to_string(),
        });
    }

    let answer_doc_id =
        answered.map(|a| format!("ah-tk-{}-{}", vergaderjaar(a), rng.range(1, 3999)));
    let question_doc_title = if choices.empty_trailer_titles {
        String::new()
    } else {
        title.clone()
    };
    let answer_doc_title = if choices.empty_trailer_titles {
        String::new()
    } else {
        let asker = submitters
            .first()
            .map(|p| p.name.rsplit(' ').next().unwrap_or(&p.name).to_string())
            .unwrap_or_default();
        format!("Antwoord op vragen van het lid {asker} over {subject}")
    };

    Content {
        id,
        title,
        submitted,
        answered,
        stated_delay,
        submitters,
        answerers,
        topics,
        answer_doc_id,
        footnotes,
        questions,
        notices,
        question_doc_title,
        answer_doc_title,
    }
}

/// A date from 2010-01-01 to 2025-10-31.
fn random_date(rng: &mut Rng) -> Date {
    loop {
        // 14_610 = 2010-01-01, 20_392 = 2025-10-31 (days since 1970-01-01).
        if let Some(date) = Date::from_days_since_epoch(rng.range(14_610, 20_392) as i64) {
            return date;
        }
    }
}

/// A date that does not exist in `date`'s year, as openkamer would print it, e.g.
/// `31 april 2023` or `29 februari 2023`.
pub(crate) fn impossible_date_text(rng: &mut Rng, date: Date) -> String {
    let year = date.year();
    loop {
        let month = rng.range(1, 12) as u32;
        let days = crate::model::days_in_month(year, month);
        if days < 31 {
            let day = rng.range(days as usize + 1, 31);
            let name = crate::model::DUTCH_MONTH_NAMES
                .get((month as usize).saturating_sub(1))
                .copied()
                .unwrap_or("februari");
            return format!("{day} {name} {year}");
        }
    }
}
