//! Fuzz target for the pure helpers that read hostile text besides the parser. The
//! first byte picks the helper, the rest is its input:
//! 0 document facts and ministries, 1 footnote markers, 2 search highlighting,
//! 3 the zip reader, 4 the CSV writers (documents and chart tables).
//! None may panic, and each keeps its promise (joined parts give the text back,
//! no CSV cell starts a formula).

#![no_main]

use kamervraag::model::Date;
use kamervraag::stats::GroupBy;
use kamervraag::view::charts::stats_table::{Column, StatsTable};
use kamervraag::view::footnote_marks::{split_footnote_marks, MarkedText};
use kamervraag::view::library::{highlight, Field, SearchQuery};
use libfuzzer_sys::fuzz_target;

fn document_facts(data: &[u8]) {
    if let Ok(doc) = kamervraag::parse::parse(data) {
        let reference = Date::from_ymd(2025, 6, 1).expect("a valid date");
        let facts = kamervraag::stats::DocumentFacts::new(&doc, reference);
        let all = kamervraag::stats::DocumentFacts::for_all(std::slice::from_ref(&doc), reference);
        assert_eq!(all.len(), 1);
        for by in [GroupBy::Ministry, GroupBy::Topic, GroupBy::Party] {
            assert_eq!(all[0].keys(by), facts.keys(by));
            let keys = facts.keys(by);
            let distinct: std::collections::HashSet<&String> = keys.iter().collect();
            assert_eq!(distinct.len(), keys.len(), "keys repeat: {keys:?}");
        }
        let _ = kamervraag::stats::ministries(&doc);
        let _ = kamervraag::stats::aggregate_facts(&all, Some(GroupBy::Topic), reference);
    }
}

fn footnote_marks(data: &[u8]) {
    let Some((&limit, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let parts = split_footnote_marks(&text, |n| n <= u32::from(limit));
    let mut joined = String::new();
    for part in &parts {
        match part {
            MarkedText::Text(t) => joined.push_str(t),
            MarkedText::Footnote(n) => {
                assert!(*n <= u32::from(limit));
                joined.push_str(&n.to_string());
            }
        }
    }
    // Markers written with leading zeros come back without them; only compare when none.
    if !text.contains('0') {
        assert_eq!(joined, text);
    }
}

fn highlighting(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (query, body) = text.split_once('\n').unwrap_or(("", &text));
    let query = SearchQuery::parse(query);
    let spans = highlight(body, Field::Answer, &query);
    let joined: String = spans.iter().map(|s| s.text).collect();
    assert_eq!(joined, body);
}

fn zip_reader(data: &[u8]) {
    let _ = kamervraag::input::is_zip(data);
    if let Ok(entries) = kamervraag::input::expand_zip("fuzz.zip", data) {
        for entry in entries {
            if let Ok(bytes) = entry.bytes {
                let _ = kamervraag::parse::parse(&bytes);
            }
        }
    }
}

fn csv_writers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let cells: Vec<String> = text.split('|').map(str::to_owned).collect();
    let table = StatsTable {
        columns: vec![Column::Group, Column::Count],
        rows: cells
            .chunks(2)
            .map(|pair| vec![pair[0].clone(), pair.get(1).cloned().unwrap_or_default()])
            .collect(),
    };
    let csv = table.to_csv();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    for record in reader.records() {
        let record = record.expect("the writer's CSV reads back");
        assert!(kamervraag::export::is_inert_cell(&record[0]), "{:?}", &record[0]);
    }
    if let Ok(doc) = kamervraag::parse::parse(data) {
        let csv = kamervraag::export::documents_to_csv(std::slice::from_ref(&doc));
        let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
        for record in reader.records() {
            let record = record.expect("the writer's CSV reads back");
            for cell in record.iter() {
                assert!(kamervraag::export::is_inert_cell(cell), "{cell:?}");
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    match which % 5 {
        0 => document_facts(rest),
        1 => footnote_marks(rest),
        2 => highlighting(rest),
        3 => zip_reader(rest),
        _ => csv_writers(rest),
    }
});
