//! The overdue list and the reference-date rule against naive computations on
//! invented collections, for several reference dates.
#![cfg(not(target_arch = "wasm32"))]

mod stats_support;

use kamervraag::model::{keep_most_complete_copies, Date, Kamervraag};
use kamervraag::stats::{
    aggregate, collection_as_of, overdue_list, term_days, DocumentFacts, GroupBy,
};
use std::collections::BTreeMap;

/// The overdue documents worked out by hand: `(days_overdue, id)`, longest first.
fn naive_overdue(docs: &[Kamervraag], reference: Date) -> Vec<(i64, Option<String>)> {
    let mut out = Vec::new();
    for doc in docs {
        let Some(submitted) = doc.submitted else {
            continue;
        };
        if submitted > reference {
            continue;
        }
        if doc.answered.is_some_and(|a| a <= reference) {
            continue;
        }
        // The notices the document had on the reference date decide the term.
        let mut then = doc.clone();
        then.notices
            .retain(|n| n.date.is_none_or(|date| date <= reference));
        let days = submitted.days_until(reference) - term_days(&then);
        if days > 0 {
            out.push((days, doc.id.clone()));
        }
    }
    out.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.is_none().cmp(&b.1.is_none()))
            .then_with(|| a.1.cmp(&b.1))
    });
    out
}

fn references() -> [Date; 3] {
    [
        Date::from_ymd(2008, 6, 30).unwrap(),
        Date::from_ymd(2016, 1, 1).unwrap(),
        stats_support::reference_date(),
    ]
}

#[test]
fn the_overdue_list_equals_a_naive_computation() {
    for seed in [3, 17, 2024] {
        let (docs, _) = keep_most_complete_copies(stats_support::collection(seed, 400));
        for reference in references() {
            let (then, _) = collection_as_of(docs.clone(), reference);
            let facts = DocumentFacts::for_all(&then, reference);
            let list = overdue_list(then.iter().zip(&facts), GroupBy::Ministry, reference);
            let got: Vec<(i64, Option<String>)> = list
                .documents
                .iter()
                .map(|d| (d.days_overdue, d.id.clone()))
                .collect();
            let mut expected = naive_overdue(&docs, reference);
            // Equal days and ids keep any order; compare as sorted multisets too.
            let mut got_sorted = got.clone();
            got_sorted.sort();
            expected.sort();
            assert_eq!(got_sorted, expected, "seed {seed} on {reference}");
            assert!(got.windows(2).all(|w| w[0].0 >= w[1].0));
            assert!(list.documents.iter().all(|d| d.days_overdue > 0));
            assert_eq!(list.reference_date, reference);

            // The counts per ministry, by hand.
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for d in &list.documents {
                for m in &d.ministries {
                    *counts.entry(m.clone()).or_default() += 1;
                }
            }
            assert_eq!(list.groups.len(), counts.len());
            for group in &list.groups {
                assert_eq!(counts.get(&group.key), Some(&group.count));
            }
            assert!(list.groups.windows(2).all(|w| w[0].count >= w[1].count));

            // The statistics count the same overdue documents.
            let report = aggregate(&then, None, reference);
            assert_eq!(report.total.overdue, list.documents.len());
        }
    }
}

#[test]
fn counts_per_answerer_add_up_per_document() {
    let (docs, _) = keep_most_complete_copies(stats_support::collection(5, 300));
    let reference = stats_support::reference_date();
    let (then, _) = collection_as_of(docs, reference);
    let facts = DocumentFacts::for_all(&then, reference);
    let list = overdue_list(then.iter().zip(&facts), GroupBy::Answerer, reference);
    let sum: usize = list.groups.iter().map(|g| g.count).sum();
    let expected: usize = list.documents.iter().map(|d| d.answerers.len()).sum();
    assert_eq!(sum, expected);
    assert_eq!(list.counts_by(GroupBy::Answerer), list.groups);
}

#[test]
fn the_reference_date_rule_matches_a_naive_count() {
    let docs = stats_support::collection(11, 500);
    for reference in references() {
        let (then, left_out) = collection_as_of(docs.clone(), reference);
        let later = docs
            .iter()
            .filter(|d| d.submitted.is_some_and(|s| s > reference))
            .count();
        assert_eq!(left_out, later);
        assert_eq!(then.len() + left_out, docs.len());
        let report = aggregate(&then, None, reference);
        let answered_by_then = docs
            .iter()
            .filter(|d| d.submitted.is_some_and(|s| s <= reference))
            .filter(|d| d.answered.is_some_and(|a| a <= reference))
            .count();
        assert_eq!(report.total.answered, answered_by_then, "{reference}");
    }
}
