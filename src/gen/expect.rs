//! The expected parse of a generated document, folded from its rendered (and possibly
//! cut) lines: each line's role says which field it fills, so no parsing is involved.
//! Diagnostics are predicted with the parser's own constructors in
//! [`crate::parse::diagnostics`], in the order documented there.

use super::content::Content;
use super::render::{Encoding, Layout, Line, Role, Style};
use crate::model::{
    Diagnostic, DocumentRef, Footnote, Format, Kamervraag, Notice, Question, SCHEMA,
};
use crate::parse::diagnostics as diag;
use crate::stats::notice_in_time;

/// Diagnostics of decoding `bytes` written in `encoding`.
fn decoding_diagnostics(encoding: Encoding, bytes: &[u8]) -> Vec<Diagnostic> {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => {
            let mut out = Vec::new();
            let body = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
                Some(rest) if encoding == Encoding::Utf8Bom => {
                    out.push(diag::utf8_bom_removed());
                    rest
                }
                _ => bytes,
            };
            if let Err(error) = std::str::from_utf8(body) {
                // The generator only breaks UTF-8 by cutting inside the last character.
                let valid = body.get(..error.valid_up_to()).unwrap_or_default();
                if error.error_len().is_none() && !valid.is_ascii() {
                    out.push(diag::incomplete_utf8_at_end());
                }
            }
            out
        }
        Encoding::Utf16Le => vec![diag::decoded_utf16(false)],
        Encoding::Utf16Be => vec![diag::decoded_utf16(true)],
        Encoding::Windows1252 => {
            if std::str::from_utf8(bytes).is_ok() {
                Vec::new()
            } else {
                vec![diag::decoded_windows_1252()]
            }
        }
    }
}

fn line_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

/// The value `parse(bytes)` must return for a document rendered as `lines`.
pub(crate) fn expected(
    content: &Content,
    style: &Style,
    lines: &[Line],
    encoding: Encoding,
    bytes: &[u8],
) -> Kamervraag {
    let mut doc = Kamervraag {
        schema: SCHEMA.to_string(),
        format: if style.layout == Layout::Table {
            Format::OpenkamerTable
        } else {
            Format::Openkamer
        },
        ..Kamervraag::default()
    };
    doc.diagnostics = decoding_diagnostics(encoding, bytes);
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut table_paragraphs: Vec<String> = Vec::new();
    let mut first_table_paragraph_line = None;
    let mut heading_line = None;
    let mut question_url_line = None;
    let mut submitted_seen = false;
    let mut last_non_empty = None;

    for (index, line) in lines.iter().enumerate() {
        let number = line_number(index);
        if !line.text.trim().is_empty() {
            last_non_empty = Some(number);
        }
        let value = line.value();
        match line.role {
            Role::Navigation => doc
                .diagnostics
                .push(diag::unrecognised_line(number, &line.text)),
            Role::Blank | Role::TableSeparator => {}
            Role::Heading => {
                heading_line = Some(number);
                doc.id = Some(value.to_string());
            }
            Role::Title => doc.title = Some(value.to_string()),
            Role::Submitted => {
                submitted_seen = true;
                match &style.submitted_text {
                    Some(printed) => doc.diagnostics.push(diag::impossible_date(number, printed)),
                    None => doc.submitted = Some(content.submitted),
                }
            }
            Role::Answered => {
                doc.answered = content.answered;
                doc.stated_delay_days = content.stated_delay;
                if let (Some(answered), Some(submitted)) = (content.answered, doc.submitted) {
                    let computed = submitted.days_until(answered);
                    doc.delay_days = Some(computed);
                    if let Some(stated) = content.stated_delay {
                        if stated != computed {
                            doc.diagnostics
                                .push(diag::delay_mismatch(number, stated, computed));
                        }
                    }
                }
            }
            Role::Submitters => doc.submitters = content.submitters.clone(),
            Role::Answerers => doc.answerers = content.answerers.clone(),
            Role::Topics => {
                doc.topics = content.topics.clone();
                for topic in &content.topics {
                    if super::vocab::UNKNOWN_TOPICS.contains(&topic.as_str()) {
                        doc.diagnostics.push(diag::unknown_topic(number, topic));
                    }
                }
            }
            Role::QuestionUrl => {
                question_url_line = Some(number);
                doc.question_url = Some(format!(
                    "https://zoek.officielebekendmakingen.nl/kv-tk-{}.html",
                    content.id
                ));
            }
            Role::AnswerUrl => {
                doc.answer_url = content
                    .answer_doc_id
                    .as_ref()
                    .map(|ah| format!("https://zoek.officielebekendmakingen.nl/{ah}.html"));
            }
            Role::Footnote(i) => {
                if let Some(footnote) = content.footnotes.get(i) {
                    doc.footnotes.push(Footnote {
                        number: footnote.number,
                        text: value.to_string(),
                    });
                }
            }
            Role::Bullet(k) => {
                doc.questions.push(Question {
                    number: u32::try_from(k + 1).unwrap_or(u32::MAX),
                    text: String::new(),
                    answer: None,
                    see_answer: None,
                    see_answers: Vec::new(),
                });
                paragraphs.push(Vec::new());
            }
            Role::QuestionText(_) => {
                if let Some(question) = doc.questions.last_mut() {
                    question.text = value.to_string();
                }
            }
            Role::AnswerParagraph(..) => {
                if let Some(list) = paragraphs.last_mut() {
                    list.push(value.to_string());
                }
            }
            Role::NoticeBullet(i) => {
                let date = content.notices.get(i).and_then(|n| n.date);
                if let (Some(submitted), Some(notice)) = (doc.submitted, date) {
                    if !notice_in_time(Some(submitted), Some(notice)) {
                        doc.diagnostics.push(diag::notice_after_term(
                            Some(number),
                            submitted.days_until(notice),
                        ));
                    }
                }
                doc.notices.push(Notice {
                    date,
                    text: String::new(),
                });
            }
            Role::NoticeText(_) => {
                if let Some(notice) = doc.notices.last_mut() {
                    notice.text = value.to_string();
                }
            }
            Role::TableParagraph => {
                first_table_paragraph_line.get_or_insert(number);
                table_paragraphs.push(value.to_string());
            }
            Role::QuestionDocId => {
                doc.complete = true;
                doc.question_document = Some(DocumentRef {
                    id: value.to_string(),
                    title: String::new(),
                });
            }
            Role::QuestionDocTitle => {
                if let Some(reference) = doc.question_document.as_mut() {
                    reference.title = value.to_string();
                }
                let full = doc.title.as_deref().unwrap_or("");
                if !value.is_empty() && value.len() < full.len() && full.starts_with(value) {
                    doc.diagnostics.push(diag::trailer_cut_off(number));
                }
            }
            Role::AnswerDocId => {
                doc.answer_document = Some(DocumentRef {
                    id: value.to_string(),
                    title: String::new(),
                });
            }
            Role::AnswerDocTitle => {
                if let Some(reference) = doc.answer_document.as_mut() {
                    reference.title = value.to_string();
                }
            }
        }
    }

    for ((question, list), source) in doc
        .questions
        .iter_mut()
        .zip(&paragraphs)
        .zip(&content.questions)
    {
        if !list.is_empty() {
            question.answer = Some(list.join("\n"));
            question.see_answer = source.see_answer;
            question.see_answers = source.see_answers.clone();
        }
    }

    // End-of-document diagnostics, in the documented order.
    if let (Some(line), Some(printed)) = (heading_line, style.heading_id.as_deref()) {
        if question_url_line.is_some() || doc.complete {
            doc.diagnostics
                .push(diag::id_repaired(line, printed, &content.id));
            doc.id = Some(content.id.clone());
        } else {
            doc.diagnostics.push(diag::invalid_id(line, printed));
        }
    }
    if style.layout == Layout::Table {
        if let Some(line) = question_url_line {
            doc.id = Some(content.id.clone());
            doc.diagnostics
                .push(diag::id_from_table_url(line, &content.id));
        } else {
            doc.diagnostics.push(diag::id_missing());
        }
    }
    if !submitted_seen {
        doc.diagnostics.push(diag::submitted_missing());
    }
    if let Some(line) = first_table_paragraph_line {
        doc.questions.push(Question {
            number: 1,
            text: String::new(),
            answer: Some(table_paragraphs.join("\n")),
            see_answer: None,
            see_answers: Vec::new(),
        });
        doc.diagnostics.push(diag::answers_without_questions(line));
    }
    if !doc.complete {
        doc.diagnostics.push(diag::cut_off(last_non_empty));
    }
    doc
}
