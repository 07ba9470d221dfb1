//! The library view: search, filter menus and chips, the table of documents.

/// This area's lines of the message table.
macro_rules! library_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            SearchLabel => nl: "Zoeken in titels, vragen en antwoorden", en: "Search titles, questions and answers";
            SearchPlaceholder => nl: "Zoeken…", en: "Search…";
            FiltersLabel => nl: "Filters", en: "Filters";
            FilterAny { field: &'a str } => nl: "{field}: alle", en: "{field}: all";
            ActiveFilters => nl: "Actieve filters", en: "Active filters";
            SearchChip { words: &'a str } => nl: "zoeken: {words}", en: "search: {words}";
            QueryProblem { reason: &'a str } => nl: "Zoekopdracht niet leesbaar ({reason}); de vorige resultaten blijven staan.", en: "Cannot read the search ({reason}); the previous results stay.";
            RemoveFilter { filter: &'a str } => nl: "Filter verwijderen: {filter}", en: "Remove filter: {filter}";
            ClearFilters => nl: "Alle filters wissen", en: "Clear all filters";
            ResultCount { shown: usize, total: usize } => nl: "{shown} van {total} documenten", en: "{shown} of {total} documents";
            LibraryTableLabel => nl: "Documenten", en: "Documents";
            DaysShort { days: i64 } => nl: "{days} d", en: "{days} d";
            DaysOpenShort { days: i64 } => nl: "{days} d open", en: "{days} d open";
            NoResults => nl: "Geen documenten voor deze zoekopdracht en filters.", en: "No documents match this search and these filters.";
        ] $($rest)* }
    };
}
