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
