//! The library's filter and sort order: full-text query, filters per field
//! (party, submitter, ministry, answerer, topic, year, cabinet, status; combinable),
//! the sort column, and their URL query form (`q=...&party=VVD&sort=delay-desc`) so a
//! view can be bookmarked. Pure: matching works on the statistics core's per-document
//! facts and a folded search text.

use super::search::{SearchQuery, SearchText};
use crate::model::{Date, Kamervraag};
use crate::stats::{DocumentFacts, GroupBy, Status};
use crate::view::url::{percent_encode, query_pairs};

/// A field the library can be filtered on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FilterField {
    /// A party of the submitters.
    Party,
    /// A submitter's name.
    Submitter,
    /// A ministry of the answerers (label as made by the statistics core).
    Ministry,
    /// An answerer's name.
    Answerer,
    /// A topic.
    Topic,
    /// The year of submission.
    Year,
    /// The cabinet in office on the submission date.
    Cabinet,
    /// The deadline status (`on_time`, `late`, ...).
    Status,
}

impl FilterField {
    /// Every field, in the order the filter controls are shown.
    pub const ALL: [FilterField; 8] = [
        FilterField::Party,
        FilterField::Submitter,
        FilterField::Ministry,
        FilterField::Answerer,
        FilterField::Topic,
        FilterField::Year,
        FilterField::Cabinet,
        FilterField::Status,
    ];

    /// The URL query key, e.g. `party`.
    pub fn key(self) -> &'static str {
        match self {
            FilterField::Party => "party",
            FilterField::Submitter => "submitter",
            FilterField::Ministry => "ministry",
            FilterField::Answerer => "answerer",
            FilterField::Topic => "topic",
            FilterField::Year => "year",
            FilterField::Cabinet => "cabinet",
            FilterField::Status => "status",
        }
    }

    /// The field with this URL query key.
    pub fn from_key(key: &str) -> Option<FilterField> {
        FilterField::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The statistics grouping with the same keys (`None` for status).
    pub fn group_by(self) -> Option<GroupBy> {
        match self {
            FilterField::Party => Some(GroupBy::Party),
            FilterField::Submitter => Some(GroupBy::Submitter),
            FilterField::Ministry => Some(GroupBy::Ministry),
            FilterField::Answerer => Some(GroupBy::Answerer),
            FilterField::Topic => Some(GroupBy::Topic),
            FilterField::Year => Some(GroupBy::Year),
            FilterField::Cabinet => Some(GroupBy::Cabinet),
            FilterField::Status => None,
        }
    }

    /// The values a document has for this field.
    pub fn values(self, facts: &DocumentFacts) -> Vec<&str> {
        match self.group_by() {
            Some(by) => facts.keys(by).iter().map(String::as_str).collect(),
            None => vec![facts.status.as_str()],
        }
    }
}

/// A library column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortColumn {
    /// Date of submission.
    #[default]
    Submitted,
    /// The title.
    Title,
    /// The first submitter's name.
    Submitters,
    /// The first ministry.
    Ministries,
    /// Days to the answer (or open for).
    Delay,
    /// The deadline status.
    Status,
}

impl SortColumn {
    /// Every column, in table order.
    pub const ALL: [SortColumn; 6] = [
        SortColumn::Submitted,
        SortColumn::Title,
        SortColumn::Submitters,
        SortColumn::Ministries,
        SortColumn::Delay,
        SortColumn::Status,
    ];

    /// The URL name, e.g. `delay`.
    pub fn key(self) -> &'static str {
        match self {
            SortColumn::Submitted => "submitted",
            SortColumn::Title => "title",
            SortColumn::Submitters => "submitters",
            SortColumn::Ministries => "ministries",
            SortColumn::Delay => "delay",
            SortColumn::Status => "status",
        }
    }

    /// The column with this URL name.
    pub fn from_key(key: &str) -> Option<SortColumn> {
        SortColumn::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// A sort column with its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SortOrder {
    /// The column.
    pub column: SortColumn,
    /// Largest (or latest, or last in the alphabet) first.
    pub descending: bool,
}

impl Default for SortOrder {
    /// Newest first.
    fn default() -> Self {
        SortOrder {
            column: SortColumn::Submitted,
            descending: true,
        }
    }
}

impl SortOrder {
    /// The order after a click on `column`'s header: the same column flips
    /// direction, another column starts ascending (dates and delays descending).
    ///
    /// ```
    /// use kamervraag::view::library::{SortColumn, SortOrder};
    /// let start = SortOrder::default();
    /// assert!(start.descending);
    /// let flipped = start.toggled(SortColumn::Submitted);
    /// assert!(!flipped.descending);
    /// let title = flipped.toggled(SortColumn::Title);
    /// assert_eq!((title.column, title.descending), (SortColumn::Title, false));
    /// ```
    pub fn toggled(self, column: SortColumn) -> SortOrder {
        if self.column == column {
            SortOrder {
                column,
                descending: !self.descending,
            }
        } else {
            SortOrder {
                column,
                descending: matches!(column, SortColumn::Submitted | SortColumn::Delay),
            }
        }
    }
}

/// What the library shows: the search words, the chosen filter values and the order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LibraryFilter {
    /// The full-text query as typed.
    pub query: String,
    /// Chosen values, in the order they were chosen. Within one field any value
    /// may match; all fields must match.
    pub selections: Vec<(FilterField, String)>,
    /// The sort order.
    pub sort: SortOrder,
    /// The reference date (peildatum) the views show the library on; `None` for today.
    pub reference: Option<Date>,
}

impl LibraryFilter {
    /// Whether nothing is filtered (the sort order does not count).
    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.selections.is_empty()
    }

    /// A copy with `value` chosen for `field` (no duplicates).
    pub fn with(&self, field: FilterField, value: &str) -> LibraryFilter {
        let mut next = self.clone();
        if !next
            .selections
            .iter()
            .any(|(f, v)| *f == field && v == value)
        {
            next.selections.push((field, value.to_string()));
        }
        next
    }

    /// A copy without `value` for `field`.
    pub fn without(&self, field: FilterField, value: &str) -> LibraryFilter {
        let mut next = self.clone();
        next.selections
            .retain(|(f, v)| !(*f == field && v == value));
        next
    }

    /// A copy with another query.
    pub fn with_query(&self, query: &str) -> LibraryFilter {
        LibraryFilter {
            query: query.to_string(),
            ..self.clone()
        }
    }

    /// A copy with another sort order.
    pub fn with_sort(&self, sort: SortOrder) -> LibraryFilter {
        LibraryFilter {
            sort,
            ..self.clone()
        }
    }

    /// A copy with the query and every selection removed (the sort order and the
    /// reference date stay).
    pub fn cleared(&self) -> LibraryFilter {
        LibraryFilter {
            sort: self.sort,
            reference: self.reference,
            ..LibraryFilter::default()
        }
    }

    /// A copy with another reference date (`None`: today).
    pub fn with_reference(&self, reference: Option<Date>) -> LibraryFilter {
        LibraryFilter {
            reference,
            ..self.clone()
        }
    }

    /// The values chosen for `field`.
    pub fn values_of(&self, field: FilterField) -> impl Iterator<Item = &str> {
        self.selections
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
    }

    /// Whether a document with these facts and search text passes.
    ///
    /// ```
    /// use kamervraag::view::library::{FilterField, LibraryFilter, SearchText};
    /// use kamervraag::model::{Kamervraag, Person, Date};
    /// use kamervraag::stats::DocumentFacts;
    /// let doc = Kamervraag {
    ///     title: Some("Fietspaden in de winter".into()),
    ///     submitted: Date::from_ymd(2024, 1, 8),
    ///     submitters: vec![Person { name: "Anna".into(), party: Some("XYZ".into()), positions: vec![] }],
    ///     ..Kamervraag::default()
    /// };
    /// let facts = DocumentFacts::new(&doc, Date::from_ymd(2025, 1, 1).unwrap());
    /// let text = SearchText::new(&doc);
    /// let filter = LibraryFilter::default().with(FilterField::Party, "XYZ").with_query("winter");
    /// assert!(filter.matches(&facts, &doc, &text));
    /// assert!(!filter.with(FilterField::Year, "2023").matches(&facts, &doc, &text));
    /// assert!(filter.with(FilterField::Year, "2023").with(FilterField::Year, "2024").matches(&facts, &doc, &text));
    /// assert!(filter.with(FilterField::Status, "overdue").matches(&facts, &doc, &text));
    /// assert!(filter.with_query("partij:xyz -zomer").matches(&facts, &doc, &text));
    /// ```
    pub fn matches(&self, facts: &DocumentFacts, doc: &Kamervraag, text: &SearchText) -> bool {
        self.matches_with(&SearchQuery::parse(&self.query), facts, doc, text)
    }

    /// Like [`LibraryFilter::matches`] with the query already parsed (for loops).
    pub fn matches_with(
        &self,
        query: &SearchQuery,
        facts: &DocumentFacts,
        doc: &Kamervraag,
        text: &SearchText,
    ) -> bool {
        for field in FilterField::ALL {
            let mut wanted = self.values_of(field).peekable();
            if wanted.peek().is_none() {
                continue;
            }
            let have = field.values(facts);
            if !wanted.any(|w| have.contains(&w)) {
                return false;
            }
        }
        query.matches(doc, text)
    }

    /// The URL query form, without `?`; empty for the default view.
    ///
    /// ```
    /// use kamervraag::view::library::{FilterField, LibraryFilter, SortColumn, SortOrder};
    /// let f = LibraryFilter::default()
    ///     .with_query("gladde wegen")
    ///     .with(FilterField::Party, "GroenLinks-PvdA")
    ///     .with_sort(SortOrder { column: SortColumn::Delay, descending: true });
    /// assert_eq!(f.to_query(), "q=gladde%20wegen&party=GroenLinks-PvdA&sort=delay-desc");
    /// assert_eq!(LibraryFilter::from_query(&f.to_query()), f);
    /// assert_eq!(LibraryFilter::default().to_query(), "");
    /// ```
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut push = |key: &str, value: &str| {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            out.push_str(&percent_encode(value));
        };
        if !self.query.trim().is_empty() {
            // Kept as typed (a trailing space is part of typing the next word).
            push("q", &self.query);
        }
        for (field, value) in &self.selections {
            push(field.key(), value);
        }
        if self.sort != SortOrder::default() {
            let direction = if self.sort.descending { "desc" } else { "asc" };
            push("sort", &format!("{}-{direction}", self.sort.column.key()));
        }
        if let Some(reference) = self.reference {
            push(REFERENCE_KEY, &reference.to_string());
        }
        out
    }

    /// Reads the URL query form (with or without a leading `?`); unknown keys and
    /// malformed parts are ignored.
    ///
    /// ```
    /// use kamervraag::view::library::{FilterField, LibraryFilter};
    /// let f = LibraryFilter::from_query("?q=caf%C3%A9+bar&topic=verkeer&bogus=1&status=late&%ZZ");
    /// assert_eq!(f.query, "café bar");
    /// assert_eq!(f.values_of(FilterField::Topic).collect::<Vec<_>>(), ["verkeer"]);
    /// assert_eq!(f.values_of(FilterField::Status).collect::<Vec<_>>(), ["late"]);
    /// ```
    pub fn from_query(query: &str) -> LibraryFilter {
        let mut filter = LibraryFilter::default();
        for (key, value) in query_pairs(query) {
            match key.as_str() {
                "q" => filter.query = value,
                "sort" => {
                    let (column, direction) = value.split_once('-').unwrap_or((&value, "asc"));
                    if let Some(column) = SortColumn::from_key(column) {
                        filter.sort = SortOrder {
                            column,
                            descending: direction == "desc",
                        };
                    }
                }
                REFERENCE_KEY => filter.reference = value.trim().parse::<Date>().ok(),
                _ => {
                    if let Some(field) = FilterField::from_key(&key) {
                        if !value.is_empty() {
                            filter = filter.with(field, &value);
                        }
                    }
                }
            }
        }
        filter
    }
}

/// The URL query key of the reference date: `peildatum=2024-12-31`.
pub const REFERENCE_KEY: &str = "peildatum";

/// The sort key of a status: best first.
pub fn status_rank(status: Status) -> u8 {
    match status {
        Status::OnTime => 0,
        Status::OnTimeAfterPostponement => 1,
        Status::Late => 2,
        Status::Open => 3,
        Status::Overdue => 4,
        Status::Unknown => 5,
    }
}

/// When the views that go over the whole library — the filter menus (thousands of
/// values with counts) and the selection (filtered and sorted) — are computed again.
/// With nothing loading they follow every change of the library; while files load,
/// each time the library has grown by a quarter, and at once when it shrank (it was
/// cleared). Recomputing them for every batch that arrives would make loading
/// quadratic in the number of files.
///
/// ```
/// use kamervraag::view::library::LibraryRefresh;
/// let first = LibraryRefresh::default().next(1, 400, true);
/// assert_eq!(first.revision(), 1);
/// assert_eq!(first.next(2, 450, true).revision(), 1);
/// assert_eq!(first.next(3, 500, true).revision(), 3);
/// assert_eq!(first.next(4, 450, false).revision(), 4);
/// assert_eq!(first.next(5, 0, true).revision(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LibraryRefresh {
    revision: u64,
    len: usize,
}

impl LibraryRefresh {
    /// The library revision to show, given the library's `revision` and `len` now
    /// and whether files are loading.
    pub fn next(self, revision: u64, len: usize, loading: bool) -> LibraryRefresh {
        let grown = len >= self.len.saturating_add(self.len / 4);
        let shrunk = len < self.len;
        if revision == self.revision || (loading && self.len > 0 && !grown && !shrunk) {
            self
        } else {
            LibraryRefresh { revision, len }
        }
    }

    /// The library revision shown.
    pub fn revision(self) -> u64 {
        self.revision
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_round_trip_through_the_url() {
        let f = LibraryFilter::default()
            .with(FilterField::Ministry, "Buitenlandse Zaken (BZ)")
            .with(FilterField::Cabinet, "Rutte IV")
            .with(FilterField::Status, "on_time_after_postponement")
            .with_query("a&b=c")
            .with_sort(SortOrder {
                column: SortColumn::Title,
                descending: false,
            });
        assert_eq!(LibraryFilter::from_query(&f.to_query()), f);
        let removed = f.without(FilterField::Cabinet, "Rutte IV");
        assert_eq!(removed.selections.len(), 2);
        assert!(f.cleared().is_empty());
    }

    #[test]
    fn search_queries_round_trip_through_the_url() {
        use crate::view::library::SearchQuery;
        for q in [
            r#"stikstof "niet bekend" -boer -"geen idee""#,
            "antwoord:\"niet bekend\" partij:VVD OR party:D66",
            r"/stikstof(crisis|beleid)/ titel:/\d{4}&x=1/",
            "café & co? #1 +100% ëë",
            "/(/",
        ] {
            let filter = LibraryFilter::default().with_query(q);
            let back = LibraryFilter::from_query(&filter.to_query());
            assert_eq!(back.query, q);
            assert_eq!(SearchQuery::parse(&back.query), SearchQuery::parse(q));
        }
    }

    #[test]
    fn the_reference_date_round_trips_and_bad_dates_are_ignored() {
        let date = Date::from_ymd(2024, 12, 31);
        let f = LibraryFilter::default()
            .with(FilterField::Party, "VVD")
            .with_reference(date);
        assert_eq!(f.to_query(), "party=VVD&peildatum=2024-12-31");
        assert_eq!(LibraryFilter::from_query(&f.to_query()), f);
        assert_eq!(f.cleared().reference, date);
        assert_eq!(
            LibraryFilter::from_query("peildatum=2024-02-30").reference,
            None
        );
        assert_eq!(
            LibraryFilter::from_query("peildatum=gisteren").reference,
            None
        );
    }
}
