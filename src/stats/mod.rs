//! Answer-delay statistics: the deadline status of each document (21 days, 42 after
//! a postponement notice), the ministries and cabinets documents belong to,
//! aggregation over any grouping, delay histograms, weekly and monthly series, and
//! timelines. Pure core code (no UI crates), used by the web app, the CLI
//! (`kamervraag stats`) and the JS API.
//!
//! Compute the [`DocumentFacts`] of a document once and keep them: [`aggregate_facts`],
//! [`histogram`], [`weekly_series`], [`monthly_series`] and
//! [`collection_timeline_from_facts`] take any iterator of facts (the web app keeps
//! them in its library entries and passes the selected ones). For regrouping one
//! large collection many times, a [`FactTable`] interns the group keys and
//! recomputes any subset by array indexing ([`FactTable::report_subset`]; measured
//! in `benches/stats.rs`, cross-checked against [`aggregate_facts`] in the tests).

mod aggregate;
mod cabinet;
mod facts;
mod histogram;
mod ministry;
mod overdue;
mod reference;
mod series;
mod status;
mod summary;
mod table;
mod timeline;

pub use aggregate::{aggregate, aggregate_facts, Group, StatsReport, TOTAL_KEY};
pub use cabinet::{cabinet_on, cabinets, Cabinet};
pub use facts::{DocumentFacts, GroupBy, GroupKeys, UNKNOWN_KEY};
pub use histogram::{histogram, Histogram, HistogramBin, HistogramOptions, MAX_BINS};
pub use ministry::{
    ministries, ministry_for_portfolio, ministry_for_position, Ministry, MinistryEntry,
    MINISTRY_TABLE, UNKNOWN_MINISTRY,
};
pub use overdue::{overdue_list, OverdueDocument, OverdueGroup, OverdueList};
pub use reference::{as_of, collection_as_of, submitted_after};
pub use series::{monthly_series, weekly_series, SeriesPoint, MAX_FILLED_PERIODS};
pub use status::{
    answer_delay_days, days_overdue, notice_in_time, postponed, status, term_days, Status,
    ANSWER_TERM_DAYS, POSTPONED_TERM_DAYS,
};
pub use summary::{mean, median_sorted, percentile_sorted, share};
pub use table::FactTable;
pub use timeline::{
    collection_timeline, collection_timeline_from_facts, document_timeline, EventKind,
    TimelineEvent, TimelineRow,
};
