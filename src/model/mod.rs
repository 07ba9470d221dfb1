//! The data model shared by parser, statistics, exports, CLI and app: schema
//! `kamervraag/1` and calendar dates. Pure Rust, no UI crates.

mod date;
mod document;

pub use date::{days_in_month, is_leap_year, Date, DateParseError};
pub use document::{
    Diagnostic, DocumentRef, Footnote, Format, Kamervraag, Notice, Person, Position, Question,
    Severity, SCHEMA,
};
pub mod chart_layout;
pub mod embed;
pub mod stats_table;
pub use embed::{
    is_fetchable_url, percent_decode, query_pairs, EmbedSettings, EmbedTheme, EmbedView,
};
pub mod copies;
pub use copies::keep_most_complete_copies;
