//! The charts of the statistics and timeline views: SVG written in `html!`, colours
//! from CSS classes (`styles/charts.css`), every chart with an accessible table and a
//! CSV download of the same [`crate::view::charts::stats_table::StatsTable`]. The numbers and
//! the geometry come from the pure core (`crate::stats`, `crate::view::charts::stats_table`,
//! `crate::view::charts::layout`); these components only place them.

pub mod chart_frame;
pub mod data_table;
pub mod group_bars;
pub mod histogram;
pub mod labels;
pub mod monthly_trend;
pub mod status_fills;
pub mod status_legend;
pub mod summary_tiles;
pub mod timeline_bars;
pub mod weekly_chart;
