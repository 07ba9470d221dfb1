//! The words for domain values, one label per value: deadline statuses, filter
//! fields, table columns, document fields, timeline events, groupings, what a file
//! that is not a Kamervraag turned out to be, and the parser's diagnostics (worded from
//! their kind, so they read in the UI language).

/// This area's lines of the message table.
macro_rules! label_messages {
    ($then:ident [$($table:tt)*] $($rest:tt)*) => {
        $then! { [$($table)*
            FilterParty => nl: "Partij", en: "Party";
            FilterSubmitter => nl: "Indiener", en: "Submitter";
            FilterMinistry => nl: "Ministerie", en: "Ministry";
            FilterAnswerer => nl: "Beantwoord door", en: "Answered by";
            FilterTopic => nl: "Onderwerp", en: "Topic";
            FilterYear => nl: "Jaar", en: "Year";
            FilterCabinet => nl: "Kabinet", en: "Cabinet";
            FilterStatus => nl: "Status", en: "Status";
            ColSubmitted => nl: "Ingediend", en: "Submitted";
            ColTitle => nl: "Titel", en: "Title";
            ColSubmitters => nl: "Indieners", en: "Submitters";
            ColMinistries => nl: "Ministeries", en: "Ministries";
            ColDelay => nl: "Vertraging", en: "Delay";
            ColStatus => nl: "Status", en: "Status";
            StatusOnTime => nl: "op tijd", en: "on time";
            StatusOnTimeAfterPostponement => nl: "op tijd na uitstel", en: "on time after postponement";
            StatusLate => nl: "te laat", en: "late";
            StatusOpen => nl: "open", en: "open";
            StatusOverdue => nl: "over termijn", en: "overdue";
            StatusUnknown => nl: "onbekend", en: "unknown";
            NotAKamervraag => nl: "geen Kamervraag: verwacht een regel 'Kamervraag <vraagnummer>' of een tabel 'Ingediend | <datum> |', gevonden:", en: "not a Kamervraag: expected a line 'Kamervraag <vraagnummer>' or an 'Ingediend | <date> |' table, found:";
            EmptyArchive => nl: "leeg zip-archief", en: "empty zip archive";
            FoundEmpty => nl: "een leeg bestand", en: "an empty file";
            FoundBinary => nl: "binaire gegevens", en: "binary data";
            FoundHtml => nl: "HTML-opmaak", en: "HTML markup";
            FoundJson => nl: "JSON", en: "JSON";
            FoundOtherText { start: &'a str } => nl: "andere tekst, beginnend met \"{start}\"", en: "other text, starting with \"{start}\"";
            EvSubmitted => nl: "ingediend", en: "submitted";
            EvDeadline21 => nl: "termijn 21 dagen", en: "21-day term";
            EvDeadline42 => nl: "termijn 42 dagen", en: "42-day term";
            EvNotice => nl: "mededeling", en: "notice";
            EvAnswered => nl: "beantwoord", en: "answered";
            EvToday => nl: "vandaag", en: "today";
            ChartByMinistry => nl: "Per ministerie", en: "Per ministry";
            ChartByParty => nl: "Per partij", en: "Per party";
            ChartByAnswerer => nl: "Per bewindspersoon", en: "Per answerer";
            ChartByTopic => nl: "Per onderwerp", en: "Per topic";
            ChartByYear => nl: "Per jaar", en: "Per year";
            ChartBySubmitter => nl: "Per indiener", en: "Per submitter";
            ChartByMonth => nl: "Per maand", en: "Per month";
            ChartByCabinet => nl: "Per kabinet", en: "Per cabinet";
            ColGroup => nl: "Groep", en: "Group";
            ColCount => nl: "Documenten", en: "Documents";
            ColAnswered => nl: "Beantwoord", en: "Answered";
            ColOpen => nl: "Open", en: "Open";
            ColOverdue => nl: "Te laat, nog open", en: "Overdue";
            ColOnTime => nl: "Op tijd", en: "On time";
            ColOnTimeAfterPostponement => nl: "Op tijd na uitstel", en: "On time after postponement";
            ColLate => nl: "Te laat beantwoord", en: "Answered late";
            ColWithNotice => nl: "Met uitstelbericht", en: "With postponement notice";
            ColMedianDelay => nl: "Mediane antwoordtijd (dagen)", en: "Median delay (days)";
            ColMeanDelay => nl: "Gemiddelde antwoordtijd (dagen)", en: "Mean delay (days)";
            ColP90Delay => nl: "90e percentiel (dagen)", en: "90th percentile (days)";
            ColMaxDelay => nl: "Langste antwoordtijd (dagen)", en: "Longest delay (days)";
            ColOnTimeShare => nl: "% op tijd", en: "% on time";
            ColOnTimeWithPostponementShare => nl: "% op tijd incl. uitstel", en: "% on time incl. postponement";
            ColDelayRange => nl: "Antwoordtijd (dagen)", en: "Delay (days)";
            ColWeek => nl: "Week van", en: "Week of";
            ColMonth => nl: "Maand", en: "Month";
            ColSubmittedCount => nl: "Ingediend", en: "Submitted";
            ColAnsweredCount => nl: "Beantwoord", en: "Answered";
            ColId => nl: "Vraagnummer", en: "Question number";
            ColSubmittedDate => nl: "Ingediend op", en: "Submitted on";
            ColEndDate => nl: "Beantwoord op (of vandaag)", en: "Answered on (or today)";
            ColDocStatus => nl: "Status", en: "Status";
            FieldId => nl: "Vraagnummer", en: "Question number";
            FieldSubmitted => nl: "Ingediend", en: "Submitted";
            FieldAnswered => nl: "Beantwoord", en: "Answered";
            FieldDelay => nl: "Vertraging", en: "Delay";
            FieldSubmitters => nl: "Indieners", en: "Submitters";
            FieldAnswerers => nl: "Beantwoord door", en: "Answered by";
            FieldTopics => nl: "Onderwerpen", en: "Topics";
            FieldSources => nl: "Bronnen", en: "Sources";
            QuestionSource => nl: "Bron vraag", en: "Question source";
            AnswerSource => nl: "Bron antwoord", en: "Answer source";
            DiagUtf8BomRemoved => nl: "UTF-8-bytevolgordeteken verwijderd", en: "removed a UTF-8 byte-order mark";
            DiagDecodedUtf16 { order: &'a str } => nl: "gelezen als UTF-16 {order} (bytevolgordeteken)", en: "decoded as UTF-16 {order} (byte-order mark)";
            DiagDecodedWindows1252 => nl: "de tekst is geen geldige UTF-8; gelezen als Windows-1252", en: "the text is not valid UTF-8; decoded as Windows-1252";
            DiagIncompleteUtf8AtEnd => nl: "de tekst eindigt midden in een UTF-8-teken; het onvolledige teken is weggelaten", en: "the text ends inside a UTF-8 character; the incomplete character was dropped";
            DiagIncompleteUtf16AtEnd => nl: "de tekst eindigt midden in een UTF-16-teken; het onvolledige teken is weggelaten", en: "the text ends inside a UTF-16 character; the incomplete character was dropped";
            DiagUnrecognisedLine { text: &'a str } => nl: "onbekende regel overgeslagen: \"{text}\"", en: "unrecognised line skipped: \"{text}\"";
            DiagDuplicateField { label: &'a str } => nl: "tweede regel '{label}' genegeerd; de eerste is bewaard", en: "second '{label}' line ignored; the first one is kept";
            DiagMissingDate { label: &'a str } => nl: "'{label}' heeft geen datum", en: "'{label}' has no date";
            DiagUnreadableDate { text: &'a str } => nl: "verwacht een Nederlandse datum zoals '13 juli 2023', gevonden \"{text}\"; datum leeg gelaten", en: "expected a Dutch date like '13 juli 2023', found \"{text}\"; date left empty";
            DiagImpossibleDate { text: &'a str } => nl: "onmogelijke datum \"{text}\"; datum leeg gelaten", en: "impossible date \"{text}\"; date left empty";
            DiagUnreadableDelay { text: &'a str } => nl: "verwacht '(na N dagen)' na de antwoorddatum, gevonden \"{text}\"; vermelde vertraging leeg gelaten", en: "expected '(na N dagen)' after the answer date, found \"{text}\"; stated delay left empty";
            DiagDelayMismatch { stated: i64, computed: i64 } => nl: "vermelde vertraging (na {stated} dagen) wijkt af van de {computed} dagen tussen Ingediend en Beantwoord", en: "stated delay (na {stated} dagen) differs from the {computed} days between Ingediend and Beantwoord";
            DiagUnknownTopic { word: &'a str } => nl: "onbekend onderwerp \"{word}\" overgenomen zoals geschreven", en: "unknown topic \"{word}\" kept as written";
            DiagQuestionNumberMismatch { expected: u32, found: u32 } => nl: "verwacht Vraag {expected}, gevonden Vraag {found}; nummer overgenomen zoals geschreven", en: "expected Vraag {expected}, found Vraag {found}; number kept as written";
            DiagTrailerCutOff => nl: "het slot is afgebroken (documenttitel ontbreekt of is onvolledig)", en: "the trailer is cut off (document title missing or incomplete)";
            DiagIdRepaired { from: &'a str, to: &'a str } => nl: "onjuist vraagnummer \"{from}\" in de kop vervangen door {to} uit Bron vraag of het slot", en: "malformed vraagnummer \"{from}\" in the heading replaced by {to} from Bron vraag or the trailer";
            DiagInvalidId { text: &'a str } => nl: "onjuist vraagnummer \"{text}\" (verwacht een jaar, 'Z' en 5 cijfers) overgenomen zoals geschreven", en: "malformed vraagnummer \"{text}\" (expected a year, 'Z' and 5 digits) kept as written";
            DiagIdConflict { heading_id: &'a str, other_id: &'a str } => nl: "vraagnummer {other_id} hier wijkt af van {heading_id} in de kop; de kop is aangehouden", en: "vraagnummer {other_id} here differs from {heading_id} in the heading; the heading is kept";
            DiagIdFromTableUrl { id: &'a str } => nl: "vraagnummer {id} overgenomen uit het bronadres (de tabelopmaak heeft geen kop)", en: "vraagnummer {id} taken from the source URL (the table layout has no heading)";
            DiagHeadingMissing { id: &'a str } => nl: "geen kop 'Kamervraag <vraagnummer>'; vraagnummer {id} hier overgenomen", en: "no 'Kamervraag <vraagnummer>' heading; vraagnummer {id} taken from here";
            DiagIdMissing => nl: "geen vraagnummer gevonden", en: "no vraagnummer found";
            DiagSubmittedMissing => nl: "geen regel 'Ingediend': de datum van indiening is onbekend", en: "no 'Ingediend' line: the submission date is unknown";
            DiagAnswersWithoutQuestions => nl: "antwoordalinea's zonder vragen (tabelopmaak) bewaard als antwoord van één item met lege vraagtekst", en: "answer paragraphs without questions (table layout) kept as the answer of one entry with empty question text";
            DiagCutOff => nl: "de tekst is afgebroken: het slot 'Kamervraag document nummer:' is niet bereikt", en: "the text is cut off: the trailer 'Kamervraag document nummer:' was not reached";
            RefusedFileTooLarge { size: &'a str, limit: &'a str } => nl: "niet gelezen: {size}, meer dan de grens van {limit} per bestand", en: "not read: {size}, over the limit of {limit} per file";
            RefusedEntryTooLarge { size: &'a str, limit: &'a str } => nl: "niet uitgepakt: {size}, meer dan de grens van {limit} per bestand", en: "not unpacked: {size}, over the limit of {limit} per file";
            RefusedArchiveTooLarge { limit: &'a str } => nl: "niet uitgepakt: het archief wordt meer dan de grens van {limit}", en: "not unpacked: the archive exceeds the limit of {limit}";
            RefusedTooManyEntries { count: usize, limit: usize } => nl: "niet uitgepakt: {count} bestanden, meer dan de grens van {limit}", en: "not unpacked: {count} files, over the limit of {limit}";
            RefusedRatioTooHigh { ratio: u64, limit: u64 } => nl: "niet uitgepakt: {ratio} keer samengeperst, meer dan de grens van {limit} keer", en: "not unpacked: compressed {ratio} times, over the limit of {limit} times";
            RefusedNestedTooDeep { limit: usize } => nl: "niet uitgepakt: dieper dan {limit} zip-archief in een zip-archief", en: "not unpacked: deeper than {limit} zip archive in a zip archive";
            RefusedOverlapping => nl: "niet uitgepakt: overlapt met ander bestand in het archief", en: "not unpacked: overlaps another file in the archive";
            DiagNoticeAfterTerm { days: i64 } => nl: "de mededeling van uitstel kwam na {days} dagen, na de termijn van 21 dagen; de termijn blijft 21 dagen", en: "the postponement notice came after {days} days, after the 21-day term; the term stays 21 days";
            DiagSourceJoined { source: &'a str } => nl: "samengevoegd met {source}; de meldingen hieronder gaan over die tekst", en: "joined with {source}; the diagnostics below are of that text";
            DiagJoinConflict { field: &'a str, kept: &'a str, other: &'a str, source: &'a str } => nl: "de bronnen verschillen in {field}: \"{kept}\" is aangehouden, {source} heeft \"{other}\"", en: "the sources differ on {field}: \"{kept}\" is kept, {source} has \"{other}\"";
            DiagEndNotReached => nl: "de tekst is afgebroken: het einde ('Naar boven' of de lijst van indieners) is niet bereikt", en: "the text is cut off: its end ('Naar boven' or the list of submitters) was not reached";
            DiagUnreadSentence { text: &'a str } => nl: "zin niet gelezen, de gegevens ervan blijven leeg: \"{text}\"", en: "sentence not read, its facts are left empty: \"{text}\"";
            DiagCombinedTextKept { first: u32, count: u32 } => nl: "de tekst voor {count} vragen kon niet per vraag worden gesplitst; vraag {first} bevat alles", en: "the text for {count} questions could not be split per question; question {first} holds all of it";
            DiagAnswerWithoutQuestion { number: u32 } => nl: "Antwoord {number} zonder Vraag {number}: vraag met lege tekst toegevoegd", en: "Antwoord {number} without Vraag {number}: a question with empty text was added";
            DiagProseAttached { question: u32 } => nl: "inleidende of toelichtende alinea bij de tekst van vraag {question} gevoegd", en: "introductory or explanatory paragraph added to the text of question {question}";
            DiagDiagnosticsLeftOut { count: u64 } => nl: "nog {count} meldingen zijn niet in deze lijst opgenomen", en: "{count} more diagnostics were left out of this list";
        ] $($rest)* }
    };
}

use super::{Lang, Msg};
use crate::input::{human_bytes, Refusal};
use crate::model::{Diagnostic, DiagnosticKind};
use crate::parse::Found;
use crate::stats::{EventKind, GroupBy, Status};
use crate::view::charts::stats_table::Column;
use crate::view::document::{Delay, SourceKind};
use crate::view::library::{FilterField, SortColumn};

/// The label of a deadline status, the same in badges, menus, legends and tables.
pub fn status_label(status: Status) -> Msg<'static> {
    match status {
        Status::OnTime => Msg::StatusOnTime,
        Status::OnTimeAfterPostponement => Msg::StatusOnTimeAfterPostponement,
        Status::Late => Msg::StatusLate,
        Status::Open => Msg::StatusOpen,
        Status::Overdue => Msg::StatusOverdue,
        Status::Unknown => Msg::StatusUnknown,
    }
}

/// The label of a library filter field.
pub fn filter_field_label(field: FilterField) -> Msg<'static> {
    match field {
        FilterField::Party => Msg::FilterParty,
        FilterField::Submitter => Msg::FilterSubmitter,
        FilterField::Ministry => Msg::FilterMinistry,
        FilterField::Answerer => Msg::FilterAnswerer,
        FilterField::Topic => Msg::FilterTopic,
        FilterField::Year => Msg::FilterYear,
        FilterField::Cabinet => Msg::FilterCabinet,
        FilterField::Status => Msg::FilterStatus,
    }
}

/// How a filter value is shown: statuses in words, other values as they are.
pub fn filter_value_label(field: FilterField, value: &str, lang: Lang) -> String {
    match value.parse::<Status>() {
        Ok(status) if field == FilterField::Status => status_label(status).text(lang).into_owned(),
        _ => value.to_string(),
    }
}

/// The header of a sortable column of the library table.
pub fn sort_column_label(column: SortColumn) -> Msg<'static> {
    match column {
        SortColumn::Submitted => Msg::ColSubmitted,
        SortColumn::Title => Msg::ColTitle,
        SortColumn::Submitters => Msg::ColSubmitters,
        SortColumn::Ministries => Msg::ColMinistries,
        SortColumn::Delay => Msg::ColDelay,
        SortColumn::Status => Msg::ColStatus,
    }
}

/// The header of a column of a statistics table.
pub fn column_label(column: Column) -> Msg<'static> {
    match column {
        Column::Group => Msg::ColGroup,
        Column::Count => Msg::ColCount,
        Column::Answered => Msg::ColAnswered,
        Column::Open => Msg::ColOpen,
        Column::Overdue => Msg::ColOverdue,
        Column::OnTime => Msg::ColOnTime,
        Column::OnTimeAfterPostponement => Msg::ColOnTimeAfterPostponement,
        Column::Late => Msg::ColLate,
        Column::WithNotice => Msg::ColWithNotice,
        Column::MedianDelay => Msg::ColMedianDelay,
        Column::MeanDelay => Msg::ColMeanDelay,
        Column::P90Delay => Msg::ColP90Delay,
        Column::MaxDelay => Msg::ColMaxDelay,
        Column::OnTimeShare => Msg::ColOnTimeShare,
        Column::OnTimeWithPostponementShare => Msg::ColOnTimeWithPostponementShare,
        Column::DelayRange => Msg::ColDelayRange,
        Column::Week => Msg::ColWeek,
        Column::Month => Msg::ColMonth,
        Column::SubmittedCount => Msg::ColSubmittedCount,
        Column::AnsweredCount => Msg::ColAnsweredCount,
        Column::Id => Msg::ColId,
        Column::SubmittedDate => Msg::ColSubmittedDate,
        Column::EndDate => Msg::ColEndDate,
        Column::Status => Msg::ColDocStatus,
    }
}

/// The title of the chart of one grouping.
pub fn grouping_label(group_by: GroupBy) -> Msg<'static> {
    match group_by {
        GroupBy::Ministry => Msg::ChartByMinistry,
        GroupBy::Party => Msg::ChartByParty,
        GroupBy::Answerer => Msg::ChartByAnswerer,
        GroupBy::Topic => Msg::ChartByTopic,
        GroupBy::Year => Msg::ChartByYear,
        GroupBy::Submitter => Msg::ChartBySubmitter,
        GroupBy::Month => Msg::ChartByMonth,
        GroupBy::Cabinet => Msg::ChartByCabinet,
    }
}

/// The label of an event on a document's timeline.
pub fn event_label(kind: EventKind) -> Msg<'static> {
    match kind {
        EventKind::Submitted => Msg::EvSubmitted,
        EventKind::Deadline21 => Msg::EvDeadline21,
        EventKind::Deadline42 => Msg::EvDeadline42,
        EventKind::Notice => Msg::EvNotice,
        EventKind::Answered => Msg::EvAnswered,
        EventKind::Today => Msg::EvToday,
    }
}

/// Why a text is not a Kamervraag: what was expected and what was found instead.
pub fn not_a_kamervraag_text(found: &Found, lang: Lang) -> String {
    let what = match found {
        Found::Empty => Msg::FoundEmpty.text(lang),
        Found::Binary => Msg::FoundBinary.text(lang),
        Found::Html => Msg::FoundHtml.text(lang),
        Found::Json => Msg::FoundJson.text(lang),
        Found::OtherText(start) => Msg::FoundOtherText { start }.text(lang),
    };
    format!("{} {what}", Msg::NotAKamervraag.text(lang))
}

/// A parser diagnostic worded in `lang` from its kind; one without a known kind keeps
/// its stored (English) message.
pub fn diagnostic_text(diagnostic: &Diagnostic, lang: Lang) -> String {
    use DiagnosticKind as Kind;
    let msg = match &diagnostic.kind {
        Kind::Utf8BomRemoved => Msg::DiagUtf8BomRemoved,
        Kind::DecodedUtf16 { big_endian } => Msg::DiagDecodedUtf16 {
            order: if *big_endian { "BE" } else { "LE" },
        },
        Kind::DecodedWindows1252 => Msg::DiagDecodedWindows1252,
        Kind::IncompleteUtf8AtEnd => Msg::DiagIncompleteUtf8AtEnd,
        Kind::IncompleteUtf16AtEnd => Msg::DiagIncompleteUtf16AtEnd,
        Kind::UnrecognisedLine { text } => Msg::DiagUnrecognisedLine { text },
        Kind::DuplicateField { label } => Msg::DiagDuplicateField { label },
        Kind::MissingDate { label } => Msg::DiagMissingDate { label },
        Kind::UnreadableDate { text } => Msg::DiagUnreadableDate { text },
        Kind::ImpossibleDate { text } => Msg::DiagImpossibleDate { text },
        Kind::UnreadableDelay { text } => Msg::DiagUnreadableDelay { text },
        Kind::DelayMismatch { stated, computed } => Msg::DiagDelayMismatch {
            stated: *stated,
            computed: *computed,
        },
        Kind::UnknownTopic { word } => Msg::DiagUnknownTopic { word },
        Kind::QuestionNumberMismatch { expected, found } => Msg::DiagQuestionNumberMismatch {
            expected: *expected,
            found: *found,
        },
        Kind::TrailerCutOff => Msg::DiagTrailerCutOff,
        Kind::IdRepaired { from, to } => Msg::DiagIdRepaired { from, to },
        Kind::InvalidId { text } => Msg::DiagInvalidId { text },
        Kind::IdConflict {
            heading_id,
            other_id,
        } => Msg::DiagIdConflict {
            heading_id,
            other_id,
        },
        Kind::IdFromTableUrl { id } => Msg::DiagIdFromTableUrl { id },
        Kind::HeadingMissing { id } => Msg::DiagHeadingMissing { id },
        Kind::IdMissing => Msg::DiagIdMissing,
        Kind::SubmittedMissing => Msg::DiagSubmittedMissing,
        Kind::AnswersWithoutQuestions => Msg::DiagAnswersWithoutQuestions,
        Kind::CutOff => Msg::DiagCutOff,
        Kind::NoticeAfterTerm { days } => Msg::DiagNoticeAfterTerm { days: *days },
        Kind::SourceJoined { source } => Msg::DiagSourceJoined { source },
        Kind::JoinConflict {
            field,
            kept,
            other,
            source,
        } => Msg::DiagJoinConflict {
            field,
            kept,
            other,
            source,
        },
        Kind::EndNotReached => Msg::DiagEndNotReached,
        Kind::UnreadSentence { text } => Msg::DiagUnreadSentence { text },
        Kind::CombinedTextKept { first, count } => Msg::DiagCombinedTextKept {
            first: *first,
            count: *count,
        },
        Kind::AnswerWithoutQuestion { number } => {
            Msg::DiagAnswerWithoutQuestion { number: *number }
        }
        Kind::ProseAttached { question } => Msg::DiagProseAttached {
            question: *question,
        },
        Kind::DiagnosticsLeftOut { count } => Msg::DiagDiagnosticsLeftOut { count: *count },
        Kind::Other => return diagnostic.message.clone(),
    };
    msg.text(lang).into_owned()
}

/// The delay of a document in words.
pub fn delay_text(delay: Delay, lang: Lang) -> String {
    match delay {
        Delay::Late { days, late, term } => Msg::DelayLate { days, late, term },
        Delay::OnTime { days, term } => Msg::DelayOnTime { days, term },
        Delay::Overdue { age, overdue, term } => Msg::DelayOverdue { age, overdue, term },
        Delay::Open { age, term, left } => Msg::DelayOpen { age, term, left },
        Delay::Unknown => Msg::DelayUnknown,
    }
    .text(lang)
    .into_owned()
}

/// The label of a link to a source document.
pub fn source_label(kind: SourceKind) -> Msg<'static> {
    match kind {
        SourceKind::Question => Msg::QuestionSource,
        SourceKind::Answer => Msg::AnswerSource,
    }
}

/// Why a file or an archive member was not read, with the limit, in `lang`.
pub fn refusal_text(refusal: &Refusal, lang: Lang) -> String {
    let msg = |m: Msg| m.text(lang).into_owned();
    match *refusal {
        Refusal::FileTooLarge { size, limit } => msg(Msg::RefusedFileTooLarge {
            size: &human_bytes(size),
            limit: &human_bytes(limit),
        }),
        Refusal::EntryTooLarge { size, limit } => msg(Msg::RefusedEntryTooLarge {
            size: &human_bytes(size),
            limit: &human_bytes(limit),
        }),
        Refusal::ArchiveTooLarge { limit } => msg(Msg::RefusedArchiveTooLarge {
            limit: &human_bytes(limit),
        }),
        Refusal::TooManyEntries { count, limit } => {
            msg(Msg::RefusedTooManyEntries { count, limit })
        }
        Refusal::RatioTooHigh { ratio, limit } => msg(Msg::RefusedRatioTooHigh { ratio, limit }),
        Refusal::NestedTooDeep { limit } => msg(Msg::RefusedNestedTooDeep { limit }),
        Refusal::Overlapping => msg(Msg::RefusedOverlapping),
    }
}
