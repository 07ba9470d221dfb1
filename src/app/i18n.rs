//! Every user-visible string of the app, in Dutch (default) and English, in one table.
//! `Msg` is matched exhaustively in [`Msg::text`], so a string cannot be left
//! untranslated. Components get the language with [`use_lang`].

use yew::prelude::*;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, for `lang` attributes and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a code such as `nl` or `en-GB`; unknown codes give Dutch.
    pub fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

/// A user-visible string. Keep the variants grouped by area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    // --- general and home ---
    /// The app name.
    AppName,
    /// The one-line pitch under the name.
    Tagline,
    /// Drop zone hint.
    DropHint,
    /// Drop zone label for screen readers.
    DropZoneLabel,
    /// File picker button.
    ChooseFiles,
    /// Example button.
    LoadExample,
    /// List label of loaded files.
    LoadedFiles,
    /// A document without vraagnummer.
    NoId,
    /// Page not found.
    NotFound,
    // --- statistics and timeline ---
    /// Heading of the statistics view.
    StatsHeading,
    /// Statistics view without documents.
    StatsEmpty,
    /// Label of the summary tiles.
    StatsTilesLabel,
    /// Title of the delay histogram.
    ChartHistogram,
    /// Accessible description of the histogram.
    ChartHistogramDescription,
    /// Axis label: days to answer.
    AxisDaysToAnswer,
    /// Axis label: number of documents.
    AxisDocuments,
    /// The 21-day mark.
    MarkTerm,
    /// The 42-day mark.
    MarkPostponed,
    /// Title of the monthly trend.
    ChartTrend,
    /// Accessible description of the monthly trend.
    ChartTrendDescription,
    /// Axis label: median delay in days.
    AxisMedianDays,
    /// Title: per ministry.
    ChartByMinistry,
    /// Title: per party.
    ChartByParty,
    /// Title: per answerer.
    ChartByAnswerer,
    /// Title: per topic.
    ChartByTopic,
    /// Title: per year.
    ChartByYear,
    /// Title: per cabinet.
    ChartByCabinet,
    /// Accessible description of a group chart.
    GroupBarsDescription,
    /// Panel heading: median delay.
    BarsMedianHeading,
    /// Panel heading: % on time.
    BarsOnTimeHeading,
    /// Note under a capped group chart; {shown} and {total} are replaced.
    GroupsShown,
    /// A chart without answered documents.
    NoAnswersYet,
    /// Summary of the table disclosure.
    ShowTable,
    /// CSV download button.
    DownloadCsv,
    /// Download failed.
    DownloadFailed,
    /// Column: group.
    ColGroup,
    /// Column: documents.
    ColCount,
    /// Column: answered.
    ColAnswered,
    /// Column: open.
    ColOpen,
    /// Column: overdue.
    ColOverdue,
    /// Column: on time.
    ColOnTime,
    /// Column: on time after postponement.
    ColOnTimeAfterPostponement,
    /// Column: late.
    ColLate,
    /// Column: with notice.
    ColWithNotice,
    /// Column: median delay.
    ColMedianDelay,
    /// Column: mean delay.
    ColMeanDelay,
    /// Column: 90th percentile.
    ColP90Delay,
    /// Column: longest delay.
    ColMaxDelay,
    /// Column: % on time.
    ColOnTimeShare,
    /// Column: % on time counting postponements.
    ColOnTimeWithPostponementShare,
    /// Column: delay range.
    ColDelayRange,
    /// Column: week.
    ColWeek,
    /// Column: month.
    ColMonth,
    /// Column: submitted in period.
    ColSubmittedCount,
    /// Column: answered in period.
    ColAnsweredCount,
    /// Column: vraagnummer.
    ColId,
    /// Column: submission date.
    ColSubmittedDate,
    /// Column: answer date or today.
    ColEndDate,
    /// Column: status.
    ColDocStatus,
    /// Status: on time.
    ChartStatusOnTime,
    /// Status: on time after postponement.
    ChartStatusOnTimeAfterPostponement,
    /// Status: late.
    ChartStatusLate,
    /// Status: open.
    ChartStatusOpen,
    /// Status: overdue.
    ChartStatusOverdue,
    /// Status: unknown.
    ChartStatusUnknown,
    /// Heading of the timeline view.
    TimelineHeading,
    /// Timeline without dated documents.
    TimelineEmpty,
    /// Label of the year-range controls.
    ZoomLabel,
    /// Select: first year.
    FromYear,
    /// Select: last year.
    ToYear,
    /// Button: show all years.
    AllYears,
    /// Title of the weekly submissions chart.
    ChartWeekly,
    /// Accessible description of the weekly chart.
    ChartWeeklyDescription,
    /// Title of the collection timeline.
    ChartTimeline,
    /// Accessible description of the timeline.
    ChartTimelineDescription,
    /// Note when not all bars are drawn; {shown} and {total} are replaced.
    TimelineCapped,
    /// Note about documents without a date; {count} is replaced.
    TimelineUndated,
    /// Label of the reference-date line.
    Today,
    /// Bar label part: submitted.
    BarSubmitted,
    /// Bar label part: answered.
    BarAnswered,
    /// Bar label part: still open on.
    BarStillOpen,
    /// Legend label.
    Legend,
    // --- embedding and offline app (embed issue) ---
    /// Button offered when a new version of the app is installed and waiting.
    UpdateReload,
    /// Text next to [`Msg::UpdateReload`].
    UpdateAvailable,
    /// Heading of the error box of an embedded viewer.
    EmbedCannotRead,
    /// An embedded viewer with neither text nor `src`.
    EmbedNoDocument,
    /// While an embedded viewer fetches its `src`.
    EmbedLoading,
    /// Label of the vraagnummer in the document view.
    FieldId,
    /// Label of the submission date.
    FieldSubmitted,
    /// Label of the answer date.
    FieldAnswered,
    /// Label of the answer delay.
    FieldDelay,
    /// Unit after the number of days.
    Days,
    /// Shown instead of the answer date of an unanswered document.
    NotAnswered,
    /// Label of the members who asked.
    FieldSubmitters,
    /// Label of the ministers who answered.
    FieldAnswerers,
    /// Label of the topics.
    FieldTopics,
    /// Link to the question document.
    QuestionSource,
    /// Link to the answer document.
    AnswerSource,
    /// Heading of the questions.
    Questions,
    /// Prefix of a question number ("Vraag 3").
    QuestionLabel,
    /// Shown instead of a missing answer.
    NoAnswer,
    /// Heading of the postponement notices.
    Notices,
    /// Heading of the footnotes.
    Footnotes,
    /// Note that the text is cut off before its end.
    Incomplete,
}

impl Msg {
    /// The text of this message in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::*;
        use Msg::*;
        match (self, lang) {
            // --- general and home ---
            (AppName, _) => "Kamervraag Viewer",
            (Tagline, Nl) => "Lees Kamervragen en meet hoe laat ze worden beantwoord — alles blijft in je browser.",
            (Tagline, En) => "Read parliamentary questions and measure how late they are answered — everything stays in your browser.",
            (DropHint, Nl) => "Sleep Kamervraag-tekstbestanden hierheen",
            (DropHint, En) => "Drop Kamervraag text files here",
            (DropZoneLabel, Nl) => "Bestanden neerzetten",
            (DropZoneLabel, En) => "Drop files",
            (ChooseFiles, Nl) => "Bestanden kiezen",
            (ChooseFiles, En) => "Choose files",
            (LoadExample, Nl) => "Voorbeeld laden",
            (LoadExample, En) => "Load example",
            (LoadedFiles, Nl) => "Geladen bestanden",
            (LoadedFiles, En) => "Loaded files",
            (NoId, Nl) => "(geen vraagnummer)",
            (NoId, En) => "(no question number)",
            (NotFound, Nl) => "Pagina niet gevonden.",
            (NotFound, En) => "Page not found.",
            // --- statistics and timeline ---
            (StatsHeading, Nl) => "Statistieken",
            (StatsHeading, En) => "Statistics",
            (StatsEmpty, Nl) => "Geen documenten om te tellen. Laad bestanden of verruim de filters.",
            (StatsEmpty, En) => "No documents to count. Load files or widen the filters.",
            (StatsTilesLabel, Nl) => "Kerncijfers",
            (StatsTilesLabel, En) => "Key figures",
            (ChartHistogram, Nl) => "Verdeling van de antwoordtijd",
            (ChartHistogram, En) => "Distribution of answer delays",
            (ChartHistogramDescription, Nl) => "Staafdiagram: aantal beantwoorde documenten per antwoordtijd in dagen, met markeringen bij 21 en 42 dagen.",
            (ChartHistogramDescription, En) => "Bar chart: answered documents per answer delay in days, with marks at 21 and 42 days.",
            (AxisDaysToAnswer, Nl) => "Dagen tot antwoord",
            (AxisDaysToAnswer, En) => "Days to answer",
            (AxisDocuments, Nl) => "Documenten",
            (AxisDocuments, En) => "Documents",
            (MarkTerm, Nl) => "21 dagen: termijn",
            (MarkTerm, En) => "21 days: term",
            (MarkPostponed, Nl) => "42 dagen: na uitstel",
            (MarkPostponed, En) => "42 days: after postponement",
            (ChartTrend, Nl) => "Mediane antwoordtijd per maand",
            (ChartTrend, En) => "Median answer delay per month",
            (ChartTrendDescription, Nl) => "Lijndiagram: mediane antwoordtijd in dagen van de antwoorden per maand, met een lijn bij 21 dagen.",
            (ChartTrendDescription, En) => "Line chart: median answer delay in days of the answers given per month, with a line at 21 days.",
            (AxisMedianDays, Nl) => "Mediaan (dagen)",
            (AxisMedianDays, En) => "Median (days)",
            (ChartByMinistry, Nl) => "Per ministerie",
            (ChartByMinistry, En) => "Per ministry",
            (ChartByParty, Nl) => "Per partij",
            (ChartByParty, En) => "Per party",
            (ChartByAnswerer, Nl) => "Per bewindspersoon",
            (ChartByAnswerer, En) => "Per answerer",
            (ChartByTopic, Nl) => "Per onderwerp",
            (ChartByTopic, En) => "Per topic",
            (ChartByYear, Nl) => "Per jaar",
            (ChartByYear, En) => "Per year",
            (ChartByCabinet, Nl) => "Per kabinet",
            (ChartByCabinet, En) => "Per cabinet",
            (GroupBarsDescription, Nl) => "Staafdiagram: mediane antwoordtijd in dagen en percentage op tijd per groep.",
            (GroupBarsDescription, En) => "Bar chart: median answer delay in days and percentage on time per group.",
            (BarsMedianHeading, Nl) => "Mediane antwoordtijd (dagen)",
            (BarsMedianHeading, En) => "Median delay (days)",
            (BarsOnTimeHeading, Nl) => "% op tijd",
            (BarsOnTimeHeading, En) => "% on time",
            (GroupsShown, Nl) => "De grafiek toont de {shown} grootste van {total} groepen; de tabel toont ze allemaal.",
            (GroupsShown, En) => "The chart shows the {shown} largest of {total} groups; the table lists them all.",
            (NoAnswersYet, Nl) => "Nog geen beantwoorde documenten.",
            (NoAnswersYet, En) => "No answered documents yet.",
            (ShowTable, Nl) => "Tabel tonen",
            (ShowTable, En) => "Show table",
            (DownloadCsv, Nl) => "CSV downloaden",
            (DownloadCsv, En) => "Download CSV",
            (DownloadFailed, Nl) => "Downloaden mislukt",
            (DownloadFailed, En) => "Download failed",
            (ColGroup, Nl) => "Groep",
            (ColGroup, En) => "Group",
            (ColCount, Nl) => "Documenten",
            (ColCount, En) => "Documents",
            (ColAnswered, Nl) => "Beantwoord",
            (ColAnswered, En) => "Answered",
            (ColOpen, Nl) => "Open",
            (ColOpen, En) => "Open",
            (ColOverdue, Nl) => "Te laat, nog open",
            (ColOverdue, En) => "Overdue",
            (ColOnTime, Nl) => "Op tijd",
            (ColOnTime, En) => "On time",
            (ColOnTimeAfterPostponement, Nl) => "Op tijd na uitstel",
            (ColOnTimeAfterPostponement, En) => "On time after postponement",
            (ColLate, Nl) => "Te laat beantwoord",
            (ColLate, En) => "Answered late",
            (ColWithNotice, Nl) => "Met uitstelbericht",
            (ColWithNotice, En) => "With postponement notice",
            (ColMedianDelay, Nl) => "Mediane antwoordtijd (dagen)",
            (ColMedianDelay, En) => "Median delay (days)",
            (ColMeanDelay, Nl) => "Gemiddelde antwoordtijd (dagen)",
            (ColMeanDelay, En) => "Mean delay (days)",
            (ColP90Delay, Nl) => "90e percentiel (dagen)",
            (ColP90Delay, En) => "90th percentile (days)",
            (ColMaxDelay, Nl) => "Langste antwoordtijd (dagen)",
            (ColMaxDelay, En) => "Longest delay (days)",
            (ColOnTimeShare, Nl) => "% op tijd",
            (ColOnTimeShare, En) => "% on time",
            (ColOnTimeWithPostponementShare, Nl) => "% op tijd incl. uitstel",
            (ColOnTimeWithPostponementShare, En) => "% on time incl. postponement",
            (ColDelayRange, Nl) => "Antwoordtijd (dagen)",
            (ColDelayRange, En) => "Delay (days)",
            (ColWeek, Nl) => "Week van",
            (ColWeek, En) => "Week of",
            (ColMonth, Nl) => "Maand",
            (ColMonth, En) => "Month",
            (ColSubmittedCount, Nl) => "Ingediend",
            (ColSubmittedCount, En) => "Submitted",
            (ColAnsweredCount, Nl) => "Beantwoord",
            (ColAnsweredCount, En) => "Answered",
            (ColId, Nl) => "Vraagnummer",
            (ColId, En) => "Question number",
            (ColSubmittedDate, Nl) => "Ingediend op",
            (ColSubmittedDate, En) => "Submitted on",
            (ColEndDate, Nl) => "Beantwoord op (of vandaag)",
            (ColEndDate, En) => "Answered on (or today)",
            (ColDocStatus, Nl) => "Status",
            (ColDocStatus, En) => "Status",
            (ChartStatusOnTime, Nl) => "op tijd",
            (ChartStatusOnTime, En) => "on time",
            (ChartStatusOnTimeAfterPostponement, Nl) => "op tijd na uitstel",
            (ChartStatusOnTimeAfterPostponement, En) => "on time after postponement",
            (ChartStatusLate, Nl) => "te laat",
            (ChartStatusLate, En) => "late",
            (ChartStatusOpen, Nl) => "open",
            (ChartStatusOpen, En) => "open",
            (ChartStatusOverdue, Nl) => "over tijd, nog open",
            (ChartStatusOverdue, En) => "overdue",
            (ChartStatusUnknown, Nl) => "onbekend",
            (ChartStatusUnknown, En) => "unknown",
            (TimelineHeading, Nl) => "Tijdlijn",
            (TimelineHeading, En) => "Timeline",
            (TimelineEmpty, Nl) => "Geen documenten met een indieningsdatum. Laad bestanden of verruim de filters.",
            (TimelineEmpty, En) => "No documents with a submission date. Load files or widen the filters.",
            (ZoomLabel, Nl) => "Jaren",
            (ZoomLabel, En) => "Years",
            (FromYear, Nl) => "Van",
            (FromYear, En) => "From",
            (ToYear, Nl) => "Tot en met",
            (ToYear, En) => "Up to",
            (AllYears, Nl) => "Alle jaren",
            (AllYears, En) => "All years",
            (ChartWeekly, Nl) => "Ingediend per week",
            (ChartWeekly, En) => "Submitted per week",
            (ChartWeeklyDescription, Nl) => "Staafdiagram: aantal ingediende documenten per week.",
            (ChartWeeklyDescription, En) => "Bar chart: documents submitted per week.",
            (ChartTimeline, Nl) => "Van indiening tot antwoord",
            (ChartTimeline, En) => "From submission to answer",
            (ChartTimelineDescription, Nl) => "Een balk per document van indiening tot antwoord, open documenten lopen tot vandaag. Kies een balk om het document te openen.",
            (ChartTimelineDescription, En) => "One bar per document from submission to answer; open documents run to today. Choose a bar to open the document.",
            (TimelineCapped, Nl) => "De tijdlijn toont de eerste {shown} van {total} documenten; kies minder jaren of filter verder. De tabel toont ze allemaal.",
            (TimelineCapped, En) => "The timeline shows the first {shown} of {total} documents; choose fewer years or filter further. The table lists them all.",
            (TimelineUndated, Nl) => "{count} documenten zonder indieningsdatum staan niet op de tijdlijn.",
            (TimelineUndated, En) => "{count} documents without a submission date are not on the timeline.",
            (Today, Nl) => "vandaag",
            (Today, En) => "today",
            (BarSubmitted, Nl) => "ingediend",
            (BarSubmitted, En) => "submitted",
            (BarAnswered, Nl) => "beantwoord",
            (BarAnswered, En) => "answered",
            (BarStillOpen, Nl) => "nog open op",
            (BarStillOpen, En) => "still open on",
            (Legend, Nl) => "Legenda",
            (Legend, En) => "Legend",
            // --- embedding and offline app (embed issue) ---
            (UpdateReload, Nl) => "Nieuwe versie — herladen",
            (UpdateReload, En) => "New version — reload",
            (UpdateAvailable, Nl) => "Er staat een nieuwe versie van de app klaar.",
            (UpdateAvailable, En) => "A new version of the app is ready.",
            (EmbedCannotRead, Nl) => "Dit document kon niet worden gelezen",
            (EmbedCannotRead, En) => "This document could not be read",
            (EmbedNoDocument, Nl) => "Geen document: zet de tekst in het element of geef een src-adres.",
            (EmbedNoDocument, En) => "No document: put the text inside the element or give a src URL.",
            (EmbedLoading, Nl) => "Document laden…",
            (EmbedLoading, En) => "Loading document…",
            (FieldId, Nl) => "Vraagnummer",
            (FieldId, En) => "Question number",
            (FieldSubmitted, Nl) => "Ingediend",
            (FieldSubmitted, En) => "Submitted",
            (FieldAnswered, Nl) => "Beantwoord",
            (FieldAnswered, En) => "Answered",
            (FieldDelay, Nl) => "Duur",
            (FieldDelay, En) => "Took",
            (Days, Nl) => "dagen",
            (Days, En) => "days",
            (NotAnswered, Nl) => "nog niet beantwoord",
            (NotAnswered, En) => "not answered yet",
            (FieldSubmitters, Nl) => "Indieners",
            (FieldSubmitters, En) => "Asked by",
            (FieldAnswerers, Nl) => "Beantwoord door",
            (FieldAnswerers, En) => "Answered by",
            (FieldTopics, Nl) => "Onderwerpen",
            (FieldTopics, En) => "Topics",
            (QuestionSource, Nl) => "Bron vraag",
            (QuestionSource, En) => "Question source",
            (AnswerSource, Nl) => "Bron antwoord",
            (AnswerSource, En) => "Answer source",
            (Questions, Nl) => "Vragen en antwoorden",
            (Questions, En) => "Questions and answers",
            (QuestionLabel, Nl) => "Vraag",
            (QuestionLabel, En) => "Question",
            (NoAnswer, Nl) => "Geen antwoord.",
            (NoAnswer, En) => "No answer.",
            (Notices, Nl) => "Mededelingen",
            (Notices, En) => "Notices",
            (Footnotes, Nl) => "Voetnoten",
            (Footnotes, En) => "Footnotes",
            (Incomplete, Nl) => "De tekst is afgebroken; niet alles is gelezen.",
            (Incomplete, En) => "The text is cut off; not everything could be read.",
        }
    }
}

/// The current language from the context (Dutch when none is provided).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
