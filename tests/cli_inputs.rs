//! How `kamervraag parse|csv|stats` walk directories: symbolic links that loop back
//! up the tree are skipped with a message, every document is still read once.
#![cfg(all(unix, not(target_arch = "wasm32")))]

mod cli_support;

use cli_support::{dir_with_symlink_loops, json_lines, kamervraag};

const DOCS: [(&str, &str); 2] = [
    ("2024Z90001", "Eerste proef"),
    ("2024Z90002", "Tweede proef"),
];

#[test]
fn parse_skips_symlink_loops_with_a_message() {
    let dir = dir_with_symlink_loops(&DOCS);
    let run = kamervraag(&["parse", dir.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<String> = json_lines(&run.stdout_text())
        .iter()
        .map(|doc| doc["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["2024Z90001", "2024Z90002"]);
    let skipped: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("skipped"))
        .collect();
    assert_eq!(skipped.len(), 2, "{}", run.stderr);
    assert!(skipped
        .iter()
        .all(|l| l.starts_with("kamervraag parse: ") && l.contains("symbolic link loop")));
}

#[test]
fn csv_skips_symlink_loops_with_a_message() {
    let dir = dir_with_symlink_loops(&DOCS);
    let run = kamervraag(&["csv", dir.to_str().unwrap()], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The header and one row per document.
    assert_eq!(run.stdout_text().lines().count(), 3);
    assert_eq!(
        run.stderr.matches("symbolic link loop").count(),
        2,
        "{}",
        run.stderr
    );
}

#[test]
fn stats_skips_symlink_loops_with_a_message() {
    let dir = dir_with_symlink_loops(&DOCS);
    let run = kamervraag(
        &[
            "stats",
            dir.to_str().unwrap(),
            "--json",
            "--today",
            "2024-06-01",
        ],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout_text()).unwrap();
    assert_eq!(report["total"]["count"], 2);
    assert_eq!(
        run.stderr.matches("symbolic link loop").count(),
        2,
        "{}",
        run.stderr
    );
}

#[test]
fn a_directory_named_twice_is_read_once() {
    let dir = dir_with_symlink_loops(&DOCS);
    let path = dir.to_str().unwrap();
    let run = kamervraag(&["parse", path, path], b"");
    assert_eq!(json_lines(&run.stdout_text()).len(), 2);
    assert!(run.stderr.contains("already read"), "{}", run.stderr);
}
