//! Reading the official publication formats (`docs/FORMAT.md` §3): answer documents
//! (`ah-tk-…`), postponement notices, question documents (`kv-tk-…`) and the
//! parliament's detail pages, into the same schema `kamervraag/1`.
//!
//! The text is first cut into units ([`parliament::units`]: lines, or rejoined
//! paragraphs for the wrapped detail pages). Then one pass over the units:
//!
//! * **Preamble**, until the first block heading: the header table rows, the detail
//!   page's first line, the `Vragen van …` sentence (submitters, subject as title,
//!   `ingezonden` date), the `Antwoord van …` or `Mededeling van …` sentence (answerers
//!   and `ontvangen` date, or the notice date) and other paragraphs, which are
//!   introductory text kept with question 1.
//! * **Blocks**: `Vraag N` and `Antwoord N` blocks (combined numbers attach the answer
//!   to every question named: the first holds the text, the others `see_answer` it),
//!   `Mededeling` (the notice text), `Toelichting:` (kept with the last question
//!   asked; questions end up in numeric order),
//!   `X Noot` (a footnote), and `Naar boven` or the detail page's `Indieners` block,
//!   which end the document (`complete`).
//!
//! The sentence grammar lives in [`header`], the block headings in [`blocks`]; both are
//! pure classifiers apart from this pass.

mod blocks;
mod header;
mod parliament;

use self::blocks::{lone_number, match_heading, Heading};
use self::header::{
    is_sentence_start, read_questions_sentence, read_reply_sentence, read_table_row, ReplyKind,
    TableRow,
};
use self::parliament::{page_title, units, Unit, SUBMITTERS_BLOCK};
use super::classify::see_answers;
use super::dates::{read_dutch_date, DateRead};
use super::diagnostics as diag;
use super::is_valid_vraagnummer;
use crate::model::{Date, Diagnostic, DocumentRef, Footnote, Format, Kamervraag, Notice, Question};

/// How many leading non-empty lines [`detect`] looks at.
const DETECT_LINES: usize = 8;

/// Whether `text` is one of the official formats: one of its first non-empty lines is
/// a header table caption, a detail page's first line or a `Vragen van …` sentence.
pub(crate) fn detect(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(DETECT_LINES)
        .any(|l| {
            page_title(l).is_some()
                || matches!(read_table_row(l), Some(TableRow::Caption))
                || (l.starts_with("Vragen van ") && read_questions_sentence(l).is_some())
        })
}

/// The block the following paragraphs belong to.
#[derive(Debug)]
enum Section {
    /// Before the first block heading.
    Preamble,
    /// A `Vraag` or `Antwoord` block.
    Numbered {
        answer: bool,
        line: u32,
        numbers: Vec<u32>,
        paragraphs: Vec<String>,
    },
    /// The `Mededeling` text.
    Notice { paragraphs: Vec<String> },
    /// The `Toelichting:` text.
    Explanation { line: u32, paragraphs: Vec<String> },
    /// An `X Noot` footnote.
    Footnote {
        number: Option<u32>,
        paragraphs: Vec<String>,
    },
    /// After `Naar boven` or in the detail page's submitters block.
    Ended,
}

struct Reader {
    doc: Kamervraag,
    section: Section,
    /// Introductory paragraphs waiting for question 1.
    intro: Vec<(u32, String)>,
    page_title: Option<String>,
    reply: Option<ReplyKind>,
    notice_date: Option<Date>,
    last_number: u32,
    last_line: Option<u32>,
}

/// Reads an official text that [`detect`] accepted.
pub(crate) fn read(text: &str, diagnostics: Vec<Diagnostic>) -> Kamervraag {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    let wrapped = first.is_some_and(|l| page_title(l).is_some());
    let mut reader = Reader {
        doc: Kamervraag {
            diagnostics,
            ..Kamervraag::default()
        },
        section: Section::Preamble,
        intro: Vec::new(),
        page_title: None,
        reply: None,
        notice_date: None,
        last_number: 0,
        last_line: None,
    };
    for unit in units(text, wrapped) {
        reader.unit(unit, wrapped);
    }
    reader.finish(wrapped)
}

fn read_date(line: u32, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Date> {
    match read_dutch_date(text) {
        DateRead::Valid(date) => Some(date),
        DateRead::Impossible => {
            diagnostics.push(diag::impossible_date(line, text));
            None
        }
        DateRead::NotADate => {
            diagnostics.push(diag::unreadable_date(line, text));
            None
        }
    }
}

/// The first `First letter upper case` form of a subject.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Reader {
    fn report(&mut self, d: Diagnostic) {
        self.doc.diagnostics.push(d);
    }

    fn unit(&mut self, unit: Unit, wrapped: bool) {
        self.last_line = Some(unit.line);
        let Unit { line, text } = unit;
        if matches!(self.section, Section::Ended) {
            if !self.doc.complete || wrapped {
                return;
            }
            self.report(diag::unrecognised_line(line, &text));
            return;
        }
        if wrapped && text == SUBMITTERS_BLOCK {
            self.close();
            self.doc.complete = true;
            self.section = Section::Ended;
            return;
        }
        if let Some(heading) = match_heading(&text) {
            self.close();
            self.open(heading, line);
            return;
        }
        if let Some(number) = lone_number(&text) {
            match &mut self.section {
                Section::Footnote {
                    number: n @ None, ..
                } => {
                    *n = Some(number);
                    return;
                }
                Section::Numbered { paragraphs, .. }
                | Section::Notice { paragraphs }
                | Section::Explanation { paragraphs, .. }
                | Section::Footnote { paragraphs, .. } => {
                    if let Some(last) = paragraphs.last_mut() {
                        last.push_str(&text);
                        return;
                    }
                }
                _ => {}
            }
        }
        match &mut self.section {
            Section::Preamble => self.preamble(line, text),
            Section::Numbered { paragraphs, .. }
            | Section::Notice { paragraphs }
            | Section::Explanation { paragraphs, .. }
            | Section::Footnote { paragraphs, .. } => paragraphs.push(text),
            Section::Ended => {}
        }
    }

    fn preamble(&mut self, line: u32, text: String) {
        if self.page_title.is_none() && self.doc.submitters.is_empty() {
            if let Some(title) = page_title(&text) {
                self.page_title = Some(title.to_string());
                return;
            }
        }
        if let Some(row) = read_table_row(&text) {
            if let TableRow::Data {
                answer_document,
                id,
            } = row
            {
                if let Some(id) = answer_document {
                    self.doc.answer_document = Some(DocumentRef {
                        id,
                        title: String::new(),
                    });
                }
                if let Some(id) = id {
                    self.doc.question_document = Some(DocumentRef {
                        id: format!("kv-tk-{id}"),
                        title: String::new(),
                    });
                    self.doc.id = Some(id);
                }
            }
            return;
        }
        if text.starts_with("Vragen van ") && self.doc.submitted.is_none() {
            match read_questions_sentence(&text) {
                Some(s) => {
                    self.doc.submitters = s.submitters;
                    self.doc.title = Some(capitalised(&s.subject));
                    if let Some(date) = s.submitted {
                        self.doc.submitted = read_date(line, &date, &mut self.doc.diagnostics);
                    }
                }
                None => self.report(diag::unread_sentence(line, &text)),
            }
            return;
        }
        if is_sentence_start(&text) && self.reply.is_none() {
            match read_reply_sentence(&text) {
                Some(r) => {
                    self.reply = Some(r.kind);
                    let date = read_date(line, &r.date, &mut self.doc.diagnostics);
                    match r.kind {
                        ReplyKind::Answer => {
                            self.doc.answered = date;
                            self.doc.answerers = r.persons;
                        }
                        ReplyKind::Notice => self.notice_date = date,
                    }
                }
                None => self.report(diag::unread_sentence(line, &text)),
            }
            return;
        }
        if text.starts_with("Zie ook Aanhangsel") {
            return;
        }
        self.intro.push((line, text));
    }

    fn open(&mut self, heading: Heading, line: u32) {
        self.section = match heading {
            Heading::Question(numbers) => Section::Numbered {
                answer: false,
                line,
                numbers,
                paragraphs: Vec::new(),
            },
            Heading::Answer(numbers) => Section::Numbered {
                answer: true,
                line,
                numbers,
                paragraphs: Vec::new(),
            },
            Heading::Notice => Section::Notice {
                paragraphs: Vec::new(),
            },
            Heading::Explanation => Section::Explanation {
                line,
                paragraphs: Vec::new(),
            },
            Heading::Footnote => Section::Footnote {
                number: None,
                paragraphs: Vec::new(),
            },
            Heading::End => {
                self.doc.complete = true;
                Section::Ended
            }
        };
    }

    /// Stores the block that ends.
    fn close(&mut self) {
        match std::mem::replace(&mut self.section, Section::Preamble) {
            Section::Preamble | Section::Ended => {}
            Section::Numbered {
                answer: false,
                line,
                numbers,
                paragraphs,
            } => self.add_questions(line, &numbers, paragraphs),
            Section::Numbered {
                answer: true,
                line,
                numbers,
                paragraphs,
            } => self.add_answer(line, &numbers, paragraphs),
            Section::Notice { paragraphs } => self.doc.notices.push(Notice {
                date: self.notice_date,
                text: paragraphs.join("\n"),
            }),
            Section::Explanation { line, paragraphs } => {
                let asked = self.doc.questions.iter_mut().filter(|q| !q.text.is_empty());
                if let Some(last) = asked.max_by_key(|q| q.number) {
                    last.text.push_str("\nToelichting: ");
                    last.text.push_str(&paragraphs.join("\n"));
                    let number = last.number;
                    self.report(diag::prose_attached(line, number));
                } else {
                    let at = line;
                    self.intro.extend(paragraphs.into_iter().map(|p| (at, p)));
                }
            }
            Section::Footnote { number, paragraphs } => {
                let number = number.unwrap_or(self.doc.footnotes.len() as u32 + 1);
                self.doc.footnotes.push(Footnote {
                    number,
                    text: paragraphs.join(" "),
                });
            }
        }
    }

    fn add_questions(&mut self, line: u32, numbers: &[u32], mut paragraphs: Vec<String>) {
        let expected = self.last_number + 1;
        if numbers[0] != expected && !self.doc.questions.iter().any(|q| q.number == numbers[0]) {
            self.report(diag::question_number_mismatch(line, expected, numbers[0]));
        }
        if self.doc.questions.is_empty() && !self.intro.is_empty() {
            let intro = std::mem::take(&mut self.intro);
            let intro_line = intro[0].0;
            let mut text: Vec<String> = intro.into_iter().map(|(_, t)| t).collect();
            if paragraphs.is_empty() {
                paragraphs = text;
            } else {
                text.append(&mut paragraphs);
                paragraphs = text;
                if numbers.len() > 1 {
                    // Keep the per-question split possible: the intro joins the first.
                    let first = paragraphs.remove(0);
                    paragraphs[0] = format!("{first}\n{}", paragraphs[0]);
                }
            }
            self.report(diag::prose_attached(intro_line, numbers[0]));
        }
        let texts: Vec<String> = if numbers.len() > 1 && paragraphs.len() == numbers.len() {
            paragraphs
        } else {
            if numbers.len() > 1 {
                self.report(diag::combined_text_kept(
                    line,
                    numbers[0],
                    numbers.len() as u32,
                ));
            }
            let mut texts = vec![paragraphs.join("\n")];
            texts.resize(numbers.len(), String::new());
            texts
        };
        for (&number, text) in numbers.iter().zip(texts) {
            self.doc.questions.push(Question {
                number,
                text,
                answer: None,
                see_answer: None,
                see_answers: Vec::new(),
            });
        }
        self.last_number = numbers.iter().copied().max().unwrap_or(self.last_number);
    }

    fn add_answer(&mut self, line: u32, numbers: &[u32], paragraphs: Vec<String>) {
        let text = paragraphs.join("\n");
        let first = numbers[0];
        for &number in numbers {
            let (answer, see) = if number == first {
                (text.clone(), see_answers(&text))
            } else {
                (format!("Zie antwoord vraag {first}"), vec![first])
            };
            match self.doc.questions.iter_mut().find(|q| q.number == number) {
                Some(q) => {
                    q.answer = Some(answer);
                    q.see_answer = see.first().copied();
                    q.see_answers = see;
                }
                None => {
                    self.report(diag::answer_without_question(line, number));
                    self.doc.questions.push(Question {
                        number,
                        text: String::new(),
                        answer: Some(answer),
                        see_answer: see.first().copied(),
                        see_answers: see,
                    });
                }
            }
        }
    }

    fn finish(mut self, wrapped: bool) -> Kamervraag {
        self.close();
        if !self.intro.is_empty() {
            for (line, text) in std::mem::take(&mut self.intro) {
                self.report(diag::unrecognised_line(line, &text));
            }
        }
        let doc = &mut self.doc;
        doc.questions.sort_by_key(|q| q.number);
        doc.format = if wrapped {
            Format::ParliamentPage
        } else {
            match self.reply {
                Some(ReplyKind::Answer) => Format::OfficialAnswer,
                Some(ReplyKind::Notice) => Format::OfficialNotice,
                None => Format::OfficialQuestion,
            }
        };
        if self.reply == Some(ReplyKind::Notice) && doc.notices.is_empty() {
            doc.notices.push(Notice {
                date: self.notice_date,
                text: String::new(),
            });
        }
        if doc.title.is_none() {
            doc.title = self.page_title.take();
        }
        if doc.id.is_none() {
            doc.id = doc.notices.iter().find_map(|n| vraagnummer_in(&n.text));
        }
        if let (Some(s), Some(a)) = (doc.submitted, doc.answered) {
            doc.delay_days = Some(s.days_until(a));
        }
        if doc.id.is_none() {
            doc.diagnostics.push(diag::id_missing());
        }
        if doc.submitted.is_none() {
            doc.diagnostics.push(diag::submitted_missing());
        }
        if !doc.complete {
            doc.diagnostics.push(diag::end_not_reached(self.last_line));
        }
        self.doc
    }
}

/// The first vraagnummer written in parentheses in `text`, e.g. `(2021Z00835)`.
fn vraagnummer_in(text: &str) -> Option<String> {
    text.split('(')
        .skip(1)
        .filter_map(|part| part.split(')').next())
        .find(|candidate| is_valid_vraagnummer(candidate))
        .map(str::to_string)
}
