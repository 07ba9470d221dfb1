//! Invented documents in the official formats (`docs/FORMAT.md` §3): the facts of a
//! generated [`Content`] written as an answer document, a question document, a
//! notice or a parliament detail page, with the parse each must give.
//!
//! The expected value follows from what is written: surnames and portfolios as
//! printed, the subject (first letter upper-cased) as title, `Zie antwoord vraag N`
//! answers with their `see_answer`, and the only diagnostic the texts cause,
//! `id_missing` where no vraagnummer is written.

use super::content::Content;
use crate::model::{Date, Diagnostic, DocumentRef, Format, Kamervraag, Notice, Person, Position};
use crate::parse::diagnostics as diag;

/// Which official text to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OfficialKind {
    /// An `ah-tk-…` answer document with its header table.
    Answer,
    /// A `kv-tk-…` question document with its `Kamervragen zonder Antwoord` table.
    Question,
    /// A notice: the questions with a `Mededeling`.
    Notice,
    /// A tweedekamer.nl detail page with hard-wrapped lines.
    Page,
}

impl OfficialKind {
    /// The variant tag of [`super::FEATURES`].
    pub(crate) fn feature(self) -> &'static str {
        match self {
            OfficialKind::Answer => "official-answer",
            OfficialKind::Question => "official-question",
            OfficialKind::Notice => "official-notice",
            OfficialKind::Page => "parliament-page",
        }
    }
}

/// Width at which detail pages wrap their lines.
const WRAP: usize = 72;

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The members as the questions sentence writes them, and as they read back.
fn members(content: &Content) -> (String, Vec<Person>) {
    let persons: Vec<Person> = content
        .submitters
        .iter()
        .map(|p| Person {
            name: capitalised(&p.name),
            party: p.party.clone(),
            positions: Vec::new(),
        })
        .collect();
    let written: Vec<String> = persons.iter().map(Person::display_with_party).collect();
    let list = match written.split_last() {
        Some((last, [])) => format!("het lid {last}"),
        Some((last, rest)) => format!("de leden {} en {last}", rest.join(", ")),
        None => "het lid Onbekend".to_string(),
    };
    (list, persons)
}

/// The signers as the reply sentence writes them, and as they read back: the role
/// word capitalised, the name, the first portfolio in parentheses.
fn signers(content: &Content) -> (String, Vec<Person>) {
    let mut written = Vec::new();
    let mut persons = Vec::new();
    for p in &content.answerers {
        let position = p.positions.first();
        let role = position
            .map(|pos| pos.role.as_str())
            .filter(|role| {
                [
                    "staatssecretaris",
                    "minister-president",
                    "viceminister-president",
                ]
                .contains(role)
            })
            .unwrap_or("minister");
        let portfolio = position.and_then(|pos| pos.portfolio.clone());
        let name = capitalised(&p.name);
        let mut text = format!("{} {name}", capitalised(role));
        if let Some(portfolio) = &portfolio {
            text.push_str(&format!(" ({portfolio})"));
        }
        written.push(text);
        persons.push(Person {
            name,
            party: None,
            positions: vec![Position {
                role: role.to_string(),
                portfolio,
            }],
        });
    }
    if written.is_empty() {
        // Signed by a post without a name: no answerer reads back.
        written.push("de Minister van Algemene Zaken".to_string());
    }
    (written.join(" en "), persons)
}

/// Whether a detail page's paragraph ending in `previous` is rejoined with the next
/// one starting `next` (it is, unless a sentence ends and a new one starts).
fn rejoined(previous: &str, next: &str) -> bool {
    let ends_sentence = previous.ends_with(['.', '?', '!', ':', '»', '”', ';']);
    !ends_sentence || next.chars().next().is_some_and(char::is_lowercase)
}

/// Paragraphs as a detail page reads them back.
fn page_paragraphs(paragraphs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in paragraphs {
        match out.last_mut() {
            Some(last) if rejoined(last, p) => {
                last.push(' ');
                last.push_str(p);
            }
            _ => out.push(p.clone()),
        }
    }
    out
}

/// Wraps `text` at about [`WRAP`] characters, never where the page reader would
/// start a new paragraph or unit, and never leaving a line that is only a number.
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let breakable = !current.is_empty()
            && current.chars().count() + word.chars().count() >= WRAP
            && rejoined(&current, word)
            && !word.bytes().all(|b| b.is_ascii_digit())
            && ![
                "Vraag",
                "Vragen",
                "Antwoord",
                "Antwoorden",
                "Mededeling",
                "Indieners",
            ]
            .contains(&word);
        if breakable {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    lines.push(current);
    lines
}

/// The blocks of a paragraph: one line each, or wrapped lines on a detail page.
fn push_paragraph(out: &mut Vec<String>, text: &str, page: bool) {
    if page {
        out.extend(wrap(text));
    } else {
        out.push(text.to_string());
        out.push(String::new());
    }
}

fn push_heading(out: &mut Vec<String>, heading: &str, page: bool) {
    out.push(heading.to_string());
    if !page {
        out.push(String::new());
    }
}

/// The text and the expected parse of `content` written as `kind`.
pub(crate) fn write(content: &Content, kind: OfficialKind) -> (String, Kamervraag) {
    let page = kind == OfficialKind::Page;
    let answered =
        matches!(kind, OfficialKind::Answer | OfficialKind::Page) && content.answered.is_some();
    let notice = kind == OfficialKind::Notice;
    let (member_text, submitters) = members(content);
    let (signer_text, answerers) = signers(content);
    let subject = content.title.trim().to_string();
    let mut expected = Kamervraag {
        format: if page {
            Format::ParliamentPage
        } else if answered {
            Format::OfficialAnswer
        } else if notice {
            Format::OfficialNotice
        } else {
            Format::OfficialQuestion
        },
        title: Some(capitalised(&subject)),
        submitted: Some(content.submitted),
        submitters,
        complete: true,
        ..Kamervraag::default()
    };
    let mut out: Vec<String> = Vec::new();
    match kind {
        OfficialKind::Page => {
            let what = if answered {
                "Antwoord schriftelijke vragen"
            } else {
                "Schriftelijke vragen"
            };
            out.push(format!("{what} : {}", capitalised(&subject)));
        }
        OfficialKind::Answer => {
            push_paragraph(&mut out, "Aanhangsel van de Handelingen", false);
            out.push("Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst".into());
            if let Some((years, number)) = content
                .answer_doc_id
                .as_deref()
                .and_then(|id| id.strip_prefix("ah-tk-"))
                .and_then(|rest| rest.split_once('-'))
                .filter(|(years, _)| answered && years.len() == 8)
            {
                out.push(format!(
                    "Tweede Kamer der Staten-Generaal{}-{}{number}",
                    &years[..4],
                    &years[4..]
                ));
                expected.answer_document = Some(DocumentRef {
                    id: format!("ah-tk-{years}-{number}"),
                    title: String::new(),
                });
            }
            out.push(String::new());
        }
        OfficialKind::Question => {
            push_paragraph(&mut out, "Kamervragen zonder Antwoord", false);
            out.push("Datum publicatieOrganisatieVergaderjaarVraagDatum indiening".into());
            out.push(format!(
                "Tweede Kamer der Staten-Generaal2030-2031{}",
                content.id
            ));
            out.push(String::new());
            expected.id = Some(content.id.clone());
            expected.question_document = Some(DocumentRef {
                id: format!("kv-tk-{}", content.id),
                title: String::new(),
            });
        }
        OfficialKind::Notice => {}
    }
    let questions_sentence = format!(
        "Vragen van {member_text} aan de Minister van Algemene Zaken over {subject} (ingezonden {}).",
        content.submitted.to_dutch()
    );
    out.push(questions_sentence);
    if !page {
        out.push(String::new());
    }
    let notice_date: Date = content
        .notices
        .first()
        .and_then(|n| n.date)
        .unwrap_or_else(|| content.submitted.add_days(20));
    if answered {
        let date = content.answered.unwrap_or(content.submitted);
        push_paragraph(
            &mut out,
            &format!(
                "Antwoord van {signer_text} (ontvangen {}).",
                date.to_dutch()
            ),
            page,
        );
        expected.answered = Some(date);
        expected.delay_days = Some(content.submitted.days_until(date));
        expected.answerers = answerers;
    } else if notice {
        push_paragraph(
            &mut out,
            &format!(
                "Mededeling van {signer_text} (ontvangen {}).",
                notice_date.to_dutch()
            ),
            false,
        );
    }
    for (index, q) in content.questions.iter().enumerate() {
        let number = index as u32 + 1;
        push_heading(&mut out, &format!("Vraag {number}"), page);
        push_paragraph(&mut out, &q.text, page);
        let mut question = crate::model::Question {
            number,
            text: q.text.clone(),
            answer: None,
            see_answer: None,
            see_answers: Vec::new(),
        };
        if answered && !q.paragraphs.is_empty() {
            push_heading(&mut out, &format!("Antwoord {number}"), page);
            for p in &q.paragraphs {
                push_paragraph(&mut out, p, page);
            }
            let read = if page {
                page_paragraphs(&q.paragraphs)
            } else {
                q.paragraphs.clone()
            };
            question.answer = Some(read.join("\n"));
            if read.len() == 1 {
                question.see_answer = q.see_answer;
                question.see_answers = q.see_answers.clone();
            }
        }
        expected.questions.push(question);
    }
    if notice {
        let text = format!(
            "{} ({})",
            content.notices.first().map_or(
                "De vragen kunnen niet binnen de termijn worden beantwoord.",
                |n| { n.text.as_str() }
            ),
            content.id
        );
        push_heading(&mut out, "Mededeling", false);
        push_paragraph(&mut out, &text, false);
        expected.notices.push(Notice {
            date: Some(notice_date),
            text,
        });
        expected.id = Some(content.id.clone());
    }
    if !page {
        for footnote in &content.footnotes {
            out.push(String::new());
            out.push("X Noot".into());
            out.push(footnote.number.to_string());
            out.push(String::new());
            push_paragraph(&mut out, &footnote.text, false);
        }
        expected.footnotes = content.footnotes.clone();
        out.push("Naar boven".into());
    } else {
        out.push("Indieners".into());
        out.push("-".into());
        out.push("Indiener".into());
        out.push(format!(
            "{}, Kamerlid",
            expected.submitters.first().map_or("", |p| p.name.as_str())
        ));
    }
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    if expected.id.is_none() {
        diagnostics.push(diag::id_missing());
    }
    expected.diagnostics = diagnostics;
    let mut text = out.join("\n");
    text.push('\n');
    (text, expected)
}
