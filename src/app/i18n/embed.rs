//! The embedded viewer: its error box, loading state and the note on a cut-off text.

/// This area's lines of the message table.
macro_rules! embed_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            EmbedCannotRead => nl: "Dit document kon niet worden gelezen", en: "This document could not be read";
            EmbedNoDocument => nl: "Geen document: zet de tekst in het element of geef een src-adres.", en: "No document: put the text inside the element or give a src URL.";
            EmbedLoading => nl: "Document laden…", en: "Loading document…";
            Incomplete => nl: "De tekst is afgebroken; niet alles is gelezen.", en: "The text is cut off; not everything could be read.";
        ] $($rest)* }
    };
}
