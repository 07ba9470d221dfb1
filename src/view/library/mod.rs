//! The library screen's logic: the loaded documents with their facts computed once
//! ([`Library`]), the filter and sort order that travel in the URL
//! ([`LibraryFilter`]), the search query language ([`ParsedQuery`]), diacritic-insensitive
//! search with highlighting ([`SearchQuery`]), snippets of matches ([`snippets`]) and
//! the window of rows a long table renders ([`row_window`]).

mod entries;
mod filter;
mod query;
mod row_window;
mod search;
mod snippets;

pub use entries::{neighbours, Admission, Library, LibraryEntry, Prepared};
pub use filter::{
    status_rank, FilterField, LibraryFilter, LibraryRefresh, SortColumn, SortOrder, REFERENCE_KEY,
};
pub use query::{widen_case, Clause, Field, ParsedQuery, Pattern, QueryError, Term, MAX_TERMS};
pub use row_window::{row_window, RowWindow};
pub use search::{fold, highlight, units, SearchQuery, SearchText, TextSpan, Unit};
pub use snippets::{matches, snippet, snippets, Match, Snippet};
