//! Answer-delay statistics: the deadline status of each document (21 days, 42 after
//! a postponement notice), the ministries and cabinets documents belong to,
//! aggregation over any grouping, delay histograms, weekly and monthly series, and
//! timelines. Pure core code (no UI crates), used by the web app, the CLI
//! (`kamervraag stats`) and the JS API.
//!
//! For repeated recomputation (the app), build a [`FactTable`] once — the
//! [`DocumentFacts`] of every document with interned group keys — and call
//! [`FactTable::report_subset`], [`histogram`], [`weekly_series`] and
//! [`monthly_series`] on any subset. [`aggregate_facts`] gives the same report from
//! plain facts.

mod aggregate;
mod cabinet;
mod facts;
mod histogram;
mod ministry;
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
pub use series::{monthly_series, weekly_series, SeriesPoint, MAX_FILLED_PERIODS};
pub use status::{
    answer_delay_days, days_overdue, status, term_days, Status, ANSWER_TERM_DAYS,
    POSTPONED_TERM_DAYS,
};
pub use summary::{mean, median_sorted, percentile_sorted, share};
pub use table::FactTable;
pub use timeline::{
    collection_timeline, collection_timeline_from_facts, document_timeline, EventKind,
    TimelineEvent, TimelineRow,
};
