//! Laying out invented content as text lines (openkamer page or Markdown table), each
//! line tagged with the field it feeds; cutting the text off; encoding it to bytes.

use super::content::{dutch_date, Content};
use crate::model::Person;

/// What a rendered line contributes to the parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Browser page navigation text around the content.
    Navigation,
    /// `Kamervraag <vraagnummer>`.
    Heading,
    /// The title line.
    Title,
    /// An empty line.
    Blank,
    /// `Ingediend <date>`.
    Submitted,
    /// `Beantwoord <date> (na N dagen)`.
    Answered,
    /// `Indiener(s) ...`.
    Submitters,
    /// `Beantwoord door ...`.
    Answerers,
    /// `Onderwerpen ...`.
    Topics,
    /// `Bron vraag <url>`.
    QuestionUrl,
    /// `Bron antwoord <url>`.
    AnswerUrl,
    /// `---|---|` of the table layout.
    TableSeparator,
    /// Footnote `i` (0-based) of the list.
    Footnote(usize),
    /// ` • Vraag N` of question `k` (0-based).
    Bullet(usize),
    /// The text line of question `k`.
    QuestionText(usize),
    /// Paragraph `p` of the answer to question `k`.
    AnswerParagraph(usize, usize),
    /// ` • Mededeling - <date>` of notice `i`.
    NoticeBullet(usize),
    /// The text line of notice `i`.
    NoticeText(usize),
    /// A body paragraph of the table layout (answer paragraphs only).
    TableParagraph,
    /// `Kamervraag document nummer: ...`.
    QuestionDocId,
    /// The first `Volledige titel: ...`.
    QuestionDocTitle,
    /// `Kamerantwoord document nummer: ...`.
    AnswerDocId,
    /// The second `Volledige titel: ...`.
    AnswerDocTitle,
}

impl Role {
    /// Whether the line carries free text that may be cut in the middle.
    pub(crate) fn is_free_text(self) -> bool {
        matches!(
            self,
            Role::Footnote(_)
                | Role::QuestionText(_)
                | Role::AnswerParagraph(..)
                | Role::NoticeText(_)
                | Role::TableParagraph
                | Role::QuestionDocTitle
                | Role::AnswerDocTitle
        )
    }

    /// Whether a cut right after this line leaves a realistic, predictable document
    /// (not right after a bullet or a trailer number, whose value lies on the next line).
    pub(crate) fn may_end_cut_text(self) -> bool {
        !matches!(
            self,
            Role::Bullet(_)
                | Role::NoticeBullet(_)
                | Role::QuestionDocId
                | Role::AnswerDocId
                | Role::Heading
                | Role::Navigation
        )
    }
}

/// One rendered line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The text without line end.
    pub text: String,
    /// What it feeds.
    pub role: Role,
    /// Byte offset where the value starts (after label, indent or number).
    pub value_start: usize,
}

impl Line {
    fn new(text: String, role: Role) -> Line {
        Line {
            text,
            role,
            value_start: 0,
        }
    }

    fn with_value(prefix: &str, value: &str, role: Role) -> Line {
        Line {
            text: format!("{prefix}{value}"),
            role,
            value_start: prefix.len(),
        }
    }

    /// The value part, trimmed as the parser trims it.
    pub(crate) fn value(&self) -> &str {
        self.text.get(self.value_start..).unwrap_or("").trim()
    }
}

/// Which layout the text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// The full openkamer page text.
    Page,
    /// The Markdown table layout (no heading, no title, body = answer paragraphs).
    Table,
    /// Only the heading, then the bullets.
    HeadingThenBullets,
    /// Only the heading, then the footnote list and the bullets.
    HeadingThenFootnotes,
}

/// Layout choices for one document.
#[derive(Debug, Clone)]
pub(crate) struct Style {
    /// The layout.
    pub layout: Layout,
    /// `  • Vraag N` with a 4-space body indent instead of ` • Vraag N` with 2.
    pub deep_bullets: bool,
    /// Per header label: a tab instead of a space after it.
    pub tab_after_label: [bool; 8],
    /// The printed heading number (may be malformed), else the real id.
    pub heading_id: Option<String>,
    /// Navigation lines before the content.
    pub navigation_before: Vec<&'static str>,
    /// Navigation lines after the content.
    pub navigation_after: Vec<&'static str>,
    /// Person index after which the list uses ` , ` (only for persons without party).
    pub stray_comma_space: bool,
    /// Blank lines between the bullets of unanswered questions.
    pub blank_after_unanswered: bool,
    /// Two blank lines (instead of one) before the trailer.
    pub two_blanks_before_trailer: bool,
    /// Write the trailer (the page is not cut off before it).
    pub trailer: bool,
    /// Print this (impossible) date after `Ingediend` instead of the real one.
    pub submitted_text: Option<String>,
}

fn label(name: &str, tab: bool) -> String {
    format!("{name}{}", if tab { '\t' } else { ' ' })
}

/// `Name (role portfolio, role ) (PARTY)` joined with `, ` (or ` , ` after a person
/// without party when `stray` is set), as openkamer prints a person list.
pub(crate) fn person_list(persons: &[Person], stray: bool) -> String {
    let mut out = String::new();
    for (index, person) in persons.iter().enumerate() {
        if index > 0 {
            let previous_bare = persons
                .get(index - 1)
                .is_some_and(|p| p.party.is_none() && p.positions.is_empty());
            out.push_str(if stray && previous_bare { " , " } else { ", " });
        }
        out.push_str(&person.name);
        if !person.positions.is_empty() {
            let posts: Vec<String> = person
                .positions
                .iter()
                .map(|p| format!("{} {}", p.role, p.portfolio.as_deref().unwrap_or("")))
                .collect();
            out.push_str(&format!(" ({})", posts.join(", ")));
        }
        if let Some(party) = &person.party {
            out.push_str(&format!(" ({party})"));
        }
    }
    out
}

const URL_BASE: &str = "https://zoek.officielebekendmakingen.nl/";

/// Renders `content` as lines in the given style.
pub(crate) fn render(content: &Content, style: &Style) -> Vec<Line> {
    let mut lines = Vec::new();
    for nav in &style.navigation_before {
        lines.push(Line::new(nav.to_string(), Role::Navigation));
    }
    if !style.navigation_before.is_empty() {
        lines.push(Line::new(String::new(), Role::Blank));
    }
    match style.layout {
        Layout::Table => render_table(content, &mut lines),
        Layout::Page | Layout::HeadingThenBullets | Layout::HeadingThenFootnotes => {
            render_page(content, style, &mut lines)
        }
    }
    if !style.navigation_after.is_empty() {
        lines.push(Line::new(String::new(), Role::Blank));
        for nav in &style.navigation_after {
            lines.push(Line::new(nav.to_string(), Role::Navigation));
        }
    }
    lines
}

fn render_page(content: &Content, style: &Style, lines: &mut Vec<Line>) {
    let tab = |i: usize| style.tab_after_label.get(i).copied().unwrap_or(false);
    let heading = style.heading_id.as_deref().unwrap_or(&content.id);
    lines.push(Line::with_value("Kamervraag ", heading, Role::Heading));
    lines.push(Line::new(String::new(), Role::Blank));
    let with_header = style.layout == Layout::Page;
    if with_header {
        lines.push(Line::with_value("", &content.title, Role::Title));
        lines.push(Line::new(String::new(), Role::Blank));
        let submitted = style
            .submitted_text
            .clone()
            .unwrap_or_else(|| dutch_date(content.submitted));
        lines.push(Line::with_value(
            &label("Ingediend", tab(0)),
            &submitted,
            Role::Submitted,
        ));
        if let (Some(answered), Some(stated)) = (content.answered, content.stated_delay) {
            lines.push(Line::new(
                format!(
                    "{}{} (na {stated} dagen)",
                    label("Beantwoord", tab(1)),
                    dutch_date(answered)
                ),
                Role::Answered,
            ));
        }
        let submitter_label = if content.submitters.len() == 1 {
            "Indiener"
        } else {
            "Indieners"
        };
        lines.push(Line::new(
            format!(
                "{}{}",
                label(submitter_label, tab(2)),
                person_list(&content.submitters, style.stray_comma_space)
            ),
            Role::Submitters,
        ));
        if content.answered.is_some() {
            let text = if content.answerers.is_empty() {
                "Beantwoord door".to_string()
            } else {
                format!(
                    "{}{}",
                    label("Beantwoord door", tab(3)),
                    person_list(&content.answerers, style.stray_comma_space)
                )
            };
            lines.push(Line::new(text, Role::Answerers));
        }
        let topics = if content.topics.is_empty() {
            "Onderwerpen".to_string()
        } else {
            format!(
                "{}{}",
                label("Onderwerpen", tab(4)),
                content.topics.join(" ")
            )
        };
        lines.push(Line::new(topics, Role::Topics));
        lines.push(Line::new(
            format!(
                "{}{URL_BASE}kv-tk-{}.html",
                label("Bron vraag", tab(5)),
                content.id
            ),
            Role::QuestionUrl,
        ));
        if let Some(ah) = &content.answer_doc_id {
            lines.push(Line::new(
                format!("{}{URL_BASE}{ah}.html", label("Bron antwoord", tab(6))),
                Role::AnswerUrl,
            ));
        }
    }
    if style.layout != Layout::HeadingThenBullets {
        for (index, footnote) in content.footnotes.iter().enumerate() {
            lines.push(Line::with_value(
                &format!("{}. ", footnote.number),
                &footnote.text,
                Role::Footnote(index),
            ));
        }
    }
    let (bullet, indent) = if style.deep_bullets {
        ("  • Vraag ", "    ")
    } else {
        (" • Vraag ", "  ")
    };
    for (index, question) in content.questions.iter().enumerate() {
        lines.push(Line::new(
            format!("{bullet}{}", index + 1),
            Role::Bullet(index),
        ));
        lines.push(Line::with_value(
            indent,
            &question.text,
            Role::QuestionText(index),
        ));
        if question.paragraphs.is_empty() {
            if style.blank_after_unanswered {
                lines.push(Line::new(String::new(), Role::Blank));
            }
            continue;
        }
        lines.push(Line::new(String::new(), Role::Blank));
        for (p, paragraph) in question.paragraphs.iter().enumerate() {
            lines.push(Line::with_value(
                indent,
                paragraph,
                Role::AnswerParagraph(index, p),
            ));
        }
        lines.push(Line::new(String::new(), Role::Blank));
    }
    let notice_bullet = if style.deep_bullets {
        "  • Mededeling - "
    } else {
        " • Mededeling - "
    };
    for (index, notice) in content.notices.iter().enumerate() {
        let date = notice.date.map(dutch_date).unwrap_or_default();
        lines.push(Line::new(
            format!("{notice_bullet}{date}"),
            Role::NoticeBullet(index),
        ));
        lines.push(Line::with_value(
            indent,
            &notice.text,
            Role::NoticeText(index),
        ));
    }
    if !style.trailer {
        return;
    }
    lines.push(Line::new(String::new(), Role::Blank));
    if style.two_blanks_before_trailer {
        lines.push(Line::new(String::new(), Role::Blank));
    }
    lines.push(Line::with_value(
        "Kamervraag document nummer: ",
        &format!("kv-tk-{}", content.id),
        Role::QuestionDocId,
    ));
    lines.push(title_line(
        &content.question_doc_title,
        Role::QuestionDocTitle,
    ));
    if let Some(ah) = &content.answer_doc_id {
        lines.push(Line::with_value(
            "Kamerantwoord document nummer: ",
            ah,
            Role::AnswerDocId,
        ));
        lines.push(title_line(&content.answer_doc_title, Role::AnswerDocTitle));
    }
}

fn title_line(title: &str, role: Role) -> Line {
    if title.is_empty() {
        Line::with_value("Volledige titel:", "", role)
    } else {
        Line::with_value("Volledige titel: ", title, role)
    }
}

fn render_table(content: &Content, lines: &mut Vec<Line>) {
    let row = |name: &str, value: &str| {
        if value.is_empty() {
            format!("{name} | |")
        } else {
            format!("{name} | {value} |")
        }
    };
    lines.push(Line::new(
        row("Ingediend", &dutch_date(content.submitted)),
        Role::Submitted,
    ));
    lines.push(Line::new("---|---|".to_string(), Role::TableSeparator));
    if let (Some(answered), Some(stated)) = (content.answered, content.stated_delay) {
        lines.push(Line::new(
            row(
                "Beantwoord",
                &format!("{} (na {stated} dagen)", dutch_date(answered)),
            ),
            Role::Answered,
        ));
    }
    let submitter_label = if content.submitters.len() == 1 {
        "Indiener"
    } else {
        "Indieners"
    };
    lines.push(Line::new(
        row(submitter_label, &person_list(&content.submitters, false)),
        Role::Submitters,
    ));
    if content.answered.is_some() {
        lines.push(Line::new(
            row("Beantwoord door", &person_list(&content.answerers, false)),
            Role::Answerers,
        ));
    }
    lines.push(Line::new(
        row("Onderwerpen", &content.topics.join(" ")),
        Role::Topics,
    ));
    lines.push(Line::new(
        row(
            "Bron vraag",
            &format!("{URL_BASE}kv-tk-{}.html", content.id),
        ),
        Role::QuestionUrl,
    ));
    if let Some(ah) = &content.answer_doc_id {
        lines.push(Line::new(
            row("Bron antwoord", &format!("{URL_BASE}{ah}.html")),
            Role::AnswerUrl,
        ));
    }
    // `Zie antwoord vraag N` paragraphs are left out: without bullets they would be
    // meaningless in the one combined answer.
    for question in content.questions.iter().filter(|q| q.see_answer.is_none()) {
        for paragraph in &question.paragraphs {
            lines.push(Line::with_value("", paragraph, Role::TableParagraph));
        }
    }
}

/// How the text is cut off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cut {
    /// After line `index` (0-based), keeping it whole.
    AfterLine(usize),
    /// Inside line `index`, keeping its first `byte` bytes.
    InsideLine(usize, usize),
}

/// Applies a cut: the kept lines, the last one possibly shortened.
pub(crate) fn apply_cut(lines: &mut Vec<Line>, cut: Cut) {
    match cut {
        Cut::AfterLine(index) => lines.truncate(index + 1),
        Cut::InsideLine(index, byte) => {
            lines.truncate(index + 1);
            if let Some(last) = lines.last_mut() {
                if last.text.is_char_boundary(byte) {
                    last.text.truncate(byte);
                }
            }
        }
    }
}

/// Line ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineEnd {
    /// `\n`.
    Lf,
    /// `\r\n`.
    CrLf,
    /// `\r`.
    Cr,
}

impl LineEnd {
    fn as_str(self) -> &'static str {
        match self {
            LineEnd::Lf => "\n",
            LineEnd::CrLf => "\r\n",
            LineEnd::Cr => "\r",
        }
    }
}

/// Joins lines with the line end, with or without a final one.
pub(crate) fn join(lines: &[Line], end: LineEnd, final_end: bool) -> String {
    let mut text = String::new();
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            text.push_str(end.as_str());
        }
        text.push_str(&line.text);
    }
    if final_end && !lines.is_empty() {
        text.push_str(end.as_str());
    }
    text
}

/// The byte encoding of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// UTF-8 without byte-order mark.
    Utf8,
    /// UTF-8 with byte-order mark.
    Utf8Bom,
    /// UTF-16 little endian with byte-order mark.
    Utf16Le,
    /// UTF-16 big endian with byte-order mark.
    Utf16Be,
    /// Windows-1252 (callers make sure every character is representable).
    Windows1252,
}

/// Encodes `text`; `None` when a character cannot be represented (Windows-1252).
pub(crate) fn encode(text: &str, encoding: Encoding) -> Option<Vec<u8>> {
    match encoding {
        Encoding::Utf8 => Some(text.as_bytes().to_vec()),
        Encoding::Utf8Bom => {
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend_from_slice(text.as_bytes());
            Some(bytes)
        }
        Encoding::Utf16Le => {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in text.encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            Some(bytes)
        }
        Encoding::Utf16Be => {
            let mut bytes = vec![0xFE, 0xFF];
            for unit in text.encode_utf16() {
                bytes.extend_from_slice(&unit.to_be_bytes());
            }
            Some(bytes)
        }
        Encoding::Windows1252 => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
            if unmappable {
                None
            } else {
                Some(bytes.into_owned())
            }
        }
    }
}
