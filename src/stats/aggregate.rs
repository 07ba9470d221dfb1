//! Aggregation: counts, delay figures and on-time shares over any set of documents,
//! for the total and per group. The JSON shape of [`StatsReport`] is what
//! `kamervraag stats --json` prints and the browser JS API returns.

use super::facts::{DocumentFacts, GroupBy};
use super::status::Status;
use super::summary::{mean, median_sorted, percentile_sorted, share};
use crate::model::{Date, Kamervraag};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The key of the total in a [`StatsReport`].
pub const TOTAL_KEY: &str = "total";

/// Figures for one group of documents (or the total).
///
/// `answered = on_time + on_time_after_postponement + late` and
/// `count = answered + open + overdue + unknown` (an answered document without a
/// submission date counts as `unknown`). Delay figures are in days over the answered
/// documents, `None` when there are none; percentiles use linear interpolation
/// ([`percentile_sorted`]). Shares are over the documents whose outcome is known,
/// `answered + overdue`, `None` when that is 0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The group key (e.g. `Buitenlandse Zaken (BZ)`), or `total`.
    pub key: String,
    /// Documents in the group.
    pub count: usize,
    /// Answered documents with a submission date.
    pub answered: usize,
    /// Unanswered documents within their term.
    pub open: usize,
    /// Unanswered documents past their term.
    pub overdue: usize,
    /// Documents without a submission date.
    pub unknown: usize,
    /// Documents with a postponement notice (any status).
    pub with_notice: usize,
    /// Answered within 21 days.
    pub on_time: usize,
    /// Answered within 42 days after a postponement notice.
    pub on_time_after_postponement: usize,
    /// Answered after the term.
    pub late: usize,
    /// Median delay in days.
    pub median_delay: Option<f64>,
    /// Mean delay in days.
    pub mean_delay: Option<f64>,
    /// 75th percentile of the delay in days.
    pub p75_delay: Option<f64>,
    /// 90th percentile of the delay in days.
    pub p90_delay: Option<f64>,
    /// Longest delay in days.
    pub max_delay: Option<i64>,
    /// `on_time / (answered + overdue)`.
    pub on_time_share: Option<f64>,
    /// `(on_time + on_time_after_postponement) / (answered + overdue)`.
    pub on_time_with_postponement_share: Option<f64>,
}

/// The statistics of a collection: the total and, when grouped, one [`Group`] per
/// key, sorted by count (largest first), then key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatsReport {
    /// The date the open/overdue status was judged on.
    pub reference_date: Date,
    /// All documents.
    pub total: Group,
    /// One entry per group; empty without a grouping.
    pub groups: Vec<Group>,
}

/// Running counts of one group while the documents stream past.
#[derive(Debug, Default, Clone)]
pub(super) struct Accumulator {
    pub(super) count: usize,
    open: usize,
    overdue: usize,
    unknown: usize,
    with_notice: usize,
    on_time: usize,
    on_time_after_postponement: usize,
    late: usize,
    delays: Vec<i64>,
}

impl Accumulator {
    fn add(&mut self, facts: &DocumentFacts) {
        self.add_outcome(facts.status, facts.has_notice, facts.delay_days);
    }

    /// Counts one document with this status, notice flag and delay.
    pub(super) fn add_outcome(&mut self, status: Status, has_notice: bool, delay: Option<i64>) {
        self.count += 1;
        self.with_notice += usize::from(has_notice);
        match status {
            Status::OnTime => self.on_time += 1,
            Status::OnTimeAfterPostponement => self.on_time_after_postponement += 1,
            Status::Late => self.late += 1,
            Status::Open => self.open += 1,
            Status::Overdue => self.overdue += 1,
            Status::Unknown => self.unknown += 1,
        }
        if let Some(delay) = delay.filter(|_| status.is_answered()) {
            self.delays.push(delay);
        }
    }

    /// The figures of the documents counted so far.
    pub(super) fn finish(mut self, key: String) -> Group {
        self.delays.sort_unstable();
        let delays = &self.delays;
        let answered = self.on_time + self.on_time_after_postponement + self.late;
        let known_outcome = answered + self.overdue;
        Group {
            key,
            count: self.count,
            answered,
            open: self.open,
            overdue: self.overdue,
            unknown: self.unknown,
            with_notice: self.with_notice,
            on_time: self.on_time,
            on_time_after_postponement: self.on_time_after_postponement,
            late: self.late,
            median_delay: median_sorted(delays),
            mean_delay: mean(delays),
            p75_delay: percentile_sorted(delays, 0.75),
            p90_delay: percentile_sorted(delays, 0.90),
            max_delay: delays.last().copied(),
            on_time_share: share(self.on_time, known_outcome),
            on_time_with_postponement_share: share(
                self.on_time + self.on_time_after_postponement,
                known_outcome,
            ),
        }
    }
}

/// Sorts groups by count (largest first), then key.
pub(super) fn sort_groups(groups: &mut [Group]) {
    groups.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
}

/// Statistics of precomputed facts: the total, and the groups of `group_by` when
/// given. A document with several keys (ministries, parties, topics, ...) counts once
/// in each of its groups and once in the total. `facts` may be any subset.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{aggregate_facts, DocumentFacts, GroupBy};
/// let today = Date::from_ymd(2024, 6, 1).unwrap();
/// let doc = |s: (i32, u32, u32), a: Option<(i32, u32, u32)>| Kamervraag {
///     submitted: Date::from_ymd(s.0, s.1, s.2),
///     answered: a.and_then(|a| Date::from_ymd(a.0, a.1, a.2)),
///     ..Kamervraag::default()
/// };
/// let docs = [
///     doc((2024, 1, 1), Some((2024, 1, 11))), // 10 days: on time
///     doc((2024, 1, 1), Some((2024, 2, 20))), // 50 days: late
///     doc((2024, 5, 1), None),                // overdue
/// ];
/// let facts = DocumentFacts::for_all(&docs, today);
/// let report = aggregate_facts(&facts, Some(GroupBy::Year), today);
/// assert_eq!(report.total.count, 3);
/// assert_eq!(report.total.median_delay, Some(30.0));
/// assert_eq!(report.total.on_time_share, Some(1.0 / 3.0));
/// assert_eq!(report.groups[0].key, "2024");
/// ```
pub fn aggregate_facts<'a, I>(facts: I, group_by: Option<GroupBy>, reference: Date) -> StatsReport
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    let mut total = Accumulator::default();
    let mut groups: HashMap<&'a str, Accumulator> = HashMap::new();
    for document in facts {
        total.add(document);
        if let Some(by) = group_by {
            for key in document.keys(by) {
                groups.entry(key.as_str()).or_default().add(document);
            }
        }
    }
    let mut groups: Vec<Group> = groups
        .into_iter()
        .map(|(key, accumulator)| accumulator.finish(key.to_string()))
        .collect();
    sort_groups(&mut groups);
    StatsReport {
        reference_date: reference,
        total: total.finish(TOTAL_KEY.to_string()),
        groups,
    }
}

/// Statistics of documents on the `reference` date: computes their
/// [`DocumentFacts`] and calls [`aggregate_facts`]. Keep the facts instead when
/// recomputing often, or a [`FactTable`](super::FactTable), which is fastest.
pub fn aggregate(docs: &[Kamervraag], group_by: Option<GroupBy>, reference: Date) -> StatsReport {
    let facts = DocumentFacts::for_all(docs, reference);
    aggregate_facts(&facts, group_by, reference)
}
