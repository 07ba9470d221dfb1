//! The data model shared by parser, statistics, exports, CLI and app: schema
//! `kamervraag/1` and calendar dates. Pure Rust, no UI crates.

mod date;
mod document;

pub use date::{days_in_month, is_leap_year, Date, DateParseError, DUTCH_MONTH_NAMES};
pub use document::{
    Diagnostic, DocumentRef, Footnote, Format, Kamervraag, Notice, Person, Position, Question,
    Severity, SCHEMA,
};
mod archive;
pub use archive::{crc32, expand_zip, is_zip, ArchiveEntry};
mod footnote_marks;
pub use footnote_marks::{split_document_footnote_marks, split_footnote_marks, MarkedText};
mod row_window;
pub use row_window::{row_window, RowWindow};
mod search;
pub use search::{document_search_text, fold, highlight, SearchQuery, TextSpan};
mod filter;
pub use filter::{status_rank, FilterField, LibraryFilter, SortColumn, SortOrder};
mod library;
pub use library::{neighbours, Admission, Library, LibraryEntry};
mod day_scale;
pub use day_scale::DayScale;
pub mod chart_layout;
pub mod embed;
pub mod stats_table;
pub use embed::{
    is_fetchable_url, percent_decode, query_pairs, EmbedSettings, EmbedTheme, EmbedView,
};
pub mod copies;
pub use copies::keep_most_complete_copies;
