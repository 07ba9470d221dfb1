//! The official publication formats (`docs/FORMAT.md` §3): invented fixtures in
//! `tests/fixtures/official/` for each format and variant, and conformance over the
//! real texts in `../shared/corpus/official/` (skipped when that folder is absent),
//! with the facts a person reading each text gives, written down per file.
#![cfg(not(target_arch = "wasm32"))]

use kamervraag::model::{DiagnosticKind, Format, Kamervraag, Severity};
use kamervraag::parse::parse_named;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/official");
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/official");

fn read(dir: &str, name: &str) -> Kamervraag {
    let bytes = std::fs::read(format!("{dir}/{name}")).unwrap();
    parse_named(&bytes, Some(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn names(persons: &[kamervraag::model::Person]) -> Vec<&str> {
    persons.iter().map(|p| p.name.as_str()).collect()
}

fn parties(doc: &Kamervraag) -> Vec<Option<&str>> {
    doc.submitters.iter().map(|p| p.party.as_deref()).collect()
}

fn numbers(doc: &Kamervraag) -> Vec<u32> {
    doc.questions.iter().map(|q| q.number).collect()
}

fn answered_numbers(doc: &Kamervraag) -> Vec<u32> {
    doc.questions
        .iter()
        .filter(|q| q.answer.is_some())
        .map(|q| q.number)
        .collect()
}

fn date(doc_date: Option<kamervraag::model::Date>) -> Option<String> {
    doc_date.map(|d| d.to_string())
}

fn has_kind(doc: &Kamervraag, f: impl Fn(&DiagnosticKind) -> bool) -> bool {
    doc.diagnostics.iter().any(|d| f(&d.kind))
}

#[test]
fn answer_with_combined_irregular_and_out_of_order_blocks() {
    let doc = read(FIXTURES, "answer-combined.txt");
    assert_eq!(doc.format, Format::OfficialAnswer);
    assert_eq!(date(doc.submitted).as_deref(), Some("2031-03-03"));
    assert_eq!(date(doc.answered).as_deref(), Some("2031-04-20"));
    assert_eq!(doc.delay_days, Some(48));
    assert_eq!(names(&doc.submitters), ["Appel", "Van der Peer", "Kers"]);
    assert_eq!(
        parties(&doc),
        [Some("ABC"), Some("Groep Peer/Pruim"), Some("XYZ")]
    );
    assert_eq!(names(&doc.answerers), ["Bes", "Noot"]);
    assert_eq!(doc.answerers[1].positions[0].role, "minister");
    assert_eq!(
        doc.answerers[1].positions[0].portfolio.as_deref(),
        Some("groente")
    );
    assert_eq!(doc.title.as_deref(), Some("De oogst van dit jaar"));
    assert_eq!(
        doc.answer_document.as_ref().map(|d| d.id.as_str()),
        Some("ah-tk-20302031-777")
    );
    assert_eq!(numbers(&doc), [1, 2, 3, 4, 5, 6]);
    let q = &doc.questions;
    assert!(
        q[0].text.starts_with("Deze vragen volgen"),
        "intro kept with question 1"
    );
    assert!(q[0].text.ends_with("«Oogst valt tegen»?1"));
    assert_eq!(q[1].text, "Deelt u de zorgen van de telers?");
    assert_eq!(q[0].answer.as_deref(), Some("Ja. Wij delen die zorgen."));
    assert_eq!(q[1].see_answer, Some(1));
    assert_eq!(q[2].see_answer, Some(5));
    assert_eq!(q[3].text, "");
    assert_eq!(
        q[3].answer.as_deref(),
        Some("Die vragen zijn niet gesteld.")
    );
    assert_eq!(q[5].see_answer, Some(4));
    assert!(q[4].text.contains("Toelichting: Deze vragen sluiten aan"));
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "Fruitblad, 1 maart 2031.");
    assert!(doc.complete);
    assert!(has_kind(&doc, |k| matches!(
        k,
        DiagnosticKind::QuestionNumberMismatch {
            expected: 4,
            found: 5
        }
    )));
    assert!(has_kind(&doc, |k| *k
        == DiagnosticKind::AnswerWithoutQuestion { number: 4 }));
    assert!(has_kind(&doc, |k| *k
        == DiagnosticKind::ProseAttached { question: 1 }));
    assert!(has_kind(&doc, |k| *k == DiagnosticKind::IdMissing));
    assert!(!has_kind(&doc, |k| matches!(
        k,
        DiagnosticKind::UnrecognisedLine { .. }
    )));
}

#[test]
fn answer_in_the_old_style() {
    let doc = read(FIXTURES, "answer-old-style.txt");
    assert_eq!(doc.format, Format::OfficialAnswer);
    assert_eq!(names(&doc.submitters), ["Kaas", "Brood"]);
    assert_eq!(parties(&doc), [Some("LMN"), Some("LMN")]);
    assert_eq!(names(&doc.answerers), ["Boter"]);
    assert_eq!(doc.answerers[0].positions[0].role, "minister-president");
    assert_eq!(date(doc.answered).as_deref(), Some("2013-07-12"));
    assert_eq!(numbers(&doc), [1, 5, 6]);
    assert_eq!(answered_numbers(&doc), [1, 5, 6]);
    assert_eq!(doc.questions[2].see_answer, Some(1));
    assert!(has_kind(&doc, |k| *k
        == DiagnosticKind::CombinedTextKept { first: 1, count: 3 }));
}

#[test]
fn notice_document() {
    let doc = read(FIXTURES, "notice.txt");
    assert_eq!(doc.format, Format::OfficialNotice);
    assert_eq!(doc.id.as_deref(), Some("2031Z00123"));
    assert_eq!(doc.answered, None);
    assert!(doc.answerers.is_empty());
    assert_eq!(doc.notices.len(), 1);
    assert_eq!(date(doc.notices[0].date).as_deref(), Some("2031-02-08"));
    assert!(doc.notices[0]
        .text
        .ends_with("zo spoedig mogelijk antwoorden."));
    assert_eq!(numbers(&doc), [1]);
    assert_eq!(doc.footnotes[0].number, 1);
    assert!(doc.complete);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn question_document_with_its_header_table() {
    let doc = read(FIXTURES, "question.txt");
    assert_eq!(doc.format, Format::OfficialQuestion);
    assert_eq!(doc.id.as_deref(), Some("2031Z04567"));
    assert_eq!(
        doc.question_document.as_ref().map(|d| d.id.as_str()),
        Some("kv-tk-2031Z04567")
    );
    assert_eq!(names(&doc.submitters), ["Veld", "Akker"]);
    assert_eq!(parties(&doc), [Some("GHI"), Some("JKL")]);
    assert_eq!(date(doc.submitted).as_deref(), Some("2031-09-09"));
    assert_eq!(numbers(&doc), [1, 2]);
    assert_eq!(answered_numbers(&doc), Vec::<u32>::new());
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn parliament_answer_page_with_wrapped_and_indented_lines() {
    let doc = read(FIXTURES, "parliament-answer.txt");
    assert_eq!(doc.format, Format::ParliamentPage);
    assert_eq!(names(&doc.answerers), ["Wiek", "Straal"]);
    assert_eq!(date(doc.answered).as_deref(), Some("2031-05-22"));
    assert_eq!(
        doc.questions[0].text,
        "Bent u bekend met het bericht dat de wind in het voorjaar harder waait dan in de herfst?1"
    );
    assert_eq!(doc.questions[1].text, "Waait de wind overal even hard?");
    assert_eq!(doc.questions[2].text, "Kunt u dat toelichten?");
    assert_eq!(
        doc.questions[1].answer.as_deref(),
        Some(
            "Nee. De wind waait aan de kust harder dan in het binnenland, vooral in het voorjaar."
        )
    );
    assert_eq!(doc.questions[2].see_answer, Some(2));
    assert!(doc.complete);
    let warnings: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning && d.kind != DiagnosticKind::IdMissing)
        .collect();
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn parliament_question_and_notice_pages() {
    let doc = read(FIXTURES, "parliament-question.txt");
    assert_eq!(doc.format, Format::ParliamentPage);
    assert_eq!(parties(&doc), [Some("PQR"), Some("PQR")]);
    assert_eq!(
        doc.questions[0].text,
        "Schijnt de zon in de winter minder lang dan in de zomer?"
    );
    assert!(doc.complete);
    let doc = read(FIXTURES, "parliament-notice.txt");
    assert_eq!(doc.notices.len(), 1);
    assert_eq!(date(doc.notices[0].date).as_deref(), Some("2031-06-07"));
    assert_eq!(
        doc.notices[0].text,
        "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord."
    );
}

#[test]
fn a_cut_text_says_so_and_an_unread_sentence_is_reported() {
    let doc = kamervraag::parse::parse(
        "Vragen van het lid Aa (B) aan de Minister van C over iets (ingezonden 1 mei 2020).\n\nAntwoord van iemand anders\n\nVraag 1\n\nWaarom?\n".as_bytes(),
    )
    .unwrap();
    assert!(!doc.complete);
    assert!(has_kind(&doc, |k| *k == DiagnosticKind::EndNotReached));
    assert!(has_kind(&doc, |k| matches!(
        k,
        DiagnosticKind::UnreadSentence { .. }
    )));
}

/// What a reader of each corpus text gives: file, format, vraagnummer, submitted,
/// answered, submitters, answerers, question numbers, numbers with an answer, notice
/// date, complete.
type Expected = (
    &'static str,
    Format,
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    &'static [&'static str],
    &'static [u32],
    &'static [u32],
    Option<&'static str>,
    bool,
);

use Format::{
    OfficialAnswer as A, OfficialNotice as N, OfficialQuestion as Q, ParliamentPage as P,
};

const EXPECTED: &[Expected] = &[
    (
        "ah-tk-20122013-2844.txt",
        A,
        None,
        "2013-07-05",
        Some("2013-07-12"),
        &["Wilders", "Madlener"],
        &["Rutte"],
        &[1, 2],
        &[1, 2],
        None,
        true,
    ),
    (
        "ah-tk-20142015-1365.txt",
        A,
        None,
        "2015-02-17",
        Some("2015-02-25"),
        &["Omtzigt", "Gesthuizen", "Schouw"],
        &["Teeven"],
        &[1, 2],
        &[1, 2],
        None,
        false,
    ),
    (
        "ah-tk-20152016-2246.txt",
        A,
        None,
        "2016-03-18",
        Some("2016-04-11"),
        &["Van Bommel"],
        &["Koenders"],
        &[1, 2, 3],
        &[1, 2, 3],
        None,
        false,
    ),
    (
        "ah-tk-20172018-882.txt",
        A,
        None,
        "2017-12-11",
        Some("2018-01-16"),
        &["De Roon"],
        &["Zijlstra"],
        &[1, 2, 3, 4],
        &[1, 2, 3],
        None,
        false,
    ),
    (
        "ah-tk-20182019-2462.txt",
        A,
        None,
        "2019-04-16",
        Some("2019-04-29"),
        &["Ploumen"],
        &["Blok", "Kaag"],
        &[1, 2, 3, 4],
        &[1, 2, 3],
        None,
        false,
    ),
    (
        "ah-tk-20182019-2622.txt",
        A,
        None,
        "2019-04-05",
        Some("2019-05-14"),
        &["Özütok", "Van Ojik", "Diks"],
        &["Blok"],
        &[1, 2],
        &[1, 2],
        None,
        false,
    ),
    (
        "ah-tk-20202021-1584.txt",
        N,
        Some("2021Z00835"),
        "2021-01-18",
        None,
        &["Hijink"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        Some("2021-02-08"),
        false,
    ),
    (
        "ah-tk-20202021-3219.txt",
        A,
        None,
        "2021-05-19",
        Some("2021-06-17"),
        &["Azarkan"],
        &["Vijlbrief", "Van Huffelen"],
        &[1, 2, 3],
        &[1, 2, 3],
        None,
        false,
    ),
    (
        "ah-tk-20212022-3694.txt",
        N,
        None,
        "2022-07-26",
        None,
        &["Van Nispen"],
        &[],
        &[1, 2, 3, 4, 5, 6],
        &[],
        Some("2022-08-16"),
        true,
    ),
    (
        "ah-tk-20212022-534.txt",
        A,
        None,
        "2021-10-07",
        Some("2021-11-01"),
        &["Thijssen", "Van der Lee"],
        &["Yeşilgöz-Zegerius"],
        &[1, 2],
        &[1, 2],
        None,
        false,
    ),
    (
        "kv-tk-2011Z09691.txt",
        Q,
        None,
        "2011-05-11",
        None,
        &["Van der Staaij", "Voordewind"],
        &[],
        &[1, 2, 3, 4, 5, 6],
        &[],
        None,
        true,
    ),
    (
        "kv-tk-2015Z14499.txt",
        Q,
        None,
        "2015-08-03",
        None,
        &["Van Klaveren", "Bontes"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        None,
        true,
    ),
    (
        "kv-tk-2018Z02366.txt",
        Q,
        None,
        "2018-02-12",
        None,
        &[
            "Van der Staaij",
            "De Roon",
            "Ten Broeke",
            "Voordewind",
            "Van Helvert",
        ],
        &[],
        &[1, 2, 3, 4, 5, 6, 7, 8],
        &[],
        None,
        true,
    ),
    (
        "kv-tk-2018Z10359.txt",
        Q,
        Some("2018Z10359"),
        "2018-06-04",
        None,
        &["Kuzu"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        None,
        false,
    ),
    (
        "kv-tk-2018Z23335.txt",
        Q,
        None,
        "2018-12-10",
        None,
        &["Van Helvert", "Voordewind", "Van der Staaij"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7, 8],
        &[],
        None,
        false,
    ),
    (
        "kv-tk-2021Z09223.txt",
        Q,
        Some("2021Z09223"),
        "2021-05-28",
        None,
        &["Markuszower", "Wilders"],
        &[],
        &[1, 2, 3, 4],
        &[],
        None,
        false,
    ),
    (
        "kv-tk-2021Z17400.txt",
        Q,
        Some("2021Z17400"),
        "2021-10-07",
        None,
        &["Eerdmans"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7, 8, 9],
        &[],
        None,
        false,
    ),
    (
        "kv-tk-2022Z00845.txt",
        Q,
        None,
        "2022-01-20",
        None,
        &["Ceder", "Van der Staaij", "Peters", "Eppink", "Omtzigt"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        None,
        false,
    ),
    (
        "kv-tk-2022Z15332.txt",
        Q,
        None,
        "2022-07-26",
        None,
        &["Van Nispen"],
        &[],
        &[1, 2, 3, 4, 5, 6],
        &[],
        None,
        true,
    ),
    (
        "kv-tk-2023Z14114.txt",
        Q,
        None,
        "2023-08-16",
        None,
        &["Van der Plas", "Omtzigt"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7, 8, 9],
        &[],
        None,
        false,
    ),
    (
        "kv-tk-2024Z00529.txt",
        Q,
        None,
        "2024-01-18",
        None,
        &["Stoffer", "Boswijk", "Kahraman", "Ceder"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        &[],
        None,
        false,
    ),
    (
        "tk-detail-2020D19385.txt",
        P,
        None,
        "2020-05-08",
        Some("2020-05-19"),
        &["Groothuizen", "Van Nispen"],
        &["Grapperhaus", "Dekker"],
        &[1, 2, 3, 4],
        &[1, 2, 3, 4],
        None,
        false,
    ),
    (
        "tk-detail-2020D40711.txt",
        P,
        None,
        "2020-10-14",
        None,
        &["Weverling"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        None,
        false,
    ),
    (
        "tk-detail-2021D41221.txt",
        P,
        None,
        "2021-10-07",
        Some("2021-11-01"),
        &["Thijssen", "Van der Lee"],
        &["Yeşilgöz-Zegerius"],
        &[1, 2],
        &[1, 2],
        None,
        false,
    ),
    (
        "tk-detail-2022D23151.txt",
        P,
        None,
        "2022-04-21",
        Some("2022-06-07"),
        &["Van der Plas"],
        &["Staghouwer", "Van der Wal-Zeggelink"],
        &[1, 2],
        &[1, 2],
        None,
        false,
    ),
    (
        "tk-detail-2022D23307.txt",
        P,
        None,
        "2022-05-17",
        None,
        &["Slootweg"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        Some("2022-06-07"),
        false,
    ),
    (
        "tk-detail-2024D18818.txt",
        P,
        None,
        "2024-02-28",
        Some("2024-05-14"),
        &["Dobbe", "Van Nispen"],
        &["Bruins Slot"],
        &[1, 2, 3],
        &[1, 2, 3],
        None,
        false,
    ),
    (
        "tk-detail-2024D18824.txt",
        P,
        None,
        "2024-02-19",
        Some("2024-05-14"),
        &["Becker", "Brekelmans", "Michon-Derkzen"],
        &["Yeşilgöz-Zegerius"],
        &[1, 2, 3],
        &[1, 2],
        None,
        false,
    ),
    (
        "tk-detail-2025D04328.txt",
        P,
        None,
        "2024-12-20",
        Some("2025-02-04"),
        &["Erkens"],
        &["Uitermark"],
        &[1, 2],
        &[1],
        None,
        false,
    ),
    (
        "tk-detail-2025D18906.txt",
        P,
        None,
        "2025-04-24",
        None,
        &["Ceder", "Stoffer"],
        &[],
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        None,
        true,
    ),
];

#[test]
fn corpus_official_reads_with_the_expected_facts() {
    if !std::path::Path::new(CORPUS).is_dir() {
        eprintln!("skipped: {CORPUS} is absent");
        return;
    }
    let mut files: Vec<String> = std::fs::read_dir(CORPUS)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        EXPECTED.len(),
        "one expectation per corpus file"
    );
    for &(
        file,
        format,
        id,
        submitted,
        answered,
        submitters,
        answerers,
        asked,
        replied,
        notice,
        complete,
    ) in EXPECTED
    {
        let doc = read(CORPUS, file);
        assert_eq!(doc.format, format, "{file}");
        assert_eq!(doc.id.as_deref(), id, "{file}");
        assert_eq!(date(doc.submitted).as_deref(), Some(submitted), "{file}");
        assert_eq!(date(doc.answered).as_deref(), answered, "{file}");
        assert_eq!(names(&doc.submitters), submitters, "{file}");
        assert!(
            doc.submitters.iter().all(|p| p.party.is_some()),
            "{file}: every member has a party"
        );
        assert_eq!(names(&doc.answerers), answerers, "{file}");
        assert_eq!(numbers(&doc), asked, "{file}");
        assert_eq!(answered_numbers(&doc), replied, "{file}");
        assert_eq!(
            date(doc.notices.first().and_then(|n| n.date)).as_deref(),
            notice,
            "{file}"
        );
        assert_eq!(doc.complete, complete, "{file}");
        assert!(
            doc.title.as_deref().is_some_and(|t| !t.is_empty()),
            "{file}: title"
        );
        assert!(
            doc.questions.iter().all(|q| !q.text.is_empty()),
            "{file}: every question has its text"
        );
        let unread: Vec<_> = doc
            .diagnostics
            .iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DiagnosticKind::UnrecognisedLine { .. } | DiagnosticKind::UnreadSentence { .. }
                )
            })
            .collect();
        assert!(unread.is_empty(), "{file}: {unread:?}");
    }
}

#[test]
fn corpus_official_details() {
    if !std::path::Path::new(CORPUS).is_dir() {
        return;
    }
    let doc = read(CORPUS, "ah-tk-20182019-2622.txt");
    assert_eq!(doc.submitter_parties(), ["GroenLinks"]);
    let doc = read(CORPUS, "kv-tk-2015Z14499.txt");
    assert_eq!(doc.submitter_parties(), ["Groep Bontes/Van Klaveren"]);
    let doc = read(CORPUS, "tk-detail-2024D18818.txt");
    assert_eq!(doc.questions[2].see_answer, Some(2));
    assert!(doc.questions[1].text.starts_with("Hoe beoordeelt u"));
    assert!(doc.questions[2].text.starts_with("Welke maatregelen"));
    let doc = read(CORPUS, "ah-tk-20122013-2844.txt");
    assert_eq!(doc.questions[1].text, "Bent u knettergek geworden?");
    assert_eq!(doc.answerers[0].positions[0].role, "minister-president");
    let doc = read(CORPUS, "kv-tk-2018Z02366.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        [1, 2]
    );
    let doc = read(CORPUS, "ah-tk-20142015-1365.txt");
    assert_eq!(
        doc.answer_document.as_ref().map(|d| d.id.as_str()),
        Some("ah-tk-20142015-1365")
    );
}

/// The pieces of one Kamervraag in the corpus join, and nothing else does: the
/// postponement notice `ah-tk-20212022-3694` with its question document
/// `kv-tk-2022Z15332` (Van Nispen, ingezonden 26 juli 2022), and the answer document
/// `ah-tk-20212022-534` with the parliament's page of the same answer
/// `tk-detail-2021D41221` (Thijssen and Van der Lee, ingezonden 7 oktober 2021).
#[test]
fn corpus_official_pieces_of_one_kamervraag_join() {
    let dir = std::path::Path::new(CORPUS);
    if !dir.is_dir() {
        eprintln!("skipped: {CORPUS} is absent");
        return;
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let docs: Vec<_> = names
        .iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(n)).unwrap();
            kamervraag::parse::parse_named(&bytes, Some(n)).unwrap()
        })
        .collect();
    let count = docs.len();
    let (joined, copies) = kamervraag::parse::join::join_all(docs);
    assert_eq!(copies, 0);
    let mut multi: Vec<Vec<String>> = joined
        .iter()
        .filter(|d| d.sources.len() > 1)
        .map(|d| {
            let mut s = d.sources.clone();
            s.sort();
            s
        })
        .collect();
    multi.sort();
    assert_eq!(
        multi,
        [
            ["ah-tk-20212022-3694.txt", "kv-tk-2022Z15332.txt"],
            ["ah-tk-20212022-534.txt", "tk-detail-2021D41221.txt"],
        ]
    );
    assert_eq!(joined.len(), count - 2);
    let notice_and_question = joined
        .iter()
        .find(|d| d.sources.iter().any(|s| s == "kv-tk-2022Z15332.txt"))
        .unwrap();
    assert_eq!(notice_and_question.notices.len(), 1);
    assert!(notice_and_question.questions.len() >= 3);
    let answer_twice = joined
        .iter()
        .find(|d| d.sources.iter().any(|s| s == "tk-detail-2021D41221.txt"))
        .unwrap();
    assert!(answer_twice.is_answered());
}
