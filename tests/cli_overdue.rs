//! Tests of `kamervraag overdue` through the real binary: the JSON shape, the
//! reference date (documents submitted later left out, later answers not yet given),
//! grouping by answerer, the readable list and usage errors.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{document, kamervraag, temp_dir, write, TempDir};
use serde_json::Value;

/// `document(id, title)` submitted on `submitted` (`D month YYYY`), unanswered.
fn unanswered(id: &str, title: &str, submitted: &str) -> String {
    document(id, title)
        .replace(
            "Ingediend 3 januari 2024",
            &format!("Ingediend {submitted}"),
        )
        .lines()
        .filter(|line| !line.starts_with("Beantwoord 24 januari"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Four documents: answered on 24 January 2024 (submitted 3 January), two
/// unanswered (10 January and 1 March 2024), one copy of the first unanswered.
fn collection() -> TempDir {
    let dir = temp_dir("overdue");
    write(
        &dir,
        "a.txt",
        document("2024Z91001", "Een beantwoorde proefvraag").as_bytes(),
    );
    write(
        &dir,
        "b.txt",
        unanswered("2024Z91002", "Open sinds januari", "10 januari 2024").as_bytes(),
    );
    write(
        &dir,
        "b-copy.txt",
        unanswered("2024Z91002", "Open sinds januari", "10 januari 2024").as_bytes(),
    );
    write(
        &dir,
        "c.txt",
        unanswered("2024Z91003", "Open sinds maart", "1 maart 2024").as_bytes(),
    );
    dir
}

fn overdue_json(dir: &TempDir, extra: &[&str]) -> Value {
    let mut args = vec!["overdue", dir.to_str().unwrap_or_default(), "--json"];
    args.extend_from_slice(extra);
    let run = kamervraag(&args, b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_slice(&run.stdout).expect("JSON")
}

#[test]
fn json_has_the_documented_shape_and_one_copy_per_vraagnummer() {
    let dir = collection();
    let list = overdue_json(&dir, &["--today", "2024-04-01"]);
    let mut top: Vec<&str> = list
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    top.sort_unstable();
    assert_eq!(top, ["documents", "groups", "reference_date"]);
    assert_eq!(list["reference_date"], "2024-04-01");
    let docs = list["documents"].as_array().expect("documents");
    let ids: Vec<&str> = docs.iter().filter_map(|d| d["id"].as_str()).collect();
    // 2024Z91002: 82 days old, 61 overdue; 2024Z91003: 31 days old, 10 overdue.
    assert_eq!(ids, ["2024Z91002", "2024Z91003"]);
    assert_eq!(docs[0]["days_overdue"], 61);
    assert_eq!(docs[1]["days_overdue"], 10);
    let mut fields: Vec<&str> = docs[0]
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "answerers",
            "days_overdue",
            "id",
            "ministries",
            "submitted",
            "term_days",
            "title"
        ]
    );
    assert_eq!(docs[0]["term_days"], 21);
    assert_eq!(docs[0]["submitted"], "2024-01-10");
    assert_eq!(docs[0]["title"], "Open sinds januari");
    let groups = list["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["count"], 2);
    assert!(groups[0]["key"]
        .as_str()
        .unwrap_or_default()
        .contains("Justitie"));
}

#[test]
fn the_reference_date_leaves_out_later_documents_and_answers() {
    let dir = collection();
    // On 31 January: 2024Z91001 answered, 2024Z91003 not yet submitted,
    // 2024Z91002 is 21 days old (open).
    let list = overdue_json(&dir, &["--today=2024-01-31"]);
    assert_eq!(list["documents"], Value::Array(Vec::new()));
    // On 23 January 2024Z91001 (answered on the 24th) was still open, and the
    // statistics follow the same rule.
    let run = kamervraag(
        &[
            "stats",
            dir.to_str().unwrap_or_default(),
            "--json",
            "--today=2024-01-23",
        ],
        b"",
    );
    assert!(
        run.stderr
            .contains("1 document(s) submitted after the reference date"),
        "{}",
        run.stderr
    );
    let report: Value = serde_json::from_slice(&run.stdout).expect("JSON");
    assert_eq!(report["total"]["count"], 2);
    assert_eq!(report["total"]["answered"], 0);
    assert_eq!(report["total"]["open"], 2);
}

#[test]
fn by_answerer_and_the_readable_list() {
    let dir = collection();
    let list = overdue_json(&dir, &["--today", "2024-04-01", "--by", "answerer"]);
    assert_eq!(list["groups"][0]["key"], "Bert Testerveld");
    assert_eq!(list["groups"][0]["count"], 2);
    let run = kamervraag(
        &[
            "overdue",
            dir.to_str().unwrap_or_default(),
            "--today",
            "2024-04-01",
        ],
        b"",
    );
    let text = run.stdout_text();
    assert!(
        text.contains("Overdue on 2024-04-01: 2 document(s)"),
        "{text}"
    );
    assert!(text.contains("2024Z91002"), "{text}");
}

#[test]
fn usage_errors() {
    let dir = collection();
    let path = dir.to_str().unwrap_or_default();
    assert_eq!(kamervraag(&["overdue"], b"").code, 2);
    assert_eq!(kamervraag(&["overdue", path, "--by", "party"], b"").code, 2);
    assert_eq!(
        kamervraag(&["overdue", path, "--today", "gisteren"], b"").code,
        2
    );
    assert_eq!(kamervraag(&["overdue", "--help"], b"").code, 0);
}
