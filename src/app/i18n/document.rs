//! The document view: navigation between documents, tabs, questions and answers,
//! footnotes, notices, the timeline, parser remarks and the delay in words.

/// This area's lines of the message table.
macro_rules! document_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            BackToLibrary => nl: "Terug naar de bibliotheek", en: "Back to the library";
            Previous => nl: "Vorige", en: "Previous";
            Next => nl: "Volgende", en: "Next";
            PositionOf { position: usize, total: usize } => nl: "{position} van {total}", en: "{position} of {total}";
            KeyboardHint => nl: "Sneltoetsen: j = volgende, k = vorige", en: "Shortcuts: j = next, k = previous";
            DocNotFound { id: &'a str } => nl: "Document {id} is niet in de bibliotheek.", en: "Document {id} is not in the library.";
            DocNav => nl: "Navigatie tussen documenten", en: "Document navigation";
            NotAnswered => nl: "nog niet beantwoord", en: "not answered yet";
            TopicFilterHint { topic: &'a str } => nl: "Bibliotheek filteren op onderwerp {topic}", en: "Filter the library on topic {topic}";
            NewTab => nl: "(opent in nieuw tabblad)", en: "(opens in a new tab)";
            NoneListed => nl: "geen", en: "none";
            TabsLabel => nl: "Weergave", en: "View";
            TabQa => nl: "Vragen en antwoorden", en: "Questions and answers";
            TabSource => nl: "Brontekst", en: "Source text";
            QuestionN { number: u32 } => nl: "Vraag {number}", en: "Question {number}";
            AnswerN { number: u32 } => nl: "Antwoord {number}", en: "Answer {number}";
            SeeAnswer { number: u32 } => nl: "Zie antwoord vraag {number}", en: "See answer to question {number}";
            NoOwnAnswer => nl: "Deze vraag heeft geen eigen antwoord; het is vermoedelijk samen met een andere vraag beantwoord.", en: "This question has no answer of its own; it was probably answered together with another question.";
            NoQuestions => nl: "Er zijn geen vragen gelezen (de tekst is mogelijk afgebroken).", en: "No questions were read (the text may be cut off).";
            Footnotes => nl: "Voetnoten", en: "Footnotes";
            FootnoteLink { number: u32 } => nl: "Voetnoot {number}", en: "Footnote {number}";
            NoticeHeading { date: &'a str } => nl: "Mededeling – {date}", en: "Notice – {date}";
            DocTimeline => nl: "Tijdlijn", en: "Timeline";
            Diagnostics { count: usize } => nl: "Opmerkingen van de parser ({count})", en: "Parser remarks ({count})";
            NoDiagnostics => nl: "De parser had geen opmerkingen.", en: "The parser had no remarks.";
            RawUnavailable => nl: "De brontekst is niet beschikbaar.", en: "The source text is not available.";
            LineN { line: u32 } => nl: "regel {line}", en: "line {line}";
            DelayOnTime { days: i64, term: i64 } => nl: "Beantwoord na {days} dagen, binnen de termijn van {term} dagen.", en: "Answered after {days} days, within the term of {term} days.";
            DelayLate { days: i64, late: i64, term: i64 } => nl: "Beantwoord na {days} dagen: {late} dagen na de termijn van {term} dagen.", en: "Answered after {days} days: {late} days after the term of {term} days.";
            DelayOpen { age: i64, term: i64, left: i64 } => nl: "Open sinds {age} dagen; de termijn van {term} dagen loopt nog {left} dagen.", en: "Open for {age} days; the term of {term} days runs for {left} more days.";
            DelayOverdue { age: i64, overdue: i64, term: i64 } => nl: "Open sinds {age} dagen: {overdue} dagen over de termijn van {term} dagen.", en: "Open for {age} days: {overdue} days past the term of {term} days.";
            DelayUnknown => nl: "De vertraging is onbekend (geen datum van indiening).", en: "The delay is unknown (no submission date).";
            DelayBarLabel { days: i64, term: i64 } => nl: "{days} dagen tegenover een termijn van {term} dagen", en: "{days} days against a term of {term} days";
            NoAnswer => nl: "Geen antwoord.", en: "No answer.";
        ] $($rest)* }
    };
}
