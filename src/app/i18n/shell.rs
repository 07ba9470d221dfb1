//! The app shell: name, navigation, settings, loading files, notices, the welcome
//! screen, export and clearing, and the offline update prompt.

/// This area's lines of the message table.
macro_rules! shell_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            AppName => nl: "Kamervraag Viewer", en: "Kamervraag Viewer";
            Tagline => nl: "Lees Kamervragen en meet hoe laat ze worden beantwoord — alles blijft in je browser.", en: "Read parliamentary questions and measure how late they are answered — everything stays in your browser.";
            DropHint => nl: "Sleep Kamervraag-tekstbestanden, mappen of .zip-archieven hierheen", en: "Drop Kamervraag text files, folders or .zip archives here";
            DropZoneLabel => nl: "Bestanden neerzetten", en: "Drop files";
            ChooseFiles => nl: "Bestanden kiezen", en: "Choose files";
            LoadExample => nl: "Voorbeeld laden", en: "Load example";
            LoadedFiles => nl: "Geladen bestanden", en: "Loaded files";
            NoId => nl: "(geen vraagnummer)", en: "(no question number)";
            NotFound => nl: "Pagina niet gevonden.", en: "Page not found.";
            NavLibrary => nl: "Bibliotheek", en: "Library";
            NavTimeline => nl: "Tijdlijn", en: "Timeline";
            NavStats => nl: "Statistiek", en: "Statistics";
            MainNavLabel => nl: "Hoofdmenu", en: "Main menu";
            SkipToContent => nl: "Naar de inhoud", en: "Skip to content";
            LanguageLabel => nl: "Taal", en: "Language";
            ThemeLabel => nl: "Kleurenschema", en: "Colour scheme";
            ThemeSystem => nl: "Systeem", en: "System";
            ThemeLight => nl: "Licht", en: "Light";
            ThemeDark => nl: "Donker", en: "Dark";
            DropOverlay => nl: "Laat los om te laden", en: "Release to load";
            DropMore => nl: "Sleep meer bestanden, mappen of .zip-archieven hierheen, of plak tekst (Ctrl+V).", en: "Drop more files, folders or .zip archives here, or paste text (Ctrl+V).";
            ChooseFolder => nl: "Map kiezen", en: "Choose folder";
            PasteHint => nl: "Je kunt ook een map of .zip-archief neerzetten, of de tekst van een Kamervraag plakken met Ctrl+V.", en: "You can also drop a folder or .zip archive, or paste the text of a question with Ctrl+V.";
            PastedName { number: usize } => nl: "geplakt-{number}.txt", en: "pasted-{number}.txt";
            ProgressLabel => nl: "Bestanden laden", en: "Loading files";
            ProgressCounts { done: usize, total: usize, read: usize, parsed: usize, warnings: usize, failed: usize } => nl: "{done} van {total} bestanden · gelezen {read} · verwerkt {parsed} · met waarschuwingen {warnings} · mislukt {failed}", en: "{done} of {total} files · read {read} · parsed {parsed} · with warnings {warnings} · failed {failed}";
            ProgressDone { parsed: usize, warnings: usize, failed: usize } => nl: "Klaar: {parsed} verwerkt, {warnings} met waarschuwingen, {failed} mislukt", en: "Done: {parsed} parsed, {warnings} with warnings, {failed} failed";
            NoticesLabel => nl: "Meldingen", en: "Notices";
            NoticeDuplicate { id: &'a str, kept: &'a str, dropped: &'a str } => nl: "{id} is twee keer geladen: de meest volledige versie ({kept}) is bewaard, {dropped} is opzijgelegd.", en: "{id} was loaded twice: the most complete version ({kept}) was kept, {dropped} was set aside.";
            NoticeFailures { count: usize } => nl: "{count} bestand(en) konden niet als Kamervraag worden gelezen; zie de lijst onderaan.", en: "{count} file(s) could not be read as a Kamervraag; see the list at the bottom.";
            NoticeRestored { count: usize } => nl: "{count} bestanden uit de vorige sessie hersteld.", en: "{count} files restored from the previous session.";
            NoticeStorage { reason: &'a str } => nl: "De browseropslag werkt niet, de bibliotheek wordt niet bewaard: {reason}", en: "Browser storage is not working, the library will not be kept: {reason}";
            MoreNotices { count: usize } => nl: "en nog {count} meldingen", en: "and {count} more notices";
            Dismiss => nl: "Sluiten", en: "Dismiss";
            WelcomeTitle => nl: "Begin met een paar Kamervragen", en: "Start with a few parliamentary questions";
            WelcomeText => nl: "Zet tekstbestanden van openkamer.org-pagina's neer, kies een map, of laad het voorbeeld. Niets verlaat je computer.", en: "Drop text files of openkamer.org pages, choose a folder, or load the example. Nothing leaves your computer.";
            ExportLabel => nl: "Exporteren", en: "Export";
            ExportCsv => nl: "CSV downloaden", en: "Download CSV";
            ExportJson => nl: "JSON downloaden", en: "Download JSON";
            ClearLibrary => nl: "Bibliotheek wissen", en: "Clear library";
            ConfirmClear => nl: "Alles wissen? Ook de in de browser opgeslagen bestanden worden verwijderd.", en: "Clear everything? The files stored in the browser are removed too.";
            ConfirmYes => nl: "Ja, wissen", en: "Yes, clear";
            Cancel => nl: "Annuleren", en: "Cancel";
            FilesSummary { files: usize, documents: usize } => nl: "{files} bestanden geladen, {documents} documenten", en: "{files} files loaded, {documents} documents";
            FailedFiles => nl: "Bestanden die niet gelezen konden worden of opzijgelegd zijn", en: "Files that could not be read or were set aside";
            ShowRawText => nl: "Brontekst tonen", en: "Show raw text";
            EmptyRaw => nl: "(leeg bestand)", en: "(empty file)";
            UpdateReload => nl: "Nieuwe versie — herladen", en: "New version — reload";
            UpdateAvailable => nl: "Er staat een nieuwe versie van de app klaar.", en: "A new version of the app is ready.";
        ] $($rest)* }
    };
}
