//! The parsed Kamervraag, schema `kamervraag/1`: the public data shape that the CLI
//! prints, the JS API returns and exports use. Field names are part of the API.

use super::Date;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The schema identifier written into every document.
pub const SCHEMA: &str = "kamervraag/1";

/// The layout a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Format {
    /// The text of an openkamer.org kamervraag page (`docs/FORMAT.md` §1).
    #[default]
    #[serde(rename = "openkamer")]
    Openkamer,
    /// The same page converted to Markdown with a pipe table (`docs/FORMAT.md` §2).
    #[serde(rename = "openkamer-table")]
    OpenkamerTable,
    /// An answer document of the official publications (`ah-tk-…`): the questions
    /// with the minister's answers (`docs/FORMAT.md` §3).
    #[serde(rename = "official-answer")]
    OfficialAnswer,
    /// A question document of the official publications (`kv-tk-…`): the questions
    /// only (`docs/FORMAT.md` §3).
    #[serde(rename = "official-question")]
    OfficialQuestion,
    /// An official publication of a postponement notice: the questions with a
    /// `Mededeling` instead of answers (`docs/FORMAT.md` §3).
    #[serde(rename = "official-notice")]
    OfficialNotice,
    /// The text of the parliament's own detail page of a Kamervraag, answer, question or
    /// notice, with hard-wrapped lines (`docs/FORMAT.md` §3).
    #[serde(rename = "parliament-page")]
    ParliamentPage,
}

/// One set of written questions with its answers, as read from a text file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kamervraag {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The file name, when known; for a joined document, the first of `sources`.
    pub source: Option<String>,
    /// The layout the text was in.
    pub format: Format,
    /// The vraagnummer, e.g. `2023Z13670`.
    pub id: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// Date of submission (`Ingediend`).
    pub submitted: Option<Date>,
    /// Date of the answer (`Beantwoord`); `None` when unanswered.
    pub answered: Option<Date>,
    /// The printed `(na N dagen)`.
    pub stated_delay_days: Option<i64>,
    /// Recomputed: calendar days from `submitted` to `answered`.
    pub delay_days: Option<i64>,
    /// The members who asked (`Indiener(s)`), in order.
    pub submitters: Vec<Person>,
    /// The ministers who answered (`Beantwoord door`), in order.
    pub answerers: Vec<Person>,
    /// Official topic names (`Onderwerpen`).
    pub topics: Vec<String>,
    /// `Bron vraag` URL.
    pub question_url: Option<String>,
    /// `Bron antwoord` URL.
    pub answer_url: Option<String>,
    /// Footnotes of the question document.
    pub footnotes: Vec<Footnote>,
    /// The numbered questions with their answers.
    pub questions: Vec<Question>,
    /// `Mededeling` notices (postponements).
    pub notices: Vec<Notice>,
    /// Trailer lines 1-2: the question document.
    pub question_document: Option<DocumentRef>,
    /// Trailer lines 3-4: the answer document.
    pub answer_document: Option<DocumentRef>,
    /// Whether the trailer was reached (the text is not cut off).
    pub complete: bool,
    /// Every repair, guess or skipped line.
    pub diagnostics: Vec<Diagnostic>,
    /// The file names of every text this document was read from, in the order they
    /// were joined: one for a document read from one file, several for the question
    /// document, answer document and notices of one Kamervraag joined together (see
    /// `parse::join`). Empty when no file name is known; documents stored without it
    /// read as empty.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A member of parliament or a minister, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Person {
    /// The name as written (may be only a surname).
    pub name: String,
    /// The party short name, e.g. `CU`.
    pub party: Option<String>,
    /// Posts held, e.g. minister of a portfolio.
    pub positions: Vec<Position>,
}

/// A post such as `minister buitenlandse zaken`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Position {
    /// `minister`, `minister zonder portefeuille`, `staatssecretaris`,
    /// `minister-president` or `viceminister-president`.
    pub role: String,
    /// The portfolio, e.g. `volksgezondheid, welzijn en sport`; `None` when empty.
    pub portfolio: Option<String>,
}

/// A numbered footnote of the question document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The footnote number.
    pub number: u32,
    /// The footnote text.
    pub text: String,
}

/// One numbered question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Question {
    /// Position of the question, 1..n.
    pub number: u32,
    /// The question text, footnote markers kept as written.
    pub text: String,
    /// The answer paragraphs joined with `"\n"`; `None` when there is none.
    pub answer: Option<String>,
    /// N when the answer refers to the answer of question N (`Zie antwoord vraag N`,
    /// `Zie het antwoord op vraag N.`, `Zie mijn antwoord bij vraag N.`); for a
    /// reference to several questions, the first of them.
    pub see_answer: Option<u32>,
    /// Every question the answer refers to, in order (`Zie de antwoorden op de
    /// vragen 1 en 2.` gives `[1, 2]`, `… vraag 8 tot en met 11.` gives
    /// `[8, 9, 10, 11]`); empty when it refers to none. Its first element is
    /// `see_answer`. Documents stored without it read as empty.
    #[serde(default)]
    pub see_answers: Vec<u32>,
}

/// A `Mededeling` (postponement notice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The date of the notice.
    pub date: Option<Date>,
    /// The notice text.
    pub text: String,
}

/// A document number with its full title, from the trailer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    /// e.g. `kv-tk-2023Z13670` or `ah-tk-20222023-3650`.
    pub id: String,
    /// The `Volledige titel`, possibly empty.
    pub title: String,
}

/// How serious a diagnostic is. A diagnostic never means failure: a text that
/// cannot be read as a Kamervraag at all gives no document, only the parser's
/// error, so there is no error severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A fact about the input worth knowing (e.g. its encoding).
    Info,
    /// A repair, guess or skipped line.
    Warning,
}

/// A message from the parser about one line or the whole input.
///
/// A diagnostic stored without a `kind` still reads:
///
/// ```
/// use kamervraag::model::{Diagnostic, DiagnosticKind, Severity};
/// let old = r#"{"severity": "warning", "line": 3, "message": "no vraagnummer found"}"#;
/// let d: Diagnostic = serde_json::from_str(old).unwrap();
/// assert_eq!(d.severity, Severity::Warning);
/// assert_eq!(d.kind, DiagnosticKind::Other);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// 1-based line number, when it concerns one line.
    pub line: Option<u32>,
    /// What happened, in plain English words.
    pub message: String,
    /// What happened, as a code with its values, so that a reader can word it in
    /// any language. Documents stored without it read as [`DiagnosticKind::Other`].
    #[serde(default)]
    pub kind: DiagnosticKind,
}

/// What a [`Diagnostic`] reports, one variant per diagnostic the parser emits, with
/// the values its message quotes. Quoted input text is shortened as in the message.
///
/// Serialised as an object with a `code` (the variant name in snake case) and the
/// values as further fields, e.g. `{"code": "delay_mismatch", "stated": 60,
/// "computed": 64}`. A code this version does not know reads as `other`.
///
/// ```
/// use kamervraag::model::DiagnosticKind;
/// let kind = DiagnosticKind::DelayMismatch { stated: 60, computed: 64 };
/// let json = serde_json::to_string(&kind).unwrap();
/// assert_eq!(json, r#"{"code":"delay_mismatch","stated":60,"computed":64}"#);
/// let later: DiagnosticKind = serde_json::from_str(r#"{"code":"from_the_future"}"#).unwrap();
/// assert_eq!(later, DiagnosticKind::Other);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// A UTF-8 byte-order mark was removed.
    Utf8BomRemoved,
    /// The text was decoded as UTF-16 (detected by its byte-order mark).
    DecodedUtf16 {
        /// Big endian (`true`) or little endian.
        big_endian: bool,
    },
    /// The text was not valid UTF-8 and was decoded as Windows-1252.
    DecodedWindows1252,
    /// The text ended inside a UTF-8 character, which was dropped.
    IncompleteUtf8AtEnd,
    /// The UTF-16 text had an odd number of bytes; the last one was dropped.
    IncompleteUtf16AtEnd,
    /// A non-empty line that fits no field was skipped.
    UnrecognisedLine {
        /// The line, trimmed and shortened.
        text: String,
    },
    /// A header label appeared again; the first value is kept.
    DuplicateField {
        /// The label, e.g. `Ingediend`.
        label: String,
    },
    /// A date field has no date.
    MissingDate {
        /// The label, e.g. `Beantwoord`.
        label: String,
    },
    /// A date value that is not a Dutch date; the date is left empty.
    UnreadableDate {
        /// The value as written, trimmed and shortened.
        text: String,
    },
    /// A date that does not exist; the date is left empty.
    ImpossibleDate {
        /// The value as written, trimmed and shortened.
        text: String,
    },
    /// The text after the answer date is not `(na N dagen)`.
    UnreadableDelay {
        /// The text as written, trimmed and shortened.
        text: String,
    },
    /// The stated delay differs from the recomputed one.
    DelayMismatch {
        /// The printed N of `(na N dagen)`.
        stated: i64,
        /// Calendar days from `Ingediend` to `Beantwoord`.
        computed: i64,
    },
    /// A word on the `Onderwerpen` line matches no official topic.
    UnknownTopic {
        /// The word, shortened.
        word: String,
    },
    /// A `Vraag N` bullet whose number is not the expected next one.
    QuestionNumberMismatch {
        /// The number that was expected.
        expected: u32,
        /// The number as written.
        found: u32,
    },
    /// The trailer is cut off (document title missing or incomplete).
    TrailerCutOff,
    /// A malformed vraagnummer in the heading was replaced by a valid one.
    IdRepaired {
        /// The malformed number, shortened.
        from: String,
        /// The valid number used instead.
        to: String,
    },
    /// A malformed vraagnummer was kept as written, no valid one being found.
    InvalidId {
        /// The number as written, shortened.
        text: String,
    },
    /// A vraagnummer differs from the one in the heading, which is kept.
    IdConflict {
        /// The heading's number, shortened.
        heading_id: String,
        /// The number on this line, shortened.
        other_id: String,
    },
    /// The table layout has no heading; the vraagnummer came from the source URL.
    IdFromTableUrl {
        /// The vraagnummer taken.
        id: String,
    },
    /// No `Kamervraag <vraagnummer>` heading; the vraagnummer came from this line.
    HeadingMissing {
        /// The vraagnummer taken.
        id: String,
    },
    /// No vraagnummer anywhere.
    IdMissing,
    /// No `Ingediend` line, so the submission date is unknown.
    SubmittedMissing,
    /// Table-layout answer paragraphs without questions, kept as one entry's answer.
    AnswersWithoutQuestions,
    /// The text is cut off before the trailer.
    CutOff,
    /// A postponement notice dated after the 21-day term: it does not extend the term.
    NoticeAfterTerm {
        /// Calendar days from `Ingediend` to the notice.
        days: i64,
    },
    /// The diagnostics that follow are of another text of the same Kamervraag, joined
    /// to this document; their line numbers are lines of that text.
    SourceJoined {
        /// The joined text's file name, shortened (empty when unknown).
        source: String,
    },
    /// Texts of one Kamervraag that were joined disagree on a field; the first
    /// source's value is kept.
    JoinConflict {
        /// The field, e.g. `submitted` or `questions`.
        field: String,
        /// The value kept, shortened.
        kept: String,
        /// The other source's value, shortened.
        other: String,
        /// The other source's file name, shortened (empty when unknown).
        source: String,
    },
    /// An official text is cut off: its end (`Naar boven`, or the parliament page's
    /// list of submitters) was not reached.
    EndNotReached,
    /// A `Vragen van …`, `Antwoord van …` or `Mededeling van …` sentence that could not
    /// be read; its facts are left empty.
    UnreadSentence {
        /// The sentence, trimmed and shortened.
        text: String,
    },
    /// A block for several questions (`Vraag 2 en 3`) whose paragraphs could not be
    /// split one per question: the first question holds all the text.
    CombinedTextKept {
        /// The first question number of the block.
        first: u32,
        /// How many questions the block names.
        count: u32,
    },
    /// An `Antwoord N` block without a `Vraag N` before it: a question with empty text
    /// was added to hold the answer.
    AnswerWithoutQuestion {
        /// The number of the answer.
        number: u32,
    },
    /// An introductory or `Toelichting:` paragraph was kept with a question's text.
    ProseAttached {
        /// The question it was added to.
        question: u32,
    },
    /// More diagnostics than the parser keeps; they are counted, not listed.
    DiagnosticsLeftOut {
        /// How many were left out.
        count: u64,
    },
    /// A diagnostic without a kind (stored by an older version) or of a kind this
    /// version does not know; only its `message` says what happened.
    #[default]
    #[serde(other)]
    Other,
}

impl Default for Kamervraag {
    fn default() -> Self {
        Kamervraag {
            schema: SCHEMA.to_string(),
            source: None,
            format: Format::Openkamer,
            id: None,
            title: None,
            submitted: None,
            answered: None,
            stated_delay_days: None,
            delay_days: None,
            submitters: Vec::new(),
            answerers: Vec::new(),
            topics: Vec::new(),
            question_url: None,
            answer_url: None,
            footnotes: Vec::new(),
            questions: Vec::new(),
            notices: Vec::new(),
            question_document: None,
            answer_document: None,
            complete: false,
            diagnostics: Vec::new(),
            sources: Vec::new(),
        }
    }
}

impl Kamervraag {
    /// Whether a `Beantwoord <date>` was read.
    pub fn is_answered(&self) -> bool {
        self.answered.is_some()
    }

    /// Whether the government sent a postponement notice.
    pub fn has_notice(&self) -> bool {
        !self.notices.is_empty()
    }

    /// Whether any diagnostic is a warning.
    pub fn has_warnings(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Warning)
    }

    /// Number of questions that have an answer (their own or a `Zie antwoord` reference).
    pub fn answered_question_count(&self) -> usize {
        self.questions.iter().filter(|q| q.answer.is_some()).count()
    }

    /// The footnote with this number, if the document has it.
    pub fn footnote(&self, number: u32) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.number == number)
    }

    /// Distinct parties of the submitters, in order of first appearance.
    pub fn submitter_parties(&self) -> Vec<&str> {
        let mut seen: HashSet<&str> = HashSet::new();
        self.submitters
            .iter()
            .filter_map(|p| p.party.as_deref())
            .filter(|p| seen.insert(p))
            .collect()
    }

    /// A score of how much of the document is present, used to keep the most complete
    /// of two copies with the same vraagnummer.
    pub fn completeness(&self) -> (bool, bool, usize, usize) {
        (
            self.complete,
            self.is_answered(),
            self.answered_question_count(),
            self.questions.len(),
        )
    }

    /// The document as compact JSON (schema `kamervraag/1`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Person {
    /// `Name (PARTY)` or just the name.
    pub fn display_with_party(&self) -> String {
        match &self.party {
            Some(p) => format!("{} ({})", self.name, p),
            None => self.name.clone(),
        }
    }
}
