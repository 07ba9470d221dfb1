//! Round trip: 2,000 generated documents parse to exactly their expected value
//! (every field, diagnostics included). On a mismatch the first differing field of the
//! first failing documents is printed, with the document's text.
//!
//! `KAMERVRAAG_GEN_COUNT` and `KAMERVRAAG_GEN_SEED` override the corpus size and seed
//! for longer runs, e.g. `KAMERVRAAG_GEN_COUNT=50000 cargo test --release --test roundtrip`.

use kamervraag::gen::{generate, GeneratedDocument, FEATURES};
use serde_json::Value;

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The first path where `expected` and `actual` differ, with both values there.
fn first_difference(path: &str, expected: &Value, actual: &Value) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, value) in e {
                let other = a.get(key).unwrap_or(&Value::Null);
                if let Some(d) = first_difference(&format!("{path}.{key}"), value, other) {
                    return Some(d);
                }
            }
            a.keys()
                .find(|k| !e.contains_key(*k))
                .map(|k| format!("{path}.{k}: unexpected field"))
        }
        (Value::Array(e), Value::Array(a)) => {
            for (i, (x, y)) in e.iter().zip(a).enumerate() {
                if let Some(d) = first_difference(&format!("{path}[{i}]"), x, y) {
                    return Some(d);
                }
            }
            (e.len() != a.len()).then(|| {
                format!(
                    "{path}: expected {} items, parsed {}; first extra: expected {:?} parsed {:?}",
                    e.len(),
                    a.len(),
                    e.get(a.len()).map(Value::to_string),
                    a.get(e.len()).map(Value::to_string)
                )
            })
        }
        _ if expected == actual => None,
        _ => Some(format!("{path}: expected {expected}, parsed {actual}")),
    }
}

fn check(doc: &GeneratedDocument) -> Result<(), String> {
    let parsed = kamervraag::parse::parse(&doc.bytes)
        .map_err(|e| format!("{}: parse error: {e}", doc.name))?;
    if parsed == doc.expected {
        return Ok(());
    }
    let expected = serde_json::to_value(&doc.expected).map_err(|e| e.to_string())?;
    let actual = serde_json::to_value(&parsed).map_err(|e| e.to_string())?;
    let difference =
        first_difference("", &expected, &actual).unwrap_or_else(|| "values differ".into());
    Err(format!("{} {:?}: {difference}", doc.name, doc.features))
}

fn text_of(doc: &GeneratedDocument) -> String {
    kamervraag::parse::decode(&doc.bytes).0
}

#[test]
fn generated_documents_parse_to_their_expected_value() {
    let count = env_number("KAMERVRAAG_GEN_COUNT", 2_000usize);
    let seed = env_number("KAMERVRAAG_GEN_SEED", 1u64);
    let docs = generate(count, seed);
    let failures: Vec<(usize, String)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| check(d).err().map(|e| (i, e)))
        .collect();
    if let Some((index, _)) = failures.first() {
        let mut report = format!(
            "{} of {count} documents (seed {seed}) differ:\n",
            failures.len()
        );
        for (_, message) in failures.iter().take(15) {
            report.push_str(message);
            report.push('\n');
        }
        report.push_str(&format!(
            "\n--- text of the first ({}):\n{}\n",
            docs[*index].name,
            text_of(&docs[*index])
        ));
        panic!("{report}");
    }
}

#[test]
fn the_corpus_covers_every_variant() {
    let docs = generate(2_000, 1);
    for feature in FEATURES {
        let n = docs.iter().filter(|d| d.features.contains(feature)).count();
        println!("{n:5} {feature}");
        assert!(n > 0, "no generated document exercises {feature}");
    }
}
