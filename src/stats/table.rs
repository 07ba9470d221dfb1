//! [`FactTable`]: the facts of a collection with every group key interned to a
//! small number, laid out so that the total and any grouping over all documents or
//! any subset are recomputed with array indexing only, for regrouping one large
//! collection many times (see `benches/stats.rs`).

use super::aggregate::{sort_groups, Accumulator, StatsReport, TOTAL_KEY};
use super::facts::{DocumentFacts, GroupBy};
use super::status::Status;
use crate::model::{Date, Kamervraag};
use std::collections::HashMap;

/// The outcome of one document, compact for scanning.
#[derive(Debug, Clone, Copy)]
struct Outcome {
    status: Status,
    has_notice: bool,
    delay: Option<i64>,
}

/// The keys of one grouping for every document: key numbers into `names`, document
/// `i` holding `ids[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone, Default)]
struct Dimension {
    names: Vec<String>,
    starts: Vec<usize>,
    ids: Vec<u32>,
}

impl Dimension {
    fn build(facts: &[DocumentFacts], by: GroupBy) -> Dimension {
        let mut number_of: HashMap<&str, u32> = HashMap::new();
        let mut dimension = Dimension {
            names: Vec::new(),
            starts: Vec::with_capacity(facts.len() + 1),
            ids: Vec::with_capacity(facts.len()),
        };
        dimension.starts.push(0);
        for document in facts {
            for key in document.keys(by) {
                let next = dimension.names.len() as u32;
                let id = *number_of.entry(key.as_str()).or_insert_with(|| {
                    dimension.names.push(key.clone());
                    next
                });
                dimension.ids.push(id);
            }
            dimension.starts.push(dimension.ids.len());
        }
        dimension
    }

    /// The key numbers of document `index` (empty when out of range).
    fn ids_of(&self, index: usize) -> &[u32] {
        match (self.starts.get(index), self.starts.get(index + 1)) {
            (Some(&start), Some(&end)) => self.ids.get(start..end).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The facts of a collection on one reference date, with interned group keys for
/// fast aggregation of the whole collection or any subset.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{FactTable, GroupBy};
/// let doc = |year| Kamervraag {
///     submitted: Date::from_ymd(year, 3, 1),
///     answered: Date::from_ymd(year, 3, 11),
///     ..Kamervraag::default()
/// };
/// let table = FactTable::new(&[doc(2020), doc(2021), doc(2021)], Date::from_ymd(2024, 1, 1).unwrap());
/// let report = table.report(Some(GroupBy::Year));
/// assert_eq!(report.total.count, 3);
/// assert_eq!((report.groups[0].key.as_str(), report.groups[0].count), ("2021", 2));
/// let first_two = table.report_subset([0, 1], Some(GroupBy::Year));
/// assert_eq!(first_two.groups.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct FactTable {
    reference: Date,
    facts: Vec<DocumentFacts>,
    outcomes: Vec<Outcome>,
    dimensions: Vec<Dimension>,
}

impl FactTable {
    /// Computes the facts of `docs` on `reference` and interns their keys.
    pub fn new(docs: &[Kamervraag], reference: Date) -> FactTable {
        FactTable::from_facts(DocumentFacts::for_all(docs, reference), reference)
    }

    /// Builds the table from facts computed before (for `reference`).
    pub fn from_facts(facts: Vec<DocumentFacts>, reference: Date) -> FactTable {
        let outcomes = facts
            .iter()
            .map(|f| Outcome {
                status: f.status,
                has_notice: f.has_notice,
                delay: f.delay_days,
            })
            .collect();
        let dimensions = GroupBy::ALL
            .iter()
            .map(|&by| Dimension::build(&facts, by))
            .collect();
        FactTable {
            reference,
            facts,
            outcomes,
            dimensions,
        }
    }

    /// The reference date.
    pub fn reference(&self) -> Date {
        self.reference
    }

    /// The facts of every document, in input order.
    pub fn facts(&self) -> &[DocumentFacts] {
        &self.facts
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    /// Whether the table holds no documents.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// The distinct keys of one grouping, in order of first appearance.
    pub fn group_keys(&self, by: GroupBy) -> &[String] {
        self.dimension(by).map_or(&[], |d| d.names.as_slice())
    }

    fn dimension(&self, by: GroupBy) -> Option<&Dimension> {
        let position = GroupBy::ALL.iter().position(|&g| g == by)?;
        self.dimensions.get(position)
    }

    /// Statistics of all documents: the total and the groups of `group_by`.
    pub fn report(&self, group_by: Option<GroupBy>) -> StatsReport {
        self.report_subset(0..self.len(), group_by)
    }

    /// Statistics of the documents at the positions `selected` (positions out of
    /// range are skipped; a position given twice counts twice).
    pub fn report_subset<I>(&self, selected: I, group_by: Option<GroupBy>) -> StatsReport
    where
        I: IntoIterator<Item = usize>,
    {
        let dimension = group_by.and_then(|by| self.dimension(by));
        let mut total = Accumulator::default();
        let mut groups: Vec<Accumulator> =
            vec![Accumulator::default(); dimension.map_or(0, |d| d.names.len())];
        for index in selected {
            let Some(outcome) = self.outcomes.get(index) else {
                continue;
            };
            total.add_outcome(outcome.status, outcome.has_notice, outcome.delay);
            if let Some(dimension) = dimension {
                for &id in dimension.ids_of(index) {
                    if let Some(group) = groups.get_mut(id as usize) {
                        group.add_outcome(outcome.status, outcome.has_notice, outcome.delay);
                    }
                }
            }
        }
        let mut groups: Vec<_> = match dimension {
            Some(dimension) => groups
                .into_iter()
                .zip(&dimension.names)
                .filter(|(group, _)| group.count > 0)
                .map(|(group, name)| group.finish(name.clone()))
                .collect(),
            None => Vec::new(),
        };
        sort_groups(&mut groups);
        StatsReport {
            reference_date: self.reference,
            total: total.finish(TOTAL_KEY.to_string()),
            groups,
        }
    }
}
