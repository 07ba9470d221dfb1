//! The reference date control, the overdue list view and the words of downloads.

/// This area's lines of the message table.
macro_rules! reports_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            ReferenceDateLabel => nl: "Peildatum", en: "Reference date";
            ReferenceDateToday => nl: "Vandaag", en: "Today";
            ReferenceDateResetHint => nl: "Peildatum terugzetten op vandaag", en: "Set the reference date back to today";
            FiguresOn { date: &'a str } => nl: "Cijfers op peildatum {date}", en: "Figures as of {date}";
            SubmittedLater { count: usize } => nl: "{count} documenten ingediend na de peildatum blijven buiten beschouwing; antwoorden van na de peildatum tellen als nog niet gegeven.", en: "{count} documents submitted after the reference date are left out; answers after the reference date count as not yet given.";
            NavOverdue => nl: "Achterstand", en: "Overdue";
            OverdueHeading => nl: "Over de termijn", en: "Past their term";
            OverdueIntro { count: usize, date: &'a str } => nl: "{count} onbeantwoorde documenten waren op {date} over hun termijn (21 dagen, 42 na een uitstelbericht).", en: "{count} unanswered documents were past their term on {date} (21 days, 42 after a postponement notice).";
            OverdueEmpty => nl: "Geen onbeantwoorde documenten over hun termijn.", en: "No unanswered documents past their term.";
            OverduePerMinistry => nl: "Aantal per ministerie", en: "Count per ministry";
            OverduePerAnswerer => nl: "Aantal per bewindspersoon", en: "Count per answerer";
            OverdueSectionLabel { name: &'a str, count: usize } => nl: "{name}: {count}", en: "{name}: {count}";
            ColumnName => nl: "Naam", en: "Name";
            ColumnCount => nl: "Aantal", en: "Count";
            ColumnNumber => nl: "Vraagnummer", en: "Number";
            ColumnTitle => nl: "Titel", en: "Title";
            ColumnSubmitted => nl: "Ingediend", en: "Submitted";
            ColumnTermDays => nl: "Termijn (dagen)", en: "Term (days)";
            ColumnDaysOverdue => nl: "Dagen over termijn", en: "Days past term";
            ColumnAnswerers => nl: "Bewindspersonen", en: "Answerers";
            BackToStats => nl: "← Terug naar de statistieken", en: "← Back to the statistics";
            GroupDocumentsHeading => nl: "Documenten", en: "Documents";
            DownloadReport => nl: "Rapport downloaden (HTML)", en: "Download report (HTML)";
            ReportNoFilter => nl: "Filter: alle documenten", en: "Filter: all documents";
            ReportFilter { words: &'a str } => nl: "Filter: {words}", en: "Filter: {words}";
            ReportSources => nl: "Bronbestanden", en: "Source files";
            DownloadSvg => nl: "SVG downloaden", en: "Download SVG";
            DownloadPng => nl: "PNG downloaden", en: "Download PNG";
            ImageSubtitle { date: &'a str, count: usize } => nl: "Peildatum {date} · {count} documenten", en: "Reference date {date} · {count} documents";
        ] $($rest)* }
    };
}
