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
    // --- app: shell, loading, library, document view ---
    /// Navigation: library.
    NavLibrary,
    /// Navigation: timeline.
    NavTimeline,
    /// Navigation: statistics.
    NavStats,
    /// Label of the main navigation.
    MainNavLabel,
    /// Skip link.
    SkipToContent,
    /// Language switch label.
    LanguageLabel,
    /// Theme switch label.
    ThemeLabel,
    /// Theme: follow the system.
    ThemeSystem,
    /// Theme: light.
    ThemeLight,
    /// Theme: dark.
    ThemeDark,
    /// Shown while files are dragged over the window.
    DropOverlay,
    /// Hint in the compact drop bar of the library.
    DropMore,
    /// Folder picker button.
    ChooseFolder,
    /// Paste hint on the welcome screen.
    PasteHint,
    /// File name of pasted text ({} = number).
    PastedName,
    /// Progress bar label.
    ProgressLabel,
    /// Progress counts: done, total, read, parsed, warnings, failed.
    ProgressCounts,
    /// Progress when finished: parsed, warnings, failed.
    ProgressDone,
    /// Label of the notices region.
    NoticesLabel,
    /// Duplicate vraagnummer: id, kept file, dropped file.
    NoticeDuplicate,
    /// Files that failed ({} = count).
    NoticeFailures,
    /// Restored from storage ({} = count).
    NoticeRestored,
    /// Storage error ({} = reason).
    NoticeStorage,
    /// More notices hidden ({} = count).
    MoreNotices,
    /// Dismiss a notice.
    Dismiss,
    /// Search box label.
    SearchLabel,
    /// Search box placeholder.
    SearchPlaceholder,
    /// Label of the filter controls.
    FiltersLabel,
    /// Filter field.
    FilterParty,
    /// Filter field.
    FilterSubmitter,
    /// Filter field.
    FilterMinistry,
    /// Filter field.
    FilterAnswerer,
    /// Filter field.
    FilterTopic,
    /// Filter field.
    FilterYear,
    /// Filter field.
    FilterCabinet,
    /// Filter field.
    FilterStatus,
    /// First option of a filter menu ({} = field).
    FilterAny,
    /// Label of the chip list.
    ActiveFilters,
    /// Chip of the search words ({} = words).
    SearchChip,
    /// Chip remove button ({} = chip text).
    RemoveFilter,
    /// Clear all filters.
    ClearFilters,
    /// Count of filtered documents: shown, total.
    ResultCount,
    /// Label of the library table.
    LibraryTableLabel,
    /// Column.
    ColSubmitted,
    /// Column.
    ColTitle,
    /// Column.
    ColSubmitters,
    /// Column.
    ColMinistries,
    /// Column.
    ColDelay,
    /// Column.
    ColStatus,
    /// Sort button label ({} = column).
    SortBy,
    /// Delay in days, short ({} = days).
    DaysShort,
    /// Open for days, short ({} = days).
    DaysOpenShort,
    /// Empty state when filters match nothing.
    NoResults,
    /// Welcome heading.
    WelcomeTitle,
    /// Welcome text.
    WelcomeText,
    /// Status.
    StatusOnTime,
    /// Status.
    StatusOnTimeAfterPostponement,
    /// Status.
    StatusLate,
    /// Status.
    StatusOpen,
    /// Status.
    StatusOverdue,
    /// Status.
    StatusUnknown,
    /// Export group label.
    ExportLabel,
    /// Export button.
    ExportCsv,
    /// Export button.
    ExportJson,
    /// Clear library button.
    ClearLibrary,
    /// Clear confirmation question.
    ConfirmClear,
    /// Confirm clearing.
    ConfirmYes,
    /// Cancel.
    Cancel,
    /// Summary of loaded files: files, documents.
    FilesSummary,
    /// Heading of the failed files list.
    FailedFiles,
    /// Show the raw text of a file.
    ShowRawText,
    /// Raw text of an empty file.
    EmptyRaw,
    /// A file that is not a Kamervraag: what was expected (followed by what was found).
    NotAKamervraag,
    /// A zip archive without files.
    EmptyArchive,
    /// Found: an empty file.
    FoundEmpty,
    /// Found: binary data.
    FoundBinary,
    /// Found: HTML.
    FoundHtml,
    /// Found: JSON.
    FoundJson,
    /// Found: other text starting with (followed by an excerpt).
    FoundOtherText,
    /// Back link.
    BackToLibrary,
    /// Previous document.
    Previous,
    /// Next document.
    Next,
    /// Position in the filtered list: n, total.
    PositionOf,
    /// Keyboard hint in the document view.
    KeyboardHint,
    /// Unknown document ({} = key).
    DocNotFound,
    /// Label of the document navigation.
    DocNav,
    /// Field label.
    LabelId,
    /// Field label.
    LabelSubmitted,
    /// Field label.
    LabelAnswered,
    /// Not answered yet.
    NotAnswered,
    /// Field label.
    LabelDelay,
    /// Field label.
    LabelSubmitters,
    /// Field label.
    LabelAnswerers,
    /// Field label.
    LabelTopics,
    /// Topic chip label ({} = topic).
    TopicFilterHint,
    /// Field label.
    LabelSources,
    /// Link to the question source.
    SourceQuestion,
    /// Link to the answer source.
    SourceAnswer,
    /// Added to links that open a new tab.
    NewTab,
    /// An empty list.
    NoneListed,
    /// Label of the document tabs.
    TabsLabel,
    /// Tab.
    TabQa,
    /// Tab.
    TabSource,
    /// Question heading ({} = number).
    QuestionN,
    /// Answer heading ({} = number).
    AnswerN,
    /// Link to a combined answer ({} = number).
    SeeAnswer,
    /// A question without its own answer.
    NoOwnAnswer,
    /// A question of an unanswered document.
    NoAnswerYet,
    /// A document without questions.
    NoQuestions,
    /// Footnotes heading.
    Footnotes,
    /// Footnote marker label ({} = number).
    FootnoteLink,
    /// Postponement notice heading ({} = date).
    NoticeHeading,
    /// Document timeline heading.
    DocTimeline,
    /// Timeline event.
    EvSubmitted,
    /// Timeline event.
    EvDeadline21,
    /// Timeline event.
    EvDeadline42,
    /// Timeline event.
    EvNotice,
    /// Timeline event.
    EvAnswered,
    /// Timeline event.
    EvToday,
    /// Diagnostics summary ({} = count).
    Diagnostics,
    /// No diagnostics.
    NoDiagnostics,
    /// Raw text missing.
    RawUnavailable,
    /// Line number ({} = line).
    LineN,
    /// Delay in words: days, term.
    DelayOnTime,
    /// Delay in words: days, days late, term.
    DelayLate,
    /// Delay in words: age, term, days left.
    DelayOpen,
    /// Delay in words: age, days over, term.
    DelayOverdue,
    /// Delay unknown.
    DelayUnknown,
    /// Delay bar description: days, term.
    DelayBarLabel,
    /// Status after loading the example.
    ExampleLoaded,
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
            (DropHint, Nl) => "Sleep Kamervraag-tekstbestanden, mappen of .zip-archieven hierheen",
            (DropHint, En) => "Drop Kamervraag text files, folders or .zip archives here",
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
            // --- app: shell, loading, library, document view ---
            (NavLibrary, Nl) => "Bibliotheek",
            (NavLibrary, En) => "Library",
            (NavTimeline, Nl) => "Tijdlijn",
            (NavTimeline, En) => "Timeline",
            (NavStats, Nl) => "Statistiek",
            (NavStats, En) => "Statistics",
            (MainNavLabel, Nl) => "Hoofdmenu",
            (MainNavLabel, En) => "Main menu",
            (SkipToContent, Nl) => "Naar de inhoud",
            (SkipToContent, En) => "Skip to content",
            (LanguageLabel, Nl) => "Taal",
            (LanguageLabel, En) => "Language",
            (ThemeLabel, Nl) => "Kleurenschema",
            (ThemeLabel, En) => "Colour scheme",
            (ThemeSystem, Nl) => "Systeem",
            (ThemeSystem, En) => "System",
            (ThemeLight, Nl) => "Licht",
            (ThemeLight, En) => "Light",
            (ThemeDark, Nl) => "Donker",
            (ThemeDark, En) => "Dark",
            (DropOverlay, Nl) => "Laat los om te laden",
            (DropOverlay, En) => "Release to load",
            (DropMore, Nl) => "Sleep meer bestanden, mappen of .zip-archieven hierheen, of plak tekst (Ctrl+V).",
            (DropMore, En) => "Drop more files, folders or .zip archives here, or paste text (Ctrl+V).",
            (ChooseFolder, Nl) => "Map kiezen",
            (ChooseFolder, En) => "Choose folder",
            (PasteHint, Nl) => "Je kunt ook een map of .zip-archief neerzetten, of de tekst van een Kamervraag plakken met Ctrl+V.",
            (PasteHint, En) => "You can also drop a folder or .zip archive, or paste the text of a question with Ctrl+V.",
            (PastedName, Nl) => "geplakt-{}.txt",
            (PastedName, En) => "pasted-{}.txt",
            (ProgressLabel, Nl) => "Bestanden laden",
            (ProgressLabel, En) => "Loading files",
            (ProgressCounts, Nl) => "{} van {} bestanden · gelezen {} · verwerkt {} · met waarschuwingen {} · mislukt {}",
            (ProgressCounts, En) => "{} of {} files · read {} · parsed {} · with warnings {} · failed {}",
            (ProgressDone, Nl) => "Klaar: {} verwerkt, {} met waarschuwingen, {} mislukt",
            (ProgressDone, En) => "Done: {} parsed, {} with warnings, {} failed",
            (NoticesLabel, Nl) => "Meldingen",
            (NoticesLabel, En) => "Notices",
            (NoticeDuplicate, Nl) => "{} is twee keer geladen: de meest volledige versie ({}) is bewaard, {} is opzijgelegd.",
            (NoticeDuplicate, En) => "{} was loaded twice: the most complete version ({}) was kept, {} was set aside.",
            (NoticeFailures, Nl) => "{} bestand(en) konden niet als Kamervraag worden gelezen; zie de lijst onderaan.",
            (NoticeFailures, En) => "{} file(s) could not be read as a Kamervraag; see the list at the bottom.",
            (NoticeRestored, Nl) => "{} bestanden uit de vorige sessie hersteld.",
            (NoticeRestored, En) => "{} files restored from the previous session.",
            (NoticeStorage, Nl) => "De browseropslag werkt niet, de bibliotheek wordt niet bewaard: {}",
            (NoticeStorage, En) => "Browser storage is not working, the library will not be kept: {}",
            (MoreNotices, Nl) => "en nog {} meldingen",
            (MoreNotices, En) => "and {} more notices",
            (Dismiss, Nl) => "Sluiten",
            (Dismiss, En) => "Dismiss",
            (SearchLabel, Nl) => "Zoeken in titels, vragen en antwoorden",
            (SearchLabel, En) => "Search titles, questions and answers",
            (SearchPlaceholder, Nl) => "Zoeken…",
            (SearchPlaceholder, En) => "Search…",
            (FiltersLabel, Nl) => "Filters",
            (FiltersLabel, En) => "Filters",
            (FilterParty, Nl) => "Partij",
            (FilterParty, En) => "Party",
            (FilterSubmitter, Nl) => "Indiener",
            (FilterSubmitter, En) => "Submitter",
            (FilterMinistry, Nl) => "Ministerie",
            (FilterMinistry, En) => "Ministry",
            (FilterAnswerer, Nl) => "Beantwoord door",
            (FilterAnswerer, En) => "Answered by",
            (FilterTopic, Nl) => "Onderwerp",
            (FilterTopic, En) => "Topic",
            (FilterYear, Nl) => "Jaar",
            (FilterYear, En) => "Year",
            (FilterCabinet, Nl) => "Kabinet",
            (FilterCabinet, En) => "Cabinet",
            (FilterStatus, Nl) => "Status",
            (FilterStatus, En) => "Status",
            (FilterAny, Nl) => "{}: alle",
            (FilterAny, En) => "{}: all",
            (ActiveFilters, Nl) => "Actieve filters",
            (ActiveFilters, En) => "Active filters",
            (SearchChip, Nl) => "zoeken: {}",
            (SearchChip, En) => "search: {}",
            (RemoveFilter, Nl) => "Filter verwijderen: {}",
            (RemoveFilter, En) => "Remove filter: {}",
            (ClearFilters, Nl) => "Alle filters wissen",
            (ClearFilters, En) => "Clear all filters",
            (ResultCount, Nl) => "{} van {} documenten",
            (ResultCount, En) => "{} of {} documents",
            (LibraryTableLabel, Nl) => "Documenten",
            (LibraryTableLabel, En) => "Documents",
            (ColSubmitted, Nl) => "Ingediend",
            (ColSubmitted, En) => "Submitted",
            (ColTitle, Nl) => "Titel",
            (ColTitle, En) => "Title",
            (ColSubmitters, Nl) => "Indieners",
            (ColSubmitters, En) => "Submitters",
            (ColMinistries, Nl) => "Ministeries",
            (ColMinistries, En) => "Ministries",
            (ColDelay, Nl) => "Vertraging",
            (ColDelay, En) => "Delay",
            (ColStatus, Nl) => "Status",
            (ColStatus, En) => "Status",
            (SortBy, Nl) => "Sorteren op {}",
            (SortBy, En) => "Sort by {}",
            (DaysShort, Nl) => "{} d",
            (DaysShort, En) => "{} d",
            (DaysOpenShort, Nl) => "{} d open",
            (DaysOpenShort, En) => "{} d open",
            (NoResults, Nl) => "Geen documenten voor deze zoekopdracht en filters.",
            (NoResults, En) => "No documents match this search and these filters.",
            (WelcomeTitle, Nl) => "Begin met een paar Kamervragen",
            (WelcomeTitle, En) => "Start with a few parliamentary questions",
            (WelcomeText, Nl) => "Zet tekstbestanden van openkamer.org-pagina's neer, kies een map, of laad het voorbeeld. Niets verlaat je computer.",
            (WelcomeText, En) => "Drop text files of openkamer.org pages, choose a folder, or load the example. Nothing leaves your computer.",
            (StatusOnTime, Nl) => "op tijd",
            (StatusOnTime, En) => "on time",
            (StatusOnTimeAfterPostponement, Nl) => "op tijd na uitstel",
            (StatusOnTimeAfterPostponement, En) => "on time after postponement",
            (StatusLate, Nl) => "te laat",
            (StatusLate, En) => "late",
            (StatusOpen, Nl) => "open",
            (StatusOpen, En) => "open",
            (StatusOverdue, Nl) => "over termijn",
            (StatusOverdue, En) => "overdue",
            (StatusUnknown, Nl) => "onbekend",
            (StatusUnknown, En) => "unknown",
            (ExportLabel, Nl) => "Exporteren",
            (ExportLabel, En) => "Export",
            (ExportCsv, Nl) => "CSV downloaden",
            (ExportCsv, En) => "Download CSV",
            (ExportJson, Nl) => "JSON downloaden",
            (ExportJson, En) => "Download JSON",
            (ClearLibrary, Nl) => "Bibliotheek wissen",
            (ClearLibrary, En) => "Clear library",
            (ConfirmClear, Nl) => "Alles wissen? Ook de in de browser opgeslagen bestanden worden verwijderd.",
            (ConfirmClear, En) => "Clear everything? The files stored in the browser are removed too.",
            (ConfirmYes, Nl) => "Ja, wissen",
            (ConfirmYes, En) => "Yes, clear",
            (Cancel, Nl) => "Annuleren",
            (Cancel, En) => "Cancel",
            (FilesSummary, Nl) => "{} bestanden geladen, {} documenten",
            (FilesSummary, En) => "{} files loaded, {} documents",
            (FailedFiles, Nl) => "Bestanden die niet gelezen konden worden of opzijgelegd zijn",
            (FailedFiles, En) => "Files that could not be read or were set aside",
            (ShowRawText, Nl) => "Brontekst tonen",
            (ShowRawText, En) => "Show raw text",
            (EmptyRaw, Nl) => "(leeg bestand)",
            (EmptyRaw, En) => "(empty file)",
            (NotAKamervraag, Nl) => "geen Kamervraag: verwacht een regel 'Kamervraag <vraagnummer>' of een tabel 'Ingediend | <datum> |', gevonden:",
            (NotAKamervraag, En) => "not a Kamervraag: expected a line 'Kamervraag <vraagnummer>' or an 'Ingediend | <date> |' table, found:",
            (EmptyArchive, Nl) => "leeg zip-archief",
            (EmptyArchive, En) => "empty zip archive",
            (FoundEmpty, Nl) => "een leeg bestand",
            (FoundEmpty, En) => "an empty file",
            (FoundBinary, Nl) => "binaire gegevens",
            (FoundBinary, En) => "binary data",
            (FoundHtml, Nl) => "HTML-opmaak",
            (FoundHtml, En) => "HTML markup",
            (FoundJson, Nl) => "JSON",
            (FoundJson, En) => "JSON",
            (FoundOtherText, Nl) => "andere tekst, beginnend met",
            (FoundOtherText, En) => "other text, starting with",
            (BackToLibrary, Nl) => "Terug naar de bibliotheek",
            (BackToLibrary, En) => "Back to the library",
            (Previous, Nl) => "Vorige",
            (Previous, En) => "Previous",
            (Next, Nl) => "Volgende",
            (Next, En) => "Next",
            (PositionOf, Nl) => "{} van {}",
            (PositionOf, En) => "{} of {}",
            (KeyboardHint, Nl) => "Sneltoetsen: j = volgende, k = vorige",
            (KeyboardHint, En) => "Shortcuts: j = next, k = previous",
            (DocNotFound, Nl) => "Document {} is niet in de bibliotheek.",
            (DocNotFound, En) => "Document {} is not in the library.",
            (DocNav, Nl) => "Navigatie tussen documenten",
            (DocNav, En) => "Document navigation",
            (LabelId, Nl) => "Vraagnummer",
            (LabelId, En) => "Question number",
            (LabelSubmitted, Nl) => "Ingediend",
            (LabelSubmitted, En) => "Submitted",
            (LabelAnswered, Nl) => "Beantwoord",
            (LabelAnswered, En) => "Answered",
            (NotAnswered, Nl) => "nog niet beantwoord",
            (NotAnswered, En) => "not answered yet",
            (LabelDelay, Nl) => "Vertraging",
            (LabelDelay, En) => "Delay",
            (LabelSubmitters, Nl) => "Indieners",
            (LabelSubmitters, En) => "Submitters",
            (LabelAnswerers, Nl) => "Beantwoord door",
            (LabelAnswerers, En) => "Answered by",
            (LabelTopics, Nl) => "Onderwerpen",
            (LabelTopics, En) => "Topics",
            (TopicFilterHint, Nl) => "Bibliotheek filteren op onderwerp {}",
            (TopicFilterHint, En) => "Filter the library on topic {}",
            (LabelSources, Nl) => "Bronnen",
            (LabelSources, En) => "Sources",
            (SourceQuestion, Nl) => "Vragen (bron)",
            (SourceQuestion, En) => "Questions (source)",
            (SourceAnswer, Nl) => "Antwoorden (bron)",
            (SourceAnswer, En) => "Answers (source)",
            (NewTab, Nl) => "(opent in nieuw tabblad)",
            (NewTab, En) => "(opens in a new tab)",
            (NoneListed, Nl) => "geen",
            (NoneListed, En) => "none",
            (TabsLabel, Nl) => "Weergave",
            (TabsLabel, En) => "View",
            (TabQa, Nl) => "Vragen en antwoorden",
            (TabQa, En) => "Questions and answers",
            (TabSource, Nl) => "Brontekst",
            (TabSource, En) => "Source text",
            (QuestionN, Nl) => "Vraag {}",
            (QuestionN, En) => "Question {}",
            (AnswerN, Nl) => "Antwoord {}",
            (AnswerN, En) => "Answer {}",
            (SeeAnswer, Nl) => "Zie antwoord vraag {}",
            (SeeAnswer, En) => "See answer to question {}",
            (NoOwnAnswer, Nl) => "Deze vraag heeft geen eigen antwoord; het is vermoedelijk samen met een andere vraag beantwoord.",
            (NoOwnAnswer, En) => "This question has no answer of its own; it was probably answered together with another question.",
            (NoAnswerYet, Nl) => "Nog geen antwoord.",
            (NoAnswerYet, En) => "No answer yet.",
            (NoQuestions, Nl) => "Er zijn geen vragen gelezen (de tekst is mogelijk afgebroken).",
            (NoQuestions, En) => "No questions were read (the text may be cut off).",
            (Footnotes, Nl) => "Voetnoten",
            (Footnotes, En) => "Footnotes",
            (FootnoteLink, Nl) => "Voetnoot {}",
            (FootnoteLink, En) => "Footnote {}",
            (NoticeHeading, Nl) => "Mededeling – {}",
            (NoticeHeading, En) => "Notice – {}",
            (DocTimeline, Nl) => "Tijdlijn",
            (DocTimeline, En) => "Timeline",
            (EvSubmitted, Nl) => "ingediend",
            (EvSubmitted, En) => "submitted",
            (EvDeadline21, Nl) => "termijn 21 dagen",
            (EvDeadline21, En) => "21-day term",
            (EvDeadline42, Nl) => "termijn 42 dagen",
            (EvDeadline42, En) => "42-day term",
            (EvNotice, Nl) => "mededeling",
            (EvNotice, En) => "notice",
            (EvAnswered, Nl) => "beantwoord",
            (EvAnswered, En) => "answered",
            (EvToday, Nl) => "vandaag",
            (EvToday, En) => "today",
            (Diagnostics, Nl) => "Opmerkingen van de parser ({})",
            (Diagnostics, En) => "Parser remarks ({})",
            (NoDiagnostics, Nl) => "De parser had geen opmerkingen.",
            (NoDiagnostics, En) => "The parser had no remarks.",
            (RawUnavailable, Nl) => "De brontekst is niet beschikbaar.",
            (RawUnavailable, En) => "The source text is not available.",
            (LineN, Nl) => "regel {}",
            (LineN, En) => "line {}",
            (DelayOnTime, Nl) => "Beantwoord na {} dagen, binnen de termijn van {} dagen.",
            (DelayOnTime, En) => "Answered after {} days, within the term of {} days.",
            (DelayLate, Nl) => "Beantwoord na {} dagen: {} dagen na de termijn van {} dagen.",
            (DelayLate, En) => "Answered after {} days: {} days after the term of {} days.",
            (DelayOpen, Nl) => "Open sinds {} dagen; de termijn van {} dagen loopt nog {} dagen.",
            (DelayOpen, En) => "Open for {} days; the term of {} days runs for {} more days.",
            (DelayOverdue, Nl) => "Open sinds {} dagen: {} dagen over de termijn van {} dagen.",
            (DelayOverdue, En) => "Open for {} days: {} days past the term of {} days.",
            (DelayUnknown, Nl) => "De vertraging is onbekend (geen datum van indiening).",
            (DelayUnknown, En) => "The delay is unknown (no submission date).",
            (DelayBarLabel, Nl) => "{} dagen tegenover een termijn van {} dagen",
            (DelayBarLabel, En) => "{} days against a term of {} days",
            (ExampleLoaded, Nl) => "Voorbeeld geladen.",
            (ExampleLoaded, En) => "Example loaded.",
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
            (Incomplete, Nl) => "De tekst is afgebroken; niet alles is gelezen.",
            (Incomplete, En) => "The text is cut off; not everything could be read.",
        }
    }
}

// --- app: dates ---
/// A date in words: `8 januari 2024` or `8 January 2024`.
pub fn long_date(date: crate::model::Date, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Nl => date.to_dutch(),
        Lang::En => {
            let month = EN
                .get(date.month().saturating_sub(1) as usize)
                .copied()
                .unwrap_or("?");
            format!("{} {month} {}", date.day(), date.year())
        }
    }
}

// --- app: filling templates ---
impl Msg {
    /// The text with each `{}` replaced by the next argument, in order.
    ///
    /// Every language of a template takes the arguments in the same order.
    pub fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        let template = self.text(lang);
        let mut out = String::with_capacity(template.len() + 16);
        let mut args = args.iter();
        let mut parts = template.split("{}").peekable();
        while let Some(part) = parts.next() {
            out.push_str(part);
            if parts.peek().is_some() {
                if let Some(arg) = args.next() {
                    out.push_str(&arg.to_string());
                }
            }
        }
        out
    }
}

/// The current language from the context (Dutch when none is provided).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
