//! Tests of `kamervraag parse` through the real binary.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{document, json_lines, kamervraag, temp_dir, write};

#[test]
fn prints_one_json_line_per_file_in_argument_order() {
    let dir = temp_dir("parse-order");
    let b = write(
        &dir,
        "b.txt",
        document("2024Z90002", "Tweede titel").as_bytes(),
    );
    let a = write(
        &dir,
        "a.txt",
        document("2024Z90001", "Eerste titel").as_bytes(),
    );
    let run = kamervraag(&["parse", b.to_str().unwrap(), a.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let lines = json_lines(&run.stdout_text());
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "2024Z90002");
    assert_eq!(lines[0]["source"], b.to_str().unwrap());
    assert_eq!(lines[0]["schema"], "kamervraag/1");
    assert_eq!(lines[1]["id"], "2024Z90001");
    assert_eq!(lines[1]["title"], "Eerste titel");
}

#[test]
fn walks_directories_recursively_with_sorted_files() {
    let dir = temp_dir("parse-walk");
    write(&dir, "z.txt", document("2024Z90003", "Z").as_bytes());
    write(&dir, "sub/m.txt", document("2024Z90004", "M").as_bytes());
    write(&dir, "a.txt", document("2024Z90005", "A").as_bytes());
    let run = kamervraag(&["parse", dir.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let ids: Vec<String> = json_lines(&run.stdout_text())
        .iter()
        .map(|v| v["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, ["2024Z90005", "2024Z90004", "2024Z90003"]);
    let sources: Vec<String> = json_lines(&run.stdout_text())
        .iter()
        .map(|v| v["source"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(sources[1].ends_with("sub/m.txt"), "{sources:?}");
}

#[test]
fn reads_standard_input_as_dash() {
    let run = kamervraag(
        &["parse", "-"],
        document("2024Z90006", "Via stdin").as_bytes(),
    );
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let lines = json_lines(&run.stdout_text());
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"], "-");
    assert_eq!(lines[0]["id"], "2024Z90006");
}

#[test]
fn pretty_prints_on_request() {
    let run = kamervraag(
        &["parse", "--pretty", "-"],
        document("2024Z90007", "Mooi").as_bytes(),
    );
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let text = run.stdout_text();
    assert!(text.lines().count() > 5, "{text}");
    assert!(
        text.starts_with("{\n  \"schema\": \"kamervraag/1\""),
        "{text}"
    );
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["id"], "2024Z90007");
}

#[test]
fn a_failing_file_gets_an_error_line_and_exit_status_1() {
    let dir = temp_dir("parse-fail");
    let good1 = write(&dir, "1.txt", document("2024Z90008", "Goed").as_bytes());
    let bad = write(
        &dir,
        "2.html",
        b"<!DOCTYPE html><html><body>Niets</body></html>",
    );
    let missing = dir.join("bestaat-niet.txt");
    let good2 = write(&dir, "3.txt", document("2024Z90009", "Ook goed").as_bytes());
    let run = kamervraag(
        &[
            "parse",
            good1.to_str().unwrap(),
            bad.to_str().unwrap(),
            missing.to_str().unwrap(),
            good2.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(run.code, 1);
    let lines = json_lines(&run.stdout_text());
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "2024Z90008");
    assert_eq!(lines[1]["source"], bad.to_str().unwrap());
    assert!(lines[1]["error"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(lines[1].as_object().unwrap().len(), 2);
    assert_eq!(lines[2]["source"], missing.to_str().unwrap());
    assert!(lines[2]["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(lines[3]["id"], "2024Z90009");
    assert!(run.stderr.contains("2.html"), "{}", run.stderr);
    assert!(run.stderr.contains("bestaat-niet.txt"), "{}", run.stderr);
}

#[test]
fn help_and_usage_errors() {
    let help = kamervraag(&["parse", "--help"], b"");
    assert_eq!(help.code, 0);
    assert!(help.stdout_text().contains("--pretty"));
    let none = kamervraag(&["parse"], b"");
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("no input files"));
    let unknown = kamervraag(&["parse", "--nope", "x"], b"");
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("--nope"));
}

/// An invented openkamer page of 2024Z90077 with two questions; answered when `answered`.
fn page(answered: bool) -> String {
    let mut text = String::from("Kamervraag 2024Z90077\nOver de sluizen\nIngediend 2 mei 2024\n");
    if answered {
        text.push_str("Beantwoord 6 juni 2024 (na 35 dagen)\n");
    }
    text.push_str("Indiener Anna Aap (CU)\nOnderwerpen water\n");
    text.push_str("Bron vraag https://zoek.example/kv-tk-2024Z90077.html\n");
    for (n, answer) in [(1, "Ja."), (2, "Zie de antwoorden op de vragen 1 en 1.")] {
        text.push_str(&format!(" • Vraag {n}\n  Waarom sluis {n}?\n"));
        if answered {
            text.push_str(&format!("\n  {answer}\n"));
        }
    }
    text.push_str(
        "Kamervraag document nummer: kv-tk-2024Z90077\nVolledige titel: Over de sluizen\n",
    );
    text
}

#[test]
fn merge_joins_the_texts_of_one_kamervraag() {
    let dir = temp_dir("parse-merge");
    let asked = write(&dir, "vraag.txt", page(false).as_bytes());
    let answered = write(&dir, "antwoord.txt", page(true).as_bytes());
    let copy = write(&dir, "antwoord-kopie.txt", page(true).as_bytes());
    let other = write(
        &dir,
        "ander.txt",
        document("2024Z90001", "Eerste titel").as_bytes(),
    );
    let paths: Vec<&str> = [&asked, &other, &answered, &copy]
        .iter()
        .map(|p| p.to_str().unwrap())
        .collect();

    let plain = kamervraag(&[&["parse"][..], &paths].concat(), b"");
    assert_eq!(json_lines(&plain.stdout_text()).len(), 4);

    let run = kamervraag(&[&["parse", "--merge"][..], &paths].concat(), b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let lines = json_lines(&run.stdout_text());
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "2024Z90077");
    assert_eq!(lines[0]["source"], paths[0]);
    assert_eq!(lines[0]["sources"], serde_json::json!([paths[0], paths[2]]));
    assert_eq!(lines[0]["answered"], "2024-06-06");
    assert_eq!(
        lines[0]["questions"][1]["see_answers"],
        serde_json::json!([1])
    );
    assert_eq!(lines[1]["id"], "2024Z90001");
    assert_eq!(lines[1]["sources"], serde_json::json!([paths[1]]));
}
