//! The statistics and timeline views: chart titles, descriptions, axes, notes and
//! table controls.

/// This area's lines of the message table.
macro_rules! charts_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            StatsHeading => nl: "Statistieken", en: "Statistics";
            StatsEmpty => nl: "Geen documenten om te tellen. Laad bestanden of verruim de filters.", en: "No documents to count. Load files or widen the filters.";
            StatsTilesLabel => nl: "Kerncijfers", en: "Key figures";
            ChartHistogram => nl: "Verdeling van de antwoordtijd", en: "Distribution of answer delays";
            ChartHistogramDescription => nl: "Staafdiagram: aantal beantwoorde documenten per antwoordtijd in dagen, met markeringen bij 21 en 42 dagen.", en: "Bar chart: answered documents per answer delay in days, with marks at 21 and 42 days.";
            AxisDaysToAnswer => nl: "Dagen tot antwoord", en: "Days to answer";
            AxisDocuments => nl: "Documenten", en: "Documents";
            MarkTerm => nl: "21 dagen: termijn", en: "21 days: term";
            MarkPostponed => nl: "42 dagen: na uitstel", en: "42 days: after postponement";
            ChartTrend => nl: "Mediane antwoordtijd per maand", en: "Median answer delay per month";
            ChartTrendDescription => nl: "Lijndiagram: mediane antwoordtijd in dagen van de antwoorden per maand, met een lijn bij 21 dagen.", en: "Line chart: median answer delay in days of the answers given per month, with a line at 21 days.";
            AxisMedianDays => nl: "Mediaan (dagen)", en: "Median (days)";
            GroupBarsDescription => nl: "Staafdiagram: mediane antwoordtijd in dagen en percentage op tijd per groep.", en: "Bar chart: median answer delay in days and percentage on time per group.";
            BarsMedianHeading => nl: "Mediane antwoordtijd (dagen)", en: "Median delay (days)";
            BarsOnTimeHeading => nl: "% op tijd", en: "% on time";
            GroupsShown { shown: usize, total: usize } => nl: "De grafiek toont de {shown} grootste van {total} groepen; de tabel toont ze allemaal.", en: "The chart shows the {shown} largest of {total} groups; the table lists them all.";
            NoAnswersYet => nl: "Nog geen beantwoorde documenten.", en: "No answered documents yet.";
            ShowTable => nl: "Tabel tonen", en: "Show table";
            DownloadCsv => nl: "CSV downloaden", en: "Download CSV";
            DownloadFailed => nl: "Downloaden mislukt", en: "Download failed";
            TimelineHeading => nl: "Tijdlijn", en: "Timeline";
            TimelineEmpty => nl: "Geen documenten met een indieningsdatum. Laad bestanden of verruim de filters.", en: "No documents with a submission date. Load files or widen the filters.";
            ZoomLabel => nl: "Jaren", en: "Years";
            FromYear => nl: "Van", en: "From";
            ToYear => nl: "Tot en met", en: "Up to";
            AllYears => nl: "Alle jaren", en: "All years";
            ChartWeekly => nl: "Ingediend per week", en: "Submitted per week";
            ChartWeeklyDescription => nl: "Staafdiagram: aantal ingediende documenten per week.", en: "Bar chart: documents submitted per week.";
            ChartTimeline => nl: "Van indiening tot antwoord", en: "From submission to answer";
            ChartTimelineDescription => nl: "Een balk per document van indiening tot antwoord, open documenten lopen tot vandaag. Kies een balk om het document te openen.", en: "One bar per document from submission to answer; open documents run to today. Choose a bar to open the document.";
            TimelineCapped { shown: usize, total: usize } => nl: "De tijdlijn toont de eerste {shown} van {total} documenten; kies minder jaren of filter verder. De tabel toont ze allemaal.", en: "The timeline shows the first {shown} of {total} documents; choose fewer years or filter further. The table lists them all.";
            TimelineUndated { count: usize } => nl: "{count} documenten zonder indieningsdatum staan niet op de tijdlijn.", en: "{count} documents without a submission date are not on the timeline.";
            Today => nl: "vandaag", en: "today";
            BarSubmitted => nl: "ingediend", en: "submitted";
            BarAnswered => nl: "beantwoord", en: "answered";
            BarStillOpen => nl: "nog open op", en: "still open on";
            Legend => nl: "Legenda", en: "Legend";
        ] $($rest)* }
    };
}
