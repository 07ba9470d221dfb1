//! Tests of `kamervraag stats` through the real binary, on small invented files in
//! the openkamer page format: `--json`, `--by`, `--today`, the human table, a file
//! that fails, duplicates and usage errors.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{kamervraag, temp_dir, write, Run, TempDir};
use serde_json::Value;
use std::path::Path;

const ON_TIME: &str = "\
Kamervraag 2024Z90001

Een verzonnen vraag over het onderhoud van vuurtorens

Ingediend 5 maart 2024
Beantwoord 20 maart 2024 (na 15 dagen)
Indiener Anna Aap (D66)
Beantwoord door Berend Buiten (minister buitenlandse zaken) (VVD)
Onderwerpen internationaal
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2024Z90001.html
Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20232024-99901.html
 • Vraag 1
  Hoeveel vuurtorens worden dit jaar geschilderd?

  Dit jaar worden drie vuurtorens geschilderd.


Kamervraag document nummer: kv-tk-2024Z90001
Volledige titel: Een verzonnen vraag over het onderhoud van vuurtorens
Kamerantwoord document nummer: ah-tk-20232024-99901
Volledige titel: Antwoord op vragen van het lid Aap over vuurtorens
";

const UNANSWERED: &str = "\
Kamervraag 2024Z90002

Een verzonnen vraag over fietsenstallingen bij stations

Ingediend 1 februari 2024
Indieners Piet Pan (VVD), Karel Kool (CDA)
Onderwerpen verkeer
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2024Z90002.html
 • Vraag 1
  Deelt u de mening dat er te weinig stallingsplekken zijn?

 • Vraag 2
  Wanneer komen er meer plekken bij?


Kamervraag document nummer: kv-tk-2024Z90002
Volledige titel: Een verzonnen vraag over fietsenstallingen bij stations
";

const POSTPONED: &str = "\
Kamervraag 2024Z90003

Een verzonnen vraag over de belasting op knikkers

Ingediend 8 januari 2024
Beantwoord 19 februari 2024 (na 42 dagen)
Indiener Vera Vos (CDA)
Beantwoord door Fien Fiscus (staatssecretaris financiën) (CDA)
Onderwerpen belasting
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2024Z90003.html
Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20232024-99903.html
 • Vraag 1
  Wat levert de knikkerbelasting op?

  De knikkerbelasting levert niets op, want zij bestaat niet.

 • Mededeling - 29 januari 2024
  De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat afstemming nodig is.
Kamervraag document nummer: kv-tk-2024Z90003
Volledige titel: Een verzonnen vraag over de belasting op knikkers
Kamerantwoord document nummer: ah-tk-20232024-99903
Volledige titel: Antwoord op vragen van het lid Vos over de belasting op knikkers
";

const NOT_A_KAMERVRAAG: &[u8] = b"\x00\x01 dit is geen kamervraag\n";

/// A directory with the three good files, and optionally the failing one.
fn collection_dir(name: &str, with_bad_file: bool) -> TempDir {
    let dir = temp_dir(&format!("stats-{name}"));
    for (file, text) in [
        ("a-on-time.txt", ON_TIME),
        ("b-unanswered.txt", UNANSWERED),
        ("c-postponed.txt", POSTPONED),
    ] {
        write(&dir, file, text.as_bytes());
    }
    if with_bad_file {
        write(&dir, "d-broken.txt", NOT_A_KAMERVRAAG);
    }
    dir
}

/// Runs `kamervraag stats ARGS`.
fn stats(args: &[&str]) -> Run {
    let all: Vec<&str> = std::iter::once("stats")
        .chain(args.iter().copied())
        .collect();
    kamervraag(&all, b"")
}

fn json_of(run: &Run) -> Value {
    serde_json::from_slice(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&run.stdout),
            run.stderr
        )
    })
}

const GROUP_FIELDS: [&str; 17] = [
    "key",
    "count",
    "answered",
    "open",
    "overdue",
    "unknown",
    "with_notice",
    "on_time",
    "on_time_after_postponement",
    "late",
    "median_delay",
    "mean_delay",
    "p75_delay",
    "p90_delay",
    "max_delay",
    "on_time_share",
    "on_time_with_postponement_share",
];

fn assert_group_shape(group: &Value) {
    let object = group.as_object().expect("group is an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut expected = GROUP_FIELDS.to_vec();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    let count = group["count"].as_u64().unwrap_or(0);
    let parts: u64 = ["answered", "open", "overdue", "unknown"]
        .iter()
        .map(|f| group[*f].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(parts, count, "{group}");
}

#[test]
fn json_total_with_today() {
    let dir = collection_dir("json_total", false);
    let output = stats(&[
        dir.to_str().unwrap_or_default(),
        "--json",
        "--today",
        "2024-06-01",
    ]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    let report = json_of(&output);
    let top: Vec<&str> = report
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(top, ["groups", "reference_date", "total"]);
    assert_eq!(report["reference_date"], "2024-06-01");
    assert_eq!(report["groups"], Value::Array(Vec::new()));
    assert_group_shape(&report["total"]);
    assert_eq!(report["total"]["key"], "total");
    assert_eq!(report["total"]["count"], 3);
    let total = &report["total"];
    assert_eq!(total["answered"], 2);
    assert_eq!(total["overdue"], 1);
    assert_eq!(total["open"], 0);
    assert_eq!(total["unknown"], 0);
    assert_eq!(total["on_time"], 1);
    assert_eq!(total["on_time_after_postponement"], 1);
    assert_eq!(total["late"], 0);
    assert_eq!(total["with_notice"], 1);
    assert_eq!(total["median_delay"], 28.5);
    assert_eq!(total["max_delay"], 42);
    assert_eq!(total["on_time_with_postponement_share"], 2.0 / 3.0);
}

#[test]
fn today_moves_the_reference_date() {
    let dir = collection_dir("today", false);
    let early = json_of(&stats(&[
        dir.to_str().unwrap_or_default(),
        "--json",
        "--today=2024-02-10",
    ]));
    assert_eq!(early["reference_date"], "2024-02-10");
    // 2024Z90002 is 9 days old on 10 February: open, not overdue. 2024Z90003 was
    // answered only on 19 February: on the 10th it was open (a notice of 29 January,
    // 33 days old), and 2024Z90001 (5 March) was not submitted yet.
    assert_eq!(early["total"]["open"], 2);
    assert_eq!(early["total"]["overdue"], 0);
    assert_eq!(early["total"]["answered"], 0);
    assert_eq!(early["total"]["count"], 2);
    // Without --today the reference date is today's date.
    let now = json_of(&stats(&[dir.to_str().unwrap_or_default(), "--json"]));
    let reference = now["reference_date"].as_str().unwrap_or_default();
    assert!(
        reference.parse::<kamervraag::model::Date>().is_ok(),
        "{reference}"
    );
    assert!(reference > "2024-06-01");
}

#[test]
fn json_groups_by_each_key() {
    let dir = collection_dir("by", false);
    for by in [
        "ministry",
        "answerer",
        "party",
        "submitter",
        "topic",
        "year",
        "month",
        "cabinet",
    ] {
        let output = stats(&[
            dir.to_str().unwrap_or_default(),
            "--json",
            "--by",
            by,
            "--today",
            "2024-06-01",
        ]);
        assert_eq!(output.code, 0, "--by {by}");
        let report = json_of(&output);
        let groups = report["groups"].as_array().cloned().unwrap_or_default();
        assert!(!groups.is_empty(), "--by {by}");
        let sum: u64 = groups
            .iter()
            .map(|g| g["count"].as_u64().unwrap_or(0))
            .sum();
        assert!(sum >= 3, "--by {by}: groups cover the total");
        for group in &groups {
            assert_group_shape(group);
        }
    }
    let report = json_of(&stats(&[
        dir.to_str().unwrap_or_default(),
        "--json",
        "--by",
        "ministry",
        "--today",
        "2024-06-01",
    ]));
    let keys: Vec<&str> = report["groups"]
        .as_array()
        .map(|g| g.iter().filter_map(|g| g["key"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        ["Buitenlandse Zaken (BZ)", "Financiën (Fin)", "onbekend"]
    );
    let party = json_of(&stats(&[
        dir.to_str().unwrap_or_default(),
        "--json",
        "--by",
        "party",
        "--today",
        "2024-06-01",
    ]));
    let first = &party["groups"][0];
    assert_eq!(
        (first["key"].as_str(), first["count"].as_u64()),
        (Some("CDA"), Some(2))
    );
    let cabinet = json_of(&stats(&[
        dir.to_str().unwrap_or_default(),
        "--json",
        "--by",
        "cabinet",
        "--today",
        "2024-06-01",
    ]));
    assert_eq!(cabinet["groups"][0]["key"], "Rutte IV");
    assert_eq!(cabinet["groups"][0]["count"], 3);
}

#[test]
fn human_table() {
    let dir = collection_dir("human", false);
    let output = stats(&[
        dir.to_str().unwrap_or_default(),
        "--by",
        "ministry",
        "--today",
        "2024-06-01",
    ]);
    assert_eq!(output.code, 0);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("2024-06-01"), "{text}");
    assert!(text.contains("3 document(s)"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("ministry") && l.contains("count") && l.contains("median"))
        .expect("a header line");
    let total = lines
        .iter()
        .find(|l| l.starts_with("total "))
        .expect("a total row");
    assert!(total.split_whitespace().nth(1) == Some("3"), "{total}");
    assert!(lines.len() > header + 3, "{text}");
    assert!(text.contains("Buitenlandse Zaken (BZ)"), "{text}");
}

#[test]
fn failing_file_is_reported_and_left_out() {
    let dir = collection_dir("failing", true);
    let output = stats(&[
        dir.to_str().unwrap_or_default(),
        "--json",
        "--today",
        "2024-06-01",
    ]);
    assert_eq!(output.code, 1);
    let stderr = &output.stderr;
    assert!(stderr.contains("d-broken.txt"), "{stderr}");
    assert!(!stderr.contains("a-on-time.txt"), "{stderr}");
    assert_eq!(json_of(&output)["total"]["count"], 3);
    // A missing file fails too.
    let missing = dir.join("no-such-file.txt");
    let output = stats(&[
        missing.to_str().unwrap_or_default(),
        dir.join("a-on-time.txt").to_str().unwrap_or_default(),
        "--json",
    ]);
    assert_eq!(output.code, 1);
    assert!(output.stderr.contains("no-such-file.txt"));
    assert_eq!(json_of(&output)["total"]["count"], 1);
}

#[test]
fn copies_of_one_vraagnummer_count_once() {
    let dir = collection_dir("copies", false);
    let file = dir.join("a-on-time.txt");
    let file = file.to_str().unwrap_or_default();
    let output = stats(&[file, file, "--json", "--today", "2024-06-01"]);
    assert_eq!(output.code, 0);
    assert_eq!(json_of(&output)["total"]["count"], 1);
    assert!(output.stderr.contains("left out"));
}

#[test]
fn usage_errors() {
    let dir = collection_dir("usage", false);
    let path = dir.to_str().unwrap_or_default();
    for args in [
        vec![path, "--by", "colour"],
        vec![path, "--today", "1 juni 2024"],
        vec![path, "--frobnicate"],
        vec![],
    ] {
        let output = stats(&args);
        assert_eq!(output.code, 2, "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}");
    }
    let help = stats(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout_text().contains("--by"));
}

#[test]
fn runs_over_the_real_corpus() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/openkamer");
    if !Path::new(corpus).is_dir() {
        eprintln!("note: {corpus} not found; corpus test skipped");
        return;
    }
    let started = std::time::Instant::now();
    let output = stats(&[
        corpus,
        "--json",
        "--by",
        "ministry",
        "--today",
        "2025-12-01",
    ]);
    let elapsed = started.elapsed();
    let code = output.code;
    assert!(code == 0 || code == 1, "{code:?}");
    let report = json_of(&output);
    assert_group_shape(&report["total"]);
    let count = report["total"]["count"].as_u64().unwrap_or(0);
    assert!(count > 0 && count <= 126, "{count}");
    eprintln!(
        "corpus: {count} documents, exit {code:?}, {} ms; total {}",
        elapsed.as_millis(),
        report["total"]
    );
}
