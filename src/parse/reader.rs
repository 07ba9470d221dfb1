//! The line reader: one pass over the decoded text that fills a [`Kamervraag`].
//!
//! A state machine over the lines: [`Reader::line`] holds every transition (of
//! [`Phase`], [`Current`] and the title rule) in one place; the shape of each line
//! comes from the pure classifiers in [`super::classify`], and the other methods only
//! fill the document and report diagnostics.
//!
//! The document starts at the first `Kamervraag <vraagnummer>` heading or header-label
//! line (found by [`super::classify::find_start`]); lines before it are page
//! navigation text and are reported as unrecognised. Then:
//!
//! * **Header** (until the first bullet): the heading, the title (the first line after
//!   the heading that is nothing else), label lines (`Ingediend`, `Beantwoord`,
//!   `Indiener(s)`, `Beantwoord door`, `Onderwerpen`, `Bron vraag`, `Bron antwoord`,
//!   with spaces or a tab after the label, or as a Markdown table row
//!   `Label | value |`), table separator rows (`---|---|`, skipped silently) and the
//!   numbered footnote list (`1. text`). In the table layout, any other line ends the
//!   header and starts the answer paragraphs.
//! * **Body**: `• Vraag N` and `• Mededeling - <date>` bullets. Indented lines after a
//!   question bullet are question text until the first blank line, answer paragraphs
//!   after it; indented lines after a notice bullet are its text. Unindented lines are
//!   not part of the openkamer body and are reported as unrecognised.
//! * **Trailer**: from `Kamervraag document nummer:` on, only trailer lines
//!   (`Kamerantwoord document nummer:`, `Volledige titel:`) are read; the rest is
//!   navigation text. `complete` is true exactly when the `Kamervraag document
//!   nummer:` line was reached, even when the trailer is cut after it (a cut title is
//!   reported with `trailer_cut_off`).
//!
//! Table layout (no heading, answers only): the paragraphs are kept, joined with
//! `"\n"`, as the answer of a single question entry with number 1 and empty text, so
//! nothing is lost (see `diagnostics::answers_without_questions`).

use super::classify::{
    is_table_separator, match_bullet, match_footnote, match_heading, match_label, match_trailer,
    see_answers, vraagnummer_after_kv_tk, Bullet, Label, LabelLine, TrailerLine,
};
use super::dates::{parse_stated_delay, read_dutch_date, DateRead};
use super::diagnostics as diag;
use super::is_valid_vraagnummer;
use super::lines::NumberedLines;
use super::persons::parse_person_list;
use super::topics::{is_official_topic, split_topics};
use crate::model::{Date, Diagnostic, DocumentRef, Footnote, Format, Kamervraag, Notice, Question};
use crate::stats::notice_in_time;

/// Which part of the document the reader is in. It only moves forward:
/// `BeforeStart` → `Header` → (`TableAnswers` →) `Body` → `Trailer`, skipping parts
/// the text does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Page navigation text before the start line.
    BeforeStart,
    /// The heading, title, label lines and footnotes.
    Header,
    /// The answer paragraphs of the table layout.
    TableAnswers,
    /// The `Vraag` and `Mededeling` bullets with their indented text.
    Body,
    /// From `Kamervraag document nummer:` on.
    Trailer,
}

/// The bullet that indented body lines belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Current {
    /// No bullet, or one that was not understood: indented lines are unrecognised.
    Nothing,
    /// The last question; `blank_seen` turns the following lines from question text
    /// into answer paragraphs (set by the first blank line after some question text).
    Question { blank_seen: bool },
    /// The last notice; lines are its text.
    Notice,
}

/// Which trailer document a `Volledige titel:` line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TrailerPart {
    Question,
    Answer,
}

/// The reader's state while it walks the lines once.
struct Reader<'a> {
    /// The document being filled.
    doc: Kamervraag,
    /// The 1-based number of the line where the document starts (from
    /// [`super::classify::find_start`]).
    start: u32,
    /// The part of the document the last line was in.
    phase: Phase,
    /// The bullet that indented body lines belong to.
    current: Current,
    /// The heading's line and vraagnummer as written (possibly malformed); resolved
    /// against `url_id` and `trailer_id` at the end.
    heading: Option<(u32, &'a str)>,
    /// The line and valid vraagnummer found in the `Bron vraag` URL.
    url_id: Option<(u32, &'a str)>,
    /// The line and valid vraagnummer found in `Kamervraag document nummer:`.
    trailer_id: Option<(u32, &'a str)>,
    /// Whether the next header line that is nothing else is the title: true right
    /// after the heading, false from the first label, footnote or title line on. A
    /// text without a heading therefore has no title.
    title_allowed: bool,
    /// The labels read so far, one bit per [`Label`]: a second one is a duplicate,
    /// and a missing `Ingediend` is reported at the end.
    labels_seen: u8,
    /// The line of `Beantwoord`, where a delay mismatch is reported.
    beantwoord_line: Option<u32>,
    /// Whether the stated delay was compared with the computed one. This happens
    /// once, as soon as both dates are known (`Ingediend` may follow `Beantwoord`).
    delay_checked: bool,
    /// A trailer document-number line still waiting for its `Volledige titel:` line,
    /// with the document it names. Any other non-empty line, or the end of the
    /// text, reports it as `trailer_cut_off`.
    pending_title: Option<(u32, TrailerPart)>,
    /// Table layout: the first answer paragraph's line and all paragraphs joined
    /// with `"\n"`, kept as one question entry's answer when no bullets follow.
    table_answer: Option<(u32, String)>,
    /// The same table-layout paragraphs line by line, reported as unrecognised at
    /// the end when bullets did follow them.
    stray_table_lines: Vec<(u32, &'a str)>,
    /// The last non-empty line, where a cut-off text is reported.
    last_nonempty: Option<u32>,
    /// Line diagnostics found beyond [`diag::MAX_KEPT_DIAGNOSTICS`], counted only.
    left_out: u64,
    /// Table-layout lines beyond the kept `stray_table_lines`, counted only.
    stray_table_lines_beyond: u64,
}

/// Reads the decoded `text`, which starts at line `start` (from
/// [`super::classify::find_start`]).
/// `diagnostics` are the decoding diagnostics, kept first.
pub(crate) fn read(text: &str, start: u32, diagnostics: Vec<Diagnostic>) -> Kamervraag {
    let mut reader = Reader {
        doc: Kamervraag {
            diagnostics,
            ..Kamervraag::default()
        },
        start,
        phase: Phase::BeforeStart,
        current: Current::Nothing,
        heading: None,
        url_id: None,
        trailer_id: None,
        title_allowed: false,
        labels_seen: 0,
        beantwoord_line: None,
        delay_checked: false,
        pending_title: None,
        table_answer: None,
        stray_table_lines: Vec::new(),
        last_nonempty: None,
        left_out: 0,
        stray_table_lines_beyond: 0,
    };
    for (number, line) in NumberedLines::new(text) {
        reader.line(number, line);
    }
    reader.finish()
}

impl<'a> Reader<'a> {
    /// Adds a line diagnostic (of any severity) to the document, or only counts it
    /// once [`diag::MAX_KEPT_DIAGNOSTICS`] are kept.
    fn report(&mut self, diagnostic: Diagnostic) {
        if self.doc.diagnostics.len() < diag::MAX_KEPT_DIAGNOSTICS {
            self.doc.diagnostics.push(diagnostic);
        } else {
            self.left_out += 1;
        }
    }

    /// Adds a diagnostic about the whole document, which is always kept.
    fn report_always(&mut self, diagnostic: Diagnostic) {
        self.doc.diagnostics.push(diagnostic);
    }

    /// Reports `trimmed` as a line that fits no field.
    fn unrecognised(&mut self, number: u32, trimmed: &str) {
        self.report(diag::unrecognised_line(number, trimmed));
    }

    /// Reads one line. This is the state machine: every change of `phase`,
    /// `current` and `title_allowed` happens here, in the order the checks run.
    fn line(&mut self, number: u32, line: &'a str) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            // A blank line after some question text: answer paragraphs follow.
            if self.current == (Current::Question { blank_seen: false })
                && self
                    .doc
                    .questions
                    .last()
                    .is_some_and(|q| !q.text.is_empty())
            {
                self.current = Current::Question { blank_seen: true };
            }
            return;
        }
        self.last_nonempty = Some(number);

        if self.phase == Phase::BeforeStart {
            if number < self.start {
                self.unrecognised(number, trimmed);
                return;
            }
            self.phase = Phase::Header;
            if let Some(id) = match_heading(trimmed) {
                self.heading = Some((number, id));
                self.title_allowed = true;
                return;
            }
        }

        // Trailer lines are read in every phase after the start.
        let trailer = match_trailer(trimmed);
        if let Some((pending_line, _)) = self.pending_title {
            if !matches!(trailer, Some(TrailerLine::FullTitle(_))) {
                self.pending_title = None;
                self.report(diag::trailer_cut_off(pending_line));
            }
        }
        match trailer {
            Some(TrailerLine::QuestionDocument(value)) => {
                self.document_number(number, trimmed, value, TrailerPart::Question);
                self.current = Current::Nothing;
                self.phase = Phase::Trailer;
                return;
            }
            Some(TrailerLine::AnswerDocument(value)) => {
                self.document_number(number, trimmed, value, TrailerPart::Answer);
                self.current = Current::Nothing;
                self.phase = Phase::Trailer;
                return;
            }
            Some(TrailerLine::FullTitle(value)) => {
                self.full_title(number, trimmed, value);
                return;
            }
            None => {}
        }
        if self.phase == Phase::Trailer {
            // Navigation text after the trailer.
            self.unrecognised(number, trimmed);
            return;
        }

        // Header, table answers or body: a bullet starts the body.
        if let Some(bullet) = match_bullet(trimmed) {
            self.phase = Phase::Body;
            self.current = match bullet {
                Bullet::Question(question_number) => {
                    self.add_question(number, question_number);
                    Current::Question { blank_seen: false }
                }
                Bullet::Notice(date_text) => {
                    self.add_notice(number, date_text);
                    Current::Notice
                }
                Bullet::Other => {
                    self.unrecognised(number, trimmed);
                    Current::Nothing
                }
            };
            return;
        }
        match self.phase {
            Phase::Header => {
                if let Some(label_line) = match_label(trimmed) {
                    self.title_allowed = false;
                    self.label(number, label_line);
                } else if is_table_separator(trimmed) {
                    // Table markup, skipped silently.
                } else if self.doc.format == Format::OpenkamerTable {
                    self.phase = Phase::TableAnswers;
                    self.table_answer_line(number, trimmed);
                } else if let Some((footnote_number, text)) = match_footnote(trimmed)
                    // Right after the heading, `12. Een titel` is the title: a
                    // footnote list starts at 1.
                    .filter(|&(n, _)| !(self.title_allowed && n != 1))
                {
                    self.title_allowed = false;
                    self.doc.footnotes.push(Footnote {
                        number: footnote_number,
                        text: text.to_string(),
                    });
                } else if self.title_allowed {
                    self.title_allowed = false;
                    self.doc.title = Some(trimmed.to_string());
                } else {
                    self.unrecognised(number, trimmed);
                }
            }
            Phase::TableAnswers => self.table_answer_line(number, trimmed),
            // `BeforeStart` and `Trailer` lines never get here (see above).
            Phase::Body | Phase::BeforeStart | Phase::Trailer => {
                self.body_line(number, line, trimmed);
            }
        }
    }

    /// A trailer document-number line: `Kamervraag document nummer:` (the question
    /// document; the text is complete) or `Kamerantwoord document nummer:`. A second
    /// one of either is unrecognised.
    fn document_number(&mut self, number: u32, trimmed: &str, value: &'a str, part: TrailerPart) {
        let slot = match part {
            TrailerPart::Question => &mut self.doc.question_document,
            TrailerPart::Answer => &mut self.doc.answer_document,
        };
        if slot.is_some() {
            self.unrecognised(number, trimmed);
            return;
        }
        *slot = Some(DocumentRef {
            id: value.to_string(),
            title: String::new(),
        });
        if part == TrailerPart::Question {
            if let Some(id) = vraagnummer_after_kv_tk(value) {
                self.trailer_id = Some((number, id));
            }
            self.doc.complete = true;
        }
        self.pending_title = Some((number, part));
    }

    /// `Volledige titel:`: the title of the document named on the line before;
    /// unrecognised without one.
    fn full_title(&mut self, number: u32, trimmed: &str, value: &str) {
        let part = self.pending_title.take().map(|(_, part)| part);
        let target = match part {
            Some(TrailerPart::Question) => self.doc.question_document.as_mut(),
            Some(TrailerPart::Answer) => self.doc.answer_document.as_mut(),
            None => None,
        };
        match target {
            Some(document) => document.title = value.to_string(),
            None => {
                self.unrecognised(number, trimmed);
                return;
            }
        }
        // A question-document title that stops inside the document title.
        let title_cut = part == Some(TrailerPart::Question)
            && !value.is_empty()
            && self
                .doc
                .title
                .as_deref()
                .is_some_and(|t| t.len() > value.len() && t.starts_with(value));
        if title_cut {
            self.report(diag::trailer_cut_off(number));
        }
    }

    /// A `Vraag N` bullet: a new question, its number checked against the previous.
    fn add_question(&mut self, number: u32, question_number: u32) {
        let expected = self
            .doc
            .questions
            .last()
            .map_or(1, |q| q.number.saturating_add(1));
        if question_number != expected {
            self.report(diag::question_number_mismatch(
                number,
                expected,
                question_number,
            ));
        }
        self.doc.questions.push(Question {
            number: question_number,
            text: String::new(),
            answer: None,
            see_answer: None,
            see_answers: Vec::new(),
        });
    }

    /// A `Mededeling` bullet: a new notice with its date, reported when it was sent
    /// after the 21-day term (the submission date is read in the header, before).
    fn add_notice(&mut self, number: u32, date_text: &str) {
        let date = self.date_value(number, "Mededeling", date_text);
        if let (Some(submitted), Some(notice)) = (self.doc.submitted, date) {
            if !notice_in_time(Some(submitted), Some(notice)) {
                self.report(diag::notice_after_term(
                    Some(number),
                    submitted.days_until(notice),
                ));
            }
        }
        self.doc.notices.push(Notice {
            date,
            text: String::new(),
        });
    }
    /// Reads a date value with its diagnostics.
    fn date_value(&mut self, number: u32, label: &str, text: &str) -> Option<Date> {
        if text.is_empty() {
            self.report(diag::missing_date(number, label));
            return None;
        }
        match read_dutch_date(text) {
            DateRead::Valid(date) => Some(date),
            DateRead::Impossible => {
                self.report(diag::impossible_date(number, text));
                None
            }
            DateRead::NotADate => {
                self.report(diag::unreadable_date(number, text));
                None
            }
        }
    }

    /// A table-layout answer paragraph.
    fn table_answer_line(&mut self, number: u32, trimmed: &'a str) {
        match &mut self.table_answer {
            Some((_, answer)) => {
                answer.push('\n');
                answer.push_str(trimmed);
            }
            None => self.table_answer = Some((number, trimmed.to_string())),
        }
        if self.stray_table_lines.len() < diag::MAX_KEPT_DIAGNOSTICS {
            self.stray_table_lines.push((number, trimmed));
        } else {
            self.stray_table_lines_beyond += 1;
        }
    }

    /// An openkamer body line: indented text of the current bullet.
    fn body_line(&mut self, number: u32, line: &str, trimmed: &str) {
        let indented = line.starts_with([' ', '\t', '\u{a0}']);
        if !indented {
            self.unrecognised(number, trimmed);
            return;
        }
        match self.current {
            Current::Question { blank_seen } => {
                let Some(question) = self.doc.questions.last_mut() else {
                    return;
                };
                if !blank_seen {
                    if !question.text.is_empty() {
                        question.text.push('\n');
                    }
                    question.text.push_str(trimmed);
                } else {
                    match &mut question.answer {
                        Some(answer) => {
                            answer.push('\n');
                            answer.push_str(trimmed);
                        }
                        None => question.answer = Some(trimmed.to_string()),
                    }
                }
            }
            Current::Notice => {
                if let Some(notice) = self.doc.notices.last_mut() {
                    if !notice.text.is_empty() {
                        notice.text.push('\n');
                    }
                    notice.text.push_str(trimmed);
                }
            }
            Current::Nothing => self.unrecognised(number, trimmed),
        }
    }

    /// A header label line.
    fn label(&mut self, number: u32, line: LabelLine<'a>) {
        // A `|` in a line after the footnote list (a footnote's wrapped text) does not
        // make the page a table: the table layout has no footnote list.
        if line.table && self.doc.footnotes.is_empty() {
            self.doc.format = Format::OpenkamerTable;
        }
        if self.labels_seen & line.label.bit() != 0 {
            self.report(diag::duplicate_field(number, line.label.name()));
            return;
        }
        self.labels_seen |= line.label.bit();
        let value = line.value;
        match line.label {
            Label::Ingediend => {
                self.doc.submitted = self.date_value(number, "Ingediend", value);
                self.check_delay();
            }
            Label::Beantwoord => {
                let (date_text, delay_text) = match value.find('(') {
                    Some(open) => (value[..open].trim(), value[open..].trim()),
                    None => (value, ""),
                };
                self.beantwoord_line = Some(number);
                self.doc.answered = self.date_value(number, "Beantwoord", date_text);
                if !delay_text.is_empty() {
                    self.doc.stated_delay_days = parse_stated_delay(delay_text);
                    if self.doc.stated_delay_days.is_none() {
                        self.report(diag::unreadable_delay(number, delay_text));
                    }
                }
                self.check_delay();
            }
            Label::BeantwoordDoor => self.doc.answerers = parse_person_list(value),
            Label::Indiener => self.doc.submitters = parse_person_list(value),
            Label::Onderwerpen => {
                for topic in split_topics(value) {
                    if !is_official_topic(&topic) {
                        self.report(diag::unknown_topic(number, &topic));
                    }
                    self.doc.topics.push(topic);
                }
            }
            Label::BronVraag => {
                if !value.is_empty() {
                    self.doc.question_url = Some(value.to_string());
                }
                if let Some(id) = vraagnummer_after_kv_tk(value) {
                    self.url_id = Some((number, id));
                }
            }
            Label::BronAntwoord => {
                if !value.is_empty() {
                    self.doc.answer_url = Some(value.to_string());
                }
            }
        }
    }

    /// Computes `delay_days` and compares it with the stated delay, once both dates
    /// are known.
    fn check_delay(&mut self) {
        let (Some(submitted), Some(answered)) = (self.doc.submitted, self.doc.answered) else {
            return;
        };
        let computed = submitted.days_until(answered);
        self.doc.delay_days = Some(computed);
        if self.delay_checked {
            return;
        }
        self.delay_checked = true;
        if let (Some(stated), Some(line)) = (self.doc.stated_delay_days, self.beantwoord_line) {
            if stated != computed {
                self.report(diag::delay_mismatch(line, stated, computed));
            }
        }
    }

    /// The decisions at the end of the text, in the documented order.
    fn finish(mut self) -> Kamervraag {
        if let Some((line, _)) = self.pending_title.take() {
            self.report(diag::trailer_cut_off(line));
        }
        for question in &mut self.doc.questions {
            question.see_answers = question
                .answer
                .as_deref()
                .map(see_answers)
                .unwrap_or_default();
            question.see_answer = question.see_answers.first().copied();
        }
        self.resolve_id();
        if self.labels_seen & Label::Ingediend.bit() == 0 {
            self.report_always(diag::submitted_missing());
        }
        if let Some((line, answer)) = self.table_answer.take() {
            if self.doc.questions.is_empty() {
                self.report_always(diag::answers_without_questions(line));
                self.doc.questions.push(Question {
                    number: 1,
                    text: String::new(),
                    answer: Some(answer),
                    see_answer: None,
                    see_answers: Vec::new(),
                });
            } else {
                for (number, text) in std::mem::take(&mut self.stray_table_lines) {
                    self.report(diag::unrecognised_line(number, text));
                }
                self.left_out += self.stray_table_lines_beyond;
            }
        }
        if !self.doc.complete {
            let last = self.last_nonempty;
            self.report_always(diag::cut_off(last));
        }
        if self.left_out > 0 {
            let left_out = self.left_out;
            self.report_always(diag::diagnostics_left_out(left_out));
        }
        self.doc
    }

    /// The vraagnummer from the heading, `Bron vraag` or the trailer.
    fn resolve_id(&mut self) {
        let other = self.url_id.or(self.trailer_id);
        match self.heading {
            Some((_, heading)) if is_valid_vraagnummer(heading) => {
                self.doc.id = Some(heading.to_string());
                for (line, id) in [self.url_id, self.trailer_id].into_iter().flatten() {
                    if id != heading {
                        self.report_always(diag::id_conflict(line, heading, id));
                    }
                }
            }
            Some((line, heading)) => match other {
                Some((_, id)) => {
                    self.doc.id = Some(id.to_string());
                    self.report_always(diag::id_repaired(line, heading, id));
                }
                None => {
                    self.doc.id = Some(heading.to_string());
                    self.report_always(diag::invalid_id(line, heading));
                }
            },
            None => match other {
                Some((line, id)) => {
                    self.doc.id = Some(id.to_string());
                    if self.doc.format == Format::OpenkamerTable {
                        self.report_always(diag::id_from_table_url(line, id));
                    } else {
                        self.report_always(diag::heading_missing(line, id));
                    }
                }
                None => self.report_always(diag::id_missing()),
            },
        }
    }
}
