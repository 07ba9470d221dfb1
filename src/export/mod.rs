//! Exports of parsed documents for spreadsheets and other tools: CSV (RFC 4180, UTF-8
//! with byte-order mark), JSON Lines and a JSON array. Pure core: the CLI and the web
//! app's download buttons both call these.

use crate::model::{Kamervraag, Person};

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
/// RFC 4180 quoting and `\r\n` record ends.
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
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failed row would only be left out.
    let _ = writer.write_record(CSV_COLUMNS);
    for doc in docs {
        let _ = writer.write_record(csv_record(doc));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut text = String::from(UTF8_BOM);
    text.push_str(&String::from_utf8_lossy(&bytes));
    text
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
}
