//! Tests of `kamervraag search` through the real binary, on small invented files:
//! text lines, JSON Lines with character offsets, `--count`, the exit statuses and
//! that the command agrees with the library's matcher on generated documents.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{document, json_lines, kamervraag, temp_dir, write, TempDir};

const WINTER: &str = "\
Kamervraag 2024Z90011

Een verzonnen vraag over gladde fietspaden in de winter

Ingediend 8 januari 2024
Beantwoord 29 januari 2024 (na 21 dagen)
Indiener Anna Proefmans (D66)
Beantwoord door Bert Testerveld (minister infrastructuur en waterstaat) (VVD)
Onderwerpen verkeer
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2024Z90011.html
Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20232024-9011.html
 \u{2022} Vraag 1
  Hoeveel fietsers vielen op gladde paden bij Zürich?

  Dat is niet bekend.

 \u{2022} Vraag 2
  Wordt er vaker gestrooid?

  Ja, het strooibeleid wordt aangepast. Het is niet bekend hoeveel zout nodig is.


Kamervraag document nummer: kv-tk-2024Z90011
Volledige titel: Een verzonnen vraag over gladde fietspaden in de winter
Kamerantwoord document nummer: ah-tk-20232024-9011
Volledige titel: Antwoord op vragen over gladde fietspaden
";

fn library() -> TempDir {
    let dir = temp_dir("search");
    write(&dir, "a/winter.txt", WINTER.as_bytes());
    write(
        &dir,
        "b/proef.txt",
        document("2024Z90012", "Een proef met stikstofbeleid").as_bytes(),
    );
    dir
}

fn search(args: &[&str]) -> cli_support::Run {
    kamervraag(&[&["search"], args].concat(), b"")
}

#[test]
fn prints_one_line_per_match_with_its_place() {
    let dir = library();
    let root = (*dir).to_str().unwrap();
    let run = search(&["antwoord:\"niet bekend\"", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.stdout_text();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0][..2], ["2024Z90011", "antwoord 1"]);
    assert_eq!(lines[0][2], "Dat is niet bekend.");
    assert_eq!(lines[1][1], "antwoord 2");
    assert!(lines[1][2].contains("niet bekend hoeveel"), "{text}");
}

#[test]
fn json_lines_give_character_offsets_in_the_field() {
    let dir = library();
    let root = (*dir).to_str().unwrap();
    let run = search(&["--json", "zurich", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = json_lines(&run.stdout_text());
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!(line["id"], "2024Z90011");
    assert_eq!(line["field"], "question");
    assert_eq!(line["question"], 1);
    assert!(line["source"].as_str().unwrap().ends_with("winter.txt"));
    let question = "Hoeveel fietsers vielen op gladde paden bij Zürich?";
    let start = line["start"].as_u64().unwrap() as usize;
    let end = line["end"].as_u64().unwrap() as usize;
    let found: String = question.chars().skip(start).take(end - start).collect();
    assert_eq!(found, "Zürich");
    assert!(line["snippet"].as_str().unwrap().contains("Zürich"));
}

#[test]
fn count_scopes_regexes_and_exit_statuses() {
    let dir = library();
    let root = (*dir).to_str().unwrap();
    let count = |q: &str| {
        let run = search(&["--count", q, root]);
        (run.code, run.stdout_text().trim().to_string())
    };
    assert_eq!(count("een"), (0, "2".into()));
    assert_eq!(count("/stikstof(crisis|beleid)/"), (0, "1".into()));
    assert_eq!(count("partij:d66 -winter"), (0, "1".into()));
    assert_eq!(count("winter OR proef"), (0, "2".into()));
    assert_eq!(count("titel:zurich"), (1, "0".into()));
    assert_eq!(count("/ZÜRICH/"), (0, "1".into()));
    // Bad queries: exit 2 with the reason.
    let run = search(&["/stikstof(/", root]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("invalid regular expression"),
        "{}",
        run.stderr
    );
    let run = search(&["\"niet bekend", root]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("quote"), "{}", run.stderr);
    // Nothing matched: exit 1 and no output.
    let run = search(&["olifant", root]);
    assert_eq!((run.code, run.stdout_text()), (1, String::new()));
    // Usage.
    assert_eq!(search(&["fiets"]).code, 2);
    assert_eq!(search(&[]).code, 2);
    assert_eq!(search(&["--help"]).code, 0);
}

#[test]
fn a_document_matched_only_by_exclusion_gets_one_line() {
    let dir = library();
    let root = (*dir).to_str().unwrap();
    let run = search(&["-winter", root]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout_text(),
        "2024Z90012\t\tEen proef met stikstofbeleid\n"
    );
}

#[test]
fn agrees_with_the_library_on_generated_documents() {
    let dir = temp_dir("search-gen");
    let gen = kamervraag(
        &[
            "gen",
            "--count",
            "40",
            "--seed",
            "7",
            (*dir).to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(gen.code, 0, "{}", gen.stderr);
    let parsed = kamervraag(&["parse", (*dir).to_str().unwrap()], b"");
    let docs: Vec<kamervraag::model::Kamervraag> = parsed
        .stdout_text()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert!(!docs.is_empty());
    for q in [
        "de",
        "\"de minister\"",
        "vraag:wat -antwoord:niet",
        "/[0-9]{4}/",
    ] {
        let query = kamervraag::view::library::SearchQuery::parse(q);
        let (kept, _) = kamervraag::model::keep_most_complete_copies(docs.clone());
        let expected = kept.iter().filter(|d| query.matches_naive(d)).count();
        let run = search(&["--count", q, (*dir).to_str().unwrap()]);
        assert_eq!(run.stdout_text().trim(), expected.to_string(), "{q}");
    }
}
