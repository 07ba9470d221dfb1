//! The embedded viewer: its error box, loading state, fetch limits and the note on a
//! cut-off text; the message a panic leaves in the page.

/// This area's lines of the message table.
macro_rules! embed_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            EmbedCannotRead => nl: "Dit document kon niet worden gelezen", en: "This document could not be read";
            EmbedNoDocument => nl: "Geen document: zet de tekst in het element of geef een src-adres.", en: "No document: put the text inside the element or give a src URL.";
            EmbedLoading => nl: "Document laden…", en: "Loading document…";
            Incomplete => nl: "De tekst is afgebroken; niet alles is gelezen.", en: "The text is cut off; not everything could be read.";
            PanicTitle => nl: "Er ging iets mis in de Kamervraag Viewer", en: "Something went wrong in the Kamervraag Viewer";
            PanicLibrarySafe => nl: "Je opgeslagen bibliotheek is veilig: er is niets gewist of veranderd.", en: "Your stored library is safe: nothing was deleted or changed.";
            PanicReload => nl: "Herlaad de pagina om verder te gaan.", en: "Reload the page to continue.";
            PanicDetail => nl: "Details voor een foutmelding", en: "Details for a bug report";
            EmbedTooLarge { limit_mb: u64 } => nl: "Het document is groter dan {limit_mb} MB en wordt niet gelezen.", en: "The document is larger than {limit_mb} MB and is not read.";
            EmbedTimedOut { seconds: u32 } => nl: "Het document kwam niet binnen {seconds} seconden binnen.", en: "The document did not arrive within {seconds} seconds.";
        ] $($rest)* }
    };
}
