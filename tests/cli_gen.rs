//! Tests of `kamervraag gen` through the real binary.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{kamervraag, temp_dir};
use kamervraag::model::Kamervraag;
use std::collections::BTreeMap;
use std::path::Path;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read file"),
            )
        })
        .collect()
}

#[test]
fn writes_text_and_json_pairs() {
    let base = temp_dir("gen-pairs");
    let dir = base.join("nieuw");
    let run = kamervraag(
        &["gen", "--count", "12", "--seed", "9", dir.to_str().unwrap()],
        b"",
    );
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let written = files(&dir);
    assert_eq!(written.len(), 24);
    for name in written.keys().filter(|n| n.ends_with(".txt")) {
        let json_name = name.replace(".txt", ".json");
        let json = written.get(&json_name).expect("json beside txt");
        let doc: Kamervraag = serde_json::from_slice(json).expect("valid expected JSON");
        assert_eq!(doc.schema, "kamervraag/1");
    }
    assert!(run.stdout_text().contains("wrote 12 documents"));
}

#[test]
fn is_deterministic_for_a_seed() {
    let one = temp_dir("gen-det-1");
    let two = temp_dir("gen-det-2");
    let other = temp_dir("gen-det-3");
    for (dir, seed) in [(&one, "5"), (&two, "5"), (&other, "6")] {
        let run = kamervraag(
            &["gen", "--count", "8", "--seed", seed, dir.to_str().unwrap()],
            b"",
        );
        assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    }
    assert_eq!(files(&one), files(&two));
    let contents = |dir: &Path| files(dir).into_values().collect::<Vec<_>>();
    assert_ne!(contents(&one), contents(&other));
}

#[test]
fn usage_errors_and_help() {
    assert_eq!(kamervraag(&["gen", "--help"], b"").code, 0);
    let no_dir = kamervraag(&["gen", "--count", "3"], b"");
    assert_eq!(no_dir.code, 2);
    assert!(no_dir.stderr.contains("output directory"));
    let bad_count = kamervraag(&["gen", "--count", "veel", "x"], b"");
    assert_eq!(bad_count.code, 2);
    assert!(bad_count.stderr.contains("--count"));
}

#[test]
fn parse_of_the_generated_directory_prints_the_expected_json() {
    let dir = temp_dir("gen-parse");
    let count = kamervraag::gen::FEATURES.len() + 5;
    let gen = kamervraag(
        &[
            "gen",
            "--count",
            &count.to_string(),
            "--seed",
            "21",
            dir.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(gen.code, 0, "stderr: {}", gen.stderr);
    let txt: Vec<String> = {
        let mut v: Vec<String> = files(&dir)
            .into_keys()
            .filter(|n| n.ends_with(".txt"))
            .collect();
        v.sort();
        v
    };
    let paths: Vec<String> = txt
        .iter()
        .map(|n| dir.join(n).to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["parse"];
    args.extend(paths.iter().map(String::as_str));
    let run = kamervraag(&args, b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let lines = cli_support::json_lines(&run.stdout_text());
    assert_eq!(lines.len(), count);
    for (name, mut parsed) in txt.iter().zip(lines) {
        // The file name (in `source` and `sources`) depends on the directory.
        parsed["source"] = serde_json::Value::Null;
        parsed["sources"] = serde_json::json!([]);
        let expected: serde_json::Value = serde_json::from_slice(
            &std::fs::read(dir.join(name.replace(".txt", ".json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(parsed, expected, "{name}");
    }
}
