//! The library screen's logic: the loaded documents with their facts computed once
//! ([`Library`]), the filter and sort order that travel in the URL
//! ([`LibraryFilter`]), diacritic-insensitive search with highlighting
//! ([`SearchQuery`]) and the window of rows a long table renders ([`row_window`]).

mod entries;
mod filter;
mod row_window;
mod search;

pub use entries::{neighbours, Admission, Library, LibraryEntry};
pub use filter::{status_rank, FilterField, LibraryFilter, SortColumn, SortOrder};
pub use row_window::{row_window, RowWindow};
pub use search::{document_search_text, fold, highlight, SearchQuery, TextSpan, MAX_QUERY_WORDS};
