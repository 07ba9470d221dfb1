//! The overdue list: every unanswered document past its term on a reference date,
//! longest overdue first, with the count per ministry or per answerer — the list the
//! Kamer publishes every Monday. The JSON shape of [`OverdueList`] is what
//! `kamervraag overdue --json` prints.

use super::facts::{DocumentFacts, GroupBy};
use crate::model::{Date, Kamervraag};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One overdue document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueDocument {
    /// The vraagnummer, when known.
    pub id: Option<String>,
    /// The title, when known.
    pub title: Option<String>,
    /// Date of submission.
    pub submitted: Date,
    /// The answer term in days (21, or 42 after a notice).
    pub term_days: i64,
    /// `reference date − submitted − term_days`, always more than 0.
    pub days_overdue: i64,
    /// Ministry labels of the answerers (`onbekend` when none is known).
    pub ministries: Vec<String>,
    /// Names of the answerers (`onbekend` when none is named).
    pub answerers: Vec<String>,
}

/// The number of overdue documents under one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueGroup {
    /// A ministry label or an answerer's name.
    pub key: String,
    /// Overdue documents with this key.
    pub count: usize,
}

/// The overdue documents on a reference date and their counts per group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueList {
    /// The date the list was made for.
    pub reference_date: Date,
    /// Overdue documents, by `days_overdue` descending, then vraagnummer.
    pub documents: Vec<OverdueDocument>,
    /// Counts per key, largest first, then key; a document with several keys counts
    /// in each.
    pub groups: Vec<OverdueGroup>,
}

impl OverdueList {
    /// The counts per key of another grouping (`ministry` or `answerer`) of the same
    /// documents; other groupings count nothing.
    pub fn counts_by(&self, by: GroupBy) -> Vec<OverdueGroup> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for document in &self.documents {
            let keys = match by {
                GroupBy::Ministry => &document.ministries,
                GroupBy::Answerer => &document.answerers,
                _ => continue,
            };
            for key in keys {
                *counts.entry(key.as_str()).or_insert(0) += 1;
            }
        }
        let mut groups: Vec<OverdueGroup> = counts
            .into_iter()
            .map(|(key, count)| OverdueGroup {
                key: key.to_string(),
                count,
            })
            .collect();
        groups.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        groups
    }
}

/// The overdue list of documents with their facts on the `reference` date (compute
/// the facts of each document as it stood then, see [`as_of`](super::as_of)), grouped
/// `by` ministry or answerer. Pass one copy per vraagnummer.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{overdue_list, DocumentFacts, GroupBy};
/// let today = Date::from_ymd(2024, 3, 1).unwrap();
/// let docs = [
///     Kamervraag { id: Some("2024Z00001".into()), submitted: Date::from_ymd(2024, 1, 1), ..Kamervraag::default() },
///     Kamervraag { id: Some("2024Z00002".into()), submitted: Date::from_ymd(2024, 2, 20), ..Kamervraag::default() },
/// ];
/// let facts = DocumentFacts::for_all(&docs, today);
/// let list = overdue_list(docs.iter().zip(&facts), GroupBy::Ministry, today);
/// assert_eq!(list.documents.len(), 1);
/// assert_eq!(list.documents[0].days_overdue, 60 - 21);
/// assert_eq!(list.groups[0].key, "onbekend");
/// ```
pub fn overdue_list<'a, I>(documents: I, by: GroupBy, reference: Date) -> OverdueList
where
    I: IntoIterator<Item = (&'a Kamervraag, &'a DocumentFacts)>,
{
    let mut overdue: Vec<OverdueDocument> = documents
        .into_iter()
        .filter_map(|(doc, facts)| {
            let days_overdue = facts.days_overdue.filter(|&days| days > 0)?;
            Some(OverdueDocument {
                id: doc.id.clone(),
                title: doc.title.clone(),
                submitted: facts.submitted?,
                term_days: facts.term_days,
                days_overdue,
                ministries: facts.keys.ministry.clone(),
                answerers: facts.keys.answerer.clone(),
            })
        })
        .collect();
    overdue.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.id.is_none().cmp(&b.id.is_none()))
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.title.cmp(&b.title))
    });
    let mut list = OverdueList {
        reference_date: reference,
        documents: overdue,
        groups: Vec::new(),
    };
    list.groups = list.counts_by(by);
    list
}
