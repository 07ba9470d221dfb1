//! The line reader: one pass over the decoded text that fills a [`Kamervraag`].
//!
//! The document starts at the first `Kamervraag <vraagnummer>` heading or header-label
//! line (found by [`find_start`]); lines before it are page navigation text and are
//! reported as unrecognised. Then:
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

use super::dates::{parse_stated_delay, read_dutch_date, DateRead};
use super::diagnostics as diag;
use super::is_valid_vraagnummer;
use super::lines::NumberedLines;
use super::persons::parse_person_list;
use super::topics::{is_official_topic, split_topics};
use crate::model::{Date, Diagnostic, DocumentRef, Footnote, Format, Kamervraag, Notice, Question};

/// A header label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Ingediend,
    Beantwoord,
    BeantwoordDoor,
    Indiener,
    Onderwerpen,
    BronVraag,
    BronAntwoord,
}

impl Label {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    fn name(self) -> &'static str {
        match self {
            Label::Ingediend => "Ingediend",
            Label::Beantwoord => "Beantwoord",
            Label::BeantwoordDoor => "Beantwoord door",
            Label::Indiener => "Indiener",
            Label::Onderwerpen => "Onderwerpen",
            Label::BronVraag => "Bron vraag",
            Label::BronAntwoord => "Bron antwoord",
        }
    }
}

/// Label words in matching order (`Beantwoord door` before `Beantwoord`).
const LABELS: &[(&[&str], Label)] = &[
    (&["Beantwoord", "door"], Label::BeantwoordDoor),
    (&["Beantwoord"], Label::Beantwoord),
    (&["Indieners"], Label::Indiener),
    (&["Indiener"], Label::Indiener),
    (&["Ingediend"], Label::Ingediend),
    (&["Onderwerpen"], Label::Onderwerpen),
    (&["Bron", "vraag"], Label::BronVraag),
    (&["Bron", "antwoord"], Label::BronAntwoord),
];

/// A recognised label line: the label, its value and whether it was a table row.
pub(crate) struct LabelLine<'a> {
    pub(crate) label: Label,
    pub(crate) value: &'a str,
    pub(crate) table: bool,
}

/// Reads a header-label line (already trimmed), plain or as a table row.
pub(crate) fn match_label(trimmed: &str) -> Option<LabelLine<'_>> {
    let first = trimmed.as_bytes().first()?;
    if !matches!(first, b'B' | b'I' | b'O' | b'|') {
        return None;
    }
    let (line, leading_pipe) = match trimmed.strip_prefix('|') {
        Some(rest) => (rest.trim_start(), true),
        None => (trimmed, false),
    };
    'labels: for (words, label) in LABELS {
        let mut rest = line;
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                let after_space = rest.trim_start();
                if after_space.len() == rest.len() {
                    continue 'labels;
                }
                rest = after_space;
            }
            match rest.strip_prefix(word) {
                Some(after) => rest = after,
                None => continue 'labels,
            }
        }
        let after_space = rest.trim_start();
        let value = match after_space.as_bytes().first() {
            None => "",
            Some(b'|') => {
                let cell = after_space[1..].trim();
                let cell = cell.strip_suffix('|').unwrap_or(cell).trim();
                return Some(LabelLine {
                    label: *label,
                    value: cell,
                    table: true,
                });
            }
            Some(b':') if after_space.len() == rest.len() => rest[1..].trim(),
            Some(_) if after_space.len() < rest.len() => after_space.trim_end(),
            Some(_) => continue 'labels,
        };
        let value = if leading_pipe {
            value.strip_suffix('|').unwrap_or(value).trim()
        } else {
            value
        };
        return Some(LabelLine {
            label: *label,
            value,
            table: leading_pipe,
        });
    }
    None
}

/// The vraagnummer of a `Kamervraag <vraagnummer>` heading line (trimmed), as written.
/// The number must be one word of ASCII letters and digits holding a digit.
pub(crate) fn match_heading(trimmed: &str) -> Option<&str> {
    let line = trimmed.trim_start_matches('#').trim_start();
    let rest = line.strip_prefix("Kamervraag")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let number = rest.trim();
    let ok = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_alphanumeric())
        && number.bytes().any(|b| b.is_ascii_digit());
    ok.then_some(number)
}

/// A table separator row such as `---|---|` or `| --- | :-: |`.
fn is_table_separator(trimmed: &str) -> bool {
    trimmed.contains('-')
        && trimmed.contains('|')
        && trimmed
            .bytes()
            .all(|b| matches!(b, b'-' | b'|' | b':' | b' ' | b'\t'))
}

/// A footnote line `N. text` (N = 1 to 3 digits): the number and the text.
fn match_footnote(trimmed: &str) -> Option<(u32, &str)> {
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = trimmed[digits..].strip_prefix('.')?;
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let number = trimmed[..digits].parse().ok()?;
    Some((number, rest.trim()))
}

/// A bullet line: the text after the bullet character, when the line has one.
/// `•` always counts; `*`, `-` and `·` only before `Vraag` or `Mededeling`.
fn match_bullet(trimmed: &str) -> Option<&str> {
    if let Some(rest) = trimmed.strip_prefix('•') {
        return Some(rest.trim());
    }
    let rest = trimmed
        .strip_prefix('*')
        .or_else(|| trimmed.strip_prefix('-'))
        .or_else(|| trimmed.strip_prefix('·'))?;
    let rest = rest.trim();
    (rest.starts_with("Vraag") || rest.starts_with("Mededeling")).then_some(rest)
}

/// `Vraag N`: the number.
fn match_question_bullet(text: &str) -> Option<u32> {
    let rest = text.strip_prefix("Vraag")?;
    let number = rest.trim();
    if rest.len() == number.len()
        || number.is_empty()
        || number.len() > 6
        || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    number.parse().ok()
}

/// `Mededeling - <date>`: the date text (possibly empty).
fn match_notice_bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("Mededeling")?;
    if !(rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '-')) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('–'))
        .or_else(|| rest.strip_prefix('—'))
        .unwrap_or(rest);
    Some(rest.trim())
}

/// The valid vraagnummer after `kv-tk-` in a URL or document number, if any.
fn vraagnummer_after_kv_tk(text: &str) -> Option<&str> {
    let at = text.find("kv-tk-")?;
    let rest = &text[at + "kv-tk-".len()..];
    let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let number = &rest[..len];
    is_valid_vraagnummer(number).then_some(number)
}

/// N when `answer` reads `Zie antwoord (op) vraag N` (any case, optional final period).
///
/// Only a whole answer of exactly that form counts; `Zie mijn antwoord bij vraag 2`
/// or a longer paragraph does not.
pub(crate) fn see_answer(answer: &str) -> Option<u32> {
    if answer.len() > 60 {
        return None;
    }
    let lower = answer.trim().to_lowercase();
    let text = lower.strip_suffix('.').unwrap_or(&lower);
    let mut words = text.split_whitespace();
    if words.next() != Some("zie") || words.next() != Some("antwoord") {
        return None;
    }
    let mut word = words.next()?;
    if word == "op" {
        word = words.next()?;
    }
    if word != "vraag" {
        return None;
    }
    let number = words.next()?;
    if words.next().is_some() || number.len() > 6 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok()
}

/// Where the document starts: the first heading or label line, with its 1-based number.
pub(crate) fn find_start(text: &str) -> Option<u32> {
    NumberedLines::new(text).find_map(|(number, line)| {
        let trimmed = line.trim();
        (match_heading(trimmed).is_some() || match_label(trimmed).is_some()).then_some(number)
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    BeforeStart,
    Header,
    TableAnswers,
    Body,
    Trailer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Current {
    Nothing,
    Question { blank_seen: bool },
    Notice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TrailerPart {
    Question,
    Answer,
}

struct Reader<'a> {
    doc: Kamervraag,
    phase: Phase,
    current: Current,
    heading: Option<(u32, &'a str)>,
    url_id: Option<(u32, &'a str)>,
    trailer_id: Option<(u32, &'a str)>,
    title_allowed: bool,
    labels_seen: u8,
    beantwoord_line: Option<u32>,
    delay_checked: bool,
    pending_title: Option<(u32, TrailerPart)>,
    table_answer: Option<(u32, String)>,
    stray_table_lines: Vec<(u32, &'a str)>,
    last_nonempty: Option<u32>,
}

/// Reads the decoded `text`, which starts at line `start` (from [`find_start`]).
/// `diagnostics` are the decoding diagnostics, kept first.
pub(crate) fn read(text: &str, start: u32, diagnostics: Vec<Diagnostic>) -> Kamervraag {
    let mut reader = Reader {
        doc: Kamervraag {
            diagnostics,
            ..Kamervraag::default()
        },
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
    };
    for (number, line) in NumberedLines::new(text) {
        reader.line(number, line, start);
    }
    reader.finish()
}

impl<'a> Reader<'a> {
    fn warn(&mut self, diagnostic: Diagnostic) {
        self.doc.diagnostics.push(diagnostic);
    }

    fn line(&mut self, number: u32, line: &'a str, start: u32) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Current::Question { blank_seen } = &mut self.current {
                let has_text = self
                    .doc
                    .questions
                    .last()
                    .is_some_and(|q| !q.text.is_empty());
                if has_text {
                    *blank_seen = true;
                }
            }
            return;
        }
        self.last_nonempty = Some(number);
        if self.phase == Phase::BeforeStart {
            if number < start {
                self.warn(diag::unrecognised_line(number, trimmed));
                return;
            }
            self.phase = Phase::Header;
            if let Some(id) = match_heading(trimmed) {
                self.heading = Some((number, id));
                self.title_allowed = true;
                return;
            }
        }
        if let Some((pending_line, _)) = self.pending_title {
            if !trimmed.starts_with("Volledige titel:") {
                self.pending_title = None;
                self.warn(diag::trailer_cut_off(pending_line));
            }
        }
        if self.trailer_line(number, trimmed) {
            return;
        }
        if self.phase == Phase::Trailer {
            self.warn(diag::unrecognised_line(number, trimmed));
            return;
        }
        if let Some(bullet) = match_bullet(trimmed) {
            self.bullet(number, bullet, trimmed);
            return;
        }
        match self.phase {
            Phase::Header => self.header_line(number, trimmed),
            Phase::TableAnswers => self.table_answer_line(number, trimmed),
            _ => self.body_line(number, line, trimmed),
        }
    }

    /// Trailer lines, in any phase after the start. Returns whether it was one.
    fn trailer_line(&mut self, number: u32, trimmed: &'a str) -> bool {
        if !matches!(trimmed.as_bytes().first(), Some(b'K' | b'V')) {
            return false;
        }
        if let Some(value) = trimmed.strip_prefix("Kamervraag document nummer:") {
            let value = value.trim();
            if self.doc.question_document.is_some() {
                self.warn(diag::unrecognised_line(number, trimmed));
                return true;
            }
            self.doc.question_document = Some(DocumentRef {
                id: value.to_string(),
                title: String::new(),
            });
            if let Some(id) = vraagnummer_after_kv_tk(value) {
                self.trailer_id = Some((number, id));
            }
            self.doc.complete = true;
            self.pending_title = Some((number, TrailerPart::Question));
            self.finish_current();
            self.phase = Phase::Trailer;
            return true;
        }
        if let Some(value) = trimmed.strip_prefix("Kamerantwoord document nummer:") {
            if self.doc.answer_document.is_some() {
                self.warn(diag::unrecognised_line(number, trimmed));
                return true;
            }
            self.doc.answer_document = Some(DocumentRef {
                id: value.trim().to_string(),
                title: String::new(),
            });
            self.pending_title = Some((number, TrailerPart::Answer));
            self.finish_current();
            self.phase = Phase::Trailer;
            return true;
        }
        if let Some(value) = trimmed.strip_prefix("Volledige titel:") {
            let value = value.trim();
            let part = self.pending_title.take().map(|(_, part)| part);
            let target = match part {
                Some(TrailerPart::Question) => self.doc.question_document.as_mut(),
                Some(TrailerPart::Answer) => self.doc.answer_document.as_mut(),
                None => None,
            };
            match target {
                Some(document) => document.title = value.to_string(),
                None => {
                    self.warn(diag::unrecognised_line(number, trimmed));
                    return true;
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
                self.warn(diag::trailer_cut_off(number));
            }
            return true;
        }
        false
    }

    fn finish_current(&mut self) {
        self.current = Current::Nothing;
    }

    fn bullet(&mut self, number: u32, bullet: &str, trimmed: &str) {
        if self.phase == Phase::TableAnswers || self.phase == Phase::Header {
            self.phase = Phase::Body;
        }
        if let Some(question_number) = match_question_bullet(bullet) {
            let expected = self
                .doc
                .questions
                .last()
                .map_or(1, |q| q.number.saturating_add(1));
            if question_number != expected {
                self.warn(diag::question_number_mismatch(
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
            });
            self.current = Current::Question { blank_seen: false };
        } else if let Some(date_text) = match_notice_bullet(bullet) {
            let date = self.date_value(number, "Mededeling", date_text);
            self.doc.notices.push(Notice {
                date,
                text: String::new(),
            });
            self.current = Current::Notice;
        } else {
            self.warn(diag::unrecognised_line(number, trimmed));
            self.current = Current::Nothing;
        }
    }

    /// Reads a date value with its diagnostics.
    fn date_value(&mut self, number: u32, label: &str, text: &str) -> Option<Date> {
        if text.is_empty() {
            self.warn(diag::missing_date(number, label));
            return None;
        }
        match read_dutch_date(text) {
            DateRead::Valid(date) => Some(date),
            DateRead::Impossible => {
                self.warn(diag::impossible_date(number, text));
                None
            }
            DateRead::NotADate => {
                self.warn(diag::unreadable_date(number, text));
                None
            }
        }
    }

    fn header_line(&mut self, number: u32, trimmed: &'a str) {
        if let Some(label_line) = match_label(trimmed) {
            self.title_allowed = false;
            self.label(number, label_line);
            return;
        }
        if is_table_separator(trimmed) {
            return;
        }
        if self.doc.format == Format::OpenkamerTable {
            self.phase = Phase::TableAnswers;
            self.table_answer_line(number, trimmed);
            return;
        }
        if let Some((footnote_number, text)) = match_footnote(trimmed) {
            self.title_allowed = false;
            self.doc.footnotes.push(Footnote {
                number: footnote_number,
                text: text.to_string(),
            });
            return;
        }
        if self.title_allowed {
            self.title_allowed = false;
            self.doc.title = Some(trimmed.to_string());
            return;
        }
        self.warn(diag::unrecognised_line(number, trimmed));
    }

    fn table_answer_line(&mut self, number: u32, trimmed: &'a str) {
        match &mut self.table_answer {
            Some((_, answer)) => {
                answer.push('\n');
                answer.push_str(trimmed);
            }
            None => self.table_answer = Some((number, trimmed.to_string())),
        }
        self.stray_table_lines.push((number, trimmed));
    }

    fn body_line(&mut self, number: u32, line: &str, trimmed: &str) {
        let indented = line.starts_with([' ', '\t', '\u{a0}']);
        if !indented {
            self.warn(diag::unrecognised_line(number, trimmed));
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
            Current::Nothing => self.warn(diag::unrecognised_line(number, trimmed)),
        }
    }

    fn label(&mut self, number: u32, line: LabelLine<'a>) {
        if line.table {
            self.doc.format = Format::OpenkamerTable;
        }
        if self.labels_seen & line.label.bit() != 0 {
            self.warn(diag::duplicate_field(number, line.label.name()));
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
                        self.warn(diag::unreadable_delay(number, delay_text));
                    }
                }
                self.check_delay();
            }
            Label::BeantwoordDoor => self.doc.answerers = parse_person_list(value),
            Label::Indiener => self.doc.submitters = parse_person_list(value),
            Label::Onderwerpen => {
                for topic in split_topics(value) {
                    if !is_official_topic(&topic) {
                        self.warn(diag::unknown_topic(number, &topic));
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
                self.warn(diag::delay_mismatch(line, stated, computed));
            }
        }
    }

    fn finish(mut self) -> Kamervraag {
        if let Some((line, _)) = self.pending_title.take() {
            self.warn(diag::trailer_cut_off(line));
        }
        for question in &mut self.doc.questions {
            question.see_answer = question.answer.as_deref().and_then(see_answer);
        }
        self.resolve_id();
        if self.labels_seen & Label::Ingediend.bit() == 0 {
            self.warn(diag::submitted_missing());
        }
        if let Some((line, answer)) = self.table_answer.take() {
            if self.doc.questions.is_empty() {
                self.warn(diag::answers_without_questions(line));
                self.doc.questions.push(Question {
                    number: 1,
                    text: String::new(),
                    answer: Some(answer),
                    see_answer: None,
                });
            } else {
                for (number, text) in std::mem::take(&mut self.stray_table_lines) {
                    self.warn(diag::unrecognised_line(number, text));
                }
            }
        }
        if !self.doc.complete {
            let last = self.last_nonempty;
            self.warn(diag::cut_off(last));
        }
        self.doc
    }

    fn resolve_id(&mut self) {
        let other = self.url_id.or(self.trailer_id);
        match self.heading {
            Some((_, heading)) if is_valid_vraagnummer(heading) => {
                self.doc.id = Some(heading.to_string());
                for (line, id) in [self.url_id, self.trailer_id].into_iter().flatten() {
                    if id != heading {
                        self.warn(diag::id_conflict(line, heading, id));
                    }
                }
            }
            Some((line, heading)) => match other {
                Some((_, id)) => {
                    self.doc.id = Some(id.to_string());
                    self.warn(diag::id_repaired(line, heading, id));
                }
                None => {
                    self.doc.id = Some(heading.to_string());
                    self.warn(diag::invalid_id(line, heading));
                }
            },
            None => match other {
                Some((line, id)) => {
                    self.doc.id = Some(id.to_string());
                    if self.doc.format == Format::OpenkamerTable {
                        self.warn(diag::id_from_table_url(line, id));
                    } else {
                        self.warn(diag::heading_missing(line, id));
                    }
                }
                None => self.warn(diag::id_missing()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_plain_tab_and_table() {
        let l = match_label("Ingediend\t13 juli 2023").unwrap();
        assert_eq!(
            (l.label, l.value, l.table),
            (Label::Ingediend, "13 juli 2023", false)
        );
        let l = match_label("Beantwoord door | |").unwrap();
        assert_eq!(
            (l.label, l.value, l.table),
            (Label::BeantwoordDoor, "", true)
        );
        let l = match_label("| Indiener | Jan (SP) |").unwrap();
        assert_eq!(
            (l.label, l.value, l.table),
            (Label::Indiener, "Jan (SP)", true)
        );
        let l = match_label("Beantwoord door").unwrap();
        assert_eq!((l.label, l.value), (Label::BeantwoordDoor, ""));
        let l = match_label("Beantwoord 1 mei 2020 (na 3 dagen)").unwrap();
        assert_eq!(l.label, Label::Beantwoord);
        assert!(match_label("Beantwoorde vragen").is_none());
        assert!(match_label("Bronvraag x").is_none());
    }

    #[test]
    fn headings() {
        assert_eq!(match_heading("Kamervraag 2023Z13670"), Some("2023Z13670"));
        assert_eq!(
            match_heading("Kamervraag\t20011Z03937"),
            Some("20011Z03937")
        );
        assert_eq!(match_heading("Kamervraag document nummer: kv-tk-1"), None);
        assert_eq!(match_heading("Kamervragen 2023Z13670"), None);
        assert_eq!(match_heading("Kamervraag nummer"), None);
    }

    #[test]
    fn see_answer_forms() {
        assert_eq!(see_answer("Zie antwoord vraag 2."), Some(2));
        assert_eq!(see_answer("zie antwoord op vraag 12"), Some(12));
        assert_eq!(see_answer("ZIE ANTWOORD VRAAG 3"), Some(3));
        assert_eq!(see_answer("Zie mijn antwoord bij vraag 2."), None);
        assert_eq!(see_answer("Zie antwoord vraag 2 en 3."), None);
    }

    #[test]
    fn footnotes_and_separators() {
        assert_eq!(
            match_footnote("1. NRC, 10 mei 2010."),
            Some((1, "NRC, 10 mei 2010."))
        );
        assert_eq!(match_footnote("12."), Some((12, "")));
        assert_eq!(match_footnote("2022. Jaar"), None);
        assert_eq!(match_footnote("1.5 miljoen"), None);
        assert!(is_table_separator("---|---|"));
        assert!(is_table_separator("| --- | :-: |"));
        assert!(!is_table_separator("- Vraag 1"));
    }
}
