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
        }
    }
}

/// The current language from the context (Dutch when none is provided).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
